//! The questionnaire on paper (papier.html): every question a role can be asked, numbered, its
//! options lettered, and the skip rules written out from the content's conditions, so that a
//! person with a pen takes the same way through it as the online flow would.
//!
//! Two kinds of rule, both from `condition`s:
//! - a **filter** in front of a conditional question, or of a run of consecutive questions with
//!   the same condition: "Alleen als u bij vraag 1 A koos. Anders: ga door naar vraag 10.", or
//!   for a `none_of` condition "Koos u bij vraag 1 B of C? Ga dan door naar vraag 10.";
//! - a **jump** under a single-choice question whose answer alone rules out the questions right
//!   after it: "Kiest u D? Ga dan door naar vraag 6."
//!
//! The jump target is the first later question that answer does not rule out; a filter's target
//! is the first question after its run. Either one may carry its own filter, which the reader then
//! follows: so the paper never skips a question the online flow would ask.

mod route;
pub mod typing;

pub use route::PaperRoute;

use super::answers::{Answer, Answers};
use super::content::{Condition, Content, Kind, Question, Role};
use super::flow;
use super::lang::Lang;
use super::share::Shared;
use crate::i18n::{self, by_role, fill};

/// Where a rule sends the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Question(usize),
    /// Past the last question: the end of the form.
    End,
}

/// A question's condition in paper terms.
#[derive(Debug, PartialEq)]
pub struct Filter {
    /// The number of the question the condition names.
    pub on: usize,
    /// The letters it names (indexes into that question's boxes, see [`letter`]).
    pub boxes: Vec<usize>,
    /// `true`: asked only after one of `boxes`; `false`: skipped after one of them.
    pub only_if: bool,
    /// The number of the last question of the run this filter stands in front of.
    pub last: usize,
    /// Where to go when the run does not apply.
    pub then: Target,
}

/// Some boxes of a single-choice question lead past the questions right after it.
#[derive(Debug, PartialEq)]
pub struct Jump {
    /// Indexes into the question's boxes (the options, then "Weet ik niet").
    pub boxes: Vec<usize>,
    pub to: Target,
}

#[derive(Debug)]
pub struct PaperQuestion {
    pub number: usize,
    pub question: &'static Question,
    /// Only on the first question of a run with the same condition.
    pub filter: Option<Filter>,
    /// The condition of this question, also inside a run (the typing page names it per question).
    pub condition: Option<Filter>,
    pub jumps: Vec<Jump>,
}

impl PaperQuestion {
    /// The boxes to tick: the options, then "Weet ik niet" where it is offered.
    pub fn boxes(&self) -> usize {
        self.question.options.len() + usize::from(self.question.dont_know)
    }

    /// The answer that ticking box `i` alone gives.
    pub fn answer_for(&self, i: usize) -> Option<Answer> {
        let q = self.question;
        match q.options.get(i) {
            Some(o) if q.kind == Kind::Single => Some(Answer::One(o.code)),
            Some(o) => Some(Answer::Many(vec![o.code])),
            None if i == q.options.len() && q.dont_know => Some(Answer::DontKnow),
            None => None,
        }
    }
}

/// The letter of box `i`: A, B, C, ...
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

/// The box of a letter typed on the keyboard, either case.
pub fn box_of_letter(c: char) -> Option<usize> {
    let c = c.to_ascii_uppercase();
    c.is_ascii_uppercase().then(|| usize::from(c as u8 - b'A'))
}

/// The paper form of `role`: every question the online flow can ask, in its order.
pub fn layout(content: &'static Content, role: Role) -> Vec<&'static Question> {
    flow::all_steps(content, role)
        .into_iter()
        .filter(|q| can_be_asked(content, role, q))
        .collect()
}

/// A condition on a question that is never asked (a retired one) only ever holds as `none_of`.
fn can_be_asked(content: &'static Content, role: Role, q: &Question) -> bool {
    let Some(c) = &q.condition else {
        return true;
    };
    let target = flow::question(content, c.question).filter(|t| !t.retired && t.role == role);
    c.any_of.is_empty() || target.is_some_and(|t| can_be_asked(content, role, t))
}

fn same_condition(a: &Option<Condition>, b: &Option<Condition>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.question == b.question && a.any_of == b.any_of && a.none_of == b.none_of
        }
        _ => false,
    }
}

/// Whether `cond` holds when its question was answered `answer`.
fn holds(cond: &Condition, answer: &Answer) -> bool {
    if cond.any_of.is_empty() {
        !answer.includes_any(cond.none_of)
    } else {
        answer.includes_any(cond.any_of)
    }
}

