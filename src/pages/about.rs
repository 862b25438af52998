//! "Over deze check": how the verdict is reached, privacy, and the sources.

use yew::prelude::*;

use crate::components::sources::source_list;
use crate::i18n;
use crate::model::{Lang, CONTENT};

/// A plain function, not a component: it has no state (its title is set by `App`).
pub fn about_page(lang: Lang) -> Html {
    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::ABOUT_TITLE.get(lang) }</h1>
            <h2 class="heading-l">{ i18n::ABOUT_METHOD.get(lang) }</h2>
            { for CONTENT.method.iter().map(|p| html! { <p>{ p.get(lang) }</p> }) }
            <h2 class="heading-l">{ i18n::ABOUT_PRIVACY_TITLE.get(lang) }</h2>
            <p>{ i18n::ABOUT_PRIVACY.get(lang) }</p>
            <h2 class="heading-l">{ i18n::ABOUT_SOURCES.get(lang) }</h2>
            <p>{ i18n::ABOUT_SOURCES_INTRO.get(lang) }</p>
            { source_list(lang, true) }
        </>
    }
}
