//! What the scenario tests share: answers built up the way a person gives them, and short
//! readers of the assessment, so each test reads like the situation it describes.
#![allow(dead_code)] // each test file uses its own selection

use std::collections::BTreeSet;

use coproductiecheck::model::assess::{Assessment, Status};
use coproductiecheck::model::flow;
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::Lang;
use coproductiecheck::model::{assess, Answer, Answers, Role, CONTENT};

/// One role's answers.
#[derive(Clone)]
pub struct Answering {
    pub role: Role,
    pub answers: Answers,
}

impl Answering {
    pub fn new(role: Role) -> Self {
        Answering {
            role,
            answers: Answers::default(),
        }
    }

    /// A single-choice answer.
    pub fn says(mut self, question: &'static str, code: &'static str) -> Self {
        self.answers.set(question, Answer::One(code));
        self
    }

    /// A multiple-choice answer.
    pub fn ticks(mut self, question: &'static str, codes: &[&'static str]) -> Self {
        self.answers.set(question, Answer::Many(codes.to_vec()));
        self
    }

    /// "Weet ik niet".
    pub fn does_not_know(mut self, question: &'static str) -> Self {
        self.answers.set(question, Answer::DontKnow);
        self
    }

    /// The check's outcome. Every answer must be a well-formed answer to a question of this
    /// role, so a typo in a test cannot pass silently.
    pub fn check(&self) -> Assessment {
        for (id, answer) in self.answers.iter() {
            let q = flow::question(&CONTENT, id)
                .unwrap_or_else(|| panic!("test uses unknown question {id}"));
            assert_eq!(
                q.role, self.role,
                "{id} is not a question for {:?}",
                self.role
            );
            assert!(
                flow::is_valid(q, answer),
                "{answer:?} is not valid for {id}"
            );
        }
        assess(&CONTENT, self.role, &self.answers)
    }
}

/// The answers as a share link carries them, in Dutch, with the plan's title.
pub fn shared(a: Answering, title: &str) -> Shared {
    Shared {
        role: a.role,
        lang: Lang::Nl,
        title: title.into(),
        answers: a.answers,
    }
}

/// An official's waste-bin adoption, well prepared: every question the documents draw on is
/// answered, so a test of them changes only what it is about.
pub fn waste_bins() -> Answering {
    Answering::new(Role::Official)
        .says("o_ask", "maintain")
        .says("o_hours", "lt2")
        .says("o_duration", "year")
        .says("o_few", "many")
        .says("o_backup", "plan")
        .says("o_room", "how")
        .says("o_motive", "quality")
        .says("o_voluntary", "free")
        .ticks("o_support", &["materials", "contact"])
        .says("o_contact", "agreed")
        .ticks("o_expectations", &["say", "time"])
        .says("o_feedback", "each_step")
        .says("o_reach", "all")
        .says("o_offline", "yes")
        .says("o_raad_decides", "no")
        .says("o_raad", "told")
        .says("o_learning", "share")
}

/// The advice rule ids, most important first.
pub fn advice(a: &Assessment) -> Vec<&'static str> {
    a.advice.iter().map(|x| x.rule.id).collect()
}

/// The first `n` advice rule ids.
pub fn top(a: &Assessment, n: usize) -> Vec<&'static str> {
    advice(a).into_iter().take(n).collect()
}

/// The questions behind one advice item.
pub fn causes(a: &Assessment, rule: &str) -> Vec<&'static str> {
    let item = a
        .advice
        .iter()
        .find(|x| x.rule.id == rule)
        .unwrap_or_else(|| panic!("no advice {rule} in {:?}", advice(a)));
    item.causes.iter().map(|q| q.id).collect()
}

/// The source points cited by the first `n` advice items.
pub fn cited(a: &Assessment, n: usize) -> BTreeSet<&'static str> {
    a.advice
        .iter()
        .take(n)
        .flat_map(|x| x.rule.sources.iter().copied())
        .collect()
}

pub fn status(a: &Assessment, dimension: &str) -> Status {
    a.dimensions
        .iter()
        .find(|d| d.dimension.id == dimension)
        .unwrap_or_else(|| panic!("no dimension {dimension}"))
        .status
}

/// Whether a line of a sheet or document speaks of who does what and where the limits are, in
/// residents' own initiative (what `o_init_limits` says, and `o_contact` once said too). Not
/// "the time limits" of the right to challenge.
pub fn says_who_does_what(lang: Lang, line: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::Nl => &[
            "grenzen",
            "wie wat doet",
            "waarvoor zorgt",
            "wel en niet doet",
        ],
        Lang::En => &[
            "the limits are",
            "who does what",
            "care of what",
            "will and will not do",
        ],
    };
    words.iter().any(|w| line.contains(w))
}
