//! The municipality's profile (gemeente.json): the reader takes what passes field by field and
//! ignores the rest with a reason; the sheet and the documents name the profile's facts where
//! they help and nowhere else.

mod common;

use common::{shared, Answering};
use coproductiecheck::model::documents::frame_paragraph;
use coproductiecheck::model::paperwork::{as_text, letter, paragraph, phase_levels, Context};
use coproductiecheck::model::plan::{plan, report};
use coproductiecheck::model::profile::json::{self, Json};
use coproductiecheck::model::profile::notes::{self, plain, Span};
use coproductiecheck::model::profile::{self, Checked, Problem, Profile, Reason};
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::{flow, Lang, Role, CONTENT};

fn read(text: &str) -> Checked {
    profile::read(text, json::parse)
}

/// The problems as (field, reason).
fn problems(c: &Checked) -> Vec<(&str, Reason)> {
    c.problems
        .iter()
        .map(|p| (p.field.as_str(), p.reason))
        .collect()
}

/// The example profile, also served by the end-to-end tests and a seed of the fuzz target.
const GOOD: &str = include_str!("fixtures/profiles/good.json");

fn good() -> Profile {
    let c = read(GOOD);
    assert_eq!(c.problems, vec![], "the example profile passes whole");
    c.profile
}

#[test]
fn a_good_profile_is_read_whole() {
    let p = good();
    assert_eq!(p.name.as_deref(), Some("Voorbeeld"));
    assert_eq!(
        p.contact.email.as_deref(),
        Some("participatie@voorbeeld.nl")
    );
    assert_eq!(p.contact.phone_href().as_deref(), Some("tel:140123"));
    assert_eq!(p.council.phone_href().as_deref(), Some("tel:+310123456789"));
    assert_eq!(p.initiatives.text.as_deref(), Some("Loket Initiatieven"));
    assert_eq!(p.challenge.present, Some(true));
    assert_eq!(p.challenge.weeks, Some(8));
    assert_eq!(
        p.challenge.steps(Lang::Nl),
        Some("1. Dien een verzoek in.\n2. De gemeente toetst het.")
    );
    assert!(p.bylaw.url.as_deref().unwrap().starts_with("https://"));
}

#[test]
fn the_profile_written_by_the_page_reads_back_the_same() {
    let p = good();
    let written = profile::to_json(&p);
    assert_eq!(
        read(&written),
        Checked {
            profile: p,
            problems: vec![]
        }
    );
    // The default file a build ships says nothing: the generic check.
    let empty = profile::to_json(&Profile::default());
    assert_eq!(empty, "{\n  \"version\": 1\n}\n");
    assert_eq!(read(&empty), Checked::default());
}

#[test]
fn a_partial_profile_keeps_what_passes_and_says_why_the_rest_was_ignored() {
    let c = read(
        r#"{"version": 1, "name": "Voorbeeld",
            "contact": {"email": "geen adres", "phone": "bel ons", "url": "http://voorbeeld.nl", "text": "Balie"},
            "council": "de griffie",
            "bylaw": {"title": 42, "url": "https://voorbeeld.nl/verordening", "titel": "x"},
            "challenge": {"present": "ja", "weeks": 0, "steps": {"nl": "", "de": "x"}},
            "naam": "typo"}"#,
    );
    assert_eq!(c.profile.name.as_deref(), Some("Voorbeeld"));
    assert_eq!(c.profile.contact.text.as_deref(), Some("Balie"));
    assert_eq!(c.profile.contact.email, None);
    assert!(c.profile.council.is_empty());
    assert_eq!(c.profile.bylaw.title, None);
    assert_eq!(
        c.profile.bylaw.url.as_deref(),
        Some("https://voorbeeld.nl/verordening")
    );
    assert_eq!(c.profile.challenge, Default::default());
    assert_eq!(
        problems(&c),
        vec![
            ("contact.email", Reason::Email),
            ("contact.phone", Reason::Phone),
            ("contact.url", Reason::Link),
            ("council", Reason::NotGroup),
            ("bylaw.title", Reason::NotText),
            ("bylaw.titel", Reason::Unknown),
            ("challenge.present", Reason::NotYesNo),
            ("challenge.weeks", Reason::Weeks),
            ("challenge.steps.nl", Reason::Empty),
            ("challenge.steps.de", Reason::Unknown),
            ("naam", Reason::Unknown),
        ]
    );
    // Every reason reads as a sentence in both languages.
    for p in &c.problems {
        for lang in [Lang::Nl, Lang::En] {
            let m = p.reason.message(lang);
            assert!(m.len() > 10 && m.ends_with(['.', '?']), "{m}");
        }
    }
}

