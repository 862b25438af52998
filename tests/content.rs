//! Checks on the questionnaire in content/*.toml, as the content build (build/) compiled it. The
//! build itself rejects broken references, duplicate ids and missing texts (tests/content_build.rs
//! shows it on broken content); these tests hold the rules of FORMAT.md and DESIGN.md §4 that a
//! build step should not enforce on a half-written file.

use std::collections::{BTreeSet, HashSet};

use coproductiecheck::model::content::{Clause, Content, Kind, Question, Role, Rule, CONTENT};
use coproductiecheck::model::{flow, Answer, Answers};

const C: &Content = &CONTENT;

/// The paragraphs of content/method.toml, (Dutch, English). The app has them only inside the
/// about page's HTML (`Content::about`), so the tests read the file.
fn method() -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/method.toml");
    let file: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let text = |p: &toml::Value, lang: &str| p[lang].as_str().unwrap().to_string();
    file["paragraph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (text(p, "nl"), text(p, "en")))
        .collect()
}

fn questions(role: Role) -> impl Iterator<Item = &'static Question> {
    CONTENT.questions.iter().filter(move |q| q.role == role)
}

fn asked(role: Role) -> impl Iterator<Item = &'static Question> {
    questions(role).filter(|q| !q.retired)
}

fn rules(role: Role) -> impl Iterator<Item = &'static Rule> {
    CONTENT
        .rules
        .iter()
        .filter(move |r| r.role.is_none_or(|r| r == role))
}

/// The questions a clause names, also inside an `any`.
fn clause_questions(c: &Clause) -> Vec<&'static str> {
    match c {
        Clause::Has(q, _) | Clause::Lacks(q, _) | Clause::Not(q, _) | Clause::DontKnow(q) => {
            vec![q]
        }
        Clause::IntensityAtLeast(_) | Clause::ScoreBelow(..) => Vec::new(),
        Clause::Any(list) => list.iter().flat_map(clause_questions).collect(),
    }
}

/// Fails with every duplicate listed, not only the first.
fn assert_unique<'a>(what: &str, items: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    let dups: BTreeSet<&str> = items.into_iter().filter(|i| !seen.insert(*i)).collect();
    assert!(dups.is_empty(), "{what} used more than once: {dups:?}");
}

#[test]
fn keys_are_in_the_role_range() {
    for q in C.questions {
        let range = match q.role {
            Role::Official => 1..=63,
            Role::Resident => 64..=127,
            Role::Initiative => 128..=191,
        };
        assert!(
            range.contains(&q.key),
            "question {} ({:?}) has key {}, outside {range:?}",
            q.id,
            q.role,
            q.key
        );
    }
}

#[test]
fn question_ids_carry_the_role_prefix() {
    for q in C.questions {
        let prefix = match q.role {
            Role::Official => "o_",
            Role::Resident => "r_",
            Role::Initiative => "i_",
        };
        assert!(
            q.id.starts_with(prefix),
            "question {} should start with {prefix}",
            q.id
        );
    }
}

#[test]
fn every_rule_cites_a_point() {
    for r in C.rules {
        assert!(!r.sources.is_empty(), "rule {} cites no source point", r.id);
    }
}

#[test]
fn the_fixed_dimensions_exist() {
    let ids: Vec<&str> = C.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(
        ids,
        [
            "influence",
            "ask",
            "support",
            "raad",
            "organisation",
            "reach"
        ]
    );
    let raised: Vec<&str> = C
        .dimensions
        .iter()
        .filter(|d| d.raised_by_intensity)
        .map(|d| d.id)
        .collect();
    assert_eq!(raised, ["support", "organisation"]);
}

#[test]
fn every_dimension_has_a_question_in_each_role() {
    for role in Role::ALL {
        for (i, d) in C.dimensions.iter().enumerate() {
            assert!(
                asked(role).any(|q| q.dimensions.contains(&i)),
                "no {role:?} question scores dimension {}",
                d.id
            );
        }
    }
}

#[test]
fn every_dimension_can_be_scored_in_each_role() {
    // A dimension listed on a question but scored by none of its options would always read 0.
    for role in Role::ALL {
        for (i, d) in C.dimensions.iter().enumerate() {
            assert!(
                asked(role).any(|q| q
                    .options
                    .iter()
                    .any(|o| o.scores.iter().any(|(dim, s)| *dim == i && *s > 0))),
                "no {role:?} option gives points on dimension {}",
                d.id
            );
        }
    }
    for q in C.questions {
        for &dim in q.dimensions {
            assert!(
                q.options
                    .iter()
                    .any(|o| o.scores.iter().any(|(d, s)| *d == dim && *s > 0)),
                "question {} lists dimension {} but no option gives points on it",
                q.id,
                C.dimensions[dim].id
            );
        }
    }
}

