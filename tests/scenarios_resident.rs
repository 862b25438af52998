//! Residents' situations, told as answers, and what the check tells them: the verdict, the most
//! important advice with its source points, and the questions to ask the municipality.
//!
//! Each test starts from a situation in plain words. `fair_invitation()` is a proposal where the
//! municipality did its homework; the other situations are built from scratch or change a few
//! answers of it, so a test shows exactly which answers make the difference.

mod common;

use std::collections::BTreeSet;

use common::{advice, causes, cited, status, Answering as Situation};
use coproductiecheck::model::assess::{Assessment, Level, Status, CERTAIN_FROM};
use coproductiecheck::model::flow;
use coproductiecheck::model::{Lang, Role, CONTENT};

/// The questions the resident should ask the municipality, most important first: those below
/// the items and those an item already asks (`carried`), as the letter asks them all.
fn questions_to_ask(a: &Assessment) -> Vec<&'static str> {
    a.questions_to_ask().iter().map(|f| f.question.id).collect()
}

/// Which of those come from "Weet ik niet" rather than from a weak answer.
fn unknowns(a: &Assessment) -> Vec<&'static str> {
    a.questions_to_ask()
        .into_iter()
        .filter(|f| f.unknown)
        .map(|f| f.question.id)
        .collect()
}

fn score(a: &Assessment, dimension: &str) -> Option<u8> {
    a.dimensions
        .iter()
        .find(|d| d.dimension.id == dimension)
        .unwrap_or_else(|| panic!("no dimension {dimension}"))
        .score
}

/// A well-prepared invitation to adopt a waste bin: a few hours a month in a group that covers
/// for each other, an honest reason, bags, a contact person and a fixed meeting place, written
/// agreements, feedback, plain letters and a way in without internet.
fn fair_invitation() -> Situation {
    Situation::new(Role::Resident)
        .says("r_task", "task")
        .says("r_time", "monthly")
        .says("r_until", "end")
        .says("r_backup", "group")
        .says("r_room", "own_way")
        .says("r_worries", "heard")
        .says("r_motive", "savings")
        .ticks("r_expect", &["say", "time", "results"])
        .ticks("r_support", &["materials", "contact", "practical"])
        .says("r_return", "fits")
        .says("r_contact", "fixed")
        .says("r_mandate", "yes")
        .says("r_agree", "clear")
        .says("r_commitment", "long")
        .says("r_wethouder", "distant")
        .says("r_feedback", "yes")
        .ticks("r_info", &["plain", "timely", "offline"])
        .says("r_who", "broad")
}

fn verdict_is(a: &Assessment, level: Level) {
    assert_eq!(
        a.level,
        level,
        "advice {:?}, follow-ups {:?}, certainty {}",
        advice(a),
        questions_to_ask(a),
        a.certainty()
    );
    assert!(std::ptr::eq(
        a.verdict,
        &CONTENT.verdicts[1][level as usize]
    ));
}

// ---------- 1. the neighbourhood watch: much unknown, so questions to ask ----------

/// Invited to walk with the neighbourhood watch a few hours a month, in a group. There is a vest
/// and a short instruction, but the resident does not know who the contact person is, who decides,
/// how long the municipality stays in, or what happens with the reports.
fn neighbourhood_watch() -> Situation {
    Situation::new(Role::Resident)
        .says("r_task", "task")
        .says("r_time", "monthly")
        .says("r_until", "open_free")
        .says("r_backup", "group")
        .says("r_room", "own_way")
        .does_not_know("r_worries")
        .says("r_motive", "better")
        .ticks("r_expect", &["say", "time"])
        .ticks("r_support", &["materials", "training"])
        .says("r_return", "fits")
        .does_not_know("r_contact")
        .does_not_know("r_mandate")
        .says("r_agree", "loose")
        .does_not_know("r_commitment")
        .does_not_know("r_wethouder")
        .does_not_know("r_feedback")
        .ticks("r_info", &["plain"])
        .says("r_who", "broad")
}

