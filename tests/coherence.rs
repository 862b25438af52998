//! One sheet, one story: random answer sets walked through the real flow (only questions that
//! are asked get an answer), checked for items that contradict or repeat each other, for items
//! that say more than their answers, and for one answer giving two items.
//!
//! `cargo test --release --test coherence -- --ignored --nocapture` prints the items that most
//! often stand together on one sheet, with a whole sheet for each pair, to read as its reader
//! would (ROLE=official|resident|initiative, N=runs, TOP=pairs).

use std::collections::BTreeMap;

use coproductiecheck::model::assess::{assess, Advice, Assessment};
use coproductiecheck::model::content::{Clause, Kind, List, Question};
use coproductiecheck::model::lang::Lang;
use coproductiecheck::model::{flow, Answer, Answers, Role, CONTENT};
use proptest::prelude::*;

mod common;
use common::Answering;
use proptest::test_runner::Config;

/// splitmix64: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One person's answers, given in questionnaire order the way the check asks them: each question
/// that applies given the answers before it gets an answer, now and then "Weet ik niet" or none.
fn walk(role: Role, rng: &mut Rng) -> Answers {
    let mut a = Answers::default();
    for q in CONTENT.questions {
        if !flow::applies(&CONTENT, role, q, &a) {
            continue;
        }
        let roll = rng.below(100);
        if roll < 3 {
            continue;
        }
        if roll < 18 && q.dont_know {
            a.set(q.id, Answer::DontKnow);
            continue;
        }
        a.set(q.id, pick(q, rng));
    }
    a
}

fn pick(q: &'static Question, rng: &mut Rng) -> Answer {
    let n = q.options.len() as u64;
    match q.kind {
        Kind::Single => Answer::One(q.options[rng.below(n) as usize].code),
        Kind::Multi => {
            let first = &q.options[rng.below(n) as usize];
            if first.exclusive {
                return Answer::Many(vec![first.code]);
            }
            let codes: Vec<&'static str> = q
                .options
                .iter()
                .filter(|o| !o.exclusive && (o.code == first.code || rng.below(2) == 0))
                .map(|o| o.code)
                .collect();
            Answer::Many(codes)
        }
    }
}

// ---------- the pairs, as a careful reader found them ----------

/// Items that cannot both be true on one sheet: the first one's answers make the second moot or
/// deny what it says. Written out here from reading whole sheets, apart from content/, so that
/// dropping a declaration there makes a test fail.
const CONTRADICT: &[(&str, &[&str])] = &[
    // "The decision is taken" beside "the council still decides" / "find out what it decides".
    ("o_ko_decided", &["o_ko_raad", "o_dk_raad"]),
    // "Ask no input" beside tailoring an offer to draw residents in, or fitting the plan to them.
    ("o_ko_decided", &["o_motivation", "o_existing"]),
    (
        "r_decided",
        &["r_raad_ask", "r_raad_partly", "r_raad_unknown"],
    ),
    // "Ask no input on it" beside advice to draw more people into giving input.
    (
        "o_ko_decided",
        &["o_offline", "o_relevance", "o_reach", "o_start_late"],
    ),
    ("r_decided", &["r_offline", "r_who", "r_join_later"]),
    // "Ask how much time it takes" after "more than four hours a week".
    ("r_expect_none_light", &["r_expect_none"]),
    // "Ask no input" beside advice that presumes a say, or feedback on input.
    (
        "o_ko_decided",
        &[
            "o_expect_say",
            "o_expect_none",
            "o_feedback",
            "o_feedback_advice",
        ],
    ),
    ("o_dk_room", &["o_expect_say"]),
    (
        "r_decided",
        &[
            "r_expect_say",
            "r_expect_none",
            "r_expect_none_light",
            "r_small_say",
            "r_feedback",
        ],
    ),
    (
        "r_no_room",
        &[
            "r_expect_say",
            "r_expect_none",
            "r_expect_none_light",
            "r_small_say",
        ],
    ),
    // "You have no contact person" beside "your contact person may decide little".
    ("r_contact", &["r_mandate"]),
    // Pressure is the knock-out; "the support is thin" then rests only on the pressure answer.
    (
        "r_pressure",
        &["r_heavy_support_low", "r_support_thin", "r_heavy_return"],
    ),
    // "You have not spoken to the municipality" beside "the municipality says / supports ...".
    ("i_contact_none", &["i_money_other", "i_horizon_short"]),
    // Nothing arranged beside "arrange more of it".
    (
        "o_no_support",
        &[
            "o_support_thin",
            "o_heavy_support",
            "o_materials",
            "o_practical",
            "o_training",
            "o_reward",
        ],
    ),
    (
        "o_ko_unsupported",
        &[
            "o_no_support",
            "o_support_thin",
            "o_heavy_support",
            "o_materials",
            "o_practical",
            "o_training",
            "o_reward",
        ],
    ),
    (
        "r_unsupported",
        &[
            "r_heavy_nothing",
            "r_support_thin",
            "r_heavy_support_low",
            "r_materials",
            "r_heavy_training",
            "r_heavy_compensation",
        ],
    ),
    (
        "r_heavy_nothing",
        &[
            "r_support_thin",
            "r_materials",
            "r_heavy_training",
            "r_heavy_compensation",
            "r_heavy_support_low",
        ],
    ),
    // "The council's role is unknown" beside "tell them what the council decides".
    ("o_dk_raad", &["o_ko_raad", "o_raad_tell"]),
    ("o_ko_raad", &["o_raad_tell"]),
    // The municipality does nothing with their plan / a rule blocks it, beside smaller asks.
    ("i_ignored", &["i_feedback", "i_response_file"]),
    ("i_blocked", &["i_rules_alone", "i_support_thin"]),
    (
        "i_no_money",
        &["i_money_find", "i_money_other", "i_support_thin"],
    ),
];

