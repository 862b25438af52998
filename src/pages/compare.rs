//! "Vergelijk antwoorden": several people's share links on one plan, side by side. An entry of its
//! own (vergelijk.html), so the check's first load does not carry it. The form and what its
//! controls do are `model::compare_form`; the result is `components::compare_view`.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{dom, history, sharing};
use crate::components::compare_view::ComparisonView;
use crate::components::notice::notice;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, fill};
use crate::model::compare::ReadLink;
use crate::model::compare_form::{field_id, problem_text, Form, FormAction, Outcome, Row};
use crate::model::links::Link;
use crate::model::route::Route;
use crate::model::{texts, Lang, Role, CONTENT};
use crate::state::{use_copy, use_texts, use_title, use_tool_language};

#[component]
pub fn ComparePage() -> Html {
    // The form needs the sheet's and the tools' part; what it compares, the questions and advice
    // of the roles it compares, fetched below as soon as the form has their links.
    let (lang, switch_lang) = use_tool_language(texts::for_comparison(&[]));
    let form = use_state(|| Form::from_hash(&CONTENT, &history::current_hash()));
    let (copied, copy) = use_copy();
    // Where the focus goes once the page shows the change that moved it.
    let focus = use_state(|| None::<String>);
    use_title(i18n::COMPARE_TITLE.get(lang));
    let read = form.read(&CONTENT, lang);
    let people = crate::model::compare_form::people(read.clone());
    let roles: Vec<Role> = people.iter().map(|p| p.shared.role).collect();
    let needed = texts::for_comparison(&roles);
    {
        let update = use_force_update();
        use_texts(
            lang,
            needed,
            Callback::from(move |ok| {
                if ok {
                    update.force_update()
                }
            }),
        );
    }
    // The result shows once its texts are there: its heading takes the focus then.
    let ready = texts::all_there(lang, needed);
    {
        let focus = focus.clone();
        use_effect_with(((*focus).clone(), ready), move |(target, ready)| {
            if let Some(id) = target.as_deref() {
                if *ready || id != "result-heading" {
                    dom::focus(id);
                    focus.set(None);
                }
            }
        });
    }
    if !texts::all_there(lang, texts::for_comparison(&[])) {
        return loading(lang);
    }

    let dispatch = {
        let (form, focus) = (form.clone(), focus.clone());
        Callback::from(move |action: FormAction| {
            let compare = matches!(action, FormAction::Compare);
            let mut next = (*form).clone();
            if let Some(id) = next.apply(&CONTENT, lang, action) {
                focus.set(Some(id));
            }
            // The address reopens what is shown.
            if let Some(address) = next.address(&CONTENT, lang).filter(|_| compare) {
                history::replace(&address);
            }
            form.set(next);
        })
    };
    // Answers files (the sheet's "Download de antwoorden") add one person each.
    let load_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let dispatch = dispatch.clone();
            sharing::read_files(&input, move |files| dispatch.emit(FormAction::Files(files)));
            input.set_value("");
        })
    };

    let too_few = form.too_few(&people);
    let result = form.result(&CONTENT, people).map(|out| {
        if ready {
            result_view(out, lang, copied, &copy)
        } else {
            html! { <p>{ i18n::COMPARE_LOADING.get(lang) }</p> }
        }
    });
    html! {
        <>
            { tool_header(lang, switch_lang) }
            <main class="page compare" id="main">
                if let Some(e) = form.group_error {
                    { notice(true, html! { <p>{ e.message().get(lang) }</p> }) }
                }
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ i18n::COMPARE_TITLE.get(lang) }</h1>
                <p class="lead">{ i18n::COMPARE_INTRO.get(lang) }</p>
                <p>{ i18n::COMPARE_PRIVACY.get(lang) }</p>
                { form_view(&form, &read, too_few, lang, &dispatch, load_files) }
                { for result }
            </main>
            { tool_footer(lang, &Link::Check(Route::Start).href(lang), i18n::COMPARE_BACK.get(lang)) }
        </>
    }
}

/// The page until its texts are there.
fn loading(lang: Lang) -> Html {
    html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> }
}