#[test]
fn neighbourhood_watch_with_unknown_contact_and_feedback_gives_questions_to_ask() {
    let a = neighbourhood_watch().check();
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(a.intensity, 1, "walking with the watch is a regular task");
    // r_raad is not asked for a task like this; the other 18 are, 6 of them unknown.
    assert_eq!((a.applicable, a.known, a.certainty()), (18, 12, 66));

    // The questions to take to the municipality, the ones that decide whether to join first.
    assert_eq!(
        questions_to_ask(&a),
        [
            "r_contact",
            "r_feedback",
            "r_agree",
            "r_worries",
            "r_mandate",
            "r_commitment",
            "r_wethouder",
        ]
    );
    assert_eq!(
        unknowns(&a),
        [
            "r_contact",
            "r_feedback",
            "r_worries",
            "r_mandate",
            "r_commitment",
            "r_wethouder",
        ],
        "r_agree is there because the agreements are loose, not unknown"
    );
    let contact = a
        .follow_ups
        .iter()
        .find(|f| f.question.id == "r_contact")
        .unwrap();
    assert!(contact
        .question
        .follow_up
        .nl()
        .starts_with("Vraag: wie is mijn vaste contactpersoon"));
    let feedback = a
        .follow_ups
        .iter()
        .find(|f| f.question.id == "r_feedback")
        .unwrap();
    // A neighbourhood watch reports what it sees: the follow-up asks about that, in the words
    // for a regular task.
    assert!(feedback.text.nl().contains("als ik een probleem meld"));

    // Not knowing the contact person or whether you hear back is never "a fair proposal": one
    // item says to ask first, naming exactly those two answers. What the resident does know
    // produces the rest: a vest and an instruction are thin support for a regular task, then
    // the loose agreements.
    assert_eq!(
        advice(&a),
        [
            "r_dk_key",
            "r_support_thin",
            "r_agree",
            "r_results",
            "r_offline"
        ]
    );
    assert!(a.advice.iter().all(|x| !x.rule.knockout));
    assert_eq!(causes(&a, "r_dk_key"), ["r_contact", "r_feedback"]);
    assert_eq!(causes(&a, "r_agree"), ["r_agree"]);
    assert_eq!(
        cited(&a, 3)
            .intersection(&BTreeSet::from(["000-6", "002-2", "004-2"]))
            .count(),
        3,
        "visible, agreed responsibilities"
    );
    assert!(cited(&a, 5).contains("003-5"), "a way in without internet");
}

#[test]
fn asking_the_watch_questions_pays_off() {
    // The municipality answers well: a fixed contact who can decide and whom the walkers may call,
    // feedback on every report, support for as long as it runs, agreements on paper, a wethouder
    // who comes along, and a way in for neighbours without internet.
    let answered = neighbourhood_watch()
        .says("r_worries", "heard")
        .says("r_contact", "fixed")
        .says("r_mandate", "yes")
        .says("r_agree", "clear")
        .says("r_commitment", "long")
        .says("r_wethouder", "visits")
        .says("r_feedback", "yes")
        .ticks("r_expect", &["say", "time", "results"])
        .ticks("r_support", &["materials", "contact", "training"])
        .ticks("r_info", &["plain", "timely", "offline"]);
    let a = answered.check();
    verdict_is(&a, Level::Ready);
    assert!(questions_to_ask(&a).is_empty());
    assert!(advice(&a).is_empty(), "{:?}", advice(&a));

    // But a contact who turns out to be only a general phone number brings the advice back.
    let a = answered.says("r_contact", "desk").check();
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(advice(&a), ["r_contact"]);
    assert_eq!(cited(&a, 1), BTreeSet::from(["004-5", "000-6"]));
    assert_eq!(questions_to_ask(&a), ["r_contact"]);
}

// ---------- 2. the waste bin: no bags, no reason ----------

/// Asked to adopt a waste bin. There is a contact person, but no bags or tools, and the
/// municipality never said why it asks residents to do this. Everything else is fine.
fn waste_bin_with_no_bags_and_no_reason() -> Situation {
    fair_invitation()
        .ticks("r_support", &["contact"])
        .says("r_motive", "none")
}

