//! A panic must never leave a blank page: show the static message from `index.html`, with a link
//! that reopens the answers given so far.

use std::cell::RefCell;

thread_local! {
    static LAST_LINK: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Remembers the hash that would reopen the current answers, for the panic message.
pub fn remember_link(hash: &str) {
    LAST_LINK.with(|l| {
        let mut l = l.borrow_mut();
        l.clear();
        l.push_str(hash);
    });
}

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        // The payload only: formatting the whole report would add kilobytes to the wasm.
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .unwrap_or("panic");
        web_sys::console::error_1(&message.into());
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(link) = doc.get_element_by_id("crash-link") {
            let hash = LAST_LINK.with(|l| l.borrow().clone());
            // A new query string makes the browser load the page afresh: the wasm is dead now.
            let loc = doc.location();
            let path = loc
                .as_ref()
                .and_then(|l| l.pathname().ok())
                .unwrap_or_default();
            let search = loc
                .as_ref()
                .and_then(|l| l.search().ok())
                .unwrap_or_default();
            let mut href = path;
            href.push_str(if search.is_empty() { "?" } else { &search });
            href.push_str(if search.is_empty() { "" } else { "&" });
            href.push_str("herstart=1");
            href.push_str(&hash);
            let _ = link.set_attribute("href", &href);
        }
        if let Some(app) = doc.get_element_by_id("app") {
            let _ = app.set_attribute("hidden", "");
        }
        if let Some(crash) = doc.get_element_by_id("crash") {
            let _ = crash.remove_attribute("hidden");
        }
    }));
}
