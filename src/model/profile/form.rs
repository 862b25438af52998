//! The profile page's form ("Gemeenteprofiel"): one text per field of the file, checked by the
//! same rules as the file itself (the form becomes a tree and goes through [`super::check`]),
//! so the page and the check never disagree about what passes. And the preview: how a sheet,
//! the letter and the paragraph read with the profile.

use crate::i18n::{self, CText};
use crate::model::answers::{Answer, Answers};
use crate::model::content::{q, Content, Role};
use crate::model::document::Document;
use crate::model::lang::Lang;
use crate::model::paperwork::letter;
use crate::model::share::Shared;

use super::json::Json;
use super::notes::{self, Note};
use super::{check, Checked, Profile};

/// What a field holds, for its control on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Line,
    Lines,
    Email,
    Phone,
    Link,
    Number,
    /// "", "true" or "false".
    YesNo,
}

/// A field of the form: its path in the file, its kind, its label.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub path: &'static str,
    pub kind: Kind,
    pub label: CText,
}

/// A group of fields, under one heading.
#[derive(Clone, Copy, Debug)]
pub struct Group {
    pub heading: CText,
    pub hint: Option<CText>,
    pub fields: &'static [Field],
}

const fn f(path: &'static str, kind: Kind, label: CText) -> Field {
    Field { path, kind, label }
}

/// Every field of version 1, in the order of the form.
pub const GROUPS: [Group; 6] = [
    Group {
        heading: i18n::GP_G_NAME,
        hint: None,
        fields: &[f("name", Kind::Line, i18n::GP_F_NAME)],
    },
    Group {
        heading: i18n::GP_G_CONTACT,
        hint: Some(i18n::GP_G_CONTACT_HINT),
        fields: &[
            f("contact.text", Kind::Line, i18n::GP_F_TEXT),
            f("contact.email", Kind::Email, i18n::GP_F_EMAIL),
            f("contact.phone", Kind::Phone, i18n::GP_F_PHONE),
            f("contact.url", Kind::Link, i18n::GP_F_URL),
        ],
    },
    Group {
        heading: i18n::GP_G_INITIATIVES,
        hint: Some(i18n::GP_G_INITIATIVES_HINT),
        fields: &[
            f("initiatives.text", Kind::Line, i18n::GP_F_TEXT),
            f("initiatives.email", Kind::Email, i18n::GP_F_EMAIL),
            f("initiatives.phone", Kind::Phone, i18n::GP_F_PHONE),
            f("initiatives.url", Kind::Link, i18n::GP_F_URL),
        ],
    },
    Group {
        heading: i18n::GP_G_COUNCIL,
        hint: Some(i18n::GP_G_COUNCIL_HINT),
        fields: &[
            f("council.text", Kind::Line, i18n::GP_F_TEXT),
            f("council.email", Kind::Email, i18n::GP_F_EMAIL),
            f("council.phone", Kind::Phone, i18n::GP_F_PHONE),
            f("council.url", Kind::Link, i18n::GP_F_URL),
        ],
    },
    Group {
        heading: i18n::GP_G_BYLAW,
        hint: None,
        fields: &[
            f("bylaw.title", Kind::Line, i18n::GP_F_TITLE),
            f("bylaw.url", Kind::Link, i18n::GP_F_URL),
        ],
    },
    Group {
        heading: i18n::GP_G_CHALLENGE,
        hint: None,
        fields: &[
            f("challenge.present", Kind::YesNo, i18n::GP_F_PRESENT),
            f("challenge.weeks", Kind::Number, i18n::GP_F_WEEKS),
            f("challenge.steps.nl", Kind::Lines, i18n::GP_F_STEPS_NL),
            f("challenge.steps.en", Kind::Lines, i18n::GP_F_STEPS_EN),
        ],
    },
];

/// Every field, in order.
pub fn fields() -> impl Iterator<Item = &'static Field> {
    GROUPS.iter().flat_map(|g| g.fields.iter())
}

/// What is typed in the form, by field path.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub values: Vec<(&'static str, String)>,
}

impl Form {
    pub fn get(&self, path: &str) -> &str {
        self.values
            .iter()
            .find(|(p, _)| *p == path)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, path: &'static str, value: String) {
        self.values.retain(|(p, _)| *p != path);
        self.values.push((path, value));
    }

