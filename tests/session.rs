//! The journey through the check, rule by rule (`model::session`). Each test is one sentence of
//! the journey's specification. They read the real questionnaire but name no question: each
//! finds what it needs (a question that depends on another's answer), so content edits keep them
//! meaningful.

use coproductiecheck::model::content::{Kind, Question};
use coproductiecheck::model::route::Route;
use coproductiecheck::model::session::Session;
use coproductiecheck::model::share::{self, Shared};
use coproductiecheck::model::{flow, Answer, Answers, Lang, Role, CONTENT};

/// A well-formed answer to `q` that is not "Weet ik niet": its first option.
fn some_answer(q: &Question) -> Answer {
    let first = q.options.iter().find(|o| !o.exclusive).unwrap();
    match q.kind {
        Kind::Single => Answer::One(first.code),
        Kind::Multi => Answer::Many(vec![first.code]),
    }
}

/// A person who chose `role` and answered every question asked, as the pages ask them.
fn answered_all(role: Role) -> Session {
    let mut s = Session::default();
    s.begin(role, "");
    let mut step = 1;
    while let Some(q) = s.steps(&CONTENT).get(step - 1).copied() {
        s.answer(&CONTENT, step, q.id, some_answer(q));
        step += 1;
    }
    s
}

/// A question asked only after a certain answer to an earlier one: (that question, the earlier
/// one, an answer that opens it, an answer that does not).
fn conditional() -> (&'static Question, &'static Question, Answer, Answer) {
    CONTENT
        .questions
        .iter()
        .filter(|q| !q.retired)
        .find_map(|q| {
            let cond = q.condition.as_ref()?;
            let trigger = flow::question(&CONTENT, cond.question)?;
            let open = trigger
                .options
                .iter()
                .find(|o| cond.any_of.contains(&o.code))?;
            let closed = trigger.options.iter().find(|o| {
                !cond.any_of.contains(&o.code) && !o.exclusive && trigger.kind == Kind::Single
            })?;
            Some((q, trigger, Answer::One(open.code), Answer::One(closed.code)))
        })
        .expect("the questionnaire has a question that depends on a single-choice answer")
}

fn step_of(s: &Session, id: &str) -> usize {
    s.steps(&CONTENT).iter().position(|q| q.id == id).unwrap() + 1
}

// ---------- begin ----------

#[test]
fn choosing_a_role_starts_at_question_one_with_the_title_as_a_link_keeps_it() {
    let mut s = Session::default();
    assert_eq!(
        s.begin(Role::Official, "  Afvalbakken\tNoord "),
        Route::Question(1)
    );
    assert_eq!(s.role, Some(Role::Official));
    assert_eq!(s.title, "Afvalbakken Noord");
}

#[test]
fn choosing_the_same_role_again_keeps_the_answers_and_another_role_forgets_them() {
    let mut s = answered_all(Role::Official);
    let answers = s.answers.clone();
    s.begin(Role::Official, "Nieuwe naam");
    assert_eq!(s.answers, answers);
    s.begin(Role::Resident, "");
    assert!(s.answers.is_empty());
}

#[test]
fn changing_the_title_from_the_overview_returns_there() {
    let mut s = answered_all(Role::Resident);
    s.review();
    assert_eq!(s.begin(Role::Resident, "Andere naam"), Route::Check);
}

#[test]
fn changing_the_role_from_the_overview_starts_the_new_role_at_question_one() {
    let mut s = answered_all(Role::Resident);
    s.review();
    assert_eq!(s.begin(Role::Official, ""), Route::Question(1));
    assert!(!s.reviewing, "the new role's questions are asked in turn");
}

// ---------- answer and next ----------

#[test]
fn verder_walks_through_every_question_and_then_to_the_overview() {
    for role in Role::ALL {
        let mut s = Session::default();
        s.begin(role, "");
        let mut step = 1;
        loop {
            let q = s.steps(&CONTENT)[step - 1];
            match s.answer(&CONTENT, step, q.id, some_answer(q)) {
                Route::Question(n) => {
                    assert_eq!(n, step + 1, "{role:?}: one step at a time");
                    step = n;
                }
                Route::Check => break,
                other => panic!("{role:?}: Verder led to {other:?}"),
            }
        }
        assert_eq!(
            step,
            s.steps(&CONTENT).len(),
            "{role:?}: after the last question"
        );
        assert_eq!(s.answers.len(), step);
    }
}

#[test]
fn an_answer_that_opens_questions_asks_them_next() {
    let (q, trigger, open, closed) = conditional();
    let mut s = Session::default();
    s.begin(q.role, "");
    let step = step_of(&s, trigger.id);
    s.answer(&CONTENT, step, trigger.id, closed);
    let before = ids(&s);
    assert!(!before.contains(&q.id));
    assert_eq!(
        s.answer(&CONTENT, step, trigger.id, open),
        Route::Question(step + 1)
    );
    // Conditions only point back: what the answer opens comes after it.
    let opened = opened(&before, &s);
    assert!(opened.contains(&q.id));
    assert!(opened.iter().all(|id| step_of(&s, id) > step));
}

/// The ids of the questions asked now.
fn ids(s: &Session) -> Vec<&'static str> {
    s.steps(&CONTENT).iter().map(|q| q.id).collect()
}