/// Items that say the same thing twice: the first covers the second.
const REPEAT: &[(&str, &[&str])] = &[
    // Who takes over when people stop: one item, not three.
    ("o_backup", &["o_stop", "o_few_people"]),
    ("o_ko_fragile", &["o_stop", "o_few_people", "o_backup"]),
    ("o_long_open", &["o_stop"]),
    ("r_fragile", &["r_heavy_alone"]),
    ("i_fragile", &["i_few", "i_backup"]),
    ("i_few", &["i_backup"]),
    // Working with others in the area (one answer, "alone").
    ("o_connect_plans", &["o_partners"]),
    // Hours and budget for the whole run.
    ("o_heavy_org", &["o_resources"]),
    // One contact who links the departments.
    ("o_init_contact", &["o_init_bridge"]),
    ("o_init_ko_contact", &["o_init_contact", "o_init_bridge"]),
    (
        "i_contact_heavy",
        &[
            "i_contact_no_say",
            "i_contact_none",
            "i_contact_shunted",
            "i_response_file",
        ],
    ),
    ("i_contact_shunted", &["i_response_file"]),
    // Hearing back and seeing results; slow answers.
    ("r_feedback", &["r_results"]),
    ("i_feedback", &["i_response_slow"]),
    ("i_contact_no_say", &["i_response_slow"]),
    // Writing down who does what.
    ("i_municipality_does", &["i_agree_none"]),
    (
        "i_broken_heavy",
        &["i_broken", "i_agree_spoken", "i_agree_none"],
    ),
    ("o_contact", &["o_support_thin"]),
    ("o_init_in_touch", &["o_support_thin"]),
    (
        "o_init_ko_limits",
        &["o_init_limits_open", "o_init_limits_write"],
    ),
    ("o_init_limits_open", &["o_init_limits_write"]),
    // Stopping and the time it takes.
    ("r_expect_time", &["r_long_open"]),
    // "It takes you more than four hours a week": once, with what was not said beforehand.
    ("r_time_much_untold", &["r_time_much"]),
    // What residents hear beforehand.
    ("o_expect_none", &["o_expect_say", "o_expect_time"]),
    ("o_details", &["o_expect_say"]),
    ("r_expect_none_light", &["r_expect_say", "r_results"]),
    (
        "r_expect_none",
        &[
            "r_expect_say",
            "r_expect_time",
            "r_expect_hours",
            "r_results",
        ],
    ),
    (
        "r_small_say",
        &["r_expect_say", "r_expect_none", "r_expect_none_light"],
    ),
    // Support: the broader item names what is missing.
    (
        "o_heavy_support",
        &[
            "o_support_thin",
            "o_training",
            "o_reward",
            "o_practical",
            "o_council_fee",
        ],
    ),
    ("o_materials", &["o_support_thin"]),
    // A council's allowance: the heavy task's "something in return" says it; for a seat it is
    // what the thin-support list would name beside materials and a budget it does not need.
    ("o_reward", &["o_council_fee"]),
    ("o_council_fee", &["o_support_thin"]),
    // Answers to a council's advice are the feedback on its input.
    ("o_feedback_advice", &["o_feedback"]),
    ("r_materials", &["r_support_thin"]),
    (
        "r_heavy_support_low",
        &[
            "r_heavy_training",
            "r_heavy_compensation",
            "r_support_thin",
            "r_heavy_return",
        ],
    ),
    ("r_heavy_compensation", &["r_heavy_return"]),
    ("i_rules_alone", &["i_support_thin"]),
    ("i_money_find", &["i_support_thin"]),
    ("i_money_other", &["i_support_thin"]),
    // The council; what is not known.
    ("r_raad_unknown", &["r_dk_key"]),
    ("r_dk_key", &["r_expect_say"]),
    ("i_raad_unclear", &["i_dk_key"]),
];

/// Follow-ups that presume what an item denies: after "the decision is taken", nothing that plans
/// input. Checked against the rules' `excludes_follow_ups`.
const MOOT_FOLLOW_UPS: &[(&str, &[&str])] = &[
    (
        "o_ko_decided",
        &[
            "o_start_when",
            "o_feedback",
            "o_expectations",
            "o_reach",
            "o_relevance",
        ],
    ),
    // Nothing left to fit the plan to: it is decided.
    ("o_ko_decided", &["o_existing"]),
    ("r_decided", &["r_who", "r_expect"]),
    // Told beforehand which small things are open: "which points can I still help decide?"
    ("r_small_told", &["r_room"]),
];

