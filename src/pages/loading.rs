//! Shown while the questionnaire's texts load (a moment, once), or when they cannot be loaded.

use yew::prelude::*;

use crate::i18n;
use crate::state::{Notice, State};

pub fn loading_title(store: &State) -> i18n::Text {
    if store.notice == Some(Notice::TextsFailed) {
        i18n::TEXTS_FAILED_TITLE
    } else {
        i18n::LOADING
    }
}

pub fn loading_page(store: &State) -> Html {
    let lang = store.lang;
    let failed = store.notice == Some(Notice::TextsFailed);
    let title = loading_title(store);
    html! {
        <div aria-busy={(!failed).to_string()}>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ title.get(lang) }</h1>
            if failed {
                <p>{ i18n::TEXTS_FAILED.get(lang) }</p>
            }
        </div>
    }
}
