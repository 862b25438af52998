//! "Vragenlijst op papier" (papier.html): per role a questionnaire to print, and one page to
//! type the paper forms in, ending in the same sheet and share link as the online check and,
//! for several forms, in the comparison. An entry of its own: the check's first load carries
//! none of it. The numbering and skip rules come from `model::paper`; this file only renders.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{dom, history, sharing, storage};
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, by_role, fill};
use crate::model::compare::{decode_group, encode_group, Person, MAX_PEOPLE};
use crate::model::links::Link;
use crate::model::paper::{
    answered, filter_text, for_link, jump_text, letter, paper, PaperQuestion, PaperRoute,
};
use crate::model::route::Route;
use crate::model::share::{self, Shared};
use crate::model::{flow, texts, Answers, Lang, Role, CONTENT};
use crate::state::use_tool_language;

#[component]
pub fn PaperPage() -> Html {
    let (lang, switch_lang) = use_tool_language();
    let route = use_state(|| PaperRoute::parse(&history::current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listeners = history::on_change(move |h| route.set(PaperRoute::parse(&h)));
            move || drop(listeners)
        });
    }
    {
        // A new page of this entry starts at its heading.
        use_effect_with(*route, |_| {
            dom::scroll_to_top();
        });
    }
    let title = match *route {
        PaperRoute::Type(_) => i18n::PAPER_TYPE_TITLE,
        _ => i18n::PAPER_TITLE,
    };
    if !texts::is_loaded(lang) {
        dom::set_title(i18n::APP_NAME.get(lang));
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> };
    }
    dom::set_title(&fill(
        "{} – {}",
        &[title.get(lang), i18n::APP_NAME.get(lang)],
    ));
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
    let print = Callback::from(|_: MouseEvent| sharing::print());
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
    let single = q.kind == crate::model::content::Kind::Single;
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

/// The forms typed in this tab, and which one is open.
#[derive(Clone, PartialEq)]
struct Forms {
    list: Vec<Person>,
    current: usize,
}

impl Forms {
    fn empty(role: Role, lang: Lang, title: String) -> Person {
        Person {
            label: String::new(),
            shared: Shared {
                role,
                lang,
                title,
                answers: Answers::default(),
            },
        }
    }

    /// What this tab kept, or one empty form.
    fn load(role: Role, lang: Lang) -> Forms {
        let list: Vec<Person> = storage::load_paper_forms()
            .and_then(|code| decode_group(&CONTENT, &code).ok())
            .map(|people| {
                people
                    .into_iter()
                    .filter_map(|(label, s)| s.ok().map(|shared| Person { label, shared }))
                    .collect()
            })
            .unwrap_or_default();
        let mut forms = if list.is_empty() {
            Forms {
                list: vec![Forms::empty(role, lang, String::new())],
                current: 0,
            }
        } else {
            Forms {
                current: list.len() - 1,
                list,
            }
        };
        forms.open_role(role, lang);
        forms
    }

    /// Coming in for `role`: an untouched form takes that role; otherwise a new form of it.
    fn open_role(&mut self, role: Role, lang: Lang) {
        let len = self.list.len();
        let current = &mut self.list[self.current];
        if current.shared.role == role {
            return;
        }
        if is_blank(current) {
            current.shared.role = role;
        } else if len < MAX_PEOPLE {
            let title = current.shared.title.clone();
            self.list.push(Forms::empty(role, lang, title));
            self.current = self.list.len() - 1;
        }
    }

    fn typed(&self) -> bool {
        self.list.iter().any(|p| !is_blank(p))
    }

    fn save(&self) {
        let code = self.typed().then(|| encode_group(&CONTENT, &self.list));
        storage::save_paper_forms(code.as_deref());
    }
}

fn is_blank(p: &Person) -> bool {
    p.label.trim().is_empty() && p.shared.title.trim().is_empty() && p.shared.answers.is_empty()
}

