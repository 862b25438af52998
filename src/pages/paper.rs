//! "Vragenlijst op papier" (papier.html): per role a questionnaire to print, and one page to
//! type the paper forms in, ending in the same sheet and share link as the online check and,
//! for several forms, in the comparison. An entry of its own: the check's first load carries
//! none of it. The numbering and skip rules come from `model::paper`; this file only renders.

use yew::prelude::*;

use crate::browser::{dom, history};
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, by_role, fill};
use crate::model::compare::MAX_PEOPLE;
use crate::model::content::Kind;
use crate::model::links::Link;
use crate::model::paper::typing::{
    box_at, box_id, form_label, numbered, press, ticked, Action, Forms, Press, DIALOG,
};
use crate::model::paper::{filter_text, jump_text, letter, paper, PaperQuestion, PaperRoute};
use crate::model::route::Route;
use crate::model::share::Shared;
use crate::model::{flow, texts, Answer, Lang, Role, CONTENT};
use crate::state::{use_paper_forms, use_print, use_title, use_tool_language};

#[component]
pub fn PaperPage() -> Html {
    let (lang, switch_lang) = use_tool_language(&texts::Part::PAPER);
    let route = use_state(|| PaperRoute::parse(&history::current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listeners = history::on_change(move |h| route.set(PaperRoute::parse(&h)));
            move || drop(listeners)
        });
    }
    // A new page of this entry starts at its heading.
    use_effect_with(*route, |_| dom::scroll_to_top());
    let loaded = texts::all_there(lang, &texts::Part::PAPER);
    use_title(match (loaded, *route) {
        (false, _) => "",
        (true, PaperRoute::Type(_)) => i18n::PAPER_TYPE_TITLE.get(lang),
        (true, _) => i18n::PAPER_TITLE.get(lang),
    });
    if !loaded {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> };
    }
    let body = match *route {
        PaperRoute::Index => index(lang),
        // A new form for another role starts afresh (with its own default for the help lines).
        PaperRoute::Print(role) => html! { <PrintForm key={role.code()} {role} {lang} /> },
        PaperRoute::Type(role) => html! { <TypeForms {role} {lang} /> },
    };
    html! {
        <>
            { tool_header(lang, switch_lang) }
            <main class="page paper" id="main">{ body }</main>
            { tool_footer(lang, &Link::Check(Route::Start).href(lang), i18n::COMPARE_BACK.get(lang)) }
        </>
    }
}

fn role_name(role: Role) -> i18n::CText {
    by_role(
        role,
        i18n::PAPER_FOR_O,
        i18n::PAPER_FOR_R,
        i18n::PAPER_FOR_I,
    )
}

fn index(lang: Lang) -> Html {
    html! {
        <>
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ i18n::PAPER_TITLE.get(lang) }</h1>
            <p class="lead">{ i18n::PAPER_INTRO.get(lang) }</p>
            <p>{ i18n::PAPER_TYPE_STORED.get(lang) }</p>
            { for Role::ALL.iter().map(|role| html! {
                <section class="paper-index__role" aria-labelledby={format!("for-{}", role.code())}>
                    <h2 class="heading-m" id={format!("for-{}", role.code())}>{ role_name(*role).get(lang) }</h2>
                    <ul class="list list--bullet">
                        <li><a href={PaperRoute::Print(*role).href()}>{ i18n::PAPER_PRINT_LINK.get(lang) }</a></li>
                        <li><a href={PaperRoute::Type(*role).href()}>{ i18n::PAPER_TYPE_LINK.get(lang) }</a></li>
                    </ul>
                </section>
            }) }
        </>
    }
}

fn back_to_index(lang: Lang) -> Html {
    html! {
        <a class="back-link no-export" href={PaperRoute::Index.href()}>{ i18n::PAPER_ALL.get(lang) }</a>
    }
}

// ---------- the form to print ----------

#[derive(Properties, PartialEq)]
struct RoleProps {
    role: Role,
    lang: Lang,
}