/// The paper form of `role`, numbered, with its filters and jumps.
pub fn paper(content: &'static Content, role: Role) -> Vec<PaperQuestion> {
    let qs = layout(content, role);
    let number_of = |id: &str| qs.iter().position(|q| q.id == id).map(|i| i + 1);
    let target = |index: usize| match index < qs.len() {
        true => Target::Question(index + 1),
        false => Target::End,
    };
    let mut out: Vec<PaperQuestion> = Vec::with_capacity(qs.len());
    for (i, q) in qs.iter().enumerate() {
        let condition = q.condition.as_ref().and_then(|c| {
            let on = number_of(c.question)?;
            let router = qs[on - 1];
            let codes = if c.any_of.is_empty() {
                c.none_of
            } else {
                c.any_of
            };
            let boxes = router
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| codes.contains(&o.code))
                .map(|(b, _)| b)
                .collect();
            // The run: this question and the ones right after it with the same condition.
            let mut end = i;
            while end + 1 < qs.len() && same_condition(&qs[end + 1].condition, &q.condition) {
                end += 1;
            }
            Some(Filter {
                on,
                boxes,
                only_if: !c.any_of.is_empty(),
                last: end + 1,
                then: target(end + 1),
            })
        });
        let first_of_run = i == 0 || !same_condition(&qs[i - 1].condition, &q.condition);
        let filter = if first_of_run {
            condition.as_ref().map(|c| Filter {
                on: c.on,
                boxes: c.boxes.clone(),
                only_if: c.only_if,
                last: c.last,
                then: c.then,
            })
        } else {
            None
        };
        out.push(PaperQuestion {
            number: i + 1,
            question: q,
            filter,
            condition,
            jumps: jumps(&qs, i),
        });
    }
    out
}

/// Where each box of question `i` leads when it rules out the questions right after it.
fn jumps(qs: &[&'static Question], i: usize) -> Vec<Jump> {
    let q = qs[i];
    if q.kind != Kind::Single {
        // Several ticks could lead several ways: the filters in front of the questions say it.
        return Vec::new();
    }
    let answers = q
        .options
        .iter()
        .map(|o| Answer::One(o.code))
        .chain(q.dont_know.then_some(Answer::DontKnow));
    let mut out: Vec<Jump> = Vec::new();
    for (b, answer) in answers.enumerate() {
        // The first later question this answer alone does not rule out.
        let next = (i + 1..qs.len())
            .find(|&j| match &qs[j].condition {
                Some(c) if c.question == q.id => holds(c, &answer),
                _ => true,
            })
            .unwrap_or(qs.len());
        if next == i + 1 {
            continue;
        }
        let to = if next < qs.len() {
            Target::Question(next + 1)
        } else {
            Target::End
        };
        match out.iter_mut().find(|j| j.to == to) {
            Some(j) => j.boxes.push(b),
            None => out.push(Jump { boxes: vec![b], to }),
        }
    }
    out
}

// ---------- in words ----------

/// "A", "A of B", "A, B of C".
pub fn letters(boxes: &[usize], lang: Lang) -> String {
    let mut out = String::new();
    for (n, b) in boxes.iter().enumerate() {
        if n > 0 {
            if n + 1 == boxes.len() {
                out.push(' ');
                out.push_str(i18n::PAPER_OR.get(lang));
                out.push(' ');
            } else {
                out.push_str(", ");
            }
        }
        out.push(letter(*b));
    }
    out
}

/// "vraag 10", or "het einde van de vragenlijst".
pub fn target_text(to: Target, lang: Lang) -> String {
    match to {
        Target::Question(n) => fill(i18n::PAPER_TO_Q.get(lang), &[&n.to_string()]),
        Target::End => i18n::PAPER_TO_END.get(lang).to_string(),
    }
}

/// The filter in the role's voice.
pub fn filter_text(f: &Filter, role: Role, lang: Lang) -> String {
    let template = if f.only_if {
        by_role(
            role,
            i18n::PAPER_ONLY_IF,
            i18n::PAPER_ONLY_IF_R,
            i18n::PAPER_ONLY_IF_I,
        )
    } else {
        by_role(
            role,
            i18n::PAPER_SKIP_IF,
            i18n::PAPER_SKIP_IF_R,
            i18n::PAPER_SKIP_IF_I,
        )
    };
    fill(
        template.get(lang),
        &[
            &f.on.to_string(),
            &letters(&f.boxes, lang),
            &target_text(f.then, lang),
        ],
    )
}

/// A jump in the role's voice: "Kiest u D? Ga dan door naar vraag 6."
pub fn jump_text(j: &Jump, role: Role, lang: Lang) -> String {
    let template = by_role(
        role,
        i18n::PAPER_JUMP,
        i18n::PAPER_JUMP_R,
        i18n::PAPER_JUMP_I,
    );
    fill(
        template.get(lang),
        &[&letters(&j.boxes, lang), &target_text(j.to, lang)],
    )
}

// ---------- typing a form in ----------

/// How many of the questions asked with these answers have one (of `asked`).
pub fn answered(content: &'static Content, shared: &Shared) -> (usize, usize) {
    let steps = flow::steps(content, shared.role, &shared.answers);
    let done = steps
        .iter()
        .filter(|q| shared.answers.get(q.id).is_some())
        .count();
    (done, steps.len())
}

/// The answers as they go into the share link: those to questions the other answers skip are
/// left out (the sheet would ignore them anyway), the rest stay as typed.
pub fn for_link(content: &'static Content, shared: &Shared) -> Shared {
    let mut answers: Answers = shared.answers.clone();
    flow::prune(content, shared.role, &mut answers);
    Shared {
        answers,
        ..shared.clone()
    }
}
