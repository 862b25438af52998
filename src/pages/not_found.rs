//! A route that does not exist.

use yew::prelude::*;

use crate::components::{use_page_title, use_store};
use crate::i18n;
use crate::model::route::Route;

#[component]
pub fn NotFoundPage() -> Html {
    let lang = use_store().lang;
    use_page_title(i18n::NOT_FOUND_TITLE.get(lang).to_string());
    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::NOT_FOUND_TITLE.get(lang) }</h1>
            <p>{ i18n::NOT_FOUND_TEXT.get(lang) }</p>
            <p><a href={Route::Start.href()}>{ i18n::NAV_START.get(lang) }</a></p>
        </>
    }
}