#[test]
fn option_counts() {
    for q in C.questions {
        assert!(
            q.options.len() >= 2,
            "question {} has fewer than 2 options",
            q.id
        );
        // The official's task question has a seventh since reporting and giving an opinion were
        // split (options are only appended): one is a service residents help deliver, the
        // other is not.
        let most = if q.id == "o_ask" { 7 } else { 6 };
        if q.kind == Kind::Single {
            assert!(
                (2..=most).contains(&q.options.len()),
                "single-choice question {} has {} options; use 2 to {most} (not counting \"Weet ik niet\")",
                q.id,
                q.options.len()
            );
        }
        if q.kind == Kind::Multi {
            let exclusive = q.options.iter().filter(|o| o.exclusive).count();
            assert!(
                exclusive < q.options.len(),
                "question {}: every option is exclusive",
                q.id
            );
        }
    }
}

#[test]
fn question_counts_per_role() {
    // The official's questionnaire has ways in (o_who): count each way, with the heaviest task
    // opening what it opens. A question that only routes is not counted.
    let who = C.questions.iter().find(|q| q.id == "o_who").unwrap();
    for way in who.options {
        let mut a = Answers::default();
        a.set("o_who", Answer::One(way.code));
        a.set("o_ask", Answer::One("run"));
        let official = flow::steps(C, Role::Official, &a)
            .iter()
            .filter(|q| !q.dimensions.is_empty())
            .count();
        assert!(
            (18..=28).contains(&official),
            "the official is asked {official} questions when o_who is {}; aim for 18 to 28",
            way.code
        );
    }
    let resident = asked(Role::Resident).count();
    assert!(
        (12..=20).contains(&resident),
        "the resident is asked {resident} questions; aim for 12 to 20"
    );
    let initiative = asked(Role::Initiative).count();
    assert!(
        (12..=20).contains(&initiative),
        "the initiators are asked {initiative} questions; aim for 12 to 20"
    );
}

#[test]
fn retired_questions_come_last() {
    for role in Role::ALL {
        let mut seen_retired = None;
        for q in questions(role) {
            match (q.retired, seen_retired) {
                (true, _) => seen_retired = Some(q.id),
                (false, Some(r)) => panic!(
                    "question {} comes after retired question {r}; move retired questions to the end",
                    q.id
                ),
                (false, None) => {}
            }
        }
    }
}

#[test]
fn every_point_is_cited_by_a_rule() {
    let cited: HashSet<&str> = C
        .rules
        .iter()
        .flat_map(|r| r.sources.iter().copied())
        .collect();
    let uncited: Vec<&str> = C
        .points
        .iter()
        .map(|p| p.id)
        .filter(|p| !cited.contains(p))
        .collect();
    assert!(
        uncited.is_empty(),
        "points no advice rule cites: {uncited:?}"
    );
}

#[test]
fn points_match_points_md() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources/POINTS.md");
    let Ok(md) = std::fs::read_to_string(&path) else {
        return; // Outside the project workspace the list is not at hand.
    };
    let listed: BTreeSet<&str> = md
        .lines()
        .filter(|l| l.starts_with("| 0"))
        .filter_map(|l| l.split('|').nth(1))
        .map(str::trim)
        .collect();
    let ours: BTreeSet<&str> = C.points.iter().map(|p| p.id).collect();
    assert!(
        !listed.is_empty(),
        "no point ids found in {}",
        path.display()
    );
    assert_eq!(
        ours, listed,
        "content/sources.toml and POINTS.md list different points"
    );
}

#[test]
fn sources_and_method_are_complete() {
    let ids: Vec<&str> = C.sources.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["000", "001", "002", "003", "004"]);
    let method = method();
    assert!(
        (5..=12).contains(&method.len()),
        "method.toml has {} paragraphs; use 5 to 12",
        method.len()
    );
}

#[test]
fn intensity_levels_and_thresholds_fit() {
    assert_eq!(C.intensity.len(), 3, "light, medium and heavy");
    assert!(
        C.intensity[0].bar == 0,
        "a light ask adds nothing to the bar"
    );
    assert!(
        C.intensity.windows(2).all(|w| w[0].bar < w[1].bar),
        "a heavier ask must raise the bar"
    );
    assert!(C.risk_below < C.good_from);
}

#[test]
fn verdict_titles_differ() {
    for (role, set) in Role::ALL.iter().zip(&C.verdicts) {
        assert_unique(
            &format!("{role:?} verdict titles"),
            set.iter().map(|v| v.title.nl()),
        );
    }
    assert_ne!(
        C.verdicts[0][2].title.nl(),
        C.verdicts[1][2].title.nl(),
        "the resident's wording differs from the official's"
    );
}

#[test]
fn each_role_can_reach_every_intensity_level() {
    for role in Role::ALL {
        for level in 0..C.intensity.len() {
            assert!(
                asked(role).any(|q| q
                    .options
                    .iter()
                    .any(|o| o.intensity.map(usize::from) == Some(level))),
                "no {role:?} answer makes the ask intensity level {level}"
            );
        }
    }
}

#[test]
fn rules_name_no_retired_question() {
    for r in C.rules {
        for id in r.when.iter().flat_map(clause_questions) {
            let q = C.questions.iter().find(|q| q.id == id).unwrap();
            assert!(!q.retired, "rule {} refers to retired question {id}", r.id);
        }
    }
}

