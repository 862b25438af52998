//! Small document helpers: title, language, focus, today's date.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Keeps `<html lang>` in step with the language shown, for screen readers and translation tools.
pub fn set_lang(code: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
}

/// Moves focus to an element by id, so a screen reader starts reading at the new page or error.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Today's date written out in the given language, e.g. "23 november 2026".
pub fn today(lang_code: &str) -> String {
    let date = js_sys::Date::new_0();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string(lang_code, &opts).into()
}

/// Removes the static start text that `index.html` shows before the app has loaded.
pub fn remove_static_shell() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("shell")) {
        el.remove();
    }
}

/// Whether this page was opened from another page of this site (the check handing over to the
/// sheet), rather than from a link elsewhere or a bookmark.
pub fn came_from_this_site() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let origin = w.location().origin().unwrap_or_default();
    let referrer = w.document().map(|d| d.referrer()).unwrap_or_default();
    !origin.is_empty() && referrer.starts_with(&origin)
}
