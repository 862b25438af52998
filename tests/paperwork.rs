//! From a check to the paperwork: the participation paragraph, the plan, the report outline and
//! the resident's letter say what the answers say, name what is open, and never claim more.

mod common;

use common::{shared, waste_bins as solid, Answering};
use coproductiecheck::model::content::CText;
use coproductiecheck::model::paperwork::{
    as_text, letter, paragraph, phase_levels, title_in_quotes, Block, Context, Document, Phase,
};
use coproductiecheck::model::plan::{plan, report, SAYS};
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::{Lang, Role, CONTENT};

fn levels(s: &Shared) -> Vec<Option<&'static str>> {
    phase_levels(&CONTENT, s)
        .iter()
        .map(|l| l.map(|s| s.id))
        .collect()
}

fn text(doc: &Document, lang: Lang) -> String {
    as_text(doc, lang)
}

#[test]
fn the_level_per_phase_follows_the_answers_where_they_say_it() {
    // (answers changed from `solid`, the level expected per phase)
    type Case = (
        &'static [(&'static str, &'static str)],
        [Option<&'static str>; 3],
    );
    let cases: &[Case] = &[
        (
            &[],
            [
                Some("coproduceren"),
                Some("coproduceren"),
                Some("raadplegen"),
            ],
        ),
        (
            &[("o_room", "decided")],
            [Some("informeren"), Some("coproduceren"), Some("raadplegen")],
        ),
        (
            &[("o_room", "goal"), ("o_ask", "run")],
            [Some("meebeslissen"), Some("zelfbeheer"), Some("raadplegen")],
        ),
        (
            &[("o_ask", "think"), ("o_learning", "evaluate")],
            [Some("coproduceren"), Some("informeren"), None],
        ),
        (
            // Choosing between worked-out options is being consulted; an advisory seat advises.
            &[("o_ask", "advise"), ("o_room", "choose")],
            [Some("raadplegen"), Some("adviseren"), Some("raadplegen")],
        ),
    ];
    for (changes, expected) in cases {
        let mut a = solid();
        for (q, c) in *changes {
            a = a.says(q, c);
        }
        assert_eq!(levels(&shared(a, "")), expected.to_vec(), "{changes:?}");
    }
    // Not knowing the room leaves the preparation open for the user to choose.
    let s = shared(solid().does_not_know("o_room"), "");
    assert_eq!(levels(&s)[0], None);
    // A resident's answers say nothing about the phases.
    assert_eq!(
        levels(&shared(Answering::new(Role::Resident), "")),
        vec![None, None, None]
    );
}

#[test]
fn the_paragraph_says_what_the_answers_say() {
    let s = shared(solid(), "Afvalbakken Noord");
    let doc = paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl);
    let t = text(&doc, Lang::Nl);
    assert!(
        t.starts_with("Participatieparagraaf: Afvalbakken Noord\n"),
        "{t}"
    );
    for expected in [
        "Wat inwoners doen: iets adopteren of onderhouden",
        "Tijd per inwoner per maand: minder dan 2 uur.",
        "Voorbereiding: Coproduceren.",
        "Uitvoering: Coproduceren.",
        "Evaluatie: Raadplegen.",
        "Het doel ligt vast. Hoe het gebeurt, bepalen de gemeente en de inwoners samen.",
        "De gemeenteraad neemt over dit plan geen besluit.",
        "De deelnemers horen vooraf welke rol de gemeenteraad heeft.",
        "Inwoners die meedoen krijgen: materiaal en gereedschap, en een vast aanspreekpunt.",
        "Meedoen kan ook zonder internet: per brief, telefoon of in een gesprek.",
        "Alle groepen die het plan raakt, doen mee.",
        "Na elke stap horen inwoners wat de gemeente met hun inbreng deed",
        "De gemeente houdt vast contact met de inwoners.",
        "Uitvoering: Coproduceren. Inwoners voeren samen met de gemeente een deel van het werk uit.",
        "Evaluatie: Raadplegen. Inwoners kijken samen met de gemeente terug",
        "Op basis van deze antwoorden komt de check uit op: begin, maar regel eerst wat nodig is.",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    assert!(!t.contains("{}"), "a placeholder is left:\n{t}");
    // Delivering part of a service is said once: the execution's line says it for co-producing.
    assert_eq!(t.matches("een dienst").count(), 1, "{t}");
    assert!(!t.contains("publieke dienst"), "{t}");
    // Running a facility is self-management, whose line does not say it: the ask says it.
    let s = shared(solid().says("o_ask", "run"), "");
    let t = text(
        &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains("Inwoners voeren zo een deel van een publieke dienst uit."),
        "{t}"
    );
    assert!(!t.contains("Zo samen een dienst leveren"), "{t}");
}

#[test]
fn what_was_not_answered_is_never_stated_but_named_as_open() {
    let s = shared(
        solid()
            .does_not_know("o_hours")
            .does_not_know("o_raad")
            .does_not_know("o_room"),
        "",
    );
    let mut a = s.clone();
    a.answers.remove("o_feedback");
    let doc = paragraph(&CONTENT, &a, phase_levels(&CONTENT, &a), Lang::Nl);
    let t = text(&doc, Lang::Nl);
    assert!(!t.contains("Tijd per inwoner"), "{t}");
    assert!(!t.contains("De deelnemers horen dat"), "{t}");
    // Nothing about the room for influence or hearing back: not one of their sentences.
    for (q, _, sentence) in SAYS {
        if ["o_room", "o_feedback"].contains(q) {
            assert!(!t.contains(sentence.nl()), "{q}: {t}");
        }
    }
    assert!(t.contains("Voorbereiding: nog te bepalen."), "{t}");
    let open = doc
        .sections
        .iter()
        .find(|s| s.heading == "Nog uit te zoeken")
        .expect("an open-points section");
    let Block::List(items) = &open.blocks[1] else {
        panic!("open points are a list")
    };
    for id in ["o_hours", "o_feedback", "o_raad"] {
        assert!(
            items.iter().any(|i| i == open_phrase(id, Lang::Nl)),
            "{id} is not named as open: {items:#?}"
        );
    }
    // The room, unknown, is a knock-out: named once, as what comes first.
    assert!(
        !items.iter().any(|i| i == open_phrase("o_room", Lang::Nl)),
        "o_room is named twice: {items:#?}"
    );
    assert!(
        t.contains("Op basis van deze antwoorden komt de check uit op: nog niet beginnen."),
        "{t}"
    );
    // Said of the plan, for the council: not the sheet's words to its reader.
    assert!(
        t.contains("Begint de gemeente nu met inwoners, dan is de kans groot dat het misgaat"),
        "{t}"
    );
    assert!(!t.contains("Lees de punten bovenaan"), "{t}");
    assert!(
        t.contains(
            "Voordat de gemeente met inwoners begint, moet zij eerst:\n\
             - uitzoeken wat voor inwoners nog open ligt en wat vastligt"
        ),
        "knock-outs are named as the municipality's tasks: {t}"
    );
    // The council takes no decision on this plan: not knowing whether the participants hear
    // that is no reason to hold the plan back, nor to find out what the council decides.
    assert!(
        t.contains("De gemeenteraad neemt over dit plan geen besluit."),
        "{t}"
    );
    assert!(
        !t.contains("wat de gemeenteraad over dit plan beslist"),
        "{t}"
    );
}

/// The letter asks only what is still unknown: told what the council decides but not what
/// happens if it decides otherwise, the resident asks just that; told nothing, both.
#[test]
fn a_residents_letter_asks_about_the_council_only_what_is_still_unknown() {
    use coproductiecheck::model::assess::assess;
    let base = || Answering::new(Role::Resident).says("r_task", "input");
    let told = shared(base().says("r_raad", "partly"), "");
    let nl = text(&letter(&CONTENT, &told, Lang::Nl), Lang::Nl);
    assert!(
        nl.contains(
            "\n- Wat gebeurt er als de gemeenteraad iets anders kiest dan wat inwoners inbrengen?\n"
        ),
        "{nl}"
    );
    assert!(!nl.contains("Wat beslist de gemeenteraad nog"), "{nl}");
    let en = text(&letter(&CONTENT, &told, Lang::En), Lang::En);
    assert!(
        en.contains("\n- What happens if the municipal council chooses something other than what residents put forward?\n"),
        "{en}"
    );
    assert!(
        !en.contains("What does the municipal council still decide"),
        "{en}"
    );
    // On the sheet the item asks it; the follow-up does not ask it again.
    let r = assess(&CONTENT, Role::Resident, &told.answers);
    assert!(r.advice.iter().any(|x| x.rule.id == "r_raad_partly"));
    assert!(!r.follow_ups.iter().any(|f| f.question.id == "r_raad"));

    // Told nothing, or not known: the whole question.
    for a in [
        base().says("r_raad", "not_told"),
        base().does_not_know("r_raad"),
    ] {
        let nl = text(&letter(&CONTENT, &shared(a, ""), Lang::Nl), Lang::Nl);
        assert!(
            nl.contains("- Wat beslist de gemeenteraad nog, en wat gebeurt er als de raad iets anders kiest"),
            "{nl}"
        );
    }
}

/// Hearing back is about what the resident hands in: their views when they give an opinion,
/// their reports when they report, the board's advice on an advisory board. The letter and the
/// sheet ask about that, never about the other task's; a task not known keeps the plain "input".
#[test]
fn a_residents_letter_asks_about_hearing_back_on_what_the_task_hands_in() {
    use coproductiecheck::model::assess::assess;
    for (task, nl, en, not) in [
        (
            Some("input"),
            "- Wat doet u met mijn mening en ideeën, en wanneer hoor ik dat?\n",
            "- What will you do with my views and ideas, and when will I hear about it?\n",
            "melding",
        ),
        (
            Some("report"),
            "- Wat gebeurt er met mijn meldingen, en wanneer hoor ik wat u ermee doet?\n",
            "- What happens to my reports, and when will I hear what you have done about them?\n",
            "mening",
        ),
        (
            Some("task"),
            "- Als ik een probleem meld of iets voorstel, hoe snel hoor ik wat u ermee doet?\n",
            "- If I report a problem or make a suggestion, how soon will I hear what you have done about it?\n",
            "mening",
        ),
        (
            Some("council"),
            "- Wat doet u met het advies van onze raad, en wanneer horen we dat?\n",
            "- What will you do with our board's advice, and when will we hear about it?\n",
            "melding",
        ),
        (
            None,
            "- Wat gebeurt er met mijn inbreng, en wanneer hoor ik wat u ermee doet?\n",
            "- What happens to my input, and when will I hear what you have done with it?\n",
            "melding",
        ),
    ] {
        let mut a = Answering::new(Role::Resident).says("r_feedback", "none");
        a = match task {
            Some(t) => a.says("r_task", t),
            None => a.does_not_know("r_task"),
        };
        let s = shared(a, "");
        let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
        assert!(t.contains(nl), "{task:?}: {t}");
        assert!(!t.contains(not), "{task:?}: {t}");
        let t = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
        assert!(t.contains(en), "{task:?}: {t}");
        // The sheet's item and follow-up say the same: no reports for an opinion.
        let r = assess(&CONTENT, Role::Resident, &s.answers);
        let item = r
            .advice
            .iter()
            .find(|x| x.rule.id.starts_with("r_feedback"))
            .unwrap();
        assert!(!item.text(Lang::Nl).contains(not), "{}", item.text(Lang::Nl));
        // Reports are reports on the sheet too, not "inbreng".
        if task == Some("report") {
            assert!(item.title(Lang::Nl).contains("meldingen"), "{}", item.title(Lang::Nl));
            assert!(item.title(Lang::En).contains("reports"), "{}", item.title(Lang::En));
        }
        // "In een la verdwijnen" is Dutch; the English says it in English.
        assert!(!item.text(Lang::En).contains("drawer"), "{}", item.text(Lang::En));
        let sheet: Vec<&str> = r
            .follow_ups
            .iter()
            .chain(&r.carried)
            .filter(|f| f.question.id == "r_feedback")
            .map(|f| f.text.nl())
            .collect();
        assert_eq!(sheet.len(), 1, "{task:?}");
        assert!(!sheet[0].contains(not), "{task:?}: {}", sheet[0]);
    }
}

/// A payment is something in return for the resident's time (000-4, 003-4): the letter names it
/// once, in the question about what stands against the effort, not again under support.
#[test]
fn a_residents_letter_names_a_payment_once() {
    let a = Answering::new(Role::Resident)
        .says("r_task", "task")
        .ticks("r_support", &["nothing"])
        .says("r_return", "little");
    let s = shared(a, "");
    for (lang, word, support, ret) in [
        (
            Lang::Nl,
            "vergoeding",
            "- Wat krijg ik van u om dit te doen",
            "- Wat staat er tegenover mijn inzet",
        ),
        (
            Lang::En,
            "payment",
            "- What will you provide so that I can do this",
            "- What do I get in return for my time",
        ),
    ] {
        let t = text(&letter(&CONTENT, &s, lang), lang);
        assert!(t.contains(support) && t.contains(ret), "{t}");
        assert_eq!(t.matches(word).count(), 1, "{t}");
        let line = t.lines().find(|l| l.contains(word)).unwrap();
        assert!(line.starts_with(ret), "{t}");
    }
}

#[test]
fn a_residents_letter_asks_the_questions_that_matter_first() {
    let a = Answering::new(Role::Resident)
        .says("r_task", "task")
        .does_not_know("r_contact")
        .does_not_know("r_feedback")
        .says("r_support", "nothing")
        .says("r_agree", "loose");
    let s = shared(a, "Afvalbak <b>Noord</b>");
    let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(
        t.contains("U vroeg mij mee te doen aan “Afvalbak <b>Noord</b>”, en"),
        "{t}"
    );
    let first = t.lines().find(|l| l.starts_with("- ")).unwrap();
    assert!(
        first.starts_with("- Wie wordt mijn vaste contactpersoon"),
        "{t}"
    );
    assert!(!t.contains("Vraag: "), "{t}");
    // The letter says "u" to the municipality throughout, and holds no advice meant for the
    // resident ("Denk aan materiaal ...").
    let words: Vec<&str> = t.split(|c: char| !c.is_alphabetic()).collect();
    assert!(!words.contains(&"jullie"), "{t}");
    assert!(!t.contains("Denk aan"), "{t}");
    assert!(t.contains("- Wat krijg ik van u om dit te doen"), "{t}");
    assert!(t.trim_end().ends_with("[in te vullen: je naam]"), "{t}");
    let en = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
    assert!(en.contains("Dear Sir or Madam"), "{en}");
    assert!(en.contains("- Who will be my contact person"), "{en}");
}

/// An initiators' item that says its follow-up almost word for word carries it: the sheet says
/// it once, and the letter still asks the municipality.
#[test]
fn an_initiators_item_carries_the_follow_up_it_says_and_the_letter_keeps_it() {
    use coproductiecheck::model::assess::assess;
    let a = Answering::new(Role::Initiative)
        .says("i_plan", "event")
        .says("i_contact", "bridge")
        .says("i_feedback", "no")
        .says("i_agreements", "none")
        .says("i_neighbours", "not_yet");
    let s = shared(a, "");
    let r = assess(&CONTENT, Role::Initiative, &s.answers);
    for (rule, q) in [
        ("i_feedback", "i_feedback"),
        ("i_agree_none", "i_agreements"),
        ("i_neighbours", "i_neighbours"),
    ] {
        assert!(r.advice.iter().any(|x| x.rule.id == rule), "{rule}");
        assert!(!r.follow_ups.iter().any(|f| f.question.id == q), "{q}");
    }
    let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(t.contains("- Wanneer horen wij iets van u"), "{t}");
    assert!(t.contains("- Kunnen we samen op papier zetten"), "{t}");
}

#[test]
fn the_initiators_letter_asks_the_municipality_and_leaves_their_own_tasks_out() {
    let a = Answering::new(Role::Initiative)
        .says("i_plan", "activity")
        .says("i_carriers", "few")
        .says("i_contact", "no_say")
        .does_not_know("i_money");
    let s = shared(a, "Repaircafé");
    let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(t.contains("Voor ons plan “Repaircafé” willen we"), "{t}");
    // Questions for the municipality, without "Vraag:".
    assert!(
        t.contains("- Wat mag onze contactpersoon zelf regelen"),
        "{t}"
    );
    assert!(t.contains("- Welke subsidies"), "{t}");
    assert!(!t.contains("Vraag: "), "{t}");
    // Finding more people is the group's own task, not a question for the municipality.
    assert!(!t.contains("Zoek een paar mensen"), "{t}");
    assert!(
        t.trim_end()
            .ends_with("[in te vullen: jullie namen of de naam van jullie groep]"),
        "{t}"
    );
    let en = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
    assert!(en.contains("We have a plan, “Repaircafé”, and"), "{en}");
    assert!(!en.contains("Find a few people"), "{en}");
}

/// The initiators' contact person tells one story: passed from desk to desk, the item asks for
/// one contact person who deals with the departments and the letter asks the municipality for
/// just that; with a contact who decides little, the letter asks who decides, not who the
/// contact is. The sheet does not ask it again below the item.
#[test]
fn the_initiators_contact_item_and_letter_tell_one_story() {
    use coproductiecheck::model::assess::assess;
    let plan = |contact| {
        Answering::new(Role::Initiative)
            .says("i_plan", "event")
            .says("i_contact", contact)
            .says("i_response", "along")
            .says("i_feedback", "yes")
            .says("i_agreements", "written")
    };
    for (contact, rule, nl, en) in [
        (
            "shunted",
            "i_contact_shunted",
            "- We worden van loket naar loket gestuurd. Kunt u ons één vaste contactpersoon geven die ons plan kent en het met de andere afdelingen regelt?\n",
            "- We keep being passed from one department to the next. Could you give us one contact person who knows our plan and deals with the other departments?\n",
        ),
        (
            "no_say",
            "i_contact_no_say",
            "- Wat mag onze contactpersoon zelf regelen, en wie bij de gemeente beslist over de rest van ons plan?\n",
            "- What can our contact person arrange on their own, and who at the municipality decides on the rest of our plan?\n",
        ),
        (
            "none",
            "i_contact_none",
            "- Wie wordt onze vaste contactpersoon bij de gemeente, wat mag die persoon zelf regelen, en wie beslist over de rest?\n",
            "- Who will be our contact person at the municipality, what can that person arrange on their own, and who decides the rest?\n",
        ),
    ] {
        let s = shared(plan(contact), "");
        let r = assess(&CONTENT, Role::Initiative, &s.answers);
        assert!(r.advice.iter().any(|x| x.rule.id == rule), "{contact}");
        assert!(
            !r.follow_ups.iter().any(|f| f.question.id == "i_contact"),
            "{contact}: the item says it"
        );
        let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
        assert!(t.contains(nl), "{contact}: {t}");
        assert_eq!(t.matches("contactpersoon").count(), 1, "{contact}: {t}");
        let t = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
        assert!(t.contains(en), "{contact}: {t}");
    }
}

/// Giving an opinion or reporting now and then is not a standing task: with no end date, nothing
/// arranged, or even hours a week, neither the sheet nor the letter asks for an end date, a way
/// to stop, materials or a budget, and someone who reports is not asked when to meet. A regular
/// task with no end date is asked for one.
#[test]
fn a_light_ask_is_not_told_to_agree_an_end_date_a_way_to_stop_or_materials() {
    use coproductiecheck::model::assess::assess;
    let opinion = || {
        Answering::new(Role::Resident)
            .says("r_task", "input")
            .says("r_time", "weekly")
            .ticks("r_support", &["nothing"])
    };
    for a in [
        opinion().says("r_until", "open"),
        opinion().does_not_know("r_until"),
        Answering::new(Role::Resident)
            .says("r_task", "report")
            .says("r_until", "open")
            .ticks("r_support", &["nothing"])
            .says("r_agree", "none"),
    ] {
        let s = shared(a, "");
        let r = assess(&CONTENT, Role::Resident, &s.answers);
        let items: Vec<&str> = r.advice.iter().map(|x| x.rule.id).collect();
        for id in [
            "r_long_open",
            "r_heavy_nothing",
            "r_support_thin",
            "r_unsupported",
        ] {
            assert!(!items.contains(&id), "{id} in {items:?}");
        }
        assert!(
            !r.follow_ups.iter().any(|f| f.question.id == "r_support"),
            "{items:?}"
        );
        let nl = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
        for word in [
            "einddatum",
            "stoppen",
            "materiaal",
            "budget",
            "spreken we elkaar",
        ] {
            assert!(!nl.contains(word), "{word}: {nl}");
        }
        let en = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
        for word in ["end date", "stop", "materials", "budget", "when do we talk"] {
            assert!(!en.contains(word), "{word}: {en}");
        }
        let sheet: String = r
            .advice
            .iter()
            .map(|x| x.change(Lang::Nl))
            .chain(r.follow_ups.iter().map(|f| f.text.nl().to_string()))
            .collect();
        assert!(!sheet.contains("elkaar spreken"), "{sheet}");
    }
    // Not knowing how long an opinion runs: only that.
    let s = shared(opinion().does_not_know("r_until"), "");
    let nl = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(nl.contains("\n- Tot wanneer loopt dit?\n"), "{nl}");

    // A litter bin with no end date and stopping hard: the item asks how to stop, once, and
    // the letter asks for an end date (the answer says there is none).
    let s = shared(
        Answering::new(Role::Resident)
            .says("r_task", "task")
            .says("r_until", "open"),
        "",
    );
    let r = assess(&CONTENT, Role::Resident, &s.answers);
    assert!(r.advice.iter().any(|x| x.rule.id == "r_long_open"));
    assert!(!r.follow_ups.iter().any(|f| f.question.id == "r_until"));
    let nl = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(
        nl.contains("\n- Kunnen we een einddatum afspreken, of vaste momenten om te kijken of ik doorga? En wat gebeurt er met de taak als ik stop?\n"),
        "{nl}"
    );
    assert!(!nl.contains("Tot wanneer loopt dit"), "{nl}");
}

/// A street party or an idea for the municipality lasts no "until when", and running something
/// of one's own needs no right to challenge: the initiators' sheet and letter do not ask it. A
/// plan that lasts keeps "until when".
#[test]
fn the_initiators_letter_asks_until_when_only_of_a_plan_that_lasts() {
    use coproductiecheck::model::assess::assess;
    let plan = |kind| {
        Answering::new(Role::Initiative)
            .says("i_plan", kind)
            .says("i_contact", "bridge")
            .says("i_response", "along")
            .says("i_feedback", "yes")
            .says("i_agreements", "none")
    };
    for (kind, nl, en) in [
        (
            "event",
            "- Kunnen we samen op papier zetten wat wij doen, wat u doet en wat u niet doet?\n",
            "- Can we put in writing together what we do, what you will do and what you will not do?\n",
        ),
        (
            "idea",
            "- Kunnen we op papier zetten wat u met ons idee doet, en wanneer?\n",
            "- Can we put in writing what you will do with our idea, and when?\n",
        ),
        (
            "takeover",
            "- Kunnen we samen op papier zetten wat wij doen, wat u doet, tot wanneer, en wat u niet doet?\n",
            "- Can we put in writing together what we do, what you will do, until when, and what you will not do?\n",
        ),
    ] {
        let s = shared(plan(kind), "");
        let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
        assert!(t.contains(nl), "{kind}: {t}");
        let t = text(&letter(&CONTENT, &s, Lang::En), Lang::En);
        assert!(t.contains(en), "{kind}: {t}");
        let r = assess(&CONTENT, Role::Initiative, &s.answers);
        for x in &r.advice {
            assert!(!x.text(Lang::Nl).contains("tot wanneer"), "{}", x.rule.id);
            assert!(!x.change(Lang::Nl).contains("tot wanneer"), "{}", x.rule.id);
        }
    }
    // Running an energy cooperative where the municipality has no route to take over its
    // tasks: no gap, no question about it.
    let s = shared(
        plan("run")
            .says("i_agreements", "written")
            .says("i_challenge", "none"),
        "",
    );
    let r = assess(&CONTENT, Role::Initiative, &s.answers);
    assert!(!r.follow_ups.iter().any(|f| f.question.id == "i_challenge"));
    let t = text(&letter(&CONTENT, &s, Lang::Nl), Lang::Nl);
    assert!(!t.contains("uitdaagrecht"), "{t}");
}

/// A weak answer that already says part of a question: the letter asks only the rest, in the
/// words of the item beside it, never what the resident just answered.
#[test]
fn a_residents_letter_does_not_ask_what_the_answer_already_says() {
    let task = || Answering::new(Role::Resident).says("r_task", "task");
    let opinion = || Answering::new(Role::Resident).says("r_task", "input");
    for (a, line, not) in [
        (
            task().says("r_time", "much"),
            "- Het kost meer dan vier uur per week. Kan het ook lichter, of met meer mensen?\n",
            "Hoeveel uur",
        ),
        (
            opinion().says("r_room", "decided"),
            "- Welk deel van het plan is nog open, nu het besluit al genomen is?\n",
            "meebeslissen",
        ),
        (
            task().says("r_room", "no_room"),
            "- Wat mag ik zelf beslissen, bijvoorbeeld hoe en wanneer ik mijn taak doe?\n",
            "Wat ligt al vast",
        ),
        (
            task().says("r_return", "pressure"),
            "- Wat is vrijwillig en wat niet, en wat gebeurt er als ik nee zeg of stop?\n",
            "tegenover",
        ),
        (
            task().says("r_commitment", "trial"),
            "- Hoeveel tijd en geld trekt u hiervoor uit, en wat gebeurt er na de proef of het eerste jaar?\n",
            "en tot wanneer?",
        ),
        (
            task().says("r_wethouder", "mixed"),
            "- De wethouder zegt iets anders dan de ambtenaren. Wat geldt er, en willen zij dat samen met ons bespreken?\n",
            "Welke wethouder",
        ),
        (
            task().says("r_who", "closed"),
            "- Kunnen nieuwe mensen later nog instappen, en hoe?\n",
            "Wie hebt u nog meer gevraagd",
        ),
        // What is still open is asked in r_room's words: what was told beforehand asks the rest.
        (
            task()
                .says("r_time", "monthly")
                .says("r_room", "small")
                .ticks("r_expect", &["nothing"]),
            "- Kunt u vooraf op papier zetten hoeveel tijd het kost en wanneer ik resultaat zie?\n",
            "waarover ik meepraat",
        ),
        (
            task()
                .says("r_time", "monthly")
                .does_not_know("r_room")
                .ticks("r_expect", &["nothing"]),
            "- Kunt u vooraf op papier zetten hoeveel tijd het kost en wanneer ik resultaat zie?\n",
            "waarover ik meepraat",
        ),
        // The hours are asked by r_time's own line: what was told beforehand asks the rest.
        (
            task()
                .says("r_room", "own_way")
                .does_not_know("r_time")
                .does_not_know("r_expect"),
            "- Kunt u vooraf op papier zetten waarover ik meepraat en wanneer ik resultaat zie?\n",
            "hoeveel tijd het kost",
        ),
        // After "the decision is taken": whether the council still decides, not what happens to
        // "what we propose together", and nothing about what the resident has a say in.
        (
            opinion()
                .says("r_room", "decided")
                .does_not_know("r_raad")
                .ticks("r_expect", &["nothing"]),
            "- Beslist de gemeenteraad nog over dit plan, en wanneer?\n",
            "voorstellen",
        ),
        (
            opinion()
                .says("r_room", "decided")
                .ticks("r_expect", &["nothing"]),
            "- Welk deel van het plan is nog open, nu het besluit al genomen is?\n",
            "waarover ik meepraat",
        ),
    ] {
        let t = text(&letter(&CONTENT, &shared(a, ""), Lang::Nl), Lang::Nl);
        assert!(t.contains(line), "{t}");
        assert!(!t.contains(not), "{not}: {t}");
    }
}

/// Told for how long (an agreed period) but not how many hours: the item asks the hours only,
/// and the sheet does not ask them again below it.
#[test]
fn a_resident_told_the_period_is_asked_only_the_hours() {
    use coproductiecheck::model::assess::assess;
    let a = Answering::new(Role::Resident)
        .says("r_task", "council")
        .says("r_time", "weekly")
        .says("r_until", "end")
        .ticks("r_expect", &["say", "results"]);
    let r = assess(&CONTENT, Role::Resident, &a.answers);
    let ids: Vec<&str> = r.advice.iter().map(|x| x.rule.id).collect();
    assert!(ids.contains(&"r_expect_hours"), "{ids:?}");
    assert!(!ids.contains(&"r_expect_time"), "{ids:?}");
    let item = r
        .advice
        .iter()
        .find(|x| x.rule.id == "r_expect_hours")
        .unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let said = format!("{} {}", item.title(lang), item.change(lang));
        for known in [
            "tot wanneer",
            "hoe lang",
            "stoppen",
            "until when",
            "how long",
            "stop",
        ] {
            assert!(!said.contains(known), "{known}: {said}");
        }
    }
    // Free to stop whenever: how long and how to stop are answered too; the hours only.
    let free = a.clone().says("r_until", "open_free");
    let ids = assess(&CONTENT, Role::Resident, &free.answers).advice;
    assert!(ids.iter().any(|x| x.rule.id == "r_expect_hours"));
    assert!(!ids.iter().any(|x| x.rule.id == "r_expect_time"));
    // Not told how long either: the item asks both.
    let a = a.does_not_know("r_until");
    let r = assess(&CONTENT, Role::Resident, &a.answers);
    assert!(r.advice.iter().any(|x| x.rule.id == "r_expect_time"));
}

