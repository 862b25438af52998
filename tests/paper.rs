//! The questionnaire on paper (`model::paper`): its numbering and skip rules, from the content's
//! conditions, for every role. The central test walks the paper as a person with a pen would,
//! following only what is printed, for every way the routing questions can be answered, and
//! checks that they answer exactly the questions the online flow asks. No question is named:
//! content edits keep the tests meaningful.

use coproductiecheck::model::content::{Kind, Question};
use coproductiecheck::model::paper::{
    answered, box_of_letter, filter_text, for_link, jump_text, layout, letter, paper,
    PaperQuestion, Target,
};
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::{flow, Answer, Answers, Lang, Role, CONTENT};

/// The questions a role's conditions name: their answers decide the way.
fn routers(role: Role) -> Vec<&'static Question> {
    flow::all_steps(&CONTENT, role)
        .into_iter()
        .filter(|r| {
            CONTENT
                .questions
                .iter()
                .any(|q| q.role == role && q.condition.as_ref().is_some_and(|c| c.question == r.id))
        })
        .collect()
}

/// Every answer a router can get on paper: left open, "Weet ik niet", each option alone.
fn choices(q: &'static Question) -> Vec<Option<Answer>> {
    let mut out = vec![None];
    if q.dont_know {
        out.push(Some(Answer::DontKnow));
    }
    for o in q.options {
        out.push(Some(match q.kind {
            Kind::Single => Answer::One(o.code),
            Kind::Multi => Answer::Many(vec![o.code]),
        }));
    }
    out
}

/// Every combination of the routers' answers, the other questions answered with `rest`.
fn answer_sets(role: Role, rest: impl Fn(&'static Question) -> Option<Answer>) -> Vec<Answers> {
    let mut sets = vec![Answers::default()];
    for q in flow::all_steps(&CONTENT, role) {
        if let Some(a) = rest(q) {
            for s in &mut sets {
                s.set(q.id, a.clone());
            }
        }
    }
    for r in routers(role) {
        let mut next = Vec::new();
        for s in &sets {
            for c in choices(r) {
                let mut s = s.clone();
                s.remove(r.id);
                if let Some(a) = c {
                    s.set(r.id, a);
                }
                next.push(s);
            }
        }
        sets = next;
    }
    sets
}

fn first_option(q: &'static Question) -> Option<Answer> {
    let o = q.options.first()?;
    Some(match q.kind {
        Kind::Single => Answer::One(o.code),
        Kind::Multi => Answer::Many(vec![o.code]),
    })
}

fn index(to: Target, len: usize) -> usize {
    match to {
        Target::Question(n) => n - 1,
        Target::End => len,
    }
}

/// A person with a pen: reads the printed filters and jumps, ticks what `answers` says.
/// Returns the questions they answered (or could have: a question left open counts as reached).
fn walk(paper: &[PaperQuestion], answers: &Answers) -> Vec<&'static str> {
    let mut ticked = Answers::default();
    let mut reached = Vec::new();
    let mut i = 0;
    let mut guard = 0;
    while i < paper.len() {
        guard += 1;
        assert!(guard < 1000, "the paper's rules go round in circles");
        let pq = &paper[i];
        if let Some(f) = &pq.filter {
            let router = paper[f.on - 1].question;
            let hit = ticked
                .get(router.id)
                .is_some_and(|a| f.boxes.iter().any(|b| a.includes(router.options[*b].code)));
            if hit != f.only_if {
                let next = index(f.then, paper.len());
                assert!(
                    next > i,
                    "question {}: a filter sends the reader back",
                    pq.number
                );
                i = next;
                continue;
            }
        }
        reached.push(pq.question.id);
        if let Some(a) = answers.get(pq.question.id) {
            ticked.set(pq.question.id, a.clone());
            let jump = pq.jumps.iter().find(|j| {
                j.boxes
                    .iter()
                    .any(|b| pq.answer_for(*b).as_ref() == Some(a))
            });
            if let Some(j) = jump {
                let next = index(j.to, paper.len());
                assert!(
                    next > i + 1,
                    "question {}: a jump to the next question",
                    pq.number
                );
                i = next;
                continue;
            }
        }
        i += 1;
    }
    reached
}

#[test]
fn the_paper_asks_exactly_what_the_online_flow_asks_for_every_role_and_way() {
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        let mut ways = 0;
        // Every other question answered, and every other question left open.
        for rest in [
            first_option as fn(&'static Question) -> Option<Answer>,
            |_| None,
        ] {
            for answers in answer_sets(role, rest) {
                let online: Vec<&str> = flow::steps(&CONTENT, role, &answers)
                    .iter()
                    .map(|q| q.id)
                    .collect();
                assert_eq!(walk(&p, &answers), online, "{role:?}, answers {answers:?}");
                ways += 1;
            }
        }
        assert!(ways >= 4, "{role:?}: only {ways} ways tried");
    }
}

