//! The questionnaire's texts, fetched after the first screen: the parts a page needs, in its
//! language, each once.

#[cfg(feature = "questions")]
use std::cell::RefCell;

use yew::prelude::*;

use crate::browser::fetch;
use crate::model::texts::{self, Part};
use crate::model::Lang;

/// A file on its way, and everyone waiting for it.
#[cfg(feature = "questions")]
type OnItsWay = ((Lang, Part), Vec<Callback<bool>>);

#[cfg(feature = "questions")]
thread_local! {
    /// The files on their way: a part asked for again while it is fetched (the start page's
    /// fetch ahead, then the first question's own) is fetched once.
    static ON_THEIR_WAY: RefCell<Vec<OnItsWay>> = const { RefCell::new(Vec::new()) };
}

/// Fetches the parts of `needed` that are not there yet in `lang`, whenever either changes;
/// `loaded` hears of each: `true` once installed, `false` when it could not be fetched or read.
#[hook]
pub fn use_texts(lang: Lang, needed: &'static [Part], loaded: Callback<bool>) {
    use_effect_with((lang, needed), move |(lang, needed)| {
        for part in texts::missing(*lang, needed) {
            load(*lang, part, loaded.clone());
        }
    });
}

/// Fetches and installs `part` in `lang`, unless it is on its way already; `loaded` hears how it went.
/// Only the check's entry asks for a part twice (its start page fetches ahead).
#[cfg(feature = "questions")]
fn load(lang: Lang, part: Part, loaded: Callback<bool>) {
    let first = ON_THEIR_WAY.with(|all| {
        let mut all = all.borrow_mut();
        match all.iter_mut().find(|(key, _)| *key == (lang, part)) {
            Some((_, waiting)) => {
                waiting.push(loaded);
                false
            }
            None => {
                all.push(((lang, part), vec![loaded]));
                true
            }
        }
    });
    if !first {
        return;
    }
    fetch::text(texts::file_name(lang, part), move |body| {
        let ok = body.is_some_and(|b| texts::install_owned(lang, part, b).is_ok());
        let waiting = ON_THEIR_WAY.with(|all| {
            let mut all = all.borrow_mut();
            let at = all.iter().position(|(key, _)| *key == (lang, part));
            at.map(|at| all.swap_remove(at).1).unwrap_or_default()
        });
        for loaded in waiting {
            loaded.emit(ok);
        }
    });
}

/// Fetches and installs `part` in `lang`; `loaded` hears how it went. The entries without the
/// question pages ask for each part once.
#[cfg(not(feature = "questions"))]
fn load(lang: Lang, part: Part, loaded: Callback<bool>) {
    fetch::text(texts::file_name(lang, part), move |body| {
        loaded.emit(body.is_some_and(|b| texts::install_owned(lang, part, b).is_ok()));
    });
}