#[test]
fn a_file_that_is_broken_huge_or_of_another_version_is_ignored_whole() {
    let whole = |text: &str| {
        let c = read(text);
        assert_eq!(c.profile, Profile::default(), "{text:.60}");
        assert_eq!(c.problems.len(), 1, "{text:.60}");
        assert_eq!(c.problems[0].field, "");
        assert!(c.problems[0].reason.is_fatal());
        c.problems[0].reason
    };
    assert_eq!(
        whole(r#"{"version": 1, "name": "Voorbeeld""#),
        Reason::NotJson
    );
    assert_eq!(whole(""), Reason::NotJson);
    assert_eq!(whole("<html>404</html>"), Reason::NotJson);
    assert_eq!(whole(r#"["version", 1]"#), Reason::NotObject);
    assert_eq!(whole(r#""gemeente""#), Reason::NotObject);
    assert_eq!(whole(r#"{"name": "Voorbeeld"}"#), Reason::NoVersion);
    assert_eq!(
        whole(r#"{"version": 2, "name": "Voorbeeld"}"#),
        Reason::UnknownVersion
    );
    assert_eq!(
        whole(r#"{"version": "1", "name": "V"}"#),
        Reason::UnknownVersion
    );
    assert_eq!(whole(r#"{"version": 1.5}"#), Reason::UnknownVersion);
    let huge = format!(
        r#"{{"version": 1, "name": "V", "x": "{}"}}"#,
        "a".repeat(profile::MAX_BYTES)
    );
    assert_eq!(whole(&huge), Reason::TooBig);
}

#[test]
fn every_text_is_bounded_and_markup_stays_text() {
    let long = "x".repeat(profile::MAX_NAME + 1);
    let c = read(&format!(r#"{{"version": 1, "name": "{long}"}}"#));
    assert_eq!(
        problems(&c),
        vec![("name", Reason::TooLong(profile::MAX_NAME))]
    );
    let steps = "stap ".repeat(profile::MAX_STEPS / 5 + 1);
    let c = read(&format!(
        r#"{{"version": 1, "challenge": {{"steps": {{"en": "{steps}"}}}}}}"#
    ));
    assert_eq!(
        problems(&c),
        vec![("challenge.steps.en", Reason::TooLong(profile::MAX_STEPS))]
    );
    // Markup is kept as the text it is: the views escape it, and it never becomes a link.
    let c = read(
        r#"{"version": 1, "name": "<img src=x onerror=alert(1)>", "contact": {"text": "<script>alert(1)</script>"}}"#,
    );
    assert_eq!(c.problems, vec![]);
    assert_eq!(
        c.profile.name.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    // Control characters, hidden and direction-reversing characters are refused; a line break
    // only in the steps.
    for bad in [
        "Voor\u{0}beeld",
        "Voor\nbeeld",
        "\u{202e}dleebrooV",
        "Voor\u{200b}beeld",
    ] {
        let c = read(&format!(
            r#"{{"version": 1, "name": {}}}"#,
            json::quote(bad)
        ));
        assert_eq!(problems(&c), vec![("name", Reason::Control)], "{bad:?}");
    }
    // Surrounding spaces go; a name of spaces is empty.
    let c = read(r#"{"version": 1, "name": "  Voorbeeld  ", "contact": {"text": "   "}}"#);
    assert_eq!(c.profile.name.as_deref(), Some("Voorbeeld"));
    assert_eq!(problems(&c), vec![("contact.text", Reason::Empty)]);
}

#[test]
fn only_https_mailto_and_tel_links_pass() {
    for ok in [
        "https://www.voorbeeld.nl/meedoen?x=1#a",
        "HTTPS://VOORBEELD.NL",
        "mailto:griffie@voorbeeld.nl",
        "mailto:griffie@voorbeeld.nl?subject=Vraag",
        "tel:+31123456789",
    ] {
        assert_eq!(profile::link(ok), Ok(()), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://voorbeeld.nl",
        "https://",
        "https:///pad",
        "//voorbeeld.nl",
        "voorbeeld.nl",
        "vbscript:x",
        "mailto:",
        "mailto:javascript:alert(1)",
        "tel:bel-ons",
        "https://voorbeeld.nl/\"onmouseover=\"x",
        "https://voor beeld.nl",
        "file:///etc/passwd",
    ] {
        assert_eq!(profile::link(bad), Err(Reason::Link), "{bad}");
    }
    let c = read(
        r#"{"version": 1, "bylaw": {"url": "javascript:alert(1)"}, "council": {"url": "data:text/html,x", "email": "javascript:alert(1)"}}"#,
    );
    assert_eq!(c.profile, Profile::default());
    assert_eq!(
        problems(&c),
        vec![
            ("bylaw.url", Reason::Link),
            ("council.url", Reason::Link),
            ("council.email", Reason::Email),
        ]
    );
}

#[test]
fn numbers_and_yes_no_fields_take_only_their_kind() {
    let c = read(r#"{"version": 1, "challenge": {"present": false, "weeks": 6.5}}"#);
    assert_eq!(c.profile.challenge.present, Some(false));
    assert_eq!(problems(&c), vec![("challenge.weeks", Reason::Weeks)]);
    for (weeks, reason) in [
        ("\"8\"", Reason::NotNumber),
        ("-1", Reason::Weeks),
        ("105", Reason::Weeks),
        ("1e400", Reason::Weeks),
        ("null", Reason::NotNumber),
    ] {
        let c = read(&format!(
            r#"{{"version": 1, "challenge": {{"weeks": {weeks}}}}}"#
        ));
        assert_eq!(problems(&c), vec![("challenge.weeks", reason)], "{weeks}");
    }
    let c = read(r#"{"version": 1, "challenge": {"weeks": 104}}"#);
    assert_eq!(c.profile.challenge.weeks, Some(104));
}

#[test]
fn a_tree_from_any_parser_is_checked_the_same() {
    // What the browser's walk hands over for `{"version": 1, "name": ["V"]}`.
    let tree = Json::Obj(vec![
        ("version".into(), Json::Num(1.0)),
        ("name".into(), Json::Arr(vec![Json::Str("V".into())])),
    ]);
    assert_eq!(
        profile::check(&tree).problems,
        vec![Problem {
            field: "name".into(),
            reason: Reason::NotText
        }]
    );
}

// Where the facts appear.

/// Every piece of text of a note, links as their words and addresses.
fn words(note: &Option<Vec<Span>>) -> String {
    note.as_deref().map(plain).unwrap_or_default()
}

fn takeover_initiative() -> Answering {
    Answering::new(Role::Initiative)
        .says("i_plan", "takeover")
        .does_not_know("i_challenge")
        .does_not_know("i_raad")
        .does_not_know("i_contact")
}

#[test]
fn the_questions_and_items_we_add_to_still_exist() {
    for id in notes::CHALLENGE_QUESTIONS
        .iter()
        .chain(&notes::COUNCIL_QUESTIONS)
    {
        assert!(flow::question(&CONTENT, id).is_some(), "{id}");
    }
}

#[test]
fn the_initiators_sheet_names_the_desk_the_bylaw_and_the_griffie_where_they_belong() {
    let p = good();
    let s = shared(takeover_initiative(), "");
    let a = s_assess(&s);
    let n = notes::sheet(&p, &a, Lang::Nl);
    assert_eq!(n.name.as_deref(), Some("Voorbeeld"));
    let ask = words(&n.ask);
    assert!(
        ask.starts_with("Stel jullie vragen aan Loket Initiatieven: initiatief@voorbeeld.nl"),
        "{ask}"
    );
    assert!(
        !ask.contains("participatie@"),
        "initiators go to their own desk: {ask}"
    );

    for (item, note) in a.advice.iter().zip(&n.advice) {
        let causes: Vec<&str> = item.causes.iter().map(|q| q.id).collect();
        let w = words(note);
        if causes.contains(&"i_challenge") {
            assert!(w.contains("De gemeente Voorbeeld regelt het uitdaagrecht in Participatieverordening Voorbeeld 2025 (https://lokaleregelgeving.example/voorbeeld)."), "{w}");
            assert!(
                w.contains("De stappen: 1. Dien een verzoek in. 2. De gemeente toetst het."),
                "{w}"
            );
            assert!(w.contains("binnen 8 weken"), "{w}");
        } else if causes.contains(&"i_raad") {
            assert!(
                w.contains("weet de griffie van Voorbeeld: griffie@voorbeeld.nl"),
                "{w}"
            );
        } else {
            assert_eq!(note, &None, "{}: nothing of the profile", item.rule.id);
        }
    }
    assert!(
        n.advice.iter().any(|x| words(x).contains("uitdaagrecht")),
        "the right-to-challenge item names the bylaw"
    );
    // Said once: a follow-up whose advice item already carries the note goes without.
    let all: Vec<String> = n.advice.iter().chain(&n.follow_ups).map(words).collect();
    assert_eq!(
        all.iter()
            .filter(|w| w.contains("regelt het uitdaagrecht"))
            .count(),
        1
    );
    // In English too.
    let en = notes::sheet(&p, &a, Lang::En);
    assert!(words(&en.ask).starts_with("Put your questions to Loket Initiatieven"));
    assert!(en.advice.iter().any(|x| words(x)
        .contains("sets out its right to challenge in Participatieverordening Voorbeeld 2025")));
}

fn s_assess(s: &Shared) -> coproductiecheck::model::Assessment {
    coproductiecheck::model::assess(&CONTENT, s.role, &s.answers)
}

#[test]
fn a_municipality_without_the_right_hears_what_the_law_asks() {
    let mut p = good();
    p.challenge.present = Some(false);
    let s = shared(takeover_initiative(), "");
    let n = notes::sheet(&p, &s_assess(&s), Lang::Nl);
    let w: String = n.advice.iter().map(words).collect();
    assert!(
        w.contains("De gemeente Voorbeeld zegt dat er nog geen uitdaagrecht"),
        "{w}"
    );
    assert!(
        w.contains("Wet versterking participatie op decentraal niveau verplicht de gemeenteraad"),
        "{w}"
    );
    assert!(w.contains("jullie verzoek"), "{w}");
    // No steps or weeks for a right that is not there.
    assert!(!w.contains("De stappen") && !w.contains("weken"), "{w}");

    let o = Answering::new(Role::Official)
        .says("o_who", "takeover")
        .does_not_know("o_init_challenge");
    let n = notes::sheet(&p, &s_assess(&shared(o, "")), Lang::Nl);
    let w: String = n.advice.iter().chain(&n.follow_ups).map(words).collect();
    assert!(w.contains("hoe u hun verzoek beoordeelt"), "{w}");
}

#[test]
fn a_residents_sheet_and_letter_go_to_the_contact() {
    let p = good();
    let r = Answering::new(Role::Resident)
        .says("r_task", "input")
        .does_not_know("r_raad")
        .does_not_know("r_contact");
    let s = shared(r, "");
    let a = s_assess(&s);
    let n = notes::sheet(&p, &a, Lang::Nl);
    assert_eq!(
        words(&n.ask),
        "Stel je vragen aan Team Participatie: participatie@voorbeeld.nl, 14 0123, www.voorbeeld.nl/meedoen."
    );
    let griffie: String = n.advice.iter().chain(&n.follow_ups).map(words).collect();
    assert!(griffie.contains("griffie@voorbeeld.nl"), "{griffie}");
    assert!(
        !griffie.contains("uitdaagrecht"),
        "a resident's sheet has no challenge item"
    );

    let mut doc = letter(&CONTENT, &s, Lang::Nl);
    notes::address_letter(&mut doc, &p, s.role, Lang::Nl);
    let t = as_text(&doc, Lang::Nl);
    assert!(
        t.starts_with("Aan: Team Participatie: participatie@voorbeeld.nl"),
        "{t}"
    );
    assert!(
        t.lines()
            .next()
            .unwrap()
            .ends_with("(de gemeente Voorbeeld)"),
        "{t}"
    );
    let mut en = letter(&CONTENT, &s, Lang::En);
    notes::address_letter(&mut en, &p, s.role, Lang::En);
    assert!(as_text(&en, Lang::En).starts_with("To: Team Participatie"));
}

#[test]
fn an_officials_documents_name_the_municipality_and_its_bylaw() {
    let p = good();
    let o = Answering::new(Role::Official)
        .says("o_who", "takeover")
        .says("o_init_challenge", "known")
        .says("o_ask", "run")
        .does_not_know("o_raad_decides");
    let s = shared(o, "");
    let n = notes::sheet(&p, &s_assess(&s), Lang::Nl);
    assert_eq!(
        n.ask, None,
        "an official is the municipality: no desk to ask"
    );
    let w: String = n.advice.iter().chain(&n.follow_ups).map(words).collect();
    assert!(w.contains("weet de griffie van Voorbeeld"), "{w}");

    let mut para = paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), Lang::Nl);
    frame_paragraph(&mut para, &p, &s, Lang::Nl);
    let t = as_text(&para, Lang::Nl);
    assert!(t.contains("Voor participatie in de gemeente Voorbeeld geldt Participatieverordening Voorbeeld 2025 (https://lokaleregelgeving.example/voorbeeld)."), "{t}");
    assert!(t.contains("regelt het uitdaagrecht"), "{t}");
    // The plan and the report frame themselves when the context carries the profile.
    let cx = Context {
        profile: Some(&p),
        ..Context::new(&CONTENT, &s, Lang::En)
    };
    let t = as_text(&report(&cx), Lang::En);
    assert!(t.contains("When and how\nParticipation in the municipality of Voorbeeld follows Participatieverordening Voorbeeld 2025"), "{t}");
    assert!(!t.contains("right to challenge"), "{t}");
    let t = as_text(&plan(&cx), Lang::En);
    assert!(t.contains("Level of participation per phase\nParticipation in the municipality of Voorbeeld follows Participatieverordening Voorbeeld 2025"), "{t}");
    assert!(t.contains("right to challenge"), "{t}");
    let bare = as_text(&plan(&Context::new(&CONTENT, &s, Lang::En)), Lang::En);
    assert!(!bare.contains("Voorbeeld"), "{bare}");
}

#[test]
fn without_a_profile_nothing_is_added_anywhere() {
    let p = Profile::default();
    for a in [
        takeover_initiative(),
        Answering::new(Role::Resident).does_not_know("r_raad"),
        Answering::new(Role::Official)
            .says("o_who", "takeover")
            .does_not_know("o_init_challenge"),
    ] {
        let s = shared(a, "");
        let n = notes::sheet(&p, &s_assess(&s), Lang::Nl);
        assert_eq!(n.name, None);
        assert_eq!(n.ask, None);
        assert!(n.advice.iter().chain(&n.follow_ups).all(Option::is_none));
        let mut doc = letter(&CONTENT, &s, Lang::Nl);
        let before = doc.clone();
        notes::address_letter(&mut doc, &p, s.role, Lang::Nl);
        notes::frame_document(&mut doc, &p, "", true, Lang::Nl);
        assert_eq!(doc, before);
    }
}

#[test]
fn the_fixture_files_read_as_the_end_to_end_tests_expect() {
    let partial = read(include_str!("fixtures/profiles/partial.json"));
    assert_eq!(partial.profile.name.as_deref(), Some("Voorbeeld"));
    assert_eq!(partial.problems.len(), 7, "{:?}", partial.problems);
    let hostile = read(include_str!("fixtures/profiles/hostile.json"));
    let p = &hostile.profile;
    // Markup is kept as text; no link of any other scheme survives.
    assert_eq!(
        p.name.as_deref(),
        Some("<img src=x onerror=alert(1)>Voorbeeld")
    );
    assert_eq!(p.contact.text.as_deref(), Some("<script>alert(1)</script>"));
    assert_eq!((&p.contact.url, &p.contact.email), (&None, &None));
    assert_eq!((&p.initiatives.url, &p.initiatives.phone), (&None, &None));
    assert_eq!((&p.council.text, &p.council.url), (&None, &None));
    assert_eq!(p.bylaw.url, None);
    assert_eq!(p.challenge.weeks, None);
    assert_eq!(p.challenge.steps_en, None);
    let unknown: Vec<&str> = hostile
        .problems
        .iter()
        .filter(|p| p.reason == Reason::Unknown)
        .map(|p| p.field.as_str())
        .collect();
    assert_eq!(unknown, ["__proto__", "constructor"]);
}

// The profile page's form and preview.

use coproductiecheck::model::profile::form::{self, Form};

#[test]
fn the_form_holds_every_field_and_makes_the_same_file() {
    let p = good();
    let f = Form::from_profile(&p);
    assert_eq!(
        f.check(),
        Checked {
            profile: p.clone(),
            problems: vec![]
        }
    );
    // Every field of the form is a field of the file: a full form leaves nothing out.
    let paths: Vec<&str> = form::fields().map(|f| f.path).collect();
    assert_eq!(paths.len(), 19);
    for (path, _) in &f.values {
        assert!(paths.contains(path), "{path}");
    }
    assert_eq!(Form::default().check(), Checked::default());
}

#[test]
fn the_form_says_per_field_what_the_file_would_ignore() {
    let mut f = Form::from_profile(&good());
    f.set("contact.email", "participatie at voorbeeld".into());
    f.set("challenge.weeks", "acht".into());
    f.set("council.url", "javascript:alert(1)".into());
    f.set("challenge.present", String::new());
    f.set("name", "   ".into());
    let c = f.check();
    assert_eq!(
        problems(&c),
        vec![
            ("contact.email", Reason::Email),
            ("council.url", Reason::Link),
            ("challenge.weeks", Reason::NotNumber),
        ]
    );
    // An empty field is left out, not an error; the rest is kept.
    assert_eq!(c.profile.name, None);
    assert_eq!(c.profile.challenge.present, None);
    assert_eq!(c.profile.contact.text.as_deref(), Some("Team Participatie"));
    let paths: Vec<&str> = form::fields().map(|f| f.path).collect();
    for p in &c.problems {
        assert!(
            paths.contains(&p.field.as_str()),
            "{} has its own control",
            p.field
        );
    }
    f.set("challenge.weeks", "0".into());
    assert!(problems(&f.check()).contains(&("challenge.weeks", Reason::Weeks)));
}

#[test]
fn the_preview_shows_what_the_sheet_and_the_letter_will_say() {
    let pv = form::preview(&CONTENT, &good(), Lang::Nl);
    assert_eq!(pv.name.as_deref(), Some("Voorbeeld"));
    assert!(words(&pv.ask_resident).starts_with("Stel je vragen aan Team Participatie"));
    assert!(words(&pv.ask_initiative).starts_with("Stel jullie vragen aan Loket Initiatieven"));
    assert!(words(&pv.challenge).contains("regelt het uitdaagrecht"));
    assert!(words(&pv.council).contains("griffie@voorbeeld.nl"));
    assert!(pv
        .framework
        .unwrap()
        .contains("Participatieverordening Voorbeeld 2025"));
    assert!(as_text(&pv.letter, Lang::Nl).starts_with("Aan: Team Participatie"));
    let empty = form::preview(&CONTENT, &Profile::default(), Lang::En);
    assert_eq!(
        (empty.name, empty.ask_resident, empty.council),
        (None, None, None)
    );
    assert!(as_text(&empty.letter, Lang::En).starts_with("Dear"));
}

#[test]
fn the_form_reads_weeks_as_a_whole_number() {
    for (typed, reason) in [
        ("6,5", Some(Reason::Weeks)),
        ("-3", Some(Reason::Weeks)),
        ("acht", Some(Reason::NotNumber)),
        (" 12 ", None),
    ] {
        let mut f = Form::default();
        f.set("challenge.weeks", typed.into());
        let c = f.check();
        assert_eq!(c.problems.first().map(|p| p.reason), reason, "{typed}");
    }
}

// The profile page: what a file read does to the form, and what the page says about it.

use coproductiecheck::i18n;
use coproductiecheck::model::profile::page::{
    self, field_error, field_id, said, Action, Page, Read, Said,
};

#[test]
fn a_file_read_fills_the_form_and_a_file_that_fails_leaves_it_as_typed() {
    let mut pg = Page::default();
    pg.apply(Action::Input("name", "Getypt".into()));
    pg.apply(Action::Read(Box::new(Read::Here(None))));
    assert_eq!(
        pg.form.get("name"),
        "Getypt",
        "no file beside the page: the form stays"
    );
    pg.apply(Action::Read(Box::new(Read::Chosen(Some(read(GOOD))))));
    assert_eq!(pg.form, Form::from_profile(&good()));
    pg.apply(Action::Input("contact.email", "nee".into()));
    pg.apply(Action::Read(Box::new(Read::Chosen(None))));
    assert_eq!(
        pg.form.get("contact.email"),
        "nee",
        "an unreadable file: the form stays"
    );
    assert_eq!(pg.read, Some(Read::Chosen(None)));
}

#[test]
fn the_page_says_which_file_was_read_and_each_field_it_ignored() {
    assert_eq!(said(None, Lang::Nl), Said::Nothing);
    assert_eq!(said(Some(&Read::Here(None)), Lang::Nl), Said::Empty);
    assert_eq!(said(Some(&Read::Chosen(None)), Lang::Nl), Said::Failed);
    // The file as shipped says nothing: that is not a problem, only empty.
    let shipped = read(r#"{"version": 1}"#);
    assert_eq!(
        said(Some(&Read::Here(Some(shipped))), Lang::Nl),
        Said::Empty
    );
    assert!(matches!(
        said(Some(&Read::Chosen(Some(read(GOOD)))), Lang::Nl),
        Said::Fine { heading, .. } if heading == i18n::GP_LOAD
    ));
    let broken = read(r#"{"version": 1, "name": "Voorbeeld", "contact": {"email": "x"}}"#);
    let Said::Problems { heading, items, .. } = said(Some(&Read::Here(Some(broken))), Lang::En)
    else {
        panic!("the problem is not named")
    };
    assert_eq!(heading, i18n::GP_HERE);
    assert_eq!(
        items,
        vec![("contact.email".to_string(), Reason::Email.message(Lang::En))]
    );
    // A file that is no JSON at all is named as the whole file.
    let Said::Problems { items, .. } = said(Some(&Read::Chosen(Some(read("{")))), Lang::Nl) else {
        panic!("not JSON is not named")
    };
    assert_eq!(items[0].0, i18n::GP_WHOLE_FILE.get(Lang::Nl));
}

#[test]
fn each_field_has_its_own_id_and_its_own_error() {
    assert_eq!(field_id("challenge.steps.nl"), "gp-challenge-steps-nl");
    let c = read(r#"{"version": 1, "contact": {"email": "x"}, "bylaw": {"url": "javascript:x"}}"#);
    assert_eq!(
        field_error(&c.problems, "bylaw.url", Lang::Nl),
        Some(Reason::Link.message(Lang::Nl))
    );
    assert_eq!(field_error(&c.problems, "contact.phone", Lang::Nl), None);
    assert_eq!(page::input_of(form::Kind::Email).0, "email");
    assert_eq!(page::input_of(form::Kind::Number).1, Some("numeric"));
}
