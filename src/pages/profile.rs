//! "Gemeenteprofiel" (stukken.html#gemeente): make and check a gemeente.json. It shows what the
//! file beside the page holds and what is wrong with it, checks a file the webmaster chooses,
//! has a field for every part of the format with its own error, a live preview of how a sheet,
//! the letter and the paragraph read, and downloads the file. The rules are the check's own
//! (`model::profile`), so the page and the check never disagree.

use yew::prelude::*;

use crate::browser::{dom, profile as browser_profile, sharing};
use crate::components::profile_note::spans;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, CText};
use crate::model::links::Link;
use crate::model::paperwork::Block;
use crate::model::profile::form::{self, Field, Form, Kind, GROUPS};
use crate::model::profile::notes::Note;
use crate::model::profile::{to_json, Checked, Problem};
use crate::model::{texts, Lang, CONTENT};
use crate::state::use_tool_language;

/// What a file said when it was read: beside the page, or chosen.
#[derive(Clone, PartialEq)]
enum Read {
    Here(Option<Checked>),
    Chosen(Option<Checked>),
}

#[component]
pub fn ProfilePage() -> Html {
    let (lang, switch_lang) = use_tool_language();
    let form = use_state(Form::default);
    let read = use_state(|| None::<Read>);
    {
        // The profile beside the page: shown, and put in the form.
        let (form, read) = (form.clone(), read.clone());
        use_effect_with((), move |_| {
            browser_profile::load(move |checked| {
                if let Some(c) = &checked {
                    form.set(Form::from_profile(&c.profile));
                }
                read.set(Some(Read::Here(checked)));
            });
        });
    }
    let title = i18n::GP_TITLE.get(lang);
    dom::set_title(title);
    let back = Link::Embed.href(lang);
    if !texts::is_loaded(lang) {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> };
    }

    let checked = form.check();
    let on_file = {
        let (form, read) = (form.clone(), read.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (form, read) = (form.clone(), read.clone());
            sharing::read_file(&input, move |text| {
                let checked = text.map(|t| browser_profile::read(&t));
                if let Some(c) = &checked {
                    form.set(Form::from_profile(&c.profile));
                }
                read.set(Some(Read::Chosen(checked)));
            });
        })
    };
    let download = {
        let profile = checked.profile.clone();
        Callback::from(move |_| {
            sharing::download(
                "gemeente.json",
                "application/json;charset=utf-8",
                &to_json(&profile),
            )
        })
    };
    let on_input = |path: &'static str| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            next.set(path, value);
            form.set(next);
        })
    };

    let groups = GROUPS.iter().map(|g| {
        let fields = g
            .fields
            .iter()
            .map(|f| field(f, &form, &checked.problems, on_input(f.path), lang));
        html! {
            <fieldset class="fieldset gp__group">
                <legend class="fieldset__legend fieldset__legend--m">{ g.heading.get(lang) }</legend>
                if let Some(h) = g.hint { <p class="hint">{ h.get(lang) }</p> }
                { for fields }
            </fieldset>
        }
    });

    html! {
        <>
            { tool_header(lang, switch_lang) }
            <main class="page gp" id="main">
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ title }</h1>
                <p class="lead">{ i18n::GP_INTRO.get(lang) }</p>
                { read_result(read.as_ref(), lang) }
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
            { tool_footer(lang, &back, i18n::GP_BACK.get(lang)) }
        </>
    }
}

fn field_id(path: &str) -> String {
    let mut id = String::from("gp-");
    id.extend(path.chars().map(|c| if c == '.' { '-' } else { c }));
    id
}