#[component]
fn PrintForm(props: &RoleProps) -> Html {
    let (role, lang) = (props.role, props.lang);
    // The help lines matter most to residents; an official's form stays shorter without them.
    let with_help = use_state(|| role != Role::Official);
    let questions = paper(&CONTENT, role);
    let print = use_print();
    let toggle = {
        let with_help = with_help.clone();
        Callback::from(move |e: Event| {
            with_help.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let label = by_role(
        role,
        i18n::PAPER_FIELD_LABEL,
        i18n::PAPER_FIELD_LABEL_R,
        i18n::PAPER_FIELD_LABEL_I,
    );
    let how = by_role(role, i18n::PAPER_HOW, i18n::PAPER_HOW_R, i18n::PAPER_HOW_I);
    let where_ = by_role(
        role,
        i18n::PAPER_WHERE,
        i18n::PAPER_WHERE_R,
        i18n::PAPER_WHERE_I,
    );
    let heading = by_role(
        role,
        i18n::PAPER_HEADING,
        i18n::PAPER_HEADING_R,
        i18n::PAPER_HEADING_I,
    );
    let field = |text: &'static str| {
        html! { <div class="paper-field"><span class="paper-field__label">{ text }</span><span class="paper-field__line"></span></div> }
    };
    html! {
        <>
            { back_to_index(lang) }
            <div class="paper-tools no-export">
                <p class="paper-tools__for">{ role_name(role).get(lang) }</p>
                <div class="choice">
                    <input class="choice__input" type="checkbox" id="with-help" checked={*with_help} onchange={toggle} />
                    <label class="choice__label" for="with-help">{ i18n::PAPER_WITH_HELP.get(lang) }</label>
                </div>
                <div class="button-group">
                    <button type="button" class="button" onclick={print} aria-describedby="print-hint">{ i18n::PAPER_PRINT.get(lang) }</button>
                </div>
                <p class="hint" id="print-hint">{ i18n::PAPER_PRINT_HINT.get(lang) }</p>
            </div>
            <article class="paper-form" aria-labelledby="main-heading">
                <p class="caption">{ i18n::PAPER_CAPTION.get(lang) }</p>
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ heading.get(lang) }</h1>
                <div class="paper-fields">
                    { field(i18n::PAPER_FIELD_PLAN.get(lang)) }
                    { field(i18n::PAPER_FIELD_DATE.get(lang)) }
                    { field(label.get(lang)) }
                </div>
                <p>{ fill(how.get(lang), &[i18n::DONT_KNOW.get(lang)]) }</p>
                <p>{ where_.get(lang) }</p>
                <ol class="paper-questions">
                    { for questions.iter().map(|pq| printed_question(pq, role, lang, *with_help)) }
                </ol>
                <section class="paper-end" aria-labelledby="paper-end">
                    <h2 class="heading-m" id="paper-end">{ i18n::PAPER_END_TITLE.get(lang) }</h2>
                    <p>{ i18n::PAPER_END.get(lang) }{" "}{ where_.get(lang) }</p>
                </section>
            </article>
        </>
    }
}

fn printed_question(pq: &PaperQuestion, role: Role, lang: Lang, with_help: bool) -> Html {
    let q = pq.question;
    let single = q.kind == Kind::Single;
    let box_class = classes!("paper-box", single.then_some("paper-box--round"));
    let labels = q
        .options
        .iter()
        .map(|o| o.label.get(lang))
        .chain(q.dont_know.then(|| i18n::DONT_KNOW.get(lang)));
    let heading = format!("pq-{}", pq.number);
    html! {
        <li class="paper-question">
            if let Some(f) = &pq.filter {
                <p class="paper-question__filter">{ filter_text(f, role, lang) }</p>
            }
            <h2 class="paper-question__text" id={heading}>
                <span class="paper-question__number">{ pq.number }{". "}</span>{ q.text.get(lang) }
            </h2>
            <p class="paper-question__how">{ if single { i18n::PAPER_ONE.get(lang) } else { i18n::PAPER_MANY.get(lang) } }</p>
            <ul class="paper-options">
                { for labels.enumerate().map(|(i, l)| html! {
                    <li class="paper-option">
                        <span class={box_class.clone()} aria-hidden="true"></span>
                        <span class="paper-option__letter">{ letter(i) }</span>
                        <span class="paper-option__label">{ l }</span>
                    </li>
                }) }
            </ul>
            { for pq.jumps.iter().map(|j| html! { <p class="paper-question__jump">{ jump_text(j, role, lang) }</p> }) }
            if with_help && !q.help.get(lang).is_empty() {
                <p class="paper-question__help">{ q.help.get(lang) }</p>
            }
        </li>
    }
}

// ---------- typing the forms in ----------

#[component]
fn TypeForms(props: &RoleProps) -> Html {
    let (role, lang) = (props.role, props.lang);
    let (forms, dispatch, on_purpose) = use_paper_forms(role, lang);
    let (text, yes) = forms.dialog(lang);
    html! {
        <>
            { back_to_index(lang) }
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ i18n::PAPER_TYPE_TITLE.get(lang) }</h1>
            <p class="lead">{ i18n::PAPER_TYPE_INTRO.get(lang) }</p>
            <p>{ i18n::PAPER_TYPE_STORED.get(lang) }</p>
            if forms.show_list() {
                { forms_list(&forms, lang, &dispatch, &on_purpose) }
            }
            { entry_form(&forms, lang, &dispatch, &on_purpose) }
            <dialog id={DIALOG} class="paper-confirm" aria-labelledby="paper-confirm-text" onclose={send(&dispatch, Action::Cancel)}>
                <p id="paper-confirm-text">{ text }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={send(&dispatch, Action::Confirm)}>{ yes }</button>
                    <button type="button" class="button button--secondary" onclick={send(&dispatch, Action::Cancel)}>{ i18n::PAPER_CONFIRM_NO.get(lang) }</button>
                </div>
            </dialog>
        </>
    }
}

