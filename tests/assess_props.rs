//! The assessment's behaviour: exact cases on a small hand-made questionnaire, and properties on
//! random answers for both that questionnaire and the real one in content/.

use coproductiecheck::model::answers::{Answer, Answers};
use coproductiecheck::model::assess::{assess, Assessment, Level, Status, CERTAIN_FROM};
use coproductiecheck::model::content::{
    CText, Clause, Condition, Content, Dimension, IntensityLevel, Kind, Opt, Question, Role, Rule,
    VerdictText, CONTENT,
};
use coproductiecheck::model::flow;
use proptest::prelude::*;
use proptest::test_runner::Config;

// ---------- a small questionnaire with known numbers ----------

// Texts are indexes into the real table; these tests never read them.
const T0: CText = CText(0);

const fn verdict() -> VerdictText {
    VerdictText {
        title: T0,
        summary: T0,
    }
}

const fn opt(code: &'static str, scores: &'static [(usize, u8)], intensity: Option<u8>) -> Opt {
    Opt {
        code,
        label: T0,
        short: T0,
        scores,
        intensity,
        exclusive: false,
        ladder: None,
        delivers: false,
    }
}

#[allow(clippy::too_many_arguments)]
const fn q(
    id: &'static str,
    key: u16,
    role: Role,
    kind: Kind,
    options: &'static [Opt],
    dimensions: &'static [usize],
    condition: Option<Condition>,
    weak: &'static [&'static str],
) -> Question {
    Question {
        id,
        key,
        role,
        kind,
        text: T0,
        short: T0,
        help: T0,
        options,
        dont_know: true,
        dimensions,
        sources: &[],
        condition,
        follow_up: T0,
        letter: None,
        weak,
        retired: false,
        priority: 50,
    }
}

const fn rule(
    id: &'static str,
    role: Option<Role>,
    knockout: bool,
    priority: u8,
    when: &'static [Clause],
) -> Rule {
    Rule {
        id,
        role,
        when,
        knockout,
        priority,
        title: T0,
        text: T0,
        change: T0,
        sources: &[],
        replaces: &[],
        excludes: &[],
        excludes_follow_ups: &[],
        carries_follow_ups: &[],
        list: None,
    }
}

const INFLUENCE: usize = 0;
const SUPPORT: usize = 1;

