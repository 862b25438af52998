//! The source list, and the points an advice item cites.

use yew::prelude::*;

use crate::i18n;
use crate::model::{Lang, CONTENT};

/// `with_points`: also list each source's numbered points (the about page).
pub fn source_list(lang: Lang, with_points: bool) -> Html {
    let items = CONTENT.sources.iter().map(|s| {
        let mut prefix = s.id.to_string();
        prefix.push('-');
        let points = CONTENT.points.iter().filter(|p| p.id.starts_with(&prefix));
        html! {
            <li class="sources__item" id={format!("bron-{}", s.id)}>
                <p class="sources__cite">
                    // With no author named, the title takes the author's place (APA). The
                    // metadata are names, the same in both languages; `about` says the rest.
                    if s.authors.is_empty() {
                        <cite>{ s.title }</cite>{" ("}{ s.year }{")."}
                    } else {
                        { s.authors }{" ("}{ s.year }{"). "}<cite>{ s.title }</cite>{"."}
                    }
                    if !s.publisher.is_empty() {
                        {" "}{ s.publisher }{"."}
                    }
                </p>
                <p class="sources__about">{ s.about.get(lang) }</p>
                if with_points {
                    <details class="details">
                        <summary class="details__summary">{ i18n::ABOUT_POINTS.get(lang) }</summary>
                        <dl class="points">
                            { for points.map(|p| html! { <><dt>{ p.id }</dt><dd>{ p.summary.get(lang) }</dd></> }) }
                        </dl>
                    </details>
                }
            </li>
        }
    });
    html! { <ol class="sources">{ for items }</ol> }
}

/// The cited points with their summaries, for an advice item.
pub fn cited_points(ids: &[&'static str], lang: Lang) -> Html {
    let items = ids.iter().map(|id| {
        let summary = CONTENT
            .points
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.summary.get(lang));
        html! { <li><span class="points__id">{ *id }</span>{" "}{ summary.unwrap_or("") }</li> }
    });
    html! { <ul class="points-cited">{ for items }</ul> }
}
