//! "Over deze check" below its heading, as one piece of HTML per language, written at build time
//! into its own part of the text files: the app fetches it when the page is opened and shows it
//! as it is, so the page adds no view code to the sheet's entry and its words are not in the
//! sheet's part, which the sheet and the paperwork wait for.
//!
//! Its template [`HTML`] names strings of `content/interface.toml` as `{{NAME}}` (in the
//! language being written) and, in lower case, what the build writes from the content:
//! `{{method}}` the paragraphs of `content/method.toml`; `{{knockouts:official}}` (and
//! `:resident`, `:initiative`) the titles of the role's knock-out rules, most important first,
//! as the list items of `Content::knockouts`; `{{sources}}` the sources with their points, as
//! the list items of the sheet's source list; `{{paper}}` the address of the questionnaire on
//! paper. Every text is escaped. The lines are joined with a space (a text file holds one text
//! a line).
//!
//! Every name must be in the catalogue, and every `[about]` string must be used.

use std::collections::BTreeSet;

use super::check::{Error, Place};
use super::embed::escape_html;
use super::schema::{Content, Role, Text};

pub const HTML: &str = "shell/about.html";

/// The strings the build itself names, beside those of the template: the label of each
/// source's points.
const NAMED: [&str; 1] = ["ABOUT_POINTS"];

/// The template without its first comment (which says how it is used), its lines trimmed and
/// joined with a space.
fn body(html: &str) -> String {
    let html = match html.split_once("<!--").zip(html.split_once("-->")) {
        Some(((before, _), (_, after))) => format!("{before}{after}"),
        None => html.to_string(),
    };
    let lines: Vec<&str> = html
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

/// What the template's body names between `{{` and `}}`, in the order met.
fn uses(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else { break };
        found.push(&after[..j]);
        rest = &after[j + 2..];
    }
    found
}

/// The role of `{{knockouts:official}}` and the like.
fn knockouts_of(name: &str) -> Option<Role> {
    let role = name.strip_prefix("knockouts:")?;
    Role::ALL
        .into_iter()
        .find(|r| r.name().eq_ignore_ascii_case(role))
}

/// What the build writes from the content, by the name the template gives it.
fn is_generated(name: &str) -> bool {
    matches!(name, "method" | "sources" | "paper") || knockouts_of(name).is_some()
}

/// Names every problem: a name that is neither a string of the catalogue nor one the build
/// writes, and an `[about]` string the page does not use.
pub fn check(c: &Content, html: &str) -> Vec<Error> {
    let mut errors = Vec::new();
    let html = body(html);
    let names = uses(&html);
    for name in names.iter().copied().chain(NAMED) {
        if !is_generated(name) && c.interface.get(name).is_none() {
            errors.push(Place::file(HTML).error(format!(
                "{{{{{name}}}}} names no string of content/interface.toml"
            )));
        }
    }
    let used: BTreeSet<&str> = names.into_iter().chain(NAMED).collect();
    let at = Place::file("interface.toml");
    errors.extend(
        c.interface
            .about
            .keys()
            .filter(|name| !used.contains(name.as_str()))
            .map(|name| {
                at.then(format!("[about] {name}"))
                    .error(format!("{HTML} does not use it"))
            }),
    );
    errors
}

/// The page in both languages. Only content and a template that passed [`check`].
pub fn emit(c: &Content, html: &str) -> Text {
    Text {
        nl: page(c, html, "nl"),
        en: page(c, html, "en"),
    }
}

fn page(c: &Content, html: &str, lang: &str) -> String {
    let html = body(html);
    let pick = |t: &Text| {
        if lang == "en" {
            t.en.clone()
        } else {
            t.nl.clone()
        }
    };
    let string = |name: &str| {
        let t = c.interface.get(name).expect("check: every name is known");
        escape_html(&pick(t))
    };
    let mut out = String::with_capacity(html.len() + 16 * 1024);
    let mut rest = html.as_str();
    while let Some(i) = rest.find("{{") {
        let Some(j) = rest[i..].find("}}").map(|j| j + i) else {
            break;
        };
        out.push_str(&rest[..i]);
        let name = &rest[i + 2..j];
        match name {
            "method" => {
                for p in &c.method.paragraph {
                    out.push_str(&format!("<p>{}</p>", escape_html(&pick(p))));
                }
            }
            "sources" => out.push_str(&sources(c, &string("ABOUT_POINTS"), &pick)),
            "paper" => out.push_str(if lang == "en" {
                "papier.html?lang=en"
            } else {
                "papier.html"
            }),
            _ => match knockouts_of(name) {
                Some(role) => {
                    for title in knockouts(c, role) {
                        out.push_str(&format!("<li>{}</li>", escape_html(&pick(title))));
                    }
                }
                None => out.push_str(&string(name)),
            },
        }
        rest = &rest[j + 2..];
    }
    out.push_str(rest);
    out
}

/// The titles of the rules that decide the verdict on their own for `role`, most important
/// first (a stable sort, as `Content::knockouts`, against which the tests check the page).
fn knockouts(c: &Content, role: Role) -> Vec<&Text> {
    let mut list: Vec<(u8, &Text)> = c
        .roles()
        .into_iter()
        .flat_map(|(_, file_role, rf)| rf.rule.iter().map(move |r| (file_role, r)))
        .filter(|(file_role, r)| r.knockout && (r.role.is_some() || *file_role == role))
        .map(|(_, r)| (r.priority, &r.title))
        .collect();
    list.sort_by_key(|(priority, _)| *priority);
    list.into_iter().map(|(_, title)| title).collect()
}

/// Each source as the sheet's source list shows it, with its points in a `details`.
fn sources(c: &Content, points_label: &str, pick: &dyn Fn(&Text) -> String) -> String {
    let mut out = String::new();
    for s in &c.sources.source {
        let year = match &s.year {
            toml::Value::String(y) => y.clone(),
            toml::Value::Integer(y) => y.to_string(),
            _ => unreachable!("check.rs accepts only a number or a text"),
        };
        let (title, year) = (escape_html(&s.title), escape_html(&year));
        out.push_str(&format!(
            "<li class=\"sources__item\" id=\"bron-{}\"><p class=\"sources__cite\">",
            escape_html(&s.id)
        ));
        // With no author named, the title takes the author's place (APA).
        if s.authors.is_empty() {
            out.push_str(&format!("<cite>{title}</cite> ({year})."));
        } else {
            out.push_str(&format!(
                "{} ({year}). <cite>{title}</cite>.",
                escape_html(&s.authors)
            ));
        }
        if !s.publisher.is_empty() {
            out.push_str(&format!(" {}.", escape_html(&s.publisher)));
        }
        out.push_str(&format!(
            "</p><p class=\"sources__about\">{}</p>",
            escape_html(&pick(&s.about))
        ));
        out.push_str(&format!(
            "<details class=\"details\"><summary class=\"details__summary\">{points_label}</summary><dl class=\"points\">"
        ));
        let prefix = format!("{}-", s.id);
        for p in c.sources.point.iter().filter(|p| p.id.starts_with(&prefix)) {
            out.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>",
                escape_html(&p.id),
                escape_html(&pick(&p.summary))
            ));
        }
        out.push_str("</dl></details></li>");
    }
    out
}