#[test]
fn waste_bin_without_bags_or_reason_needs_asking_first() {
    let a = waste_bin_with_no_bags_and_no_reason().check();
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(a.intensity, 1);
    assert_eq!(advice(&a), ["r_materials", "r_motive"]);
    assert_eq!(
        a.advice[0].rule.title.nl(),
        "Vraag wie het materiaal levert en hoe je het aanvult."
    );
    assert_eq!(causes(&a, "r_materials"), ["r_task", "r_support"]);
    assert_eq!(causes(&a, "r_motive"), ["r_motive"]);
    assert_eq!(
        cited(&a, 2),
        BTreeSet::from(["000-3", "000-2"]),
        "the right means, an honest motive"
    );
    // The weak answer on the motive becomes a question; what is missing from the support shows
    // up as advice.
    assert_eq!(questions_to_ask(&a), ["r_motive"]);
    assert!(unknowns(&a).is_empty());
    // 20 for the contact person and 100 for "what I get back fits": 60, below the bar of 75
    // that a regular task sets.
    assert_eq!(score(&a, "support"), Some(60));
    assert_eq!(status(&a, "support"), Status::Attention);

    // Bags alone do not settle it: the reason is still missing.
    let a = waste_bin_with_no_bags_and_no_reason()
        .ticks("r_support", &["materials", "contact", "practical"])
        .check();
    assert_eq!(advice(&a), ["r_motive"]);
    verdict_is(&a, Level::FirstArrange);
    // An honest "we have to cut costs" is good enough (000-2).
    let a = waste_bin_with_no_bags_and_no_reason()
        .ticks("r_support", &["materials", "contact", "practical"])
        .says("r_motive", "savings")
        .check();
    verdict_is(&a, Level::Ready);
}

#[test]
fn a_client_council_is_not_told_to_ask_for_bags() {
    // The materials advice is for hands-on tasks; a council seat is heavy in another way.
    let council = fair_invitation()
        .says("r_task", "council")
        .says("r_raad", "clear")
        .ticks("r_support", &["contact"]);
    let a = council.check();
    assert_eq!(
        a.intensity, 1,
        "a standing seat is a medium ask, not a heavy one"
    );
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(advice(&a), ["r_heavy_training"]);
    assert!(cited(&a, 1).contains("001-2"));
    assert_eq!(a.ladder.map(|l| l.id), Some("adviseren"));
    // The same answers from someone who runs the community centre do bring it.
    let a = council.says("r_task", "run").check();
    assert!(advice(&a).contains(&"r_materials"), "{:?}", advice(&a));
}

// ---------- 3. input on a plan that is already decided ----------

/// Asked for an opinion on a plan for the square, an evening or two. The decision turns out to
/// have been made; only ideas are welcome, nobody said why, and the resident does not know what
/// the gemeenteraad still decides.
fn decided_plan() -> Situation {
    Situation::new(Role::Resident)
        .says("r_task", "input")
        .says("r_time", "little")
        .says("r_room", "decided")
        .says("r_worries", "ideas_only")
        .says("r_motive", "vague")
        .ticks("r_expect", &["time"])
        .ticks("r_support", &["contact"])
        .says("r_return", "fits")
        .says("r_contact", "fixed")
        .does_not_know("r_mandate")
        .does_not_know("r_agree")
        .does_not_know("r_commitment")
        .does_not_know("r_raad")
        .does_not_know("r_wethouder")
        .says("r_feedback", "promised")
        .ticks("r_info", &["plain", "offline"])
        .says("r_who", "usual")
}

#[test]
fn input_on_a_plan_that_is_already_decided_is_not_yet() {
    let a = decided_plan().check();
    verdict_is(&a, Level::NotYet);
    assert_eq!(a.intensity, 0, "giving an opinion is a light ask");
    // Where your worries go still matters after a decision (003-2: loss is felt most then).
    assert_eq!(
        advice(&a),
        ["r_decided", "r_dk_key", "r_motive", "r_worries"]
    );
    // Nothing that presumes the input still counts: no "ask when you hear back", no "ask what
    // you have a say in", no "ask who else was invited".
    for presumes_input in [
        "r_feedback",
        "r_expect_say",
        "r_small_say",
        "r_who",
        "r_results",
    ] {
        assert!(!advice(&a).contains(&presumes_input), "{presumes_input}");
    }
    assert!(a.advice[0].rule.knockout);
    assert_eq!(causes(&a, "r_decided"), ["r_room"]);
    assert_eq!(cited(&a, 1), BTreeSet::from(["003-1", "002-1"]));
    assert!(cited(&a, 5).is_superset(&BTreeSet::from(["000-2", "004-8", "003-2"])));
    // The backup, agreements and commitment questions are for tasks only; the raad question is
    // asked here.
    assert_eq!(a.applicable, 16);
    // The knock-out asks what is still open and what happens to the input, and the items on
    // worries and the reason ask theirs: those follow-ups are not said twice on the sheet. "Who
    // else was invited" is moot with no say left.
    let sheet: Vec<&str> = a.follow_ups.iter().map(|f| f.question.id).collect();
    assert_eq!(sheet, ["r_raad", "r_mandate", "r_wethouder"]);
    // The letter still asks what the item carries, but not the moot question.
    let letter: Vec<&str> = a
        .questions_to_ask()
        .into_iter()
        .map(|f| f.question.id)
        .collect();
    assert_eq!(
        letter,
        [
            "r_room",
            "r_raad",
            "r_feedback",
            "r_worries",
            "r_motive",
            "r_mandate",
            "r_wethouder",
        ]
    );
    assert_eq!(status(&a, "influence"), Status::Risk);
}

