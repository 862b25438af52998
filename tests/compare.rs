//! Comparing several people's answers on one plan: the topic mapping, what the comparison finds,
//! before and after, pasted links, and the group code.

mod common;

use std::collections::BTreeMap;

use common::{advice, Answering};
use coproductiecheck::model::assess::Level;
use coproductiecheck::model::compare::{
    compare, decode_group, encode_group, is_before_and_after, progress, read_links, GroupError,
    LinkProblem, Person, Position, MAX_PEOPLE,
};
use coproductiecheck::model::share::{encode, ShareError, Shared};
use coproductiecheck::model::topics::{topic_of, TOPICS};
use coproductiecheck::model::{Lang, Role, CONTENT};
use proptest::prelude::*;

fn official() -> Answering {
    Answering::new(Role::Official)
        .says("o_ask", "maintain")
        .says("o_hours", "lt2")
        .says("o_duration", "year")
        .says("o_few", "many")
        .says("o_backup", "plan")
        .says("o_room", "how")
        .says("o_motive", "quality")
        .says("o_voluntary", "free")
        .ticks("o_support", &["materials", "contact", "training", "info"])
        .says("o_contact", "agreed")
        .says("o_feedback", "each_step")
        .says("o_raad_decides", "no")
        .says("o_raad", "told")
        .says("o_mandate", "mandate")
        .says("o_resources", "full")
}

fn resident() -> Answering {
    Answering::new(Role::Resident)
        .says("r_task", "task")
        .says("r_time", "monthly")
        .says("r_until", "end")
        .says("r_backup", "group")
        .says("r_room", "own_way")
        .says("r_motive", "better")
        .ticks("r_support", &["materials", "contact"])
        .says("r_return", "fits")
        .says("r_contact", "fixed")
        .says("r_mandate", "yes")
        .says("r_agree", "clear")
        .says("r_feedback", "yes")
}

fn person(label: &str, a: Answering) -> Person {
    Person {
        label: label.into(),
        shared: Shared {
            role: a.role,
            lang: Lang::Nl,
            title: "Afvalbakken Noord".into(),
            answers: a.answers,
        },
    }
}

#[test]
fn every_question_of_every_role_is_on_exactly_one_topic() {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for t in TOPICS {
        for id in t.official.iter().chain(t.resident).chain(t.initiative) {
            *count.entry(id).or_default() += 1;
        }
        assert!(
            !t.official.is_empty() && !t.resident.is_empty(),
            "{} has one side only",
            t.id
        );
        for p in t.sources {
            assert!(
                CONTENT.points.iter().any(|x| x.id == *p),
                "{}: unknown point {p}",
                t.id
            );
        }
        assert!(!t.talk.nl.is_empty() && !t.talk.en.is_empty());
    }
    for q in CONTENT.questions.iter().filter(|q| !q.retired) {
        assert_eq!(
            count.get(q.id),
            Some(&1),
            "{} is on {:?} topics",
            q.id,
            count.get(q.id)
        );
        let t = topic_of(q.id).unwrap();
        let side = match q.role {
            Role::Official => t.official,
            Role::Resident => t.resident,
            Role::Initiative => t.initiative,
        };
        assert!(
            side.contains(&q.id),
            "{} is on its topic for the wrong role",
            q.id
        );
    }
    assert_eq!(
        count.len(),
        CONTENT.questions.iter().filter(|q| !q.retired).count()
    );
}

#[test]
fn the_municipality_thinks_residents_know_their_contact_and_they_do_not() {
    let people = vec![
        person("Projectleider", official()),
        person(
            "Inwoner 1",
            resident()
                .does_not_know("r_contact")
                .does_not_know("r_mandate"),
        ),
        person(
            "Inwoner 2",
            resident()
                .says("r_contact", "desk")
                .says("r_mandate", "slow"),
        ),
    ];
    let c = compare(&CONTENT, people);
    assert_eq!(c.assessments.len(), 3);
    assert!(!c.titles_differ);
    let first = &c.rows[c.talk_first[0]];
    assert_eq!(first.topic.id, "contact", "{:?}", talk(&c));
    assert!(first.knowledge_gap);
    assert_eq!(first.positions[0], Position::Score(100));
    assert_eq!(first.positions[1], Position::Unknown);
    assert_eq!(first.positions[2], Position::Score(30));
    assert_eq!(first.extremes(), Some((2, 0)));
    assert!(c.talk_first.len() <= 3);
    // A topic everyone sees the same way is not talked about first.
    assert!(!talk(&c).contains(&"motive"));
}

fn talk(c: &coproductiecheck::model::compare::Comparison) -> Vec<&'static str> {
    c.talk_first.iter().map(|&i| c.rows[i].topic.id).collect()
}

#[test]
fn agreement_leaves_nothing_to_talk_about_first() {
    let c = compare(
        &CONTENT,
        vec![person("A", official()), person("B", official())],
    );
    assert!(c.talk_first.is_empty(), "{:?}", talk(&c));
    assert!(c.rows.iter().all(|r| r.spread == 0 && !r.knowledge_gap));
}

#[test]
fn different_titles_are_compared_but_flagged() {
    let mut b = person("B", resident());
    b.shared.title = "Zwembad".into();
    let c = compare(&CONTENT, vec![person("A", resident()), b]);
    assert!(c.titles_differ);
    assert_eq!(c.assessments.len(), 2);
}