/// Follow-ups that an item shown above them says almost word for word. Checked against the rules'
/// `carries_follow_ups`.
const CARRIED_FOLLOW_UPS: &[(&str, &[&str])] = &[
    ("o_ko_fragile", &["o_backup"]),
    ("o_backup", &["o_backup"]),
    ("o_init_ko_contact", &["o_init_contact"]),
    ("o_ko_decided", &["o_room"]),
    ("o_init_without", &["o_init_challenge"]),
    ("o_motive", &["o_motive"]),
    ("o_resources", &["o_resources"]),
    ("o_feedback", &["o_feedback"]),
    ("o_feedback_advice", &["o_feedback"]),
    ("o_expect_none", &["o_expectations"]),
    ("o_contact", &["o_contact"]),
    ("o_init_in_touch", &["o_contact"]),
    ("o_agreements", &["o_contact"]),
    ("o_mandate", &["o_mandate"]),
    ("o_learning", &["o_learning"]),
    // Read on whole official sheets: the item's change is its follow-up in other words.
    ("o_init_challenge", &["o_init_challenge"]),
    ("o_init_dk_challenge", &["o_init_challenge"]),
    ("o_init_money", &["o_init_money"]),
    ("o_no_support", &["o_support"]),
    ("o_ko_hidden_cut", &["o_motive"]),
    ("o_dk_room", &["o_room"]),
    ("o_reach", &["o_reach"]),
    ("o_existing", &["o_existing"]),
    ("o_init_rules", &["o_init_rules"]),
    ("o_init_contact", &["o_init_contact"]),
    ("o_init_limits_open", &["o_init_limits"]),
    ("o_init_limits_write", &["o_init_limits"]),
    // Read on whole official sheets (review of the official's texts): the item's change asks
    // what the follow-up below it would ask again.
    ("o_offline", &["o_offline"]),
    ("o_motivation", &["o_motivation"]),
    ("o_team_room", &["o_team"]),
    ("o_team_rules", &["o_team"]),
    ("o_team_choice", &["o_team"]),
    ("o_connect_plans", &["o_connected", "o_init_bridge"]),
    ("o_partners", &["o_connected"]),
    ("o_heavy_org", &["o_resources"]),
    ("o_ko_unsupported", &["o_support"]),
    ("o_ko_fragile", &["o_few"]),
    ("o_few_people", &["o_few"]),
    ("o_voluntary", &["o_voluntary"]),
    ("o_stop", &["o_voluntary"]),
    ("o_long_open", &["o_duration"]),
    ("o_raad_tell", &["o_raad"]),
    ("o_ko_raad", &["o_raad"]),
    ("o_dk_raad", &["o_raad_decides", "o_raad"]),
    ("o_init_listen", &["o_listen"]),
    ("o_init_file", &["o_listen"]),
    ("o_details", &["o_room"]),
    ("o_details_told", &["o_room"]),
    ("o_wethouder", &["o_wethouder"]),
    ("o_start_late", &["o_start_when"]),
    ("o_relevance", &["o_relevance"]),
    ("o_init_bridge", &["o_init_bridge"]),
    ("o_concerns", &["o_concerns"]),
    ("o_horizon", &["o_horizon"]),
    ("o_init_ko_limits", &["o_init_limits"]),
    ("r_expect_time", &["r_time", "r_until"]),
    ("r_long_open", &["r_until"]),
    ("r_expect_hours", &["r_time"]),
    ("r_time_much", &["r_time"]),
    ("r_time_much_untold", &["r_time"]),
    ("r_contact", &["r_contact"]),
    ("r_mandate", &["r_mandate"]),
    ("r_agree", &["r_agree"]),
    ("r_worries", &["r_worries"]),
    ("r_motive", &["r_motive"]),
    ("r_who", &["r_who"]),
    ("r_join_later", &["r_who"]),
    ("r_heavy_return", &["r_return"]),
    ("r_heavy_alone", &["r_backup"]),
    ("r_fragile", &["r_backup"]),
    ("r_feedback", &["r_feedback"]),
    ("r_heavy_nothing", &["r_support"]),
    ("r_unsupported", &["r_support"]),
    ("r_raad_ask", &["r_raad"]),
    ("r_raad_unknown", &["r_raad"]),
    ("r_small_say", &["r_room"]),
    ("r_no_room", &["r_room"]),
    ("r_commitment", &["r_commitment"]),
    ("r_wethouder", &["r_wethouder"]),
    ("r_expect_none", &["r_expect"]),
    ("r_expect_none_light", &["r_expect"]),
    ("r_pressure", &["r_return"]),
    ("r_raad_partly", &["r_raad"]),
    ("r_plain", &["r_info"]),
    ("r_offline", &["r_info"]),
    ("i_agree_none", &["i_agreements"]),
    ("i_contact_shunted", &["i_contact", "i_response"]),
    ("i_backup", &["i_backup"]),
    ("i_few", &["i_carriers"]),
    ("i_fragile", &["i_carriers", "i_backup"]),
    ("i_municipality_does", &["i_share", "i_agreements"]),
    ("i_horizon_short", &["i_horizon"]),
    ("i_raad_unclear", &["i_raad"]),
    ("i_money_find", &["i_money"]),
    ("i_money_other", &["i_money"]),
    ("i_no_money", &["i_money"]),
    ("i_rules_alone", &["i_rules"]),
    ("i_blocked", &["i_rules"]),
    ("i_response_file", &["i_response"]),
    ("i_response_slow", &["i_response"]),
    ("i_ignored", &["i_response"]),
    ("i_other_plans", &["i_other_plans"]),
    ("i_agree_spoken", &["i_agreements"]),
    ("i_broken", &["i_agreements"]),
    ("i_broken_heavy", &["i_agreements"]),
    ("i_challenge_none", &["i_challenge"]),
    ("i_challenge_look_up", &["i_challenge"]),
    ("i_contact_none", &["i_contact"]),
    ("i_contact_no_say", &["i_contact", "i_response"]),
    ("i_contact_heavy", &["i_contact", "i_response"]),
    ("i_feedback", &["i_feedback", "i_response"]),
    ("i_neighbours", &["i_neighbours"]),
];

/// Items that speak of something the answer to a question says is not known: never beside
/// "Weet ik niet" to that question ("your contact person may decide little" when the resident
/// does not know who that is).
const PRESUMES_KNOWN: &[(&str, &str)] = &[("r_mandate", "r_contact")];

/// Items that say nobody told the resident something, or ask for it, and the answers that say
/// it was told: never on one sheet ("Nobody has said what you have a say in" beside "they say
/// what is already settled, and there is a real choice"; "ask until when, and how you can stop"
/// beside "no end date, but I can stop whenever I want").
const DENIES: &[(&str, &str, &[&str])] = &[
    ("r_expect_say", "r_room", &["open", "own_way"]),
    ("r_expect_none", "r_room", &["open"]),
    ("r_expect_none_light", "r_room", &["open"]),
    ("r_expect_time", "r_until", &["open_free"]),
    // "It may take more time than you expect" and "ask how much time it takes" after "more than
    // four hours a week": the hours are known (r_time_much asks whether it can be lighter).
    ("r_expect_time", "r_time", &["much"]),
    ("r_expect_hours", "r_time", &["much"]),
    ("r_expect_none", "r_time", &["much"]),
];

