//! What to find out first (official) or to ask the municipality (resident): the most important
//! questions up front, the rest folded under one heading.

use yew::prelude::*;

use crate::components::profile_note::note_para;
use crate::i18n::{self, by_role, fill};
use crate::model::assess::{Assessment, FollowUp};
use crate::model::profile::notes::SheetNotes;
use crate::model::Lang;

/// `notes`: what the municipality's profile adds: whom to ask, and a line under some items.
pub fn follow_up_list(a: &Assessment, notes: &SheetNotes, lang: Lang) -> Html {
    let role = a.role;
    let ask = note_para(&notes.ask);
    if a.follow_ups.is_empty() {
        return html! { <><p>{ by_role(role, i18n::FOLLOW_UP_NONE, i18n::FOLLOW_UP_NONE_R, i18n::FOLLOW_UP_NONE_I).get(lang) }</p>{ ask }</> };
    }
    let render = |(f, note): (&FollowUp, Option<&Option<_>>)| {
        html! {
            <li>
                { f.text.get(lang) }
                if f.unknown {
                    {" "}<span class="hint">{ by_role(role, i18n::FOLLOW_UP_UNKNOWN, i18n::FOLLOW_UP_UNKNOWN_R, i18n::FOLLOW_UP_UNKNOWN_I).get(lang) }</span>
                }
                { note.map(note_para).unwrap_or_default() }
            </li>
        }
    };
    let notes_at = |from: usize| (from..).map(|i| notes.follow_ups.get(i));
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
            <ul class="list list--bullet follow-ups">{ for front.iter().zip(notes_at(0)).map(render) }</ul>
            if !rest.is_empty() {
                <details class="details follow-ups__more">
                    <summary class="details__summary">{ fill(more, &[&rest.len().to_string()]) }</summary>
                    <ul class="list list--bullet follow-ups">{ for rest.iter().zip(notes_at(front.len())).map(render) }</ul>
                </details>
            }
            { ask }
        </>
    }
}
