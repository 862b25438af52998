//! "Over deze check": how the verdict is reached, each role's knock-outs, privacy, paper and
//! the sources. The build writes all below the heading as one piece of HTML from the content
//! (`build/about.rs`, escaped there); the page shows it as it is.

use yew::prelude::*;

use crate::i18n;
use crate::model::{Lang, CONTENT};

/// A plain function, not a component: it has no state (its title is set by `App`).
pub fn about_page(lang: Lang) -> Html {
    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::ABOUT_TITLE.get(lang) }</h1>
            { Html::from_html_unchecked(AttrValue::Static(CONTENT.about.get(lang))) }
        </>
    }
}
