//! The choices of one question: radios or checkboxes in a fieldset whose legend is the page
//! heading, the help in a `details`, and "Weet ik niet" set apart.

use yew::prelude::*;

use crate::components::Ptr;
use crate::i18n;
use crate::model::content::{Kind, Question};
use crate::model::flow;
use crate::model::{Answer, Lang};

/// The id of the first input, where the error summary links to.
pub fn first_input_id(q: &Question) -> String {
    format!("q-{}-0", q.id)
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub question: Ptr<Question>,
    pub lang: Lang,
    /// What is ticked now (not yet saved).
    pub selected: Option<Answer>,
    /// "Verder" was pressed without an answer.
    pub error: bool,
    /// The answer as it is after a tick, `None` when nothing is ticked.
    pub on_change: Callback<Option<Answer>>,
}

#[component]
pub fn ChoiceField(p: &ChoiceProps) -> Html {
    let (q, lang, error) = (p.question.0, p.lang, p.error);
    let multi = q.kind == Kind::Multi;
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
    let options = q.options.iter().enumerate().map(|(i, opt)| {
        let checked = match &p.selected {
            Some(Answer::One(c)) => *c == opt.code,
            Some(Answer::Many(cs)) => cs.contains(&opt.code),
            _ => false,
        };
        let selected = p.selected.clone();
        let on_change = p
            .on_change
            .reform(move |on| flow::toggle(q, &selected, i, on));
        let choice = choice(
            q,
            &i.to_string(),
            opt.code,
            opt.label.get(lang),
            checked,
            on_change,
        );
        html! {
            <>
                if opt.exclusive { <div class="choices__or">{ i18n::OR.get(lang) }</div> }
                { choice }
            </>
        }
    });
    let dont_know = q.dont_know.then(|| {
        let checked = p.selected == Some(Answer::DontKnow);
        let on_change = p
            .on_change
            .reform(|on: bool| on.then_some(Answer::DontKnow));
        html! {
            <>
                <div class="choices__or">{ i18n::OR.get(lang) }</div>
                { choice(q, "dk", "dont-know", i18n::DONT_KNOW.get(lang), checked, on_change) }
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
                // A new element for each question: one opened earlier must not stay open.
                <details class="details" key={q.id}>
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

/// One radio or checkbox of `q` with its label; `on_change` hears whether it is now ticked.
fn choice(
    q: &Question,
    suffix: &str,
    value: &'static str,
    label: &'static str,
    checked: bool,
    on_change: Callback<bool>,
) -> Html {
    let id = format!("q-{}-{}", q.id, suffix);
    let input_type = if q.kind == Kind::Multi {
        "checkbox"
    } else {
        "radio"
    };
    let onchange = on_change.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <div class="choice">
            <input class="choice__input" type={input_type} id={id.clone()} name={format!("q-{}", q.id)}
                {value} {checked} {onchange} />
            <label class="choice__label" for={id}>{ label }</label>
        </div>
    }
}

pub fn error_text(q: &Question, lang: Lang) -> &'static str {
    match q.kind {
        Kind::Single => i18n::ERROR_CHOOSE_ONE.get(lang),
        Kind::Multi => i18n::ERROR_CHOOSE_SOME.get(lang),
    }
}
