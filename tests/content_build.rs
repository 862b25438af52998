//! The content build (build/, run by build.rs) on small content in memory: broken content is
//! rejected with every problem named in one run, each with its file and item, and good content
//! builds into the Rust and text files the app includes.

#[path = "../build/mod.rs"]
mod content_build;

use std::path::Path;

use content_build::{build, report, write, Input};

const SETTINGS: &str = r#"
good_from = 65
risk_below = 40

[[dimension]]
id = "support"
name = { nl = "Ondersteuning", en = "Support" }
about = { nl = "Wat inwoners krijgen.", en = "What residents get." }

[[dimension]]
id = "raad"
name = { nl = "Raad", en = "Council" }
about = { nl = "Wat de raad besluit.", en = "What the council decides." }
raised_by_intensity = true

[[intensity]]
label = { nl = "Licht", en = "Light" }
about = { nl = "Iets melden.", en = "Reporting something." }
about_initiative = { nl = "Iets organiseren.", en = "Organising something." }
bar = 0

[[intensity]]
label = { nl = "Zwaar", en = "Heavy" }
about = { nl = "Iets draaien.", en = "Running something." }
about_initiative = { nl = "Zelf iets draaien.", en = "Running something yourselves." }
bar = 15

[[ladder]]
id = "adviseren"
name = { nl = "Adviseren", en = "Advising" }
about = { nl = "Inwoners geven advies.", en = "Residents give advice." }

[verdict.official.not_yet]
title = { nl = "Nog niet", en = "Not yet" }
summary = { nl = "Regel eerst meer.", en = "Arrange more first." }
[verdict.official.first_arrange]
title = { nl = "Eerst regelen", en = "Arrange first" }
summary = { nl = "Bijna.", en = "Almost." }
[verdict.official.ready]
title = { nl = "Klaar", en = "Ready" }
summary = { nl = "Begin.", en = "Start." }
[verdict.resident.not_yet]
title = { nl = "Nog niet", en = "Not yet" }
summary = { nl = "Vraag eerst meer.", en = "Ask more first." }
[verdict.resident.first_arrange]
title = { nl = "Vraag eerst", en = "Ask first" }
summary = { nl = "Bijna.", en = "Almost." }
[verdict.resident.ready]
title = { nl = "Een eerlijk voorstel", en = "A fair proposal" }
summary = { nl = "Doe mee.", en = "Join." }
[verdict.initiative.not_yet]
title = { nl = "Nog niet beginnen", en = "Do not start yet" }
summary = { nl = "Regel eerst de basis.", en = "Settle the basics first." }
[verdict.initiative.first_arrange]
title = { nl = "Regel eerst", en = "Settle first" }
summary = { nl = "Bijna.", en = "Almost." }
[verdict.initiative.ready]
title = { nl = "Klaar voor de start", en = "Ready to go" }
summary = { nl = "Begin samen.", en = "Start together." }
"#;

const SOURCES: &str = r#"
[[source]]
id = "000"
authors = "A. Auteur"
title = "Een titel"
publisher = "Een uitgever"
year = 2020
about = { nl = "Over de bron.", en = "About the source." }

[[point]]
id = "000-1"
summary = { nl = "Punt een.", en = "Point one." }

[[point]]
id = "000-2"
summary = { nl = "Punt twee.", en = "Point two." }
"#;

const METHOD: &str = r#"
[[paragraph]]
nl = "Zo werkt de check."
en = "How the check works."
"#;

const OFFICIAL: &str = r#"
[[question]]
id = "o_ask"
key = 1
kind = "single"
dimensions = ["support"]
sources = ["000-1"]
dont_know = true
text = { nl = "Wat vraagt u?", en = "What do you ask?" }
short = { nl = "De vraag", en = "The ask" }
help = { nl = "Dit bepaalt de lat.", en = "This sets the bar." }
follow_up = { nl = "Zoek uit wat u vraagt.", en = "Find out what you ask." }
open = { nl = "wat de gemeente vraagt", en = "what the municipality asks" }

  [[question.option]]
  code = "report"
  label = { nl = "Iets melden", en = "Report something" }
  scores = { support = 100 }
  intensity = 0

  [[question.option]]
  code = "run"
  label = { nl = "Iets draaien", en = "Run something" }
  scores = { support = 20 }
  intensity = 1
  ladder = "adviseren"
  plan = { nl = "Inwoners draaien iets.", en = "Residents run something." }
  delivers = true

[[question]]
id = "o_support"
key = 2
kind = "multi"
dimensions = ["support", "raad"]
condition = { question = "o_ask", any_of = ["run"] }
text = { nl = "Welke steun?", en = "What support?" }
short = { nl = "Steun", en = "Support" }
help = { nl = "Wie zijn taak niet kan doen, haakt af.", en = "Who cannot do the task drops out." }
follow_up = { nl = "Vraag naar steun.", en = "Ask about support." }
open = { nl = "welke steun er is", en = "what support there is" }
settle = { nl = "steun regelen", en = "arrange support" }
weak = ["nothing"]
priority = 10

  [[question.option]]
  code = "materials"
  label = { nl = "Materiaal", en = "Materials" }
  scores = { support = 50, raad = 10 }

  [[question.option]]
  code = "nothing"
  label = { nl = "Nog niets", en = "Nothing yet" }
  exclusive = true

[[rule]]
id = "o_materials"
priority = 10
sources = ["000-2"]
when = [
  { q = "o_ask", has = ["run"] },
  { q = "o_support", lacks = ["materials"] },
]
title = { nl = "Regel het materiaal.", en = "Arrange the materials." }
text = { nl = "Er is geen materiaal.", en = "There are no materials." }
change = { nl = "Spreek af wie het levert.", en = "Agree who supplies it." }

[[rule]]
id = "o_unknown_ask"
priority = 5
knockout = true
sources = ["000-1"]
when = [{ q = "o_ask", dont_know = true }]
replaces = ["o_materials"]
first = { nl = "uitzoeken wat zij vraagt", en = "find out what it asks" }
title = { nl = "Zoek uit wat u vraagt.", en = "Find out what you ask." }
text = { nl = "U weet het niet.", en = "You do not know." }
change = { nl = "Beslis het.", en = "Decide it." }
"#;

const RESIDENT: &str = r#"
[[question]]
id = "r_ask"
key = 64
kind = "single"
dimensions = ["support"]
text = { nl = "Wat wordt je gevraagd?", en = "What are you asked?" }
short = { nl = "De vraag", en = "The ask" }
help = { nl = "Dit bepaalt de lat.", en = "This sets the bar." }
follow_up = { nl = "Vraag wat er van je verwacht wordt.", en = "Ask what is expected of you." }
letter = { nl = "Wat verwacht u van mij?", en = "What do you expect from me?" }

  [[question.option]]
  code = "report"
  label = { nl = "Iets melden", en = "Report something" }
  scores = { support = 100 }
  intensity = 0

  [[question.option]]
  code = "run"
  label = { nl = "Iets draaien", en = "Run something" }
  scores = { support = 20 }
  intensity = 1

[[rule]]
id = "heavy_and_weak"
role = "both"
priority = 30
sources = ["000-1", "000-2"]
when = [
  { intensity_at_least = 1 },
  { any = [{ dimension = "support", below = 50 }, { q = "r_ask", not = ["report"] }] },
]
title = { nl = "Zwaar en weinig steun.", en = "Heavy and little support." }
text = { nl = "Dat houdt niemand vol.", en = "Nobody keeps that up." }
change = { nl = "Meer steun.", en = "More support." }
"#;

const INTERFACE: &str = r#"
[wasm]
START_TITLE = { nl = "Is uw plan klaar?", en = "Is your plan ready?" }
LINK_EMPTY = { nl = "Deze link is leeg.", en = "This link is empty." }