#[test]
fn knockouts_cover_the_design() {
    // DESIGN.md §2 and §4: a decision already taken (003-1), no room for influence (003-3) and a
    // raad whose role nobody told the participants (004-8) are never averaged away.
    for role in Role::ALL {
        for point in ["003-1", "003-3", "004-8"] {
            assert!(
                rules(role).any(|r| r.knockout && r.sources.contains(&point)),
                "no {role:?} knock-out rule cites {point}"
            );
        }
    }
}

#[test]
fn the_method_text_names_the_current_thresholds() {
    // method.toml explains the numbers in settings.toml; change both together.
    let (nl, en): (Vec<String>, Vec<String>) = method().into_iter().unzip();
    let (nl, en) = (nl.join(" "), en.join(" "));
    let mut numbers = vec![C.good_from, C.risk_below];
    numbers.extend(C.intensity.iter().map(|l| l.bar).filter(|b| *b > 0));
    for n in numbers {
        let n = n.to_string();
        assert!(
            nl.contains(&n) && en.contains(&n),
            "method.toml does not mention {n} from settings.toml"
        );
    }
}

// ---------- the text files build.rs writes ----------

mod text_files {
    use coproductiecheck::model::content::{
        CText, Question, Role, CONTENT, TEXTS_HASH, TEXTS_LEN, VARIANTS,
    };
    use coproductiecheck::model::route::Route;
    use coproductiecheck::model::texts::{self, Part, TextsError};
    use coproductiecheck::model::Lang;

    static NL: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.nl.txt"));
    static EN: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.en.txt"));

    /// The file of `part` as build.rs writes it for the app: the hash, then the part's lines.
    fn part_file(whole: &str, part: Part) -> String {
        let lines: Vec<&str> = whole.lines().collect();
        let mut s = format!("{}\n", lines[0]);
        for line in &lines[1 + part.range().start..1 + part.range().end] {
            s.push_str(line);
            s.push('\n');
        }
        s
    }

    #[test]
    fn each_file_is_the_hash_then_one_line_a_text() {
        for (lang, data) in [(Lang::Nl, NL), (Lang::En, EN)] {
            let lines: Vec<&str> = data.lines().collect();
            assert_eq!(lines.len(), TEXTS_LEN + 1, "{lang:?}");
            assert_eq!(lines[0], TEXTS_HASH, "{lang:?}");
            assert_eq!(TEXTS_HASH.len(), 16);
            assert!(TEXTS_HASH.bytes().all(|b| b.is_ascii_hexdigit()));
            assert!(data.ends_with('\n') && !data.contains('\r'));
            assert_eq!(
                texts::file_name(lang, Part::Resident),
                format!("texts.{TEXTS_HASH}.resident.{}.txt", lang.code())
            );
            // Natively the compiled-in files are the table.
            assert!(texts::all_there(lang, &Part::ALL));
            for (i, line) in lines[1..].iter().enumerate() {
                let i = u16::try_from(i).unwrap();
                assert_eq!(CText(i).get(lang), *line);
            }
            assert_eq!(texts::get(u16::MAX, lang), "", "out of range is empty");
        }
        assert_eq!(
            CONTENT.questions[0].text.nl(),
            NL.lines()
                .nth(1 + usize::from(CONTENT.questions[0].text.0))
                .unwrap()
        );
    }

    /// The sheet lowers the first letter of names inside a sentence without the Unicode case
    /// tables (`model::case`): for every content text that must be what the tables would give.
    #[test]
    fn every_text_starts_with_a_letter_lowered_as_the_standard_library_would() {
        use coproductiecheck::model::case::lower_first;
        for lang in Lang::ALL {
            for i in 0..TEXTS_LEN {
                let text = CText(i as u16).get(lang);
                let mut chars = text.chars();
                let std: String = match chars.next() {
                    Some(c) => c.to_lowercase().chain(chars).collect(),
                    None => String::new(),
                };
                assert_eq!(lower_first(text), std, "{lang:?} text {i}");
            }
        }
    }

    #[test]
    fn the_parts_follow_each_other_as_build_rs_names_them() {
        let codes: Vec<&str> = Part::ALL.iter().map(|p| p.code()).collect();
        assert_eq!(
            codes,
            [
                "sheet",
                "check",
                "official",
                "resident",
                "initiative",
                "about",
                "tools",
                "advice-official",
                "advice-resident",
                "advice-initiative",
            ]
        );
        let mut at = 0;
        for part in Part::ALL {
            assert_eq!(part.range().start, at, "{part:?}");
            assert!(!part.range().is_empty(), "{part:?} holds no texts");
            at = part.range().end;
        }
        assert_eq!(at, TEXTS_LEN);
    }

