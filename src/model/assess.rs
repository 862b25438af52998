//! From answers to advice: dimension scores, the intensity bar, knock-outs, verdict and advice.

use super::answers::{Answer, Answers};
use super::content::{
    Clause, Content, Dimension, IntensityLevel, Kind, Opt, Question, Role, Rule, VerdictText,
};
use super::flow;

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
    /// The threshold below which it is a risk, after the intensity bar.
    pub risk_below: u8,
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
        certainty(self.known, self.applicable)
    }
}

/// Below this certainty the verdict is never "ready": too much is unknown.
pub const CERTAIN_FROM: u8 = 60;

/// Non-knock-out advice with a priority below this keeps the verdict from "ready".
pub const URGENT_BELOW: u8 = 50;

fn certainty(known: usize, applicable: usize) -> u8 {
    (known.min(applicable) * 100)
        .checked_div(applicable)
        .map_or(0, |c| c as u8)
}

/// What an applicable question's answer amounts to once unknown codes are dropped.
enum Given {
    Unanswered,
    DontKnow,
    /// The options chosen, in content order; never empty.
    Chosen(Vec<&'static Opt>),
}

struct Asked {
    question: &'static Question,
    given: Given,
}

fn given(q: &'static Question, answer: Option<&Answer>) -> Given {
    match answer {
        None => Given::Unanswered,
        Some(Answer::DontKnow) => Given::DontKnow,
        Some(a) => {
            let chosen: Vec<&'static Opt> = match q.kind {
                // A malformed single answer with several codes counts its first known one.
                Kind::Single => a
                    .codes()
                    .iter()
                    .find_map(|c| flow::option(q, c))
                    .into_iter()
                    .collect(),
                Kind::Multi => q.options.iter().filter(|o| a.includes(o.code)).collect(),
            };
            if chosen.is_empty() {
                Given::Unanswered
            } else {
                Given::Chosen(chosen)
            }
        }
    }
}

/// What a chosen answer adds to dimension `dim`; a multi answer adds up to at most 100.
fn contribution(q: &Question, chosen: &[&Opt], dim: usize) -> u32 {
    let score = |o: &&Opt| {
        o.scores
            .iter()
            .filter(|(d, _)| *d == dim)
            .map(|(_, s)| u32::from(*s).min(100))
            .sum::<u32>()
    };
    match q.kind {
        Kind::Single => chosen.first().map(score).unwrap_or(0).min(100),
        Kind::Multi => chosen.iter().map(score).sum::<u32>().min(100),
    }
}

fn status(score: Option<u8>, good_from: u8, risk_below: u8) -> Status {
    match score {
        Some(s) if s >= good_from => Status::Good,
        Some(s) if s < risk_below => Status::Risk,
        _ => Status::Attention,
    }
}

