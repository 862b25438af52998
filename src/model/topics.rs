//! The topics the roles are asked about, each in their own words: the official's, the resident's
//! and the initiators' questions mapped onto shared topics, so a comparison can say "the
//! municipality thinks residents know their contact; residents say they don't". Each topic says
//! what to talk about when people disagree, from the sources.
//!
//! The topics are content (`content/topics.toml`); the build checks that every question that
//! is asked is on exactly one of them.

use super::lang::Text;

#[derive(Debug)]
pub struct Topic {
    pub id: &'static str,
    pub name: Text,
    /// What to talk about first when people see this topic differently.
    pub talk: Text,
    pub sources: &'static [&'static str],
    pub official: &'static [&'static str],
    pub resident: &'static [&'static str],
    /// The initiators' questions; empty where they are not asked about this topic.
    pub initiative: &'static [&'static str],
}

// The topics themselves are content: `content/topics.toml`, checked and turned into Rust by the
// content build (every question asked on exactly one topic, in its own role's list).
include!(concat!(env!("OUT_DIR"), "/topics.rs"));

/// The topic a question is on.
pub fn topic_of(question: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| {
        t.official.contains(&question)
            || t.resident.contains(&question)
            || t.initiative.contains(&question)
    })
}