static T: Content = Content {
    dimensions: &[
        Dimension {
            id: "influence",
            name: T0,
            about: T0,
            raised_by_intensity: false,
            name_initiative: T0,
            about_initiative: T0,
        },
        Dimension {
            id: "support",
            name: T0,
            about: T0,
            raised_by_intensity: true,
            name_initiative: T0,
            about_initiative: T0,
        },
    ],
    questions: &[
        q(
            "o_ask",
            1,
            Role::Official,
            Kind::Single,
            &[
                opt("report", &[(INFLUENCE, 100)], Some(0)),
                opt("maintain", &[(INFLUENCE, 100)], Some(1)),
                opt("run", &[(INFLUENCE, 100)], Some(2)),
            ],
            &[INFLUENCE],
            None,
            &[],
        ),
        q(
            "o_support",
            2,
            Role::Official,
            Kind::Multi,
            &[
                opt("materials", &[(SUPPORT, 50)], None),
                opt("contact", &[(SUPPORT, 40)], None),
                opt("money", &[(SUPPORT, 30)], None),
                Opt {
                    code: "nothing",
                    label: T0,
                    short: T0,
                    scores: &[],
                    intensity: None,
                    exclusive: true,
                    ladder: None,
                    delivers: false,
                },
            ],
            &[SUPPORT],
            Some(Condition {
                question: "o_ask",
                any_of: &["maintain", "run"],
                none_of: &[],
            }),
            &["nothing"],
        ),
        q(
            "o_room",
            3,
            Role::Official,
            Kind::Single,
            &[
                opt("none", &[(INFLUENCE, 0)], None),
                opt("some", &[(INFLUENCE, 45)], None),
                opt("full", &[(INFLUENCE, 100)], None),
            ],
            &[INFLUENCE],
            None,
            &["some"],
        ),
        // Only asked when o_support applies and includes money: a condition chain.
        q(
            "o_budget",
            4,
            Role::Official,
            Kind::Single,
            &[
                opt("small", &[(SUPPORT, 20)], None),
                opt("fair", &[(SUPPORT, 60)], None),
                opt("ample", &[(SUPPORT, 100)], None),
            ],
            &[SUPPORT],
            Some(Condition {
                question: "o_support",
                any_of: &["money"],
                none_of: &[],
            }),
            &[],
        ),
        Question {
            retired: true,
            ..q(
                "o_old",
                5,
                Role::Official,
                Kind::Single,
                &[
                    opt("a", &[(INFLUENCE, 0)], Some(2)),
                    opt("b", &[(INFLUENCE, 0)], None),
                    opt("c", &[(INFLUENCE, 0)], None),
                ],
                &[INFLUENCE],
                None,
                &[],
            )
        },
        q(
            "r_fair",
            64,
            Role::Resident,
            Kind::Single,
            &[
                opt("no", &[(INFLUENCE, 0), (SUPPORT, 0)], Some(1)),
                opt("maybe", &[(INFLUENCE, 50), (SUPPORT, 50)], Some(1)),
                opt("yes", &[(INFLUENCE, 100), (SUPPORT, 100)], Some(0)),
            ],
            &[INFLUENCE, SUPPORT],
            None,
            &["no"],
        ),
    ],
    rules: &[
        rule(
            "o_tie_a",
            Some(Role::Official),
            false,
            20,
            &[Clause::Has("o_room", &["some"])],
        ),
        rule(
            "o_materials",
            Some(Role::Official),
            false,
            20,
            &[
                Clause::Has("o_ask", &["maintain", "run"]),
                Clause::Lacks("o_support", &["materials"]),
            ],
        ),
        rule(
            "o_no_room",
            Some(Role::Official),
            true,
            90,
            &[Clause::Has("o_room", &["none"])],
        ),
        rule(
            "o_room_dk",
            Some(Role::Official),
            false,
            60,
            &[Clause::DontKnow("o_room")],
        ),
        rule(
            "o_heavy",
            Some(Role::Official),
            false,
            10,
            &[Clause::IntensityAtLeast(2), Clause::ScoreBelow(SUPPORT, 80)],
        ),
        rule(
            "both_low",
            None,
            false,
            70,
            &[Clause::ScoreBelow(INFLUENCE, 30)],
        ),
        rule(
            "r_no",
            Some(Role::Resident),
            true,
            0,
            &[Clause::Has("r_fair", &["no"])],
        ),
    ],
    ladder: &[],
    intensity: &[
        IntensityLevel {
            label: T0,
            about: T0,
            about_initiative: T0,
            bar: 0,
            not_yet_risks: u8::MAX,
        },
        IntensityLevel {
            label: T0,
            about: T0,
            about_initiative: T0,
            bar: 10,
            not_yet_risks: 2,
        },
        IntensityLevel {
            label: T0,
            about: T0,
            about_initiative: T0,
            bar: 20,
            not_yet_risks: 2,
        },
    ],
    verdicts: [
        [verdict(), verdict(), verdict()],
        [verdict(), verdict(), verdict()],
        [verdict(), verdict(), verdict()],
    ],
    sources: &[],
    points: &[],
    about: CText(0),
    good_from: 65,
    risk_below: 40,
};