    /// The form filled in from a profile (a file loaded, or the one beside the page).
    pub fn from_profile(p: &Profile) -> Form {
        let mut form = Form::default();
        let mut put = |path: &'static str, v: Option<String>| {
            if let Some(v) = v {
                form.set(path, v);
            }
        };
        put("name", p.name.clone());
        for (key, c) in [
            ("contact", &p.contact),
            ("initiatives", &p.initiatives),
            ("council", &p.council),
        ] {
            let at = |k: &str| {
                fields()
                    .find(|f| f.path.strip_prefix(key).and_then(|r| r.strip_prefix('.')) == Some(k))
                    .map(|f| f.path)
            };
            for (k, v) in [
                ("text", &c.text),
                ("email", &c.email),
                ("phone", &c.phone),
                ("url", &c.url),
            ] {
                if let Some(path) = at(k) {
                    put(path, v.clone());
                }
            }
        }
        put("bylaw.title", p.bylaw.title.clone());
        put("bylaw.url", p.bylaw.url.clone());
        put(
            "challenge.present",
            p.challenge.present.map(|b| b.to_string()),
        );
        put("challenge.weeks", p.challenge.weeks.map(|w| w.to_string()));
        put("challenge.steps.nl", p.challenge.steps_nl.clone());
        put("challenge.steps.en", p.challenge.steps_en.clone());
        form
    }

    /// The form as the file it makes, checked by the file's own rules. An empty field is left
    /// out (it is not an error to leave one empty).
    pub fn check(&self) -> Checked {
        let mut root: Vec<(String, Json)> = vec![("version".into(), Json::Num(1.0))];
        for field in fields() {
            let v = self.get(field.path);
            if v.trim().is_empty() {
                continue;
            }
            let value = match field.kind {
                Kind::YesNo => match v {
                    "true" => Json::Bool(true),
                    "false" => Json::Bool(false),
                    _ => continue,
                },
                // Whole numbers only (weeks); a float parser would cost the wasm 4 KB. Something
                // that looks like a number but is not a whole one is out of range, anything
                // else is not a number.
                Kind::Number => match v.trim().parse::<u32>() {
                    Ok(n) => Json::Num(f64::from(n)),
                    Err(_)
                        if v.trim()
                            .chars()
                            .all(|c| c.is_ascii_digit() || ".,-+".contains(c)) =>
                    {
                        Json::Num(-1.0)
                    }
                    Err(_) => Json::Str(v.into()),
                },
                _ => Json::Str(v.into()),
            };
            insert(&mut root, field.path, value);
        }
        check(&Json::Obj(root))
    }
}

/// Puts `value` at a dotted `path`, making the groups on the way.
fn insert(members: &mut Vec<(String, Json)>, path: &str, value: Json) {
    match path.split_once('.') {
        None => members.push((path.into(), value)),
        Some((head, rest)) => {
            let at = match members.iter().position(|(k, _)| k == head) {
                Some(i) => i,
                None => {
                    members.push((head.into(), Json::Obj(Vec::new())));
                    members.len() - 1
                }
            };
            if let Json::Obj(inner) = &mut members[at].1 {
                insert(inner, rest, value);
            }
        }
    }
}

/// How the check reads with a profile, for the page's preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub name: Option<String>,
    /// Under a resident's questions.
    pub ask_resident: Option<Note>,
    /// Under the initiators' questions.
    pub ask_initiative: Option<Note>,
    /// On a right-to-challenge item of initiators who want to take over a task.
    pub challenge: Option<Note>,
    /// On an item about what the council decides.
    pub council: Option<Note>,
    /// The bylaw line of the paragraph, plan and report.
    pub framework: Option<String>,
    /// A resident's letter, addressed.
    pub letter: Document,
}

/// The preview of `p`: the same lines the sheet shows (from `notes`), and the letter of a
/// sample resident's check.
pub fn preview(content: &'static Content, p: &Profile, lang: Lang) -> Preview {
    let mut answers = Answers::default();
    answers.set(q::r_task::ID, Answer::One(q::r_task::INPUT));
    answers.set(q::r_raad::ID, Answer::DontKnow);
    answers.set(q::r_contact::ID, Answer::DontKnow);
    let resident = Shared {
        role: Role::Resident,
        lang,
        title: String::new(),
        answers,
    };
    let mut doc = letter(content, &resident, lang);
    notes::address_letter(&mut doc, p, Role::Resident, lang);
    Preview {
        name: p.name.clone(),
        ask_resident: notes::ask(p, Role::Resident, lang),
        ask_initiative: notes::ask(p, Role::Initiative, lang),
        challenge: notes::challenge(p, Role::Initiative, lang),
        council: notes::council(p, lang),
        framework: notes::framework(p, lang),
        letter: doc,
    }
}
