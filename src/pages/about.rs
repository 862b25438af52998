//! "Over deze check": how the verdict is reached, privacy, and the sources.

use yew::prelude::*;

use crate::components::sources::source_list;
use crate::i18n;
use crate::model::links::Link;
use crate::model::paper::PaperRoute;
use crate::model::{Lang, Role, CONTENT};

/// A plain function, not a component: it has no state (its title is set by `App`).
pub fn about_page(lang: Lang) -> Html {
    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::ABOUT_TITLE.get(lang) }</h1>
            <h2 class="heading-l">{ i18n::ABOUT_METHOD.get(lang) }</h2>
            { for CONTENT.method.iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
            { knockouts(lang) }
            <h2 class="heading-l">{ i18n::ABOUT_PRIVACY_TITLE.get(lang) }</h2>
            <p>{ i18n::ABOUT_PRIVACY.get(lang) }</p>
            <h2 class="heading-l">{ i18n::ABOUT_PAPER_TITLE.get(lang) }</h2>
            <p>{ i18n::ABOUT_PAPER.get(lang) }{" "}
                <a href={Link::Paper(PaperRoute::Index).href(lang)}>{ i18n::NAV_PAPER.get(lang) }</a></p>
            <h2 class="heading-l">{ i18n::ABOUT_SOURCES.get(lang) }</h2>
            <p>{ i18n::ABOUT_SOURCES_INTRO.get(lang) }</p>
            { source_list(lang, true) }
        </>
    }
}

/// Per role, the titles of the rules that decide the verdict on their own, read from the rules
/// themselves rather than kept by hand beside them.
fn knockouts(lang: Lang) -> Html {
    let roles = [
        (Role::Official, i18n::ABOUT_KO_OFFICIAL),
        (Role::Resident, i18n::ABOUT_KO_RESIDENT),
        (Role::Initiative, i18n::ABOUT_KO_INITIATIVE),
    ];
    html! {
        <>
            <h2 class="heading-l">{ i18n::ABOUT_KNOCKOUTS.get(lang) }</h2>
            <p>{ i18n::ABOUT_KNOCKOUTS_INTRO.get(lang) }</p>
            { for roles.iter().map(|(role, name)| html! {
                <>
                    <h3 class="heading-m">{ name.get(lang) }</h3>
                    <ul class="list list--bullet">
                        { for CONTENT.knockouts(*role).into_iter().map(|r| html! { <li>{ r.title.get(lang) }</li> }) }
                    </ul>
                </>
            }) }
        </>
    }
}
