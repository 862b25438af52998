//! `document.title`, one way for every page of every entry.

use yew::functional::Hook;
use yew::prelude::*;

use crate::browser::{after_paint, dom};

/// Sets `document.title` to the page's own `title` and the app's name ([`super::page_title`]),
/// once the page is painted (after its history entry is written), whenever it changes. `None` leaves the title to a page rendered inside (the
/// App root titles only the pages that are plain functions).
pub fn use_title<'a>(title: impl Into<Option<&'a str>>) -> impl Hook<Output = ()> {
    // One hook for both kinds of argument: the conversion is all that is generic.
    use_title_of(title.into().map(super::page_title))
}

#[hook]
fn use_title_of(full: Option<String>) {
    use_effect_with(full, |full| {
        if let Some(full) = full.clone() {
            after_paint::run(move || dom::set_title(&full))
        }
    });
}
