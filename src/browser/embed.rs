//! Embedded in a municipality's page: the theme from the URL, and the height posted to the
//! parent page. Nothing is ever read from the parent.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Sets the theme's custom properties on `<html>`. Through the CSSOM, which a strict CSP allows
/// (it forbids `style` attributes in markup, not this).
pub fn apply_theme(properties: &[(&'static str, String)]) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    for (name, value) in properties {
        let _ = root.style().set_property(name, value);
    }
}

/// Marks the page as embedded (transparent background, no header) and posts its height to the
/// parent page whenever it changes.
pub fn start_embedded() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().add_1("embed");
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let measure = body.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"coproductiecheck:height".into());
        let height = measure.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        // The height is no secret: any page that embeds the check may know it.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // For the page's whole life.
        std::mem::forget(observer);
    }
    post.forget();
}
