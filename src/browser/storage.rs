//! `localStorage` and `sessionStorage`, which may be missing or blocked (private mode, strict
//! settings).
//!
//! The answers in progress are kept twice: in this tab's `sessionStorage`, which survives a
//! reload of this tab and nothing else, and in `localStorage`, which a later visit resumes from.
//! Two tabs on two plans thus each reload their own plan; the shared key holds the plan saved
//! last, and the other tab hears of it through the `storage` event (static/later.js says so).

const ANSWERS: &str = "coproductiecheck.answers";
const LANG: &str = "coproductiecheck.lang";
const NOTICE: &str = "coproductiecheck.notice";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn tab() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether answers can be kept: some browsers hand out a storage that throws on every write.
pub fn available() -> bool {
    match storage() {
        Some(s) => {
            let ok = s.set_item("coproductiecheck.probe", "1").is_ok();
            let _ = s.remove_item("coproductiecheck.probe");
            ok
        }
        None => false,
    }
}

fn get(store: Option<web_sys::Storage>, key: &str) -> Option<String> {
    store?.get_item(key).ok().flatten()
}

fn set(store: Option<web_sys::Storage>, key: &str, value: &str) {
    if let Some(s) = store {
        let _ = s.set_item(key, value);
    }
}

fn remove(store: Option<web_sys::Storage>, key: &str) {
    if let Some(s) = store {
        let _ = s.remove_item(key);
    }
}

/// The stored share code of the answers in progress: this tab's own, else the one saved last.
pub fn load_answers() -> Option<String> {
    get(tab(), ANSWERS).or_else(|| get(storage(), ANSWERS))
}

pub fn save_answers(code: &str) {
    set(tab(), ANSWERS, code);
    set(storage(), ANSWERS, code);
}

/// No answers (any more). Should the shared key hold another tab's plan, that tab hears of it
/// through the `storage` event and can keep its own (static/later.js).
pub fn clear_answers() {
    remove(tab(), ANSWERS);
    remove(storage(), ANSWERS);
}

pub fn load_lang() -> Option<String> {
    get(storage(), LANG)
}

pub fn save_lang(code: &str) {
    set(storage(), LANG, code);
}

/// The share codes "Wis mijn antwoorden" would remove: this tab's, and the one stored last.
pub fn stored_codes() -> (Option<String>, Option<String>) {
    super::after_paint::flush();
    (get(tab(), ANSWERS), get(storage(), ANSWERS))
}

/// "Wis mijn antwoorden": everything this app stored (the app asks first: `model::forget`).
pub fn clear_all() {
    // A save still waiting for the frame would bring the answers back.
    super::after_paint::flush();
    clear_answers();
    remove(storage(), LANG);
}

/// A notice for the start page, handed from the sheet's entry to the check's (this tab only).
pub fn save_notice(code: &str) {
    set(tab(), NOTICE, code);
}

/// The notice [`save_notice`] left, once.
pub fn take_notice() -> Option<String> {
    let code = get(tab(), NOTICE)?;
    remove(tab(), NOTICE);
    Some(code)
}

/// The forms typed in on papier.html, as a group code: in this tab only, so a visit to a form's
/// sheet and back keeps them, and closing the tab ends them (the page asks first).
const PAPER_FORMS_KEY: &str = "coproductiecheck.paper";

pub fn load_paper_forms() -> Option<String> {
    get(tab(), PAPER_FORMS_KEY)
}

pub fn save_paper_forms(code: Option<&str>) {
    match code {
        Some(c) => set(tab(), PAPER_FORMS_KEY, c),
        None => remove(tab(), PAPER_FORMS_KEY),
    }
}
