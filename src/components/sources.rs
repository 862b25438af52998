//! The source list, and the points an advice item cites.

use yew::prelude::*;

use crate::i18n;
use crate::model::{Lang, CONTENT};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub lang: Lang,
    /// Also list each source's numbered points (the about page).
    #[prop_or_default]
    pub with_points: bool,
}

#[component]
pub fn SourceList(props: &SourcesProps) -> Html {
    let lang = props.lang;
    let items = CONTENT.sources.iter().map(|s| {
        let mut prefix = s.id.to_string();
        prefix.push('-');
        let points = CONTENT.points.iter().filter(|p| p.id.starts_with(&prefix));
        html! {
            <li class="sources__item" id={format!("bron-{}", s.id)}>
                <p class="sources__cite">
                    { s.authors }{" ("}{ s.year }{"). "}<cite>{ s.title }</cite>{". "}{ s.publisher }{"."}
                </p>
                <p class="sources__about">{ s.about.get(lang) }</p>
                if props.with_points {
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
