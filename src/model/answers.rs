//! The answers given so far, keyed by question id.

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

/// Sorted by id, so equal answer sets compare equal. A sorted `Vec` rather than a `BTreeMap`:
/// a few dozen entries, and it keeps the shipped wasm smaller.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    list: Vec<(&'static str, Answer)>,
}

impl Answers {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.list.binary_search_by(|(k, _)| (*k).cmp(id))
    }
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.find(id).ok().map(|i| &self.list[i].1)
    }
    pub fn set(&mut self, id: &'static str, answer: Answer) {
        match self.find(id) {
            Ok(i) => self.list[i].1 = answer,
            Err(i) => self.list.insert(i, (id, answer)),
        }
    }
    pub fn remove(&mut self, id: &str) {
        if let Ok(i) = self.find(id) {
            self.list.remove(i);
        }
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Answer)> + '_ {
        self.list.iter().map(|(k, v)| (*k, v))
    }
    /// Keeps only the answers for which `keep(id, answer)` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&'static str, &Answer) -> bool) {
        self.list.retain(|(k, v)| keep(k, v));
    }
}

/// A stable insertion sort: the lists sorted here are short, and the standard library's sorts
/// add several kilobytes to the wasm for each element type.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
