//! The prioritised advice: each item with why it appears, what would change it, and its sources.

use yew::prelude::*;

use crate::components::profile_note::note_para;
use crate::components::sources::cited_points;
use crate::components::summary_list::answer_lines;
use crate::i18n::{self, by_role, fill};
use crate::model::assess::{Advice, Assessment};
use crate::model::profile::notes::Span;
use crate::model::{Answers, Lang};

/// `notes`: one per item, what the municipality's profile adds to it (its bylaw, its griffie).
pub fn advice_list(
    a: &Assessment,
    answers: &Answers,
    notes: &[Option<Vec<Span>>],
    lang: Lang,
) -> Html {
    let role = a.role;
    if a.advice.is_empty() {
        return html! { <p>{ by_role(role, i18n::ADVICE_NONE, i18n::ADVICE_NONE_R, i18n::ADVICE_NONE_I).get(lang) }</p> };
    }
    let render = |(item, note): (&Advice, Option<&Option<Vec<Span>>>)| {
        let rule = item.rule;
        let causes = item.causes.iter().map(|q| {
            let lines = answer_lines(q, answers.get(q.id), lang);
            let joined = lines.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ");
            html! {
                <li>{ q.short.get(lang) }{": "}
                    <span class="advice__answer">{ by_role(role, i18n::YOUR_ANSWER, i18n::YOUR_ANSWER_R, i18n::YOUR_ANSWER_I).get(lang) }{" \u{201c}"}{ joined }{"\u{201d}"}</span>
                </li>
            }
        });
        html! {
            <li class={classes!("advice__item", rule.knockout.then_some("advice__item--knockout"))}>
                <h3 class="advice__title">
                    if rule.knockout { <span class="tag">{ i18n::KNOCKOUT_NOTE.get(lang) }</span>{" "} }
                    { item.title(lang) }
                </h3>
                <p>{ item.text(lang) }</p>
                { note.map(note_para).unwrap_or_default() }
                <p class="advice__change"><strong>{ i18n::ADVICE_CHANGE.get(lang) }{": "}</strong>{ item.change(lang) }</p>
                <details class="details advice__details">
                    <summary class="details__summary">{ by_role(role, i18n::ADVICE_WHY, i18n::ADVICE_WHY_R, i18n::ADVICE_WHY_I).get(lang) }</summary>
                    <div class="details__text">
                        <ul class="advice__causes">{ for causes }</ul>
                        <p class="advice__sources-label">{ i18n::ADVICE_SOURCES.get(lang) }{":"}</p>
                        { cited_points(&item.sources(), lang) }
                    </div>
                </details>
            </li>
        }
    };
    // The most important items up front; the rest folded under one heading (opened for print).
    let (front, rest) = a.advice_split();
    let more = by_role(
        role,
        i18n::ADVICE_MORE,
        i18n::ADVICE_MORE_R,
        i18n::ADVICE_MORE_R,
    )
    .get(lang);
    html! {
        <>
            <ol class="advice">{ for front.iter().zip((0..).map(|i| notes.get(i))).map(render) }</ol>
            if !rest.is_empty() {
                <details class="details advice__more">
                    <summary class="details__summary">{ fill(more, &[&rest.len().to_string()]) }</summary>
                    <ol class="advice" start={(front.len() + 1).to_string()}>{ for rest.iter().zip((front.len()..).map(|i| notes.get(i))).map(render) }</ol>
                </details>
            }
        </>
    }
}