[text]
BACK = { nl = "Terug", en = "Back" }
STEP_OF = { nl = "Stap {} van {}", en = "Step {} of {}" }
ABOUT_TITLE = { nl = "Over de check", en = "About the check" }

[embed]
EMBED_TITLE = { nl = "Zet de check op uw site", en = "Put the check on your site" }
EMBED_LOW = { nl = "Te weinig contrast: {} : 1", en = "Too little contrast: {} : 1" }

[later]
LATER_RELOAD = { nl = "Laad de \"nieuwe\" versie", en = "Load the new version" }

[about]
ABOUT_HOW = { nl = "Hoe <het> werkt", en = "How it works" }
ABOUT_POINTS = { nl = "De punten", en = "The points" }
"#;

/// The embed page's templates: a page that names a `[wasm]` string and an `[embed]` one, and a
/// script that names another.
const EMBED_HTML: &str = r#"<!doctype html>
<!-- How this template is used. -->
<title>{{START_TITLE}} & meer</title>
<h1 data-t="EMBED_TITLE">{{EMBED_TITLE}}</h1>
<p>{{EMBED_TITLE:en}}</p>
"#;

const EMBED_JS: &str = r#"(function () {
  var TEXTS = /*TEXTS*/{};
  var T = TEXTS.nl;
  alert(T.EMBED_LOW);
})();
"#;

/// The about page's template: it names `[about]` strings and a `[text]` one, and what the build
/// writes from the content.
const ABOUT_HTML: &str = r#"<!-- How this template is used: {{NOT_A_NAME}}. -->
<h2 class="heading-l">{{ABOUT_HOW}}</h2>
  {{method}}
<ul>{{knockouts:official}}</ul><ul>{{knockouts:resident}}</ul>
<p>{{STEP_OF}} <a href="{{paper}}">Papier</a></p>
<ol class="sources">{{sources}}</ol>
"#;

/// later.js's template: it names a `[later]` string and a `[wasm]` one.
const LATER_JS: &str = r#"// How this template is used.
const TEXTS = /*TEXTS*/{};
const T = TEXTS[document.documentElement.lang === 'en' ? 'en' : 'nl'];
show(T.LATER_RELOAD, T.START_TITLE);
"#;

/// Content that builds.
fn good() -> Input {
    let mut input = Input::default();
    input
        .set("settings.toml", SETTINGS)
        .set("sources.toml", SOURCES)
        .set("method.toml", METHOD)
        .set("official.toml", OFFICIAL)
        .set("resident.toml", RESIDENT)
        .set("interface.toml", INTERFACE)
        .set("static/insluiten.html", EMBED_HTML)
        .set("static/insluiten.js", EMBED_JS)
        .set("static/later.js", LATER_JS)
        .set("shell/about.html", ABOUT_HTML);
    input
}

/// `good()` with `old` replaced by `new` in `file`; `old` must be there once.
fn edit(mut input: Input, file: &str, old: &str, new: &str) -> Input {
    let text = input.get(file).unwrap().to_string();
    assert_eq!(text.matches(old).count(), 1, "{file} holds {old:?} once");
    input.set(file, text.replacen(old, new, 1));
    input
}