/// The initiators' weak answers that already say part of a question: the letter asks only the
/// rest, in the words of the item beside it.
#[test]
fn the_initiators_letter_does_not_ask_what_the_answer_already_says() {
    let plan = |kind| {
        Answering::new(Role::Initiative)
            .says("i_plan", kind)
            .says("i_contact", "bridge")
    };
    for (a, line, not) in [
        (
            plan("place").says("i_response", "slow"),
            "- Wat is de volgende stap voor ons plan, wie zet die, en wanneer?\n",
            "Wie denkt",
        ),
        (
            plan("place").says("i_rules", "alone"),
            "- Ons plan heeft een vergunning of een uitzondering nodig. Wie bij de gemeente helpt ons daarbij?\n",
            "Welke vergunningen",
        ),
        (
            plan("place").says("i_money", "no_pot"),
            "- U zegt dat er geen geld voor ons plan is. Met wie kunnen we bespreken wat het plan de gemeente oplevert of bespaart? En welke fondsen kunnen helpen?\n",
            "subsidies",
        ),
        // A street party saves the municipality nothing: only the grants are asked.
        (
            plan("event").says("i_money", "not_found"),
            "- Welke subsidies, buurtbudgetten of fondsen zijn er voor ons plan?\n",
            "bespaart",
        ),
        (
            plan("place").says("i_agreements", "spoken"),
            "- We hebben de afspraken alleen mondeling gemaakt. Kunnen we ze samen op papier zetten, zodat beide kanten een kopie hebben?\n",
            "wat wij doen",
        ),
        (
            plan("place").says("i_horizon", "trial"),
            "- U steunt ons alleen voor een proef of een project van een paar maanden. Wat gebeurt er daarna, en kan de steun langer duren?\n",
            "Hoe lang",
        ),
        (
            plan("place").says("i_other_plans", "unlinked"),
            "- Er zijn ook andere plannen in onze buurt. Wie bij de gemeente brengt ons in contact met de mensen die erover gaan?\n",
            "Welke andere plannen",
        ),
        (
            plan("takeover").says("i_raad", "unclear"),
            "- Wie beslist over ons plan: burgemeester en wethouders of de gemeenteraad? Wanneer is dat, en hoe kunnen we ons plan daar uitleggen?\n",
            "Beslissen burgemeester",
        ),
        (
            plan("takeover").says("i_challenge", "none"),
            "- U hebt het uitdaagrecht nog niet geregeld. Wanneer komt het in de participatieverordening, en hoe behandelt u ons verzoek om deze taak over te nemen tot die tijd?\n",
            "waar staat dat",
        ),
    ] {
        let t = text(&letter(&CONTENT, &shared(a, ""), Lang::Nl), Lang::Nl);
        assert!(t.contains(line), "{t}");
        assert!(!t.contains(not), "{not}: {t}");
    }
    // Helpful but slow, beside a contact who decides little (whose item covers the slowness):
    // the sheet does not ask "who at the municipality helps us" of a group that said they help.
    use coproductiecheck::model::assess::assess;
    for contact in ["no_say", "shunted"] {
        let a = Answering::new(Role::Initiative)
            .says("i_plan", "takeover")
            .says("i_contact", contact)
            .says("i_response", "slow");
        let r = assess(&CONTENT, Role::Initiative, &a.answers);
        assert!(
            !r.follow_ups.iter().any(|f| f.question.id == "i_response"),
            "{contact}"
        );
        let t = text(&letter(&CONTENT, &shared(a, ""), Lang::Nl), Lang::Nl);
        assert!(t.contains("- Wat is de volgende stap voor ons plan"), "{t}");
    }
}