/// Scores, verdict and advice for `role`. Pure and deterministic; answers to questions that do
/// not apply, unknown codes and unknown ids are ignored.
pub fn assess(content: &'static Content, role: Role, answers: &Answers) -> Assessment {
    let asked: Vec<Asked> = flow::steps(content, role, answers)
        .into_iter()
        .map(|q| Asked {
            question: q,
            given: given(q, answers.get(q.id)),
        })
        .collect();
    let find = |id: &str| asked.iter().find(|a| a.question.id == id);

    let applicable = asked.len();
    let known = asked
        .iter()
        .filter(|a| matches!(a.given, Given::Chosen(_)))
        .count();

    // The heaviest answer sets the bar.
    let top = content.intensity.len().saturating_sub(1);
    let intensity = asked
        .iter()
        .filter_map(|a| match &a.given {
            Given::Chosen(chosen) => chosen.iter().filter_map(|o| o.intensity).max(),
            _ => None,
        })
        .max()
        .map_or(0, |i| usize::from(i).min(top));
    let intensity_level = &content.intensity[intensity];

    let mut dimensions: Vec<DimensionResult> = content
        .dimensions
        .iter()
        .enumerate()
        .map(|(dim, dimension)| {
            let (sum, n) = asked
                .iter()
                .filter(|a| a.question.dimensions.contains(&dim))
                .filter_map(|a| match &a.given {
                    Given::Chosen(chosen) => Some(contribution(a.question, chosen, dim)),
                    _ => None,
                })
                .fold((0u32, 0u32), |(s, n), c| (s + c, n + 1));
            // Rounded half up; every contribution is at most 100, so the mean fits in a u8.
            let score = (n > 0).then(|| ((2 * sum + n) / (2 * n)).min(100) as u8);
            let bar = if dimension.raised_by_intensity {
                intensity_level.bar
            } else {
                0
            };
            let good_from = content.good_from.saturating_add(bar).min(100);
            let risk_below = content.risk_below.saturating_add(bar).min(100);
            DimensionResult {
                dimension,
                score,
                status: status(score, good_from, risk_below),
                good_from,
                risk_below,
            }
        })
        .collect();

    let holds = |clause: &Clause| -> bool {
        match clause {
            Clause::Has(id, codes) => find(id).is_some_and(|a| match &a.given {
                Given::Chosen(chosen) => chosen.iter().any(|o| codes.contains(&o.code)),
                _ => false,
            }),
            Clause::Lacks(id, codes) => find(id).is_some_and(|a| match &a.given {
                Given::Chosen(chosen) => !chosen.iter().any(|o| codes.contains(&o.code)),
                _ => false,
            }),
            Clause::DontKnow(id) => find(id).is_some_and(|a| matches!(a.given, Given::DontKnow)),
            Clause::IntensityAtLeast(n) => intensity >= usize::from(*n),
            Clause::ScoreBelow(dim, below) => dimensions
                .get(*dim)
                .and_then(|d| d.score)
                .is_some_and(|s| s < *below),
        }
    };

    let mut advice: Vec<Advice> = content
        .rules
        .iter()
        .filter(|r| r.role.is_none_or(|r| r == role))
        .filter(|r| r.when.iter().all(&holds))
        .map(|rule| Advice {
            rule,
            causes: causes(rule, &asked),
        })
        .collect();
    // Stable: equal keys keep content order.
    super::answers::sort_by_key(&mut advice, |a| (!a.rule.knockout, a.rule.priority));

    // A knock-out is never averaged away: the topics of the answers behind it are a risk, so the
    // chart does not call "good" what the verdict calls a reason not to start.
    for a in advice.iter().filter(|a| a.rule.knockout) {
        for q in &a.causes {
            for &d in q.dimensions {
                if let Some(r) = dimensions.get_mut(d) {
                    r.status = Status::Risk;
                }
            }
        }
    }

    let follow_ups: Vec<FollowUp> = asked
        .iter()
        .filter_map(|a| match &a.given {
            Given::DontKnow => Some(FollowUp {
                question: a.question,
                unknown: true,
            }),
            Given::Chosen(chosen) if chosen.iter().any(|o| a.question.weak.contains(&o.code)) => {
                Some(FollowUp {
                    question: a.question,
                    unknown: false,
                })
            }
            _ => None,
        })
        .collect();

    let risks = dimensions
        .iter()
        .filter(|d| d.status == Status::Risk)
        .count();
    let knockout = advice.iter().any(|a| a.rule.knockout);
    let urgent = advice
        .iter()
        .any(|a| !a.rule.knockout && a.rule.priority < URGENT_BELOW);
    let level = if knockout || risks >= 2 {
        Level::NotYet
    } else if urgent
        || dimensions.iter().any(|d| d.status != Status::Good)
        || certainty(known, applicable) < CERTAIN_FROM
    {
        Level::FirstArrange
    } else {
        Level::Ready
    };
    let role_index = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    let verdict = &content.verdicts[role_index][level as usize];

    Assessment {
        role,
        level,
        verdict,
        dimensions,
        intensity,
        intensity_level,
        advice,
        follow_ups,
        applicable,
        known,
    }
}

/// The questions behind a fired rule, in questionnaire order: those its clauses name; for an
/// intensity clause the answers that made the ask that heavy; for a score clause the answers
/// that pulled that dimension below the threshold.
fn causes(rule: &Rule, asked: &[Asked]) -> Vec<&'static Question> {
    asked
        .iter()
        .filter(|a| {
            rule.when.iter().any(|clause| match clause {
                Clause::Has(id, _) | Clause::Lacks(id, _) | Clause::DontKnow(id) => {
                    a.question.id == *id
                }
                Clause::IntensityAtLeast(n) => match &a.given {
                    Given::Chosen(chosen) => chosen.iter().any(|o| o.intensity >= Some(*n)),
                    _ => false,
                },
                Clause::ScoreBelow(dim, below) => match &a.given {
                    Given::Chosen(chosen) if a.question.dimensions.contains(dim) => {
                        contribution(a.question, chosen, *dim) < u32::from(*below)
                    }
                    _ => false,
                },
            })
        })
        .map(|a| a.question)
        .collect()
}
