//! From answers to advice: dimension scores, the intensity bar, knock-outs, verdict and advice.

use super::answers::{Answer, Answers};
use super::content::{
    CText, Clause, Condition, Content, Dimension, IntensityLevel, Kind, LadderStep, List, Opt,
    Question, Role, Rule, VerdictText,
};
use super::flow;
use super::lang::Lang;

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
    /// A knock-out's answers are in this topic: it is a risk whatever the average.
    pub knocked_out: bool,
}

#[derive(Debug)]
pub struct Advice {
    pub rule: &'static Rule,
    /// The questions whose answers made this rule fire, in questionnaire order.
    pub causes: Vec<&'static Question>,
    /// What fills the rule's `{}` (its [`List`]): the short names of the options left unticked,
    /// or the rule's words for the questions behind it; empty for a rule without a list.
    pub names: Vec<CText>,
}

impl Advice {
    pub fn title(&self, lang: Lang) -> String {
        self.fill(self.rule.title, lang)
    }

    pub fn text(&self, lang: Lang) -> String {
        self.fill(self.rule.text, lang)
    }

    pub fn change(&self, lang: Lang) -> String {
        self.fill(self.rule.change, lang)
    }

    /// The source points this item rests on. An item that lists some of its questions (the
    /// unknowns it names) cites only those of its points that the listed questions cite too, so
    /// the sources follow what the item says on this sheet; otherwise all of the rule's points.
    pub fn sources(&self) -> Vec<&'static str> {
        let all = self.rule.sources.to_vec();
        let Some(List::Causes(listed)) = self.rule.list else {
            return all;
        };
        let named = |p: &&str| {
            self.causes
                .iter()
                .filter(|q| listed.iter().any(|(id, _)| *id == q.id))
                .any(|q| q.sources.contains(p))
        };
        let own: Vec<&'static str> = all.iter().copied().filter(named).collect();
        if own.is_empty() {
            all
        } else {
            own
        }
    }

    /// The text with its `{}` replaced by the names, as one list in running text:
    /// "a, b en c" / "a, b and c".
    fn fill(&self, text: CText, lang: Lang) -> String {
        let text = text.get(lang);
        if self.names.is_empty() {
            return text.to_string();
        }
        let names: Vec<String> = self
            .names
            .iter()
            .map(|n| super::case::lower_first(n.get(lang)))
            .collect();
        crate::i18n::fill(text, &[&running_list(&names, lang)])
    }
}

/// `items` as one list in running text: "a, b en c" / "a, b and c". When an item has an "or",
/// an "and" or a comma of its own ("training or coaching"), the items are kept apart: by a comma before
/// the "and" of two ("training or coaching, and a payment"), by semicolons between more
/// ("training or coaching; a payment or something in return; and practical help").
pub(crate) fn running_list(items: &[String], lang: Lang) -> String {
    let (or, and, and_own) = match lang {
        Lang::Nl => (" of ", "en ", " en "),
        Lang::En => (" or ", "and ", " and "),
    };
    let Some((last, rest)) = items.split_last() else {
        return String::new();
    };
    if rest.is_empty() {
        return last.clone();
    }
    // By bytes: `str::contains` with a `&str` brings in a string searcher, 0.8 KB of the
    // sheet's wasm (brotli).
    let own = items.iter().any(|i| {
        let b = i.as_bytes();
        b.contains(&b',')
            || [or, and_own]
                .iter()
                .any(|x| b.windows(x.len()).any(|w| w == x.as_bytes()))
    });
    let (between, before_last) = match (own, rest.len()) {
        (false, _) => (", ", " "),
        (true, 1) => ("", ", "),
        (true, _) => ("; ", "; "),
    };
    rest.join(between) + before_last + and + last
}