/// The label a form goes by: what was typed, or "Formulier 3".
fn form_label(p: &Person, n: usize, lang: Lang) -> String {
    let typed = p.label.trim();
    if typed.is_empty() {
        fill(i18n::PAPER_FORM_N.get(lang), &[&n.to_string()])
    } else {
        typed.to_string()
    }
}

/// What the confirmation dialog asks about.
#[derive(Clone, Copy, PartialEq)]
enum Ask {
    Next(usize),
    Clear,
    NewList,
}

#[component]
fn TypeForms(props: &RoleProps) -> Html {
    let (role, lang) = (props.role, props.lang);
    let forms = use_state(|| Forms::load(role, lang));
    let ask = use_state(|| None::<Ask>);
    // Set when the page is left on purpose (to a sheet or the comparison): the forms are in
    // this tab's storage, so the browser need not ask.
    let leaving = use_mut_ref(|| Rc::new(Cell::new(false)));
    {
        let forms = forms.clone();
        use_effect_with(role, move |role| {
            let mut next = (*forms).clone();
            next.open_role(*role, lang);
            if next != *forms {
                forms.set(next);
            }
        });
    }
    {
        let typed = forms.typed();
        let leaving = leaving.borrow().clone();
        use_effect_with(typed, move |typed| {
            let listener = typed.then(|| {
                let leaving = leaving.clone();
                dom::ask_before_leaving(move || !leaving.get())
            });
            move || drop(listener)
        });
    }
    {
        let forms = forms.clone();
        use_effect_with((*forms).clone(), move |f| f.save());
        let _ = forms;
    }
    {
        use_effect_with(*ask, |ask| dom::show_dialog("paper-confirm", ask.is_some()));
    }

    let f = (*forms).clone();
    let current = f.current;
    let person = f.list[current].clone();
    let form_role = person.shared.role;
    let questions = paper(&CONTENT, form_role);

    let update = {
        let forms = forms.clone();
        move |change: Box<dyn Fn(&mut Person)>| {
            let mut next = (*forms).clone();
            change(&mut next.list[next.current]);
            forms.set(next);
        }
    };
    let update = Rc::new(update);
    let on_text = |title: bool| {
        let update = update.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            update(Box::new(move |p: &mut Person| {
                if title {
                    p.shared.title = v.clone();
                } else {
                    p.label = v.clone();
                }
            }));
        })
    };

    let (done, asked) = answered(&CONTENT, &person.shared);
    let open = asked - done;
    let sheet_href = {
        let linked = Shared {
            lang,
            ..for_link(&CONTENT, &person.shared)
        };
        Link::Sheet(share::encode(&CONTENT, &linked)).href(lang)
    };
    let on_purpose = {
        let leaving = leaving.borrow().clone();
        Callback::from(move |_: MouseEvent| leaving.set(true))
    };

    // The forms worth comparing: those with answers, labelled as on the paper.
    let to_compare: Vec<Person> = f
        .list
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.shared.answers.is_empty())
        .map(|(i, p)| Person {
            label: form_label(p, i + 1, lang),
            shared: for_link(&CONTENT, &p.shared),
        })
        .collect();
    let compare_href = (to_compare.len() >= 2)
        .then(|| Link::CompareGroup(encode_group(&CONTENT, &to_compare)).href(lang));
    let full = f.list.len() >= MAX_PEOPLE;

    let next = {
        let forms = forms.clone();
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| {
            if open > 0 && !person_is_blank(&forms) {
                ask.set(Some(Ask::Next(open)));
            } else {
                go_next(&forms);
            }
        })
    };
    let clear = {
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| ask.set(Some(Ask::Clear)))
    };
    let new_list = {
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| ask.set(Some(Ask::NewList)))
    };
    let confirm = {
        let forms = forms.clone();
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| {
            // Closed first: while it is open, nothing behind it can take the focus.
            dom::show_dialog("paper-confirm", false);
            match *ask {
                Some(Ask::Next(_)) => go_next(&forms),
                Some(Ask::Clear) => {
                    let mut next = (*forms).clone();
                    let role = next.list[next.current].shared.role;
                    if next.list.len() > 1 {
                        next.list.remove(next.current);
                        next.current = next.list.len() - 1;
                    } else {
                        next.list[0] = Forms::empty(role, lang, String::new());
                    }
                    forms.set(next);
                }
                Some(Ask::NewList) => {
                    let role = forms.list[forms.current].shared.role;
                    forms.set(Forms {
                        list: vec![Forms::empty(role, lang, String::new())],
                        current: 0,
                    });
                }
                None => {}
            }
            if !matches!(*ask, Some(Ask::Next(_))) {
                dom::focus("form-heading");
            }
            ask.set(None);
        })
    };
    let cancel = {
        let ask = ask.clone();
        Callback::from(move |_: MouseEvent| ask.set(None))
    };
    let on_close = {
        let ask = ask.clone();
        Callback::from(move |_: Event| ask.set(None))
    };

    let list_rows = f.list.iter().enumerate().map(|(i, p)| {
        let (d, a) = answered(&CONTENT, &p.shared);
        let name = form_label(p, i + 1, lang);
        let go = {
            let forms = forms.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*forms).clone();
                next.current = i;
                forms.set(next);
                dom::focus("form-heading");
            })
        };
        html! {
            <li class="paper-list__item">
                <span class="paper-list__name">{ name.clone() }</span>{ " – " }
                { fill(i18n::PAPER_FORM_ROW.get(lang), &[&d.to_string(), &a.to_string()]) }
                if i == current {
                    { " (" }{ i18n::PAPER_NOW_OPEN.get(lang) }{ ")" }
                } else {
                    { " " }<button type="button" class="link-button" onclick={go}>{ fill(i18n::PAPER_GO_TO_FORM.get(lang), &[&name]) }</button>
                }
            </li>
        }
    });

    let dialog_text = match *ask {
        Some(Ask::Next(n)) => fill(i18n::PAPER_CONFIRM_OPEN.get(lang), &[&n.to_string()]),
        Some(Ask::Clear) => i18n::PAPER_CONFIRM_CLEAR.get(lang).to_string(),
        Some(Ask::NewList) => fill(
            i18n::PAPER_CONFIRM_NEW.get(lang),
            &[&f.list.len().to_string()],
        ),
        None => String::new(),
    };
    let dialog_yes = match *ask {
        Some(Ask::Next(_)) => i18n::PAPER_CONFIRM_NEXT.get(lang),
        Some(Ask::Clear) => i18n::PAPER_CONFIRM_CLEAR_YES.get(lang),
        _ => i18n::PAPER_CONFIRM_NEW_YES.get(lang),
    };
    let form_name = form_label(&person, current + 1, lang);

    html! {
        <>
            { back_to_index(lang) }
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ i18n::PAPER_TYPE_TITLE.get(lang) }</h1>
            <p class="lead">{ i18n::PAPER_TYPE_INTRO.get(lang) }</p>
            <p>{ i18n::PAPER_TYPE_STORED.get(lang) }</p>
            if f.list.len() > 1 || f.typed() {
                <section class="paper-list" aria-labelledby="forms-heading">
                    <h2 class="heading-m" id="forms-heading">{ i18n::PAPER_FORMS.get(lang) }</h2>
                    <ol class="paper-list__items">{ for list_rows }</ol>
                    if let Some(href) = compare_href.clone() {
                        <p class="hint" id="compare-hint">{ i18n::PAPER_COMPARE_HINT.get(lang) }</p>
                        <div class="button-group">
                            <a class="button button--secondary" href={href} onclick={on_purpose.clone()}
                                aria-describedby="compare-hint">{ i18n::PAPER_COMPARE.get(lang) }</a>
                            <button type="button" class="button button--secondary" onclick={new_list}>{ i18n::PAPER_NEW_LIST.get(lang) }</button>
                        </div>
                    }
                    if full {
                        <p class="notice">{ fill(i18n::PAPER_FULL.get(lang), &[&MAX_PEOPLE.to_string()]) }</p>
                    }
                </section>
            }
            <form class="paper-entry" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2 class="heading-l" id="form-heading" tabindex="-1">
                    { form_name.clone() }
                    <span class="caption paper-entry__role">{ role_name(form_role).get(lang) }</span>
                </h2>
                <div class="form-group">
                    <label class="label" for="form-label">{ i18n::PAPER_LABEL_FIELD.get(lang) }</label>
                    <p class="hint" id="form-label-hint">{ fill(i18n::PAPER_LABEL_HINT.get(lang), &[&fill(i18n::PAPER_FORM_N.get(lang), &[&(current + 1).to_string()])]) }</p>
                    <input class="input input--medium" type="text" id="form-label" maxlength="40" autocomplete="off"
                        aria-describedby="form-label-hint" value={person.label.clone()} oninput={on_text(false)} />
                </div>
                <div class="form-group">
                    <label class="label" for="form-title">{ i18n::PAPER_FIELD_PLAN.get(lang) }</label>
                    <input class="input" type="text" id="form-title" maxlength="120" autocomplete="off"
                        value={person.shared.title.clone()} oninput={on_text(true)} />
                </div>
                { for questions.iter().map(|pq| typed_question(pq, &person.shared, lang, update.clone())) }
                <div class="button-group paper-entry__actions">
                    <a class="button" href={sheet_href} onclick={on_purpose.clone()}>{ i18n::PAPER_SHEET.get(lang) }</a>
                    if !full {
                        <button type="button" class="button button--secondary" onclick={next}>{ i18n::PAPER_NEXT.get(lang) }</button>
                    }
                    <button type="button" class="button button--secondary" onclick={clear}>{ i18n::PAPER_CLEAR.get(lang) }</button>
                </div>
            </form>
            <dialog id="paper-confirm" class="paper-confirm" aria-labelledby="paper-confirm-text" onclose={on_close}>
                <p id="paper-confirm-text">{ dialog_text }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={confirm}>{ dialog_yes }</button>
                    <button type="button" class="button button--secondary" onclick={cancel}>{ i18n::PAPER_CONFIRM_NO.get(lang) }</button>
                </div>
            </dialog>
        </>
    }
}