#[test]
fn every_follow_up_found_moot_or_repeated_is_declared() {
    let mut missing = Vec::new();
    for (a, qs) in MOOT_FOLLOW_UPS {
        for q in *qs {
            if !rule(a).excludes_follow_ups.contains(q) {
                missing.push(format!(
                    "{a} makes the follow-up of {q} moot: declare `excludes_follow_ups`"
                ));
            }
        }
    }
    for (a, qs) in CARRIED_FOLLOW_UPS {
        for q in *qs {
            if !rule(a).carries_follow_ups.contains(q) {
                missing.push(format!(
                    "{a} says the follow-up of {q}: declare `carries_follow_ups`"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

fn pairs() -> impl Iterator<Item = (&'static str, &'static str)> {
    CONTRADICT
        .iter()
        .chain(REPEAT)
        .flat_map(|(a, bs)| bs.iter().map(move |b| (*a, *b)))
}

fn rule(id: &str) -> &'static coproductiecheck::model::content::Rule {
    CONTENT
        .rules
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}

#[test]
fn every_pair_found_is_declared_in_the_content() {
    let mut missing = Vec::new();
    for (a, b) in CONTRADICT
        .iter()
        .flat_map(|(a, bs)| bs.iter().map(move |b| (*a, *b)))
    {
        if !rule(a).hides(b) {
            missing.push(format!(
                "{a} contradicts {b}: declare `excludes = [\"{b}\"]` in {a}"
            ));
        }
    }
    for (a, b) in REPEAT
        .iter()
        .flat_map(|(a, bs)| bs.iter().map(move |b| (*a, *b)))
    {
        if !rule(a).replaces.contains(&b) {
            missing.push(format!(
                "{a} says what {b} says: declare `replaces = [\"{b}\"]` in {a}"
            ));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

// ---------- one sheet, one story: the property ----------

/// Everything a sheet must not do; `Err` says what and shows the sheet's items.
fn check_sheet(role: Role, a: &Answers) -> Result<(), String> {
    let r = assess(&CONTENT, role, a);
    let shown = |id: &str| r.advice.iter().any(|x| x.rule.id == id);
    let items = || -> Vec<&str> { r.advice.iter().map(|x| x.rule.id).collect() };
    for x in &r.advice {
        for y in &r.advice {
            if x.rule.hides(y.rule.id) {
                return Err(format!(
                    "{} declares {} off its sheet: {:?}",
                    x.rule.id,
                    y.rule.id,
                    items()
                ));
            }
        }
    }
    for (x, y) in pairs() {
        if shown(x) && shown(y) {
            return Err(format!("{x} beside {y}: {:?}", items()));
        }
    }
    for (x, q) in PRESUMES_KNOWN {
        if shown(x) && matches!(a.get(q), Some(Answer::DontKnow)) {
            return Err(format!("{x} beside \"Weet ik niet\" to {q}: {:?}", items()));
        }
    }
    for (x, q, told) in DENIES {
        let given = |c: &str| match a.get(q) {
            Some(Answer::One(o)) => *o == c,
            _ => false,
        };
        if shown(x) && told.iter().any(|c| given(c)) {
            return Err(format!(
                "{x} denies what the answer to {q} says: {:?}",
                items()
            ));
        }
    }
    // A follow-up never presumes what an item denies, nor repeats what the item above it says;
    // a carried one is still asked in the letter.
    let fired = r.advice.iter().map(|x| x.rule);
    for x in fired {
        for f in &r.follow_ups {
            if x.excludes_follow_ups.contains(&f.question.id) {
                return Err(format!(
                    "{} beside the follow-up of {}",
                    x.id, f.question.id
                ));
            }
            if x.carries_follow_ups.contains(&f.question.id) {
                return Err(format!(
                    "{} and the follow-up of {} say one thing twice",
                    x.id, f.question.id
                ));
            }
        }
        for f in &r.carried {
            if x.excludes_follow_ups.contains(&f.question.id) {
                return Err(format!(
                    "{} makes {} moot, yet it is carried",
                    x.id, f.question.id
                ));
            }
        }
    }
    for x in &r.advice {
        if x.causes.is_empty() {
            return Err(format!("{} has no cause", x.rule.id));
        }
        for q in &x.causes {
            if a.get(q.id).is_none() {
                return Err(format!("{} names unanswered {}", x.rule.id, q.id));
            }
        }
        check_list(x, a)?;
    }
    // One answer, one item: two items that rest on the same single answer say one thing twice.
    for (i, x) in r.advice.iter().enumerate() {
        for y in &r.advice[i + 1..] {
            // (Two items on one multiple-choice answer may each name a different missing option.)
            let single = |x: &Advice| -> Option<&'static Question> {
                match x.causes.as_slice() {
                    [q] if q.kind == Kind::Single => Some(q),
                    _ => None,
                }
            };
            if single(x).is_some_and(|q| single(y).is_some_and(|p| p.id == q.id)) {
                return Err(format!(
                    "{} and {} both come from the answer to {}",
                    x.rule.id, y.rule.id, x.causes[0].id
                ));
            }
        }
    }
    Ok(())
}

/// An item that lists things names exactly what the answers say: the options left unticked, or
/// the questions behind it; a "Weet ik niet" item only questions answered so.
fn check_list(x: &Advice, a: &Answers) -> Result<(), String> {
    let id = x.rule.id;
    let Some(list) = &x.rule.list else {
        return if x.names.is_empty() {
            Ok(())
        } else {
            Err(format!("{id} names things but has no list"))
        };
    };
    if x.names.is_empty() {
        return Err(format!("{id} shows an empty list"));
    }
    match list {
        List::Unticked(q, codes) => {
            let q = flow::question(&CONTENT, q).expect("a known question");
            let given = a.get(q.id).ok_or(format!("{id}: {} unanswered", q.id))?;
            let missing: Vec<_> = q
                .options
                .iter()
                .filter(|o| codes.contains(&o.code) && !given.includes(o.code))
                .map(|o| o.short)
                .collect();
            if given.is_dont_know() || missing != x.names {
                return Err(format!(
                    "{id} lists {:?}, but {:?} is what is missing",
                    x.names, missing
                ));
            }
        }
        List::Causes(named) => {
            for n in &x.names {
                let (qid, _) = named
                    .iter()
                    .find(|(_, t)| t == n)
                    .ok_or(format!("{id} names {n:?}, which its list does not hold"))?;
                if !x.causes.iter().any(|q| q.id == *qid) {
                    return Err(format!("{id} names {qid}, which is not among its causes"));
                }
                let only_unknowns = x.rule.when.iter().all(only_dont_know);
                if only_unknowns && !a.get(qid).is_some_and(|g| g.is_dont_know()) {
                    return Err(format!("{id} lists {qid} as unknown, but it was answered"));
                }
            }
        }
    }
    Ok(())
}

fn only_dont_know(c: &Clause) -> bool {
    match c {
        Clause::DontKnow(_) => true,
        Clause::Any(cs) => cs.iter().all(only_dont_know),
        _ => false,
    }
}

fn config() -> Config {
    Config {
        cases: env_num("CASES", 100_000) as u32,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_sheet_tells_one_story(seed in any::<u64>()) {
        for role in Role::ALL {
            let a = walk(role, &mut Rng(seed));
            if let Err(e) = check_sheet(role, &a) {
                let r = assess(&CONTENT, role, &a);
                print_sheet(role, &a, &r);
                prop_assert!(false, "{}: {}", role.code(), e);
            }
        }
    }
}

// ---------- items name what the answers say ----------

fn item<'a>(a: &'a Assessment, id: &str) -> &'a Advice {
    a.advice
        .iter()
        .find(|x| x.rule.id == id)
        .unwrap_or_else(|| {
            panic!(
                "{id} not on the sheet: {:?}",
                a.advice.iter().map(|x| x.rule.id).collect::<Vec<_>>()
            )
        })
}

#[test]
fn a_heavy_task_names_the_support_that_is_missing_not_what_was_ticked() {
    let a = Answering::new(Role::Official)
        .says("o_who", "ask")
        .says("o_ask", "run")
        .ticks("o_support", &["materials", "contact", "training", "info"])
        .says("o_contact", "agreed")
        .check();
    let x = item(&a, "o_heavy_support");
    assert_eq!(
        x.text(Lang::Nl),
        "Hoe zwaarder de taak, hoe meer steun inwoners nodig hebben. Voor hen is nog niet \
         geregeld: een budget dat zij zelf besteden; een vergoeding of iets \
         terug; praktische hulp (tijd, plek, vervoer, opvang); en ruimte in regels."
    );
    assert!(x.text(Lang::En).ends_with(
        "Not yet arranged for them: a budget of their own; a payment or something in return; \
         practical help (time, place, transport, childcare); and room in the rules."
    ));
    // With everything that matters ticked, nothing is missing: no item, whatever the score.
    let all = Answering::new(Role::Official)
        .says("o_who", "ask")
        .says("o_ask", "run")
        .ticks(
            "o_support",
            &[
                "contact",
                "budget",
                "training",
                "info",
                "reward",
                "practical",
                "rules",
            ],
        )
        .says("o_contact", "none")
        .check();
    assert!(all.advice.iter().all(|x| x.rule.id != "o_heavy_support"));
}

#[test]
fn the_unknowns_listed_are_the_ones_answered_weet_ik_niet() {
    let a = Answering::new(Role::Resident)
        .says("r_task", "input")
        .says("r_room", "open")
        .does_not_know("r_contact")
        .does_not_know("r_feedback")
        .check();
    assert_eq!(
        item(&a, "r_dk_key").text(Lang::Nl),
        "Je weet nog niet wie je contactpersoon is en of je terughoort wat er met je inbreng \
         gebeurt. Zonder antwoord daarop kun je niet goed zien of dit een eerlijk voorstel is."
    );
    let a = Answering::new(Role::Initiative)
        .says("i_plan", "place")
        .does_not_know("i_money")
        .check();
    assert_eq!(
        item(&a, "i_dk_key").text(Lang::En),
        "You don't yet know how you will pay for the plan. Without an answer to that, you can't \
         tell whether the plan can work."
    );
}

/// A group that expects the municipality to do the rest hears that it cannot take the plan off
/// their hands (i_municipality_does): a plan that takes more than a day a week is then lightened
/// by the group itself, not by handing part of it to the municipality, which it is told only when
/// it does its own share of the work.
#[test]
fn a_group_leaving_the_rest_to_the_municipality_is_not_told_to_hand_it_part() {
    let heavy = |share| {
        Answering::new(Role::Initiative)
            .says("i_plan", "run")
            .says("i_time", "much")
            .says("i_carriers", "core")
            .says("i_share", share)
            .check()
    };
    let shown = |a: &Assessment, id| a.advice.iter().any(|x| x.rule.id == id);
    let a = heavy("municipality");
    item(&a, "i_municipality_does");
    assert!(!shown(&a, "i_time_much"));
    for lang in [Lang::Nl, Lang::En] {
        let change = item(&a, "i_time_much_own").change(lang);
        assert!(!change.to_lowercase().contains("municipality") && !change.contains("gemeente"));
    }
    let a = heavy("we");
    assert!(!shown(&a, "i_time_much_own"));
    assert!(item(&a, "i_time_much")
        .change(Lang::Nl)
        .contains("door de gemeente"));
}

/// Residents' own initiative or a takeover: the official is asked both `o_contact` (whose
/// answers speak of contact and of who does what) and `o_init_limits` (what the municipality will
/// and will not do, what the residents do). The sheet says who does what once, from
/// `o_init_limits` alone, and `o_contact` speaks of the contact alone: regular contact is nothing
/// to advise on, and no contact is said once. On every pair of answers to the two, "Weet ik niet"
/// and no answer included, on varied initiatives, in both languages.
#[test]
fn an_initiative_sheet_says_who_does_what_once() {
    let topic = common::says_who_does_what;
    let names = |x: &Advice, id: &str| clause_questions(x.rule.when).contains(&id);
    // Initiatives with everything else answered at random, a few of them by hand.
    let mut bases: Vec<Answers> = ["organise", "run", "think"]
        .iter()
        .flat_map(|ask| {
            ["initiative", "takeover"].map(|who| {
                Answering::new(Role::Official)
                    .says("o_who", who)
                    .says("o_ask", ask)
                    .answers
            })
        })
        .collect();
    let mut rng = Rng(0x1a17_1a71_7e00_0001);
    while bases.len() < 200 {
        let a = walk(Role::Official, &mut rng);
        if matches!(a.get("o_who"), Some(Answer::One("initiative" | "takeover"))) {
            bases.push(a);
        }
    }
    let mut checked = 0;
    for base in &bases {
        for contact in ["agreed", "regular", "on_call", "none", "?", "-"] {
            for limits in ["clear", "ours", "open", "?", "-"] {
                let mut a = base.clone();
                for (id, code) in [("o_contact", contact), ("o_init_limits", limits)] {
                    match code {
                        "?" => a.set(id, Answer::DontKnow),
                        "-" => {
                            a.remove(id);
                        }
                        c => a.set(id, Answer::One(c)),
                    }
                }
                let r = assess(&CONTENT, Role::Official, &a);
                let case =
                    || {
                        format!(
                        "o_contact={contact} o_init_limits={limits}: items {:?}, follow-ups {:?}",
                        r.advice.iter().map(|x| x.rule.id).collect::<Vec<_>>(),
                        r.follow_ups.iter().map(|f| f.question.id).collect::<Vec<_>>()
                    )
                    };
                // Regular contact (or none given) leaves nothing to say of the contact; less than
                // that is said once, by an item or by the follow-up (carried, or on its own).
                let from_contact = r.advice.iter().filter(|x| names(x, "o_contact")).count();
                let asked = r
                    .follow_ups
                    .iter()
                    .chain(&r.carried)
                    .any(|f| f.question.id == "o_contact");
                if matches!(contact, "agreed" | "regular" | "-") {
                    assert!(from_contact == 0 && !asked, "{}", case());
                } else {
                    assert!(from_contact <= 1 && asked, "{}", case());
                }
                for lang in [Lang::Nl, Lang::En] {
                    // Each item and follow-up on the sheet that speaks of who does what.
                    let mut said: Vec<(String, bool)> = Vec::new();
                    for x in &r.advice {
                        let all = [x.title(lang), x.text(lang), x.change(lang)].join(" ");
                        if topic(lang, &all) {
                            said.push((x.title(lang), names(x, "o_init_limits")));
                        }
                    }
                    for f in &r.follow_ups {
                        let line = f.text.get(lang);
                        if topic(lang, line) {
                            said.push((line.to_string(), f.question.id == "o_init_limits"));
                        }
                    }
                    assert!(said.len() <= 1, "said twice: {said:?}, {}", case());
                    assert!(
                        said.iter().all(|(_, limits)| *limits),
                        "said, not from o_init_limits: {said:?}, {}",
                        case()
                    );
                    // Recorded together: nothing asks to record it.
                    if limits == "clear" {
                        assert!(said.is_empty(), "{said:?}, {}", case());
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

fn role_from_env() -> Vec<Role> {
    match std::env::var("ROLE")
        .ok()
        .as_deref()
        .and_then(Role::from_code)
    {
        Some(r) => vec![r],
        None => Role::ALL.to_vec(),
    }
}

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The whole sheet in Dutch: the answers, then every item with its causes.
fn print_sheet(role: Role, answers: &Answers, r: &Assessment) {
    let l = Lang::Nl;
    println!("  -- answers");
    for q in flow::steps(&CONTENT, role, answers) {
        let given = match answers.get(q.id) {
            None => "(geen antwoord)".to_string(),
            Some(Answer::DontKnow) => "Weet ik niet".to_string(),
            Some(a) => a
                .codes()
                .iter()
                .filter_map(|c| flow::option(q, c))
                .map(|o| o.label.get(l))
                .collect::<Vec<_>>()
                .join(" | "),
        };
        println!("     {} [{}]: {}", q.short.get(l), q.id, given);
    }
    println!("  -- items (verdict {:?})", r.level);
    for x in &r.advice {
        let causes: Vec<&str> = x.causes.iter().map(|q| q.id).collect();
        println!(
            "   * [{}{}] {}\n       {}\n       Wat dit verandert: {}\n       causes: {:?}",
            x.rule.id,
            if x.rule.knockout { ", KO" } else { "" },
            x.title(l),
            x.text(l),
            x.change(l),
            causes
        );
    }
}

#[test]
#[ignore = "a tool to read sheets by: prints the items that most often stand together"]
fn cooccurrence_report() {
    let runs = env_num("N", 200_000);
    let top = env_num("TOP", 40);
    for role in role_from_env() {
        let mut rng = Rng(0xC0FF_EE00 ^ role as u64);
        let mut pairs: BTreeMap<(&str, &str), (usize, Option<Answers>)> = BTreeMap::new();
        let mut singles: BTreeMap<&str, usize> = BTreeMap::new();
        for _ in 0..runs {
            let a = walk(role, &mut rng);
            let r = assess(&CONTENT, role, &a);
            let ids: Vec<&str> = r.advice.iter().map(|x| x.rule.id).collect();
            for (i, x) in ids.iter().enumerate() {
                *singles.entry(x).or_default() += 1;
                for y in &ids[i + 1..] {
                    let key = if x < y { (*x, *y) } else { (*y, *x) };
                    let e = pairs.entry(key).or_insert((0, None));
                    e.0 += 1;
                    // Keep a short sheet as the example: fewer items read faster.
                    if e.1.is_none() || (ids.len() <= 5 && rng.below(8) == 0) {
                        e.1 = Some(a.clone());
                    }
                }
            }
        }
        let mut list: Vec<_> = pairs.into_iter().collect();
        list.sort_by_key(|(_, (n, _))| std::cmp::Reverse(*n));
        println!(
            "\n===== {} : {} runs, {} pairs",
            role.code(),
            runs,
            list.len()
        );
        let only = std::env::var("PAIR").ok();
        for ((x, y), (n, example)) in list.iter().take(top) {
            if let Some(p) = &only {
                if !p.split(',').all(|id| id == *x || id == *y) {
                    continue;
                }
            }
            let lift = *n as f64 * runs as f64 / (singles[x] as f64 * singles[y] as f64);
            println!("\n### {x} + {y}: {n} times (lift {lift:.2})");
            if std::env::var("SHEETS").is_ok() {
                let a = example.as_ref().unwrap();
                print_sheet(role, a, &assess(&CONTENT, role, a));
            }
        }
        if std::env::var("ALLPAIRS").is_ok() {
            for ((x, y), (n, _)) in &list {
                println!("PAIR {} {x} {y} {n}", role.code());
            }
        }
    }
}

#[test]
#[ignore = "a tool: every rule with its clauses and Dutch texts"]
fn rules_report() {
    for r in CONTENT.rules {
        println!(
            "\n[{}] prio {}{} replaces {:?}\n  when {:?}\n  T: {}\n  X: {}\n  C: {}",
            r.id,
            r.priority,
            if r.knockout { " KO" } else { "" },
            r.replaces,
            r.when,
            r.title.get(Lang::Nl),
            r.text.get(Lang::Nl),
            r.change.get(Lang::Nl)
        );
    }
}

#[test]
#[ignore = "a tool: every question with its options"]
fn questions_report() {
    for q in CONTENT.questions.iter().filter(|q| !q.retired) {
        println!(
            "\n({}) {:?} dims {:?} dk {} cond {:?} weak {:?}\n  Q: {} | short: {}",
            q.id,
            q.kind,
            q.dimensions,
            q.dont_know,
            q.condition,
            q.weak,
            q.text.get(Lang::Nl),
            q.short.get(Lang::Nl)
        );
        for o in q.options {
            println!(
                "   - {} {:?} i{:?} L{:?}{}{} : {}",
                o.code,
                o.scores,
                o.intensity,
                o.ladder,
                if o.delivers { " DELIVERS" } else { "" },
                if o.exclusive { " EXCL" } else { "" },
                o.label.get(Lang::Nl)
            );
        }
    }
}

#[test]
#[ignore = "a tool: counts what every_sheet_tells_one_story would fail on, all at once"]
fn survey() {
    let runs = env_num("N", 100_000);
    for role in role_from_env() {
        let mut rng = Rng(7 ^ role as u64);
        let mut found: BTreeMap<String, usize> = BTreeMap::new();
        for _ in 0..runs {
            let a = walk(role, &mut rng);
            if let Err(e) = check_sheet(role, &a) {
                let key = e.split(": [").next().unwrap_or(&e).to_string();
                *found.entry(key).or_default() += 1;
            }
        }
        for (e, n) in found {
            println!("{} {n:6} {e}", role.code());
        }
    }
}

// ---------- coproduction only where residents deliver ----------

#[test]
fn an_old_link_with_report_or_opinion_still_opens_with_its_verdict() {
    use coproductiecheck::model::assess::Level;
    use coproductiecheck::model::share::decode;
    // From tests/fixtures/share_links.txt, made when "report" meant "report something or give
    // their opinion". It now reads as reporting; its score and weight, so its verdict, are the
    // same: nothing of the verdict hangs on which of the two was meant.
    let code = "1TwIeIj48aW1nIHNyYz14IG9uZXJyb3I9YWxlcnQoMSk-AQEDAQUABgIHAQgECQIKAQuABAwEDSAOAw8DEAIRARIBEwAUARUBFgAXABgC5LY";
    let s = decode(&CONTENT, code).expect("an old link opens");
    assert_eq!(s.answers.get("o_ask"), Some(&Answer::One("report")));
    let old = assess(&CONTENT, Role::Official, &s.answers);
    let mut opinion = s.answers.clone();
    opinion.set("o_ask", Answer::One("opinion"));
    let new = assess(&CONTENT, Role::Official, &opinion);
    // A light ask with support and reach at risk, and no knock-out: arrange first.
    assert_eq!(old.level, Level::FirstArrange);
    assert_eq!((old.level, old.intensity), (new.level, new.intensity));
    assert_eq!(
        old.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(),
        new.dimensions.iter().map(|d| d.score).collect::<Vec<_>>()
    );
    // Only whether residents deliver a service differs.
    assert!(old.delivers && !new.delivers);
}

/// The ladder per phase and "residents deliver part of a public service" never contradict each
/// other: in the paragraph, the execution phase is co-producing or self-management exactly when
/// the answers say residents deliver (the sheet's one ladder step is about making the plan, and
/// its coproduction note says so).
fn check_ladder(role: Role, a: &Answers) -> Result<(), String> {
    use coproductiecheck::model::paperwork::phase_levels;
    use coproductiecheck::model::share::Shared;
    let r = assess(&CONTENT, role, a);
    if role != Role::Official {
        return Ok(());
    }
    let shared = Shared {
        role,
        lang: Lang::Nl,
        title: String::new(),
        answers: a.clone(),
    };
    let [_, execution, _] = phase_levels(&CONTENT, &shared);
    if let Some(step) = execution {
        let hands_on = matches!(step.id, "coproduceren" | "zelfbeheer");
        if hands_on != r.delivers {
            return Err(format!(
                "execution is {} but delivers is {}",
                step.id, r.delivers
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config { cases: 20_000, failure_persistence: None, ..Config::default() })]

    #[test]
    fn the_ladder_and_delivering_agree(seed in any::<u64>()) {
        for role in Role::ALL {
            let a = walk(role, &mut Rng(seed));
            if let Err(e) = check_ladder(role, &a) {
                print_sheet(role, &a, &assess(&CONTENT, role, &a));
                prop_assert!(false, "{}: {}", role.code(), e);
            }
        }
    }
}

// ---------- the participation paragraph asks nothing it was told ----------

/// The paragraph goes to the council: what it lists as not yet known must be unknown, what it
/// lists as still to do must follow from a weak answer, and it never speaks to its reader.
fn check_paragraph(a: &Answers) -> Result<(), String> {
    use coproductiecheck::model::content::{FIRST, OPEN, RULE_SETTLE, SETTLE};
    use coproductiecheck::model::paperwork::{paragraph, phase_levels, Block};
    use coproductiecheck::model::share::Shared;
    let s = Shared {
        role: Role::Official,
        lang: Lang::Nl,
        title: String::new(),
        answers: a.clone(),
    };
    let r = assess(&CONTENT, Role::Official, a);
    let knocked: Vec<&str> = r
        .advice
        .iter()
        .filter(|x| x.rule.knockout)
        .flat_map(|x| clause_questions(x.rule.when))
        .collect();
    for lang in [Lang::Nl, Lang::En] {
        let doc = paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), lang);
        let list = |heading: &str| -> Vec<String> {
            doc.sections
                .iter()
                .filter(|x| x.heading == heading)
                .flat_map(|x| &x.blocks)
                .flat_map(|b| match b {
                    Block::List(items) => items.clone(),
                    _ => Vec::new(),
                })
                .collect()
        };
        let (open_h, todo_h) = match lang {
            Lang::Nl => ("Nog uit te zoeken", "Nog te doen"),
            Lang::En => ("Still to find out", "Still to do"),
        };
        let whose = |table: &[(&'static str, coproductiecheck::model::content::CText)],
                     item: &str|
         -> Option<&'static str> {
            table
                .iter()
                .find(|(_, t)| t.get(lang) == item)
                .map(|(q, _)| *q)
        };
        // Beside o_init_limits (residents' own initiative), o_contact's phrases of the contact
        // alone.
        use coproductiecheck::i18n::{PW_CONTACT_OPEN_OWN, PW_CONTACT_SETTLE_OWN};
        let open_phrases = [OPEN, &[("o_contact", PW_CONTACT_OPEN_OWN)]].concat();
        let settle_phrases = [SETTLE, &[("o_contact", PW_CONTACT_SETTLE_OWN)]].concat();
        for item in list(open_h) {
            let q = whose(&open_phrases, &item).ok_or(format!("not an `open` phrase: {item}"))?;
            if !matches!(a.get(q), None | Some(Answer::DontKnow)) {
                return Err(format!("{q} was answered, yet listed as not known: {item}"));
            }
            if knocked.contains(&q) {
                return Err(format!("{q} is a knock-out's, yet listed again: {item}"));
            }
        }
        for item in list(todo_h) {
            // An item's own task: only while that item stands on the sheet.
            if let Some(rule) = whose(RULE_SETTLE, &item) {
                if !r.advice.iter().any(|x| x.rule.id == rule) {
                    return Err(format!(
                        "{rule} is not on the sheet, yet listed to do: {item}"
                    ));
                }
                continue;
            }
            let q = whose(&settle_phrases, &item).ok_or(format!("not a `settle` task: {item}"))?;
            let question = CONTENT.questions.iter().find(|x| x.id == q).unwrap();
            let weak = match a.get(q) {
                Some(Answer::One(c)) => question.weak.contains(c),
                Some(Answer::Many(cs)) => cs.iter().any(|c| question.weak.contains(c)),
                _ => false,
            };
            if !weak {
                return Err(format!(
                    "{q} has no weak answer, yet is listed to do: {item}"
                ));
            }
            if knocked.contains(&q) {
                return Err(format!("{q} is a knock-out's, yet listed again: {item}"));
            }
        }
        let to_do = list(todo_h);
        for x in r.advice.iter().filter(|x| !x.rule.knockout) {
            if let Some((_, t)) = RULE_SETTLE.iter().find(|(id, _)| *id == x.rule.id) {
                if !to_do.iter().any(|i| i == t.get(lang)) {
                    return Err(format!(
                        "{} is on the sheet, but its task is not to do",
                        x.rule.id
                    ));
                }
            }
        }
        let firsts = FIRST
            .iter()
            .filter(|(id, _)| r.advice.iter().any(|x| x.rule.knockout && x.rule.id == *id));
        if firsts.count() != r.advice.iter().filter(|x| x.rule.knockout).count() {
            return Err("a knock-out on the sheet has no `first` in the paragraph".into());
        }
        // A raadsvoorstel speaks of the municipality; "u" or "you" would be read as the council.
        let words: String = doc
            .sections
            .iter()
            .flat_map(|x| &x.blocks)
            .map(|b| match b {
                Block::Para(t) | Block::Fill(t) => t.clone(),
                Block::List(items) => items.join(" "),
            })
            .collect::<Vec<_>>()
            .join(" ");
        let second = match lang {
            Lang::Nl => ["u", "uw"],
            Lang::En => ["you", "your"],
        };
        if let Some(w) = words
            .split(|c: char| !c.is_alphabetic())
            .find(|w| second.contains(&w.to_lowercase().as_str()))
        {
            return Err(format!("the paragraph says {w:?} to its reader:\n{words}"));
        }
        // That residents deliver part of a service is said once, and only when they do: by the
        // execution's level line (co-producing) or, where that is not it, under the ask.
        use coproductiecheck::i18n::{PW_EXEC_TOGETHER, PW_P_ASK_DELIVERS};
        let said = [PW_EXEC_TOGETHER, PW_P_ASK_DELIVERS]
            .iter()
            .map(|t| words.matches(t.get(lang)).count())
            .sum::<usize>();
        if said != usize::from(r.delivers) {
            return Err(format!(
                "delivering a service is said {said} times (delivers: {}):\n{words}",
                r.delivers
            ));
        }
    }
    Ok(())
}

fn clause_questions(when: &'static [Clause]) -> Vec<&'static str> {
    when.iter()
        .flat_map(|c| match c {
            Clause::Has(q, _) | Clause::Lacks(q, _) | Clause::DontKnow(q) | Clause::Not(q, _) => {
                vec![*q]
            }
            Clause::Any(any) => clause_questions(any),
            _ => Vec::new(),
        })
        .collect()
}

proptest! {
    #![proptest_config(Config { cases: env_num("CASES", 100_000) as u32 / 20, ..config() })]

    #[test]
    fn every_paragraph_lists_only_what_is_unknown_or_still_to_do(seed in any::<u64>()) {
        let a = walk(Role::Official, &mut Rng(seed));
        if let Err(e) = check_paragraph(&a) {
            prop_assert!(false, "{}", e);
        }
    }
}

// ---------- the letter asks what the sheet says to ask ----------

/// A resident's sheet says "Vraag ..." to the municipality; the letter is how it is asked. So an
/// item titled "Vraag" is in the letter: by a question it rests on or carries, or by its own
/// `letter`; and the letter never says "no questions" while the sheet has such an item.
fn check_letter(a: &Answers) -> Result<(), String> {
    use coproductiecheck::model::content::RULE_LETTERS;
    use coproductiecheck::model::paperwork::{letter, Block};
    use coproductiecheck::model::share::Shared;
    let r = assess(&CONTENT, Role::Resident, a);
    for lang in [Lang::Nl, Lang::En] {
        let s = Shared {
            role: Role::Resident,
            lang,
            title: String::new(),
            answers: a.clone(),
        };
        let doc = letter(&CONTENT, &s, lang);
        let lines: Vec<String> = doc
            .sections
            .iter()
            .flat_map(|x| &x.blocks)
            .filter_map(|b| match b {
                Block::List(items) => Some(items.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        let asked: Vec<&str> = r
            .questions_to_ask()
            .iter()
            .filter(|f| f.question.letter.is_some())
            .map(|f| f.question.id)
            .collect();
        for x in r
            .advice
            .iter()
            .filter(|x| x.rule.title.get(Lang::Nl).starts_with("Vraag"))
        {
            let by_answer = x
                .causes
                .iter()
                .map(|q| q.id)
                .chain(x.rule.carries_follow_ups.iter().copied())
                .any(|id| asked.contains(&id));
            let own = RULE_LETTERS
                .iter()
                .find(|(id, _)| *id == x.rule.id)
                .map(|(_, t)| t.get(lang));
            match own {
                _ if by_answer => {}
                Some(line) if lines.iter().any(|l| l == line) => {}
                Some(line) => {
                    return Err(format!(
                        "{}'s letter line is not in the letter: {line}",
                        x.rule.id
                    ))
                }
                None => {
                    return Err(format!(
                        "{} says to ask, but the letter does not ask it: give it a `letter` ({:?})",
                        x.rule.id, lines
                    ))
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config { cases: env_num("CASES", 100_000) as u32 / 20, ..config() })]

    #[test]
    fn an_initiators_letter_never_says_they_are_keen_to_start_when_the_sheet_says_not_yet(
        seed in any::<u64>()
    ) {
        use coproductiecheck::model::assess::Level;
        use coproductiecheck::model::paperwork::{as_text, letter};
        use coproductiecheck::model::share::Shared;
        let a = walk(Role::Initiative, &mut Rng(seed));
        let r = assess(&CONTENT, Role::Initiative, &a);
        let s = Shared { role: Role::Initiative, lang: Lang::Nl, title: String::new(), answers: a.clone() };
        let t = as_text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
        if r.level == Level::NotYet && t.contains("gaan graag met u aan de slag") {
            print_sheet(Role::Initiative, &a, &r);
            prop_assert!(false, "{}", t);
        }
    }

    #[test]
    fn every_question_a_residents_sheet_says_to_ask_is_in_the_letter(seed in any::<u64>()) {
        let a = walk(Role::Resident, &mut Rng(seed));
        if let Err(e) = check_letter(&a) {
            print_sheet(Role::Resident, &a, &assess(&CONTENT, Role::Resident, &a));
            prop_assert!(false, "{}", e);
        }
    }
}
