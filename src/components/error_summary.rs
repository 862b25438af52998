//! The GOV.UK error summary: at the top of the page, linked to the field, focused when shown.

use yew::prelude::*;

use crate::i18n;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    /// The id of the field the message is about.
    pub target: AttrValue,
    pub message: AttrValue,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let target = props.target.clone();
    // Plain `#id` links would change the route: focus the field instead.
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        crate::browser::dom::focus(&target);
    });
    html! {
        <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{ i18n::ERROR_SUMMARY_TITLE.get(props.lang) }</h2>
            <ul class="error-summary__list">
                <li><a href={format!("#{}", props.target)} {onclick}>{ props.message.clone() }</a></li>
            </ul>
        </div>
    }
}
