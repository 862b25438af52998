//! A line the municipality's profile adds (its desk, its bylaw, its griffie): text with links.
//! Everything from the profile is text; yew escapes it, so markup in it stays visible as typed.

use yew::prelude::*;

use crate::model::profile::notes::Span;

/// The spans of a note, inline.
pub fn spans(note: &[Span]) -> Html {
    note.iter()
        .map(|s| match s {
            Span::Text(t) => html! { { t.clone() } },
            Span::Link { text, href } => {
                html! { <a class="link" href={href.clone()}>{ text.clone() }</a> }
            }
        })
        .collect()
}

/// A note as a paragraph of its own, marked as the municipality's.
pub fn note_para(note: &Option<Vec<Span>>) -> Html {
    match note {
        Some(n) => html! { <p class="local-note">{ spans(n) }</p> },
        None => html! {},
    }
}
