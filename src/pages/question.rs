//! One question per page, with "Stap 3 van 18", a back link and "Verder".

use yew::prelude::*;

use crate::browser::dom;
use crate::components::choice::{error_text, first_input_id, ChoiceField};
use crate::components::error_summary::error_summary;
use crate::components::Ptr;
use crate::i18n::{self, fill};
use crate::model::content::Question;
use crate::model::{Answer, CONTENT};
use crate::state::{use_store, use_title};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    /// 1-based.
    pub step: usize,
}

#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let store = use_store();
    let steps = store.session.steps(&CONTENT);
    // Wrong turns lead to the right page: no role yet → start; past the end → the overview.
    let target = store.session.redirect(&CONTENT, props.step);
    {
        let store = store.clone();
        use_effect_with(target.clone(), move |target| {
            if let Some(t) = target {
                store.redirect(t.clone());
            }
        });
    }
    // Not keyed by question: the next question reuses the form's elements, which costs the
    // browser far less than building them anew (the form's state follows the question).
    match (target, steps.get(props.step - 1)) {
        (None, Some(q)) => html! {
            <QuestionForm question={Ptr(*q)} step={props.step} total={steps.len()} />
        },
        _ => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    question: Ptr<Question>,
    step: usize,
    total: usize,
}

#[component]
fn QuestionForm(props: &FormProps) -> Html {
    let store = use_store();
    let lang = store.lang;
    let q: &'static Question = props.question.0;
    // What is ticked and whether "Verder" was pressed without it, for the question they were
    // set on: another question starts from its saved answer, with no error.
    let ticked = use_state(|| (q.id, store.session.answers.get(q.id).cloned()));
    let pressed = use_state(|| (q.id, false));
    let selected = match &*ticked {
        (id, a) if *id == q.id => a.clone(),
        _ => store.session.answers.get(q.id).cloned(),
    };
    let error = pressed.0 == q.id && pressed.1;

    let caption = fill(
        i18n::STEP_OF.get(lang),
        &[&props.step.to_string(), &props.total.to_string()],
    );
    let mut title = String::new();
    if error {
        title.push_str(i18n::ERROR_PREFIX.get(lang));
        title.push(' ');
    }
    title.push_str(&caption);
    title.push_str(": ");
    title.push_str(q.text.get(lang));
    use_title(title.as_str());

    {
        // Each press of "Verder" without an answer moves focus to the summary again.
        let shown = error;
        use_effect_with(shown, move |shown| {
            if *shown {
                dom::focus("error-summary");
            }
        });
    }

    let back = store.session.back(props.step);

    let on_change = {
        let pressed = pressed.clone();
        Callback::from(move |a: Option<Answer>| {
            if a.is_some() {
                pressed.set((q.id, false));
            }
            ticked.set((q.id, a));
        })
    };

    let onsubmit = {
        let store = store.clone();
        let selected = selected.clone();
        let step = props.step;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(answer) = selected.clone() else {
                // Setting it again re-runs nothing; toggle so the focus effect fires each time.
                if error {
                    dom::focus("error-summary");
                }
                pressed.set((q.id, true));
                return;
            };
            store.answer(step, q.id, answer);
        })
    };

    html! {
        <>
            <a class="back-link" href={back.href()}>{ i18n::BACK.get(lang) }</a>
            if error {
                { error_summary(lang, first_input_id(q), error_text(q, lang)) }
            }
            <p class="caption" id="step-caption">{ caption }</p>
            <form class="form" novalidate=true {onsubmit}>
                <ChoiceField question={Ptr(q)} {lang} {selected} {error} {on_change} />
                <button type="submit" class="button">{ i18n::CONTINUE.get(lang) }</button>
            </form>
        </>
    }
}
