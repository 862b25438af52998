//! Officials' situations, told as answers, and what the check tells them: the verdict, the most
//! important advice with its source points, and what to find out first.
//!
//! `well_prepared()` is a trajectory where the municipality did its homework: residents adopt
//! something (a medium ask) and everything around it is arranged. The other situations change a
//! few answers of it, so each test shows exactly which answers make the difference.

mod common;

use std::collections::BTreeSet;

use common::{advice, causes, cited, status, top, Answering as Trajectory};
use coproductiecheck::model::assess::{Assessment, Level, Status, CERTAIN_FROM};
use coproductiecheck::model::flow;
use coproductiecheck::model::{Role, CONTENT};

/// Residents adopt and maintain something; the municipality arranged everything around it.
fn well_prepared() -> Trajectory {
    Trajectory::new(Role::Official)
        .says("o_ask", "maintain")
        .says("o_hours", "lt2")
        .says("o_duration", "year")
        .says("o_few", "many")
        .says("o_backup", "plan")
        .says("o_existing", "build")
        .says("o_motivation", "tailored")
        .says("o_room", "how")
        .says("o_motive", "quality")
        .says("o_voluntary", "free")
        .says("o_concerns", "planned")
        .says("o_start_when", "shape")
        .ticks(
            "o_support",
            &[
                "materials",
                "contact",
                "training",
                "info",
                "practical",
                "rules",
            ],
        )
        .says("o_contact", "agreed")
        .says("o_relevance", "theirs")
        .ticks("o_expectations", &["say", "time", "when", "stop"])
        .says("o_feedback", "each_step")
        .says("o_reach", "all")
        .says("o_offline", "yes")
        .says("o_raad_decides", "no")
        .says("o_raad", "told")
        .says("o_wethouder", "close")
        .says("o_horizon", "long")
        .says("o_mandate", "mandate")
        .says("o_resources", "full")
        .says("o_team", "chosen")
        .says("o_connected", "joint")
        .says("o_learning", "share")
}

/// The questions that became "find out first" items, and whether each was "Weet ik niet".
fn follow_ups(a: &Assessment) -> Vec<(&'static str, bool)> {
    a.follow_ups
        .iter()
        .map(|f| (f.question.id, f.unknown))
        .collect()
}

/// The follow-ups an item on the sheet already says: not shown again, still open.
fn carried(a: &Assessment) -> Vec<(&'static str, bool)> {
    a.carried
        .iter()
        .map(|f| (f.question.id, f.unknown))
        .collect()
}

// ---------- the baseline ----------

#[test]
fn a_well_prepared_trajectory_is_ready() {
    let a = well_prepared().check();
    assert_eq!(a.level, Level::Ready, "advice: {:?}", advice(&a));
    assert!(a.advice.is_empty(), "unexpected advice {:?}", advice(&a));
    assert!(a.follow_ups.is_empty(), "{:?}", follow_ups(&a));
    assert_eq!(a.certainty(), 100);
    assert_eq!(a.intensity, 1, "adopting something is a medium ask");
    for d in &a.dimensions {
        assert_eq!(
            d.status,
            Status::Good,
            "{} scored {:?}",
            d.dimension.id,
            d.score
        );
    }
}

// ---------- (1) waste bins: no new bags, and the budget cut is kept quiet (000-2, 000-3, 000-6) ----------

