//! The participation plan and the report outline: what municipal forms ask, in the words of an
//! official document, and on any answers never a line that an answer does not say.

mod common;

use common::{shared, waste_bins, Answering};
use coproductiecheck::i18n::{self, CText};
use coproductiecheck::model::answers::{Answer, Answers};
use coproductiecheck::model::content::{Kind, Question};
use coproductiecheck::model::paperwork::{
    as_text, paragraph, phase_levels, Block, Context, Document, Phase,
};
use coproductiecheck::model::plan::{plan, report, SAYS};
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::{flow, Lang, Role, CONTENT};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// A waste-bin adoption, well prepared, asked of residents because it saves money.
fn bins() -> Answering {
    waste_bins()
        .says("o_who", "ask")
        .says("o_motive", "cut_told")
}

fn text_of(s: &Shared, lang: Lang, build: fn(&Context) -> Document) -> String {
    as_text(&build(&Context::new(&CONTENT, s, lang)), lang)
}

#[test]
fn the_plan_answers_what_plan_forms_ask_in_the_third_person() {
    let s = shared(bins(), "Afvalbakken <b>Noord</b>");
    let nl = text_of(&s, Lang::Nl, plan);
    assert!(
        nl.starts_with("Participatieplan: Afvalbakken <b>Noord</b>\n"),
        "{nl}"
    );
    for expected in [
        "\nDoel en aanleiding\n[in te vullen: Het doel van het plan",
        "De gemeente wil hiermee ook besparen. Dat zegt zij eerlijk tegen de inwoners.",
        "\nWie meedoen\nAlle groepen die het plan raakt, doen mee.",
        "Het werk rust op een grote groep; niemand is onmisbaar.",
        "- Voorbereiding: Coproduceren.",
        "[in te vullen: Waarom voor deze niveaus is gekozen]",
        "Meedoen kan ook zonder internet: per brief, telefoon of in een gesprek.",
        "Het doel ligt vast. Hoe het gebeurt, bepalen de gemeente en de inwoners samen.",
        "Na elke stap horen inwoners wat de gemeente met hun inbreng deed",
        "De gemeenteraad neemt over dit plan geen besluit.",
        "Inwoners die meedoen krijgen: materiaal en gereedschap, en een vast aanspreekpunt.",
        "\nNog te regelen\nHet volgende is nog niet bekend:\n- wat inwoners op dit gebied nu al zelf doen, en wie dat doet\n",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    // The council has no say: nothing to fill in about what it decides.
    assert!(!nl.contains("Wat de gemeenteraad nog besluit"), "{nl}");
    // An official document: the municipality in the third person, no "we".
    for we in [" we ", " wij ", " ons ", "We ", "Wij "] {
        assert!(!nl.contains(we), "{we:?} in\n{nl}");
    }
    let en = text_of(&s, Lang::En, plan);
    assert!(en.starts_with("Participation plan: Afvalbakken <b>Noord</b>\n"));
    assert!(
        en.contains(
            "The municipality also aims to save money through this, and tells residents so openly."
        ),
        "{en}"
    );
    assert!(
        en.contains("[to fill in: Why these levels were chosen]"),
        "{en}"
    );
    for we in [" we ", " our ", "We ", "Our "] {
        assert!(!en.contains(we), "{we:?} in\n{en}");
    }
}

#[test]
fn what_the_council_still_decides_is_marked_to_fill_in() {
    let s = shared(
        bins().says("o_raad_decides", "yes").does_not_know("o_raad"),
        "",
    );
    let nl = text_of(&s, Lang::Nl, plan);
    assert!(nl.starts_with("Participatieplan\n"), "{nl}");
    assert!(
        nl.contains("De gemeenteraad neemt over dit plan nog een besluit.\n[in te vullen: Wat de gemeenteraad nog besluit, en wanneer]"),
        "{nl}"
    );
    // "Weet ik niet" on the council's role is a knock-out: the plan names it as done first.
    assert!(
        nl.contains("\nNog te regelen\nVoordat de gemeente met inwoners begint, moet zij eerst:\n- uitzoeken wat de gemeenteraad over dit plan beslist en wanneer\n"),
        "{nl}"
    );
}

#[test]
fn an_initiative_plan_says_how_the_municipality_responds() {
    let a = Answering::new(Role::Official)
        .says("o_who", "takeover")
        .says("o_ask", "run")
        .says("o_listen", "moves")
        .says("o_init_limits", "ours")
        .says("o_init_contact", "asks")
        .ticks("o_support", &["nothing"]);
    let nl = text_of(&shared(a, "Zwembad"), Lang::Nl, plan);
    for expected in [
        "Inwoners willen een taak van de gemeente overnemen.",
        "- Uitvoering: Zelfbeheer.",
        "De gemeente denkt mee, en past haar eigen werk aan",
        "De gemeente weet wat zij wel en niet doet. Dat is nog niet samen met de inwoners vastgelegd.",
        "Voor de ondersteuning van inwoners is nog niets geregeld.",
        "maar die moet voor veel dingen toestemming vragen.",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    assert!(!nl.contains("krijgen: nog niets geregeld"), "{nl}");
}

/// Art. 7.4 Omgevingsregeling is about an application for an environmental permit. The check
/// does not know whether a plan has one (a reporting scheme or a consultation has none), so the
/// outline names the article only as a condition, and asks nothing about "the application".
#[test]
fn the_report_cites_the_permit_rule_only_as_a_condition() {
    for task in ["report", "opinion", "maintain"] {
        let s = shared(bins().says("o_ask", task), "");
        for (lang, lead, word) in [
            (
                Lang::Nl,
                "Hoort bij dit plan een aanvraag om een omgevingsvergunning, dan ",
                "aanvraag",
            ),
            (
                Lang::En,
                "If this plan involves an application for an environmental permit",
                "application",
            ),
        ] {
            let doc = report(&Context::new(&CONTENT, &s, lang));
            let Block::Para(first) = &doc.sections[0].blocks[0] else {
                panic!("the report opens with a paragraph")
            };
            assert!(first.starts_with(lead), "{task}: {first}");
            let rest = as_text(&doc, lang).replacen(first.as_str(), "", 1);
            assert!(
                !rest.to_lowercase().contains(word),
                "{task}: the outline presumes a permit application:\n{rest}"
            );
        }
    }
}

#[test]
fn the_report_follows_the_report_forms_and_the_law() {
    let s = shared(
        bins()
            .says("o_start_when", "early")
            .says("o_concerns", "planned"),
        "Plein",
    );
    let nl = text_of(&s, Lang::Nl, report);
    assert!(nl.starts_with("Opzet participatieverslag: Plein\n\nHoort bij dit plan een aanvraag om een omgevingsvergunning, dan staat in die aanvraag of de aanvrager anderen bij het plan heeft betrokken en, zo ja, hoe dat ging en wat eruit kwam (artikel 7.4 Omgevingsregeling). "), "{nl}");
    // Participation itself is compulsory only where the council says so, for some activities.
    assert!(nl.contains("kan de gemeenteraad die participatie verplicht stellen (artikel 16.55, zevende lid, Omgevingswet)"), "{nl}");
    // Each instrument by its own article of the Omgevingsbesluit: 10.2 is the omgevingsplan's
    // alone (10.7 the omgevingsvisie, 10.8 a programma).
    assert!(nl.contains("(Omgevingsbesluit: artikel 10.2 voor het omgevingsplan, 10.7 voor de omgevingsvisie, 10.8 voor een programma)"), "{nl}");
    let headings: Vec<&str> = nl
        .split("\n\n")
        .skip(2)
        .map(|s| s.lines().next().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "Heeft participatie plaatsgevonden?",
            "Wie is uitgenodigd en wie is bereikt",
            "Wanneer en hoe",
            "Wat inwoners belangrijk vinden",
            "Ideeën, zorgen en bezwaren",
            "Wat er veranderde, en wat niet",
            "Hoe deelnemers het beoordelen",
            "Hebben de deelnemers dit verslag gezien?",
        ]
    );
    for expected in [
        "Wie is uitgenodigd en wie is bereikt\nVolgens het plan vooraf:\n- Alle groepen die het plan raakt, doen mee.",
        "- Inwoners doen vanaf het begin mee. De gemeente bepaalt de aanpak.\n",
        "[in te vullen: Wie is bereikt: welke groepen en hoeveel mensen, en wie ontbrak]",
        "- Er is tijd voor zorgen en bezwaren van inwoners",
        "[in te vullen: Wat niet is veranderd, en waarom niet]",
        "[in te vullen: Of de deelnemers dit verslag hebben gezien, en wat zij ervan vinden]",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    // Without answers, the outline is all to fill in, and claims nothing.
    let empty = text_of(
        &shared(Answering::new(Role::Official), ""),
        Lang::Nl,
        report,
    );
    assert!(!empty.contains("Volgens het plan vooraf"), "{empty}");
    let en = text_of(&s, Lang::En, report);
    assert!(
        en.contains("(article 7.4 of the Omgevingsregeling)"),
        "{en}"
    );
    assert!(en.contains("\nAccording to the plan beforehand:\n"), "{en}");
}

#[test]
fn every_sentence_belongs_to_a_real_option() {
    for (q, code, _) in SAYS {
        let question = flow::question(&CONTENT, q).unwrap_or_else(|| panic!("no question {q}"));
        assert!(
            flow::option(question, code).is_some(),
            "{q} has no option {code}"
        );
    }
    // Questions the plan speaks of only through these sentences have one for every option,
    // except the options that say nothing is known yet (those are points still to settle), and
    // an evaluation with residents, which its level on the ladder says (consulting).
    let silent = [("o_motive", "unclear"), ("o_learning", "share")];
    let partial = ["o_support", "o_expectations"];
    for q in SAYS.iter().map(|(q, _, _)| *q) {
        if partial.contains(&q) {
            continue;
        }
        for o in flow::question(&CONTENT, q).unwrap().options {
            assert!(
                SAYS.iter().any(|(x, c, _)| *x == q && *c == o.code)
                    || silent.contains(&(q, o.code)),
                "{q}/{} has no sentence in the plan",
                o.code
            );
        }
    }
}

/// Every `plan` sentence in the content is one the plan prints: its question is one the plan
/// speaks of, and the sentence shows when that option is chosen (on some answers that ask it).
#[test]
fn every_plan_sentence_in_the_content_is_printed() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for (q, code, sentence) in SAYS {
        let question = flow::question(&CONTENT, q).unwrap();
        let printed = (0..300).any(|_| {
            let seeds: Vec<(u8, u64)> = (0..64).map(|_| ((next() % 5) as u8, next())).collect();
            let mut answers = answers(&seeds);
            let answer = match question.kind {
                Kind::Single => Answer::One(code),
                Kind::Multi => Answer::Many(vec![code]),
            };
            answers.set(question.id, answer);
            let s = Shared {
                role: Role::Official,
                lang: Lang::Nl,
                title: String::new(),
                answers,
            };
            text_of(&s, Lang::Nl, plan).contains(sentence.nl())
        });
        assert!(
            printed,
            "{q}/{code}: the plan never says {:?}",
            sentence.nl()
        );
    }
}

// ---------- on random answers ----------

/// Random answers to the official's questions: unanswered, "Weet ik niet", or real options.
fn answers(seeds: &[(u8, u64)]) -> Answers {
    let mut a = Answers::default();
    let questions = CONTENT
        .questions
        .iter()
        .filter(|q| q.role == Role::Official);
    for (q, &(mode, bits)) in questions.zip(seeds) {
        let n = q.options.len() as u64;
        let pick = |i: u64| q.options[(i % n) as usize].code;
        let answer = match mode {
            0 => continue,
            1 => Answer::DontKnow,
            _ => match q.kind {
                Kind::Single => Answer::One(pick(bits)),
                Kind::Multi => {
                    let mut codes: Vec<&'static str> = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(i, o)| bits >> i & 1 == 1 && !o.exclusive)
                        .map(|(_, o)| o.code)
                        .collect();
                    if codes.is_empty() {
                        codes.push(pick(bits >> 32));
                    }
                    Answer::Many(codes)
                }
            },
        };
        a.set(q.id, answer);
    }
    a
}

/// The lines of a document: its title, headings, paragraphs, list items, and what to fill in.
enum Line<'a> {
    Heading,
    Fill,
    Text(&'a str),
}

fn lines(doc: &Document) -> Vec<Line<'_>> {
    let mut out = vec![Line::Heading];
    for s in &doc.sections {
        out.push(Line::Heading);
        for b in &s.blocks {
            match b {
                Block::Para(p) => out.push(Line::Text(p)),
                Block::List(items) => out.extend(items.iter().map(|i| Line::Text(i))),
                Block::Fill(_) => out.push(Line::Fill),
            }
        }
    }
    out
}

