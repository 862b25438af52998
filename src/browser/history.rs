//! Hash routing: browser back and forward move between pages.

use gloo_events::EventListener;

use crate::model::links::Entry;
use crate::model::Lang;

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `hash` with a new history entry, once the new page is painted
/// ([`super::after_paint`]). `pushState` fires no `hashchange`: the caller updates its own
/// route. Back and forward do fire it, and the listener follows them.
pub fn push(hash: &str) {
    later(true, hash);
}

/// Swaps the current entry for `hash` without a new history entry (redirects), once the page is
/// painted. This fires no `hashchange`: the caller updates its own route.
pub fn replace(hash: &str) {
    later(false, hash);
}

fn write(push: bool, hash: &str) {
    let Some(h) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = Some(hash);
    let _ = if !push {
        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
    } else if current_hash() != hash {
        h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
    } else {
        Ok(())
    };
}

fn later(push: bool, hash: &str) {
    let hash = hash.to_string();
    super::after_paint::run(move || write(push, &hash));
}

/// Makes the history writes still waiting (and whatever else waits for the frame); whatever
/// reads the address for more than the route calls it first.
pub fn flush() {
    super::after_paint::flush();
}

/// Calls `f` with the hash whenever the browser changes it: back, forward, a typed address or
/// a link. `popstate` covers entries made by `push`, `hashchange` the rest; the route is the same
/// either way, so hearing both is harmless. The listeners go away when dropped.
pub fn on_change(f: impl Fn(String) + 'static) -> Option<[EventListener; 2]> {
    let w = web_sys::window()?;
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    Some([
        EventListener::new(&w, "hashchange", move |_| f(current_hash())),
        EventListener::new(&w, "popstate", move |_| g(current_hash())),
    ])
}

/// Tells the scripts beside the app (static/later.js) that a new page is shown: marks on
/// `<html data-between>` whether it is between checks (the start page, the advice, "over") rather
/// than inside one, where a script that loads later reads it, and then fires
/// `coproductiecheck:route` on the window. later.js shows "a new version" only between checks;
/// it listens for this instead of reading the app's routes.
pub fn announce_page(between: bool) {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Some(el) = w.document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("data-between", if between { "true" } else { "false" });
    }
    if let Ok(event) = web_sys::Event::new("coproductiecheck:route") {
        let _ = w.dispatch_event(&event);
    }
}

/// The query string's value for `name` (the part before `#`), e.g. `?lang=en`.
pub fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Continues at another entry of the app beside this one (another HTML file in the same folder),
/// with the same query (embed and theme settings) and hash, replacing this history entry.
pub fn go_to_entry(entry: Entry) {
    flush();
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    // The query keeps the language: the file is the same for both but the statement's.
    let mut url = String::from(entry.file(Lang::Nl));
    url.push_str(&loc.search().unwrap_or_default());
    url.push_str(&current_hash());
    let _ = loc.replace(&url);
}
