//! "Gemeenteprofiel" (stukken.html#gemeente): make and check a gemeente.json. It shows what the
//! file beside the page holds and what is wrong with it, checks a file the webmaster chooses,
//! has a field for every part of the format with its own error, a live preview of how a sheet,
//! the letter and the paragraph read, and downloads the file. The rules are the check's own
//! (`model::profile`), so the page and the check never disagree; the page's state is
//! `model::profile::page`, its files are read and written by `state::use_profile_page`.

use yew::prelude::*;

use crate::components::document_view::block;
use crate::components::profile_note::spans;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, CText};
use crate::model::links::Link;
use crate::model::profile::form::{self, Field, Form, Group, Kind, GROUPS};
use crate::model::profile::notes::Note;
use crate::model::profile::page::{field_error, field_id, input_of, said, Action, Said};
use crate::model::profile::{Checked, Problem};
use crate::model::{texts, Lang, CONTENT};
use crate::state::{use_profile_page, use_title, use_tool_language};

#[component]
pub fn ProfilePage() -> Html {
    let (lang, switch_lang) = use_tool_language(&texts::Part::PROFILE);
    let (page, dispatch, on_file, download) = use_profile_page();
    let title = i18n::GP_TITLE.get(lang);
    use_title(title);
    if !texts::all_there(lang, &texts::Part::PROFILE) {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> };
    }
    let checked = page.form.check();
    let groups = GROUPS
        .iter()
        .map(|g| group(g, &page.form, &checked.problems, &dispatch, lang));
    html! {
        <>
            { tool_header(lang, switch_lang) }
            <main class="page gp" id="main">
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ title }</h1>
                <p class="lead">{ i18n::GP_INTRO.get(lang) }</p>
                { read_result(said(page.read.as_ref(), lang), lang) }
                <div class="form-group">
                    <label class="label" for="gp-file">{ i18n::GP_LOAD.get(lang) }</label>
                    <p class="hint" id="gp-file-hint">{ i18n::GP_LOAD_HINT.get(lang) }</p>
                    <input class="file-input" type="file" id="gp-file" accept=".json,application/json"
                        aria-describedby="gp-file-hint" onchange={on_file} />
                </div>
                <h2 class="heading-l">{ i18n::GP_FORM.get(lang) }</h2>
                <form class="form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for groups }
                </form>
                if !checked.problems.is_empty() {
                    <p class="notice notice--warning" role="status">{ i18n::GP_ERRORS.get(lang) }</p>
                }
                <div class="button-group">
                    <button type="button" class="button" onclick={download}>{ i18n::GP_DOWNLOAD.get(lang) }</button>
                </div>
                <p>{ i18n::GP_THEME.get(lang) }</p>
                { preview(&checked, lang) }
            </main>
            { tool_footer(lang, &Link::Embed.href(lang), i18n::GP_BACK.get(lang)) }
        </>
    }
}

/// A group of fields under its heading.
fn group(
    g: &Group,
    form: &Form,
    problems: &[Problem],
    dispatch: &Callback<Action>,
    lang: Lang,
) -> Html {
    html! {
        <fieldset class="fieldset gp__group">
            <legend class="fieldset__legend fieldset__legend--m">{ g.heading.get(lang) }</legend>
            if let Some(h) = g.hint { <p class="hint">{ h.get(lang) }</p> }
            { for g.fields.iter().map(|f| field(f, form.get(f.path), field_error(problems, f.path, lang), dispatch, lang)) }
        </fieldset>
    }
}

/// One field: its label, its control, and its error when the check would ignore it.
fn field(
    f: &'static Field,
    value: &str,
    error: Option<String>,
    dispatch: &Callback<Action>,
    lang: Lang,
) -> Html {
    let id = field_id(f.path);
    let error_id = {
        let mut e = id.clone();
        e.push_str("-error");
        e
    };
    let described = error.as_ref().map(|_| error_id.clone());
    let invalid = error.is_some();
    html! {
        <div class={classes!("form-group", invalid.then_some("form-group--error"))}>
            <label class="label" for={id.clone()}>{ f.label.get(lang) }</label>
            if let Some(e) = error {
                <p class="error-message" id={error_id}>{ e }</p>
            }
            { control(f, id, value, described, invalid, dispatch, lang) }
        </div>
    }
}