#[test]
fn every_document_is_filled_in_both_languages() {
    let official = shared(solid(), "X");
    let resident = shared(Answering::new(Role::Resident).says("r_task", "task"), "X");
    for lang in [Lang::Nl, Lang::En] {
        for doc in [
            paragraph(&CONTENT, &official, phase_levels(&CONTENT, &official), lang),
            report(&Context::new(&CONTENT, &official, lang)),
            plan(&Context::new(&CONTENT, &official, lang)),
            letter(&CONTENT, &resident, lang),
        ] {
            let t = text(&doc, lang);
            assert!(!t.contains("{}"), "{t}");
            assert!(doc.sections.iter().all(|s| !s.blocks.is_empty()));
            for s in &doc.sections {
                for b in &s.blocks {
                    let empty = match b {
                        Block::Para(p) | Block::Fill(p) => p.trim().is_empty(),
                        Block::List(items) => items.iter().any(|i| i.trim().is_empty()),
                    };
                    assert!(!empty, "an empty block in {t}");
                }
            }
        }
    }
}

#[test]
fn the_paragraph_for_residents_own_initiative_says_whose_plan_it_is() {
    let a = Answering::new(Role::Official)
        .says("o_who", "takeover")
        .says("o_ask", "run")
        .says("o_hours", "h8_16")
        .says("o_listen", "moves")
        .says("o_init_challenge", "known")
        .says("o_init_contact", "asks")
        .says("o_raad_decides", "yes")
        .says("o_raad", "told");
    let nl = text(
        &paragraph(&CONTENT, &shared(a, "Zwembad"), [None; 3], Lang::Nl),
        Lang::Nl,
    );
    assert!(nl.contains("\nHet plan van de inwoners\n"), "{nl}");
    assert!(!nl.contains("Wat we van inwoners vragen"), "{nl}");
    assert!(
        nl.contains("\nInwoners willen een taak van de gemeente overnemen.\n"),
        "{nl}"
    );
    assert!(
        nl.contains("De participatieverordening van de gemeente heeft een uitdaagrecht. De gemeente weet hoe het verzoek gaat"),
        "{nl}"
    );
    // Its weight in neutral words: the light-to-heavy examples are tasks the municipality asks.
    assert!(
        nl.contains("De check rekent wat dit plan van inwoners vraagt tot een zware vraag."),
        "{nl}"
    );
    assert!(!nl.contains("De check noemt dit"), "{nl}");
    // Questions an initiative is not asked leave nothing open.
    assert!(!nl.contains(open_phrase("o_room", Lang::Nl)), "{nl}");

    // The municipality's own ask, and an older link without o_who, read as before.
    for a in [solid(), solid().says("o_who", "ask")] {
        let nl = text(
            &paragraph(&CONTENT, &shared(a, "Afvalbakken"), [None; 3], Lang::Nl),
            Lang::Nl,
        );
        assert!(nl.contains("\nWat we van inwoners vragen\n"), "{nl}");
        assert!(!nl.contains("Van wie het plan komt"), "{nl}");
    }
}

