//! The header with the language switch, and the footer with the privacy note.

use yew::prelude::*;

use crate::app::{navigate, Action, Store};
use crate::browser::storage;
use crate::i18n;
use crate::model::route::Route;
use crate::model::Lang;

pub fn header(store: &Store) -> Html {
    let lang = store.lang;
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let switch = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Lang(other)))
    };
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
    let clear = {
        let store = store.clone();
        Callback::from(move |_| {
            storage::clear_all();
            store.dispatch(Action::Clear);
            navigate(&Route::Start);
        })
    };
    html! {
        <footer class="footer">
            <div class="footer__inner">
                <p>{ i18n::FOOTER_PRIVACY.get(lang) }</p>
                <p>
                    <button type="button" class="link-button" onclick={clear}>{ i18n::FOOTER_CLEAR.get(lang) }</button>
                </p>
            </div>
        </footer>
    }
}