    /// What the first question waits for: only its role's questions (and the question pages'
    /// strings), never another role's, and not what only the sheet says about them (the
    /// follow-up, an option's short name), which every page that shows it loads with the sheet's
    /// part, nor the letter's question, which only the tools show.
    #[test]
    fn a_role_questions_are_in_that_role_part_only() {
        let within = |q: &Question, t: CText, part: Part| {
            assert!(
                part.range().contains(&usize::from(t.0)),
                "question {}: text {} is not in the {} part",
                q.id,
                t.0,
                part.code()
            );
        };
        for q in CONTENT.questions {
            let part = Part::questions(q.role);
            let mut texts = vec![q.text, q.short, q.help];
            texts.extend(q.options.iter().map(|o| o.label));
            for t in texts {
                within(q, t, part);
            }
            within(q, q.follow_up, Part::Sheet);
            if let Some(letter) = q.letter {
                within(q, letter, Part::Tools);
            }
            for o in q.options.iter().filter(|o| o.short != o.label) {
                within(q, o.short, Part::Sheet);
            }
            for v in VARIANTS.iter().filter(|v| v.question == q.id) {
                within(q, v.follow_up, Part::Sheet);
                if let Some(letter) = v.letter {
                    within(q, letter, Part::Tools);
                }
            }
        }
        for role in Role::ALL {
            let needed = texts::needed(&Route::Question(1), Some(role));
            assert_eq!(needed, [Part::Check, Part::questions(role)]);
            assert_eq!(texts::needed(&Route::Check, Some(role)), needed);
        }
        assert!(texts::needed(&Route::Start, None).is_empty());
        // On the start page the chosen role's first question is fetched ahead; nothing before.
        for role in Role::ALL {
            let first = texts::needed(&Route::Question(1), Some(role));
            assert_eq!(texts::ahead_of_start(Some(role)), first);
        }
        assert!(texts::ahead_of_start(None).is_empty());
        assert_eq!(texts::needed(&Route::Sheet(None), None), Part::ANY_SHEET);
        assert_eq!(texts::needed(&Route::About, None), [Part::About]);
    }

    /// The sheet waits for its own part and the questions and advice of the role it shows, never
    /// another role's: a share link's role, whatever the app's own answers are; every part a
    /// sheet may show where the link does not open (the sheet then says why). Never the tools'.
    #[test]
    fn the_sheet_waits_for_the_questions_of_the_role_it_shows() {
        use coproductiecheck::model::share::{self, Shared};
        use coproductiecheck::model::{Answers, Lang};
        for role in Role::ALL {
            let own = [
                Part::Sheet,
                Part::Check,
                Part::questions(role),
                Part::advice(role),
            ];
            assert_eq!(texts::needed(&Route::Sheet(None), Some(role)), own);
            let shared = Shared {
                role,
                lang: Lang::Nl,
                title: String::new(),
                answers: Answers::default(),
            };
            let link = Route::Sheet(Some(share::encode(&CONTENT, &shared)));
            for session in [None, Some(Role::Official), Some(Role::Resident)] {
                assert_eq!(
                    texts::needed(&link, session),
                    own,
                    "{role:?} link, {session:?}"
                );
            }
        }
        let broken = Route::Sheet(Some("1nonsense".into()));
        assert_eq!(
            texts::needed(&broken, Some(Role::Resident)),
            Part::ANY_SHEET
        );
        assert!(!Part::ANY_SHEET.contains(&Part::Tools));
    }