// ---------- the documents page (model::documents) ----------

use coproductiecheck::i18n;
use coproductiecheck::model::documents::{
    self, choose, copy_message, edit_key, element_id, file_name, Format, Opened,
};
use coproductiecheck::model::profile::{Contact, Profile};
use coproductiecheck::model::share;

fn opened(s: &Shared) -> Opened {
    let hash = format!("#p={}", share::encode(&CONTENT, s));
    Opened::from_hash(&CONTENT, &hash)
}

#[test]
fn the_page_opens_the_share_code_in_its_hash_and_says_why_when_it_cannot() {
    let s = shared(solid(), "Afvalbakken");
    let o = opened(&s);
    assert_eq!(o.shared.as_ref().map(|x| &x.answers), Ok(&s.answers));
    assert_eq!(o.title(), i18n::PW_TITLE);
    assert_eq!(
        o.back(Lang::En),
        format!("advies.html?lang=en#/advies/{}", o.code)
    );

    let r = opened(&shared(
        Answering::new(Role::Resident).says("r_task", "task"),
        "",
    ));
    assert_eq!((r.role(), r.title()), (Role::Resident, i18n::PW_TITLE_R));
    assert_eq!(r.intro(), i18n::PW_INTRO_R);

    // No code at all, and a code that does not open, are told apart.
    let none = Opened::from_hash(&CONTENT, "");
    let Err(e) = &none.shared else {
        panic!("nothing opened")
    };
    assert_eq!(none.problem(e, Lang::Nl), i18n::PW_NO_LINK.get(Lang::Nl));
    let broken = Opened::from_hash(&CONTENT, &format!("#p={}", &o.code[..o.code.len() / 2]));
    let Err(e) = &broken.shared else {
        panic!("a broken code opened")
    };
    assert_ne!(broken.problem(e, Lang::Nl), i18n::PW_NO_LINK.get(Lang::Nl));
    assert_eq!(broken.role(), Role::Official);
}