#[test]
fn before_and_after_shows_what_was_resolved_and_what_is_new() {
    let before = person(
        "Maart",
        official()
            .says("o_contact", "none")
            .says("o_feedback", "end"),
    );
    let after = person(
        "Juni",
        official()
            .says("o_contact", "agreed")
            .says("o_feedback", "end")
            .says("o_reach", "usual"),
    );
    assert!(is_before_and_after(&[before.clone(), after.clone()]));
    let p = progress(&CONTENT, &before.shared, &after.shared).unwrap();
    let ids = |rules: &[&'static coproductiecheck::model::content::Rule]| {
        rules.iter().map(|r| r.id).collect::<Vec<_>>()
    };
    assert_eq!(ids(&p.resolved), ["o_contact"]);
    assert_eq!(ids(&p.new), ["o_reach"]);
    let changed: Vec<&str> = p.changed.iter().map(|q| q.id).collect();
    assert_eq!(changed, ["o_contact", "o_reach"]);
    assert_eq!(p.before.level, Level::FirstArrange);
    assert!(advice(&p.after).contains(&"o_reach"));
    // An official and a resident are not before and after.
    assert!(progress(&CONTENT, &before.shared, &person("x", resident()).shared).is_none());
}

#[test]
fn a_broken_or_duplicate_link_among_good_ones_gets_its_own_message() {
    let good = encode(&CONTENT, &person("A", official()).shared);
    let other = encode(&CONTENT, &person("B", resident()).shared);
    let mut broken = good.clone();
    broken.truncate(good.len() - 5);
    let links = vec![
        (
            "Projectleider".to_string(),
            format!("https://gemeente.nl/check/#/advies/{good}"),
        ),
        ("Inwoner <b>1</b>".to_string(), other.clone()),
        ("Kapot".to_string(), broken),
        ("Nog eens".to_string(), format!("  {good}  ")),
    ];
    let read = read_links(&CONTENT, &links);
    assert!(read[0].1.is_ok());
    assert!(read[1].1.is_ok());
    assert_eq!(
        read[1].0, "Inwoner <b>1</b>",
        "labels are text; the page escapes them"
    );
    assert_eq!(read[2].1, Err(LinkProblem::Share(ShareError::Truncated)));
    assert_eq!(read[3].1, Err(LinkProblem::Duplicate(0)));
    assert!(!LinkProblem::Duplicate(0).message().nl.is_empty());
}

#[test]
fn a_group_code_carries_everyone_and_opens_the_same_comparison() {
    let people = vec![
        person("Projectleider", official()),
        person("Inwoner 1", resident().does_not_know("r_contact")),
        person(
            "Inwoner 2 — \"buurt\" <script>",
            resident().says("r_room", "small"),
        ),
    ];
    let code = encode_group(&CONTENT, &people);
    assert!(code.starts_with('G'));
    assert!(code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let back = decode_group(&CONTENT, &code).unwrap();
    assert_eq!(back.len(), 3);
    for ((label, shared), p) in back.iter().zip(&people) {
        assert_eq!(label, &p.label);
        assert_eq!(shared.as_ref().unwrap(), &p.shared);
    }
    // Twelve people with full answers still fit a link (and a large QR code).
    let many: Vec<Person> = (0..MAX_PEOPLE)
        .map(|i| {
            person(
                &format!("Persoon {i}"),
                if i % 2 == 0 { official() } else { resident() },
            )
        })
        .collect();
    let code = encode_group(&CONTENT, &many);
    assert!(code.len() < 1500, "{} characters", code.len());
    assert_eq!(decode_group(&CONTENT, &code).unwrap().len(), MAX_PEOPLE);
}

#[test]
fn broken_group_codes_say_why() {
    let code = encode_group(
        &CONTENT,
        &[person("A", official()), person("B", resident())],
    );
    assert_eq!(
        decode_group(&CONTENT, ""),
        Err(GroupError::Share(ShareError::Empty))
    );
    assert_eq!(
        decode_group(&CONTENT, &code[..code.len() - 6]),
        Err(GroupError::Share(ShareError::Truncated))
    );
    let mut altered = code.clone().into_bytes();
    let i = altered.len() / 2;
    altered[i] = if altered[i] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode_group(&CONTENT, std::str::from_utf8(&altered).unwrap()),
        Err(GroupError::Share(ShareError::Altered))
    );
    assert_eq!(
        decode_group(&CONTENT, &code.replacen('G', "1", 1)),
        Err(GroupError::Share(ShareError::UnknownVersion))
    );
    let thirteen: Vec<Person> = (0..13)
        .map(|i| person(&i.to_string(), official()))
        .collect();
    assert_eq!(
        decode_group(&CONTENT, &encode_group(&CONTENT, &thirteen)),
        Err(GroupError::TooMany)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_group_codes_never_panic(cut in 0usize..400, pos in 0usize..400, byte in any::<u8>()) {
        let code = encode_group(&CONTENT, &[person("A", official()), person("B", resident())]);
        let mut bytes = code.into_bytes();
        if !bytes.is_empty() {
            let p = pos % bytes.len();
            bytes[p] = byte;
        }
        bytes.truncate(cut.max(1).min(bytes.len()));
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode_group(&CONTENT, &text);
    }

    #[test]
    fn arbitrary_text_is_never_a_panic(text in ".{0,300}") {
        let _ = decode_group(&CONTENT, &text);
        let mut g = String::from("G");
        g.push_str(&text);
        let _ = decode_group(&CONTENT, &g);
    }
}

#[test]
fn a_position_has_the_status_the_sheet_gives_its_score() {
    use coproductiecheck::model::assess::Status;
    use coproductiecheck::model::compare::Position;
    let c = &CONTENT;
    assert_eq!(Position::Score(c.good_from).status(c), Some(Status::Good));
    assert_eq!(
        Position::Score(c.risk_below).status(c),
        Some(Status::Attention)
    );
    assert_eq!(
        Position::Score(c.risk_below - 1).status(c),
        Some(Status::Risk)
    );
    assert_eq!(Position::Unknown.status(c), None);
    assert_eq!(Position::Silent.status(c), None);
}
