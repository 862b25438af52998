//! The App root: the store in a context, and the page for the route.

use yew::prelude::*;

use crate::browser::dom;
use crate::components::layout::{embed_tools, footer, header};
use crate::model::route::Route;
use crate::model::{forget, texts, CONTENT};
use crate::pages;
use crate::state::{use_root_store, use_title, Store};

#[component]
pub fn App() -> Html {
    let store = use_root_store();

    // A route of the other entry is handed over at once, without waiting for any texts.
    let here = store.route.shown_here();
    let needed = texts::needed(&store.route, store.session.role);
    // The sheet also waits for the municipality's profile (a small file, read once).
    let needs_profile = cfg!(feature = "sheet") && matches!(store.route, Route::Sheet(_));
    let waiting = here
        && (!texts::missing(store.lang, needed).is_empty()
            || (needs_profile && store.profile.is_none()));

    {
        // Focus the new page's heading, but not on the first load: the reader starts at the top.
        // Except when the check has just handed the sheet over to its own entry: for the reader
        // that is the next page of the same journey.
        let first = use_mut_ref(|| true);
        use_effect_with((store.route.clone(), waiting), move |(route, waiting)| {
            // The page is there once the texts are.
            if *waiting {
                return;
            }
            let handed_over = matches!(route, Route::Sheet(_)) && dom::came_from_this_site();
            if std::mem::take(&mut *first.borrow_mut()) && !handed_over {
                return;
            }
            dom::show_page_from_top("main-heading");
        });
    }

    // Pages that are plain functions are titled here; components title themselves (None).
    let title = match &store.route {
        _ if waiting => Some(pages::loading::loading_title(&store).get(store.lang)),
        Route::About => Some(crate::i18n::ABOUT_TITLE.get(store.lang)),
        Route::NotFound => Some(crate::i18n::NOT_FOUND_TITLE.get(store.lang)),
        _ => None,
    };
    use_title(title);

    use_effect_with(store.route.clone(), |route| {
        crate::browser::history::announce_page(route.between_checks())
    });

    let page = match &store.route {
        _ if waiting => pages::loading::loading_page(&store),
        Route::Start => start(),
        Route::Question(n) => question(*n),
        Route::Check => check(),
        Route::Sheet(code) => sheet(code),
        Route::About => about(store.lang),
        Route::NotFound => pages::not_found::not_found_page(store.lang),
    };

    let lang = store.lang;
    let on_lang = {
        let store = store.clone();
        Callback::from(move |lang| store.set_lang(lang))
    };
    let on_clear = {
        let store = store.clone();
        Callback::from(move |()| {
            let (mine, last) = crate::browser::storage::stored_codes();
            let question = forget::clear_question(&CONTENT, lang, mine.as_deref(), last.as_deref());
            if question.is_none_or(|q| dom::confirm(&q)) {
                store.clear();
            }
        })
    };
    html! {
        <ContextProvider<Store> context={store.clone()}>
            if !store.embed { { header(lang, &on_lang) } }
            <main id="main" class="page" tabindex="-1">{ page }</main>
            if store.embed { { embed_tools(lang, &on_lang, &on_clear) } } else { { footer(lang, &on_clear) } }
        </ContextProvider<Store>>
    }
}

// The pages of the other entry render nothing here: the root store hands their routes over to
// that entry (see `Route::shown_here`), so this entry's build does not carry their code.

/// The advice sheet is an entry of its own (advies.html: the same app built with the sheet and
/// without the questions), so the check's first load does not carry it.
#[cfg(feature = "sheet")]
fn sheet(code: &Option<String>) -> Html {
    html! { <pages::sheet::SheetPage code={code.clone()} /> }
}

#[cfg(not(feature = "sheet"))]
fn sheet(_: &Option<String>) -> Html {
    html! {}
}

/// The start page lives in the check's entry (index.html) only: the sheet's entry hands the
/// start page back to it, with the notice it would have shown ("Wis mijn antwoorden", a link
/// that does not open), so that entry carries none of the start page's code.
#[cfg(feature = "questions")]
fn start() -> Html {
    html! { <pages::start::StartPage /> }
}

#[cfg(not(feature = "questions"))]
fn start() -> Html {
    html! {}
}

/// "Over deze check" lists the rules' knock-outs and the sources: it lives in the sheet's entry,
/// so the check's first load carries neither the page nor the rules (see `Route::entry`).
#[cfg(feature = "sheet")]
fn about(lang: crate::model::Lang) -> Html {
    pages::about::about_page(lang)
}

#[cfg(not(feature = "sheet"))]
fn about(_: crate::model::Lang) -> Html {
    html! {}
}

/// The questions and "check your answers" live in the check's entry (index.html); the sheet's
/// entry hands them back to it.
#[cfg(feature = "questions")]
fn question(step: usize) -> Html {
    html! { <pages::question::QuestionPage {step} /> }
}

#[cfg(feature = "questions")]
fn check() -> Html {
    html! { <pages::check::CheckPage /> }
}

#[cfg(not(feature = "questions"))]
fn question(_: usize) -> Html {
    html! {}
}

#[cfg(not(feature = "questions"))]
fn check() -> Html {
    html! {}
}