#[test]
fn a_decision_already_taken_is_never_averaged_away() {
    // The rest of the invitation is exemplary, but the decision is made.
    let a = fair_invitation()
        .says("r_task", "input")
        .says("r_time", "little")
        .says("r_raad", "clear")
        .says("r_room", "decided")
        .check();
    verdict_is(&a, Level::NotYet);
    assert_eq!(advice(&a), ["r_decided"]);
    // The average is (0 + 100) / 2, but a knock-out makes its topic a risk all the same.
    assert_eq!(status(&a, "influence"), Status::Risk);

    // Everything fixed, even how to do the task: also a knock-out (003-3).
    let a = fair_invitation().says("r_room", "no_room").check();
    verdict_is(&a, Level::NotYet);
    assert_eq!(advice(&a), ["r_no_room"]);
    assert_eq!(cited(&a, 1), BTreeSet::from(["003-3", "000-6"]));

    // Only small things to decide: advice, not a knock-out. Not told beforehand what they
    // are: ask first.
    let a = fair_invitation()
        .says("r_room", "small")
        .ticks("r_expect", &["time", "results"])
        .check();
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(advice(&a), ["r_small_say"]);
    // Told beforehand which small things are open (003-3): honest, so the choice is the
    // resident's own, and nothing is left to ask about it.
    let a = fair_invitation().says("r_room", "small").check();
    verdict_is(&a, Level::Ready);
    assert_eq!(advice(&a), ["r_small_told"]);
}

// ---------- 4. a fair invitation ----------

#[test]
fn a_fair_well_prepared_invitation_is_ready() {
    let a = fair_invitation().check();
    verdict_is(&a, Level::Ready);
    assert_eq!(a.verdict.title.nl(), "Dit lijkt een eerlijk voorstel");
    assert!(advice(&a).is_empty(), "{:?}", advice(&a));
    assert!(questions_to_ask(&a).is_empty());
    assert_eq!((a.applicable, a.known, a.certainty()), (18, 18, 100));
    assert_eq!(a.intensity, 1);
    for d in &a.dimensions {
        assert_eq!(
            d.status,
            Status::Good,
            "{} scores {:?}",
            d.dimension.id,
            d.score
        );
    }
    // Support just clears the raised bar of a regular task: bags, a contact and a fixed place.
    assert_eq!(score(&a, "support"), Some(78));
}

#[test]
fn a_fair_invitation_with_too_much_unknown_is_not_ready() {
    // The same invitation, but the resident does not know half of it yet.
    let mut s = fair_invitation();
    for q in [
        "r_worries",
        "r_motive",
        "r_expect",
        "r_contact",
        "r_mandate",
        "r_agree",
        "r_commitment",
        "r_feedback",
    ] {
        s = s.does_not_know(q);
    }
    let a = s.check();
    verdict_is(&a, Level::FirstArrange);
    assert!(a.certainty() < CERTAIN_FROM, "certainty {}", a.certainty());
    assert_eq!(unknowns(&a).len(), 8);
    // Not knowing is a question, not a fault: one item says to ask first, and the questions
    // that decide whether to join come first.
    assert_eq!(advice(&a), ["r_dk_key"]);
    assert_eq!(questions_to_ask(&a)[..2], ["r_contact", "r_feedback"]);
}

// ---------- more situations ----------

