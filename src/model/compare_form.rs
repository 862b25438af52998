//! The comparison's form: one row per person (a label and a pasted link or answers file), what
//! the address fills in (`#g=<group code>` reopens a whole comparison, `#p=<share code>` from a
//! sheet's "Vergelijk met anderen" fills in the first person), and what each control does to it.
//! Plain Rust like `State::apply`: the page renders the form and dispatches [`FormAction`]s.

use super::answers_file;
use super::compare::{
    compare, decode_group, encode_group, read_links, Comparison, GroupError, LinkProblem, Person,
    ReadLink, MAX_PEOPLE, MIN_PEOPLE,
};
use super::links::{Entry, Link};
use super::share;
use super::{Content, Lang};
use crate::i18n::{self, fill};

/// One person on the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// `None` until the person types one: then it reads "Persoon 2" (or "Ik" for the sheet the
    /// comparison was opened from), in the language of the moment.
    pub label: Option<String>,
    /// The person whose sheet opened the comparison.
    pub me: bool,
    /// The pasted link, or the text of an answers file.
    pub link: String,
}

impl Row {
    /// The label shown for the `n`th person (1-based).
    pub fn label(&self, lang: Lang, n: usize) -> String {
        match &self.label {
            Some(l) => l.clone(),
            None if self.me => i18n::COMPARE_ME.get(lang).to_string(),
            None => fill(i18n::COMPARE_PERSON.get(lang), &[&n.to_string()]),
        }
    }
}

/// What a person can do on the form.
#[derive(Debug)]
pub enum FormAction {
    /// Typed in the label of row n (0-based).
    Label(usize, String),
    /// Typed or pasted in the link of row n.
    Link(usize, String),
    /// "Voeg iemand toe".
    Add,
    /// "Verwijder ..." on row n.
    Remove(usize),
    /// Answers files chosen: each file's name and text (`None` when it could not be read).
    Files(Vec<(String, Option<String>)>),
    /// "Vergelijk".
    Compare,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub rows: Vec<Row>,
    /// "Vergelijk" was pressed, or a group link opened: the links' problems and the result show.
    pub compared: bool,
    /// Why the group link in the address did not open.
    pub group_error: Option<GroupError>,
}

impl Default for Form {
    /// An empty form: two people, nothing filled in.
    fn default() -> Form {
        Form {
            rows: vec![Row::default(); MIN_PEOPLE],
            compared: false,
            group_error: None,
        }
    }
}

impl Form {
    /// The form the address asks for (`location.hash`): a group link reopens its comparison at
    /// once; a share link fills in the first person.
    pub fn from_hash(content: &'static Content, hash: &str) -> Form {
        let mut form = Form::default();
        match Link::in_hash(Entry::Compare, hash) {
            Some(Link::CompareGroup(code)) => match decode_group(content, &code) {
                Ok(people) => {
                    form.rows = people
                        .into_iter()
                        .map(|(label, shared)| Row {
                            label: Some(label),
                            me: false,
                            // One whose answers do not open keeps an empty link, and a message.
                            link: shared
                                .map(|s| share::encode(content, &s))
                                .unwrap_or_default(),
                        })
                        .collect();
                    form.compared = true;
                }
                Err(e) => form.group_error = Some(e),
            },
            Some(Link::CompareWith(code)) => {
                form.rows[0] = Row {
                    label: None,
                    me: true,
                    link: code,
                };
            }
            _ => {}
        }
        form
    }

    /// Applies `action`; returns the id of the element that should have the focus once the
    /// change is on the page, if the focus moves.
    pub fn apply(
        &mut self,
        content: &'static Content,
        lang: Lang,
        action: FormAction,
    ) -> Option<String> {
        match action {
            FormAction::Label(i, label) => {
                if let Some(row) = self.rows.get_mut(i) {
                    row.label = Some(label);
                }
            }
            FormAction::Link(i, link) => {
                if let Some(row) = self.rows.get_mut(i) {
                    row.link = link;
                }
            }
            FormAction::Add if self.can_add() => {
                self.rows.push(Row::default());
                return Some(field_id("link", self.rows.len() - 1));
            }
            FormAction::Add => {}
            FormAction::Remove(i) => {
                if self.can_remove() && i < self.rows.len() {
                    self.rows.remove(i);
                }
            }
            FormAction::Files(files) => self.add_files(files),
            FormAction::Compare => {
                self.compared = true;
                let enough = self.people(content, lang).len() >= MIN_PEOPLE;
                return Some(String::from(if enough {
                    "result-heading"
                } else {
                    "compare-error"
                }));
            }
        }
        None
    }

