//! Each page shows only texts of the parts of the text files it fetches (`model::texts`): a text
//! of another part would be empty on the page. `tests/content.rs` follows each page's files for
//! the strings they name; here what the model composes for a page (the documents, the advice)
//! is made for many answer sets in every role, language and profile, and every text it reads is
//! held to the page's parts.

mod common;

use std::collections::BTreeSet;

use coproductiecheck::model::content::Kind;
use coproductiecheck::model::documents::{self, copy_message, Opened, ACTIONS};
use coproductiecheck::model::docx::docx;
use coproductiecheck::model::paperwork::{as_text, phase_about, phase_levels, Phase};
use coproductiecheck::model::profile::json;
use coproductiecheck::model::profile::{self, notes, Profile};
use coproductiecheck::model::share::{self, Shared};
use coproductiecheck::model::texts::{self, Part};
use coproductiecheck::model::{assess, Answer, Answers, Lang, Role, CONTENT};

/// Answer sets of `role`, at random but the same on every run: each of its questions left out,
/// answered "Weet ik niet" (where offered) or with an option (some, for a multiple choice);
/// then every question "Weet ik niet", and every question its first option.
fn answer_sets(role: Role, n: usize) -> Vec<Answers> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64 ^ (role as u64 + 1);
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    let questions: Vec<_> = CONTENT
        .questions
        .iter()
        .filter(|q| q.role == role && !q.retired)
        .collect();
    let mut sets = Vec::new();
    for _ in 0..n {
        let mut a = Answers::default();
        for q in &questions {
            let answer = match next(6) {
                0 => continue,
                1 if q.dont_know => Answer::DontKnow,
                _ => match q.kind {
                    Kind::Single => Answer::One(q.options[next(q.options.len())].code),
                    Kind::Multi => {
                        let some: Vec<&'static str> = q
                            .options
                            .iter()
                            .filter(|o| !o.exclusive && next(2) == 0)
                            .map(|o| o.code)
                            .collect();
                        match q.options.iter().find(|o| o.exclusive) {
                            Some(x) if some.is_empty() => Answer::Many(vec![x.code]),
                            _ if some.is_empty() => Answer::Many(vec![q.options[0].code]),
                            _ => Answer::Many(some),
                        }
                    }
                },
            };
            a.set(q.id, answer);
        }
        sets.push(a);
    }
    let mut unknown = Answers::default();
    let mut first = Answers::default();
    for q in &questions {
        if q.dont_know {
            unknown.set(q.id, Answer::DontKnow);
        }
        first.set(
            q.id,
            match q.kind {
                Kind::Single => Answer::One(q.options[0].code),
                Kind::Multi => Answer::Many(vec![q.options[0].code]),
            },
        );
    }
    sets.extend([unknown, first, Answers::default()]);
    sets
}

/// No profile, the example one and one with hostile values (tests/fixtures/profiles).
fn profiles() -> Vec<Profile> {
    let read = |text: &str| profile::read(text, json::parse).profile;
    vec![
        Profile::default(),
        read(include_str!("fixtures/profiles/good.json")),
        read(include_str!("fixtures/profiles/partial.json")),
        read(include_str!("fixtures/profiles/hostile.json")),
    ]
}

/// The parts of the texts read, by code.
fn parts_of(read: &BTreeSet<u16>) -> BTreeSet<&'static str> {
    read.iter()
        .map(|i| Part::of(usize::from(*i)).map_or("none", Part::code))
        .collect()
}

/// The texts of `read` outside `parts`, as "part: text" (Dutch), for the failure message.
fn outside(read: &BTreeSet<u16>, parts: &[Part]) -> Vec<String> {
    read.iter()
        .filter(|i| !parts.iter().any(|p| p.range().contains(&usize::from(**i))))
        .map(|i| {
            let part = Part::of(usize::from(*i)).map_or("none", Part::code);
            format!("{part}: {}", texts::get(*i, Lang::Nl))
        })
        .collect()
}

/// What the paperwork page shows for `shared` (stukken.html: `pages/paperwork.rs` with
/// `model::documents`), with every level a phase can be given, and each document as its text
/// and its Word file.
fn paperwork_page(shared: &Shared, profile: &Profile, lang: Lang) -> Vec<String> {
    let code = share::encode(&CONTENT, shared);
    let opened = Opened::from_hash(&CONTENT, &format!("#p={code}"));
    assert_eq!(opened.shared.as_ref().ok(), Some(shared));
    let mut out = vec![
        opened.title().get(lang).to_string(),
        opened.intro().get(lang).to_string(),
    ];
    for (_, label) in ACTIONS {
        out.push(label.get(lang).to_string());
    }
    for status in [Some(("plan", true)), Some(("letter", false))] {
        out.push(copy_message(status, "plan", lang).to_string());
    }
    let mut docs = Vec::new();
    if shared.role == Role::Official {
        let derived = phase_levels(&CONTENT, shared);
        for (phase, step) in Phase::ALL.iter().zip(derived) {
            out.push(phase.name(lang).to_string());
            for step in step.into_iter().chain(CONTENT.ladder) {
                out.push(step.name.get(lang).to_string());
                out.push(phase_about(*phase, step).get(lang).to_string());
            }
        }
        let mut choices = vec![[None; 3]];
        choices.extend((0..CONTENT.ladder.len()).map(|n| [Some(n); 3]));
        for chosen in choices {
            let levels = documents::levels(&CONTENT, derived, chosen);
            let d = documents::official(&CONTENT, shared, levels, profile, lang);
            docs.extend([d.plan, d.paragraph, d.report]);
        }
    } else {
        docs.push(documents::letter(&CONTENT, shared, profile, lang));
    }
    for doc in &docs {
        out.push(as_text(doc, lang));
        out.push(docx(doc, lang).len().to_string());
    }
    out
}

