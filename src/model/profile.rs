//! The municipality's own profile: `gemeente.json` beside `index.html`, made on the profile page
//! ("Gemeenteprofiel") and read by the sheet and the paperwork, so the check names the
//! municipality, its desks, its participatieverordening and its right-to-challenge route.
//!
//! Format, version 1 (the public format; the README documents it):
//! `version` (1), `name`, `contact`, `initiatives`, `council` (each `{text, email, phone, url}`),
//! `bylaw {title, url}`, `challenge {present, weeks, steps {nl, en}}`. Every field is optional.
//!
//! The file is written by a webmaster, not by us, so it is untrusted: [`check`] takes each field
//! on its own and ignores one that does not pass, with a [`Problem`] saying why (shown on the
//! profile page, never to a resident). Texts are bounded and kept as text (markup is shown, not
//! run); links are only `https:`, `mailto:` and `tel:`. A file that is too big, not JSON, or of
//! another version is ignored as a whole: the check then works as without a profile.

pub mod form;
pub mod json;
pub mod notes;
pub mod page;

use json::{quote, Json};

use crate::i18n::{self, fill};

use super::lang::Lang;

/// The file's name, beside `index.html`.
pub const FILE: &str = "gemeente.json";
/// A larger file is not read at all.
pub const MAX_BYTES: usize = 32 * 1024;
pub const MAX_NAME: usize = 80;
/// A contact's words and the bylaw's title.
pub const MAX_TEXT: usize = 200;
pub const MAX_STEPS: usize = 2000;
pub const MAX_LINK: usize = 500;
pub const MAX_EMAIL: usize = 254;
pub const MAX_PHONE: usize = 30;
/// How long a right-to-challenge assessment may say it takes, at most (two years).
pub const MAX_WEEKS: u32 = 104;

/// Where to reach a desk of the municipality. Every part is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    /// Who or what, in words: "Team Participatie", "de griffie".
    pub text: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A web page or form: `https:`, `mailto:` or `tel:`.
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.text.is_none() && self.email.is_none() && self.phone.is_none() && self.url.is_none()
    }

    /// The `tel:` link of the phone number: its digits and a leading `+`.
    pub fn phone_href(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        let mut href = String::from("tel:");
        href.extend(
            phone
                .chars()
                .enumerate()
                .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
                .map(|(_, c)| c),
        );
        Some(href)
    }
}

/// The participatieverordening.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bylaw {
    pub title: Option<String>,
    pub url: Option<String>,
}

/// The right to challenge (uitdaagrecht) as the bylaw arranges it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Challenge {
    /// Whether the bylaw has one; `None`: the profile does not say.
    pub present: Option<bool>,
    /// How many weeks the municipality takes to assess a request.
    pub weeks: Option<u32>,
    /// The steps, in words, per language (a line each).
    pub steps_nl: Option<String>,
    pub steps_en: Option<String>,
}

impl Challenge {
    pub fn steps(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nl => self.steps_nl.as_deref(),
            Lang::En => self.steps_en.as_deref(),
        }
    }
}

/// What a profile says. `Profile::default()` says nothing: the generic check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub name: Option<String>,
    /// For residents.
    pub contact: Contact,
    /// For residents with an initiative of their own.
    pub initiatives: Contact,
    /// The griffie: what the council decides, and when.
    pub council: Contact,
    pub bylaw: Bylaw,
    pub challenge: Challenge,
}

/// Why a file or a field was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The file is over [`MAX_BYTES`].
    TooBig,
    NotJson,
    /// JSON, but not an object `{...}`.
    NotObject,
    NoVersion,
    UnknownVersion,
    NotText,
    NotNumber,
    NotYesNo,
    /// A group of fields (`{...}`) was expected.
    NotGroup,
    Empty,
    /// Longer than this many characters.
    TooLong(usize),
    /// Control characters or characters that reverse the reading direction.
    Control,
    /// Not an `https:`, `mailto:` or `tel:` link.
    Link,
    Email,
    Phone,
    Weeks,
    /// A field version 1 does not have (a typing error?).
    Unknown,
}

