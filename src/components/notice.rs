//! A notification banner: a status message, announced by screen readers when it appears.

use yew::prelude::*;

/// `warning`: something went wrong (a bad link, unreadable storage), rather than a confirmation.
pub fn notice(warning: bool, children: Html) -> Html {
    let class = classes!("notice", warning.then_some("notice--warning"));
    let role = if warning { "alert" } else { "status" };
    html! { <div {class} role={role}>{ children }</div> }
}