#[test]
fn waste_bin_adoption_without_bags_and_with_a_hidden_cut() {
    // The municipality removes bins to save money and invites residents to adopt one. It offers
    // a contact person and instructions, but nobody arranged new bags, and the invitation only
    // speaks of "a cleaner street together".
    let a = well_prepared()
        .says("o_duration", "open")
        .ticks("o_support", &["contact", "training", "info", "practical"])
        .says("o_motive", "cut_hidden")
        .check();

    // A cost cut kept quiet is "not yet" until it is said openly (000-2).
    assert_eq!(a.level, Level::NotYet, "advice: {:?}", advice(&a));
    assert_eq!(top(&a, 2), ["o_ko_hidden_cut", "o_materials"]);
    assert_eq!(causes(&a, "o_materials"), ["o_ask", "o_support"]);
    assert_eq!(causes(&a, "o_ko_hidden_cut"), ["o_motive"]);
    let points = cited(&a, 2);
    for p in ["000-2", "000-3", "000-6"] {
        assert!(points.contains(p), "{p} not cited by {:?}", top(&a, 2));
    }
    // Keeping the reason quiet costs trust: room and influence is a risk, and says so in numbers.
    assert_eq!(status(&a, "influence"), Status::Risk);
    let influence = a
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "influence")
        .unwrap();
    assert!(influence.score.is_some_and(|s| s < influence.risk_below));
    // The knock-out says the follow-up ("write the real reason in the invitation"): once.
    assert!(carried(&a).contains(&("o_motive", false)));
    assert!(!follow_ups(&a).contains(&("o_motive", false)));

    // Saying honestly that it is also a budget cut takes that item away...
    let honest = well_prepared()
        .says("o_duration", "open")
        .ticks("o_support", &["contact", "training", "info", "practical"])
        .says("o_motive", "cut_told")
        .check();
    assert_eq!(advice(&honest), ["o_materials"]);
    // ...and a budget motive told openly is no obstacle on its own.
    let told = well_prepared().says("o_motive", "cut_told").check();
    assert_eq!(told.level, Level::Ready, "advice: {:?}", advice(&told));
}

// ---------- (2) the swimming pool run by a handful of volunteers, no backup (000-5, 001-2) ----------

#[test]
fn swimming_pool_on_a_handful_of_volunteers_without_backup() {
    // To prevent closure, residents take over the municipal pool. It rests on a handful of
    // volunteers who give many hours a month, with no end date, and if they stop the pool
    // closes. The municipality supplies materials, a contact person and some room in the rules.
    let a = well_prepared()
        .says("o_ask", "run")
        .says("o_hours", "gt16")
        .says("o_duration", "open")
        .says("o_few", "few")
        .says("o_backup", "none")
        .says("o_motive", "cut_told")
        .ticks("o_support", &["materials", "contact", "rules"])
        .says("o_contact", "regular")
        .check();

    assert_eq!(a.intensity, 2, "running a service is a heavy ask");
    // 000-5 describes exactly this case as the one that fails: never averaged away.
    assert_eq!(a.level, Level::NotYet, "advice: {:?}", advice(&a));
    assert_eq!(top(&a, 2), ["o_ko_fragile", "o_heavy_support"]);
    assert_eq!(cited(&a, 2), BTreeSet::from(["000-3", "000-5", "001-2"]));
    // The heavy ask raises the bar: this support is a risk, not merely "attention".
    assert_eq!(status(&a, "support"), Status::Risk);
    assert_eq!(status(&a, "ask"), Status::Risk);
    // One answer, one item: the knock-out takes the place of the separate items on the same answers.
    for rule in ["o_few_people", "o_backup", "o_reward", "o_training"] {
        assert!(!advice(&a).contains(&rule), "{rule} in {:?}", advice(&a));
    }
    for rule in ["o_long_open", "o_agreements"] {
        assert!(
            advice(&a).contains(&rule),
            "{rule} missing from {:?}",
            advice(&a)
        );
    }
    assert_eq!(
        causes(&a, "o_ko_fragile"),
        ["o_ask", "o_hours", "o_few", "o_backup"]
    );
    // The knock-out already says to arrange who takes over: that follow-up is not said twice, but
    // it is still open.
    assert!(!follow_ups(&a).contains(&("o_backup", false)));
    assert!(a.carried.iter().any(|f| f.question.id == "o_backup"));
    // Nor is finding others to share the work: the knock-out says that too.
    assert!(!follow_ups(&a).contains(&("o_few", false)));
    assert!(a.carried.iter().any(|f| f.question.id == "o_few"));
    // Whether residents want to and can run it is what the later questions ask, each on its own
    // (here the knock-out says it): running a service is no follow-up of its own besides.
    assert!(!follow_ups(&a).iter().any(|(q, _)| *q == "o_ask"));
}

// ---------- (3) the decision has already been taken (003-1): a knock-out ----------

