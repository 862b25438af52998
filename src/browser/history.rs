//! Hash routing: browser back and forward move between pages.

use gloo_events::EventListener;

use crate::model::links::Entry;
use crate::model::Lang;

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `hash` with a new history entry. `pushState` fires no `hashchange`: the caller
/// updates its own route. Back and forward do fire it, and the listener follows them.
pub fn push(hash: &str) {
    later(true, hash);
}

/// Swaps the current entry for `hash` without a new history entry (redirects).
/// This fires no `hashchange`: the caller updates its own route.
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

#[cfg(feature = "questions")]
thread_local! {
    /// History writes not made yet, in order: `(push, hash)`.
    static PENDING: std::cell::RefCell<Vec<(bool, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// In the check's entry, whose steps must each fit in a frame on a slow phone, the writes wait
/// until the new page is painted, in the order they were asked for: `pushState` costs more
/// than rendering the step (it grows with the history's length), and nobody sees the address
/// change within a frame. The other entries, which have no steps, write at once (smaller).
#[cfg(feature = "questions")]
fn later(push: bool, hash: &str) {
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.push((push, hash.to_string()));
        p.len() == 1
    });
    let Some(w) = web_sys::window().filter(|_| first) else {
        return;
    };
    // In the next frame, before it paints; then in a task after it.
    let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let after = wasm_bindgen::closure::Closure::once_into_js(flush);
            let _ = w.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&after));
        }
    });
    // A hidden tab paints no frames: write at once.
    let hidden = w.document().is_none_or(|d| d.hidden());
    if hidden
        || w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&in_frame))
            .is_err()
    {
        flush();
    }
}

#[cfg(not(feature = "questions"))]
fn later(push: bool, hash: &str) {
    write(push, hash);
}

/// Makes the history writes still waiting; whatever reads the address for more than the route
/// calls it first.
pub fn flush() {
    #[cfg(feature = "questions")]
    for (push, hash) in PENDING.with(|p| std::mem::take(&mut *p.borrow_mut())) {
        write(push, &hash);
    }
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
