//! Reads the municipality's profile, `gemeente.json` beside the page, with the browser's own
//! JSON parser: the app carries no JSON library. The tree is checked in `model::profile`.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::model::profile::json::{Json, MAX_DEPTH};
use crate::model::profile::{self, Checked};

/// A parsed value as a plain tree; nothing deeper than a profile can be.
fn walk(v: &JsValue, depth: usize) -> Json {
    if depth > MAX_DEPTH {
        Json::Null
    } else if let Some(b) = v.as_bool() {
        Json::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Json::Num(n)
    } else if let Some(s) = v.as_string() {
        Json::Str(s)
    } else if Array::is_array(v) {
        Json::Arr(Array::from(v).iter().map(|x| walk(&x, depth + 1)).collect())
    } else if v.is_object() {
        Json::Obj(
            Object::entries(v.unchecked_ref())
                .iter()
                .filter_map(|e| {
                    let e = Array::from(&e);
                    Some((e.get(0).as_string()?, walk(&e.get(1), depth + 1)))
                })
                .collect(),
        )
    } else {
        Json::Null
    }
}

/// `JSON.parse`, as a tree; `None` when the text is not JSON.
pub fn parse(text: &str) -> Option<Json> {
    JSON::parse(text).ok().map(|v| walk(&v, 0))
}

/// Reads a profile's text, as the check does.
pub fn read(text: &str) -> Checked {
    profile::read(text, parse)
}

/// Calls `done` with the profile beside the page, or `None` when there is none to read (the
/// single file opened from disk has no folder to look in).
pub fn load(done: impl FnOnce(Option<Checked>) + 'static) {
    let from_disk = web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:");
    if from_disk {
        done(None);
        return;
    }
    super::fetch::text(profile::FILE.into(), move |body| {
        done(body.map(|t| read(&t)))
    });
}
