//! The journey through the check as pure rules: where each button and link leads, and what it
//! does to the answers. The state holds a [`Session`] and its reducer calls these; pages only ask.
//!
//! The rules, in the order a person meets them (`tests/session.rs` spells each one out):
//! - **Begin**: choosing a role starts at question 1; choosing another role forgets the answers.
//!   Coming from "check your answers" with the same role returns there.
//! - **Answer**: "Verder" goes to the next question, and after the last to "check your answers".
//!   Changing an answer from there returns there, unless the change opens questions not yet
//!   answered: those are asked first.
//! - **Back**: the previous question, the start page before question 1, "check your answers" when
//!   changing an answer from there.
//! - **Resume**: the first question not yet answered, or "check your answers" when all are.
//! - **Restart** and **clear** forget the role, the title and the answers.
//! - **A shared link**: opening one with no answers of one's own takes it over; otherwise it is
//!   only shown, with an offer to take it over. It is one's own when it carries the same answers.

use super::answers::{Answer, Answers};
use super::content::{Content, Question, Role};
use super::flow;
use super::lang::Lang;
use super::route::Route;
use super::share::{self, Shared};

/// A person's way through the check: the role, the plan's title and the answers so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    pub role: Option<Role>,
    /// Normalised as the share code keeps it, so a reopened link compares equal.
    pub title: String,
    pub answers: Answers,
    /// Came to a question from "check your answers": "Verder" returns there.
    pub reviewing: bool,
    /// Answers from an earlier visit were found: the start page offers to continue or start again.
    pub resume: bool,
}

impl Session {
    /// The answers an earlier visit left on this device.
    pub fn restore(saved: Shared) -> Session {
        Session {
            resume: !saved.answers.is_empty(),
            role: Some(saved.role),
            title: saved.title,
            answers: saved.answers,
            reviewing: false,
        }
    }

    /// The questions asked now, in order; step `n` is `steps()[n - 1]`. None before a role is chosen.
    pub fn steps(&self, content: &'static Content) -> Vec<&'static Question> {
        self.role
            .map(|role| flow::steps(content, role, &self.answers))
            .unwrap_or_default()
    }

    /// The shareable form of the answers, once a role is chosen.
    pub fn shared(&self, lang: Lang) -> Option<Shared> {
        Some(Shared {
            role: self.role?,
            lang,
            title: self.title.clone(),
            answers: self.answers.clone(),
        })
    }

    /// The start page's "Verder" with a role and a title; returns where it leads.
    pub fn begin(&mut self, role: Role, title: &str) -> Route {
        let same_role = self.role == Some(role);
        if !same_role {
            self.answers = Answers::default();
        }
        self.role = Some(role);
        self.title = share::normalise_title(title);
        self.resume = false;
        // From "Wijzig" on the overview with the same role, the answers stand: back there.
        self.reviewing &= same_role;
        if self.reviewing {
            Route::Check
        } else {
            Route::Question(1)
        }
    }

    /// Gives `answer` to `id`, asked as step `step` (1-based); returns where "Verder" leads.
    pub fn answer(
        &mut self,
        content: &'static Content,
        step: usize,
        id: &'static str,
        answer: Answer,
    ) -> Route {
        self.answers.set(id, answer);
        self.next(content, step)
    }

    /// Where "Verder" leads from step `step` with the answers as they are now.
    pub fn next(&self, content: &'static Content, step: usize) -> Route {
        let steps = self.steps(content);
        if self.reviewing {
            // Conditions only point back, so a question a change opens comes after it.
            return steps
                .iter()
                .enumerate()
                .skip(step)
                .find(|(_, q)| self.answers.get(q.id).is_none())
                .map_or(Route::Check, |(i, _)| Route::Question(i + 1));
        }
        if step < steps.len() {
            Route::Question(step + 1)
        } else {
            Route::Check
        }
    }

    /// Where the back link of step `step` leads.
    pub fn back(&self, step: usize) -> Route {
        if self.reviewing {
            Route::Check
        } else if step > 1 {
            Route::Question(step - 1)
        } else {
            Route::Start
        }
    }

    /// Where a question page must send the reader instead, if anywhere: without a role to the start
    /// page, past the last question to "check your answers".
    pub fn redirect(&self, content: &'static Content, step: usize) -> Option<Route> {
        match self.role {
            None => Some(Route::Start),
            Some(_) if step > self.steps(content).len() => Some(Route::Check),
            Some(_) => None,
        }
    }

    /// Where "Verder waar u was" leads: the first question not yet answered, or the overview.
    pub fn resume_target(&self, content: &'static Content) -> Route {
        if self.role.is_none() {
            return Route::Start;
        }
        self.steps(content)
            .iter()
            .position(|q| self.answers.get(q.id).is_none())
            .map_or(Route::Check, |i| Route::Question(i + 1))
    }

    /// "Verder waar u was": the offer goes, the answers stay; returns where it leads.
    pub fn resume(&mut self, content: &'static Content) -> Route {
        self.resume = false;
        self.resume_target(content)
    }

    /// "Wijzig" on the overview: the question's "Verder" comes back there.
    pub fn review(&mut self) {
        self.reviewing = true;
    }

    /// "Naar het advies" on the overview: the sheet of these answers, at its own address.
    pub fn finish(&mut self, content: &Content, lang: Lang) -> Route {
        self.reviewing = false;
        self.sheet(content, lang)
    }

    /// The address of the sheet of these answers (its share link), or the start page without a role.
    pub fn sheet(&self, content: &Content, lang: Lang) -> Route {
        match self.shared(lang) {
            Some(own) => Route::Sheet(Some(share::encode(content, &own))),
            None => Route::Start,
        }
    }

    /// "Opnieuw beginnen" and "Wis mijn antwoorden": role, title and answers are forgotten.
    pub fn restart(&mut self) {
        *self = Session::default();
    }

    /// Takes over the answers of a share link (its language is the state's business).
    pub fn adopt(&mut self, shared: Shared) {
        *self = Session {
            role: Some(shared.role),
            title: shared.title,
            answers: shared.answers,
            reviewing: false,
            resume: false,
        };
    }

    /// A share link was opened: with no answers of one's own there is nothing to lose, so it is
    /// taken over and one can go on from it. Returns its language if it was.
    pub fn open(&mut self, shared: Shared) -> Option<Lang> {
        if !self.answers.is_empty() {
            return None;
        }
        let lang = shared.lang;
        self.adopt(shared);
        Some(lang)
    }

    /// Whether `shown` holds this session's answers, in whatever language it was shared.
    pub fn is_own(&self, shown: &Shared) -> bool {
        self.role == Some(shown.role) && self.title == shown.title && self.answers == shown.answers
    }
}