/// Every problem the build names, as printed.
fn problems(input: &Input) -> Vec<String> {
    match build(input) {
        Ok(_) => panic!("the build accepted broken content"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn good_content_builds() {
    let out = build(&good()).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(out.content.starts_with("// Generated by build.rs"));
    for expected in [
        r#"id: "o_ask","#,
        "role: Role::Resident,",
        "kind: Kind::Multi,",
        "scores: sheet!(&[(1, 10), (0, 50)], &[]),",
        "ladder: Some(0),",
        r#"condition: Some(Condition { question: "o_ask", any_of: &["run"], none_of: &[] }),"#,
        r#"Clause::Lacks("o_support", &["materials"])"#,
        r#"Clause::DontKnow("o_ask")"#,
        "Clause::IntensityAtLeast(1)",
        r#"Clause::Any(&[Clause::ScoreBelow(0, 50), Clause::Not("r_ask", &["report"])])"#,
        r#"replaces: &["o_materials"],"#,
        r#"year: "2020","#,
        "good_from: 65,",
        &format!("pub const TEXTS_HASH: &str = \"{}\";", out.hash),
    ] {
        assert!(
            out.content.contains(expected),
            "content.rs lacks {expected}"
        );
    }
    assert!(out.interface.contains("pub const BACK: CText = CText("));
    assert!(out.interface.contains(
        "pub const LATER: &[(&str, CText)] = &[
    (\"ABOUT_TITLE\", ABOUT_TITLE),
    (\"BACK\", BACK),
    (\"STEP_OF\", STEP_OF),
];"
    ));
    let [(nl_code, nl), (en_code, en)] = &out.texts;
    assert_eq!((*nl_code, *en_code), ("nl", "en"));
    assert_eq!(nl.lines().next(), Some(out.hash.as_str()));
    assert_eq!(en.lines().next(), Some(out.hash.as_str()));
    assert_eq!(nl.lines().count(), en.lines().count());
    // Texts come in the order met: the first dimension's name, then its about.
    assert_eq!(nl.lines().nth(1), Some("Ondersteuning"));
    assert_eq!(en.lines().nth(2), Some("What residents get."));
    // A (nl, en) pair used twice is stored once.
    assert_eq!(en.lines().filter(|l| *l == "Almost.").count(), 1);
    let len = format!("pub const TEXTS_LEN: usize = {};", nl.lines().count() - 1);
    assert!(out.content.contains(&len));
}

/// An option's `plan` is what the official's documents say when it is chosen: a table of its own
/// (only the documents link it), its sentences in the "tools" texts beside the documents' other
/// strings, not in the official's questions that the first question waits for, nor in the
/// sheet's part.
#[test]
fn an_options_plan_sentence_becomes_the_documents_table() {
    let out = build(&good()).unwrap_or_else(|e| panic!("{}", report(&e)));
    let nl = &out.texts[0].1;
    let n = nl
        .lines()
        .position(|l| l == "Inwoners draaien iets.")
        .expect("the plan sentence is a text")
        - 1;
    // Every question's id and codes as constants, for the documents' code.
    for expected in [
        "pub mod q {",
        "    pub mod o_ask {",
        r#"        pub const ID: &str = "o_ask";"#,
        r#"        pub const RUN: &str = "run";"#,
    ] {
        assert!(
            out.content.contains(expected),
            "content.rs lacks {expected}"
        );
    }
    let table =
        format!(r#"pub static SAYS: &[(&str, &str, CText)] = &[("o_ask", "run", CText({n}))];"#);
    assert!(out.content.contains(&table), "content.rs lacks {table}");
    let part = |code: &str| {
        let name = format!("texts.{}.{code}.en.txt", out.hash);
        let (_, text) = out.parts.iter().find(|(f, _)| *f == name).unwrap();
        text.clone()
    };
    assert!(part("tools").contains("\nResidents run something.\n"));
    assert!(!part("official").contains("Residents run something."));
    assert!(!part("sheet").contains("Residents run something."));
}

/// Only the official's options may have a `plan` (no document prints another role's), and its
/// text is checked like every other: both languages, one line.
#[test]
fn the_plan_field_is_checked_per_role_and_as_a_text() {
    let input = edit(
        good(),
        "official.toml",
        r#"en = "Residents run something." }"#,
        r#"en = "" }"#,
    );
    let input = edit(
        input,
        "resident.toml",
        r#"code = "report""#,
        r#"code = "report"
  plan = { nl = "Inwoners melden iets.", en = "Residents report something." }"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask", option "run", plan: the English text (en) is missing or empty"#,
            r#"content/resident.toml, question "r_ask", option "report": has a plan sentence, but only the official's options go into the participation plan; leave `plan` out"#,
        ]
    );
}

#[test]
fn the_catalogue_builds_into_constants_and_the_embed_page() {
    let out = build(&good()).unwrap_or_else(|e| panic!("{}", report(&e)));
    // [wasm] is compiled in, [text] is an index into the text files, [embed] is not Rust.
    assert!(out.interface.contains(
        r#"pub const START_TITLE: Text = Text::new("Is uw plan klaar?", "Is your plan ready?");"#
    ));
    assert!(out.interface.contains(
        r#"pub const IN_WASM: &[(&str, Text)] = &[("LINK_EMPTY", LINK_EMPTY), ("START_TITLE", START_TITLE)];"#
    ));
    assert!(!out.texts[0].1.contains("Is uw plan klaar?"));
    assert!(!out.interface.contains("EMBED"));
    let [(html_name, html), (js_name, js)] = out.embed.expect("the templates are there");
    assert_eq!((html_name, js_name), ("insluiten.html", "insluiten.js"));
    assert_eq!(
        html,
        r#"<!doctype html>
<!-- Written by build.rs from static/insluiten.html and content/interface.toml. Do not edit. -->
<title>Is uw plan klaar? & meer</title>
<h1 data-t="EMBED_TITLE">Zet de check op uw site</h1>
<p>Put the check on your site</p>
"#
    );
    // The strings the page and the script name, in both languages, where the marker was.
    assert!(js.starts_with("// Written by build.rs"));
    assert!(js.contains(
        r#"  var TEXTS = {
    nl: {
      EMBED_LOW: "Te weinig contrast: {} : 1",
      EMBED_TITLE: "Zet de check op uw site",
      START_TITLE: "Is uw plan klaar?"
    },
    en: {
      EMBED_LOW: "Too little contrast: {} : 1","#
    ));
    assert!(!js.contains("LINK_EMPTY"));
}

#[test]
fn the_catalogue_names_a_missing_english_a_name_used_twice_and_unequal_placeholders() {
    let input = edit(
        good(),
        "interface.toml",
        r#"en = "Is your plan ready?""#,
        r#"en = """#,
    );
    let input = edit(
        input,
        "interface.toml",
        r#"BACK = { nl = "Terug", en = "Back" }"#,
        r#"BACK = { nl = "Terug", en = "Back" }
LINK_EMPTY = { nl = "Leeg", en = "Empty" }"#,
    );
    let input = edit(
        input,
        "interface.toml",
        r#"en = "Step {} of {}""#,
        r#"en = "Step {}""#,
    );
    let input = edit(input, "interface.toml", "EMBED_LOW =", "embed_low =");
    assert_eq!(
        problems(&input),
        [
            "content/interface.toml, [wasm] START_TITLE: the English text (en) is missing or empty",
            "content/interface.toml, [text] LINK_EMPTY: the name is already used in [wasm]",
            "content/interface.toml, [text] STEP_OF: the Dutch text has 2 {} placeholders, the English 1; each needs the same number",
            "content/interface.toml, [embed] embed_low: the name is not a NAME_IN_CAPITALS",
            "content/interface.toml, [embed] embed_low: no part of the embed page uses it (static/insluiten.html, static/insluiten.js)",
            "static/insluiten.js: T.EMBED_LOW names no string of content/interface.toml",
        ]
    );
}

#[test]
fn the_embed_templates_may_name_only_strings_of_the_catalogue() {
    let input = edit(
        good(),
        "static/insluiten.html",
        "{{EMBED_TITLE:en}}",
        "{{EMBED_TITEL}}",
    );
    let input = edit(
        input,
        "static/insluiten.html",
        r#"data-t="EMBED_TITLE""#,
        r#"data-t-title="STEP""#,
    );
    let input = edit(input, "static/insluiten.js", "/*TEXTS*/{}", "{}");
    assert_eq!(
        problems(&input),
        [
            "static/insluiten.html: {{EMBED_TITEL}} or data-t names no string of content/interface.toml",
            "static/insluiten.html: {{STEP}} or data-t names no string of content/interface.toml",
            "static/insluiten.js: holds the marker /*TEXTS*/{} 0 times; it must be there once",
        ]
    );
}

#[test]
fn later_js_gets_the_strings_it_names_in_both_languages() {
    let out = build(&good()).unwrap_or_else(|e| panic!("{}", report(&e)));
    let (name, js) = out.later.expect("the template is there");
    assert_eq!(name, "later.js");
    assert_eq!(
        js,
        r#"// Written by build.rs from static/later.js and content/interface.toml. Do not edit.
// How this template is used.
const TEXTS = {
    nl: {
      LATER_RELOAD: "Laad de \"nieuwe\" versie",
      START_TITLE: "Is uw plan klaar?"
    },
    en: {
      LATER_RELOAD: "Load the new version",
      START_TITLE: "Is your plan ready?"
    }
  };
const T = TEXTS[document.documentElement.lang === 'en' ? 'en' : 'nl'];
show(T.LATER_RELOAD, T.START_TITLE);
"#
    );
}

#[test]
fn later_js_may_name_only_strings_of_the_catalogue_and_uses_every_later_string() {
    let input = edit(
        good(),
        "static/later.js",
        "T.LATER_RELOAD",
        "T.LATER_RELAOD",
    );
    let input = edit(input, "static/later.js", "/*TEXTS*/{}", "{}");
    assert_eq!(
        problems(&input),
        [
            "content/interface.toml, [later] LATER_RELOAD: static/later.js does not use it",
            "static/later.js: T.LATER_RELAOD names no string of content/interface.toml",
            "static/later.js: holds the marker /*TEXTS*/{} 0 times; it must be there once",
        ]
    );
}

/// The about page: its template filled in per language, on one line, every text escaped, in a
/// part of its own after the others, with its title.
#[test]
fn the_about_page_is_written_from_its_template_into_a_part_of_its_own() {
    let out = build(&good()).unwrap_or_else(|e| panic!("{}", report(&e)));
    let about = |lang: &str| {
        let (_, data) = out
            .parts
            .iter()
            .find(|(name, _)| name.ends_with(&format!(".about.{lang}.txt")))
            .expect("an about part");
        data.lines().skip(1).map(str::to_string).collect::<Vec<_>>()
    };
    assert_eq!(
        about("nl"),
        [
            concat!(
                r#"<h2 class="heading-l">Hoe &lt;het&gt; werkt</h2> <p>Zo werkt de check.</p> "#,
                r#"<ul><li>Zoek uit wat u vraagt.</li></ul><ul></ul> "#,
                r#"<p>Stap {} van {} <a href="papier.html">Papier</a></p> "#,
                r#"<ol class="sources"><li class="sources__item" id="bron-000"><p class="sources__cite">"#,
                r#"A. Auteur (2020). <cite>Een titel</cite>. Een uitgever.</p>"#,
                r#"<p class="sources__about">Over de bron.</p><details class="details">"#,
                r#"<summary class="details__summary">De punten</summary><dl class="points">"#,
                r#"<dt>000-1</dt><dd>Punt een.</dd><dt>000-2</dt><dd>Punt twee.</dd></dl></details></li></ol>"#,
            ),
            "Over de check",
        ]
    );
    let en = about("en");
    assert!(
        en[0].starts_with(r#"<h2 class="heading-l">How it works</h2> <p>How the check works.</p>"#)
    );
    assert!(en[0].contains(r#"<a href="papier.html?lang=en">"#));
    assert!(en[0].contains("<summary class=\"details__summary\">The points</summary>"));
    assert_eq!(en[1], "About the check");
    // The text files hold no string only the about page shows; the code names no [about] one.
    assert!(!out.texts[0].1.lines().any(|l| l == "De punten"));
    assert!(!out.interface.contains("ABOUT_HOW"));
    assert!(out.content.contains("about: CText("));
}

#[test]
fn the_about_template_may_name_only_strings_of_the_catalogue_and_uses_every_about_string() {
    let input = edit(good(), "shell/about.html", "{{ABOUT_HOW}}", "{{ABOUT_WHO}}");
    let input = edit(
        input,
        "shell/about.html",
        "{{knockouts:official}}",
        "{{knockouts:raad}}",
    );
    assert_eq!(
        problems(&input),
        [
            "content/interface.toml, [about] ABOUT_HOW: shell/about.html does not use it",
            "shell/about.html: {{ABOUT_WHO}} names no string of content/interface.toml",
            "shell/about.html: {{knockouts:raad}} names no string of content/interface.toml",
        ]
    );
}

#[test]
fn the_real_content_builds_into_what_the_app_includes() {
    // The module these tests feed is the one build.rs runs.
    let input = Input::read(Path::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{}", report(&e)));
    let out = build(&input).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert_eq!(
        out.content,
        include_str!(concat!(env!("OUT_DIR"), "/content.rs"))
    );
    assert_eq!(
        out.interface,
        include_str!(concat!(env!("OUT_DIR"), "/interface.rs"))
    );
    assert_eq!(
        out.texts[0].1,
        include_str!(concat!(env!("OUT_DIR"), "/texts.nl.txt"))
    );
    assert_eq!(
        out.texts[1].1,
        include_str!(concat!(env!("OUT_DIR"), "/texts.en.txt"))
    );
}

#[test]
fn a_duplicate_id_is_named() {
    let input = edit(
        good(),
        "official.toml",
        r#"id = "o_support""#,
        r#"id = "o_ask""#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask": the id is used twice"#,
            // The rule that named the second question now names an unknown one.
            r#"content/official.toml, rule "o_materials", clause 2: unknown question "o_support""#,
        ]
    );
    let input = edit(
        good(),
        "official.toml",
        r#"id = "o_unknown_ask""#,
        r#"id = "o_materials""#,
    );
    assert_eq!(
        problems(&input),
        [r#"content/official.toml, rule "o_materials": the id is used twice"#]
    );
}

#[test]
fn a_missing_english_text_is_named() {
    let input = edit(
        good(),
        "official.toml",
        r#"label = { nl = "Materiaal", en = "Materials" }"#,
        r#"label = { nl = "Materiaal" }"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_support", option "materials", label: the English text (en) is missing or empty"#
        ]
    );
    // Also a whole text left out, a blank one, and one in settings.toml.
    let input = edit(
        good(),
        "resident.toml",
        r#"short = { nl = "De vraag", en = "The ask" }"#,
        "",
    );
    let input = edit(input, "settings.toml", r#"en = "Council""#, r#"en = " ""#);
    assert_eq!(
        problems(&input),
        [
            r#"content/settings.toml, dimension "raad", name: the English text (en) is missing or empty"#,
            r#"content/resident.toml, question "r_ask", short: the Dutch text (nl) is missing or empty"#,
            r#"content/resident.toml, question "r_ask", short: the English text (en) is missing or empty"#,
        ]
    );
}

#[test]
fn a_reference_to_an_unknown_question_is_named() {
    let input = edit(
        good(),
        "official.toml",
        r#"{ q = "o_ask", has = ["run"] }"#,
        r#"{ q = "o_asks", has = ["run"] }"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"condition = { question = "o_ask","#,
        r#"condition = { question = "o_nope","#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_support": condition refers to question "o_nope", which is unknown or comes later; a condition must refer to an earlier question"#,
            r#"content/official.toml, rule "o_materials", clause 1: unknown question "o_asks""#,
        ]
    );
}

#[test]
fn an_unknown_source_point_is_named() {
    let input = edit(
        good(),
        "official.toml",
        r#"sources = ["000-1"]
dont_know"#,
        r#"sources = ["000-1", "000-9", "000-1"]
dont_know"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"sources = ["000-2"]"#,
        r#"sources = ["001-2"]"#,
    );
    let input = edit(input, "sources.toml", r#"id = "000-2""#, r#"id = "003-2""#);
    assert_eq!(
        problems(&input),
        [
            r#"content/sources.toml, point "003-2": no source with id "003""#,
            r#"content/official.toml, question "o_ask": unknown source point "000-9" (see content/sources.toml)"#,
            r#"content/official.toml, question "o_ask": source point "000-1" is listed twice"#,
            r#"content/official.toml, rule "o_materials": unknown source point "001-2" (see content/sources.toml)"#,
            r#"content/resident.toml, rule "heavy_and_weak": unknown source point "000-2" (see content/sources.toml)"#,
        ]
    );
}

#[test]
fn two_errors_in_one_file_are_both_named() {
    let input = edit(good(), "official.toml", "key = 2", "key = 1");
    let input = edit(
        input,
        "official.toml",
        r#"text = { nl = "Er is geen materiaal.", en = "There are no materials." }"#,
        r#"text = { nl = "Er is geen materiaal." }"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_support": key 1 is already used by question "o_ask""#,
            r#"content/official.toml, rule "o_materials", text: the English text (en) is missing or empty"#,
        ]
    );
}

#[test]
fn problems_in_several_files_are_listed_file_by_file() {
    let input = edit(good(), "resident.toml", "key = 64", "key = 2");
    let input = edit(input, "settings.toml", "bar = 15", "bar = 40");
    let input = edit(input, "interface.toml", "BACK =", "back =");
    let input = edit(
        input,
        "official.toml",
        r#"kind = "multi""#,
        r#"kind = "many""#,
    );
    let input = edit(input, "method.toml", r#"en = "How the check works.""#, "");
    assert_eq!(
        problems(&input),
        [
            "content/settings.toml, intensity level 1: good_from + bar is above 100, so no score could ever be good",
            r#"content/official.toml, question "o_support": kind must be "single" or "multi", not "many""#,
            r#"content/resident.toml, question "r_ask": key 2 is already used by question "o_support""#,
            "content/method.toml, paragraph 1: the English text (en) is missing or empty",
            "content/interface.toml, [text] back: the name is not a NAME_IN_CAPITALS",
        ]
    );
}

/// How many weak topics make "not yet" follows the ask's weight: a heavier level is never more
/// lenient than a lighter one, and the count is one of the topics.
#[test]
fn the_risks_that_make_not_yet_grow_stricter_with_the_ask() {
    let input = edit(
        good(),
        "settings.toml",
        "bar = 0\n",
        "bar = 0\nnot_yet_risks = 2\n",
    );
    assert_eq!(
        problems(&input),
        ["content/settings.toml, intensity level 1: not_yet_risks is more lenient than on a lighter level; a heavier ask needs as few or fewer risks"]
    );
    let input = edit(
        good(),
        "settings.toml",
        "bar = 15\n",
        "bar = 15\nnot_yet_risks = 9\n",
    );
    assert_eq!(
        problems(&input),
        ["content/settings.toml, intensity level 1: not_yet_risks = 9 is out of range: 1 to the number of dimensions (2)"]
    );
}

/// `weak_when` is read like a condition: it names an earlier question and its codes.
#[test]
fn weak_when_names_an_earlier_question_and_its_codes() {
    let input = edit(
        good(),
        "official.toml",
        "key = 1\n",
        "key = 1\nweak_when = { question = \"o_ask\", none_of = [\"fly\"] }\n",
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask": weak_when refers to question "o_ask", which is unknown or comes later; a weak_when must refer to an earlier question"#,
            r#"content/official.toml, question "o_ask": weak_when without weak answers: it would change nothing"#,
        ]
    );
}

/// Every official question says how the participation paragraph names it when it is still
/// open (`open`); another role's question has no paragraph to be named in.
#[test]
fn the_open_field_is_checked_per_role() {
    let input = edit(
        good(),
        "official.toml",
        "open = { nl = \"welke steun er is\", en = \"what support there is\" }\n",
        "",
    );
    let input = edit(
        input,
        "resident.toml",
        "key = 64\n",
        "key = 64\nopen = { nl = \"wat?\", en = \"what?\" }\n",
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_support": has no `open`: the participation paragraph needs it for when this question is still open"#,
            r#"content/resident.toml, question "r_ask": has `open`, but only the official's questions go into the participation paragraph; leave it out"#,
        ]
    );
}

/// An official's question with weak answers says what the paragraph lists after one (`settle`),
/// and an official's knock-out what the paragraph lists first (`first`); nothing else has them,
/// as nothing would print them.
#[test]
fn settle_and_first_are_checked_per_role_and_kind() {
    let input = edit(
        good(),
        "official.toml",
        "settle = { nl = \"steun regelen\", en = \"arrange support\" }\n",
        "",
    );
    let input = edit(
        input,
        "official.toml",
        "first = { nl = \"uitzoeken wat zij vraagt\", en = \"find out what it asks\" }\n",
        "",
    );
    let input = edit(
        input,
        "official.toml",
        "open = { nl = \"wat de gemeente vraagt\", en = \"what the municipality asks\" }\n",
        "open = { nl = \"wat de gemeente vraagt\", en = \"what the municipality asks\" }\nsettle = { nl = \"iets\", en = \"something\" }\n",
    );
    let input = edit(
        input,
        "official.toml",
        "title = { nl = \"Regel het materiaal.\"",
        "first = { nl = \"iets\", en = \"something\" }\ntitle = { nl = \"Regel het materiaal.\"",
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask": has `settle`, but only an official's question with weak answers is printed with it; leave it out"#,
            r#"content/official.toml, question "o_support": has weak answers but no `settle`: the participation paragraph needs it for them"#,
            r#"content/official.toml, rule "o_materials": has `first`, but only an official's knock-out is printed with it; leave it out"#,
            r#"content/official.toml, rule "o_unknown_ask": is an official's knock-out without `first`: the participation paragraph needs it"#,
        ]
    );
}

/// An option's own `letter` replaces its question's in the letter when that weak answer was
/// given: only a resident's or initiators' weak option of a question with a letter can have one.
#[test]
fn an_options_letter_is_checked_per_role_and_weak_answer() {
    let with_letter = "  scores = { support = 20 }\n  intensity = 1\n  letter = { nl = \"Wat?\", en = \"What?\" }\n";
    let input = edit(
        good(),
        "resident.toml",
        "  scores = { support = 20 }\n  intensity = 1\n",
        with_letter,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/resident.toml, question "r_ask", option "run": has a letter, but it is only used on a weak option of a question with a letter"#
        ]
    );
    // Weak, then fine.
    let input = edit(
        input,
        "resident.toml",
        "letter = { nl = \"Wat verwacht",
        "weak = [\"run\"]\nletter = { nl = \"Wat verwacht",
    );
    assert!(build(&input).is_ok());
}

/// A `variant` words a follow-up and its letter for another answer (the resident's task): it
/// names an earlier question of the role and its codes, has a letter exactly when its question
/// has one (officials, who write no letter, never), and may count fewer weak answers than its
/// question, never another.
#[test]
fn a_variant_names_an_earlier_answer_and_keeps_to_the_letter_of_its_question() {
    let second = r#"
[[question]]
id = "r_more"
key = 65
kind = "single"
dimensions = ["support"]
text = { nl = "Meer?", en = "More?" }
short = { nl = "Meer", en = "More" }
help = { nl = "Hulp.", en = "Help." }
follow_up = { nl = "Vraag meer.", en = "Ask more." }
letter = { nl = "Wat nog meer?", en = "What else?" }

  [[question.option]]
  code = "yes"
  label = { nl = "Ja", en = "Yes" }
  scores = { support = 100 }

  [[question.variant]]
  when = { question = "r_ask", any_of = ["report"] }
  follow_up = { nl = "Vraag wat er met je meldingen gebeurt.", en = "Ask what happens to your reports." }
  letter = { nl = "Wat doet u met mijn meldingen?", en = "What do you do with my reports?" }

[[rule]]
id = "heavy_and_weak""#;
    let input = edit(
        good(),
        "resident.toml",
        "\n[[rule]]\nid = \"heavy_and_weak\"",
        second,
    );
    let out = build(&input).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(
        out.content.contains(concat!(
            "        question: \"r_more\",\n",
            "        when: &[Condition { question: \"r_ask\", any_of: &[\"report\"], none_of: &[] }],\n",
        )),
        "{}",
        out.content
    );
    // An official's variant: the sheet's words and weak answers, no letter.
    let official = edit(
        input.clone(),
        "official.toml",
        "weak = [\"nothing\"]\npriority = 10\n",
        "weak = [\"nothing\"]\npriority = 10\n\n  [[question.variant]]\n  when = { question = \"o_ask\", any_of = [\"run\"] }\n  weak = []\n  follow_up = { nl = \"Vraag.\", en = \"Ask.\" }\n",
    );
    let out = build(&official).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(
        out.content.contains(concat!(
            "        question: \"o_support\",\n",
            "        when: &[Condition { question: \"o_ask\", any_of: &[\"run\"], none_of: &[] }],\n",
        )),
        "{}",
        out.content
    );
    assert!(
        out.content
            .contains("        letter: None,\n        weak: Some(&[]),\n"),
        "{}",
        out.content
    );
    // Without its letter, on a code its question lacks; and on an official's question, with a
    // letter and a weak answer its question has not.
    let broken = edit(
        input,
        "resident.toml",
        "  letter = { nl = \"Wat doet u met mijn meldingen?\", en = \"What do you do with my reports?\" }\n",
        "",
    );
    let broken = edit(
        broken,
        "resident.toml",
        "any_of = [\"report\"] }",
        "any_of = [\"fly\"] }",
    );
    let broken = edit(
        broken,
        "official.toml",
        "weak = [\"nothing\"]\npriority = 10\n",
        "weak = [\"nothing\"]\npriority = 10\n\n  [[question.variant]]\n  when = { question = \"o_ask\", any_of = [\"run\"] }\n  weak = [\"materials\"]\n  follow_up = { nl = \"Vraag.\", en = \"Ask.\" }\n  letter = { nl = \"Vraag?\", en = \"Ask?\" }\n",
    );
    assert_eq!(
        problems(&broken),
        [
            r#"content/official.toml, question "o_support", variant 1: weak answer "materials" is not one of its question's weak answers"#,
            r#"content/official.toml, question "o_support", variant 1: has a letter, but officials write no letter; leave `letter` out"#,
            r#"content/resident.toml, question "r_more", variant 1, when: "fly" is not an option of question "r_ask" (its options: ["report", "run"])"#,
            r#"content/resident.toml, question "r_more", variant 1: has no letter, but its question has one: word the letter's question for this answer too"#,
        ]
    );
}

/// A variant's `when` may list several conditions: it holds when all of them do, and each is
/// checked like a single one; an empty list would hold for every answer.
#[test]
fn a_variant_may_need_several_answers() {
    let variant = r#"
  [[question.variant]]
  when = [{ question = "r_ask", any_of = ["report"] }, { question = "r_ask", none_of = ["run"] }]
  follow_up = { nl = "Vraag wat er met je meldingen gebeurt.", en = "Ask what happens to your reports." }
  letter = { nl = "Wat doet u met mijn meldingen?", en = "What do you do with my reports?" }

[[rule]]
id = "heavy_and_weak""#;
    let second = format!(
        "{}{}",
        r#"
[[question]]
id = "r_more"
key = 65
kind = "single"
dimensions = ["support"]
text = { nl = "Meer?", en = "More?" }
short = { nl = "Meer", en = "More" }
help = { nl = "Hulp.", en = "Help." }
follow_up = { nl = "Vraag meer.", en = "Ask more." }
letter = { nl = "Wat nog meer?", en = "What else?" }

  [[question.option]]
  code = "yes"
  label = { nl = "Ja", en = "Yes" }
  scores = { support = 100 }
"#,
        variant
    );
    let input = edit(
        good(),
        "resident.toml",
        "\n[[rule]]\nid = \"heavy_and_weak\"",
        &second,
    );
    let out = build(&input).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(
        out.content.contains(concat!(
            "        when: &[\n",
            "            Condition { question: \"r_ask\", any_of: &[\"report\"], none_of: &[] },\n",
            "            Condition { question: \"r_ask\", any_of: &[], none_of: &[\"run\"] },\n",
            "        ],\n",
        )),
        "{}",
        out.content
    );
    let broken = edit(
        input,
        "resident.toml",
        r#"when = [{ question = "r_ask", any_of = ["report"] }, { question = "r_ask", none_of = ["run"] }]"#,
        "when = []",
    );
    assert_eq!(
        problems(&broken),
        [
            r#"content/resident.toml, question "r_more", variant 1: has an empty `when`: it would hold for every answer"#
        ]
    );
}

/// What goes into a letter is said in the content: every resident question has a `letter` (its
/// follow-up put to the municipality), an official's question has none.
#[test]
fn the_letter_field_is_checked_per_role() {
    let input = edit(
        good(),
        "resident.toml",
        r#"letter = { nl = "Wat verwacht u van mij?", en = "What do you expect from me?" }"#,
        "",
    );
    let input = edit(
        input,
        "official.toml",
        "key = 1\n",
        "key = 1\nletter = { nl = \"Wat?\", en = \"What?\" }\n",
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask": has a letter, but officials write no letter; leave `letter` out"#,
            r#"content/resident.toml, question "r_ask": has no letter: a resident's follow-up goes into the letter to the municipality, so write it as a question to "u" (`letter = { nl = ..., en = ... }`)"#,
        ]
    );
}

#[test]
fn questions_and_options_are_checked() {
    let input = edit(
        good(),
        "official.toml",
        r#"dimensions = ["support", "raad"]"#,
        r#"dimensions = ["support", "support", "council"]"#,
    );
    let input = edit(
        input,
        "official.toml",
        "scores = { support = 50, raad = 10 }",
        "scores = { support = 150, raad = 10 }",
    );
    let input = edit(input, "official.toml", "intensity = 1", "intensity = 2");
    let input = edit(
        input,
        "official.toml",
        r#"ladder = "adviseren""#,
        r#"ladder = "meebeslissen""#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"weak = ["nothing"]"#,
        r#"weak = ["none"]"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"any_of = ["run"]"#,
        r#"any_of = ["walk"]"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"code = "report""#,
        r#"code = "run""#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask", option "run": the code is used twice in this question"#,
            r#"content/official.toml, question "o_ask", option "run": intensity 2 is out of range: settings.toml has 2 levels (0..=1)"#,
            r#"content/official.toml, question "o_ask", option "run": unknown ladder step "meebeslissen" (known: ["adviseren"])"#,
            r#"content/official.toml, question "o_support": dimension "support" is listed twice"#,
            r#"content/official.toml, question "o_support": unknown dimension "council" (known: ["raad", "support"])"#,
            r#"content/official.toml, question "o_support", option "materials": scores dimension "raad", which is not in the question's dimensions ["support", "support", "council"]"#,
            r#"content/official.toml, question "o_support", option "materials": score 150 for "support" is above 100"#,
            r#"content/official.toml, question "o_support": weak answer "none" is not one of its option codes"#,
            r#"content/official.toml, question "o_support", condition: "walk" is not an option of question "o_ask" (its options: ["run", "run"])"#,
        ]
    );
}

/// The code names questions and options by constants made of their ids and codes
/// (`q::o_ask::RUN`): those must be names Rust can hold.
#[test]
fn ids_and_codes_are_names_the_code_can_use() {
    let input = edit(
        good(),
        "official.toml",
        r#"code = "nothing""#,
        r#"code = "not-yet""#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"weak = ["nothing"]"#,
        r#"weak = ["not-yet"]"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"code = "report""#,
        r#"code = "id""#,
    );
    let extra = r#"
[[question]]
id = "R_extra"
key = 65
kind = "single"
dimensions = ["support"]
text = { nl = "Nog iets?", en = "Anything else?" }
short = { nl = "Nog iets", en = "Anything else" }
help = { nl = "Uitleg.", en = "Explanation." }
follow_up = { nl = "Vraag het.", en = "Ask it." }
letter = { nl = "Wat nog?", en = "What else?" }

  [[question.option]]
  code = "2x"
  label = { nl = "Twee keer", en = "Twice" }
  scores = { support = 100 }
"#;
    let resident = format!("{}{extra}", input.get("resident.toml").unwrap());
    let mut input = input;
    input.set("resident.toml", resident);
    let rule = "may hold only lowercase letters, digits and _, and starts with a letter (the code names it)";
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask", option "id": "id" names the question itself in the code (q::<question>::ID); choose another code"#.to_string(),
            format!(r#"content/official.toml, question "o_support", option "not-yet": {rule}"#),
            format!(r#"content/resident.toml, question "R_extra": {rule}"#),
            format!(r#"content/resident.toml, question "R_extra", option "2x": {rule}"#),
        ]
    );
}

#[test]
fn conditions_refer_to_an_earlier_question_of_the_same_role() {
    // A condition on a later question, and one on the other role's question.
    let input = edit(
        good(),
        "official.toml",
        r#"condition = { question = "o_ask", any_of = ["run"] }"#,
        "",
    );
    let input = edit(
        input,
        "official.toml",
        "dont_know = true\ntext",
        r#"dont_know = true
condition = { question = "o_support", any_of = ["nothing"] }
text"#,
    );
    let input = edit(
        input,
        "resident.toml",
        r#"kind = "single""#,
        r#"kind = "single"
condition = { question = "o_ask", any_of = [] }"#,
    );
    let input = edit(input, "resident.toml", "intensity = 0", "exclusive = true");
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, question "o_ask": condition refers to question "o_support", which is unknown or comes later; a condition must refer to an earlier question"#,
            r#"content/resident.toml, question "r_ask", option "report": `exclusive` only makes sense in a multi question"#,
            r#"content/resident.toml, question "r_ask": condition refers to "o_ask", a question of the other role"#,
            r#"content/resident.toml, question "r_ask": condition.any_of is empty"#,
        ]
    );
}

#[test]
fn a_none_of_condition_is_checked_like_any_of() {
    // `none_of` alone builds; beside `any_of`, or with an unknown code, it is a problem.
    let alone = edit(
        good(),
        "official.toml",
        r#"condition = { question = "o_ask", any_of = ["run"] }"#,
        r#"condition = { question = "o_ask", none_of = ["run"] }"#,
    );
    let out = build(&alone).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(out
        .content
        .contains(r#"Condition { question: "o_ask", any_of: &[], none_of: &["run"] }"#));
    let both = edit(
        good(),
        "official.toml",
        r#"condition = { question = "o_ask", any_of = ["run"] }"#,
        r#"condition = { question = "o_ask", any_of = ["run"], none_of = ["walk"] }"#,
    );
    assert_eq!(
        problems(&both),
        [
            r#"content/official.toml, question "o_support": condition has both any_of and none_of; use one of them"#,
            r#"content/official.toml, question "o_support", condition: "walk" is not an option of question "o_ask" (its options: ["report", "run"])"#,
        ]
    );
}

#[test]
fn clauses_are_checked_for_their_shape() {
    let when = r#"when = [
  { q = "o_ask", has = ["run"] },
  { q = "o_support", lacks = ["materials"] },
]"#;
    let broken = r#"when = [
  { q = "o_ask", has = ["run"], not = ["report"] },
  { q = "o_ask", has = ["run"], lacks = ["report"] },
  { has = ["run"] },
  { q = "o_ask", lacks = [] },
  { q = "o_support", dont_know = true },
  { q = "o_ask", dont_know = false },
  { q = "o_ask", intensity_at_least = 2 },
  { dimension = "support" },
  { dimension = "ask", below = 0 },
  { any = [{ intensity_at_least = 1 }] },
  { any = [{ q = "o_ask", not = ["walk"] }, { q = "r_ask", has = ["run"] }] },
]"#;
    let input = edit(good(), "official.toml", when, broken);
    let at = r#"content/official.toml, rule "o_materials", clause"#;
    let expected = [
        format!("{at} 1: a clause is either `has` or `not`"),
        format!("{at} 2: a clause is exactly one of {{ q, has }}, {{ q, lacks }}, {{ q, not }}, {{ q, dont_know = true }}, {{ intensity_at_least }}, {{ dimension, below }}, {{ any }}"),
        format!("{at} 3: `has` needs `q`, the question it is about"),
        format!("{at} 4: `lacks` lists no codes"),
        format!(r#"{at} 5: question "o_support" does not offer "Weet ik niet" (dont_know = true)"#),
        format!("{at} 6: write `dont_know = true` (false has no meaning)"),
        format!("{at} 7: `intensity_at_least` does not take `q`"),
        format!("{at} 7: intensity_at_least = 2, but settings.toml has only levels 0..=1"),
        format!("{at} 8: a score clause needs both `dimension` and `below`"),
        format!(r#"{at} 9: unknown dimension "ask" (known: ["raad", "support"])"#),
        format!("{at} 9: below = 0 must be 1..=100"),
        format!("{at} 10: `any` stands alone and lists at least two clauses"),
        format!(r#"{at} 11, any 1: "walk" is not an option of question "o_ask" (its options: ["report", "run"])"#),
        format!(r#"{at} 11, any 2: question "r_ask" is in content/resident.toml, so this rule could never fire for the official role"#),
    ];
    assert_eq!(problems(&input), expected);
}

#[test]
fn rules_are_checked() {
    let input = edit(
        good(),
        "official.toml",
        r#"replaces = ["o_materials"]"#,
        r#"replaces = ["o_training", "heavy_and_weak"]
role = "official""#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"when = [{ q = "o_ask", dont_know = true }]"#,
        "when = []",
    );
    let input = edit(
        input,
        "resident.toml",
        r#"id = "heavy_and_weak""#,
        r#"id = """#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_unknown_ask": role may only be "both" (leave it out for this file's role), not "official""#,
            r#"content/official.toml, rule "o_unknown_ask": `when` is empty; a rule needs at least one clause"#,
            r#"content/official.toml, rule "o_unknown_ask": replaces unknown rule "o_training""#,
            r#"content/official.toml, rule "o_unknown_ask": replaces unknown rule "heavy_and_weak""#,
            "content/resident.toml: a rule has an empty id",
        ]
    );
    // A rule may only replace one of its own role.
    let input = edit(
        good(),
        "official.toml",
        r#"replaces = ["o_materials"]"#,
        r#"replaces = ["o_materials", "heavy_and_weak"]"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_unknown_ask": replaces "heavy_and_weak", a rule of another role"#
        ]
    );
}

#[test]
fn relations_between_rules_are_checked() {
    // Two rules that hide each other would both leave the sheet when both fire.
    let input = edit(
        good(),
        "official.toml",
        r#"when = [
  { q = "o_ask", has = ["run"] },"#,
        r#"excludes = ["o_unknown_ask", "o_materials", "o_gone"]
when = [
  { q = "o_ask", has = ["run"] },"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_materials": excludes itself"#,
            r#"content/official.toml, rule "o_materials": excludes unknown rule "o_gone""#,
            r#"content/official.toml, rule "o_materials": replaces or excludes a rule that hides it in turn (o_materials -> o_unknown_ask -> o_materials); when both fire neither would show"#,
            r#"content/official.toml, rule "o_unknown_ask": replaces or excludes a rule that hides it in turn (o_unknown_ask -> o_materials -> o_unknown_ask); when both fire neither would show"#,
        ]
    );
    let input = edit(
        good(),
        "official.toml",
        r#"replaces = ["o_materials"]"#,
        r#"replaces = ["o_materials"]
excludes = ["o_materials"]"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_unknown_ask": names "o_materials" twice in replaces and excludes"#
        ]
    );
}

#[test]
fn follow_ups_a_rule_leaves_out_are_checked() {
    // A known question of the rule's own role, in either list.
    let input = edit(
        good(),
        "official.toml",
        r#"replaces = ["o_materials"]"#,
        r#"replaces = ["o_materials"]
excludes_follow_ups = ["o_support", "o_gone"]
carries_follow_ups = ["r_ask"]"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_unknown_ask": excludes_follow_ups unknown question "o_gone""#,
            r#"content/official.toml, rule "o_unknown_ask": carries_follow_ups "r_ask", a question of another role"#,
        ]
    );
}

#[test]
fn a_list_is_checked() {
    // A list of unticked options: a multi question the rule names, known codes, and a {} for it.
    let good_list = edit(
        good(),
        "official.toml",
        r#"text = { nl = "Er is geen materiaal.", en = "There are no materials." }"#,
        r#"list = { unticked = "o_support", of = ["materials"] }
text = { nl = "Er is geen {}.", en = "There is no {}." }"#,
    );
    let out = build(&good_list).unwrap_or_else(|e| panic!("{}", report(&e)));
    assert!(out
        .content
        .contains(r#"list: Some(List::Unticked("o_support", &["materials"])),"#));
    let input = edit(
        good_list.clone(),
        "official.toml",
        r#"of = ["materials"]"#,
        r#"of = ["gold"]"#,
    );
    let input = edit(input, "official.toml", "There is no {}.", "There is none.");
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_materials", text: the Dutch text has 1 {} placeholders, the English 0; each needs the same number"#,
            r#"content/official.toml, rule "o_materials", list: "gold" is not an option of question "o_support" (its options: ["materials", "nothing"])"#,
        ]
    );
    let input = edit(
        good_list.clone(),
        "official.toml",
        r#"unticked = "o_support", of = ["materials"]"#,
        r#"unticked = "o_ask", of = ["run"]"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_materials", list: `unticked` needs a multi question; "o_ask" is not"#
        ]
    );
    // The causes it lists must be able to be causes; a {} needs a list.
    let input = edit(
        good_list,
        "official.toml",
        r#"unticked = "o_support", of = ["materials"]"#,
        r#"causes.r_ask = { nl = "wat u vraagt", en = "what you ask" }, causes.o_later = { nl = "later", en = "" }"#,
    );
    let input = edit(
        input,
        "official.toml",
        r#"text = { nl = "U weet het niet.", en = "You do not know." }"#,
        r#"text = { nl = "U weet {} niet.", en = "You do not know {}." }"#,
    );
    assert_eq!(
        problems(&input),
        [
            r#"content/official.toml, rule "o_materials", list, causes.o_later: the English text (en) is missing or empty"#,
            r#"content/official.toml, rule "o_materials", list: unknown question "o_later""#,
            r#"content/official.toml, rule "o_materials", list: question "r_ask" is of another role"#,
            r#"content/official.toml, rule "o_materials", list: no clause of the rule can make "r_ask" one of its causes"#,
            r#"content/official.toml, rule "o_unknown_ask": a text has {}, but the rule has no `list` to fill it"#,
        ]
    );
}

#[test]
fn settings_and_sources_are_checked() {
    let input = edit(
        good(),
        "settings.toml",
        "risk_below = 40",
        "risk_below = 70",
    );
    let input = edit(
        input,
        "settings.toml",
        r#"id = "raad""#,
        r#"id = "support""#,
    );
    let input = edit(
        input,
        "settings.toml",
        r#"title = { nl = "Klaar", en = "Ready" }"#,
        "",
    );
    let input = edit(
        input,
        "settings.toml",
        r#"about = { nl = "Inwoners geven advies.", en = "Residents give advice." }"#,
        r#"about = { nl = "Inwoners geven\nadvies.", en = "Residents give advice." }"#,
    );
    let input = edit(input, "sources.toml", "year = 2020", "year = \"\"");
    let input = edit(
        input,
        "sources.toml",
        r#"title = "Een titel""#,
        r#"title = """#,
    );
    let input = edit(input, "sources.toml", r#"id = "000-2""#, r#"id = "000-1""#);
    let at = "content/settings.toml";
    assert_eq!(
        problems(&input),
        [
            format!(r#"{at}, dimension "support": the id is used twice"#),
            format!("{at}: need risk_below <= good_from <= 100"),
            format!(r#"{at}, ladder step 0 ("adviseren"), about: the Dutch text (nl) contains a line break; write it on one line (a TOML """multi-line""" string keeps its line breaks)"#),
            format!("{at}, verdict.official.ready, title: the Dutch text (nl) is missing or empty"),
            format!("{at}, verdict.official.ready, title: the English text (en) is missing or empty"),
            r#"content/sources.toml, source "000": title is empty"#.to_string(),
            r#"content/sources.toml, source "000": year is empty"#.to_string(),
            r#"content/sources.toml, point "000-1": the id is used twice"#.to_string(),
            // The question scoring the dimension that lost its id.
            r#"content/official.toml, question "o_support": unknown dimension "raad" (known: ["support"])"#.to_string(),
            r#"content/official.toml, question "o_support", option "materials": unknown dimension "raad" (known: ["support"])"#.to_string(),
            // The point that lost its id.
            r#"content/official.toml, rule "o_materials": unknown source point "000-2" (see content/sources.toml)"#.to_string(),
            r#"content/resident.toml, rule "heavy_and_weak": unknown source point "000-2" (see content/sources.toml)"#.to_string(),
        ]
    );
}

#[test]
fn toml_errors_of_every_file_are_named() {
    let mut input = edit(good(), "official.toml", "key = 2", "key = two");
    input.set("method.toml", "paragraph = 3");
    input.remove("sources.toml");
    let found = problems(&input);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("content/sources.toml: the file is missing"));
    assert!(found[1].starts_with("content/official.toml: TOML parse error at line "));
    assert!(found[2].starts_with("content/method.toml: TOML parse error at line 1"));
    // A role file, interface.toml and the templates may be left out.
    let mut input = good();
    input
        .remove("resident.toml")
        .remove("interface.toml")
        .remove("static/insluiten.html")
        .remove("static/insluiten.js")
        .remove("static/later.js")
        .remove("shell/about.html");
    assert!(build(&input).is_ok());
}

#[test]
fn the_report_lists_every_problem_on_its_own_line() {
    let input = edit(good(), "official.toml", "key = 2", "key = 1");
    let input = edit(
        input,
        "official.toml",
        r#"id = "o_materials""#,
        r#"id = "o_unknown_ask""#,
    );
    let errors = build(&input).err().unwrap();
    assert_eq!(
        report(&errors),
        r#"content/ has 3 problems; nothing was built:
  content/official.toml, question "o_support": key 1 is already used by question "o_ask"
  content/official.toml, rule "o_unknown_ask": the id is used twice
  content/official.toml, rule "o_unknown_ask": replaces unknown rule "o_materials"
"#
    );
    let e = &errors[0];
    assert_eq!(
        (e.file, e.at.as_str(), e.message.as_str()),
        (
            "official.toml",
            r#"question "o_support""#,
            r#"key 1 is already used by question "o_ask""#
        )
    );
}

#[test]
fn write_keeps_only_this_builds_text_files_for_trunk() {
    let out = build(&good()).unwrap();
    let root = std::env::temp_dir().join(format!("content-build-{}", std::process::id()));
    let (out_dir, texts_dir) = (root.join("out"), root.join("texts"));
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::create_dir_all(&texts_dir).unwrap();
    std::fs::write(texts_dir.join("texts.0123456789abcdef.nl.txt"), "old").unwrap();
    std::fs::write(texts_dir.join("other.txt"), "kept").unwrap();
    write(&out, &out_dir, &texts_dir).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&texts_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let hash = &out.hash;
    let mut expected: Vec<String> = ["insluiten.html", "insluiten.js", "later.js", "other.txt"]
        .map(String::from)
        .to_vec();
    for part in [
        "about",
        "advice-initiative",
        "advice-official",
        "advice-resident",
        "check",
        "initiative",
        "official",
        "resident",
        "sheet",
        "tools",
    ] {
        for lang in ["en", "nl"] {
            expected.push(format!("texts.{hash}.{part}.{lang}.txt"));
        }
    }
    assert_eq!(names, expected);
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    // Each part's file: the hash, then that part's texts; together the whole table.
    assert_eq!(out.parts.len(), 20);
    let mut nl = format!("{hash}\n");
    for (name, data) in &out.parts {
        assert_eq!(&read(&texts_dir.join(name)), data);
        assert_eq!(data.lines().next(), Some(hash.as_str()));
        if name.ends_with(".nl.txt") {
            nl.extend(data.lines().skip(1).map(|l| format!("{l}\n")));
        }
    }
    assert_eq!(nl, out.texts[0].1);
    let embed = out.embed.as_ref().unwrap();
    assert_eq!(read(&texts_dir.join("insluiten.js")), embed[1].1);
    assert_eq!(
        read(&texts_dir.join("later.js")),
        out.later.as_ref().unwrap().1
    );
    assert_eq!(read(&out_dir.join("texts.en.txt")), out.texts[1].1);
    assert_eq!(read(&out_dir.join("content.rs")), out.content);
    assert_eq!(read(&out_dir.join("interface.rs")), out.interface);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn every_question_asked_is_on_exactly_one_topic_of_its_own_role() {
    let topics = r#"
[[topic]]
id = "ask"
name = { nl = "De vraag", en = "The ask" }
talk = { nl = "Praat over wat u vraagt.", en = "Talk about what you ask." }
sources = ["000-1"]
official = ["o_ask", "r_ask"]
resident = ["r_ask", "r_gone"]

[[topic]]
id = "ask"
name = { nl = "Nog eens", en = "" }
talk = { nl = "Nog eens.", en = "Again." }
sources = ["999-9"]
official = ["o_ask"]
"#;
    let mut input = good();
    input.set("topics.toml", topics);
    assert_eq!(
        problems(&input),
        [
            r#"content/topics.toml, topic "ask": official: question "r_ask" is another role's"#,
            r#"content/topics.toml, topic "ask": resident: unknown question "r_gone""#,
            r#"content/topics.toml, topic "ask": this id is already used by another topic"#,
            r#"content/topics.toml, topic "ask", name: the English text (en) is missing or empty"#,
            r#"content/topics.toml, topic "ask": unknown source point "999-9" (see content/sources.toml)"#,
            r#"content/topics.toml, topic "ask": question "o_ask" is already on topic "ask""#,
            r#"content/topics.toml: question "o_support" is on no topic"#,
        ]
    );
}