#[test]
fn a_decision_already_taken_is_a_knockout_whatever_else_is_arranged() {
    let a = well_prepared().says("o_room", "decided").check();

    assert_eq!(a.level, Level::NotYet);
    assert_eq!(top(&a, 1), ["o_ko_decided"]);
    assert!(a.advice[0].rule.knockout);
    assert!(cited(&a, 1).contains("003-1"));
    assert_eq!(causes(&a, "o_ko_decided"), ["o_room"]);
    // Everything else is in order, and it is still "not yet": a knock-out is never averaged away.
    assert_eq!(a.advice.len(), 1, "{:?}", advice(&a));
    assert_eq!(a.certainty(), 100);
}

#[test]
fn only_details_left_to_decide_is_advice_when_said_up_front() {
    // A think-along process on a plan whose main lines are fixed, with a report at the end, and
    // nobody tells residents what they have a say in.
    let a = well_prepared()
        .says("o_ask", "think")
        .says("o_room", "details")
        .says("o_feedback", "end")
        .ticks("o_expectations", &["time", "when", "stop"])
        .check();

    // Consulting on details is a legitimate level (003-3: not everyone wants the most
    // influence), but only when said up front: no knock-out, and first say it.
    assert_eq!(a.level, Level::FirstArrange);
    assert_eq!(top(&a, 2), ["o_details", "o_feedback"]);
    assert!(
        !advice(&a).contains(&"o_expect_say"),
        "one answer, one item"
    );
    assert!(cited(&a, 1).contains("003-3"));
    assert!(cited(&a, 2).contains("002-1"));
    assert_eq!(a.ladder.map(|l| l.id), Some("raadplegen"));

    // Said up front, it is ready, with a note to look for more room.
    let told = well_prepared()
        .says("o_ask", "think")
        .says("o_room", "details")
        .check();
    assert_eq!(told.level, Level::Ready, "advice: {:?}", advice(&told));
    assert_eq!(advice(&told), ["o_details_told"]);
}

// ---------- (4) nobody told the participants what the raad decides (004-8) ----------

#[test]
fn participants_not_told_what_the_raad_decides_is_a_knockout_where_it_decides() {
    // The council still decides on the plan, and participants are not told.
    let a = well_prepared()
        .says("o_raad_decides", "yes")
        .says("o_raad", "defined")
        .check();
    assert_eq!(a.level, Level::NotYet);
    assert_eq!(top(&a, 1), ["o_ko_raad"]);
    assert!(a.advice[0].rule.knockout);
    assert_eq!(cited(&a, 1), BTreeSet::from(["004-8"]));
    assert_eq!(causes(&a, "o_ko_raad"), ["o_raad_decides", "o_raad"]);
    assert!(!advice(&a).contains(&"o_raad_tell"), "one answer, one item");

    // Not having settled the raad's role at all is the same knock-out.
    let unsettled = well_prepared()
        .says("o_raad_decides", "yes")
        .says("o_raad", "unclear")
        .check();
    assert_eq!(top(&unsettled, 1), ["o_ko_raad"]);

    // A link from before the question was asked may be about a plan the council decides on.
    let mut older = well_prepared().says("o_raad", "defined");
    older.answers.remove("o_raad_decides");
    assert_eq!(top(&older.check(), 1), ["o_ko_raad"]);

    // Where the council has nothing to decide, saying so is enough: advice, not a knock-out.
    let no_decision = well_prepared().says("o_raad", "defined").check();
    assert_eq!(no_decision.level, Level::FirstArrange);
    assert_eq!(advice(&no_decision), ["o_raad_tell"]);

    // Telling them, even that the raad has no say, makes it go away.
    assert_eq!(
        well_prepared().says("o_raad", "told").check().level,
        Level::Ready
    );
}

// ---------- (5) see a_well_prepared_trajectory_is_ready ----------

// ---------- (6) a heavy ask with light support (000-5: intensity sets the bar) ----------