fn answers(list: &[(&'static str, Answer)]) -> Answers {
    let mut a = Answers::default();
    for (id, ans) in list {
        a.set(id, ans.clone());
    }
    a
}

fn one(code: &'static str) -> Answer {
    Answer::One(code)
}

fn many(codes: &[&'static str]) -> Answer {
    Answer::Many(codes.to_vec())
}

fn ids(a: &Assessment) -> Vec<&'static str> {
    a.advice.iter().map(|x| x.rule.id).collect()
}

fn score(a: &Assessment, dim: usize) -> Option<u8> {
    a.dimensions[dim].score
}

#[test]
fn nothing_answered() {
    let a = assess(&T, Role::Official, &Answers::default());
    assert_eq!(
        a.applicable, 2,
        "o_ask and o_room; the rest is conditional or retired"
    );
    assert_eq!((a.known, a.certainty()), (0, 0));
    assert_eq!(a.intensity, 0);
    assert!(a
        .dimensions
        .iter()
        .all(|d| d.score.is_none() && d.status == Status::Attention));
    assert_eq!(a.level, Level::FirstArrange);
    assert!(a.advice.is_empty() && a.follow_ups.is_empty());
    assert!(std::ptr::eq(a.verdict, &T.verdicts[0][1]));
}

#[test]
fn conditions_chain() {
    let role = Role::Official;
    let steps =
        |a: &Answers| -> Vec<&str> { flow::steps(&T, role, a).iter().map(|q| q.id).collect() };
    let mut a = answers(&[("o_ask", one("maintain")), ("o_support", many(&["money"]))]);
    assert_eq!(steps(&a), ["o_ask", "o_support", "o_room", "o_budget"]);
    // o_budget's own condition still holds, but o_support no longer applies.
    a.set("o_ask", one("report"));
    assert_eq!(steps(&a), ["o_ask", "o_room"]);
    a.set("o_ask", Answer::DontKnow);
    assert_eq!(steps(&a), ["o_ask", "o_room"]);
    assert_eq!(steps(&Answers::default()), ["o_ask", "o_room"]);
    assert_eq!(
        flow::steps(&T, Role::Resident, &a)
            .iter()
            .map(|q| q.id)
            .collect::<Vec<_>>(),
        ["r_fair"]
    );
}

#[test]
fn answers_to_questions_that_do_not_apply_are_ignored() {
    let a = answers(&[
        ("o_ask", one("report")),
        ("o_support", many(&["nothing"])),
        ("o_budget", one("small")),
        ("o_old", one("a")),
        ("r_fair", one("no")),
    ]);
    let r = assess(&T, Role::Official, &a);
    assert_eq!(score(&r, SUPPORT), None);
    assert_eq!(r.intensity, 0, "the retired o_old would make it heavy");
    assert!(
        r.follow_ups.is_empty(),
        "o_support's weak answer does not apply"
    );
    assert_eq!(ids(&r), Vec::<&str>::new(), "r_no is the resident's");
    assert_eq!((r.applicable, r.known), (2, 1));

    let mut pruned = a.clone();
    flow::prune(&T, Role::Official, &mut pruned);
    assert!(pruned.get("o_support").is_none() && pruned.get("o_old").is_none());
    assert!(
        pruned.get("r_fair").is_some(),
        "the other role's answers stay"
    );
}

#[test]
fn the_intensity_bar_raises_support_not_influence() {
    // 80 support is good for a medium ask (65 + 10) but only needs attention for a heavy one.
    let medium = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["materials", "money"])),
        ("o_room", one("full")),
    ]);
    let r = assess(&T, Role::Official, &medium);
    assert_eq!(r.intensity, 1);
    assert_eq!(score(&r, SUPPORT), Some(80));
    assert_eq!(
        (
            r.dimensions[SUPPORT].good_from,
            r.dimensions[SUPPORT].risk_below
        ),
        (75, 50)
    );
    assert_eq!(r.dimensions[SUPPORT].status, Status::Good);
    assert_eq!(
        r.dimensions[INFLUENCE].good_from, 65,
        "influence is not raised"
    );

    let mut heavy = medium.clone();
    heavy.set("o_ask", one("run"));
    let r = assess(&T, Role::Official, &heavy);
    assert_eq!(r.intensity, 2);
    assert_eq!(score(&r, SUPPORT), Some(80));
    assert_eq!(
        (
            r.dimensions[SUPPORT].good_from,
            r.dimensions[SUPPORT].risk_below
        ),
        (85, 60)
    );
    assert_eq!(r.dimensions[SUPPORT].status, Status::Attention);

    // 50 support: attention for a medium ask, a risk for a heavy one (point 000-5).
    let mut a = medium.clone();
    a.set("o_support", many(&["materials"]));
    assert_eq!(
        assess(&T, Role::Official, &a).dimensions[SUPPORT].status,
        Status::Attention
    );
    a.set("o_ask", one("run"));
    assert_eq!(
        assess(&T, Role::Official, &a).dimensions[SUPPORT].status,
        Status::Risk
    );
}

#[test]
fn scores_are_rounded_means_and_multi_answers_are_capped() {
    let a = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["materials", "contact", "money"])),
        ("o_room", one("some")),
    ]);
    let r = assess(&T, Role::Official, &a);
    assert_eq!(
        score(&r, SUPPORT),
        Some(100),
        "50 + 40 + 30 is capped at 100"
    );
    assert_eq!(
        score(&r, INFLUENCE),
        Some(73),
        "(100 + 45) / 2 = 72.5 rounds up"
    );

    // "none" is a knock-out: its topic scores no higher than that answer, not the mean of 50,
    // so the chart does not show a passable number beside "risk".
    let a = answers(&[("o_ask", one("report")), ("o_room", one("none"))]);
    let r = assess(&T, Role::Official, &a);
    assert_eq!(score(&r, INFLUENCE), Some(0));
    assert_eq!(r.dimensions[INFLUENCE].status, Status::Risk);
    assert!(r.dimensions[INFLUENCE].knocked_out);
    let a = answers(&[("o_ask", Answer::DontKnow), ("o_room", one("some"))]);
    assert_eq!(
        score(&assess(&T, Role::Official, &a), INFLUENCE),
        Some(45),
        "\"Weet ik niet\" does not count as 0"
    );
}

