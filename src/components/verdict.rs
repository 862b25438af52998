//! The verdict: its plain title, why, how sure it is and how heavy the ask is.

use yew::prelude::*;

use crate::i18n::{self, by_role, fill};
use crate::model::assess::{Assessment, Level, Status, CERTAIN_FROM};
use crate::model::Lang;

pub fn level_class(level: Level) -> &'static str {
    match level {
        Level::NotYet => "verdict--not-yet",
        Level::FirstArrange => "verdict--arrange",
        Level::Ready => "verdict--ready",
    }
}

pub fn verdict(a: &Assessment, lang: Lang) -> Html {
    let knockouts: Vec<_> = a.advice.iter().filter(|x| x.rule.knockout).collect();
    // Every verdict below "ready" says why, also when no single advice item does: the topics
    // that are not good enough, by name.
    let weak_topics: Vec<&str> = a
        .dimensions
        .iter()
        .filter(|d| d.status != Status::Good)
        .map(|d| d.dimension.name_for(a.role).get(lang))
        .collect();
    let certainty = fill(
        by_role(
            a.role,
            i18n::CERTAINTY,
            i18n::CERTAINTY_R,
            i18n::CERTAINTY_I,
        )
        .get(lang),
        &[
            &a.known.to_string(),
            &a.applicable.to_string(),
            &a.certainty().to_string(),
        ],
    );
    // Questions with no answer at all (a paper form left open) are said beside the certainty.
    let mut certainty = certainty;
    if a.unanswered > 0 {
        certainty.push(' ');
        certainty.push_str(&fill(
            i18n::SHEET_UNANSWERED.get(lang),
            &[&a.unanswered.to_string()],
        ));
    }
    html! {
        <section class={classes!("verdict", level_class(a.level))} aria-labelledby="verdict-title">
            <p class="verdict__label">{ i18n::VERDICT_HEADING.get(lang) }</p>
            <h2 class="verdict__title" id="verdict-title">{ a.verdict.title.get(lang) }</h2>
            <p class="verdict__summary">{ a.verdict.summary.get(lang) }</p>
            if !knockouts.is_empty() {
                <p class="verdict__knockout-label">{ i18n::KNOCKOUT_NOTE.get(lang) }{":"}</p>
                <ul class="verdict__knockouts">
                    { for knockouts.iter().map(|k| html! { <li>{ k.title(lang) }</li> }) }
                </ul>
            }
            if !weak_topics.is_empty() {
                <p class="verdict__meta">{ fill(i18n::VERDICT_TOPICS.get(lang), &[&weak_topics.join(", ")]) }</p>
            }
            <p class="verdict__meta">
                { by_role(a.role, i18n::INTENSITY, i18n::INTENSITY, i18n::INTENSITY_I).get(lang) }{" "}<strong>{ a.intensity_level.label.get(lang) }</strong>
                {". "}{ a.intensity_level.about_for(a.role).get(lang) }
            </p>
            <p class="verdict__meta">
                { i18n::LADDER_HEADING.get(lang) }{": "}
                if let Some(step) = a.ladder {
                    <strong>{ step.name.get(lang) }</strong>{". "}{ step.about.get(lang) }
                } else {
                    { i18n::LADDER_NONE.get(lang) }
                }
            </p>
            if a.delivers { <p class="verdict__meta">{ i18n::COPRODUCTION_NOTE.get(lang) }</p> }
            <p class="verdict__meta">{ certainty }</p>

            if a.certainty() < CERTAIN_FROM { <p class="verdict__meta"><strong>{ i18n::CERTAINTY_LOW.get(lang) }</strong></p> }
        </section>
    }
}
