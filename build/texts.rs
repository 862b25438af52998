//! The string table: every content text once per part, in the order first met. The texts are
//! split into parts so that a page fetches only what it shows (the first question waits for its
//! role's questions, not every role's): the parts lie one after the other in one index space,
//! so index `n` is line `n + 1` of each language's whole file, and a part's file holds its range
//! of lines after the same hash line. Line 0 is the hash of all texts, which also names the files.

use std::collections::HashMap;

use super::schema::Text;

/// The parts in index order, by the code that names their files. `crate::model::texts::Part`
/// lists the same, in the same order (a test checks it).
/// - "sheet": what the advice sheet and the tools share: the dimensions, verdicts, ladder and
///   intensity, what the sheet says about a question (its follow-up, its options' short names),
///   the sources and their points, and the interface strings of the sheet;
/// - "check": the interface strings of the question pages and "check your answers";
/// - "official", "resident", "initiative": that role's questions;
/// - "about": "Over deze check", its title and its body as one piece of HTML (`about.rs`);
/// - "tools": what only the tools show: the documents' sentences and strings, the letter's
///   questions, the comparison's, the paper questionnaire's and the profile page's strings;
/// - "advice-official", "advice-resident", "advice-initiative": the advice rules of that role,
///   their title, text and "what changes it" (and the words their lists name).
pub const PARTS: [&str; 10] = [
    "sheet",
    "check",
    "official",
    "resident",
    "initiative",
    "about",
    "tools",
    "advice-official",
    "advice-resident",
    "advice-initiative",
];
pub const SHEET: usize = 0;
pub const CHECK: usize = 1;
/// The first role's questions; the roles follow in `Role::ALL`'s order.
pub const QUESTIONS: usize = 2;
pub const ABOUT: usize = 5;
pub const TOOLS: usize = 6;
/// The first role's advice; the roles follow in `Role::ALL`'s order.
pub const ADVICE: usize = 7;
/// How many parts there are.
pub const N: usize = PARTS.len();

#[derive(Clone, Default)]
pub struct Table {
    texts: Vec<(String, String)>,
    index: HashMap<(String, String), u16>,
}

impl Table {
    /// The index of `t` within this part. Identical (nl, en) pairs share one index.
    pub fn add(&mut self, t: &Text) -> u16 {
        let key = (t.nl.clone(), t.en.clone());
        if let Some(n) = self.index.get(&key) {
            return *n;
        }
        let n = u16::try_from(self.texts.len()).expect("content: more than 65535 distinct texts");
        self.texts.push(key.clone());
        self.index.insert(key, n);
        n
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }
}

/// The parts' tables, in [`PARTS`] order.
pub type Tables = [Table; N];

/// Where each part starts in the one index space.
pub fn starts(tables: &Tables) -> [usize; N] {
    let mut at = 0;
    tables.each_ref().map(|t| {
        let start = at;
        at += t.len();
        start
    })
}

pub fn len(tables: &Tables) -> usize {
    tables.iter().map(Table::len).sum()
}

/// FNV-1a 64 over all texts of both languages in index order, each followed by a 0 byte so that
/// moving a character from one text to the next changes the hash. 16 hex digits.
pub fn hash(tables: &Tables) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (nl, en) in tables.iter().flat_map(|t| &t.texts) {
        for b in nl.bytes().chain([0]).chain(en.bytes()).chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// One language's file ("nl" or "en") of the parts `which`: the hash, then one text a line, each
/// ending in '\n'.
pub fn file(tables: &Tables, which: &[usize], lang: &str) -> String {
    let mut s = hash(tables);
    s.push('\n');
    for &part in which {
        for (nl, en) in &tables[part].texts {
            s.push_str(if lang == "nl" { nl } else { en });
            s.push('\n');
        }
    }
    s
}
