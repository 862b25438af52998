//! `later.js`, the script the pages load after the app (the service worker, the manifest, the
//! notices above the page): its template `static/later.js` names its strings as `T.NAME`
//! (`script.rs`), and the build writes `later.js` with them filled in, so its words are in the
//! catalogue beside the app's and checked like them.
//!
//! Every name must be in the catalogue, and every `[later]` string must be used.

use std::collections::BTreeSet;

use super::check::{Error, Place};
use super::schema::Content;
use super::script;

pub const JS: &str = "static/later.js";
/// The file as served: sw.js, the boot scripts and `make single` know it by this name.
pub const NAME: &str = "later.js";

/// Names every problem: an unknown name, a `[later]` string the script does not use, a marker
/// missing or there twice.
pub fn check(c: &Content, js: &str) -> Vec<Error> {
    let mut errors = Vec::new();
    let used: BTreeSet<&str> = script::uses(js).into_iter().collect();
    for name in &used {
        if c.interface.get(name).is_none() {
            errors.push(Place::file(JS).error(format!(
                "T.{name} names no string of content/interface.toml"
            )));
        }
    }
    errors.extend(script::check_section(
        "later",
        c.interface.later.keys(),
        &used,
        &format!("{JS} does not use it"),
        JS,
        js,
    ));
    errors
}

/// The script as served, by file name. Only content and a template that passed [`check`].
pub fn emit(c: &Content, js: &str) -> (&'static str, String) {
    let used: BTreeSet<&str> = script::uses(js).into_iter().collect();
    (NAME, script::fill(c, JS, js, &used))
}