/// A field's control: a select for yes or no, a text area for lines, else an input.
fn control(
    f: &'static Field,
    id: String,
    value: &str,
    described: Option<String>,
    invalid: bool,
    dispatch: &Callback<Action>,
    lang: Lang,
) -> Html {
    let path = f.path;
    // The preview follows every key; `value` is read the same way from an input, a text area
    // and a select.
    let value_of = |e: &Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    };
    let oninput = dispatch.reform(move |e: InputEvent| Action::Input(path, value_of(&e)));
    let invalid = invalid.then_some("true");
    match f.kind {
        Kind::YesNo => {
            let onchange = dispatch.reform(move |e: Event| Action::Input(path, value_of(&e)));
            let opt = |v: &'static str, t: CText| {
                html! { <option value={v} selected={value == v}>{ t.get(lang) }</option> }
            };
            html! {
                <select class="select" {id} {onchange}>
                    { opt("", i18n::GP_F_PRESENT_UNSAID) }
                    { opt("true", i18n::GP_F_PRESENT_YES) }
                    { opt("false", i18n::GP_F_PRESENT_NO) }
                </select>
            }
        }
        Kind::Lines => html! {
            <textarea class="input gp__lines" {id} rows="4" value={value.to_string()}
                aria-describedby={described} aria-invalid={invalid} {oninput} />
        },
        kind => {
            let (ty, mode, class) = input_of(kind);
            html! {
                <input class={class} type={ty} inputmode={mode} {id} value={value.to_string()} autocomplete="off"
                    aria-describedby={described} aria-invalid={invalid} {oninput} />
            }
        }
    }
}

/// What the file beside the page, or the file chosen, said: fine, or what was ignored and why.
fn read_result(said: Said, lang: Lang) -> Html {
    let (heading, body) = match said {
        Said::Nothing => return html! {},
        Said::Empty => {
            return html! { <p class="notice" role="status">{ i18n::GP_HERE_EMPTY.get(lang) }</p> }
        }
        Said::Failed => {
            return html! { <p class="notice notice--warning" role="status">{ i18n::GP_LOAD_FAILED.get(lang) }</p> }
        }
        Said::Fine { heading, ok } => (heading, html! { <p>{ ok.get(lang) }</p> }),
        Said::Problems {
            heading,
            intro,
            items,
        } => (
            heading,
            html! {
                <>
                    <p>{ intro.get(lang) }</p>
                    <ul class="list list--bullet">
                        { for items.into_iter().map(|(field, why)| html! { <li><code>{ field }</code>{ ": " }{ why }</li> }) }
                    </ul>
                </>
            },
        ),
    };
    html! {
        <div class="notice gp__read" role="status" aria-label={heading.get(lang)}>{ body }</div>
    }
}

/// How the check reads with the profile as the form stands.
fn preview(checked: &Checked, lang: Lang) -> Html {
    let p = form::preview(&CONTENT, &checked.profile, lang);
    let none = || html! { <span class="hint">{ i18n::GP_PREVIEW_NONE.get(lang) }</span> };
    let note = |n: &Option<Note>| match n {
        Some(n) => spans(n),
        None => none(),
    };
    let row = |label: CText, body: Html| {
        html! { <div class="summary-list__row"><dt class="summary-list__key">{ label.get(lang) }</dt><dd class="summary-list__value">{ body }</dd></div> }
    };
    let head = match &p.name {
        Some(n) => html! { <>{ i18n::GN_SHEET_NAME.get(lang) }{ ": " }{ n.clone() }</> },
        None => none(),
    };
    let framework = match &p.framework {
        Some(f) => html! { { f.clone() } },
        None => none(),
    };
    let letter_lines = p
        .letter
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .map(|b| block(b, lang));
    html! {
        <section class="sheet__section gp__preview" aria-labelledby="gp-preview-title">
            <h2 class="heading-l" id="gp-preview-title">{ i18n::GP_PREVIEW.get(lang) }</h2>
            <dl class="summary-list">
                { row(i18n::GP_PV_HEAD, head) }
                { row(i18n::GP_PV_ASK_R, note(&p.ask_resident)) }
                { row(i18n::GP_PV_ASK_I, note(&p.ask_initiative)) }
                { row(i18n::GP_PV_CHALLENGE, note(&p.challenge)) }
                { row(i18n::GP_PV_COUNCIL, note(&p.council)) }
                { row(i18n::GP_PV_FRAMEWORK, framework) }
            </dl>
            <h3 class="heading-m">{ i18n::GP_PV_LETTER.get(lang) }</h3>
            <div class="pw__text gp__letter">{ for letter_lines }</div>
        </section>
    }
}
