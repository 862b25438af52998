//! The header and footer of the tools beside the check (comparison, paperwork): the check's name
//! linking back to it, a language switch, and the privacy line. The tools' language and texts
//! come from `state::use_tool_language`.

use yew::prelude::*;

use crate::i18n;
use crate::model::links::Link;
use crate::model::route::Route;
use crate::model::Lang;

pub fn tool_header(lang: Lang, on_switch: Callback<MouseEvent>) -> Html {
    let other = match lang {
        Lang::Nl => "en",
        Lang::En => "nl",
    };
    html! {
        <header class="header">
            <div class="header__inner">
                <a class="header__name" href={Link::Check(Route::Start).href(lang)}>{ i18n::APP_NAME.get(lang) }</a>
                <nav class="header__nav" aria-label={i18n::LANG_SWITCH_LABEL.get(lang)}>
                    <button type="button" class="header__lang" lang={other}
                        aria-label={i18n::LANG_OTHER_LABEL.get(lang)} onclick={on_switch}>{ i18n::LANG_OTHER.get(lang) }</button>
                </nav>
            </div>
        </header>
    }
}

/// `back`: where "back" goes (the check, or the sheet the tool was opened from) and its words.
pub fn tool_footer(lang: Lang, back: &str, back_text: &'static str) -> Html {
    html! {
        <footer class="footer no-export">
            <div class="footer__inner">
                <p>{ i18n::FOOTER_PRIVACY.get(lang) }</p>
                <a class="link" href={back.to_string()}>{ back_text }</a>
            </div>
        </footer>
    }
}
