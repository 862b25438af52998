//! The municipality's profile for the tools (gemeente.json beside the page).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::profile::Profile;

/// `None` until the profile has been read, then the profile, empty where there is none.
#[hook]
pub fn use_profile() -> Option<Rc<Profile>> {
    let profile = use_state(|| None);
    {
        let profile = profile.clone();
        use_effect_with((), move |_| {
            crate::browser::profile::load(move |checked| {
                let p = checked.map(|c| c.profile).unwrap_or_default();
                profile.set(Some(Rc::new(p)));
            });
        });
    }
    (*profile).clone()
}
