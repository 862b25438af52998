//! Coproductiecheck: is a participation or coproduction plan ready? A readiness check that runs
//! entirely in the browser.
//!
//! `model`, `i18n` and `state` (without its yew side) are plain Rust, tested natively; the rest
//! needs a browser and is only built for wasm32. Dependencies run one way:
//! app → pages → components → state → model and browser.

pub mod i18n;
pub mod model;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the check into `#app` (index.html, advies.html), with the theme and embed settings
/// from the URL.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let theme = model::theme::Theme::from_params(browser::history::query);
    browser::embed::apply_theme(&theme.properties());
    if browser::history::query("embed").as_deref() == Some("1") {
        browser::embed::start_embedded();
    }
    // What was chosen, typed or pressed in index.html's static start form goes to the app's
    // start page, if that is where it opens; `mount` then removes the static page. Only the
    // check's own entry has that form (advies.html, the sheet's entry, has none).
    #[cfg(feature = "questions")]
    if model::route::Route::parse(&browser::history::current_hash()) == model::route::Route::Start {
        browser::dom::read_static_form();
    }
    mount::<app::App>();
}

/// Mounts `C` into `#app` after setting up the panic message; every entry starts here. A new
/// entry's root (src/bin/NAME.rs, declared in entries.mjs) can call it with its page.
#[cfg(target_arch = "wasm32")]
pub fn mount<C: yew::BaseComponent<Properties = ()>>() {
    browser::panic::install();
    browser::sharing::open_details_when_printing();
    if let Some(root) = browser::dom::element("app") {
        // The static page makes way in the same task as the first render, so nothing on the
        // page moves (no layout shift) between the two.
        browser::dom::remove_static_shell();
        yew::Renderer::<C>::with_root(root).render();
    }
}

/// "Vergelijk antwoorden" (vergelijk.html).
#[cfg(target_arch = "wasm32")]
pub fn start_compare() {
    mount::<pages::compare::ComparePage>();
}

/// "Van check naar stukken" (stukken.html).
#[cfg(target_arch = "wasm32")]
pub fn start_paperwork() {
    // "Gemeenteprofiel" lives in the same entry, at #gemeente.
    let hash = browser::history::current_hash();
    let link = model::links::Link::in_hash(model::links::Entry::Documents, &hash);
    if link == Some(model::links::Link::Profile) {
        mount::<pages::profile::ProfilePage>();
    } else {
        mount::<pages::paperwork::PaperworkPage>();
    }
}

/// "Vragenlijst op papier" (papier.html): the questionnaire to print, and typing it in.
#[cfg(target_arch = "wasm32")]
pub fn start_paper() {
    mount::<pages::paper::PaperPage>();
}
