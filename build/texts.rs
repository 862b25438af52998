//! The string table: every content text once, in the order first met. Index `n` is line `n + 1`
//! of each language's file; line 0 is the hash of all texts, which also names the files.

use std::collections::HashMap;

use super::schema::Text;

#[derive(Default)]
pub struct Table {
    texts: Vec<(String, String)>,
    index: HashMap<(String, String), u16>,
}

impl Table {
    /// The index of `t`. Identical (nl, en) pairs share one index.
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

    /// FNV-1a 64 over all texts of both languages, each followed by a 0 byte so that moving a
    /// character from one text to the next changes the hash. 16 hex digits.
    pub fn hash(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (nl, en) in &self.texts {
            for b in nl.bytes().chain([0]).chain(en.bytes()).chain([0]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        format!("{h:016x}")
    }

    /// One language's file ("nl" or "en"): the hash, then one text a line, each ending in '\n'.
    pub fn file(&self, lang: &str) -> String {
        let mut s = self.hash();
        s.push('\n');
        for (nl, en) in &self.texts {
            s.push_str(if lang == "nl" { nl } else { en });
            s.push('\n');
        }
        s
    }
}