#[test]
fn a_level_chosen_fills_only_a_phase_the_answers_leave_open() {
    let s = shared(solid().does_not_know("o_room"), "");
    let derived = phase_levels(&CONTENT, &s);
    let open = derived
        .iter()
        .position(|l| l.is_none())
        .expect("a phase left open");
    let chosen = choose([None; 3], open, "1");
    assert_eq!(chosen[open], Some(1));
    let levels = documents::levels(&CONTENT, derived, chosen);
    assert_eq!(levels[open].map(|l| l.id), Some(CONTENT.ladder[1].id));
    // A phase the answers settle keeps their level, whatever was chosen.
    if let Some(set) = derived.iter().position(|l| l.is_some()) {
        let levels = documents::levels(&CONTENT, derived, choose(chosen, set, "0"));
        assert_eq!(levels[set].map(|l| l.id), derived[set].map(|l| l.id));
    }
    // "Weet ik niet" (an empty value), junk, a step past the ladder: nothing chosen.
    assert_eq!(choose(chosen, open, "")[open], None);
    assert_eq!(choose(chosen, open, "x")[open], None);
    let far = choose(chosen, open, &CONTENT.ladder.len().to_string());
    assert!(documents::levels(&CONTENT, derived, far)[open].is_none());
    assert_eq!(choose(chosen, 7, "1"), chosen, "no such phase");

    // The texts are made anew when a level changes, and only then.
    let before = edit_key(Lang::Nl, &documents::levels(&CONTENT, derived, [None; 3]));
    assert_ne!(before, edit_key(Lang::Nl, &levels));
    assert_eq!(
        before,
        edit_key(Lang::Nl, &documents::levels(&CONTENT, derived, [None; 3]))
    );
    assert_ne!(
        before,
        edit_key(Lang::En, &documents::levels(&CONTENT, derived, [None; 3]))
    );

    // The paragraph names the level chosen.
    let docs = documents::official(&CONTENT, &s, levels, &Profile::default(), Lang::Nl);
    let step = CONTENT.ladder[1].name.get(Lang::Nl);
    assert!(text(&docs.paragraph, Lang::Nl).contains(step), "{step}");
}

