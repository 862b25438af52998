//! Printing: the pages hand a callback to what they show, so no view calls the browser.

use yew::prelude::*;

use crate::browser::sharing;

/// The callback that opens the browser's print dialog.
#[hook]
pub fn use_print() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| sharing::print())
}
