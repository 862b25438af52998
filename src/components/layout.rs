//! The header with the language switch, and the footer with the privacy note.

use yew::prelude::*;

use crate::app::{navigate, Action, Store};
use crate::browser::storage;
use crate::i18n;
use crate::model::route::Route;
use crate::model::Lang;

/// The language not shown now, and the callback that switches to it.
fn other_language(store: &Store) -> (Lang, Callback<MouseEvent>) {
    let other = match store.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let store = store.clone();
    (
        other,
        Callback::from(move |_| store.dispatch(Action::Lang(other))),
    )
}

/// "Wis mijn antwoorden": everything stored goes, and the start page says so.
fn clear_answers(store: &Store) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_| {
        storage::clear_all();
        store.dispatch(Action::Clear);
        navigate(&store, Route::Start);
    })
}

pub fn header(store: &Store) -> Html {
    let lang = store.lang;
    let (other, switch) = other_language(store);
    html! {
        <header class="header">
            <div class="header__inner">
                <a class="header__name" href={Route::Start.href()}>{ i18n::APP_NAME.get(lang) }</a>
                <nav class="header__nav" aria-label={i18n::LANG_SWITCH_LABEL.get(lang)}>
                    <a class="header__link" href={Route::About.href()}>{ i18n::NAV_ABOUT.get(lang) }</a>
                    <button type="button" class="header__lang" lang={other.code()}
                        aria-label={i18n::LANG_OTHER_LABEL.get(lang)} onclick={switch}>
                        { i18n::LANG_OTHER.get(lang) }
                    </button>
                </nav>
            </div>
        </header>
    }
}

pub fn footer(store: &Store) -> Html {
    let lang = store.lang;
    let clear = clear_answers(store);
    html! {
        <footer class="footer">
            <div class="footer__inner">
                <p>{ i18n::FOOTER_PRIVACY.get(lang) }</p>
                <p class="footer__links">
                    <button type="button" class="link-button" onclick={clear}>{ i18n::FOOTER_CLEAR.get(lang) }</button>
                    // A page of its own: a tool for web administrators, kept out of the app's wasm.
                    <a href={if lang == Lang::En { "insluiten.html?lang=en" } else { "insluiten.html" }}>{ i18n::NAV_EMBED.get(lang) }</a>
                </p>
            </div>
        </footer>
    }
}

/// Embedded, the page's own header and footer give way to the host's; the language switch and
/// "Wis mijn antwoorden" stay, in one quiet line.
pub fn embed_tools(store: &Store) -> Html {
    let lang = store.lang;
    let (other, switch) = other_language(store);
    let clear = clear_answers(store);
    html! {
        <div class="embed-tools">
            <button type="button" class="link-button" lang={other.code()}
                aria-label={i18n::LANG_OTHER_LABEL.get(lang)} onclick={switch}>{ i18n::LANG_OTHER.get(lang) }</button>
            <button type="button" class="link-button" onclick={clear}>{ i18n::FOOTER_CLEAR.get(lang) }</button>
        </div>
    }
}
