//! The GOV.UK error summary: at the top of the page, linked to the field, focused when shown.

use yew::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// `target`: the id of the field the message is about.
pub fn error_summary(lang: Lang, target: String, message: &'static str) -> Html {
    let href = format!("#{target}");
    // Plain `#id` links would change the route: focus the field instead.
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        crate::browser::dom::focus(&target);
    });
    html! {
        <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{ i18n::ERROR_SUMMARY_TITLE.get(lang) }</h2>
            <ul class="error-summary__list">
                <li><a {href} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}