#[test]
fn a_knockout_decides_and_comes_first() {
    let a = answers(&[
        ("o_ask", one("run")),
        ("o_support", many(&["contact"])),
        ("o_room", one("none")),
    ]);
    let r = assess(&T, Role::Official, &a);
    assert_eq!(r.level, Level::NotYet);
    assert!(std::ptr::eq(r.verdict, &T.verdicts[0][0]));
    // Knock-out first despite priority 90; then 10, 20; both_low (70) needs influence < 30.
    assert_eq!(ids(&r), ["o_no_room", "o_heavy", "o_materials"]);
}

#[test]
fn equal_priorities_keep_content_order() {
    let a = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["contact"])),
        ("o_room", one("some")),
    ]);
    assert_eq!(
        ids(&assess(&T, Role::Official, &a)),
        ["o_tie_a", "o_materials"]
    );
}

#[test]
fn causes_are_the_answers_behind_a_rule() {
    let a = answers(&[
        ("o_ask", one("run")),
        ("o_support", many(&["materials", "money"])),
        ("o_room", one("full")),
        ("o_budget", one("small")),
    ]);
    let r = assess(&T, Role::Official, &a);
    let heavy = r.advice.iter().find(|x| x.rule.id == "o_heavy").unwrap();
    let causes: Vec<&str> = heavy.causes.iter().map(|q| q.id).collect();
    // The ask made it heavy; o_budget (20) pulled support below 80, o_support (80) did not.
    assert_eq!(causes, ["o_ask", "o_budget"]);
    assert!(!r.advice.iter().any(|x| x.rule.id == "o_materials"));

    let a = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["nothing"])),
    ]);
    let r = assess(&T, Role::Official, &a);
    let m = r
        .advice
        .iter()
        .find(|x| x.rule.id == "o_materials")
        .unwrap();
    let causes: Vec<&str> = m.causes.iter().map(|q| q.id).collect();
    assert_eq!(causes, ["o_ask", "o_support"]);
}

#[test]
fn dont_know_and_weak_answers_become_follow_ups() {
    let a = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["nothing"])),
        ("o_room", Answer::DontKnow),
    ]);
    let r = assess(&T, Role::Official, &a);
    let f: Vec<(&str, bool)> = r
        .follow_ups
        .iter()
        .map(|f| (f.question.id, f.unknown))
        .collect();
    assert_eq!(f, [("o_support", false), ("o_room", true)]);
    assert_eq!((r.applicable, r.known, r.certainty()), (3, 2, 66));
    assert!(ids(&r).contains(&"o_room_dk"));
    // A Lacks clause needs a real answer: "Weet ik niet" is not "lacks materials".
    let a = answers(&[("o_ask", one("maintain")), ("o_support", Answer::DontKnow)]);
    assert!(!ids(&assess(&T, Role::Official, &a)).contains(&"o_materials"));
}

#[test]
fn unknown_codes_and_shapes_are_ignored() {
    let a = answers(&[
        ("o_ask", one("fly")),
        ("o_room", many(&["bogus", "full", "none"])),
        ("nope", one("x")),
    ]);
    let r = assess(&T, Role::Official, &a);
    assert_eq!(
        (r.applicable, r.known),
        (2, 1),
        "o_ask's unknown code counts as unanswered"
    );
    assert_eq!(
        score(&r, INFLUENCE),
        Some(100),
        "the first known code of a malformed answer"
    );
    assert!(!flow::is_valid(&T.questions[0], &one("fly")));
    assert!(!flow::is_valid(
        &T.questions[1],
        &many(&["nothing", "money"])
    ));
    assert!(!flow::is_valid(&T.questions[1], &many(&["money", "money"])));
    assert!(flow::is_valid(
        &T.questions[1],
        &many(&["materials", "money"])
    ));
    assert!(flow::is_valid(&T.questions[2], &Answer::DontKnow));
}