#[test]
fn every_question_the_flow_can_ask_is_numbered_once_in_order() {
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        let numbers: Vec<usize> = p.iter().map(|q| q.number).collect();
        assert_eq!(numbers, (1..=p.len()).collect::<Vec<_>>(), "{role:?}");
        let on_paper: Vec<&str> = p.iter().map(|q| q.question.id).collect();
        for answers in answer_sets(role, first_option) {
            for q in flow::steps(&CONTENT, role, &answers) {
                assert!(
                    on_paper.contains(&q.id),
                    "{role:?}: {} is not on paper",
                    q.id
                );
            }
        }
        // In the questionnaire's own order, retired questions left out.
        let ids: Vec<&str> = layout(&CONTENT, role).iter().map(|q| q.id).collect();
        assert_eq!(on_paper, ids);
        assert!(p
            .iter()
            .all(|q| !q.question.retired && q.question.role == role));
        assert!(p.len() >= 10, "{role:?}: {} questions", p.len());
    }
}

#[test]
fn a_filter_stands_once_in_front_of_each_run_and_names_the_question_after_it() {
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        for (i, pq) in p.iter().enumerate() {
            assert_eq!(
                pq.condition.is_some(),
                pq.question.condition.is_some(),
                "{}",
                pq.question.id
            );
            let Some(c) = &pq.condition else { continue };
            assert!(
                c.on < pq.number,
                "{}: the filter looks ahead",
                pq.question.id
            );
            assert!(
                !c.boxes.is_empty(),
                "{}: the filter names no box",
                pq.question.id
            );
            assert!(c.last >= pq.number);
            assert_eq!(index(c.then, p.len()), c.last, "{}", pq.question.id);
            // The first of a run carries the filter; the others in the run do not repeat it.
            let same_as_before = i > 0
                && p[i - 1]
                    .condition
                    .as_ref()
                    .is_some_and(|b| b.last == c.last && b.on == c.on && b.boxes == c.boxes);
            assert_eq!(pq.filter.is_some(), !same_as_before, "{}", pq.question.id);
        }
    }
}

#[test]
fn the_skip_rules_are_written_in_each_roles_voice_in_both_languages() {
    let voice = |role: Role, nl: &str| match role {
        Role::Official => nl.contains(" u ") || nl.starts_with("Kiest u"),
        Role::Resident => nl.contains(" je ") || nl.starts_with("Kies je"),
        Role::Initiative => nl.contains("jullie"),
    };
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        let mut rules = 0;
        for pq in &p {
            if let Some(f) = &pq.filter {
                let nl = filter_text(f, role, Lang::Nl);
                let en = filter_text(f, role, Lang::En);
                assert!(voice(role, &nl), "{role:?}: {nl}");
                let on = format!("vraag {}", f.on);
                assert!(nl.contains(&on), "{nl}");
                assert!(en.contains(&format!("question {}", f.on)), "{en}");
                match f.then {
                    Target::Question(n) => assert!(nl.ends_with(&format!("vraag {n}."))),
                    Target::End => assert!(nl.ends_with("het einde van de vragenlijst.")),
                }
                for b in &f.boxes {
                    assert!(nl.contains(letter(*b)), "{nl}");
                }
                rules += 1;
            }
            for j in &pq.jumps {
                let nl = jump_text(j, role, Lang::Nl);
                assert!(voice(role, &nl), "{role:?}: {nl}");
                assert!(nl.contains("Ga dan door naar"), "{nl}");
                assert!(jump_text(j, role, Lang::En).starts_with("If you choose "));
                rules += 1;
            }
        }
        assert!(rules > 0, "{role:?} has no skip rules on paper");
    }
}

#[test]
fn a_routing_answer_that_rules_out_what_follows_jumps_past_it() {
    // Somewhere in the content, a single-choice question is followed right away by a question
    // that one of its answers rules out: that answer gets a jump, written out.
    let mut found = 0;
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        for (i, pq) in p.iter().enumerate() {
            let Some(next) = p.get(i + 1) else { continue };
            let Some(c) = next
                .question
                .condition
                .as_ref()
                .filter(|c| c.question == pq.question.id)
            else {
                continue;
            };
            if pq.question.kind != Kind::Single {
                continue;
            }
            for (b, o) in pq.question.options.iter().enumerate() {
                let rules_out = if c.any_of.is_empty() {
                    c.none_of.contains(&o.code)
                } else {
                    !c.any_of.contains(&o.code)
                };
                let jump = pq.jumps.iter().find(|j| j.boxes.contains(&b));
                assert_eq!(
                    jump.is_some(),
                    rules_out,
                    "{} box {}",
                    pq.question.id,
                    letter(b)
                );
                if let Some(j) = jump {
                    let text = jump_text(j, role, Lang::Nl);
                    assert!(text.contains(letter(b)), "{text}");
                    found += 1;
                }
            }
        }
    }
    assert!(
        found > 0,
        "no routing answer jumps; the test checks nothing"
    );
}

