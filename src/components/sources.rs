//! The source list, and the points an advice item cites.

use yew::prelude::*;

use crate::model::{Lang, CONTENT};

/// The sheet's list of sources. The about page lists them the same way, with each source's
/// points, in the HTML the build writes for it (`build/about.rs`).
pub fn source_list(lang: Lang) -> Html {
    let items = CONTENT.sources.iter().map(|s| {
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