#[test]
fn the_same_support_is_enough_for_a_bin_but_not_for_the_swimming_pool() {
    // Point 000-5: the heavier the ask, the higher the bar.
    let bin = fair_invitation().check();
    assert_eq!(status(&bin, "support"), Status::Good);

    let pool = fair_invitation()
        .says("r_task", "run")
        .says("r_time", "weekly")
        .says("r_raad", "clear")
        .check();
    assert_eq!(pool.intensity, 2);
    assert_eq!(score(&pool, "support"), score(&bin, "support"));
    assert_eq!(
        status(&pool, "support"),
        Status::Attention,
        "bar 85 for a heavy ask"
    );
    verdict_is(&pool, Level::FirstArrange);
    assert_eq!(advice(&pool), ["r_heavy_training", "r_heavy_compensation"]);
    assert_eq!(causes(&pool, "r_heavy_training"), ["r_task", "r_support"]);
    assert_eq!(cited(&pool, 2), BTreeSet::from(["001-2", "003-4", "000-4"]));

    // And if it rests on a few volunteers without backup, that comes first.
    let a = fair_invitation()
        .says("r_task", "run")
        .says("r_time", "weekly")
        .says("r_raad", "clear")
        .says("r_backup", "few")
        .check();
    // A heavy task resting on a few people with nobody to stand in is "not yet" (000-5).
    verdict_is(&a, Level::NotYet);
    assert_eq!(advice(&a)[0], "r_fragile");
    assert_eq!(a.advice[0].rule.sources, ["000-5"]);
    // "A few hours every week" says how much: no question about the time (only the open-ended
    // "more than four hours a week" asks how many).
    assert_eq!(questions_to_ask(&a), ["r_backup"]);
}

/// Asked once for an opinion on a plan, with only a general phone number, slow answers, no word
/// back on what happens with the input, and mostly the usual people invited: two topics are a
/// risk, but nothing that decides on its own.
fn opinion_with_weak_contact_and_reach() -> Situation {
    Situation::new(Role::Resident)
        .says("r_task", "input")
        .says("r_time", "little")
        .says("r_until", "end")
        .says("r_room", "open")
        .says("r_worries", "heard")
        .says("r_motive", "better")
        .ticks("r_expect", &["say", "results"])
        .ticks("r_support", &["contact"])
        .says("r_return", "fits")
        .says("r_contact", "desk")
        .says("r_mandate", "slow")
        .says("r_raad", "clear")
        .says("r_wethouder", "distant")
        .says("r_feedback", "none")
        .ticks("r_info", &["plain"])
        .says("r_who", "usual")
}

/// "You are taking on a heavy task, but get no payment" is said of a task: giving an opinion,
/// even for more than four hours a week, is not one (as the other support items, which leave
/// opinions and reports out). The same hours on a regular task do get it.
#[test]
fn many_hours_of_giving_opinions_is_not_called_a_heavy_unpaid_task() {
    let opinion = fair_invitation()
        .says("r_task", "input")
        .says("r_time", "much")
        .check();
    assert_eq!(opinion.intensity, 2);
    assert!(
        !advice(&opinion).contains(&"r_heavy_compensation"),
        "{:?}",
        advice(&opinion)
    );
    let task = fair_invitation().says("r_time", "much").check();
    assert!(
        advice(&task).contains(&"r_heavy_compensation"),
        "{:?}",
        advice(&task)
    );
}

/// "It all depends on me; nobody takes over" leaves nobody to carry on: the items on a task
/// without backup say what holds for that answer and for "a few of us, nobody lined up" alike.
#[test]
fn a_task_that_depends_on_you_alone_is_not_told_of_whoever_carries_on() {
    for (task, time, id) in [
        ("task", "monthly", "r_heavy_alone"),
        ("run", "weekly", "r_fragile"),
    ] {
        for backup in ["few", "alone"] {
            let a = fair_invitation()
                .says("r_task", task)
                .says("r_time", time)
                .says("r_backup", backup)
                .check();
            let x = a
                .advice
                .iter()
                .find(|x| x.rule.id == id)
                .unwrap_or_else(|| panic!("{id} for {backup}: {:?}", advice(&a)));
            for lang in [Lang::Nl, Lang::En] {
                let t = format!("{} {}", x.text(lang), x.change(lang)).to_lowercase();
                for wrong in ["wie doorgaat", "één van jullie", "carries on", "one of you"] {
                    assert!(!t.contains(wrong), "{id} for {backup}: {t}");
                }
            }
        }
    }
}