#[test]
fn the_documents_name_the_municipality_of_the_profile() {
    let profile = Profile {
        name: Some("Voorbeeld".into()),
        contact: Contact {
            text: Some("Team Participatie".into()),
            ..Contact::default()
        },
        ..Profile::default()
    };
    let s = shared(solid(), "");
    let docs = documents::official(&CONTENT, &s, phase_levels(&CONTENT, &s), &profile, Lang::Nl);
    let plain = documents::official(
        &CONTENT,
        &s,
        phase_levels(&CONTENT, &s),
        &Profile::default(),
        Lang::Nl,
    );
    assert_ne!(
        text(&docs.paragraph, Lang::Nl),
        text(&plain.paragraph, Lang::Nl)
    );
    let r = shared(
        Answering::new(Role::Resident).does_not_know("r_contact"),
        "",
    );
    let letter = text(
        &documents::letter(&CONTENT, &r, &profile, Lang::Nl),
        Lang::Nl,
    );
    assert!(letter.contains("Team Participatie"), "{letter}");
}

#[test]
fn each_document_has_its_own_area_files_and_status_line() {
    assert_eq!(element_id("plan"), "doc-plan");
    assert_eq!(
        file_name("plan", Format::Word),
        "coproductiecheck-plan.docx"
    );
    assert_eq!(
        file_name("letter", Format::Text),
        "coproductiecheck-letter.txt"
    );
    assert_eq!(
        file_name("report", Format::Html),
        "coproductiecheck-report.html"
    );
    assert!(Format::Word.mime().contains("wordprocessingml"));
    assert_eq!(copy_message(None, "plan", Lang::Nl), "");
    assert_eq!(
        copy_message(Some(("plan", true)), "plan", Lang::Nl),
        i18n::PW_COPIED.get(Lang::Nl)
    );
    assert_eq!(
        copy_message(Some(("plan", false)), "plan", Lang::Nl),
        i18n::PW_COPY_FAILED.get(Lang::Nl)
    );
    assert_eq!(
        copy_message(Some(("plan", true)), "report", Lang::Nl),
        "",
        "another document's copy"
    );
}

#[test]
fn the_page_waits_for_its_answers_role_only_and_for_the_sheets_and_tools_part_when_they_do_not_open(
) {
    use coproductiecheck::model::texts::Part;
    let resident = opened(&shared(
        Answering::new(Role::Resident).says("r_task", "task"),
        "",
    ));
    assert_eq!(
        resident.texts_needed(),
        &[Part::Sheet, Part::Tools, Part::Resident]
    );
    assert_eq!(
        Opened::from_hash(&CONTENT, "#p=1NOTACODE").texts_needed(),
        &[Part::Sheet, Part::Tools]
    );
}

/// An item that says its question's follow-up almost word for word carries it: the sheet says it
/// once, and the paragraph still lists it as open.
#[test]
fn an_item_that_says_the_follow_up_carries_it_and_the_paragraph_keeps_it() {
    use coproductiecheck::model::assess::assess;
    let a = solid().ticks("o_expectations", &["none"]);
    let s = shared(a, "");
    let r = assess(&CONTENT, Role::Official, &s.answers);
    assert!(r.advice.iter().any(|x| x.rule.id == "o_expect_none"));
    assert!(!r
        .follow_ups
        .iter()
        .any(|f| f.question.id == "o_expectations"));
    let t = text(
        &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains(&format!(
            "- {}\n",
            settle_phrase("o_expectations", Lang::Nl)
        )),
        "{t}"
    );
}

/// o_contact, o_mandate and o_learning now say all their follow-up asks (who keeps in touch,
/// who takes over from the lead, looking back with residents): the sheet says each once, and the
/// paragraph still names it as open.
#[test]
fn contact_mandate_and_learning_items_carry_their_follow_ups() {
    use coproductiecheck::model::assess::assess;
    for (id, code, rule, words) in [
        (
            "o_contact",
            "none",
            "o_contact",
            ["wie van de gemeente dat doet", "wie wat doet"],
        ),
        (
            "o_contact",
            "regular",
            "o_agreements",
            ["wie wat doet", "wat de gemeente doet"],
        ),
        (
            "o_mandate",
            "handover",
            "o_mandate",
            ["wat die zelf mag beslissen", "wie het overneemt"],
        ),
        (
            "o_learning",
            "none",
            "o_learning",
            ["samen met inwoners terug", "u de lessen deelt"],
        ),
    ] {
        let s = shared(solid().says(id, code), "");
        let r = assess(&CONTENT, Role::Official, &s.answers);
        let item = r
            .advice
            .iter()
            .find(|x| x.rule.id == rule)
            .unwrap_or_else(|| panic!("{rule} not on the sheet"));
        let said = format!("{} {}", item.title(Lang::Nl), item.change(Lang::Nl));
        for w in words {
            assert!(said.contains(w), "{rule} does not say {w:?}: {said}");
        }
        assert!(
            !r.follow_ups.iter().any(|f| f.question.id == id),
            "{id} is asked again below {rule}"
        );
        let t = text(
            &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
            Lang::Nl,
        );
        assert!(
            t.contains(&format!("- {}\n", settle_phrase(id, Lang::Nl))),
            "{t}"
        );
    }
}

/// What the paragraph says of a question still open.
fn open_phrase(id: &str, lang: Lang) -> &'static str {
    phrase(coproductiecheck::model::content::OPEN, id, lang)
}

/// What the paragraph says is still to do after a weak answer to this question.
fn settle_phrase(id: &str, lang: Lang) -> &'static str {
    phrase(coproductiecheck::model::content::SETTLE, id, lang)
}

