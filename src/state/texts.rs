//! The questionnaire's texts, fetched after the first screen: the parts a page needs, in its
//! language, each once.

use yew::prelude::*;

use crate::browser::fetch;
use crate::model::texts::{self, Part};
use crate::model::Lang;

/// Fetches the parts of `needed` that are not there yet in `lang`, whenever either changes;
/// `loaded` hears of each: `true` once installed, `false` when it could not be fetched or read.
#[hook]
pub fn use_texts(lang: Lang, needed: &'static [Part], loaded: Callback<bool>) {
    use_effect_with((lang, needed), move |(lang, needed)| {
        let lang = *lang;
        for part in texts::missing(lang, needed) {
            let loaded = loaded.clone();
            fetch::text(texts::file_name(lang, part), move |body| {
                loaded.emit(body.is_some_and(|b| texts::install_owned(lang, part, b).is_ok()));
            });
        }
    });
}
