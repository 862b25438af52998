//! Which questions a role is asked, given the answers so far.
//!
//! Answers to questions that no longer apply are kept (a user who flips an answer back gets
//! them again); the assessment simply ignores them.

use super::answers::{Answer, Answers};
use super::content::{Content, Kind, Opt, Question, Role};

/// The question with this id, retired or not.
pub fn question(content: &'static Content, id: &str) -> Option<&'static Question> {
    content.questions.iter().find(|q| q.id == id)
}

/// The option with this code in a question.
pub fn option(question: &'static Question, code: &str) -> Option<&'static Opt> {
    question.options.iter().find(|o| o.code == code)
}

/// Whether `question` is asked of `role` now: not retired, the role's own, and its condition holds.
/// A condition on a question that does not apply itself does not hold.
pub fn applies(
    content: &'static Content,
    role: Role,
    question: &Question,
    answers: &Answers,
) -> bool {
    // build.rs makes conditions point backwards, so chains end; the bound guards hand-made content.
    applies_within(content, role, question, answers, content.questions.len())
}

fn applies_within(
    content: &'static Content,
    role: Role,
    q: &Question,
    answers: &Answers,
    depth: usize,
) -> bool {
    if q.retired || q.role != role {
        return false;
    }
    let Some(cond) = &q.condition else {
        return true;
    };
    if depth == 0 {
        return false;
    }
    let Some(target) = self::question(content, cond.question) else {
        return false;
    };
    let answer = answers
        .get(cond.question)
        .filter(|_| applies_within(content, role, target, answers, depth - 1));
    if cond.any_of.is_empty() {
        // `none_of`: an answer that does not apply, or none at all, excludes nothing.
        !answer.is_some_and(|a| a.includes_any(cond.none_of))
    } else {
        answer.is_some_and(|a| a.includes_any(cond.any_of))
    }
}

/// The questions this role is asked now, in file order.
pub fn steps(content: &'static Content, role: Role, answers: &Answers) -> Vec<&'static Question> {
    content
        .questions
        .iter()
        .filter(|q| applies(content, role, q, answers))
        .collect()
}

/// Every question a role could ever be asked (not retired), in file order; for "step n of m"
/// before the conditions are known, and for the share code.
pub fn all_steps(content: &'static Content, role: Role) -> Vec<&'static Question> {
    content
        .questions
        .iter()
        .filter(|q| q.role == role && !q.retired)
        .collect()
}

/// Whether `answer` is a well-formed answer to `question`: known codes, the right shape,
/// "Weet ik niet" only where offered, an exclusive option alone, no duplicates.
pub fn is_valid(question: &Question, answer: &Answer) -> bool {
    let known = |c: &&str| question.options.iter().any(|o| o.code == *c);
    match (question.kind, answer) {
        (_, Answer::DontKnow) => question.dont_know,
        (Kind::Single, Answer::One(code)) => known(code),
        (Kind::Multi, Answer::Many(codes)) => {
            if codes.is_empty() || !codes.iter().all(known) {
                return false;
            }
            let mut seen: Vec<&str> = Vec::with_capacity(codes.len());
            for c in codes {
                if seen.contains(c) {
                    return false;
                }
                seen.push(c);
            }
            let exclusive = question
                .options
                .iter()
                .any(|o| o.exclusive && codes.contains(&o.code));
            !exclusive || codes.len() == 1
        }
        _ => false,
    }
}

/// Removes the answers to questions of `role` that no longer apply. Optional: the UI may keep
/// them so a flipped-back answer restores them; `assess` ignores them either way.
pub fn prune(content: &'static Content, role: Role, answers: &mut Answers) {
    let keep: Vec<&'static str> = steps(content, role, answers).iter().map(|q| q.id).collect();
    answers.retain(|id, _| {
        keep.contains(&id) || question(content, id).is_some_and(|q| q.role != role)
    });
}

/// What ticking (or unticking) option `index` makes of the current, unsaved selection.
/// A single choice is that option. In a multiple choice an exclusive option ("nog niets
/// geregeld") stands alone, and codes stay in content order so a choice always encodes the same.
pub fn toggle(
    q: &'static Question,
    current: &Option<Answer>,
    index: usize,
    on: bool,
) -> Option<Answer> {
    let Some(opt) = q.options.get(index) else {
        return current.clone();
    };
    match q.kind {
        Kind::Single => Some(Answer::One(opt.code)),
        Kind::Multi => {
            let mut codes: Vec<&'static str> = match current {
                Some(Answer::Many(c)) if !opt.exclusive => c.clone(),
                _ => Vec::new(),
            };
            codes.retain(|c| {
                *c != opt.code && !q.options.iter().any(|o| o.exclusive && o.code == *c)
            });
            if on {
                codes.push(opt.code);
            }
            super::answers::sort_by_key(&mut codes, |c| {
                q.options.iter().position(|o| o.code == *c)
            });
            (!codes.is_empty()).then_some(Answer::Many(codes))
        }
    }
}

#[cfg(test)]
mod toggle_tests {
    use super::{question, toggle};
    use crate::model::{Answer, CONTENT};

    fn position(id: &str, code: &str) -> usize {
        let q = question(&CONTENT, id).unwrap();
        q.options.iter().position(|o| o.code == code).unwrap()
    }

    #[test]
    fn ticking_keeps_content_order_and_unticking_removes() {
        let q = question(&CONTENT, "o_support").unwrap();
        let a = toggle(q, &None, position("o_support", "training"), true);
        let a = toggle(q, &a, position("o_support", "materials"), true);
        assert_eq!(a, Some(Answer::Many(vec!["materials", "training"])));
        let a = toggle(q, &a, position("o_support", "materials"), false);
        assert_eq!(a, Some(Answer::Many(vec!["training"])));
        // Unticking the last one leaves no answer, so "Verder" asks for one.
        assert_eq!(
            toggle(q, &a, position("o_support", "training"), false),
            None
        );
    }

    #[test]
    fn an_exclusive_option_stands_alone() {
        let q = question(&CONTENT, "o_support").unwrap();
        let some = Some(Answer::Many(vec!["materials", "contact"]));
        let nothing = toggle(q, &some, position("o_support", "nothing"), true);
        assert_eq!(nothing, Some(Answer::Many(vec!["nothing"])));
        let again = toggle(q, &nothing, position("o_support", "budget"), true);
        assert_eq!(again, Some(Answer::Many(vec!["budget"])));
        // After "Weet ik niet", ticking an option starts afresh.
        assert_eq!(
            toggle(
                q,
                &Some(Answer::DontKnow),
                position("o_support", "budget"),
                true
            ),
            Some(Answer::Many(vec!["budget"]))
        );
    }

    #[test]
    fn a_single_choice_is_the_option_and_a_bad_index_changes_nothing() {
        let q = question(&CONTENT, "o_room").unwrap();
        assert_eq!(
            toggle(q, &None, 0, true),
            Some(Answer::One(q.options[0].code))
        );
        let current = Some(Answer::DontKnow);
        assert_eq!(toggle(q, &current, 99, true), current);
    }
}

#[cfg(test)]
mod condition_tests {
    use super::{applies, question};
    use crate::model::{Answer, Answers, Role, CONTENT};

    fn asked(id: &str, who: Option<&'static str>) -> bool {
        let mut a = Answers::default();
        if let Some(code) = who {
            a.set("o_who", Answer::One(code));
        }
        applies(
            &CONTENT,
            Role::Official,
            question(&CONTENT, id).unwrap(),
            &a,
        )
    }

    #[test]
    fn none_of_also_holds_while_unanswered_and_any_of_does_not() {
        // o_room is hidden for an initiative (none_of); o_listen is asked only then (any_of).
        assert!(asked("o_room", None), "an older link without o_who");
        assert!(asked("o_room", Some("ask")));
        assert!(!asked("o_room", Some("initiative")));
        assert!(!asked("o_room", Some("takeover")));
        assert!(!asked("o_listen", None));
        assert!(asked("o_listen", Some("initiative")));
        assert!(!asked("o_init_challenge", Some("initiative")));
        assert!(asked("o_init_challenge", Some("takeover")));
        // "Weet ik niet" on the question a none_of names excludes nothing either.
        let mut a = Answers::default();
        a.set("o_who", Answer::DontKnow);
        assert!(applies(
            &CONTENT,
            Role::Official,
            question(&CONTENT, "o_room").unwrap(),
            &a
        ));
    }
}