#[test]
fn ready_and_two_risks() {
    let good = answers(&[
        ("o_ask", one("maintain")),
        ("o_support", many(&["materials", "contact"])),
        ("o_room", one("full")),
    ]);
    let r = assess(&T, Role::Official, &good);
    assert_eq!(r.level, Level::Ready, "advice: {:?}", ids(&r));
    assert!(std::ptr::eq(r.verdict, &T.verdicts[0][2]));

    // Resident: "maybe" is 50 on both, below the medium bar for support: attention, not ready.
    let r = assess(&T, Role::Resident, &answers(&[("r_fair", one("maybe"))]));
    assert_eq!(r.level, Level::FirstArrange);
    let r = assess(&T, Role::Resident, &answers(&[("r_fair", one("no"))]));
    assert_eq!(r.level, Level::NotYet);
    assert_eq!(
        ids(&r),
        ["r_no", "both_low"],
        "a rule without role fires for both"
    );
    assert!(std::ptr::eq(r.verdict, &T.verdicts[1][0]));
    assert!(r.dimensions.iter().all(|d| d.status == Status::Risk));
}

// ---------- properties on random answers ----------

/// One seed a question: 0 unanswered, 1 "Weet ik niet", 2 a malformed answer, else an answer.
type Seeds = Vec<(u8, u64)>;

fn seeds(content: &'static Content) -> impl Strategy<Value = Seeds> {
    proptest::collection::vec((0u8..8, any::<u64>()), content.questions.len())
}

fn build(content: &'static Content, seeds: &Seeds, malformed: bool) -> Answers {
    let mut a = Answers::default();
    for (q, &(mode, bits)) in content.questions.iter().zip(seeds) {
        let n = q.options.len();
        if n == 0 {
            continue;
        }
        let pick = |i: u64| q.options[(i % n as u64) as usize].code;
        let answer = match mode {
            0 => continue,
            1 => Answer::DontKnow,
            2 if malformed => match bits % 3 {
                0 => Answer::One("not-a-code"),
                1 => Answer::Many(vec![pick(bits), "not-a-code", pick(bits >> 8)]),
                _ => Answer::Many(Vec::new()),
            },
            _ => match q.kind {
                Kind::Single => Answer::One(pick(bits)),
                Kind::Multi => {
                    let chosen: Vec<&'static Opt> = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| bits >> (i % 64) & 1 == 1)
                        .map(|(_, o)| o)
                        .collect();
                    let codes = match chosen.iter().find(|o| o.exclusive) {
                        Some(x) => vec![x.code],
                        None if chosen.is_empty() => vec![pick(bits >> 32)],
                        None => chosen.iter().map(|o| o.code).collect(),
                    };
                    let codes = match codes
                        .iter()
                        .find_map(|c| flow::option(q, c).filter(|o| o.exclusive).map(|o| o.code))
                    {
                        Some(x) => vec![x],
                        None => codes,
                    };
                    Answer::Many(codes)
                }
            },
        };
        a.set(q.id, answer);
    }
    a
}

fn check_sane(
    content: &'static Content,
    role: Role,
    answers: &Answers,
) -> Result<(), TestCaseError> {
    let r = assess(content, role, answers);
    prop_assert_eq!(r.role, role);
    prop_assert!(r.certainty() <= 100);
    prop_assert!(r.known <= r.applicable);
    prop_assert_eq!(
        r.applicable,
        flow::steps(content, role, answers)
            .iter()
            .filter(|q| !q.dimensions.is_empty())
            .count()
    );
    prop_assert!(r.intensity < content.intensity.len());
    prop_assert!(std::ptr::eq(
        r.intensity_level,
        &content.intensity[r.intensity]
    ));
    let role_index = Role::ALL.iter().position(|x| *x == role).unwrap();
    prop_assert!(std::ptr::eq(
        r.verdict,
        &content.verdicts[role_index][r.level as usize]
    ));
    prop_assert_eq!(r.dimensions.len(), content.dimensions.len());
    for d in &r.dimensions {
        prop_assert!(d.score.is_none_or(|s| s <= 100));
        prop_assert!(d.risk_below <= d.good_from && d.good_from <= 100);
    }
    for w in r.advice.windows(2) {
        let key = |a: &coproductiecheck::model::assess::Advice| (!a.rule.knockout, a.rule.priority);
        prop_assert!(key(&w[0]) <= key(&w[1]), "advice out of order");
    }
    for x in &r.advice {
        prop_assert!(x.rule.role.is_none_or(|r| r == role));
        prop_assert!(x.causes.iter().all(|q| q.role == role));
        let mut sorted = x.causes.clone();
        sorted.dedup_by_key(|q| q.id);
        prop_assert_eq!(sorted.len(), x.causes.len(), "duplicate causes");
    }
    if r.advice.iter().any(|x| x.rule.knockout) {
        prop_assert_eq!(r.level, Level::NotYet);
    }
    if r.level == Level::Ready {
        prop_assert!(r.certainty() >= CERTAIN_FROM);
        prop_assert!(r.dimensions.iter().all(|d| d.status == Status::Good));
    }
    let steps = flow::steps(content, role, answers);
    prop_assert!(r
        .follow_ups
        .iter()
        .all(|f| steps.iter().any(|q| q.id == f.question.id)));

    // Deterministic, and pruning answers that do not apply changes nothing.
    let again = assess(content, role, answers);
    prop_assert_eq!(ids(&r), ids(&again));
    let mut pruned = answers.clone();
    flow::prune(content, role, &mut pruned);
    let p = assess(content, role, &pruned);
    prop_assert_eq!(ids(&r), ids(&p));
    prop_assert_eq!(r.level, p.level);
    prop_assert_eq!(
        r.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(),
        p.dimensions.iter().map(|d| d.score).collect::<Vec<_>>()
    );
    Ok(())
}

