//! The answers given so far, keyed by question id.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// An option code of a single-choice question.
    One(&'static str),
    /// Option codes of a multiple-choice question, in content order.
    Many(Vec<&'static str>),
    /// "Weet ik niet".
    DontKnow,
}

impl Answer {
    /// The option codes chosen; empty for "Weet ik niet".
    pub fn codes(&self) -> &[&'static str] {
        match self {
            Answer::One(code) => std::slice::from_ref(code),
            Answer::Many(codes) => codes,
            Answer::DontKnow => &[],
        }
    }

    pub fn is_dont_know(&self) -> bool {
        matches!(self, Answer::DontKnow)
    }

    /// Whether the answer includes this option code.
    pub fn includes(&self, code: &str) -> bool {
        self.codes().contains(&code)
    }

    /// Whether the answer includes any of these option codes.
    pub fn includes_any(&self, codes: &[&str]) -> bool {
        self.codes().iter().any(|c| codes.contains(c))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    map: BTreeMap<&'static str, Answer>,
}

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.map.get(id)
    }
    pub fn set(&mut self, id: &'static str, answer: Answer) {
        self.map.insert(id, answer);
    }
    pub fn remove(&mut self, id: &str) {
        self.map.remove(id);
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Answer)> + '_ {
        self.map.iter().map(|(k, v)| (*k, v))
    }
    /// Keeps only the answers for which `keep(id, answer)` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&'static str, &Answer) -> bool) {
        self.map.retain(|k, v| keep(k, v));
    }
}