fn phrase(table: &[(&str, CText)], id: &str, lang: Lang) -> &'static str {
    table
        .iter()
        .find(|(q, _)| *q == id)
        .unwrap_or_else(|| panic!("no phrase for {id}"))
        .1
        .get(lang)
}

/// A raadsvoorstel states what is still open; it does not instruct its reader. Each open point
/// is a neutral phrase after one lead-in, never the sheet's "Vraag ...", "Spreek af ...".
#[test]
fn the_paragraph_names_what_is_open_in_neutral_words_not_as_instructions() {
    let a = solid()
        .does_not_know("o_mandate")
        .does_not_know("o_wethouder")
        .says("o_contact", "none")
        .ticks("o_support", &["nothing"])
        .says("o_feedback", "end");
    let s = shared(a, "");
    for (lang, open, todo) in [
        (
            Lang::Nl,
            ["Nog uit te zoeken", "Het volgende is nog niet bekend:"],
            [
                "Nog te doen",
                "Uit de antwoorden volgt dat de gemeente nog het volgende moet doen:",
            ],
        ),
        (
            Lang::En,
            ["Still to find out", "The following is not yet known:"],
            [
                "Still to do",
                "The answers show that the municipality still has to:",
            ],
        ),
    ] {
        let doc = paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), lang);
        let list = |[heading, lead]: [&str; 2]| {
            let x = doc
                .sections
                .iter()
                .find(|x| x.heading == heading)
                .unwrap_or_else(|| panic!("no section {heading}"));
            assert_eq!(x.blocks[0], Block::Para(lead.to_string()));
            let Block::List(items) = &x.blocks[1] else {
                panic!("{heading} is a list")
            };
            items.clone()
        };
        let (unknown, to_do) = (list(open), list(todo));
        // Unknown: named, not asked again. Weak: what to do, never a question the answer gave.
        for id in ["o_mandate", "o_wethouder"] {
            assert!(
                unknown.iter().any(|i| i == open_phrase(id, lang)),
                "{id}: {unknown:#?}"
            );
        }
        for id in ["o_contact", "o_support", "o_feedback"] {
            assert!(
                to_do.iter().any(|i| i == settle_phrase(id, lang)),
                "{id}: {to_do:#?}"
            );
            assert!(
                !unknown.iter().any(|i| i == open_phrase(id, lang)),
                "{id}: {unknown:#?}"
            );
        }
        for i in unknown.iter().chain(&to_do) {
            // A phrase after the lead-in: lower case, no full stop, and no question's follow-up.
            assert!(i.starts_with(|c: char| c.is_lowercase()), "{i}");
            assert!(!i.ends_with('.'), "{i}");
            assert!(
                !CONTENT.questions.iter().any(|q| q.follow_up.get(lang) == i),
                "an instruction in the paragraph: {i}"
            );
        }
    }
}