/// The paperwork fetches the sheet's part, the tools' and its role's questions
/// (`texts::for_documents`), not the question pages' strings nor any advice: every text its
/// documents read, for many answers in every role, language and profile, is in those parts.
#[test]
fn the_paperwork_reads_only_the_parts_it_fetches() {
    let profiles = profiles();
    for role in Role::ALL {
        let parts = texts::for_documents(Some(role));
        assert!(!parts.contains(&Part::Check));
        assert!(!Role::ALL.iter().any(|r| parts.contains(&Part::advice(*r))));
        let mut seen = BTreeSet::new();
        for (n, answers) in answer_sets(role, 150).into_iter().enumerate() {
            let shared = Shared {
                role,
                lang: Lang::Nl,
                title: if n % 2 == 0 {
                    "Buurthuis".into()
                } else {
                    String::new()
                },
                answers,
            };
            let profile = &profiles[n % profiles.len()];
            for lang in Lang::ALL {
                let (page, read) = texts::reading(|| paperwork_page(&shared, profile, lang));
                assert!(!page.is_empty());
                let wrong = outside(&read, parts);
                assert!(
                    wrong.is_empty(),
                    "the {role:?} paperwork shows texts of parts it does not fetch \
                     (texts::for_documents): {wrong:#?}"
                );
                seen.extend(parts_of(&read));
            }
        }
        // It does read the parts it fetches.
        assert!(seen.contains("tools") && seen.contains("sheet"), "{seen:?}");
    }
}

/// What the advice sheet composes for one set of answers (`pages/sheet.rs` with the components
/// it renders): the verdict, the topics, the intensity, the advice with its reasons and source
/// points, the follow-ups and the profile's notes.
fn sheet_page(role: Role, answers: &Answers, profile: &Profile, lang: Lang) -> Vec<String> {
    let a = assess(&CONTENT, role, answers);
    let mut out = vec![
        a.verdict.title.get(lang).to_string(),
        a.verdict.summary.get(lang).to_string(),
        a.intensity_level.label.get(lang).to_string(),
        a.intensity_level.about_for(a.role).get(lang).to_string(),
    ];
    for d in &a.dimensions {
        out.push(d.dimension.name_for(role).get(lang).to_string());
        out.push(d.dimension.about_for(role).get(lang).to_string());
    }
    if let Some(step) = a.ladder {
        out.push(step.name.get(lang).to_string());
    }
    for x in &a.advice {
        out.extend([x.title(lang), x.text(lang), x.change(lang)]);
        for q in &x.causes {
            out.push(q.short.get(lang).to_string());
        }
        for id in x.sources() {
            let point = CONTENT.points.iter().find(|p| p.id == id).expect("a point");
            out.push(point.summary.get(lang).to_string());
        }
    }
    for f in a.follow_ups.iter().chain(&a.carried) {
        out.push(f.question.follow_up.get(lang).to_string());
    }
    let notes = notes::sheet(profile, &a, lang);
    out.extend(notes.name);
    out
}

/// The sheet fetches the advice of the role it shows, not another role's (`texts::for_answers`):
/// every text its advice reads, for many answers in every role, is in its parts. And the
/// guard has teeth: a rule's words are not in the paperwork's parts.
#[test]
fn the_sheet_reads_the_advice_of_its_own_role_only() {
    let profiles = profiles();
    for role in Role::ALL {
        let parts = texts::for_answers(Some(role));
        assert!(!parts.contains(&Part::Tools));
        let mut seen = BTreeSet::new();
        for (n, answers) in answer_sets(role, 300).iter().enumerate() {
            let profile = &profiles[n % profiles.len()];
            for lang in Lang::ALL {
                let (_, read) = texts::reading(|| sheet_page(role, answers, profile, lang));
                let wrong = outside(&read, parts);
                assert!(
                    wrong.is_empty(),
                    "the {role:?} sheet shows texts of parts it does not fetch \
                     (texts::for_answers): {wrong:#?}"
                );
                seen.extend(parts_of(&read));
            }
        }
        assert!(seen.contains(Part::advice(role).code()), "{seen:?}");
    }
    for rule in CONTENT.rules {
        let (_, read) = texts::reading(|| rule.title.get(Lang::Nl));
        for role in Role::ALL {
            assert!(!outside(&read, texts::for_documents(Some(role))).is_empty());
        }
    }
}