/// Whether `b` scores at least as well as `a` on every dimension of `q` and makes the ask no
/// heavier: switching from `a` to `b` must never make the verdict worse. On a question about
/// the ask, two options of the same weight are different tasks (a waste bin, a council seat),
/// not a better and a worse one: only a lighter task can be the better answer there.
fn dominates(q: &Question, b: &Opt, a: &Opt) -> bool {
    if q.options.iter().any(|o| o.intensity.is_some()) && b.intensity == a.intensity {
        return false;
    }
    let s = |o: &Opt, d: usize| {
        o.scores
            .iter()
            .filter(|(x, _)| *x == d)
            .map(|(_, s)| u32::from(*s))
            .sum::<u32>()
    };
    q.dimensions.iter().all(|&d| s(b, d) >= s(a, d))
        && b.intensity.unwrap_or(0) <= a.intensity.unwrap_or(0)
}

/// Checks every pair of answers to one applicable single-choice question, chosen by `pick`
/// (all of them per case would make `cargo test` slow; the rule lint below covers all statically).
fn check_monotone(
    content: &'static Content,
    role: Role,
    answers: &Answers,
    pick: usize,
) -> Result<(), TestCaseError> {
    let singles: Vec<&'static Question> = flow::steps(content, role, answers)
        .into_iter()
        .filter(|q| q.kind == Kind::Single)
        .collect();
    if let Some(&q) = singles.get(pick % singles.len().max(1)) {
        for a in q.options {
            for b in q.options {
                if a.code == b.code || !dominates(q, b, a) {
                    continue;
                }
                let mut with_a = answers.clone();
                with_a.set(q.id, Answer::One(a.code));
                let mut with_b = answers.clone();
                with_b.set(q.id, Answer::One(b.code));
                let steps = |x: &Answers| -> Vec<&str> {
                    flow::steps(content, role, x).iter().map(|q| q.id).collect()
                };
                // A better answer that opens other questions may rightly change the picture.
                if steps(&with_a) != steps(&with_b) {
                    continue;
                }
                let ra = assess(content, role, &with_a);
                let rb = assess(content, role, &with_b);
                for (da, db) in ra.dimensions.iter().zip(&rb.dimensions) {
                    prop_assert!(
                        db.score >= da.score,
                        "{}: choosing {} over {} lowered {} from {:?} to {:?}",
                        q.id,
                        b.code,
                        a.code,
                        da.dimension.id,
                        da.score,
                        db.score
                    );
                }
                let new: Vec<&str> = ids(&rb)
                    .into_iter()
                    .filter(|id| !ids(&ra).contains(id))
                    .collect();
                prop_assert!(
                    rb.level >= ra.level,
                    "{}: choosing the better answer {} over {} worsened the verdict from {:?} to {:?}; \
                     rules that fired only then: {:?}. Write rules on weak answers.",
                    q.id,
                    b.code,
                    a.code,
                    ra.level,
                    rb.level,
                    new
                );
            }
        }
    }
    Ok(())
}

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn sane_on_the_test_questionnaire(s in seeds(&T), malformed in any::<bool>()) {
        let a = build(&T, &s, malformed);
        for role in Role::ALL {
            check_sane(&T, role, &a)?;
        }
    }

    #[test]
    fn sane_on_the_real_questionnaire(s in seeds(&CONTENT), malformed in any::<bool>()) {
        let a = build(&CONTENT, &s, malformed);
        for role in Role::ALL {
            check_sane(&CONTENT, role, &a)?;
        }
    }

    #[test]
    fn complete_answers_are_all_known(s in seeds(&CONTENT)) {
        // Every seed >= 3 is a real answer, so nothing is left unknown.
        let full: Seeds = s.iter().map(|&(m, b)| (3 + m % 5, b)).collect();
        let a = build(&CONTENT, &full, false);
        for role in Role::ALL {
            let r = assess(&CONTENT, role, &a);
            prop_assert_eq!(r.known, r.applicable);
            prop_assert!(r.applicable == 0 || r.certainty() == 100);
        }
    }

    #[test]
    fn better_answers_never_worsen_the_test_questionnaire(s in seeds(&T), pick in any::<usize>()) {
        let a = build(&T, &s, false);
        for role in Role::ALL {
            check_monotone(&T, role, &a, pick)?;
        }
    }

    #[test]
    fn better_answers_never_worsen_the_verdict(s in seeds(&CONTENT), pick in any::<usize>()) {
        let a = build(&CONTENT, &s, false);
        for role in Role::ALL {
            check_monotone(&CONTENT, role, &a, pick)?;
        }
    }
}

