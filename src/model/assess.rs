//! From answers to advice: dimension scores, the intensity bar, knock-outs, verdict and advice.

use super::answers::Answers;
use super::content::{Content, Dimension, IntensityLevel, Question, Role, Rule, VerdictText};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Risk,
    Attention,
    Good,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// "Nog niet beginnen"
    NotYet = 0,
    /// "Begin, maar regel eerst ..."
    FirstArrange = 1,
    /// "Klaar om te beginnen"
    Ready = 2,
}

#[derive(Debug)]
pub struct DimensionResult {
    pub dimension: &'static Dimension,
    /// `None` when no question of this dimension was answered.
    pub score: Option<u8>,
    pub status: Status,
    /// The threshold for "good" after the intensity bar.
    pub good_from: u8,
}

#[derive(Debug)]
pub struct Advice {
    pub rule: &'static Rule,
    /// The questions whose answers made this rule fire, in questionnaire order.
    pub causes: Vec<&'static Question>,
}

#[derive(Debug)]
pub struct FollowUp {
    pub question: &'static Question,
    /// True when the answer was "Weet ik niet", false when it was a weak answer.
    pub unknown: bool,
}

#[derive(Debug)]
pub struct Assessment {
    pub role: Role,
    pub level: Level,
    pub verdict: &'static VerdictText,
    pub dimensions: Vec<DimensionResult>,
    /// Index into `Content::intensity`.
    pub intensity: usize,
    pub intensity_level: &'static IntensityLevel,
    /// Knock-outs first, then by priority, then content order.
    pub advice: Vec<Advice>,
    /// Residents: questions to ask the municipality. Officials: what to find out first.
    pub follow_ups: Vec<FollowUp>,
    /// Questions that apply, and how many of them have an answer other than "Weet ik niet".
    pub applicable: usize,
    pub known: usize,
}

impl Assessment {
    /// How sure the verdict is, 0..=100.
    pub fn certainty(&self) -> u8 {
        if self.applicable == 0 {
            0
        } else {
            (self.known * 100 / self.applicable) as u8
        }
    }
}

pub fn assess(content: &'static Content, role: Role, answers: &Answers) -> Assessment {
    let _ = (content, role, answers);
    todo!("implemented with issue #3")
}
