//! The embed page ("Insluiten op uw website"): plain HTML and JS beside the app, so this tool for
//! web administrators adds nothing to the wasm. Its words come from the catalogue all the same:
//! its two files in `static/` are templates that name strings of `content/interface.toml`, and
//! the build writes the pages with the strings filled in.
//!
//! - In [`HTML`], `{{NAME}}` becomes the Dutch text (the page's own language) and `{{NAME:en}}`
//!   the English. `data-t="NAME"` (and `data-t-title`, `data-t-label`, `data-t-content` for an
//!   attribute) tells the script which text to put there when the page is opened with `?lang=en`.
//! - In [`JS`], the marker `/*TEXTS*/{}` becomes the strings the page names, in both languages,
//!   and the script names a string as `T.NAME` (`script.rs`).
//!
//! Every name must be in the catalogue, and every `[embed]` string must be used.

use std::collections::BTreeSet;

use super::check::{Error, Place};
use super::schema::Content;
use super::script;

pub const HTML: &str = "static/insluiten.html";
pub const JS: &str = "static/insluiten.js";

/// A name as the templates use it: where, and whether the English is meant.
struct Use<'a> {
    file: &'static str,
    name: &'a str,
}

/// Every name the templates use, in the order met.
fn uses<'a>(html: &'a str, js: &'a str) -> Vec<Use<'a>> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else { break };
        let name = &after[..j];
        found.push(Use {
            file: HTML,
            name: name.strip_suffix(":en").unwrap_or(name),
        });
        rest = &after[j + 2..];
    }
    // `data-t="NAME"`, `data-t-title="NAME"`, ...
    let mut rest = html;
    while let Some(i) = rest.find("data-t") {
        let after = &rest[i + 6..];
        let attr = after.find("=\"").filter(|&k| {
            let between = &after[..k];
            between.is_empty()
                || between
                    .strip_prefix('-')
                    .is_some_and(|a| !a.is_empty() && a.chars().all(|c| c.is_ascii_lowercase()))
        });
        let Some(k) = attr else {
            rest = after;
            continue;
        };
        let value = &after[k + 2..];
        let end = value.find('"').unwrap_or(value.len());
        found.push(Use {
            file: HTML,
            name: &value[..end],
        });
        rest = &value[end..];
    }
    found.extend(
        script::uses(js)
            .into_iter()
            .map(|name| Use { file: JS, name }),
    );
    found
}

/// Names every problem: an unknown name in a template, an `[embed]` string no template uses, a
/// marker missing or there twice.
pub fn check(c: &Content, html: &str, js: &str) -> Vec<Error> {
    let mut errors = Vec::new();
    let uses = uses(html, js);
    for u in &uses {
        if c.interface.get(u.name).is_none() {
            let shown = if u.file == HTML {
                format!("{{{{{}}}}} or data-t", u.name)
            } else {
                format!("T.{}", u.name)
            };
            errors.push(
                Place::file(u.file)
                    .error(format!("{shown} names no string of content/interface.toml")),
            );
        }
    }
    let used: BTreeSet<&str> = uses.iter().map(|u| u.name).collect();
    errors.extend(script::check_section(
        "embed",
        c.interface.embed.keys(),
        &used,
        &format!("no part of the embed page uses it ({HTML}, {JS})"),
        JS,
        js,
    ));
    errors
}

/// The two pages as served, by file name. Only content and templates that passed [`check`].
pub fn emit(c: &Content, html: &str, js: &str) -> [(&'static str, String); 2] {
    let text = |name: &str| {
        c.interface
            .get(name)
            .expect("check.rs: every name is known")
    };
    let mut page = String::with_capacity(html.len() + 4096);
    // The template's first comment says how it is used; the page says where it comes from.
    let mut rest = html;
    if let Some((before, after)) = html.split_once("<!--") {
        if let Some((_, after)) = after.split_once("-->") {
            page.push_str(before);
            page.push_str(&format!(
                "<!-- Written by build.rs from {HTML} and content/interface.toml. Do not edit. -->"
            ));
            rest = after;
        }
    }
    while let Some(i) = rest.find("{{") {
        let Some(j) = rest[i..].find("}}").map(|j| j + i) else {
            break;
        };
        let name = &rest[i + 2..j];
        let value = match name.strip_suffix(":en") {
            Some(name) => &text(name).en,
            None => &text(name).nl,
        };
        page.push_str(&rest[..i]);
        page.push_str(&escape_html(value));
        rest = &rest[j + 2..];
    }
    page.push_str(rest);

    // The script puts the page's own strings in English too (`data-t`): all the page names.
    let used: BTreeSet<&str> = uses(html, js).into_iter().map(|u| u.name).collect();
    let script = script::fill(c, JS, js, &used);
    [("insluiten.html", page), ("insluiten.js", script)]
}

/// `s` as the text of an HTML element or a quoted attribute.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