#[test]
fn the_same_support_is_enough_for_a_light_ask_but_not_for_a_heavy_one() {
    // A contact person, instructions and coaching; nothing else.
    let light_support = ["contact", "training", "info"];

    let light = well_prepared()
        .says("o_ask", "report")
        .says("o_duration", "months")
        .ticks("o_support", &light_support)
        .check();
    assert_eq!(light.intensity, 0);
    assert_eq!(light.level, Level::Ready, "advice: {:?}", advice(&light));
    assert_eq!(status(&light, "support"), Status::Good);

    let heavy = well_prepared()
        .says("o_ask", "run")
        .says("o_hours", "h8_16")
        .ticks("o_support", &light_support)
        .check();
    assert_eq!(heavy.intensity, 2);
    assert_ne!(heavy.level, Level::Ready);
    assert_eq!(
        heavy.level,
        Level::FirstArrange,
        "advice: {:?}",
        advice(&heavy)
    );
    assert_eq!(top(&heavy, 2), ["o_heavy_support", "o_materials"]);
    assert!(cited(&heavy, 1).contains("000-5"));
    assert_eq!(status(&heavy, "support"), Status::Attention);
    // One item names what a heavy task needs, instead of one item per missing kind of support.
    for rule in ["o_practical", "o_reward", "o_training"] {
        assert!(
            !advice(&heavy).contains(&rule),
            "{rule} in {:?}",
            advice(&heavy)
        );
    }
    // The intensity clause names the answers that made the ask heavy.
    assert_eq!(
        causes(&heavy, "o_heavy_support"),
        ["o_ask", "o_support"],
        "the heavy ask and the support that falls short"
    );
}

// ---------- (7) "Weet ik niet" to most questions ----------

#[test]
fn not_knowing_most_answers_means_find_out_first() {
    let mut t = well_prepared();
    let unknown: Vec<&'static str> = flow::steps(&CONTENT, Role::Official, &t.answers)
        .into_iter()
        .filter(|q| q.dont_know)
        .map(|q| q.id)
        .collect();
    for id in &unknown {
        t = t.does_not_know(id);
    }
    let a = t.check();

    assert!(
        unknown.len() >= 15,
        "only {} questions offer Weet ik niet",
        unknown.len()
    );
    assert!(a.certainty() < CERTAIN_FROM, "certainty {}", a.certainty());
    assert!(a.certainty() <= 30, "certainty {}", a.certainty());
    // Not knowing the room or the council's role is "not yet: find this out first".
    assert_eq!(a.level, Level::NotYet);
    assert_eq!(top(&a, 2), ["o_dk_room", "o_dk_raad"]);
    assert!(a.advice[0].rule.knockout && a.advice[1].rule.knockout);
    assert!(cited(&a, 2).is_superset(&BTreeSet::from(["003-1", "004-8"])));
    // Every unknown answer becomes something to find out.
    // (The room's follow-up is said by o_dk_room itself, and the council's by o_dk_raad: each
    // carries them.)
    let found: Vec<&str> = a
        .follow_ups
        .iter()
        .chain(&a.carried)
        .filter(|f| f.unknown)
        .map(|f| f.question.id)
        .collect();
    assert_eq!(found.len(), unknown.len());
    assert_eq!(
        carried(&a),
        [("o_room", true), ("o_raad_decides", true), ("o_raad", true)]
    );
    // Unknown dimensions have no score, and are not reported as good.
    assert_eq!(
        a.dimensions
            .iter()
            .find(|d| d.dimension.id == "support")
            .unwrap()
            .score,
        None
    );
    assert_ne!(status(&a, "support"), Status::Good);
}

#[test]
fn not_knowing_whether_the_decision_is_taken_blocks_ready() {
    let a = well_prepared().does_not_know("o_room").check();
    assert_eq!(a.level, Level::NotYet, "advice: {:?}", advice(&a));
    // No number for a topic nobody knows; bar, number and words agree.
    let influence = a
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "influence")
        .unwrap();
    assert_eq!((influence.score, influence.status), (None, Status::Risk));
    assert_eq!(advice(&a), ["o_dk_room"]);
    // The item says what to ask; the question is still open for the paragraph.
    assert_eq!(follow_ups(&a), []);
    assert_eq!(carried(&a), [("o_room", true)]);
}

// ---------- more situations from the sources ----------

#[test]
fn participation_squeezed_in_beside_the_regular_work() {
    // 002-5, 002-6: no hours reserved, staff without backing, residents only hear at the end.
    let a = well_prepared()
        .says("o_resources", "extra")
        .says("o_team", "extra")
        .says("o_feedback", "end")
        .check();
    assert_eq!(a.level, Level::FirstArrange, "advice: {:?}", advice(&a));
    assert_eq!(top(&a, 3), ["o_resources", "o_team_room", "o_feedback"]);
    assert!(cited(&a, 2).is_superset(&BTreeSet::from(["002-5", "002-6", "004-4"])));
    assert_ne!(status(&a, "organisation"), Status::Good);
}