/// One field: its label, its control, and its error when the check would ignore it.
fn field(
    f: &'static Field,
    form: &Form,
    problems: &[Problem],
    on_value: Callback<String>,
    lang: Lang,
) -> Html {
    // The preview follows every key; `value` is read the same way from an input, a text area
    // and a select.
    let oninput = {
        let on_value = on_value.clone();
        Callback::from(move |e: InputEvent| {
            on_value.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onchange = Callback::from(move |e: Event| {
        on_value.emit(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let id = field_id(f.path);
    let error = problems
        .iter()
        .find(|p| p.field == f.path)
        .map(|p| p.reason.message(lang));
    let error_id = {
        let mut e = id.clone();
        e.push_str("-error");
        e
    };
    let described = error.as_ref().map(|_| error_id.clone());
    let value = form.get(f.path).to_string();
    let control = match f.kind {
        Kind::YesNo => {
            let opt = |v: &'static str, t: CText| {
                html! { <option value={v} selected={value == v}>{ t.get(lang) }</option> }
            };
            html! {
                <select class="select" id={id.clone()} onchange={onchange}>
                    { opt("", i18n::GP_F_PRESENT_UNSAID) }
                    { opt("true", i18n::GP_F_PRESENT_YES) }
                    { opt("false", i18n::GP_F_PRESENT_NO) }
                </select>
            }
        }
        Kind::Lines => html! {
            <textarea class="input gp__lines" id={id.clone()} rows="4" value={value}
                aria-describedby={described.clone()} aria-invalid={error.is_some().then_some("true")}
                {oninput} />
        },
        kind => {
            let (ty, mode, class) = match kind {
                Kind::Email => ("email", None, "input"),
                Kind::Phone => ("tel", None, "input"),
                Kind::Link => ("url", None, "input"),
                Kind::Number => ("text", Some("numeric"), "input input--short"),
                _ => ("text", None, "input"),
            };
            html! {
                <input class={class} type={ty} inputmode={mode} id={id.clone()} value={value} autocomplete="off"
                    aria-describedby={described.clone()} aria-invalid={error.is_some().then_some("true")}
                    {oninput} />
            }
        }
    };
    html! {
        <div class={classes!("form-group", error.is_some().then_some("form-group--error"))}>
            <label class="label" for={id}>{ f.label.get(lang) }</label>
            if let Some(e) = error {
                <p class="error-message" id={error_id}>{ e }</p>
            }
            { control }
        </div>
    }
}

/// What the file beside the page, or the file chosen, said: fine, or what was ignored and why.
fn read_result(read: Option<&Read>, lang: Lang) -> Html {
    let (checked, ok, problems_text, heading) = match read {
        None => return html! {},
        Some(Read::Here(None)) => {
            return html! { <p class="notice" role="status">{ i18n::GP_HERE_EMPTY.get(lang) }</p> }
        }
        Some(Read::Chosen(None)) => {
            return html! { <p class="notice notice--warning" role="status">{ i18n::GP_LOAD_FAILED.get(lang) }</p> }
        }
        Some(Read::Here(Some(c))) => (c, i18n::GP_HERE_OK, i18n::GP_HERE_PROBLEMS, i18n::GP_HERE),
        Some(Read::Chosen(Some(c))) => (c, i18n::GP_LOAD_OK, i18n::GP_LOAD_PROBLEMS, i18n::GP_LOAD),
    };
    if checked.problems.is_empty() && checked.profile == Default::default() {
        return html! { <p class="notice" role="status">{ i18n::GP_HERE_EMPTY.get(lang) }</p> };
    }
    let items = checked.problems.iter().map(|p| {
        let field = if p.field.is_empty() {
            i18n::GP_WHOLE_FILE.get(lang).to_string()
        } else {
            p.field.clone()
        };
        html! { <li><code>{ field }</code>{ ": " }{ p.reason.message(lang) }</li> }
    });
    html! {
        <div class="notice gp__read" role="status" aria-label={heading.get(lang)}>
            if checked.problems.is_empty() {
                <p>{ ok.get(lang) }</p>
            } else {
                <p>{ problems_text.get(lang) }</p>
                <ul class="list list--bullet">{ for items }</ul>
            }
        </div>
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
    let letter_lines = p.letter.sections.iter().flat_map(|s| s.blocks.iter()).map(|b| match b {
        Block::Para(t) => html! { <p>{ t.clone() }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> },
        Block::Fill(t) => html! { <p><mark class="pw__fill">{ "[" }{ i18n::PW_FILL.get(lang) }{ ": " }{ t.clone() }{ "]" }</mark></p> },
    });
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