    /// The question pages wait for the "check" part and their role's only: every interface
    /// string from the text files that they (and the components they use) show must be in the
    /// "check" part (build/emit.rs, `CHECK_TEXTS`), or it would stay empty.
    #[test]
    fn the_question_pages_strings_are_in_the_check_part() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut wrong = Vec::new();
        for file in [
            "src/pages/question.rs",
            "src/pages/check.rs",
            "src/components.rs",
            "src/components/choice.rs",
            "src/components/error_summary.rs",
            "src/components/summary_list.rs",
            "src/components/layout.rs",
        ] {
            let source = std::fs::read_to_string(root.join(file)).unwrap();
            for (name, text) in coproductiecheck::i18n::LATER {
                let used = source
                    .match_indices(&format!("i18n::{name}"))
                    .any(|(at, m)| {
                        let next = source[at + m.len()..].chars().next();
                        !next.is_some_and(|c| c == '_' || c.is_ascii_alphanumeric())
                    });
                if used && !Part::Check.range().contains(&usize::from(text.0)) {
                    wrong.push(format!("{file}: {name}"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "add these to CHECK_TEXTS in build/emit.rs: {wrong:?}"
        );
    }

    /// Every part a page may fetch, over all its cases (each role, no answers), by its file.
    fn pages() -> Vec<(&'static str, Vec<Part>)> {
        let union = |lists: &[&'static [Part]]| {
            let mut all: Vec<Part> = Vec::new();
            for p in lists.iter().flat_map(|l| l.iter()) {
                if !all.contains(p) {
                    all.push(*p);
                }
            }
            all
        };
        let each = |f: fn(Option<Role>) -> &'static [Part]| {
            union(&[
                f(Some(Role::Official)),
                f(Some(Role::Resident)),
                f(Some(Role::Initiative)),
                f(None),
            ])
        };
        vec![
            ("src/pages/sheet.rs", each(texts::for_answers)),
            ("src/pages/paperwork.rs", each(texts::for_documents)),
            (
                "src/pages/compare.rs",
                union(&[texts::for_comparison(&Role::ALL)]),
            ),
            ("src/pages/paper.rs", Part::PAPER.to_vec()),
            ("src/pages/profile.rs", Part::PROFILE.to_vec()),
        ]
    }

    /// The names in code by which a text of a part comes to show: the interface strings, the
    /// content's tables of the documents, and a question's letter (`.letter`).
    fn handles() -> Vec<(&'static str, Part)> {
        use coproductiecheck::model::content::{FIRST, LETTERS, OPEN, SAYS, SETTLE};
        let part = |t: CText| Part::of(usize::from(t.0)).expect("a text of some part");
        let mut out: Vec<(&'static str, Part)> = coproductiecheck::i18n::LATER
            .iter()
            .map(|(name, t)| (*name, part(*t)))
            .collect();
        let tables: [(&'static str, Vec<CText>); 5] = [
            ("SAYS", SAYS.iter().map(|r| r.2).collect()),
            ("LETTERS", LETTERS.iter().map(|r| r.2).collect()),
            ("OPEN", OPEN.iter().map(|r| r.1).collect()),
            ("SETTLE", SETTLE.iter().map(|r| r.1).collect()),
            ("FIRST", FIRST.iter().map(|r| r.1).collect()),
        ];
        let letters = CONTENT.questions.iter().filter_map(|q| q.letter);
        for (name, texts) in tables.into_iter().chain([(".letter", letters.collect())]) {
            assert!(!texts.is_empty(), "{name} holds no text");
            for t in texts {
                if !out.contains(&(name, part(t))) {
                    out.push((name, part(t)));
                }
            }
        }
        out
    }

    /// What a page's own rendering (not the model's composing) would name to show an advice
    /// rule's words: the rules, an assessment's advice, the knock-outs (`.name`: a field or
    /// method of that name).
    const ADVICE: &[&str] = &[".advice", ".rules", ".knockouts", "Advice", "Rule"];

    /// A page waits for the parts it needs (`texts::for_answers`, `for_documents`,
    /// `for_comparison`, `Part::PAPER`, `Part::PROFILE`) and no more, so none of the files it
    /// renders through may name a text of another part: it would show empty. The files are found
    /// by following the page's paths into the crate, so a component or model module it comes to
    /// use later is checked too. Where the model composes what the page shows (the documents,
    /// the advice), `tests/parts.rs` reads every text it uses for many answers.
    #[test]
    fn no_page_names_a_text_of_a_part_it_does_not_fetch() {
        use super::sources::{code, names, renders_through};
        let handles = handles();
        let mut wrong = Vec::new();
        for (page, fetched) in pages() {
            let files = renders_through(page);
            for file in &files {
                let code = code(file);
                for (name, part) in &handles {
                    let named = match name.strip_prefix('.') {
                        Some(field) => super::sources::names_field(&code, field),
                        None => names(&code, name),
                    };
                    if named && !fetched.contains(part) {
                        wrong.push(format!("{page}: {file} names {name} ({})", part.code()));
                    }
                }
                let renders = !file.starts_with("src/model/");
                for advice in Role::ALL.map(Part::advice) {
                    for name in ADVICE {
                        let named = match name.strip_prefix('.') {
                            Some(member) => super::sources::names_member(&code, member),
                            None => names(&code, name),
                        };
                        if renders && !fetched.contains(&advice) && named {
                            wrong.push(format!("{page}: {file} names {name} ({})", advice.code()));
                        }
                    }
                }
            }
        }
        wrong.dedup();
        assert!(
            wrong.is_empty(),
            "pages show texts of parts they do not load: {wrong:#?}; load the part in the \
             page's list (src/model/texts.rs), or use a text of a part it loads"
        );
    }

    /// The walk reaches what the pages are known to render through, and the lists above are
    /// what they say: the paperwork loads neither the question pages' strings nor any advice,
    /// the sheet not the tools' strings.
    #[test]
    fn the_pages_walks_reach_what_they_render() {
        let files = super::sources::renders_through("src/pages/paperwork.rs");
        for known in [
            "src/components/document_view.rs",
            "src/components/tool_frame.rs",
            "src/state/documents.rs",
            "src/model/documents.rs",
            "src/model/paperwork.rs",
            "src/model/plan.rs",
            "src/model/profile.rs",
            "src/i18n.rs",
        ] {
            assert!(files.contains(known), "{known} not among {files:?}");
        }
        let files = super::sources::renders_through("src/pages/sheet.rs");
        for known in [
            "src/components/advice.rs",
            "src/components/follow_ups.rs",
            "src/components/sources.rs",
            "src/components/summary_list.rs",
            "src/model/assess.rs",
            "src/model/profile/notes.rs",
        ] {
            assert!(files.contains(known), "{known} not among {files:?}");
        }
        let pages = pages();
        let fetches =
            |page: &str, part: Part| pages.iter().any(|(p, f)| *p == page && f.contains(&part));
        for part in [Part::Check, Part::About] {
            assert!(!fetches("src/pages/paperwork.rs", part));
        }
        for role in Role::ALL {
            assert!(!fetches("src/pages/paperwork.rs", Part::advice(role)));
            assert!(!fetches("src/pages/paper.rs", Part::advice(role)));
        }
        assert!(!fetches("src/pages/sheet.rs", Part::Tools));
        assert!(!fetches("src/pages/compare.rs", Part::Check));
        // A handle of every kind is known to the check.
        let handles = handles();
        for name in [
            "SAYS", "LETTERS", "OPEN", "SETTLE", "FIRST", ".letter", "PW_PLAN", "STEP_OF",
        ] {
            assert!(handles.iter().any(|(n, _)| *n == name), "{name}");
        }
    }

    #[test]
    fn the_files_are_the_ones_trunk_copies() {
        // The content build writes each part's files under target/texts/ for trunk's hook.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/texts");
        for (lang, data) in [(Lang::Nl, NL), (Lang::En, EN)] {
            for part in Part::ALL {
                let path = dir.join(texts::file_name(lang, part));
                let copy = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert_eq!(copy, part_file(data, part), "{}", path.display());
            }
        }
    }

    #[test]
    fn install_checks_hash_and_length() {
        let resident: &'static str = Box::leak(part_file(NL, Part::Resident).into_boxed_str());
        let other_hash: &'static str = Box::leak(
            resident
                .replacen(TEXTS_HASH, "0123456789abcdef", 1)
                .into_boxed_str(),
        );
        assert_eq!(
            texts::install(Lang::Nl, Part::Resident, other_hash),
            Err(TextsError::WrongHash {
                found: "0123456789abcdef".into()
            })
        );
        let len = Part::Resident.range().len();
        let short: &'static str = Box::leak(
            resident[..resident.trim_end().rfind('\n').unwrap() + 1]
                .to_string()
                .into_boxed_str(),
        );
        assert_eq!(
            texts::install(Lang::Nl, Part::Resident, short),
            Err(TextsError::WrongLength {
                expected: len,
                found: len - 1
            })
        );
        let long: &'static str = Box::leak(format!("{resident}one more\n").into_boxed_str());
        assert_eq!(
            texts::install(Lang::Nl, Part::Resident, long),
            Err(TextsError::WrongLength {
                expected: len,
                found: len + 1
            })
        );
        // Another part's file does not pass for this one.
        assert!(texts::install(Lang::Nl, Part::Official, resident).is_err());
        assert!(matches!(
            texts::install(Lang::En, Part::Sheet, ""),
            Err(TextsError::WrongHash { .. })
        ));
        assert!(texts::install_owned(Lang::En, Part::Check, "nonsense".into()).is_err());
        assert!(texts::install_all(Lang::En, resident).is_err());
        // The real files install (a no-op here: natively they already are), and CRLF is fine.
        assert_eq!(texts::install(Lang::Nl, Part::Resident, resident), Ok(()));
        assert_eq!(
            texts::install_owned(
                Lang::En,
                Part::Check,
                part_file(EN, Part::Check).replace('\n', "\r\n")
            ),
            Ok(())
        );
        assert_eq!(texts::install_all(Lang::Nl, NL), Ok(()));
        assert_eq!(CONTENT.dimensions[0].name.nl(), NL.lines().nth(1).unwrap());
    }
}

/// Plain language (B1): the method text and the certainty line keep to sentences of at most 20
/// words, in both languages.
#[test]
fn the_method_text_uses_short_sentences() {
    let mut long = Vec::new();
    let mut check = |what: &str, text: &str| {
        for sentence in text.split(['.', '?', '!', ':']) {
            let words = sentence.split_whitespace().count();
            if words > 20 {
                long.push(format!("{what}: {words} words: {}", sentence.trim()));
            }
        }
    };
    for (i, (nl, en)) in method().iter().enumerate() {
        check(&format!("method {} nl", i + 1), nl);
        check(&format!("method {} en", i + 1), en);
    }
    for t in [
        coproductiecheck::i18n::CERTAINTY,
        coproductiecheck::i18n::CERTAINTY_R,
        coproductiecheck::i18n::CERTAINTY_LOW,
    ] {
        check("certainty", t.nl());
        check("certainty", t.en());
    }
    assert!(
        long.is_empty(),
        "split these sentences:\n{}",
        long.join("\n")
    );
}

/// `s` as the about page's HTML holds it (build/about.rs).
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The about page lists each role's knock-outs from `Content::knockouts`: every knock-out rule
/// appears under its own role and under no other, most important first. The build writes the
/// page's lists; here they are held to `Content::knockouts`, in both languages.
#[test]
fn the_about_page_lists_every_knockout_under_its_role() {
    for rule in C.rules.iter().filter(|r| r.knockout) {
        for role in Role::ALL {
            let listed = C.knockouts(role).iter().any(|r| r.id == rule.id);
            let own = rule.role.is_none_or(|r| r == role);
            assert_eq!(
                listed, own,
                "knock-out {} listed for {role:?}: {listed}",
                rule.id
            );
        }
    }
    for role in Role::ALL {
        let list = C.knockouts(role);
        assert!(!list.is_empty(), "{role:?} has no knock-outs");
        assert!(list.iter().all(|r| r.knockout));
        assert!(list.windows(2).all(|w| w[0].priority <= w[1].priority));
    }
    for (lang, page) in [("nl", C.about.nl()), ("en", C.about.en())] {
        // Each role's list: the `ul` after the role's `h3`, in the roles' order.
        let lists: Vec<&str> = page
            .split("<h3 class=\"heading-m\">")
            .skip(1)
            .map(|after| {
                let ul = after
                    .split_once("<ul class=\"list list--bullet\">")
                    .unwrap()
                    .1;
                ul.split_once("</ul>").unwrap().0
            })
            .collect();
        assert_eq!(lists.len(), Role::ALL.len(), "{lang}: one list a role");
        for (role, list) in Role::ALL.into_iter().zip(lists) {
            let expected: String = C
                .knockouts(role)
                .iter()
                .map(|r| {
                    let title = if lang == "nl" {
                        r.title.nl()
                    } else {
                        r.title.en()
                    };
                    format!("<li>{}</li>", escaped(title))
                })
                .collect();
            assert_eq!(list, expected, "{lang}: {role:?}");
        }
    }
}

/// The about page has all it had when the app wrote it: the method's paragraphs, each source
/// with its points, the link to the questionnaire on paper, in both languages, as one line of
/// HTML in the "about" part, with its title; the sheet's part has none of it.
#[test]
fn the_about_page_holds_the_method_the_sources_and_the_paper_link() {
    use coproductiecheck::model::content::TEXTS_LEN;
    use coproductiecheck::model::links::Link;
    use coproductiecheck::model::paper::PaperRoute;
    use coproductiecheck::model::texts::{self, Part};
    use coproductiecheck::model::Lang;
    let about = Part::About.range();
    assert!(about.contains(&usize::from(C.about.0)));
    assert!(about.contains(&usize::from(coproductiecheck::i18n::ABOUT_TITLE.0)));
    assert_eq!(about.len(), 2, "the page and its title");
    let method = method();
    for lang in [Lang::Nl, Lang::En] {
        let page = C.about.get(lang);
        assert!(!page.contains('\n') && !page.contains('\r'));
        assert!(page.starts_with("<h2 class=\"heading-l\">"), "{page}");
        assert_eq!(
            page.matches("<h2 ").count(),
            5,
            "method, knock-outs, privacy, paper, sources"
        );
        for (nl, en) in &method {
            let p = if lang == Lang::Nl { nl } else { en };
            assert!(
                page.contains(&format!("<p>{}</p>", escaped(p))),
                "{lang:?}: {p}"
            );
        }
        for s in C.sources {
            assert!(page.contains(&format!("id=\"bron-{}\"", s.id)));
            assert!(page.contains(&escaped(s.about.get(lang))));
        }
        for p in C.points {
            let point = format!("<dt>{}</dt><dd>{}</dd>", p.id, escaped(p.summary.get(lang)));
            assert!(page.contains(&point), "{lang:?}: {point}");
        }
        let paper = Link::Paper(PaperRoute::Index).href(lang);
        assert!(
            page.contains(&format!("<a href=\"{paper}\">")),
            "{lang:?}: {paper}"
        );
        // The method is in no other part: the sheet and the paperwork do not wait for it.
        for i in (0..TEXTS_LEN).filter(|i| !about.contains(i)) {
            let text = texts::get(u16::try_from(i).unwrap(), lang);
            assert!(
                !method.iter().any(|(nl, en)| text == nl || text == en),
                "text {i} is a paragraph of the method"
            );
        }
    }
}

/// Reading the crate's own source: which files a page renders through.
mod sources {
    use std::collections::BTreeSet;
    use std::path::Path;

    fn exists(file: &str) -> bool {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(file).is_file()
    }

    /// The code of `file` (from the project's root) without its comments and its tests (from
    /// `#[cfg(test)] mod` on).
    pub fn code(file: &str) -> String {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = match text.find("#[cfg(test)]\nmod ") {
            Some(at) => &text[..at],
            None => &text[..],
        };
        let mut out = String::new();
        for line in text.lines() {
            // A comment starts a line or follows a space ("https://" is no comment).
            let cut = line
                .match_indices("//")
                .find(|(at, _)| *at == 0 || line[..*at].ends_with(char::is_whitespace))
                .map_or(line.len(), |(at, _)| at);
            out.push_str(&line[..cut]);
            out.push('\n');
        }
        out
    }

    fn is_ident(c: char) -> bool {
        c == '_' || c.is_ascii_alphanumeric()
    }

    /// Whether `code` names `name` as a whole identifier.
    pub fn names(code: &str, name: &str) -> bool {
        code.match_indices(name).any(|(at, _)| {
            let before = code[..at].chars().next_back();
            let after = code[at + name.len()..].chars().next();
            !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
        })
    }

    /// Whether `code` reads a field `field` (`.letter`, not a method `.letter(`).
    pub fn names_field(code: &str, field: &str) -> bool {
        let dotted = format!(".{field}");
        code.match_indices(&dotted).any(|(at, _)| {
            let after = code[at + dotted.len()..].chars().next();
            !code[..at].ends_with('.') && !after.is_some_and(|c| is_ident(c) || c == '(')
        })
    }

    /// Whether `code` names a field or method `member` (`.advice`, `.knockouts(`).
    pub fn names_member(code: &str, member: &str) -> bool {
        let dotted = format!(".{member}");
        code.match_indices(&dotted).any(|(at, _)| {
            let after = code[at + dotted.len()..].chars().next();
            // Not a range (`0..rules.len()`).
            !code[..at].ends_with('.') && !after.is_some_and(is_ident)
        })
    }

    /// The module path of a file: "src/model/documents.rs" is model::documents.
    fn module(file: &str) -> Vec<String> {
        let path = file
            .strip_prefix("src/")
            .unwrap()
            .strip_suffix(".rs")
            .unwrap();
        path.split('/').map(str::to_string).collect()
    }

    /// The paths of a `use` tree (or a path in code) that starts at `s`, from module `base`:
    /// `crate::model::{texts, lang::Lang}` gives model::texts and model::lang::Lang.
    fn tree(s: &str, base: &[String], out: &mut Vec<Vec<String>>) {
        let mut segs = base.to_vec();
        let mut rest = s;
        loop {
            rest = rest.trim_start();
            if let Some(group) = rest.strip_prefix('{') {
                let (mut depth, mut from) = (0, 0);
                for (at, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            tree(&group[from..at], &segs, out);
                            return;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            tree(&group[from..at], &segs, out);
                            from = at + 1;
                        }
                        _ => {}
                    }
                }
                return;
            }
            let len = rest.find(|c| !is_ident(c)).unwrap_or(rest.len());
            match &rest[..len] {
                "" => break,
                "crate" => segs.clear(),
                "super" => {
                    segs.pop();
                }
                "self" => {}
                ident => segs.push(ident.to_string()),
            }
            rest = rest[len..].trim_start();
            match rest.strip_prefix("::") {
                Some(next) => rest = next,
                None => break,
            }
        }
        out.push(segs);
    }