impl Reason {
    pub fn message(self, lang: Lang) -> String {
        let t = match self {
            Reason::TooBig => i18n::GP_R_TOO_BIG,
            Reason::NotJson => i18n::GP_R_NOT_JSON,
            Reason::NotObject => i18n::GP_R_NOT_OBJECT,
            Reason::NoVersion => i18n::GP_R_NO_VERSION,
            Reason::UnknownVersion => i18n::GP_R_UNKNOWN_VERSION,
            Reason::NotText => i18n::GP_R_NOT_TEXT,
            Reason::NotNumber => i18n::GP_R_NOT_NUMBER,
            Reason::NotYesNo => i18n::GP_R_NOT_YES_NO,
            Reason::NotGroup => i18n::GP_R_NOT_GROUP,
            Reason::Empty => i18n::GP_R_EMPTY,
            Reason::TooLong(n) => {
                return fill(i18n::GP_R_TOO_LONG.get(lang), &[&n.to_string()]);
            }
            Reason::Control => i18n::GP_R_CONTROL,
            Reason::Link => i18n::GP_R_LINK,
            Reason::Email => i18n::GP_R_EMAIL,
            Reason::Phone => i18n::GP_R_PHONE,
            Reason::Weeks => {
                return fill(i18n::GP_R_WEEKS.get(lang), &[&MAX_WEEKS.to_string()]);
            }
            Reason::Unknown => i18n::GP_R_UNKNOWN,
        };
        t.get(lang).to_string()
    }

    /// Whether the whole file is ignored for this reason.
    pub fn is_fatal(self) -> bool {
        matches!(
            self,
            Reason::TooBig
                | Reason::NotJson
                | Reason::NotObject
                | Reason::NoVersion
                | Reason::UnknownVersion
        )
    }
}

/// A field that was ignored, by its path in the file (`contact.email`); `""` for the whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub reason: Reason,
}

/// A file read: what it says, and what was ignored and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    pub profile: Profile,
    pub problems: Vec<Problem>,
}

impl Checked {
    fn ignored(reason: Reason) -> Checked {
        Checked {
            profile: Profile::default(),
            problems: vec![Problem {
                field: String::new(),
                reason,
            }],
        }
    }
}

/// Reads a file's text with `parse` (the browser's `JSON.parse`, or [`json::parse`] natively):
/// too big or not JSON, and nothing of it is taken.
pub fn read(text: &str, parse: impl FnOnce(&str) -> Option<Json>) -> Checked {
    if text.len() > MAX_BYTES {
        return Checked::ignored(Reason::TooBig);
    }
    match parse(text) {
        Some(tree) => check(&tree),
        None => Checked::ignored(Reason::NotJson),
    }
}

