//! A panic must never leave a blank page. The release wasm aborts at once on a panic (no hook
//! runs: Makefile, `panic=immediate-abort`), so the page's boot script does the rest when the trap
//! reaches it (static/crash.js): it shows the static message in `#crash`, whose link reopens the
//! answers this module last remembered.

/// Remembers the hash that would reopen the current answers, on the crash message's link, where
/// static/crash.js reads it: after a trap the wasm can no longer be asked.
pub fn remember_link(hash: &str) {
    if let Some(link) = super::dom::element("crash-link") {
        let _ = link.set_attribute("data-hash", hash);
    }
}

/// Development and test builds still run a hook before their trap: the panic's message in the
/// console, which the release build has left out of the wasm.
pub fn install() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
