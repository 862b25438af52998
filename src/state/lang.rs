//! The language of a page: `<html lang>` for every entry, and the tools' own language switch.

use yew::prelude::*;

use super::use_texts;
use crate::browser::{dom, history};
use crate::model::{texts, Lang};

/// Keeps `<html lang>` in step with the language shown, for screen readers and translation tools.
#[hook]
pub fn use_document_lang(lang: Lang) {
    use_effect_with(lang, |lang| dom::set_lang(lang.code()));
}

/// A tool's language (the entries beside the check): from `?lang=`, Dutch otherwise. The parts
/// of its texts in `needed` are fetched in that language, and the page renders again once they
/// are there. Returns the language and the language switch's callback.
#[hook]
pub fn use_tool_language(needed: &'static [texts::Part]) -> (Lang, Callback<MouseEvent>) {
    let lang = use_state(|| {
        history::query("lang")
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::Nl)
    });
    use_document_lang(*lang);
    let update = use_force_update();
    use_texts(
        *lang,
        needed,
        Callback::from(move |ok| {
            if ok {
                update.force_update()
            }
        }),
    );
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| {
            lang.set(match *lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            })
        })
    };
    (*lang, switch)
}