/// Takes what passes from a parsed file, field by field.
pub fn check(tree: &Json) -> Checked {
    let Json::Obj(members) = tree else {
        return Checked::ignored(Reason::NotObject);
    };
    match tree.get("version") {
        None => return Checked::ignored(Reason::NoVersion),
        Some(Json::Num(v)) if *v == 1.0 => {}
        Some(_) => return Checked::ignored(Reason::UnknownVersion),
    }
    let mut c = Checker::default();
    let mut p = Profile::default();
    for (key, value) in members {
        match key.as_str() {
            "version" => {}
            "name" => p.name = c.text(key, value, MAX_NAME, false),
            "contact" => p.contact = c.contact(key, value),
            "initiatives" => p.initiatives = c.contact(key, value),
            "council" => p.council = c.contact(key, value),
            "bylaw" => {
                if let Some(members) = c.group(key, value) {
                    for (k, v) in members {
                        let path = c.path(key, k);
                        match k.as_str() {
                            "title" => p.bylaw.title = c.text(&path, v, MAX_TEXT, false),
                            "url" => p.bylaw.url = c.link(&path, v),
                            _ => c.fail(&path, Reason::Unknown),
                        }
                    }
                }
            }
            "challenge" => {
                if let Some(members) = c.group(key, value) {
                    for (k, v) in members {
                        let path = c.path(key, k);
                        match k.as_str() {
                            "present" => match v {
                                Json::Bool(b) => p.challenge.present = Some(*b),
                                _ => c.fail(&path, Reason::NotYesNo),
                            },
                            "weeks" => p.challenge.weeks = c.weeks(&path, v),
                            "steps" => {
                                if let Some(steps) = c.group(&path, v) {
                                    for (l, s) in steps {
                                        let at = c.path(&path, l);
                                        match l.as_str() {
                                            "nl" => {
                                                p.challenge.steps_nl =
                                                    c.text(&at, s, MAX_STEPS, true)
                                            }
                                            "en" => {
                                                p.challenge.steps_en =
                                                    c.text(&at, s, MAX_STEPS, true)
                                            }
                                            _ => c.fail(&at, Reason::Unknown),
                                        }
                                    }
                                }
                            }
                            _ => c.fail(&path, Reason::Unknown),
                        }
                    }
                }
            }
            _ => c.fail(key, Reason::Unknown),
        }
    }
    Checked {
        profile: p,
        problems: c.problems,
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, field: &str, reason: Reason) {
        self.problems.push(Problem {
            field: field.chars().take(MAX_NAME).collect(),
            reason,
        });
    }

    fn path(&self, parent: &str, key: &str) -> String {
        let mut p = String::from(parent);
        p.push('.');
        p.push_str(key);
        p
    }

    fn group<'a>(&mut self, field: &str, value: &'a Json) -> Option<&'a [(String, Json)]> {
        match value {
            Json::Obj(members) => Some(members),
            _ => {
                self.fail(field, Reason::NotGroup);
                None
            }
        }
    }

    fn take<T>(&mut self, field: &str, r: Result<T, Reason>) -> Option<T> {
        r.map_err(|e| self.fail(field, e)).ok()
    }

    fn text(&mut self, field: &str, value: &Json, max: usize, lines: bool) -> Option<String> {
        let r = match value {
            Json::Str(s) => clean(s, max, lines),
            _ => Err(Reason::NotText),
        };
        self.take(field, r)
    }

    fn link(&mut self, field: &str, value: &Json) -> Option<String> {
        let r = match value {
            Json::Str(s) => clean(s, MAX_LINK, false).and_then(|s| link(&s).map(|_| s)),
            _ => Err(Reason::NotText),
        };
        self.take(field, r)
    }

    fn weeks(&mut self, field: &str, value: &Json) -> Option<u32> {
        let r = match value {
            Json::Num(n) if n.fract() == 0.0 && (1.0..=f64::from(MAX_WEEKS)).contains(n) => {
                Ok(*n as u32)
            }
            Json::Num(_) => Err(Reason::Weeks),
            _ => Err(Reason::NotNumber),
        };
        self.take(field, r)
    }

    fn contact(&mut self, key: &str, value: &Json) -> Contact {
        let mut contact = Contact::default();
        let Some(members) = self.group(key, value) else {
            return contact;
        };
        for (k, v) in members {
            let path = self.path(key, k);
            match k.as_str() {
                "text" => contact.text = self.text(&path, v, MAX_TEXT, false),
                "email" => {
                    let r = match v {
                        Json::Str(s) => clean(s, MAX_EMAIL, false).and_then(email),
                        _ => Err(Reason::NotText),
                    };
                    contact.email = self.take(&path, r);
                }
                "phone" => {
                    let r = match v {
                        Json::Str(s) => clean(s, MAX_PHONE, false).and_then(phone),
                        _ => Err(Reason::NotText),
                    };
                    contact.phone = self.take(&path, r);
                }
                "url" => contact.url = self.link(&path, v),
                _ => self.fail(&path, Reason::Unknown),
            }
        }
        contact
    }
}