#[derive(Debug)]
pub struct FollowUp {
    pub question: &'static Question,
    /// True when the answer was "Weet ik niet", false when it was a weak answer.
    pub unknown: bool,
    /// Where the question stands in the questionnaire: the order among equal priorities.
    pub position: usize,
    /// What the sheet asks: the question's follow-up, or its variant for the answers given
    /// (`VARIANTS`: what happens to "my views" for someone giving an opinion, "my reports" for
    /// someone reporting).
    pub text: CText,
    /// Which of the content's `VARIANTS` worded it, if any: a letter asks that variant's
    /// question. (Only the documents read letters; the sheet does not fetch them.)
    pub variant: Option<usize>,
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
    /// The step on the participation ladder the answers amount to, if they say.
    pub ladder: Option<&'static LadderStep>,
    /// Residents deliver part of a public service: coproduction in the sources' sense.
    pub delivers: bool,
    /// Knock-outs first, then by priority, then content order.
    pub advice: Vec<Advice>,
    /// Residents: questions to ask the municipality. Officials: what to find out first.
    pub follow_ups: Vec<FollowUp>,
    /// Follow-ups an item on the sheet already says (its rule's `carries_follow_ups`): not shown
    /// again, but still questions to ask, so a letter takes them with the follow-ups.
    pub carried: Vec<FollowUp>,
    /// Questions that apply and score (not those that only route), and how many of them have an
    /// answer other than "Weet ik niet".
    pub applicable: usize,
    pub known: usize,
    /// Of the `applicable` questions, those with no answer at all (a paper form's question left
    /// open, a link made before the question existed): they count as unanswered.
    pub unanswered: usize,
}

impl Assessment {
    /// How sure the verdict is, 0..=100.
    pub fn certainty(&self) -> u8 {
        certainty(self.known, self.applicable)
    }

    /// The advice shown up front, and the rest, folded under one heading.
    pub fn advice_split(&self) -> (&[Advice], &[Advice]) {
        self.advice.split_at(self.advice.len().min(UP_FRONT))
    }

    /// Every question still to ask, the carried ones too, most important first: for a letter.
    pub fn questions_to_ask(&self) -> Vec<&FollowUp> {
        let mut all: Vec<&FollowUp> = self.follow_ups.iter().chain(&self.carried).collect();
        super::answers::sort_by_key(&mut all, |f| (f.question.priority, f.position));
        all
    }

    /// The follow-ups shown up front, and the rest, folded.
    pub fn follow_ups_split(&self) -> (&[FollowUp], &[FollowUp]) {
        self.follow_ups
            .split_at(self.follow_ups.len().min(UP_FRONT))
    }
}

/// Below this certainty the verdict is never "ready": too much is unknown.
pub const CERTAIN_FROM: u8 = 60;

/// Non-knock-out advice with a priority below this keeps the verdict from "ready".
pub const URGENT_BELOW: u8 = 50;

/// How many advice items and follow-ups the sheet shows up front; the rest are folded.
pub const UP_FRONT: usize = 5;

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

/// A score's status by the content's thresholds: the one rule for every topic, on the sheet and
/// in a comparison.
pub fn status(score: Option<u8>, good_from: u8, risk_below: u8) -> Status {
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
    // A question that only routes (no dimensions) is not part of the judgement: it does not
    // count for the certainty, so a share link made before it existed keeps its certainty.
    let judged = || asked.iter().filter(|a| !a.question.dimensions.is_empty());
    let applicable = judged().count();
    let known = judged()
        .filter(|a| matches!(a.given, Given::Chosen(_)))
        .count();

    // Of the same questions: "23 of the 26 answered" beside "4 without an answer" must add up.
    let unanswered = judged()
        .filter(|a| matches!(a.given, Given::Unanswered))
        .count();
    let intensity = intensity(content, &asked);
    let mut dimensions = dimensions(content, &asked, &content.intensity[intensity]);
    let (advice, hidden) = advice(content, role, &asked, intensity, &dimensions);
    // A knock-out another item keeps off the sheet still holds: its topics stay a risk, so a
    // better answer elsewhere can never lift them.
    mark_knockouts(advice.iter().chain(&hidden), &asked, &mut dimensions);
    // A fired rule whose answers make a follow-up moot keeps it off, even when another item hides
    // the rule itself: the answers still say so. An item on the sheet that already says what a
    // follow-up says carries it: off the sheet, but kept for the resident's letter.
    let moot: Vec<&str> = advice
        .iter()
        .chain(&hidden)
        .flat_map(|a| a.rule.excludes_follow_ups.iter().copied())
        .collect();
    let said: Vec<&str> = advice
        .iter()
        .flat_map(|a| a.rule.carries_follow_ups.iter().copied())
        .collect();
    let (carried, follow_ups): (Vec<FollowUp>, Vec<FollowUp>) = follow_ups(&asked)
        .into_iter()
        .filter(|f| !moot.contains(&f.question.id))
        .partition(|f| said.contains(&f.question.id));
    let level = level(
        &advice,
        &dimensions,
        certainty(known, applicable),
        content.intensity[intensity].not_yet_risks,
    );
    let role_index = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    let delivers = chosen(&asked).any(|o| o.delivers);

    Assessment {
        role,
        level,
        verdict: &content.verdicts[role_index][level as usize],
        dimensions,
        intensity,
        intensity_level: &content.intensity[intensity],
        ladder: ladder(content, &asked),
        delivers,
        advice,
        follow_ups,
        carried,
        applicable,
        known,
        unanswered,
    }
}

