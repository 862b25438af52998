//! What to find out first (official) or to ask the municipality (resident): the most important
//! questions up front, the rest folded under one heading.

use yew::prelude::*;

use crate::i18n::{self, by_role, fill};
use crate::model::assess::{Assessment, FollowUp};
use crate::model::Lang;

pub fn follow_up_list(a: &Assessment, lang: Lang) -> Html {
    let role = a.role;
    if a.follow_ups.is_empty() {
        return html! { <p>{ by_role(role, i18n::FOLLOW_UP_NONE, i18n::FOLLOW_UP_NONE_R, i18n::FOLLOW_UP_NONE_I).get(lang) }</p> };
    }
    let render = |f: &FollowUp| {
        html! {
            <li>
                { f.question.follow_up.get(lang) }
                if f.unknown {
                    {" "}<span class="hint">{ by_role(role, i18n::FOLLOW_UP_UNKNOWN, i18n::FOLLOW_UP_UNKNOWN_R, i18n::FOLLOW_UP_UNKNOWN_I).get(lang) }</span>
                }
            </li>
        }
    };
    let (front, rest) = a.follow_ups_split();
    let more = by_role(
        role,
        i18n::FOLLOW_UP_MORE,
        i18n::FOLLOW_UP_MORE_R,
        i18n::FOLLOW_UP_MORE_I,
    )
    .get(lang);
    html! {
        <>
            <ul class="list list--bullet follow-ups">{ for front.iter().map(render) }</ul>
            if !rest.is_empty() {
                <details class="details follow-ups__more">
                    <summary class="details__summary">{ fill(more, &[&rest.len().to_string()]) }</summary>
                    <ul class="list list--bullet follow-ups">{ for rest.iter().map(render) }</ul>
                </details>
            }
        </>
    }
}