/// Characters that would let a text pose as something else: controls (a line break only where
/// `lines`), and those that reverse the reading direction or hide.
fn suspicious(c: char, lines: bool) -> bool {
    (c.is_control() && !(lines && c == '\n'))
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// A text trimmed and checked: not empty, at most `max` characters, nothing suspicious.
/// Markup is allowed: it is always shown as text.
pub fn clean(s: &str, max: usize, lines: bool) -> Result<String, Reason> {
    let s = s.trim();
    // A Windows line end counts as one (a char pattern: a `&str` one pulls a large searcher in).
    let s = if lines {
        s.replace('\r', "")
    } else {
        s.to_string()
    };
    if s.is_empty() {
        Err(Reason::Empty)
    } else if s.chars().count() > max {
        Err(Reason::TooLong(max))
    } else if s.chars().any(|c| suspicious(c, lines)) {
        Err(Reason::Control)
    } else {
        Ok(s)
    }
}

/// A link the check may show: `https://` and a host, `mailto:` an address, `tel:` a number;
/// no spaces or quotes anywhere.
pub fn link(s: &str) -> Result<(), Reason> {
    if s.chars()
        .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'))
    {
        return Err(Reason::Link);
    }
    let lower = s.to_ascii_lowercase();
    let ok = if let Some(rest) = lower.strip_prefix("https://") {
        rest.split(['/', '?', '#'])
            .next()
            .is_some_and(|host| !host.is_empty() && !host.starts_with(['.', '@', ':']))
    } else if let Some(rest) = lower.strip_prefix("mailto:") {
        email(rest.split('?').next().unwrap_or("").to_string()).is_ok()
    } else if let Some(rest) = lower.strip_prefix("tel:") {
        phone(rest.to_string()).is_ok()
    } else {
        false
    };
    if ok {
        Ok(())
    } else {
        Err(Reason::Link)
    }
}

/// An e-mail address: something, one `@`, a domain with a dot; no spaces, quotes or brackets.
fn email(s: String) -> Result<String, Reason> {
    let ok = match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !s.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || matches!(
                            c,
                            '"' | '<'
                                | '>'
                                | '('
                                | ')'
                                | ','
                                | ';'
                                | ':'
                                | '\\'
                                | '['
                                | ']'
                                | '?'
                                | '&'
                                | '/'
                        )
                })
        }
        None => false,
    };
    if ok {
        Ok(s)
    } else {
        Err(Reason::Email)
    }
}

/// A phone number: digits, spaces, `-`, `(`, `)`, `.` and one leading `+`; 3 to 15 digits.
fn phone(s: String) -> Result<String, Reason> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let ok = (3..=15).contains(&digits)
        && s.chars().enumerate().all(|(i, c)| {
            c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.') || (c == '+' && i == 0)
        });
    if ok {
        Ok(s)
    } else {
        Err(Reason::Phone)
    }
}

/// The profile as a `gemeente.json` of version 1: only the fields it has, two spaces indented.
pub fn to_json(p: &Profile) -> String {
    let mut w = Writer {
        out: String::from("{\n  \"version\": 1"),
    };
    w.text(1, "name", &p.name);
    for (key, c) in [
        ("contact", &p.contact),
        ("initiatives", &p.initiatives),
        ("council", &p.council),
    ] {
        if !c.is_empty() {
            w.open(1, key);
            w.text(2, "text", &c.text);
            w.text(2, "email", &c.email);
            w.text(2, "phone", &c.phone);
            w.text(2, "url", &c.url);
            w.close(1);
        }
    }
    if p.bylaw != Bylaw::default() {
        w.open(1, "bylaw");
        w.text(2, "title", &p.bylaw.title);
        w.text(2, "url", &p.bylaw.url);
        w.close(1);
    }
    let ch = &p.challenge;
    if *ch != Challenge::default() {
        w.open(1, "challenge");
        if let Some(b) = ch.present {
            w.key(2, "present");
            w.out.push_str(if b { "true" } else { "false" });
        }
        if let Some(n) = ch.weeks {
            w.key(2, "weeks");
            w.out.push_str(&n.to_string());
        }
        if ch.steps_nl.is_some() || ch.steps_en.is_some() {
            w.open(2, "steps");
            w.text(3, "nl", &ch.steps_nl);
            w.text(3, "en", &ch.steps_en);
            w.close(2);
        }
        w.close(1);
    }
    w.out.push_str("\n}\n");
    w.out
}

struct Writer {
    out: String,
}

impl Writer {
    /// A member's key on a new line; a comma before it unless it opens a group.
    fn key(&mut self, depth: usize, key: &str) {
        if !self.out.ends_with('{') {
            self.out.push(',');
        }
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(&quote(key));
        self.out.push_str(": ");
    }

    fn text(&mut self, depth: usize, key: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.key(depth, key);
            self.out.push_str(&quote(v));
        }
    }

    fn open(&mut self, depth: usize, key: &str) {
        self.key(depth, key);
        self.out.push('{');
    }

    fn close(&mut self, depth: usize) {
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push('}');
    }
}
