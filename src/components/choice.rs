//! The choices of one question: radios or checkboxes in a fieldset whose legend is the page
//! heading, the help in a `details`, and "Weet ik niet" set apart.

use yew::prelude::*;

use crate::i18n;
use crate::model::content::{Kind, Question};
use crate::model::flow;
use crate::model::{Answer, Lang};

/// The id of the first input, where the error summary links to.
pub fn first_input_id(q: &Question) -> String {
    format!("q-{}-0", q.id)
}

/// `selected` is what is ticked now (not yet saved).
pub fn choice_field(
    q: &'static Question,
    lang: Lang,
    selected: &Option<Answer>,
    error: bool,
    on_change: Callback<Option<Answer>>,
) -> Html {
    let multi = q.kind == Kind::Multi;
    let input_type = if multi { "checkbox" } else { "radio" };
    let name = format!("q-{}", q.id);
    let help_id = format!("q-{}-help", q.id);
    let hint_id = format!("q-{}-hint", q.id);
    let error_id = format!("q-{}-error", q.id);
    let mut described = help_id.clone();
    if multi {
        described.push(' ');
        described.push_str(&hint_id);
    }
    if error {
        described.push(' ');
        described.push_str(&error_id);
    }

    let is_checked = |code: &str| match selected {
        Some(Answer::One(c)) => *c == code,
        Some(Answer::Many(cs)) => cs.contains(&code),
        _ => false,
    };

    let options = q.options.iter().enumerate().map(|(i, opt)| {
        let id = format!("q-{}-{}", q.id, i);
        let checked = is_checked(opt.code);
        let onchange = {
            let selected = selected.clone();
            let cb = on_change.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                cb.emit(flow::toggle(q, &selected, i, on));
            })
        };
        html! {
            <>
                if opt.exclusive { <div class="choices__or">{ i18n::OR.get(lang) }</div> }
                <div class="choice">
                    <input class="choice__input" type={input_type} id={id.clone()} name={name.clone()}
                        value={opt.code} {checked} {onchange} />
                    <label class="choice__label" for={id}>{ opt.label.get(lang) }</label>
                </div>
            </>
        }
    });

    let dont_know = q.dont_know.then(|| {
        let id = format!("q-{}-dk", q.id);
        let checked = *selected == Some(Answer::DontKnow);
        let onchange = {
            let cb = on_change.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                cb.emit(on.then_some(Answer::DontKnow));
            })
        };
        html! {
            <>
                <div class="choices__or">{ i18n::OR.get(lang) }</div>
                <div class="choice">
                    <input class="choice__input" type={input_type} id={id.clone()} name={name.clone()}
                        value="dont-know" {checked} {onchange} />
                    <label class="choice__label" for={id}>{ i18n::DONT_KNOW.get(lang) }</label>
                </div>
            </>
        }
    });

    let group = classes!("form-group", error.then_some("form-group--error"));
    html! {
        <div class={group}>
            <fieldset class="fieldset" aria-describedby={described}>
                <legend class="fieldset__legend">
                    <h1 id="main-heading" class="heading-xl" tabindex="-1">{ q.text.get(lang) }</h1>
                </legend>
                <details class="details">
                    <summary class="details__summary">{ i18n::HELP_SUMMARY.get(lang) }</summary>
                    <div class="details__text" id={help_id}>{ q.help.get(lang) }</div>
                </details>
                if multi { <p class="hint" id={hint_id}>{ i18n::CHOOSE_ALL.get(lang) }</p> }
                if error {
                    <p class="error-message" id={error_id}>
                        <span class="visually-hidden">{ i18n::ERROR_PREFIX.get(lang) }{" "}</span>
                        { error_text(q, lang) }
                    </p>
                }
                <div class={classes!("choices", multi.then_some("choices--multi"))}>
                    { for options }
                    { dont_know }
                </div>
            </fieldset>
        </div>
    }
}

pub fn error_text(q: &Question, lang: Lang) -> &'static str {
    match q.kind {
        Kind::Single => i18n::ERROR_CHOOSE_ONE.get(lang),
        Kind::Multi => i18n::ERROR_CHOOSE_SOME.get(lang),
    }
}