/// "The council still decides": which decision and when is for the official to fill in, in
/// the paragraph as in the plan; where it decides nothing, there is nothing to fill in.
#[test]
fn the_paragraph_asks_the_official_which_decision_the_council_takes() {
    let fill = "[in te vullen: Wat de gemeenteraad nog besluit, en wanneer]";
    let yes = shared(
        solid().says("o_raad_decides", "yes").says("o_raad", "told"),
        "",
    );
    let t = text(
        &paragraph(&CONTENT, &yes, phase_levels(&CONTENT, &yes), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains(&format!(
            "De gemeenteraad neemt over dit plan nog een besluit.\n{fill}\n"
        )),
        "{t}"
    );
    let no = shared(solid(), "");
    let t = text(
        &paragraph(&CONTENT, &no, phase_levels(&CONTENT, &no), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains("De gemeenteraad neemt over dit plan geen besluit."),
        "{t}"
    );
    assert!(!t.contains(fill), "{t}");
    // Not known whether it decides: the section says so, rather than go missing.
    let dk = shared(solid().does_not_know("o_raad_decides"), "");
    let t = text(
        &paragraph(&CONTENT, &dk, phase_levels(&CONTENT, &dk), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains("De rol van de gemeenteraad\nOf de gemeenteraad over dit plan nog een besluit neemt, is nog niet bekend."),
        "{t}"
    );
}

/// A weak answer's fact is stated once; the paragraph does not then call it unknown. A community
/// centre on more than 16 hours a month, carried by one or two people.
#[test]
fn the_paragraph_does_not_ask_for_a_fact_the_answers_gave() {
    let a = solid()
        .says("o_ask", "run")
        .says("o_hours", "gt16")
        .says("o_few", "one")
        .says("o_backup", "partly");
    let s = shared(a, "");
    let t = text(
        &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains("Tijd per inwoner per maand: meer dan 16 uur."),
        "{t}"
    );
    for id in ["o_hours", "o_few", "o_backup"] {
        let line = |phrase| format!("\n- {phrase}\n");
        assert!(
            !t.contains(&line(open_phrase(id, Lang::Nl))),
            "{id} asked again:\n{t}"
        );
        assert!(
            t.contains(&line(settle_phrase(id, Lang::Nl))),
            "{id} not to do:\n{t}"
        );
    }
}

/// A letter is signed off as letters are: the closing sentence, the greeting on a line of its
/// own, then the name to fill in.
#[test]
fn a_letter_ends_with_the_greeting_on_its_own_line_above_the_name() {
    for (role, lang, end) in [
        (
            Role::Resident,
            Lang::Nl,
            "Ik hoor graag van u.\nMet vriendelijke groet,\n[in te vullen: je naam]\n",
        ),
        (
            Role::Initiative,
            Lang::En,
            "We look forward to hearing from you.\nYours faithfully,\n[to fill in: your names or the name of your group]\n",
        ),
    ] {
        let s = shared(Answering::new(role), "");
        let t = text(&letter(&CONTENT, &s, lang), lang);
        assert!(t.ends_with(end), "{t}");
    }
}

/// Only small things to decide, and told beforehand which: the letter does not ask which points
/// are open (the sheet says they know); not told, it does.
#[test]
fn a_resident_told_which_small_points_is_not_asked_them_again() {
    let small = || {
        Answering::new(Role::Resident)
            .says("r_task", "task")
            .says("r_room", "small")
    };
    let told = small().ticks("r_expect", &["say", "time", "results"]);
    let t = text(&letter(&CONTENT, &shared(told, ""), Lang::Nl), Lang::Nl);
    assert!(!t.contains("Over welke punten"), "{t}");
    let not_told = small().ticks("r_expect", &["time", "results"]);
    let t = text(&letter(&CONTENT, &shared(not_told, ""), Lang::Nl), Lang::Nl);
    assert!(
        t.contains("Over welke punten kan ik nog meebeslissen"),
        "{t}"
    );
}

#[test]
fn participants_are_not_said_to_hear_what_the_municipality_does_not_know_yet() {
    let told = |a: Answering| {
        let s = shared(a, "Afvalbakken");
        let p = text(
            &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
            Lang::Nl,
        );
        let pl = text(&plan(&Context::new(&CONTENT, &s, Lang::Nl)), Lang::Nl);
        let line = |t: &str| {
            t.lines()
                .find(|l| l.starts_with("Vooraf horen deelnemers:"))
                .map(str::to_string)
        };
        assert_eq!(
            line(&p),
            line(&pl),
            "the paragraph and the plan say the same"
        );
        line(&p)
    };
    let all = || solid().ticks("o_expectations", &["say", "time", "when"]);
    let known = told(all()).unwrap();
    assert!(
        known.contains("waar ze over meepraten") && known.contains("hoeveel tijd"),
        "{known}"
    );
    // The room unknown: what they have a say in cannot be told yet; the hours unknown: the time.
    let t = told(all().does_not_know("o_room").does_not_know("o_hours")).unwrap();
    assert!(
        !t.contains("meepraten") && !t.contains("hoeveel tijd"),
        "{t}"
    );
    assert!(t.contains("wanneer ze resultaat zien"), "{t}");
    // Already decided: the room's own sentence says so, not a say to be told about.
    let t = told(all().says("o_room", "decided")).unwrap();
    assert!(!t.contains("meepraten"), "{t}");
    // Free to stop, or how long it lasts, unknown: how to stop cannot be told yet.
    let with_stop = || solid().ticks("o_expectations", &["when", "stop"]);
    assert!(told(with_stop()).unwrap().contains("hoe ze kunnen stoppen"));
    for unknown in ["o_voluntary", "o_duration"] {
        let t = told(with_stop().does_not_know(unknown)).unwrap();
        assert!(!t.contains("stoppen"), "{unknown}: {t}");
    }
    // Nothing left to tell: no line at all.
    let only_say = solid()
        .ticks("o_expectations", &["say"])
        .does_not_know("o_room");
    assert_eq!(told(only_say), None);
}

#[test]
fn a_council_that_decides_nothing_is_a_task_to_tell_not_a_question_what_it_decides() {
    let s = shared(
        solid()
            .says("o_raad_decides", "no")
            .says("o_raad", "defined"),
        "Afvalbakken",
    );
    let t = text(
        &paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl),
        Lang::Nl,
    );
    assert!(
        t.contains("De gemeenteraad neemt over dit plan geen besluit."),
        "{t}"
    );
    assert!(
        t.contains("- de deelnemers vooraf vertellen dat de gemeenteraad hier niet over beslist"),
        "{t}"
    );
    assert!(
        !t.contains("wat de gemeenteraad nog beslist en wanneer"),
        "{t}"
    );
}

/// An evaluation the answers plan without a level (at the end, residents not named; or none
/// planned) is said as they say it, in the paragraph and the plan alike, not "to be decided"
/// as if nothing were known; only an unanswered question leaves the phase plainly open, and a
/// level the user chooses for it stands instead.
#[test]
fn the_evaluation_says_what_the_answers_plan_for_it() {
    let evaluation = |a: Answering, chosen: Option<usize>, lang: Lang| {
        let s = shared(a, "Afvalbakken");
        let mut levels = phase_levels(&CONTENT, &s);
        if let Some(n) = chosen {
            levels[2] = Some(&CONTENT.ladder[n]);
        }
        let p = text(&paragraph(&CONTENT, &s, levels, lang), lang);
        let cx = Context {
            levels,
            ..Context::new(&CONTENT, &s, lang)
        };
        let pl = text(&plan(&cx), lang);
        let line = |t: &str| {
            let phase = Phase::Evaluation.name(lang);
            t.lines()
                .find(|l| l.starts_with(&format!("- {phase}: ")))
                .map(str::to_string)
                .unwrap_or_else(|| panic!("no evaluation line in\n{t}"))
        };
        assert_eq!(
            line(&p),
            line(&pl),
            "the paragraph and the plan say the same"
        );
        line(&p)
    };
    let evaluate = || solid().says("o_learning", "evaluate");
    assert_eq!(
        evaluation(evaluate(), None, Lang::Nl),
        "- Evaluatie: De gemeente evalueert aan het eind, maar deelt de lessen niet breed. Welke rol inwoners daarbij hebben, is nog te bepalen."
    );
    assert_eq!(
        evaluation(evaluate(), None, Lang::En),
        "- Evaluation: The municipality evaluates at the end, but does not share the lessons widely. The role residents play in it is still to be decided."
    );
    assert_eq!(
        evaluation(solid().says("o_learning", "none"), None, Lang::Nl),
        "- Evaluatie: Er is nog geen terugblik gepland."
    );
    // Looking back with residents is consulting them; unanswered, the phase is open.
    assert!(evaluation(solid(), None, Lang::Nl).starts_with("- Evaluatie: Raadplegen."));
    let mut unanswered = solid();
    unanswered.answers.remove("o_learning");
    assert_eq!(
        evaluation(unanswered, None, Lang::Nl),
        "- Evaluatie: nog te bepalen."
    );
    // A level chosen on the page for the open phase is what the documents say.
    let raadplegen = CONTENT
        .ladder
        .iter()
        .position(|s| s.id == "raadplegen")
        .unwrap();
    assert!(
        evaluation(evaluate(), Some(raadplegen), Lang::Nl).starts_with("- Evaluatie: Raadplegen.")
    );
}

/// A plan's title may end in its own "?", "!" or ".": the letter's first sentence never adds a
/// full stop after it ("…doen?." / "“Doet u mee?”."), in either language or role.
#[test]
fn a_title_with_its_own_final_mark_reads_right_in_the_letter() {
    let resident = Answering::new(Role::Resident).says("r_task", "task");
    let initiators = Answering::new(Role::Initiative).says("i_plan", "place");
    for a in [resident, initiators] {
        for title in [
            "Doet u mee?",
            "Schoon, heel en veilig!",
            "Samen de buurt in.",
            "\"Samen sterk\"",
            "“Samen sterk”",
        ] {
            for lang in [Lang::Nl, Lang::En] {
                let t = text(&letter(&CONTENT, &shared(a.clone(), title), lang), lang);
                let (_, body) = t.split_once('\n').expect("a heading and a body");
                // The title goes in the intro's own quotes, without its own around it or a
                // full stop at its end.
                let quoted = format!("“{}”", title_in_quotes(title));
                assert!(body.contains(&quoted), "{quoted} in {body}");
                assert!(!body.contains("““") && !body.contains("“\""), "{body}");
                for mark in ["?", "!", "."] {
                    for after in [".", "”.", "’."] {
                        let twice = format!("{mark}{after}");
                        assert!(!body.contains(&twice), "{twice:?} in {body}");
                    }
                }
            }
        }
    }
}

/// After "more than four hours a week" (r_time's letter says the hours) or "Weet ik niet" (its
/// question asks them), a resident told nothing beforehand asks the time once: r_expect's
/// question, whatever r_room leaves it to ask, asks only the rest.
#[test]
fn a_letter_asks_the_time_once() {
    for time in ["much", "dk"] {
        for room in ["small", "decided", "dk", "open"] {
            let mut a = Answering::new(Role::Resident).says("r_expect", "nothing");
            a = if time == "dk" {
                a.does_not_know("r_time")
            } else {
                a.says("r_time", time)
            };
            a = if room == "dk" {
                a.does_not_know("r_room")
            } else {
                a.says("r_room", room)
            };
            let s = shared(a, "");
            for (lang, words) in [(Lang::Nl, "hoeveel tijd"), (Lang::En, "how much time")] {
                let t = text(&letter(&CONTENT, &s, lang), lang).to_lowercase();
                let asked = t
                    .lines()
                    .filter(|l| l.starts_with("- ") && l.contains(words))
                    .count();
                assert!(
                    asked <= 1,
                    "{time}, {room}: the time asked {asked} times:\n{t}"
                );
                if time == "much" {
                    assert_eq!(asked, 0, "{time}, {room}: the hours are known:\n{t}");
                }
            }
        }
    }
}

#[test]
fn a_title_in_quotes_loses_its_own_quotes_and_full_stop_only() {
    for (title, bare) in [
        ("Moestuin", "Moestuin"),
        (" Moestuin. ", "Moestuin"),
        ("Doet u mee?", "Doet u mee?"),
        ("Schoon!", "Schoon!"),
        ("\"Samen sterk\"", "Samen sterk"),
        ("“Samen sterk.”", "Samen sterk"),
        ("'t Hofje", "'t Hofje"),
        ("\"", "\""),
    ] {
        assert_eq!(title_in_quotes(title), bare, "{title:?}");
    }
}
