//! A notification banner: a status message, announced by screen readers when it appears.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub children: Html,
    /// Something went wrong (a bad link, unreadable storage), rather than a confirmation.
    #[prop_or_default]
    pub warning: bool,
}

#[component]
pub fn NoticeBanner(props: &NoticeProps) -> Html {
    let class = classes!("notice", props.warning.then_some("notice--warning"));
    let role = if props.warning { "alert" } else { "status" };
    html! { <div {class} role={role}>{ props.children.clone() }</div> }
}