/// The questions asked now that were not asked `before`, in order.
fn opened(before: &[&'static str], s: &Session) -> Vec<&'static str> {
    ids(s)
        .into_iter()
        .filter(|id| !before.contains(id))
        .collect()
}

#[test]
fn a_changed_answer_from_the_overview_returns_there() {
    let mut s = answered_all(Role::Official);
    s.review();
    let q = s.steps(&CONTENT)[1];
    assert_eq!(s.answer(&CONTENT, 2, q.id, Answer::DontKnow), Route::Check);
}

#[test]
fn a_change_from_the_overview_that_opens_questions_asks_them_before_returning() {
    let (q, trigger, open, closed) = conditional();
    let mut s = Session::default();
    s.begin(q.role, "");
    s.answers.set(trigger.id, closed);
    // Everything else answered; what the other answer would open is not asked.
    let mut step = 1;
    while let Some(next) = s.steps(&CONTENT).get(step - 1).copied() {
        if s.answers.get(next.id).is_none() {
            s.answer(&CONTENT, step, next.id, some_answer(next));
        }
        step += 1;
    }
    let before = ids(&s);
    s.review();
    let step = step_of(&s, trigger.id);
    let mut next = s.answer(&CONTENT, step, trigger.id, open);
    let opened = opened(&before, &s);
    assert!(!opened.is_empty());
    for id in opened {
        assert_eq!(next, Route::Question(step_of(&s, id)), "{id} is asked");
        let q = flow::question(&CONTENT, id).unwrap();
        next = s.answer(&CONTENT, step_of(&s, id), id, some_answer(q));
    }
    assert_eq!(next, Route::Check);
}

// ---------- back ----------

#[test]
fn back_goes_to_the_previous_question_and_from_the_first_to_the_start_page() {
    let mut s = Session::default();
    s.begin(Role::Official, "");
    assert_eq!(s.back(1), Route::Start);
    assert_eq!(s.back(4), Route::Question(3));
}

#[test]
fn back_from_a_question_changed_from_the_overview_goes_to_the_overview() {
    let mut s = answered_all(Role::Official);
    s.review();
    assert_eq!(s.back(1), Route::Check);
    assert_eq!(s.back(4), Route::Check);
}

// ---------- wrong turns ----------

#[test]
fn a_question_page_without_a_role_sends_to_the_start_page() {
    assert_eq!(Session::default().redirect(&CONTENT, 3), Some(Route::Start));
}

#[test]
fn a_question_page_past_the_last_question_sends_to_the_overview() {
    let mut s = Session::default();
    s.begin(Role::Resident, "");
    let total = s.steps(&CONTENT).len();
    assert_eq!(s.redirect(&CONTENT, total), None);
    assert_eq!(s.redirect(&CONTENT, total + 1), Some(Route::Check));
}

// ---------- resume ----------

#[test]
fn stored_answers_offer_to_go_on_and_an_empty_start_does_not() {
    let saved = |answers: Answers| Shared {
        role: Role::Official,
        lang: Lang::Nl,
        title: String::new(),
        answers,
    };
    assert!(!Session::restore(saved(Answers::default())).resume);
    let done = answered_all(Role::Official);
    assert!(Session::restore(saved(done.answers)).resume);
}

#[test]
fn going_on_leads_to_the_first_open_question_and_hides_the_offer() {
    let mut s = answered_all(Role::Official);
    let third = s.steps(&CONTENT)[2].id;
    s.answers.remove(third);
    s.resume = true;
    assert_eq!(s.resume(&CONTENT), Route::Question(3));
    assert!(!s.resume);
}

#[test]
fn going_on_with_everything_answered_leads_to_the_overview() {
    let s = answered_all(Role::Resident);
    assert_eq!(s.resume_target(&CONTENT), Route::Check);
    assert_eq!(Session::default().resume_target(&CONTENT), Route::Start);
}

// ---------- restart, finish ----------

#[test]
fn starting_again_forgets_role_title_and_answers() {
    let mut s = answered_all(Role::Official);
    s.begin(Role::Official, "Plan");
    s.review();
    s.restart();
    assert_eq!(s, Session::default());
}

#[test]
fn the_overview_leads_to_the_sheet_at_its_share_link() {
    let mut s = answered_all(Role::Resident);
    s.review();
    let Route::Sheet(Some(code)) = s.finish(&CONTENT, Lang::En) else {
        panic!("not the sheet with a code")
    };
    assert!(!s.reviewing);
    let shared = share::decode(&CONTENT, &code).unwrap();
    assert_eq!(shared.lang, Lang::En);
    assert_eq!(shared.answers, s.answers);
    // Without a role there is no sheet yet.
    assert_eq!(Session::default().sheet(&CONTENT, Lang::Nl), Route::Start);
}

// ---------- shared links ----------

fn link_of(s: &Session, lang: Lang) -> Shared {
    let code = share::encode(&CONTENT, &s.shared(lang).unwrap());
    share::decode(&CONTENT, &code).unwrap()
}

#[test]
fn opening_a_link_with_no_answers_of_ones_own_takes_it_over() {
    let theirs = link_of(&answered_all(Role::Resident), Lang::En);
    let mut s = Session::default();
    assert_eq!(s.open(theirs.clone()), Some(Lang::En));
    assert_eq!(s.role, Some(Role::Resident));
    assert_eq!(s.answers, theirs.answers);
}

#[test]
fn opening_a_link_keeps_ones_own_answers_until_one_takes_it_over() {
    let theirs = link_of(&answered_all(Role::Resident), Lang::Nl);
    let mut s = answered_all(Role::Official);
    let mine = s.clone();
    assert_eq!(s.open(theirs.clone()), None);
    assert_eq!(s, mine);
    assert!(!s.is_own(&theirs));
    s.adopt(theirs.clone());
    assert!(s.is_own(&theirs));
}

#[test]
fn ones_own_link_is_recognised_in_any_language_but_not_with_another_title() {
    let mut s = answered_all(Role::Official);
    s.begin(Role::Official, "Plan");
    assert!(s.is_own(&link_of(&s, Lang::En)));
    let mut other = link_of(&s, Lang::Nl);
    other.title = "Ander plan".into();
    assert!(!s.is_own(&other));
}
