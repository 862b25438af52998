//! The profile page's state ("Gemeenteprofiel", [`Page`]) and its files: the gemeente.json
//! beside the page read once into the form, a file the webmaster chooses read the same way, and
//! the form downloaded as a gemeente.json.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{profile, sharing};
use crate::model::profile::page::{Action, Page, Read};
use crate::model::profile::{to_json, FILE};

impl Reducible for Page {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The page's state, the callback that applies an [`Action`], the file input's `onchange`, and
/// the download's `onclick`.
#[hook]
pub fn use_profile_page() -> (
    Page,
    Callback<Action>,
    Callback<Event>,
    Callback<MouseEvent>,
) {
    let page = use_reducer(Page::default);
    let dispatch = {
        let page = page.dispatcher();
        Callback::from(move |action: Action| page.dispatch(action))
    };
    {
        // The profile beside the page: shown, and put in the form.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            profile::load(move |checked| {
                dispatch.emit(Action::Read(Box::new(Read::Here(checked))))
            });
        });
    }
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let dispatch = dispatch.clone();
            sharing::read_file(&input, move |text| {
                let checked = text.map(|t| profile::read(&t));
                dispatch.emit(Action::Read(Box::new(Read::Chosen(checked))));
            });
        })
    };
    let download = {
        let form = page.form.clone();
        Callback::from(move |_: MouseEvent| {
            let json = to_json(&form.check().profile);
            sharing::download(FILE, "application/json;charset=utf-8", &json)
        })
    };
    ((*page).clone(), dispatch, on_file, download)
}
