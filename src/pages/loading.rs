//! Shown while the questionnaire's texts load (a moment, once), or when they cannot be loaded.

use yew::prelude::*;

use crate::app::Notice;
use crate::components::{use_page_title, use_store};
use crate::i18n;

#[component]
pub fn LoadingPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    let failed = store.notice == Some(Notice::TextsFailed);
    let title = if failed {
        i18n::TEXTS_FAILED_TITLE
    } else {
        i18n::LOADING
    };
    use_page_title(title.get(lang).to_string());
    html! {
        <div aria-busy={(!failed).to_string()}>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ title.get(lang) }</h1>
            if failed {
                <p>{ i18n::TEXTS_FAILED.get(lang) }</p>
            }
        </div>
    }
}