/// How much a fired rule weighs on the verdict: 2 a knock-out, 1 urgent advice, 0 advice only.
fn severity(r: &Rule) -> u8 {
    if r.knockout {
        2
    } else if r.priority < 50 {
        1
    } else {
        0
    }
}

/// The severity that choosing `code` for `q` brings wherever `rule` fires: the heaviest rule
/// whose every clause is about `q` and holds for `code`, or is one of `rule`'s own other clauses
/// (the same task, the same weight), so it holds wherever `rule` does.
fn guaranteed(q: &Question, code: &str, rule: &Rule) -> u8 {
    let also_in_rule = |c: &Clause| {
        let c = format!("{c:?}");
        rule.when.iter().any(|x| format!("{x:?}") == c)
    };
    CONTENT
        .rules
        .iter()
        .filter(|r| r.role.is_none_or(|x| x == q.role))
        .filter(|r| {
            r.when.iter().all(|c| match c {
                Clause::Has(id, codes) if *id == q.id => codes.contains(&code),
                Clause::Lacks(id, codes) | Clause::Not(id, codes) if *id == q.id => {
                    !codes.contains(&code)
                }
                c => also_in_rule(c),
            })
        })
        .map(severity)
        .max()
        .unwrap_or(0)
}

/// The same property read straight from the rules, so a content author sees every offending
/// clause at once: a rule that can worsen the verdict must not fire on a better answer, unless
/// the worse answer already brings a rule at least as heavy.
#[test]
fn rules_that_worsen_the_verdict_fire_on_weak_answers_only() {
    let mut wrong = Vec::new();
    for r in CONTENT.rules {
        if severity(r) == 0 {
            continue; // advice only; it does not change the verdict
        }
        for c in r.when {
            let (id, codes, has) = match c {
                Clause::Has(id, codes) => (id, codes, true),
                // Among given answers, `not` fires exactly where `lacks` does.
                Clause::Lacks(id, codes) | Clause::Not(id, codes) => (id, codes, false),
                _ => continue,
            };
            let Some(q) = flow::question(&CONTENT, id) else {
                continue;
            };
            // A question that only routes scores nothing: no answer is better than another, and
            // each opens other questions (as above, that may rightly change the picture).
            if q.kind != Kind::Single || q.dimensions.is_empty() {
                continue;
            }
            for a in q.options {
                for b in q.options {
                    if a.code == b.code || !dominates(q, b, a) {
                        continue;
                    }
                    let fires_on_b = if has {
                        codes.contains(&b.code) && !codes.contains(&a.code)
                    } else {
                        codes.contains(&a.code) && !codes.contains(&b.code)
                    };
                    if fires_on_b && guaranteed(q, a.code, r) < severity(r) {
                        wrong.push(format!(
                            "rule {}: fires when {} is {} but not when it is {}, though {} scores no worse; \
                             score {} higher, or make {} bring a rule at least as heavy",
                            r.id, q.id, b.code, a.code, b.code, b.code, a.code
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// ---------- the real questionnaire at its extremes ----------

fn total(o: &Opt) -> u32 {
    o.scores.iter().map(|(_, s)| u32::from(*s)).sum()
}

/// Answers every question the role is asked, the best or the worst way; on questions about the
/// ask, `level` fixes how heavy it is.
fn extreme(role: Role, best: bool, level: u8) -> Answers {
    extreme_from(Answers::default(), role, best, level)
}

/// As [`extreme`], from answers already given (a way in, such as o_who).
fn extreme_from(mut a: Answers, role: Role, best: bool, level: u8) -> Answers {
    // Answering can open conditional questions; a few rounds reach them all.
    for _ in 0..CONTENT.questions.len().max(1) {
        let open: Vec<&'static Question> = flow::steps(&CONTENT, role, &a)
            .into_iter()
            .filter(|q| a.get(q.id).is_none())
            .collect();
        if open.is_empty() {
            break;
        }
        for q in open {
            let sets_level = q.options.iter().any(|o| o.intensity.is_some());
            let fits = |o: &&Opt| !sets_level || o.intensity.unwrap_or(0) == level;
            let answer = match (q.kind, best) {
                (Kind::Single, true) => q.options.iter().filter(fits).max_by_key(|o| total(o)),
                (_, false) => q.options.iter().filter(fits).min_by_key(|o| total(o)),
                (Kind::Multi, true) => None,
            };
            let answer = match (q.kind, answer) {
                (Kind::Multi, None) => Answer::Many(
                    q.options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .filter(fits)
                        .map(|o| o.code)
                        .collect(),
                ),
                (Kind::Multi, Some(o)) => Answer::Many(vec![o.code]),
                (Kind::Single, Some(o)) => Answer::One(o.code),
                // No option at this level: take any, the level test below will say so.
                (Kind::Single, None) => Answer::One(q.options[0].code),
            };
            a.set(q.id, answer);
        }
    }
    a
}

#[test]
fn the_best_answers_are_ready_at_every_intensity() {
    for role in Role::ALL {
        for level in 0..CONTENT.intensity.len() as u8 {
            let r = assess(&CONTENT, role, &extreme(role, true, level));
            assert_eq!(r.intensity, usize::from(level), "{role:?}");
            let not_good: Vec<(&str, Option<u8>)> = r
                .dimensions
                .iter()
                .filter(|d| d.status != Status::Good)
                .map(|d| (d.dimension.id, d.score))
                .collect();
            assert_eq!(
                r.level,
                Level::Ready,
                "{role:?}, intensity {level}: the best answers should be ready; advice {:?}, not good {not_good:?}",
                ids(&r)
            );
        }
    }
}

#[test]
fn each_way_in_is_ready_at_its_best_and_not_yet_at_its_worst() {
    // o_who only routes; each way it opens must reach every verdict's ends on its own.
    let who = flow::question(&CONTENT, "o_who").unwrap();
    for way in who.options {
        let given = || answers(&[("o_who", one(way.code))]);
        for level in 0..CONTENT.intensity.len() as u8 {
            let r = assess(
                &CONTENT,
                Role::Official,
                &extreme_from(given(), Role::Official, true, level),
            );
            assert_eq!(r.intensity, usize::from(level), "{}", way.code);
            assert_eq!(
                r.level,
                Level::Ready,
                "{}, intensity {level}: {:?}",
                way.code,
                ids(&r)
            );
        }
        let r = assess(
            &CONTENT,
            Role::Official,
            &extreme_from(given(), Role::Official, false, 2),
        );
        assert_eq!(r.level, Level::NotYet, "{}", way.code);
        assert!(r.advice.iter().any(|x| x.rule.knockout), "{}", way.code);
    }
}

#[test]
fn the_worst_answers_are_not_yet() {
    for role in Role::ALL {
        let r = assess(&CONTENT, role, &extreme(role, false, 2));
        assert_eq!(r.level, Level::NotYet, "{role:?}");
        assert!(
            r.advice.iter().any(|x| x.rule.knockout),
            "{role:?}: no knock-out fired"
        );
        let uncaused: Vec<&str> = r
            .advice
            .iter()
            .filter(|x| x.causes.is_empty())
            .map(|x| x.rule.id)
            .collect();
        assert!(
            uncaused.is_empty(),
            "{role:?}: advice without a cause: {uncaused:?}"
        );
    }
}

#[test]
fn not_knowing_is_never_ready() {
    for role in Role::ALL {
        let mut a = Answers::default();
        for q in flow::all_steps(&CONTENT, role) {
            if q.dont_know {
                a.set(q.id, Answer::DontKnow);
            }
        }
        let r = assess(&CONTENT, role, &a);
        assert_ne!(r.level, Level::Ready, "{role:?}");
        assert!(r.certainty() < CERTAIN_FROM, "{role:?}");
    }
}

// One sheet, one story (no pair of items that contradict or repeat each other): see
// tests/coherence.rs, which walks the real flow.
