//! The profile page's state ("Gemeenteprofiel", stukken.html#gemeente): the [`Form`], and what
//! the last file read said (the one beside the page, or one the webmaster chose). Changed only
//! by [`Action`]s through [`Page::apply`], like the check's `State::apply`; and what the page
//! says about a file read, field by field.

use crate::i18n::{self, CText};
use crate::model::lang::Lang;

use super::form::{Form, Kind};
use super::{Checked, Problem};

/// What a file said when it was read: beside the page, or chosen. `None`: nothing to read, or
/// a chosen file that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    Here(Option<Checked>),
    Chosen(Option<Checked>),
}

/// The form, and the last file read (`None` before the file beside the page has been looked for).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub form: Form,
    pub read: Option<Read>,
}

#[derive(Clone, Debug)]
pub enum Action {
    /// A file was read: what it holds goes into the form. (Boxed: a profile is large beside a
    /// keystroke.)
    Read(Box<Read>),
    /// A field typed in (its path in the file, its text).
    Input(&'static str, String),
}

impl Page {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Read(read) => {
                if let Read::Here(Some(c)) | Read::Chosen(Some(c)) = &*read {
                    self.form = Form::from_profile(&c.profile);
                }
                self.read = Some(*read);
            }
            Action::Input(path, value) => self.form.set(path, value),
        }
    }
}

/// What the page says about the file read.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// Nothing read yet.
    Nothing,
    /// No file beside the page, or one that says nothing.
    Empty,
    /// The chosen file could not be read.
    Failed,
    /// The file passed: `ok` says so; `heading` names which file.
    Fine { heading: CText, ok: CText },
    /// What was ignored and why: each field's path (or "the whole file") and the reason.
    Problems {
        heading: CText,
        intro: CText,
        items: Vec<(String, String)>,
    },
}

/// What to say about `read`.
pub fn said(read: Option<&Read>, lang: Lang) -> Said {
    let (checked, heading, ok, intro) = match read {
        None => return Said::Nothing,
        Some(Read::Here(None)) => return Said::Empty,
        Some(Read::Chosen(None)) => return Said::Failed,
        Some(Read::Here(Some(c))) => (c, i18n::GP_HERE, i18n::GP_HERE_OK, i18n::GP_HERE_PROBLEMS),
        Some(Read::Chosen(Some(c))) => (c, i18n::GP_LOAD, i18n::GP_LOAD_OK, i18n::GP_LOAD_PROBLEMS),
    };
    if checked.problems.is_empty() && checked.profile == Default::default() {
        return Said::Empty;
    }
    if checked.problems.is_empty() {
        return Said::Fine { heading, ok };
    }
    let items = checked
        .problems
        .iter()
        .map(|p| {
            let field = if p.field.is_empty() {
                i18n::GP_WHOLE_FILE.get(lang).to_string()
            } else {
                p.field.clone()
            };
            (field, p.reason.message(lang))
        })
        .collect();
    Said::Problems {
        heading,
        intro,
        items,
    }
}

/// The id of a field's control: "gp-contact-email".
pub fn field_id(path: &str) -> String {
    let mut id = String::from("gp-");
    id.extend(path.chars().map(|c| if c == '.' { '-' } else { c }));
    id
}

/// Why the check would ignore the field at `path`, if it would.
pub fn field_error(problems: &[Problem], path: &str, lang: Lang) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field == path)
        .map(|p| p.reason.message(lang))
}

/// A text field's `type`, `inputmode` and class, by what it holds.
pub fn input_of(kind: Kind) -> (&'static str, Option<&'static str>, &'static str) {
    match kind {
        Kind::Email => ("email", None, "input"),
        Kind::Phone => ("tel", None, "input"),
        Kind::Link => ("url", None, "input"),
        Kind::Number => ("text", Some("numeric"), "input input--short"),
        _ => ("text", None, "input"),
    }
}