/// The comparison, with the clipboard, print and the download for its buttons.
fn result_view(out: Outcome, lang: Lang, copied: Option<bool>, copy: &Callback<String>) -> Html {
    let link = sharing::link_to(&out.group, lang);
    let on_download = Callback::from(move |()| {
        let title = i18n::COMPARE_TITLE.get(lang);
        if let Some(html) = sharing::sheet_as_html(".compare__result", lang.code(), title) {
            let kind = "text/html;charset=utf-8";
            sharing::download("coproductiecheck-vergelijking.html", kind, &html);
        }
    });
    html! {
        <ComparisonView {lang} comparison={Rc::new(out.comparison)} link={link.clone()} {copied}
            on_copy={copy.reform(move |()| link.clone())} on_print={Callback::from(|()| sharing::print())}
            {on_download} />
    }
}

/// The people, the answers files and the buttons.
fn form_view(
    form: &Form,
    read: &[ReadLink],
    too_few: bool,
    lang: Lang,
    dispatch: &Callback<FormAction>,
    load_files: Callback<Event>,
) -> Html {
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        FormAction::Compare
    });
    let add = dispatch.reform(|_: MouseEvent| FormAction::Add);
    let fields = form.rows.iter().enumerate().map(|(i, row)| {
        let problem = form.problem(read, i).map(|p| problem_text(p, read, lang));
        person_field(i, row, problem, form.can_remove(), lang, dispatch)
    });
    html! {
        <form class="compare__form no-export" {onsubmit} novalidate=true>
            if too_few {
                <div class="error-summary" id="compare-error" tabindex="-1" role="alert">
                    <h2 class="error-summary__title">{ i18n::COMPARE_TOO_FEW.get(lang) }</h2>
                </div>
            }
            { for fields }
            <div class="form-group">
                <label class="label" for="compare-files">{ i18n::COMPARE_FILES.get(lang) }</label>
                <p class="hint" id="compare-files-hint">{ i18n::COMPARE_FILES_HINT.get(lang) }</p>
                <input class="file-input" id="compare-files" type="file" multiple=true accept=".txt,text/plain"
                    aria-describedby="compare-files-hint" onchange={load_files} />
            </div>
            <div class="button-group">
                if form.can_add() {
                    <button type="button" class="button button--secondary" onclick={add}>{ i18n::COMPARE_ADD.get(lang) }</button>
                }
                <button type="submit" class="button">{ i18n::COMPARE_SUBMIT.get(lang) }</button>
            </div>
        </form>
    }
}

/// One person: a label, a link with its problem, and a button to remove them.
fn person_field(
    i: usize,
    row: &Row,
    problem: Option<String>,
    can_remove: bool,
    lang: Lang,
    dispatch: &Callback<FormAction>,
) -> Html {
    let value = |e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    };
    let on_label = dispatch.reform(move |e| FormAction::Label(i, value(e)));
    let on_link = dispatch.reform(move |e| FormAction::Link(i, value(e)));
    let remove = dispatch.reform(move |_: MouseEvent| FormAction::Remove(i));
    let (error_id, link_id, label_id) = (
        field_id("error", i),
        field_id("link", i),
        field_id("label", i),
    );
    let label = row.label(lang, i + 1);
    let error = problem.is_some();
    html! {
        <fieldset class={classes!("compare__person", error.then_some("form-group--error"))}>
            <legend class="compare__legend">{ fill(i18n::COMPARE_PERSON.get(lang), &[&(i + 1).to_string()]) }</legend>
            <div class="form-group">
                <label class="label" for={label_id.clone()}>{ i18n::COMPARE_LABEL.get(lang) }</label>
                <input class="input input--medium" id={label_id} type="text" value={label.clone()}
                    maxlength="40" autocomplete="off" oninput={on_label} />
            </div>
            <div class="form-group">
                <label class="label" for={link_id.clone()}>{ i18n::COMPARE_LINK.get(lang) }</label>
                if let Some(p) = problem {
                    <p class="error-message" id={error_id.clone()}>{ p }</p>
                }
                <input class={classes!("input", error.then_some("input--error"))} id={link_id}
                    type="text" value={row.link.clone()} autocomplete="off" spellcheck="false"
                    aria-describedby={error.then_some(error_id)} oninput={on_link} />
            </div>
            if can_remove {
                <button type="button" class="button button--secondary button--small" onclick={remove}>
                    { fill(i18n::COMPARE_REMOVE.get(lang), &[&label]) }
                </button>
            }
        </fieldset>
    }
}
