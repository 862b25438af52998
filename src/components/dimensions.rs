//! The dimensions at a glance: a bar per topic, with its score and status also in words,
//! so nothing depends on colour.

use yew::prelude::*;

use crate::i18n::{self, fill};
use crate::model::assess::{Assessment, Status};
use crate::model::Lang;

pub fn status_text(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Good => i18n::STATUS_GOOD.get(lang),
        Status::Attention => i18n::STATUS_ATTENTION.get(lang),
        Status::Risk => i18n::STATUS_RISK.get(lang),
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Good => "dims__row--good",
        Status::Attention => "dims__row--attention",
        Status::Risk => "dims__row--risk",
    }
}

pub fn dimensions(a: &Assessment, lang: Lang) -> Html {
    let rows = a.dimensions.iter().map(|d| {
        let score = d.score.map(|s| s.to_string());
        let value = match (&score, d.knocked_out) {
            // A knock-out's topic: the words say why it is a risk, whatever the number.
            (Some(s), true) => {
                let mut v = fill(i18n::DIMENSION_SCORE.get(lang), &[s]);
                v.push_str(" (");
                v.push_str(i18n::DIMENSION_KNOCKED_OUT.get(lang));
                v.push(')');
                v
            }
            (Some(s), false) => fill(i18n::DIMENSION_SCORE.get(lang), &[s]),
            (None, true) => i18n::DIMENSION_KNOCKED_OUT.get(lang).to_string(),
            (None, false) => i18n::DIMENSION_NO_SCORE.get(lang).to_string(),
        };
        let bar = fill(i18n::DIMENSION_BAR.get(lang), &[&d.good_from.to_string()]);
        let good = d.good_from.to_string();
        html! {
            <li class={classes!("dims__row", status_class(d.status))}>
                <div class="dims__head">
                    <span class="dims__name">{ d.dimension.name_for(a.role).get(lang) }</span>
                    <span class="dims__value">
                        <span class="dims__status">{ status_text(d.status, lang) }</span>
                        {" · "}{ value }
                    </span>
                </div>
                <svg class="dims__chart" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="dims__track" x="0" y="0" width="100" height="6" />
                    <rect class="dims__bar" x="0" y="0" width={score.unwrap_or_else(|| "0".into())} height="6" />
                    <rect class="dims__mark" x={good} y="0" width="0.8" height="6" />
                </svg>
                <p class="dims__about">{ d.dimension.about_for(a.role).get(lang) }{" "}{ bar }{"."}</p>
            </li>
        }
    });
    html! { <ul class="dims">{ for rows }</ul> }
}