    /// The modules `code` declares in files of their own (`mod json;`).
    fn children(code: &str) -> Vec<&str> {
        code.match_indices("mod ")
            .filter(|(at, _)| !code[..*at].chars().next_back().is_some_and(is_ident))
            .filter_map(|(at, _)| {
                let rest = &code[at + 4..];
                let len = rest.find(|c| !is_ident(c)).unwrap_or(rest.len());
                (len > 0 && rest[len..].starts_with(';')).then(|| &rest[..len])
            })
            .collect()
    }

    /// Every path `code` (of module `base`) names: its `use` trees, its `crate::` and
    /// `super::` paths, and its own modules where it names them (`json::quote`); not what it
    /// re-exports from its own modules (`pub use documents::use_document_actions`), which
    /// [`resolve`] follows by name. With `exports`, those re-exports alone.
    fn paths(code: &str, base: &[String], exports: bool) -> Vec<Vec<String>> {
        let own = children(code);
        let mut out = Vec::new();
        for start in ["use ", "crate::", "super::"] {
            for (at, _) in code.match_indices(start) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| is_ident(c) || c == ':' || c == '$') {
                    continue;
                }
                let (from, export) = if start == "use " {
                    let first = code[at + 4..].split(|c| !is_ident(c)).next().unwrap_or("");
                    let export = code[..at].ends_with("pub ") && own.contains(&first);
                    (at + start.len(), export)
                } else {
                    (at, false)
                };
                if export == exports {
                    tree(&code[from..], base, &mut out);
                }
            }
        }
        if !exports {
            for name in own {
                let path = format!("{name}::");
                let named = code.match_indices(&path).any(|(at, _)| {
                    let line = &code[code[..at].rfind('\n').map_or(0, |n| n + 1)..];
                    !code[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| is_ident(c) || c == ':')
                        && !line.trim_start().starts_with("pub use ")
                });
                if named {
                    let mut child = base.to_vec();
                    child.push(name.to_string());
                    out.push(child);
                }
            }
        }
        out
    }

    /// The files a path leads to: the deepest module file on it, or, for a name that module
    /// re-exports from below (`crate::state::use_title`), the file it comes from.
    fn resolve(path: &[String]) -> Vec<String> {
        let deepest = (1..=path.len())
            .rev()
            .map(|n| (n, format!("src/{}.rs", path[..n].join("/"))))
            .find(|(_, f)| exists(f));
        let Some((n, file)) = deepest else {
            return Vec::new();
        };
        let Some(name) = path.get(n) else {
            return vec![file];
        };
        let from: Vec<Vec<String>> = paths(&code(&file), &module(&file), true)
            .into_iter()
            .filter(|p| p.last() == Some(name) && p.as_slice() != path)
            .collect();
        if from.is_empty() {
            vec![file]
        } else {
            from.iter().flat_map(|p| resolve(p)).collect()
        }
    }

    /// The files of the crate a page renders through, from its own (`page`, from the project's
    /// root): every module its code names, and on from those. A name that a module re-exports
    /// counts as the module it comes from, not as the re-exporting one, which names every module
    /// below it.
    pub fn renders_through(page: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![page.to_string()];
        while let Some(file) = todo.pop() {
            if !seen.insert(file.clone()) {
                continue;
            }
            for path in paths(&code(&file), &module(&file), false) {
                todo.extend(resolve(&path));
            }
        }
        seen
    }
}
