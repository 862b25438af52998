//! "Over deze check": how the verdict is reached, privacy, and the sources.

use yew::prelude::*;

use crate::components::sources::source_list;
use crate::components::{use_page_title, use_store};
use crate::i18n;
use crate::model::CONTENT;

#[component]
pub fn AboutPage() -> Html {
    let lang = use_store().lang;
    use_page_title(i18n::ABOUT_TITLE.get(lang).to_string());
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
