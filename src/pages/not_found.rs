//! A route that does not exist.

use yew::prelude::*;

use crate::i18n;
use crate::model::route::Route;
use crate::model::Lang;

pub fn not_found_page(lang: Lang) -> Html {
    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::NOT_FOUND_TITLE.get(lang) }</h1>
            <p>{ i18n::NOT_FOUND_TEXT.get(lang) }</p>
            <p><a href={Route::Start.href()}>{ i18n::NAV_START.get(lang) }</a></p>
        </>
    }
}