/// Every option chosen in an applicable question.
fn chosen<'a>(asked: &'a [Asked]) -> impl Iterator<Item = &'static Opt> + 'a {
    asked.iter().flat_map(|a| match &a.given {
        Given::Chosen(chosen) => chosen.clone(),
        _ => Vec::new(),
    })
}

/// The heaviest answer sets the bar (index into `Content::intensity`).
fn intensity(content: &Content, asked: &[Asked]) -> usize {
    let top = content.intensity.len().saturating_sub(1);
    chosen(asked)
        .filter_map(|o| o.intensity)
        .max()
        .map_or(0, |i| usize::from(i).min(top))
}

/// The highest step on the participation ladder that the answers name.
fn ladder(content: &'static Content, asked: &[Asked]) -> Option<&'static LadderStep> {
    chosen(asked)
        .filter_map(|o| o.ladder)
        .max()
        .and_then(|i| content.ladder.get(usize::from(i)))
}

fn dimensions(
    content: &'static Content,
    asked: &[Asked],
    level: &IntensityLevel,
) -> Vec<DimensionResult> {
    content
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
                level.bar
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
                knocked_out: false,
            }
        })
        .collect()
}

/// What the rules' clauses are tested against.
struct Facts<'a> {
    asked: &'a [Asked],
    intensity: usize,
    dimensions: &'a [DimensionResult],
}

impl Facts<'_> {
    fn find(&self, id: &str) -> Option<&Asked> {
        self.asked.iter().find(|a| a.question.id == id)
    }

    fn answered_with(&self, id: &str, codes: &[&str]) -> Option<bool> {
        self.find(id).and_then(|a| match &a.given {
            Given::Chosen(chosen) => Some(chosen.iter().any(|o| codes.contains(&o.code))),
            _ => None,
        })
    }

    fn holds(&self, clause: &Clause) -> bool {
        match clause {
            Clause::Has(id, codes) => self.answered_with(id, codes) == Some(true),
            Clause::Lacks(id, codes) => self.answered_with(id, codes) == Some(false),
            Clause::Not(id, codes) => self.answered_with(id, codes) != Some(true),
            Clause::DontKnow(id) => self
                .find(id)
                .is_some_and(|a| matches!(a.given, Given::DontKnow)),
            Clause::IntensityAtLeast(n) => self.intensity >= usize::from(*n),
            Clause::ScoreBelow(dim, below) => self
                .dimensions
                .get(*dim)
                .and_then(|d| d.score)
                .is_some_and(|s| s < *below),
            Clause::Any(clauses) => clauses.iter().any(|c| self.holds(c)),
        }
    }

    /// Whether `a`'s answer is part of why `clause` holds: the question a clause names; for an
    /// intensity clause the answers that made the ask that heavy; for a score clause the answers
    /// that pulled that dimension below the threshold. A `not` clause names a cause only when
    /// the question was answered.
    fn causes(&self, clause: &Clause, a: &Asked) -> bool {
        match clause {
            Clause::Has(id, _) | Clause::Lacks(id, _) | Clause::DontKnow(id) => {
                a.question.id == *id
            }
            Clause::Not(id, _) => a.question.id == *id && !matches!(a.given, Given::Unanswered),
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
            Clause::Any(clauses) => clauses.iter().any(|c| self.holds(c) && self.causes(c, a)),
        }
    }
}