/// A callback for any event that dispatches `action`.
fn send<E: 'static>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    dispatch.reform(move |_| action.clone())
}

/// The forms typed so far, each with how far it is, and the way to the comparison.
fn forms_list(
    forms: &Forms,
    lang: Lang,
    dispatch: &Callback<Action>,
    on_purpose: &Callback<MouseEvent>,
) -> Html {
    let rows = forms.rows(lang).into_iter().enumerate().map(|(i, row)| html! {
        <li class="paper-list__item">
            <span class="paper-list__name">{ row.name.clone() }</span>{ " – " }
            { fill(i18n::PAPER_FORM_ROW.get(lang), &[&row.done.to_string(), &row.asked.to_string()]) }
            if row.open {
                { " (" }{ i18n::PAPER_NOW_OPEN.get(lang) }{ ")" }
            } else {
                { " " }<button type="button" class="link-button" onclick={send(dispatch, Action::GoTo(i))}>{ fill(i18n::PAPER_GO_TO_FORM.get(lang), &[&row.name]) }</button>
            }
        </li>
    });
    html! {
        <section class="paper-list" aria-labelledby="forms-heading">
            <h2 class="heading-m" id="forms-heading">{ i18n::PAPER_FORMS.get(lang) }</h2>
            <ol class="paper-list__items">{ for rows }</ol>
            if let Some(href) = forms.compare_href(lang) {
                <p class="hint" id="compare-hint">{ i18n::PAPER_COMPARE_HINT.get(lang) }</p>
                <div class="button-group">
                    <a class="button button--secondary" href={href} onclick={on_purpose.clone()}
                        aria-describedby="compare-hint">{ i18n::PAPER_COMPARE.get(lang) }</a>
                    <button type="button" class="button button--secondary" onclick={send(dispatch, Action::NewList)}>{ i18n::PAPER_NEW_LIST.get(lang) }</button>
                </div>
            }
            if forms.full() {
                <p class="notice">{ fill(i18n::PAPER_FULL.get(lang), &[&MAX_PEOPLE.to_string()]) }</p>
            }
        </section>
    }
}