#[test]
fn weak_topics_on_a_one_off_opinion_mean_ask_first_not_do_not_join() {
    // 000-5: what a task needs grows with its weight. Giving an opinion once costs little, so
    // a vague contact and a narrow reach are questions to ask, not a reason to stay out.
    let a = opinion_with_weak_contact_and_reach().check();
    assert_eq!(a.intensity, 0);
    assert_eq!(status(&a, "organisation"), Status::Risk);
    assert_eq!(status(&a, "reach"), Status::Risk);
    assert!(
        a.advice.iter().all(|x| !x.rule.knockout),
        "{:?}",
        advice(&a)
    );
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(questions_to_ask(&a)[..2], ["r_contact", "r_feedback"]);

    // The same weak topics when the resident is to help run the community centre: the heavy
    // task rests on that contact, so "not yet" as before, and still without a knock-out.
    let a = opinion_with_weak_contact_and_reach()
        .says("r_task", "run")
        .says("r_time", "weekly")
        .says("r_backup", "group")
        .ticks("r_support", &["contact", "materials", "training", "budget"])
        .says("r_agree", "loose")
        .says("r_commitment", "trial")
        .check();
    assert_eq!(a.intensity, 2);
    assert_eq!(status(&a, "organisation"), Status::Risk);
    assert_eq!(status(&a, "reach"), Status::Risk);
    assert!(
        a.advice.iter().all(|x| !x.rule.knockout),
        "{:?}",
        advice(&a)
    );
    verdict_is(&a, Level::NotYet);

    // A knock-out still decides a light ask: the decision already taken.
    let a = opinion_with_weak_contact_and_reach()
        .says("r_room", "decided")
        .check();
    verdict_is(&a, Level::NotYet);
}

#[test]
fn a_council_whose_role_nobody_can_explain_is_not_yet() {
    let a = fair_invitation()
        .says("r_task", "council")
        .ticks(
            "r_support",
            &["contact", "training", "compensation", "practical"],
        )
        .says("r_raad", "asked")
        .check();
    verdict_is(&a, Level::NotYet);
    assert_eq!(advice(&a), ["r_raad_unknown"]);
    assert_eq!(cited(&a, 1), BTreeSet::from(["004-8"]));
    assert_eq!(questions_to_ask(&a), ["r_raad"]);

    // Told, including what happens if the raad decides otherwise: a fair deal.
    let a = fair_invitation()
        .says("r_task", "council")
        .ticks(
            "r_support",
            &["contact", "training", "compensation", "practical"],
        )
        .says("r_raad", "clear")
        .check();
    verdict_is(&a, Level::Ready);

    // Told what the raad decides, but not what happens if it decides otherwise: advice.
    let a = fair_invitation()
        .says("r_task", "council")
        .ticks(
            "r_support",
            &["contact", "training", "compensation", "practical"],
        )
        .says("r_raad", "partly")
        .check();
    verdict_is(&a, Level::FirstArrange);
    assert_eq!(advice(&a), ["r_raad_partly"]);
}

#[test]
fn a_bin_adopter_is_not_asked_about_the_raad() {
    let a = fair_invitation().says("r_raad", "not_told").check();
    verdict_is(&a, Level::Ready);
    assert!(
        flow::steps(&CONTENT, Role::Resident, &fair_invitation().answers)
            .iter()
            .all(|q| q.id != "r_raad")
    );
}

#[test]
fn feeling_pressured_is_not_yet() {
    // 000-6: coproduction must feel voluntary, reciprocal and equal; pressure is "not yet".
    // 000-3 ("wil (of moet)"): where a benefit depends on it, saying no is not simply allowed,
    // so the advice asks what is required and what help comes with it.
    let a = fair_invitation().says("r_return", "pressure").check();
    verdict_is(&a, Level::NotYet);
    assert_eq!(advice(&a), ["r_pressure"]);
    assert_eq!(cited(&a, 1), BTreeSet::from(["000-6", "000-4", "000-3"]));
}