fn person_is_blank(forms: &UseStateHandle<Forms>) -> bool {
    is_blank(&forms.list[forms.current])
}

/// "Volgende formulier": the open one stays in the list; a new one, with the same role and plan.
fn go_next(forms: &UseStateHandle<Forms>) {
    let mut next = (**forms).clone();
    let here = &next.list[next.current];
    if is_blank(here) || next.list.len() >= MAX_PEOPLE {
        return;
    }
    let (role, lang, title) = (
        here.shared.role,
        here.shared.lang,
        here.shared.title.clone(),
    );
    next.list.push(Forms::empty(role, lang, title));
    next.current = next.list.len() - 1;
    forms.set(next);
    dom::focus("form-label");
}

/// One question as a group of radios (or checkboxes), numbered and lettered as on paper. The
/// arrow keys move within a group, Tab to the next; a letter key ticks that box.
fn typed_question(
    pq: &PaperQuestion,
    shared: &Shared,
    lang: Lang,
    update: Rc<impl Fn(Box<dyn Fn(&mut Person)>) + 'static>,
) -> Html {
    let q = pq.question;
    let n = pq.number;
    let single = q.kind == crate::model::content::Kind::Single;
    let current = shared.answers.get(q.id).cloned();
    let applies = flow::applies(&CONTENT, shared.role, q, &shared.answers);
    let name = format!("q{n}");
    let boxes = pq.boxes();
    let set = {
        let update = update.clone();
        Rc::new(move |i: Option<usize>, on: bool| {
            update(Box::new(move |p: &mut Person| {
                let now = p.shared.answers.get(q.id).cloned();
                let next = match i {
                    None => None,
                    Some(i) if i == q.options.len() => on.then_some(crate::model::Answer::DontKnow),
                    Some(i) => flow::toggle(q, &now, i, on),
                };
                match next {
                    Some(a) => p.shared.answers.set(q.id, a),
                    None => p.shared.answers.remove(q.id),
                }
            }));
        })
    };
    let ticked = |i: usize| match &current {
        None => false,
        Some(a) if i == q.options.len() => a.is_dont_know(),
        Some(a) => a.includes(q.options[i].code),
    };
    let onkeydown = {
        let set = set.clone();
        let current = current.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            // Checkboxes: one stop for Tab per question, the arrows move between its boxes, as
            // in a group of radios.
            if !single
                && matches!(
                    key.as_str(),
                    "ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft"
                )
            {
                let at = e
                    .target_dyn_into::<web_sys::Element>()
                    .map(|t| t.id())
                    .and_then(|id| id.rsplit('-').next().and_then(|i| i.parse::<usize>().ok()));
                if let Some(at) = at {
                    e.prevent_default();
                    let to = if matches!(key.as_str(), "ArrowDown" | "ArrowRight") {
                        (at + 1) % boxes
                    } else {
                        (at + boxes - 1) % boxes
                    };
                    dom::focus(&format!("q{n}-{to}"));
                }
                return;
            }
            let mut chars = key.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return;
            };
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let Some(i) = crate::model::paper::box_of_letter(c).filter(|i| *i < boxes) else {
                return;
            };
            e.prevent_default();
            let on = if single {
                true
            } else {
                !match &current {
                    None => false,
                    Some(a) if i == q.options.len() => a.is_dont_know(),
                    Some(a) => a.includes(q.options[i].code),
                }
            };
            set(Some(i), on);
            dom::focus(&format!("q{n}-{i}"));
        })
    };
    let labels = q
        .options
        .iter()
        .map(|o| o.label.get(lang))
        .chain(q.dont_know.then(|| i18n::DONT_KNOW.get(lang)));
    let note_id = format!("q{n}-note");
    let rule = pq
        .condition
        .as_ref()
        .map(|f| filter_text(f, shared.role, lang));
    html! {
        <fieldset class={classes!("fieldset", "paper-entry__question", (!applies).then_some("paper-entry__question--skipped"))}
            {onkeydown} aria-describedby={rule.is_some().then(|| note_id.clone())}>
            <legend class="fieldset__legend paper-entry__legend">
                <span class="paper-question__number">{ n }{". "}</span>{ q.text.get(lang) }
            </legend>
            if let Some(rule) = rule {
                <p class="hint" id={note_id}>
                    { rule }
                    if !applies { {" "}<strong>{ i18n::PAPER_NOT_ASKED.get(lang) }</strong> }
                </p>
            }
            <div class="choices choices--compact">
                if single {
                    <div class="choice">
                        <input class="choice__input" type="radio" name={name.clone()} id={format!("q{n}-open")}
                            checked={current.is_none()} onchange={ { let set = set.clone(); Callback::from(move |_: Event| set(None, false)) } } />
                        <label class="choice__label paper-entry__open" for={format!("q{n}-open")}>{ i18n::PAPER_OPEN.get(lang) }</label>
                    </div>
                }
                { for labels.enumerate().map(|(i, l)| {
                    let id = format!("q{n}-{i}");
                    let onchange = {
                        let set = set.clone();
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            set(Some(i), on);
                        })
                    };
                    html! {
                        <div class="choice">
                            <input class="choice__input" type={if single { "radio" } else { "checkbox" }} name={name.clone()}
                                id={id.clone()} checked={ticked(i)} {onchange}
                                tabindex={(!single && i > 0).then_some("-1")} />
                            <label class="choice__label" for={id}><span class="paper-option__letter">{ letter(i) }</span>{ l }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