/// The rules that fire, without those another fired rule replaces or excludes (knock-outs first,
/// then by priority, then in content order), and the ones kept off the sheet that way.
fn advice(
    content: &'static Content,
    role: Role,
    asked: &[Asked],
    intensity: usize,
    dimensions: &[DimensionResult],
) -> (Vec<Advice>, Vec<Advice>) {
    let facts = Facts {
        asked,
        intensity,
        dimensions,
    };
    // A question that only routes says where a rule applies, not why it fires: never a cause.
    let causes = |rule: &Rule| -> Vec<&'static Question> {
        asked
            .iter()
            .filter(|a| !a.question.dimensions.is_empty())
            .filter(|a| rule.when.iter().any(|c| facts.causes(c, a)))
            .map(|a| a.question)
            .collect()
    };
    // A rule fires when its clauses hold and, if it names a list, that list is not empty: an
    // item never says "missing: nothing".
    let fired: Vec<(&'static Rule, Vec<&'static Question>, Vec<CText>)> = content
        .rules
        .iter()
        .filter(|r| r.role.is_none_or(|r| r == role))
        .filter(|r| r.when.iter().all(|c| facts.holds(c)))
        .filter_map(|r| {
            let causes = causes(r);
            let names = list_names(r, &facts, &causes);
            (r.list.is_none() || !names.is_empty()).then_some((r, causes, names))
        })
        .collect();
    let (mut advice, hidden): (Vec<Advice>, Vec<Advice>) = fired
        .iter()
        .map(|(rule, causes, names)| Advice {
            rule,
            causes: causes.clone(),
            names: names.clone(),
        })
        .partition(|a| !fired.iter().any(|(f, ..)| f.hides(a.rule.id)));
    // Stable: equal keys keep content order.
    super::answers::sort_by_key(&mut advice, |a| (!a.rule.knockout, a.rule.priority));
    (advice, hidden)
}

/// What fills a rule's `{}`, in content order.
fn list_names(rule: &Rule, facts: &Facts, causes: &[&'static Question]) -> Vec<CText> {
    match &rule.list {
        None => Vec::new(),
        Some(List::Unticked(id, codes)) => match facts.find(id) {
            Some(Asked {
                question,
                given: Given::Chosen(chosen),
            }) => question
                .options
                .iter()
                .filter(|o| codes.contains(&o.code) && !chosen.iter().any(|c| c.code == o.code))
                .map(|o| o.short)
                .collect(),
            // Not answered, or "Weet ik niet": nothing is known to be missing.
            _ => Vec::new(),
        },
        // In questionnaire order, as the causes are.
        Some(List::Causes(named)) => causes
            .iter()
            .filter_map(|q| named.iter().find(|(id, _)| *id == q.id).map(|(_, t)| *t))
            .collect(),
    }
}

/// Whether `clause` is about question `id` itself (not about the ask's weight or a score).
fn names(clause: &Clause, id: &str) -> bool {
    match clause {
        Clause::Has(q, _) | Clause::Lacks(q, _) | Clause::Not(q, _) | Clause::DontKnow(q) => {
            *q == id
        }
        Clause::IntensityAtLeast(_) | Clause::ScoreBelow(..) => false,
        Clause::Any(clauses) => clauses.iter().any(|c| names(c, id)),
    }
}

/// A knock-out is never averaged away: the topics of the answers it names are a risk, and their
/// score is no higher than what those answers give, so bar, number and words say the same. (The
/// answers that only made the ask heavy are causes too, but not the topic at fault.)
fn mark_knockouts<'a>(
    advice: impl Iterator<Item = &'a Advice>,
    asked: &[Asked],
    dimensions: &mut [DimensionResult],
) {
    for item in advice.filter(|a| a.rule.knockout) {
        let named = item
            .causes
            .iter()
            .filter(|q| item.rule.when.iter().any(|c| names(c, q.id)));
        for q in named {
            let given = asked
                .iter()
                .find(|a| a.question.id == q.id)
                .map(|a| &a.given);
            for &d in q.dimensions {
                let Some(r) = dimensions.get_mut(d) else {
                    continue;
                };
                let cap = match given {
                    Some(Given::Chosen(chosen)) => Some(contribution(q, chosen, d).min(100) as u8),
                    // Not known: no number can be given for the topic.
                    _ => None,
                };
                r.score = match (r.score, cap) {
                    (Some(s), Some(c)) => Some(s.min(c)),
                    _ => None,
                };
                r.status = Status::Risk;
                r.knocked_out = true;
            }
        }
    }
}

/// A question's `weak_when` (`WEAK_WHEN`), on the answers given, as a `condition` reads them.
#[inline(never)]
fn weak_counts(q: &Question, asked: &[Asked]) -> bool {
    super::content::WEAK_WHEN
        .iter()
        .find(|(id, _)| *id == q.id)
        .is_none_or(|(_, c)| holds(c, asked))
}

