//! The header with the language switch, and the footer with the privacy note.

use yew::prelude::*;

use crate::i18n;
use crate::model::links::Link;
use crate::model::paper::PaperRoute;
use crate::model::route::Route;
use crate::model::Lang;

/// The language not shown now, and the click that asks for it through `on_lang`.
fn other_language(lang: Lang, on_lang: &Callback<Lang>) -> (Lang, Callback<MouseEvent>) {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    (other, on_lang.reform(move |_| other))
}

/// The header with the app's name, "Over deze check" and the language switch.
pub fn header(lang: Lang, on_lang: &Callback<Lang>) -> Html {
    let (other, switch) = other_language(lang, on_lang);
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

/// The footer with the privacy note; `on_clear` is "Wis mijn antwoorden".
pub fn footer(lang: Lang, on_clear: &Callback<()>) -> Html {
    let clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <footer class="footer">
            <div class="footer__inner">
                <p>{ i18n::FOOTER_PRIVACY.get(lang) }</p>
                <p class="footer__links">
                    <button type="button" class="link-button" onclick={clear}>{ i18n::FOOTER_CLEAR.get(lang) }</button>
                    // A page of its own: a tool for web administrators, kept out of the app's wasm.
                    <a href={Link::Compare.href(lang)}>{ i18n::NAV_COMPARE.get(lang) }</a>
                    <a href={Link::Paper(PaperRoute::Index).href(lang)}>{ i18n::NAV_PAPER.get(lang) }</a>
                    <a href={Link::Embed.href(lang)}>{ i18n::NAV_EMBED.get(lang) }</a>
                    <a href={Link::Statement.href(lang)}>{ i18n::FOOTER_A11Y.get(lang) }</a>
                </p>
            </div>
        </footer>
    }
}

/// Embedded, the page's own header and footer give way to the host's; the language switch and
/// "Wis mijn antwoorden" stay, in one quiet line.
pub fn embed_tools(lang: Lang, on_lang: &Callback<Lang>, on_clear: &Callback<()>) -> Html {
    let (other, switch) = other_language(lang, on_lang);
    let clear = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="embed-tools">
            <button type="button" class="link-button" lang={other.code()}
                aria-label={i18n::LANG_OTHER_LABEL.get(lang)} onclick={switch}>{ i18n::LANG_OTHER.get(lang) }</button>
            <button type="button" class="link-button" onclick={clear}>{ i18n::FOOTER_CLEAR.get(lang) }</button>
        </div>
    }
}
