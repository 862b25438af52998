//! The clipboard with its outcome as state: "copied" or "could not copy" stays shown in a live
//! region until the next copy. Pages hand the callback to components, which never touch the
//! clipboard themselves.

use yew::prelude::*;

use crate::browser::sharing;

/// The last copy's outcome (`None` before the first), and the callback that copies a text.
#[hook]
pub fn use_copy() -> (Option<bool>, Callback<String>) {
    let status = use_state(|| None::<bool>);
    let copy = {
        let status = status.clone();
        Callback::from(move |text: String| {
            let status = status.clone();
            sharing::copy(text, move |ok| status.set(Some(ok)));
        })
    };
    (*status, copy)
}
