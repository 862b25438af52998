//! Fetches a file that sits beside the app (the questionnaire's texts), as text.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn get(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Calls `done` with the file's text, or `None` when it could not be loaded.
pub fn text(url: String, done: impl FnOnce(Option<String>) + 'static) {
    // Boxed, so that every caller shares one future rather than each getting its own copy.
    load(url, Box::new(done));
}

fn load(url: String, done: Box<dyn FnOnce(Option<String>)>) {
    wasm_bindgen_futures::spawn_local(async move { done(get(&url).await) });
}
