//! A script beside the app whose words come from the catalogue (the embed page's `insluiten.js`,
//! `later.js`): its template in `static/` names a string as `T.NAME` and holds the marker
//! `/*TEXTS*/{}` once, which the build replaces with the strings it names, in both languages.

use std::collections::BTreeSet;

use super::check::{Error, Place};
use super::schema::Content;

/// What the build puts in place of the marker. Alone, the template reads `{}`.
pub const MARKER: &str = "/*TEXTS*/{}";

/// Every `T.NAME` in `js`, in the order met; not inside a longer name such as `AT.X`.
pub fn uses(js: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(i) = js[at..].find("T.") {
        let start = at + i;
        let before = js[..start].chars().next_back();
        let name_at = start + 2;
        let len = js[name_at..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(js.len() - name_at);
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') && len > 0 {
            found.push(&js[name_at..name_at + len]);
        }
        at = name_at;
    }
    found
}

/// How often `js` holds the marker; it must be once.
pub fn markers(js: &str) -> usize {
    js.matches(MARKER).count()
}

/// The errors every such script shares: a string of its catalogue section (`[later]`,
/// `[embed]`) that `used` lacks (`unused` says where it should have been), and a marker in `file`
/// missing or there twice.
pub fn check_section<'a>(
    section: &str,
    names: impl Iterator<Item = &'a String>,
    used: &BTreeSet<&str>,
    unused: &str,
    file: &'static str,
    js: &str,
) -> Vec<Error> {
    let at = Place::file("interface.toml");
    let mut errors: Vec<Error> = names
        .filter(|name| !used.contains(name.as_str()))
        .map(|name| at.then(format!("[{section}] {name}")).error(unused))
        .collect();
    let markers = markers(js);
    if markers != 1 {
        errors.push(Place::file(file).error(format!(
            "holds the marker {MARKER} {markers} times; it must be there once"
        )));
    }
    errors
}

/// The script as served: a first line that says where it comes from, then `js` with the marker
/// replaced by the strings `used` names, `{ nl: {...}, en: {...} }`. Only for names the
/// catalogue holds (checked before).
pub fn fill(c: &Content, template: &str, js: &str, used: &BTreeSet<&str>) -> String {
    let mut texts = String::from("{");
    for (n, lang) in ["nl", "en"].into_iter().enumerate() {
        if n > 0 {
            texts.push(',');
        }
        texts.push_str(&format!("\n    {lang}: {{"));
        for (i, name) in used.iter().enumerate() {
            let t = c.interface.get(name).expect("checked: every name is known");
            let v = if lang == "nl" { &t.nl } else { &t.en };
            let sep = if i == 0 { "" } else { "," };
            texts.push_str(&format!("{sep}\n      {name}: {}", js_string(v)));
        }
        texts.push_str("\n    }");
    }
    texts.push_str("\n  }");
    format!(
        "// Written by build.rs from {template} and content/interface.toml. Do not edit.\n{}",
        js.replacen(MARKER, &texts, 1)
    )
}

/// A JS string literal in double quotes.
fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Line and paragraph separators end a line in older JS.
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
