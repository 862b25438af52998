//! The header and footer of the tools beside the check (comparison, paperwork): the check's name
//! linking back to it, a language switch, and the privacy line.

use yew::prelude::*;

use crate::browser::{dom, fetch, history};
use crate::i18n;
use crate::model::links::Link;
use crate::model::route::Route;
use crate::model::{texts, Lang};

/// A tool's language: from `?lang=`, Dutch otherwise; the texts of the chosen language are
/// fetched, and the page renders again once they are there. Returns the language and the
/// language switch's callback.
#[hook]
pub fn use_tool_language() -> (Lang, Callback<MouseEvent>) {
    let lang = use_state(|| {
        history::query("lang")
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::Nl)
    });
    let update = use_force_update();
    use_effect_with(*lang, move |lang| {
        let lang = *lang;
        dom::set_lang(lang.code());
        // Every part: a tool may show the answers of any role.
        for part in texts::missing(lang, &texts::Part::ALL) {
            let update = update.clone();
            fetch::text(texts::file_name(lang, part), move |body| {
                if body.is_some_and(|b| texts::install_owned(lang, part, b).is_ok()) {
                    update.force_update();
                }
            });
        }
    });
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

/// The municipality's profile (gemeente.json beside the page): `None` until it has been read,
/// then the profile, empty where there is none.
#[hook]
pub fn use_profile() -> Option<std::rc::Rc<crate::model::profile::Profile>> {
    let profile = use_state(|| None);
    {
        let profile = profile.clone();
        use_effect_with((), move |_| {
            crate::browser::profile::load(move |checked| {
                let p = checked.map(|c| c.profile).unwrap_or_default();
                profile.set(Some(std::rc::Rc::new(p)));
            });
        });
    }
    (*profile).clone()
}

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