#[test]
fn not_yet_says_what_to_ask_not_to_stay_away() {
    // Someone whose benefit (an uitkering, a tegenprestatie) depends on taking part may not be
    // free to stay away (000-3, "wil (of moet)"); r_pressure tells them to ask what is required.
    // The verdict and the other knock-outs must hold for them too: they say what the proposal
    // lacks and what to ask or find out first, which anyone can do, never "do not join".
    let pushed = fair_invitation()
        .says("r_task", "run")
        .says("r_backup", "few")
        .ticks("r_support", &["nothing"])
        .says("r_return", "pressure")
        .says("r_raad", "asked")
        .check();
    verdict_is(&pushed, Level::NotYet);
    for id in ["r_pressure", "r_fragile", "r_unsupported", "r_raad_unknown"] {
        assert!(advice(&pushed).contains(&id), "{id}: {:?}", advice(&pushed));
    }
    let v = pushed.verdict;
    for t in [v.title.nl(), v.summary.nl()] {
        assert!(!t.to_lowercase().contains("niet mee"), "{t}");
    }
    for t in [v.title.en(), v.summary.en()] {
        assert!(!t.to_lowercase().contains("join yet"), "{t}");
    }
    for r in CONTENT.knockouts(Role::Resident) {
        let (nl, en) = (r.title.nl(), r.title.en());
        assert!(
            nl.starts_with("Vraag ") || nl.starts_with("Zoek eerst uit "),
            "{}: a knock-out says what to ask or find out first: {nl}",
            r.id
        );
        assert!(
            ["Ask ", "First ask ", "First find out "]
                .iter()
                .any(|p| en.starts_with(p)),
            "{}: a knock-out says what to ask or find out first: {en}",
            r.id
        );
    }
}

// ---------- the resident's texts ----------

#[test]
fn follow_ups_are_questions_the_resident_can_ask() {
    for q in CONTENT
        .questions
        .iter()
        .filter(|q| q.role == Role::Resident && !q.retired)
    {
        assert!(
            q.follow_up.nl().starts_with("Vraag: ") && q.follow_up.nl().contains('?'),
            "{}: follow_up.nl should be a question to ask: {}",
            q.id,
            q.follow_up.nl()
        );
        assert!(
            q.follow_up.en().starts_with("Ask: ") && q.follow_up.en().contains('?'),
            "{}: follow_up.en should be a question to ask: {}",
            q.id,
            q.follow_up.en()
        );
    }
    let with_dk = CONTENT
        .questions
        .iter()
        .filter(|q| q.role == Role::Resident && q.dont_know)
        .count();
    assert!(
        with_dk >= 14,
        "offer \"Weet ik niet\" on most resident questions"
    );
}

#[test]
fn resident_texts_say_je_not_u() {
    let formal = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "u" | "U" | "uw" | "Uw"))
    };
    let mut texts = Vec::new();
    for q in CONTENT
        .questions
        .iter()
        .filter(|q| q.role == Role::Resident)
    {
        texts.extend([q.text.nl(), q.short.nl(), q.help.nl(), q.follow_up.nl()]);
        texts.extend(q.options.iter().map(|o| o.label.nl()));
    }
    for r in CONTENT
        .rules
        .iter()
        .filter(|r| r.role == Some(Role::Resident))
    {
        texts.extend([r.title.nl(), r.text.nl(), r.change.nl()]);
    }
    let wrong: Vec<&str> = texts.into_iter().filter(|t| formal(t)).collect();
    assert!(
        wrong.is_empty(),
        "use \"je\" in the resident's flow: {wrong:#?}"
    );
}

#[test]
fn resident_rules_cite_most_points() {
    let cited: BTreeSet<&str> = CONTENT
        .rules
        .iter()
        .filter(|r| r.role == Some(Role::Resident))
        .flat_map(|r| r.sources.iter().copied())
        .collect();
    // The resident cannot see the municipality's inner workings (rule pressure on staff, how
    // knowledge is shared, partners and money): those points are the official's.
    assert!(
        cited.len() >= 23,
        "the resident's rules cite only {} points: {cited:?}",
        cited.len()
    );
}

#[test]
fn an_item_about_unknowns_cites_only_what_the_listed_unknowns_rest_on() {
    // Only hearing back is unknown: the item names that, and cites the point on hearing back.
    let a = fair_invitation().does_not_know("r_feedback").check();
    let item = a
        .advice
        .iter()
        .find(|x| x.rule.id == "r_dk_key")
        .unwrap_or_else(|| panic!("no r_dk_key in {:?}", advice(&a)));
    assert!(item.text(Lang::Nl).contains("of je terughoort"));
    assert!(!item.text(Lang::Nl).contains("contactpersoon"));
    assert_eq!(item.sources(), ["002-10"]);
    // Two unknowns: the points of both, in the rule's order.
    let a = fair_invitation()
        .does_not_know("r_feedback")
        .does_not_know("r_contact")
        .check();
    let item = a.advice.iter().find(|x| x.rule.id == "r_dk_key").unwrap();
    assert_eq!(item.sources(), ["004-5", "002-10"]);
}