#[test]
fn a_backup_question_is_only_asked_for_a_regular_task() {
    let light = well_prepared().says("o_ask", "report");
    let steps: Vec<&str> = flow::steps(&CONTENT, Role::Official, &light.answers)
        .iter()
        .map(|q| q.id)
        .collect();
    assert!(!steps.contains(&"o_backup"));
    // A stale "then it stops" from before is ignored once the ask is light.
    let a = light.says("o_backup", "none").check();
    assert!(!advice(&a).contains(&"o_backup"), "{:?}", advice(&a));
}

#[test]
fn nice_to_have_advice_does_not_hold_back_the_verdict() {
    // Evaluated but lessons not shared, and no partners outside the municipality.
    let a = well_prepared()
        .says("o_learning", "evaluate")
        .says("o_connected", "aligned")
        .check();
    assert_eq!(advice(&a), ["o_partners", "o_learning"]);
    assert_eq!(a.level, Level::Ready);
}

// ---------- advice for a standing task stays with standing tasks ----------

/// Every text on the sheet, items and follow-ups, in `lang`.
fn sheet_text(a: &Assessment, lang: coproductiecheck::model::Lang) -> String {
    let mut t = String::new();
    for x in &a.advice {
        for s in [x.title(lang), x.text(lang), x.change(lang)] {
            t.push_str(&s);
            t.push('\n');
        }
    }
    for f in &a.follow_ups {
        t.push_str(f.question.follow_up.get(lang));
        t.push('\n');
    }
    t
}

#[test]
fn reporting_or_giving_an_opinion_is_not_told_to_agree_an_end_date_or_a_monthly_call() {
    use coproductiecheck::model::Lang;
    // A reporting scheme and a standing opinion panel, both with no end date and no contact
    // planned after the start, or contact without agreements on who does what.
    for (task, contact) in [
        ("report", "none"),
        ("report", "regular"),
        ("opinion", "on_call"),
        ("opinion", "regular"),
        ("think", "none"),
    ] {
        let a = well_prepared()
            .says("o_ask", task)
            .says("o_duration", "open")
            .says("o_contact", contact)
            .check();
        assert_eq!(a.intensity, 0, "{task}");
        let ids = advice(&a);
        assert!(
            !ids.contains(&"o_contact") && !ids.contains(&"o_agreements"),
            "{task}/{contact}: {ids:?}"
        );
        assert!(
            !follow_ups(&a).iter().any(|(q, _)| *q == "o_duration"),
            "{task}: an open end is not a point to settle for this task"
        );
        let nl = sheet_text(&a, Lang::Nl).to_lowercase();
        let en = sheet_text(&a, Lang::En).to_lowercase();
        for word in ["einddatum", "elke maand", "half jaar", "hoe vaak"] {
            assert!(!nl.contains(word), "{task}/{contact}: \"{word}\" in\n{nl}");
        }
        for word in ["end date", "every month", "six months", "how often"] {
            assert!(!en.contains(word), "{task}/{contact}: \"{word}\" in\n{en}");
        }
        // Contact along the way is still a point to settle, in words that fit the task.
        assert!(
            follow_ups(&a).iter().any(|(q, _)| *q == "o_contact"),
            "{task}/{contact}"
        );
    }

    // Adopting something, with the same answers: the rhythm of calls and the end date stay.
    let a = well_prepared()
        .says("o_duration", "open")
        .says("o_contact", "none")
        .check();
    assert!(advice(&a).contains(&"o_contact"), "{:?}", advice(&a));
    assert!(follow_ups(&a).iter().any(|(q, _)| *q == "o_duration"));
    let a = well_prepared().says("o_contact", "regular").check();
    assert!(advice(&a).contains(&"o_agreements"), "{:?}", advice(&a));
    // Reporting that takes many hours a month is heavy: contact on a fixed rhythm fits again.
    let a = well_prepared()
        .says("o_ask", "report")
        .says("o_hours", "gt16")
        .says("o_contact", "none")
        .check();
    assert!(advice(&a).contains(&"o_contact"), "{:?}", advice(&a));
}