    /// Answers files (the sheet's "Download de antwoorden") add one person each, named after the
    /// file, in place of the empty rows, up to the most people a comparison takes.
    fn add_files(&mut self, files: Vec<(String, Option<String>)>) {
        self.rows.retain(|r| !r.link.trim().is_empty());
        for (name, text) in files {
            if self.rows.len() >= MAX_PEOPLE {
                break;
            }
            self.rows.push(Row {
                label: Some(answers_file::label(&name).to_string()),
                me: false,
                link: text.unwrap_or_default(),
            });
        }
        while self.rows.len() < MIN_PEOPLE {
            self.rows.push(Row::default());
        }
    }

    pub fn can_add(&self) -> bool {
        self.rows.len() < MAX_PEOPLE
    }

    pub fn can_remove(&self) -> bool {
        self.rows.len() > MIN_PEOPLE
    }

    /// Every row read on its own, labelled as shown.
    pub fn read(&self, content: &'static Content, lang: Lang) -> Vec<ReadLink> {
        let pairs: Vec<(String, String)> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.label(lang, i + 1), r.link.clone()))
            .collect();
        read_links(content, &pairs)
    }

    /// The people whose links open, in the form's order.
    pub fn people(&self, content: &'static Content, lang: Lang) -> Vec<Person> {
        people(self.read(content, lang))
    }

    /// Why row `i`'s link is not compared, once "Vergelijk" was pressed (an empty row is
    /// simply left out).
    pub fn problem<'a>(&self, read: &'a [ReadLink], i: usize) -> Option<&'a LinkProblem> {
        let filled = self.rows.get(i).is_some_and(|r| !r.link.trim().is_empty());
        read.get(i)
            .and_then(|(_, r)| r.as_ref().err())
            .filter(|_| self.compared && filled)
    }

    /// "Vergelijk" was pressed with fewer than two links that open.
    pub fn too_few(&self, people: &[Person]) -> bool {
        self.compared && people.len() < MIN_PEOPLE
    }

    /// The address that reopens the comparison (`#g=`), once compared with enough people.
    pub fn address(&self, content: &'static Content, lang: Lang) -> Option<String> {
        let people = self.people(content, lang);
        (self.compared && people.len() >= MIN_PEOPLE)
            .then(|| Link::CompareGroup(encode_group(content, &people)).hash())
    }

    /// Once compared, with enough people: the comparison, and the group code that reopens it.
    pub fn result(&self, content: &'static Content, people: Vec<Person>) -> Option<Outcome> {
        if !self.compared || people.len() < MIN_PEOPLE {
            return None;
        }
        let group = encode_group(content, &people);
        Some(Outcome {
            comparison: compare(content, people),
            group: Link::CompareGroup(group),
        })
    }
}

/// A comparison made, and the link that reopens it (`#g=`).
pub struct Outcome {
    pub comparison: Comparison,
    pub group: Link,
}

/// The people among `read` whose links open.
pub fn people(read: Vec<ReadLink>) -> Vec<Person> {
    read.into_iter()
        .filter_map(|(label, r)| r.ok().map(|shared| Person { label, shared }))
        .collect()
}

/// The id of a row's field: `what` is "label", "link" or "error"; `i` is 0-based.
pub fn field_id(what: &str, i: usize) -> String {
    let mut id = String::from("person-");
    id.push_str(what);
    id.push('-');
    id.push_str(&(i + 1).to_string());
    id
}

/// A row's problem in words; a duplicate names the person whose answers it repeats.
pub fn problem_text(p: &LinkProblem, read: &[ReadLink], lang: Lang) -> String {
    let mut t = p.message().get(lang).to_string();
    if let LinkProblem::Duplicate(i) = p {
        if let Some((label, _)) = read.get(*i) {
            t.push_str(" (");
            t.push_str(label);
            t.push(')');
        }
    }
    t
}