/// The open form: its label and plan, its questions, and what to do next.
fn entry_form(
    forms: &Forms,
    lang: Lang,
    dispatch: &Callback<Action>,
    on_purpose: &Callback<MouseEvent>,
) -> Html {
    let person = forms.person();
    let n = forms.current + 1;
    let shared = &person.shared;
    let on_text = |make: fn(String) -> Action| {
        dispatch.reform(move |e: InputEvent| {
            make(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    html! {
        <form class="paper-entry" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 class="heading-l" id="form-heading" tabindex="-1">
                { form_label(person, n, lang) }
                <span class="caption paper-entry__role">{ role_name(shared.role).get(lang) }</span>
            </h2>
            <div class="form-group">
                <label class="label" for="form-label">{ i18n::PAPER_LABEL_FIELD.get(lang) }</label>
                <p class="hint" id="form-label-hint">{ fill(i18n::PAPER_LABEL_HINT.get(lang), &[&numbered(n, lang)]) }</p>
                <input class="input input--medium" type="text" id="form-label" maxlength="40" autocomplete="off"
                    aria-describedby="form-label-hint" value={person.label.clone()} oninput={on_text(Action::Label)} />
            </div>
            <div class="form-group">
                <label class="label" for="form-title">{ i18n::PAPER_FIELD_PLAN.get(lang) }</label>
                <input class="input" type="text" id="form-title" maxlength="120" autocomplete="off"
                    value={shared.title.clone()} oninput={on_text(Action::Title)} />
            </div>
            { for paper(&CONTENT, shared.role).iter().map(|pq| typed_question(pq, shared, lang, dispatch)) }
            <div class="button-group paper-entry__actions">
                <a class="button" href={forms.sheet_href(lang)} onclick={on_purpose.clone()}>{ i18n::PAPER_SHEET.get(lang) }</a>
                if !forms.full() {
                    <button type="button" class="button button--secondary" onclick={send(dispatch, Action::Next)}>{ i18n::PAPER_NEXT.get(lang) }</button>
                }
                <button type="button" class="button button--secondary" onclick={send(dispatch, Action::Clear)}>{ i18n::PAPER_CLEAR.get(lang) }</button>
            </div>
        </form>
    }
}

/// One question as a group of radios (or checkboxes), numbered and lettered as on paper. The
/// arrow keys move within a group, Tab to the next; a letter key ticks that box.
fn typed_question(
    pq: &PaperQuestion,
    shared: &Shared,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let (q, n) = (pq.question, pq.number);
    let applies = flow::applies(&CONTENT, shared.role, q, &shared.answers);
    let note_id = format!("q{n}-note");
    let rule = pq
        .condition
        .as_ref()
        .map(|f| filter_text(f, shared.role, lang));
    html! {
        <fieldset class={classes!("fieldset", "paper-entry__question", (!applies).then_some("paper-entry__question--skipped"))}
            onkeydown={on_key(pq, dispatch)} aria-describedby={rule.is_some().then(|| note_id.clone())}>
            <legend class="fieldset__legend paper-entry__legend">
                <span class="paper-question__number">{ n }{". "}</span>{ q.text.get(lang) }
            </legend>
            if let Some(rule) = rule {
                <p class="hint" id={note_id}>
                    { rule }
                    if !applies { {" "}<strong>{ i18n::PAPER_NOT_ASKED.get(lang) }</strong> }
                </p>
            }
            { typed_boxes(pq, shared.answers.get(q.id), lang, dispatch) }
        </fieldset>
    }
}

/// A question's boxes: "Open gelaten" first for a single choice, then the lettered options.
fn typed_boxes(
    pq: &PaperQuestion,
    answer: Option<&Answer>,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let (q, n) = (pq.question, pq.number);
    let single = q.kind == Kind::Single;
    let name = format!("q{n}");
    let labels = q
        .options
        .iter()
        .map(|o| o.label.get(lang))
        .chain(q.dont_know.then(|| i18n::DONT_KNOW.get(lang)));
    let boxes = labels.enumerate().map(|(i, l)| {
        let id = box_id(n, i);
        let onchange = dispatch.reform(move |e: Event| {
            Action::Tick(q, Some(i), e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
        });
        html! {
            <div class="choice">
                <input class="choice__input" type={if single { "radio" } else { "checkbox" }} name={name.clone()}
                    id={id.clone()} checked={ticked(q, answer, i)} {onchange}
                    tabindex={(!single && i > 0).then_some("-1")} />
                <label class="choice__label" for={id}><span class="paper-option__letter">{ letter(i) }</span>{ l }</label>
            </div>
        }
    });
    html! {
        <div class="choices choices--compact">
            if single {
                <div class="choice">
                    <input class="choice__input" type="radio" name={name.clone()} id={format!("q{n}-open")}
                        checked={answer.is_none()} onchange={send(dispatch, Action::Tick(q, None, false))} />
                    <label class="choice__label paper-entry__open" for={format!("q{n}-open")}>{ i18n::PAPER_OPEN.get(lang) }</label>
                </div>
            }
            { for boxes }
        </div>
    }
}

/// The keys of a question: see [`press`].
fn on_key(pq: &PaperQuestion, dispatch: &Callback<Action>) -> Callback<KeyboardEvent> {
    let (q, n, boxes) = (pq.question, pq.number, pq.boxes());
    let single = q.kind == Kind::Single;
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        let at = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| box_at(&t.id()));
        let modified = e.ctrl_key() || e.meta_key() || e.alt_key();
        let Some(pressed) = press(single, boxes, &e.key(), at, modified) else {
            return;
        };
        e.prevent_default();
        let to = match pressed {
            Press::Move(to) => to,
            Press::Tick(i) => {
                dispatch.emit(Action::Letter(q, i));
                i
            }
        };
        dom::focus(&box_id(n, to));
    })
}
