//! The paper forms typed in on papier.html ([`Forms`]): kept in this tab's storage as they
//! change, the confirmation dialog open while it asks, the focus moved where an action sends it,
//! and the browser asking before the tab closes on typed forms.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{dom, storage};
use crate::model::paper::typing::{Action, Forms, DIALOG};
use crate::model::{Lang, Role};

/// The forms, the callback that applies an [`Action`], and the callback for a link that leaves
/// the page on purpose (to a sheet or the comparison: the forms stay in the tab, so the browser
/// need not ask).
#[hook]
pub fn use_paper_forms(role: Role, lang: Lang) -> (Forms, Callback<Action>, Callback<MouseEvent>) {
    let forms = use_state(|| Forms::load(storage::load_paper_forms().as_deref(), role, lang));
    let dispatch = {
        let forms = forms.clone();
        Callback::from(move |action: Action| {
            let mut next = (*forms).clone();
            let focus = next.apply(action, lang);
            if let Some(focus) = focus {
                // Closed first: while it is open, nothing behind it can take the focus.
                dom::show_dialog(DIALOG, false);
                dom::focus(focus.id());
            }
            if next != *forms {
                forms.set(next);
            }
        })
    };
    {
        let dispatch = dispatch.clone();
        use_effect_with(role, move |role| dispatch.emit(Action::Open(*role)));
    }
    use_effect_with((*forms).clone(), |f| {
        storage::save_paper_forms(f.code().as_deref())
    });
    use_effect_with(forms.ask, |ask| dom::show_dialog(DIALOG, ask.is_some()));
    let leaving = use_memo((), |_| Rc::new(Cell::new(false)));
    use_effect_with(forms.typed(), {
        let leaving = (*leaving).clone();
        move |typed| {
            let listener = typed.then(|| dom::ask_before_leaving(move || !leaving.get()));
            move || drop(listener)
        }
    });
    let on_purpose = {
        let leaving = (*leaving).clone();
        Callback::from(move |_: MouseEvent| leaving.set(true))
    };
    ((*forms).clone(), dispatch, on_purpose)
}