#[test]
fn letters_name_the_boxes_and_dont_know_comes_last() {
    assert_eq!(letter(0), 'A');
    assert_eq!(letter(3), 'D');
    assert_eq!(box_of_letter('d'), Some(3));
    assert_eq!(box_of_letter('A'), Some(0));
    assert_eq!(box_of_letter('3'), None);
    for role in Role::ALL {
        for pq in paper(&CONTENT, role) {
            let q = pq.question;
            assert_eq!(pq.boxes(), q.options.len() + usize::from(q.dont_know));
            if q.dont_know {
                assert_eq!(pq.answer_for(q.options.len()), Some(Answer::DontKnow));
            }
            assert_eq!(pq.answer_for(pq.boxes()), None);
        }
    }
}

#[test]
fn a_typed_form_counts_open_questions_and_its_link_leaves_out_skipped_answers() {
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        // Every question typed in, the routers with their first option: some questions are then
        // skipped by the routing, and their answers do not go into the link.
        let mut answers = Answers::default();
        for pq in &p {
            if let Some(a) = first_option(pq.question) {
                answers.set(pq.question.id, a);
            }
        }
        let shared = Shared {
            role,
            lang: Lang::Nl,
            title: "Buurtavond".into(),
            answers,
        };
        let (done, asked) = answered(&CONTENT, &shared);
        assert_eq!(done, asked);
        let linked = for_link(&CONTENT, &shared);
        let steps = flow::steps(&CONTENT, role, &shared.answers);
        assert_eq!(linked.answers.len(), steps.len(), "{role:?}");
        assert_eq!(linked.title, "Buurtavond");
        // One question left open counts as open.
        let mut open = shared.clone();
        open.answers.remove(steps.last().unwrap().id);
        assert_eq!(answered(&CONTENT, &open), (asked - 1, asked));
    }
}

#[test]
fn the_pages_addresses_read_back_and_odd_ones_are_the_choice() {
    use coproductiecheck::model::paper::PaperRoute;
    for role in Role::ALL {
        for r in [PaperRoute::Print(role), PaperRoute::Type(role)] {
            assert_eq!(PaperRoute::parse(&r.href()), r);
        }
    }
    assert_eq!(PaperRoute::parse(""), PaperRoute::Index);
    assert_eq!(PaperRoute::parse("#/vragenlijst/mayor"), PaperRoute::Index);
    assert_eq!(
        PaperRoute::parse("#/invoeren/resident/"),
        PaperRoute::Type(Role::Resident)
    );
    assert_eq!(PaperRoute::parse("#g=abc"), PaperRoute::Index);
}

#[test]
fn questions_left_open_count_as_unanswered_on_the_sheet() {
    use coproductiecheck::model::assess;
    for role in Role::ALL {
        let p = paper(&CONTENT, role);
        let mut answers = Answers::default();
        for pq in &p {
            if let Some(a) = first_option(pq.question) {
                answers.set(pq.question.id, a);
            }
        }
        let full = assess(&CONTENT, role, &answers);
        assert_eq!(full.unanswered, 0);
        // Two questions asked with these answers left open: two unanswered, fewer known.
        let steps = flow::steps(&CONTENT, role, &answers);
        let open: Vec<&str> = steps
            .iter()
            .rev()
            .filter(|q| !q.dimensions.is_empty())
            .take(2)
            .map(|q| q.id)
            .collect();
        for id in &open {
            answers.remove(id);
        }
        let partial = assess(&CONTENT, role, &answers);
        assert_eq!(partial.unanswered, 2, "{role:?}");
        assert_eq!(partial.known, full.known - 2, "{role:?}");
        assert_eq!(partial.applicable, full.applicable);
        // A question that only routes counts in neither number: the sheet's two lines add up.
        if let Some(routing) = steps.iter().find(|q| q.dimensions.is_empty()) {
            answers.remove(routing.id);
            let r = assess(&CONTENT, role, &answers);
            assert!(r.known + r.unanswered <= r.applicable, "{role:?}");
        }
    }
}