/// The lead-in of a template: the text before its `{}`.
fn lead(t: CText, lang: Lang) -> &'static str {
    t.get(lang).split("{}").next().unwrap()
}

/// Whether `line` is true of the answers; `Err` names what it claims without an answer.
fn justified(
    line: &str,
    s: &Shared,
    steps: &[&'static Question],
    lang: Lang,
) -> Result<(), String> {
    let answered = |id: &str| -> Option<&Answer> {
        steps.iter().find(|q| q.id == id)?;
        s.answers.get(id).filter(|a| !a.codes().is_empty())
    };
    // A sentence for an option: that option was chosen.
    if let Some((q, code, _)) = SAYS.iter().find(|(_, _, t)| t.get(lang) == line) {
        return match answered(q) {
            Some(a) if a.codes().contains(code) => Ok(()),
            _ => Err(format!("{line:?} says {q}={code}, which was not answered")),
        };
    }
    // A lead-in with the chosen options' labels: the question was answered.
    let templates = [
        (i18n::PW_P_ASK_TASK, "o_ask"),
        (i18n::PW_P_ASK_HOURS, "o_hours"),
        (i18n::PW_P_ASK_DURATION, "o_duration"),
        (i18n::PL_FEW, "o_few"),
        (i18n::PW_P_ROOM_SAID, "o_expectations"),
        (i18n::PW_P_SUPPORT_LINE, "o_support"),
        (i18n::PW_R_PLANNED, "o_ask"),
    ];
    if let Some((_, q)) = templates
        .iter()
        .find(|(t, _)| line.starts_with(lead(*t, lang)))
    {
        return answered(q)
            .map(|_| ())
            .ok_or_else(|| format!("{line:?} speaks of {q}, which was not answered"));
    }
    // A phase without a level, said as the answers plan it: that answer was given.
    for phase in Phase::ALL {
        let name = format!("{}: ", phase.name(lang));
        let Some(rest) = line.strip_prefix(&name) else {
            continue;
        };
        if let Some((q, code, _)) = SAYS.iter().find(|(_, _, t)| t.get(lang) == rest) {
            return match answered(q) {
                Some(a) if a.codes().contains(code) => Ok(()),
                _ => Err(format!("{line:?} says {q}={code}, which was not answered")),
            };
        }
    }
    // The level per phase, as the answers give it (Context::new takes only theirs).
    if Phase::ALL
        .iter()
        .any(|p| line.starts_with(&format!("{}: ", p.name(lang))))
    {
        return Ok(());
    }
    // Still open: not known only when unanswered or "Weet ik niet"; to do only after a weak
    // answer; a knock-out's task only when it fired.
    use coproductiecheck::model::content::{FIRST, OPEN, SETTLE};
    let whose = |table: &[(&'static str, CText)]| {
        table
            .iter()
            .find(|(_, t)| t.get(lang) == line)
            .map(|(q, _)| *q)
    };
    if let Some(q) = whose(OPEN) {
        return match s.answers.get(q) {
            None | Some(Answer::DontKnow) => Ok(()),
            Some(_) => Err(format!("{line:?} calls {q} unknown, which was answered")),
        };
    }
    if let Some(q) = whose(SETTLE) {
        let question = CONTENT.questions.iter().find(|x| x.id == q).unwrap();
        return match answered(q) {
            Some(a) if a.codes().iter().any(|c| question.weak.contains(c)) => Ok(()),
            _ => Err(format!(
                "{line:?} is to do after a weak {q}, which was not given"
            )),
        };
    }
    if let Some(rule) =
        whose(FIRST).or_else(|| whose(coproductiecheck::model::content::RULE_SETTLE))
    {
        let r = coproductiecheck::model::assess::assess(&CONTENT, Role::Official, &s.answers);
        return match r.advice.iter().any(|x| x.rule.id == rule) {
            true => Ok(()),
            false => Err(format!("{line:?} is {rule}'s task, which did not fire")),
        };
    }
    // Residents' own initiative: o_contact as the contact alone (o_init_limits says the rest).
    let limits = steps.iter().any(|q| q.id == "o_init_limits");
    let contact = s.answers.get("o_contact");
    let own = [
        (i18n::PW_CONTACT_OWN, &["agreed", "regular"][..]),
        (i18n::PW_CONTACT_SETTLE_OWN, &["on_call", "none"]),
        (i18n::PW_CONTACT_OPEN_OWN, &[]),
    ];
    if let Some((_, codes)) = own.iter().find(|(t, _)| t.get(lang) == line) {
        let given = match contact {
            None | Some(Answer::DontKnow) => codes.is_empty(),
            Some(a) => a.includes_any(codes),
        };
        return match limits && given {
            true => Ok(()),
            false => Err(format!(
                "{line:?} is o_contact beside o_init_limits, not given"
            )),
        };
    }
    let fixed = [
        i18n::PW_P_KNOCKOUTS,
        i18n::PW_P_KNOCKOUTS_OWN,
        i18n::PW_P_OPEN_INTRO,
        i18n::PW_P_TODO_INTRO,
        i18n::PW_P_OPEN_NONE,
        i18n::RP_PLANNED,
        i18n::RP_LAW,
    ];
    if fixed.iter().any(|t| t.get(lang) == line) {
        return Ok(());
    }
    Err(format!("{line:?} comes from nowhere"))
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn every_line_states_only_what_an_answer_says(
        seeds in proptest::collection::vec((0u8..5, any::<u64>()), 64),
        nl in any::<bool>(),
    ) {
        let lang = if nl { Lang::Nl } else { Lang::En };
        let s = Shared { role: Role::Official, lang, title: "<b>Plan</b> & {}".into(), answers: answers(&seeds) };
        let steps = flow::steps(&CONTENT, Role::Official, &s.answers);
        let cx = Context::new(&CONTENT, &s, lang);
        for doc in [plan(&cx), report(&cx)] {
            prop_assert!(doc.title.ends_with(": <b>Plan</b> & {}"), "{}", doc.title);
            for line in lines(&doc) {
                if let Line::Text(t) = line {
                    prop_assert!(!t.trim().is_empty());
                    if let Err(e) = justified(t, &s, &steps, lang) {
                        prop_assert!(false, "{}\n{}", e, as_text(&doc, lang));
                    }
                }
            }
            prop_assert!(doc.sections.iter().all(|s| !s.blocks.is_empty()));
        }
    }
}

/// What drives residents is said as the municipality's approach: beside "nothing arranged yet
/// for support" the plan does not speak of an offer fitted to each group.
#[test]
fn the_motivation_line_presumes_no_support_the_answers_deny() {
    for motivation in ["tailored", "one_size"] {
        let s = shared(
            bins()
                .ticks("o_support", &["nothing"])
                .says("o_motivation", motivation),
            "",
        );
        let nl = text_of(&s, Lang::Nl, plan);
        assert!(
            nl.contains("Voor de ondersteuning van inwoners is nog niets geregeld."),
            "{nl}"
        );
        assert!(nl.contains("De gemeente kent") || nl.contains("De gemeente heeft een beeld"));
        assert!(!nl.contains("aanbod"), "{motivation}:\n{nl}");
        let en = text_of(&s, Lang::En, plan);
        assert!(!en.contains("offer"), "{motivation}:\n{en}");
    }
}

/// Residents' own plan, well supported: everything the documents draw on is answered, so a test
/// changes only what it is about.
fn own_initiative() -> Answering {
    Answering::new(Role::Official)
        .says("o_who", "initiative")
        .says("o_ask", "organise")
        .says("o_hours", "h2_8")
        .says("o_duration", "year")
        .says("o_few", "group")
        .says("o_backup", "plan")
        .says("o_listen", "moves")
        .says("o_voluntary", "free")
        .ticks("o_support", &["materials", "training", "info"])
        .says("o_init_rules", "fits")
        .says("o_reach", "all")
        .says("o_raad_decides", "no")
        .says("o_raad", "told")
        .says("o_wethouder", "close")
        .says("o_horizon", "long")
        .says("o_init_contact", "mandate")
        .says("o_resources", "full")
        .says("o_init_money", "flexible")
        .says("o_team", "chosen")
        .says("o_init_bridge", "backed")
        .says("o_connected", "joint")
        .says("o_learning", "share")
}

/// In residents' own initiative both `o_contact` ("regular contact, and agreed together who does
/// what and where the limits are") and `o_init_limits` (what the municipality will and will not
/// do) speak of who does what. Each document says it once, and never both that it is agreed and
/// that it is not: on every pair of answers, "Weet ik niet" included, for a medium and a heavy
/// task, a plan of the residents' own and a takeover.
#[test]
fn an_initiative_says_who_does_what_once() {
    // A line about who does what (common::says_who_does_what), and whether it says that it is
    // agreed, or that it is not.
    let topic = common::says_who_does_what;
    let agreed = |lang: Lang, line: &str| -> Option<bool> {
        let (done, not): (&[&str], &[&str]) = match lang {
            Lang::Nl => (&["vastgelegd", "afgesproken"], &["nog niet"]),
            Lang::En => (
                &["recorded together", "agreed together"],
                &["not yet", "cannot say yet"],
            ),
        };
        if not.iter().any(|w| line.contains(w)) {
            Some(false)
        } else if done.iter().any(|w| line.contains(w)) {
            Some(true)
        } else {
            None
        }
    };
    for who in ["initiative", "takeover"] {
        for ask in ["organise", "run"] {
            for contact in ["agreed", "regular", "on_call", "none", "?"] {
                for limits in ["clear", "ours", "open", "?"] {
                    let mut a = own_initiative().says("o_who", who).says("o_ask", ask);
                    a = match contact {
                        "?" => a.does_not_know("o_contact"),
                        c => a.says("o_contact", c),
                    };
                    a = match limits {
                        "?" => a.does_not_know("o_init_limits"),
                        c => a.says("o_init_limits", c),
                    };
                    for lang in [Lang::Nl, Lang::En] {
                        let s = Shared {
                            lang,
                            ..shared(a.clone(), "")
                        };
                        let cx = Context::new(&CONTENT, &s, lang);
                        let levels = coproductiecheck::model::paperwork::phase_levels(&CONTENT, &s);
                        let paragraph = coproductiecheck::model::paperwork::paragraph(
                            &CONTENT, &s, levels, lang,
                        );
                        // The headings under which a document lists what is still open.
                        let open: Vec<&str> = [
                            i18n::PW_P_OPEN,
                            i18n::PW_P_TODO,
                            i18n::PW_P_VERDICT,
                            i18n::PL_OPEN,
                        ]
                        .iter()
                        .map(|t| t.get(lang))
                        .collect();
                        // The contact itself is still said, in the plan and the paragraph.
                        if matches!(contact, "agreed" | "regular") {
                            let kept = i18n::PW_CONTACT_OWN.get(lang);
                            for doc in [&plan(&cx), &paragraph] {
                                let text = as_text(doc, lang);
                                assert!(text.contains(kept), "{contact}/{limits}:\n{text}");
                            }
                        }
                        for doc in [plan(&cx), paragraph, report(&cx)] {
                            let text = as_text(&doc, lang);
                            let case = format!(
                                "o_who={who} o_ask={ask} o_contact={contact} o_init_limits={limits}:\n{text}"
                            );
                            let (mut said, mut still) = (Vec::new(), Vec::new());
                            for section in &doc.sections {
                                let listed = open.contains(&section.heading.as_str());
                                for b in &section.blocks {
                                    let items = match b {
                                        Block::Para(p) => std::slice::from_ref(p),
                                        Block::List(items) => items.as_slice(),
                                        Block::Fill(_) => &[],
                                    };
                                    for line in items.iter().filter(|l| topic(lang, l)) {
                                        if listed {
                                            still.push(line.as_str());
                                        } else {
                                            said.push(line.as_str());
                                        }
                                    }
                                }
                            }
                            assert!(said.len() <= 1, "said twice: {said:?} in {case}");
                            assert!(still.len() <= 1, "open twice: {still:?} in {case}");
                            let done = said.iter().any(|l| agreed(lang, l) == Some(true));
                            let not = said.iter().any(|l| agreed(lang, l) == Some(false));
                            assert!(
                                !(done && (not || !still.is_empty())),
                                "agreed, and not: {said:?} {still:?} in {case}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Residents' own initiative: `o_init_contact`'s sentence says who the residents' contact person
/// is, or that they have none. The support line does not also list "een vast aanspreekpunt",
/// which would repeat it, or deny it.
#[test]
fn an_initiative_names_its_contact_person_once() {
    for contact in ["mandate", "asks", "departments", "none"] {
        let a = own_initiative()
            .says("o_contact", "agreed")
            .says("o_init_limits", "clear")
            .ticks("o_support", &["materials", "contact"])
            .says("o_init_contact", contact);
        for (lang, listed, other) in [
            (
                Lang::Nl,
                "een vast aanspreekpunt",
                "materiaal en gereedschap",
            ),
            (Lang::En, "a named contact person", "materials and tools"),
        ] {
            let s = Shared {
                lang,
                ..shared(a.clone(), "")
            };
            let text = text_of(&s, lang, plan);
            assert!(!text.contains(listed), "{contact}:\n{text}");
            assert!(text.contains(other), "{contact}:\n{text}");
            // The council paragraph too: it says who the contact is, or that there is none, and
            // never beside a support line that promises one.
            let p = as_text(
                &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), lang),
                lang,
            );
            assert!(!p.contains(listed), "{contact}:\n{p}");
            assert!(p.contains(other), "{contact}:\n{p}");
            let said = SAYS
                .iter()
                .find(|(q, c, _)| *q == "o_init_contact" && *c == contact)
                .map(|(_, _, t)| t.get(lang));
            if let Some(said) = said {
                assert_eq!(p.matches(said).count(), 1, "{contact}:\n{p}");
            }
        }
    }
    // Where nobody said who the contact person is (a link from before the question), the
    // support line keeps it.
    let mut a = own_initiative().ticks("o_support", &["materials", "contact"]);
    a.answers.remove("o_init_contact");
    let s = shared(a, "");
    let nl = text_of(&s, Lang::Nl, plan);
    assert!(
        nl.contains("krijgen: materiaal en gereedschap, en een vast aanspreekpunt."),
        "{nl}"
    );
}