/// A condition on the answers given, as a question's `condition` reads it: `any_of` needs one of
/// its codes chosen; `none_of` holds unless one is (also when the question was not answered).
fn holds(c: &Condition, asked: &[Asked]) -> bool {
    let given = asked
        .iter()
        .find(|a| a.question.id == c.question)
        .map_or(&[][..], |a| match &a.given {
            Given::Chosen(chosen) => chosen.as_slice(),
            _ => &[],
        });
    if c.any_of.is_empty() {
        !given.iter().any(|o| c.none_of.contains(&o.code))
    } else {
        given.iter().any(|o| c.any_of.contains(&o.code))
    }
}

/// "Weet ik niet" and weak answers, the most important questions first, then in questionnaire
/// order. Each in the words that fit the answers given: the first of the question's `VARIANTS`
/// whose conditions all hold, or its own; a variant with weak answers of its own counts those instead.
#[inline(never)]
fn follow_ups(asked: &[Asked]) -> Vec<FollowUp> {
    let variants = super::content::VARIANTS;
    let mut list: Vec<FollowUp> = asked
        .iter()
        .enumerate()
        .filter_map(|(position, a)| {
            let q = a.question;
            let variant = variants
                .iter()
                .position(|v| v.question == q.id && v.when.iter().all(|c| holds(c, asked)));
            let weak = variant.and_then(|i| variants[i].weak).unwrap_or(q.weak);
            let unknown = match &a.given {
                Given::DontKnow => true,
                Given::Chosen(chosen)
                    if chosen.iter().any(|o| weak.contains(&o.code)) && weak_counts(q, asked) =>
                {
                    false
                }
                _ => return None,
            };
            Some(FollowUp {
                question: q,
                unknown,
                position,
                text: variant.map_or(q.follow_up, |i| variants[i].follow_up),
                variant,
            })
        })
        .collect();
    super::answers::sort_by_key(&mut list, |f| f.question.priority);
    list
}

/// The verdict: "not yet" on a knock-out, or when as many topics are at risk as the ask's
/// weight allows (`not_yet_risks`: `u8::MAX` for a light ask, whose weak topics are things to
/// ask or arrange first); "ready" only when nothing urgent is left and enough is known.
// `inline(never)` here and on `follow_ups` and `weak_counts`: measured, it keeps the sheet's wasm
// smallest (the advice sheet is at the edge of its size budget).
#[inline(never)]
fn level(
    advice: &[Advice],
    dimensions: &[DimensionResult],
    certainty: u8,
    not_yet_risks: u8,
) -> Level {
    let risks = dimensions
        .iter()
        .filter(|d| d.status == Status::Risk)
        .count();
    let knockout = advice.iter().any(|a| a.rule.knockout);
    let urgent = advice
        .iter()
        .any(|a| !a.rule.knockout && a.rule.priority < URGENT_BELOW);
    if knockout || risks >= usize::from(not_yet_risks) {
        Level::NotYet
    } else if urgent
        || dimensions.iter().any(|d| d.status != Status::Good)
        || certainty < CERTAIN_FROM
    {
        Level::FirstArrange
    } else {
        Level::Ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str], lang: Lang) -> String {
        let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        running_list(&items, lang)
    }

    #[test]
    fn a_list_in_running_text_keeps_items_with_an_or_of_their_own_apart() {
        assert_eq!(list(&[], Lang::En), "");
        assert_eq!(list(&["money"], Lang::En), "money");
        assert_eq!(list(&["money", "rules"], Lang::Nl), "money en rules");
        assert_eq!(list(&["a", "b", "c"], Lang::En), "a, b and c");
        assert_eq!(
            list(
                &["training or coaching", "a payment", "practical help"],
                Lang::En
            ),
            "training or coaching; a payment; and practical help"
        );
        assert_eq!(
            list(&["training of coaching", "een vergoeding"], Lang::Nl),
            "training of coaching, en een vergoeding"
        );
        // An "and" of its own too: not "materials and tools and a contact person".
        assert_eq!(
            list(
                &["materiaal en gereedschap", "een vast aanspreekpunt"],
                Lang::Nl
            ),
            "materiaal en gereedschap, en een vast aanspreekpunt"
        );
        // "or" inside a word is not an item's own "or".
        assert_eq!(list(&["work", "order"], Lang::En), "work and order");
        assert_eq!(list(&["sand", "gravel"], Lang::En), "sand and gravel");
    }
}
