//! Reads `content/*.toml`, checks every reference and writes `$OUT_DIR/content.rs`: the
//! questionnaire as Rust statics, so the app ships no TOML parser. The texts themselves do not go
//! into the statics: each becomes a `CText(n)`, an index into a string table written as one file
//! per language (`$OUT_DIR/texts.nl.txt`, `texts.en.txt`, and copies under `target/texts/` for
//! trunk), which the app fetches when it needs them. That keeps 28 KB of text out of the wasm. A broken reference stops the
//! build with a message that names the file and the item, because content authors are not
//! expected to read Rust errors.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Text {
    nl: String,
    en: String,
}

// ---------- settings.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    good_from: u8,
    risk_below: u8,
    dimension: Vec<DimensionIn>,
    intensity: Vec<IntensityIn>,
    ladder: Vec<LadderIn>,
    verdict: VerdictsIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LadderIn {
    id: String,
    name: Text,
    about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionIn {
    id: String,
    name: Text,
    about: Text,
    #[serde(default)]
    raised_by_intensity: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IntensityIn {
    label: Text,
    about: Text,
    bar: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictsIn {
    official: VerdictSetIn,
    resident: VerdictSetIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictSetIn {
    not_yet: VerdictIn,
    first_arrange: VerdictIn,
    ready: VerdictIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictIn {
    title: Text,
    summary: Text,
}

// ---------- official.toml / resident.toml ----------

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    #[serde(default)]
    question: Vec<QuestionIn>,
    #[serde(default)]
    rule: Vec<RuleIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionIn {
    id: String,
    key: u16,
    kind: String,
    dimensions: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    dont_know: bool,
    condition: Option<ConditionIn>,
    text: Text,
    short: Text,
    help: Text,
    follow_up: Text,
    #[serde(default)]
    weak: Vec<String>,
    #[serde(default)]
    retired: bool,
    /// Orders the follow-ups, lower first; 50 when left out.
    priority: Option<u8>,
    #[serde(default)]
    option: Vec<OptionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionIn {
    question: String,
    any_of: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionIn {
    code: String,
    label: Text,
    #[serde(default)]
    scores: BTreeMap<String, u8>,
    intensity: Option<u8>,
    #[serde(default)]
    exclusive: bool,
    /// The id of a step in settings.toml's [[ladder]].
    ladder: Option<String>,
    #[serde(default)]
    delivers: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleIn {
    id: String,
    /// Optional: "both" makes a rule apply to either role; by default a rule belongs to the
    /// role of the file it is in.
    role: Option<String>,
    priority: u8,
    #[serde(default)]
    knockout: bool,
    #[serde(default)]
    sources: Vec<String>,
    when: Vec<ClauseIn>,
    /// Rules of the same role that this one makes redundant or contradicts.
    #[serde(default)]
    replaces: Vec<String>,
    title: Text,
    text: Text,
    change: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClauseIn {
    q: Option<String>,
    has: Option<Vec<String>>,
    lacks: Option<Vec<String>>,
    dont_know: Option<bool>,
    intensity_at_least: Option<u8>,
    dimension: Option<String>,
    below: Option<u8>,
    not: Option<Vec<String>>,
    any: Option<Vec<ClauseIn>>,
}

// ---------- sources.toml / method.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<SourceIn>,
    point: Vec<PointIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceIn {
    id: String,
    authors: String,
    title: String,
    publisher: String,
    year: toml::Value,
    about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointIn {
    id: String,
    summary: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodFile {
    paragraph: Vec<Text>,
}

/// Interface strings that are only needed after the start page, named as `crate::i18n` constants.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct InterfaceFile {
    #[serde(default)]
    text: BTreeMap<String, Text>,
}

// ---------- reading ----------

fn read(dir: &Path, name: &str, required: bool) -> Option<String> {
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(s) => {
            // An absent file is covered by the directory entry; naming it would rerun every build.
            println!("cargo:rerun-if-changed={}", path.display());
            Some(s)
        }
        Err(_) if !required => None,
        Err(e) => panic!("content/{name}: cannot read it ({e})"),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("content/{name}: {e}"))
}

/// Panics on an empty or whitespace-only language, or on a line break (the text files hold one
/// text a line), naming where.
fn check_text(t: &Text, what: &str) {
    for (lang, name, v) in [("nl", "Dutch", &t.nl), ("en", "English", &t.en)] {
        if v.trim().is_empty() {
            panic!("{what}: the {name} text ({lang}) is missing or empty");
        }
        if v.contains(['\n', '\r']) {
            panic!(
                "{what}: the {name} text ({lang}) contains a line break; write it on one line (a TOML \"\"\"multi-line\"\"\" string keeps its line breaks)"
            );
        }
    }
}

/// The string table: every content text once, in the order first met. Index `n` is line `n + 1`
/// of each language's file (line 0 is the hash).
#[derive(Default)]
struct Table {
    texts: Vec<(String, String)>,
    index: HashMap<(String, String), u16>,
}

impl Table {
    /// The Rust expression for `t`: `CText(n)`. Identical (nl, en) pairs share one index.
    /// Every caller has passed `t` through `check_text` first.
    fn text(&mut self, t: &Text) -> String {
        let key = (t.nl.clone(), t.en.clone());
        let n = match self.index.get(&key) {
            Some(n) => *n,
            None => {
                let n = u16::try_from(self.texts.len())
                    .expect("content: more than 65535 distinct texts");
                self.texts.push(key.clone());
                self.index.insert(key, n);
                n
            }
        };
        format!("CText({n})")
    }

    /// FNV-1a 64 over all texts of both languages, each followed by a 0 byte so that moving a
    /// character from one text to the next changes the hash. 16 hex digits.
    fn hash(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (nl, en) in &self.texts {
            for b in nl.bytes().chain([0]).chain(en.bytes()).chain([0]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        format!("{h:016x}")
    }

    /// One language's file: the hash, then one text a line, each line ending in '\n'.
    fn file(&self, hash: &str, lang: &str) -> String {
        let mut s = format!("{hash}\n");
        for (nl, en) in &self.texts {
            s.push_str(if lang == "nl" { nl } else { en });
            s.push('\n');
        }
        s
    }
}

fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

struct Ctx {
    dims: HashMap<String, usize>,
    levels: usize,
    points: HashSet<String>,
    /// The ids of the ladder steps, in order.
    ladder: Vec<String>,
}

impl Ctx {
    fn dim(&self, id: &str, what: &str) -> usize {
        *self.dims.get(id).unwrap_or_else(|| {
            let mut known: Vec<&String> = self.dims.keys().collect();
            known.sort();
            panic!("{what}: unknown dimension \"{id}\" (known: {known:?})")
        })
    }
    fn check_points(&self, ids: &[String], what: &str) {
        let mut seen = HashSet::new();
        for id in ids {
            if !self.points.contains(id) {
                panic!("{what}: unknown source point \"{id}\" (see content/sources.toml)");
            }
            if !seen.insert(id) {
                panic!("{what}: source point \"{id}\" is listed twice");
            }
        }
    }
}

/// A question as seen by the checks of later questions and rules.
struct Known<'a> {
    q: &'a QuestionIn,
    file: &'static str,
    role: &'static str,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("content");
    // A directory entry also notices a role file that appears later.
    println!("cargo:rerun-if-changed={}", dir.display());

    let settings: Settings = parse("settings.toml", &read(&dir, "settings.toml", true).unwrap());
    let sources: SourcesFile = parse("sources.toml", &read(&dir, "sources.toml", true).unwrap());
    let method: MethodFile = parse("method.toml", &read(&dir, "method.toml", true).unwrap());
    let official: RoleFile = read(&dir, "official.toml", false)
        .map(|s| parse("official.toml", &s))
        .unwrap_or_default();
    let resident: RoleFile = read(&dir, "resident.toml", false)
        .map(|s| parse("resident.toml", &s))
        .unwrap_or_default();

    let mut table = Table::default();
    let mut out = String::new();
    out.push_str("// Generated by build.rs from content/*.toml. Do not edit.\n\n");
    out.push_str("pub static CONTENT: Content = Content {\n");

    // Dimensions.
    let mut dims = HashMap::new();
    out.push_str("    dimensions: &[\n");
    for (i, d) in settings.dimension.iter().enumerate() {
        let what = format!("content/settings.toml, dimension \"{}\"", d.id);
        if d.id.trim().is_empty() {
            panic!("content/settings.toml: dimension {i} has an empty id");
        }
        if dims.insert(d.id.clone(), i).is_some() {
            panic!("{what}: the id is used twice");
        }
        check_text(&d.name, &format!("{what}, name"));
        check_text(&d.about, &format!("{what}, about"));
        writeln!(
            out,
            "        Dimension {{ id: {:?}, name: {}, about: {}, raised_by_intensity: {} }},",
            d.id,
            table.text(&d.name),
            table.text(&d.about),
            d.raised_by_intensity
        )
        .unwrap();
    }
    out.push_str("    ],\n");
    if settings.dimension.is_empty() {
        panic!("content/settings.toml: there must be at least one [[dimension]]");
    }
    if settings.intensity.is_empty() {
        panic!("content/settings.toml: there must be at least one [[intensity]] level");
    }
    if settings.risk_below > settings.good_from || settings.good_from > 100 {
        panic!("content/settings.toml: need risk_below <= good_from <= 100");
    }

    // Sources and points come first in the checks: questions and rules cite them.
    let mut source_ids = HashSet::new();
    for s in &sources.source {
        let what = format!("content/sources.toml, source \"{}\"", s.id);
        if !source_ids.insert(s.id.clone()) {
            panic!("{what}: the id is used twice");
        }
        check_text(&s.about, &format!("{what}, about"));
        // `authors` may be empty: a text that names no author is cited by its title.
        for (field, v) in [("title", &s.title), ("publisher", &s.publisher)] {
            if v.trim().is_empty() {
                panic!("{what}: {field} is empty");
            }
        }
    }
    let mut points = HashSet::new();
    for p in &sources.point {
        let what = format!("content/sources.toml, point \"{}\"", p.id);
        if !points.insert(p.id.clone()) {
            panic!("{what}: the id is used twice");
        }
        let prefix = p.id.split('-').next().unwrap_or("");
        if !source_ids.contains(prefix) {
            panic!("{what}: no source with id \"{prefix}\"");
        }
        check_text(&p.summary, &format!("{what}, summary"));
    }

    let ctx = Ctx {
        dims,
        levels: settings.intensity.len(),
        ladder: settings.ladder.iter().map(|l| l.id.clone()).collect(),
        points,
    };

    // Questions: the official's first, then the resident's; file order within each.
    let mut known: HashMap<String, Known> = HashMap::new();
    let mut keys: HashMap<u16, String> = HashMap::new();
    out.push_str("    questions: &[\n");
    for (file, role, rf) in [
        ("official.toml", "Official", &official),
        ("resident.toml", "Resident", &resident),
    ] {
        for q in &rf.question {
            let what = format!("content/{file}, question \"{}\"", q.id);
            if q.id.trim().is_empty() {
                panic!("content/{file}: a question has an empty id");
            }
            if known.contains_key(&q.id) {
                panic!("{what}: the id is used twice");
            }
            if let Some(other) = keys.insert(q.key, q.id.clone()) {
                panic!(
                    "{what}: key {} is already used by question \"{other}\"",
                    q.key
                );
            }
            let kind = match q.kind.as_str() {
                "single" => "Single",
                "multi" => "Multi",
                k => panic!("{what}: kind must be \"single\" or \"multi\", not \"{k}\""),
            };
            for (field, t) in [
                ("text", &q.text),
                ("short", &q.short),
                ("help", &q.help),
                ("follow_up", &q.follow_up),
            ] {
                check_text(t, &format!("{what}, {field}"));
            }
            if q.dimensions.is_empty() {
                panic!("{what}: list at least one dimension");
            }
            let mut qdims = Vec::new();
            for d in &q.dimensions {
                let i = ctx.dim(d, &what);
                if qdims.contains(&i) {
                    panic!("{what}: dimension \"{d}\" is listed twice");
                }
                qdims.push(i);
            }
            ctx.check_points(&q.sources, &what);
            if q.option.is_empty() {
                panic!("{what}: has no options");
            }
            let mut codes = HashSet::new();
            let mut opts = String::new();
            for o in &q.option {
                let owhat = format!("{what}, option \"{}\"", o.code);
                if o.code.trim().is_empty() {
                    panic!("{what}: an option has an empty code");
                }
                if !codes.insert(o.code.as_str()) {
                    panic!("{owhat}: the code is used twice in this question");
                }
                check_text(&o.label, &format!("{owhat}, label"));
                if o.exclusive && kind != "Multi" {
                    panic!("{owhat}: `exclusive` only makes sense in a multi question");
                }
                let mut scores = Vec::new();
                for (d, s) in &o.scores {
                    let i = ctx.dim(d, &owhat);
                    if !qdims.contains(&i) {
                        panic!(
                            "{owhat}: scores dimension \"{d}\", which is not in the question's dimensions {:?}",
                            q.dimensions
                        );
                    }
                    if *s > 100 {
                        panic!("{owhat}: score {s} for \"{d}\" is above 100");
                    }
                    scores.push(format!("({i}, {s})"));
                }
                if let Some(n) = o.intensity {
                    if usize::from(n) >= ctx.levels {
                        panic!(
                            "{owhat}: intensity {n} is out of range: settings.toml has {} levels (0..={})",
                            ctx.levels,
                            ctx.levels - 1
                        );
                    }
                }
                let ladder = o.ladder.as_ref().map(|id| {
                    ctx.ladder.iter().position(|l| l == id).unwrap_or_else(|| {
                        panic!(
                            "{owhat}: unknown ladder step \"{id}\" (known: {:?})",
                            ctx.ladder
                        )
                    })
                });
                writeln!(
                    opts,
                    "            Opt {{ code: {:?}, label: {}, scores: &[{}], intensity: {:?}, exclusive: {}, ladder: {:?}, delivers: {} }},",
                    o.code,
                    table.text(&o.label),
                    scores.join(", "),
                    o.intensity,
                    o.exclusive,
                    ladder,
                    o.delivers
                )
                .unwrap();
            }
            for w in &q.weak {
                if !codes.contains(w.as_str()) {
                    panic!("{what}: weak answer \"{w}\" is not one of its option codes");
                }
            }
            let condition = match &q.condition {
                None => "None".to_string(),
                Some(c) => {
                    let target = known.get(&c.question).unwrap_or_else(|| {
                        panic!(
                            "{what}: condition refers to question \"{}\", which is unknown or comes later; a condition must refer to an earlier question",
                            c.question
                        )
                    });
                    if target.role != role {
                        panic!(
                            "{what}: condition refers to \"{}\", a question of the other role",
                            c.question
                        );
                    }
                    if c.any_of.is_empty() {
                        panic!("{what}: condition.any_of is empty");
                    }
                    for code in &c.any_of {
                        check_code(target.q, code, &format!("{what}, condition"));
                    }
                    format!(
                        "Some(Condition {{ question: {:?}, any_of: {} }})",
                        c.question,
                        strs(&c.any_of)
                    )
                }
            };
            writeln!(
                out,
                "        Question {{\n            id: {:?},\n            key: {},\n            role: Role::{role},\n            kind: Kind::{kind},\n            text: {},\n            short: {},\n            help: {},\n            options: &[\n{opts}            ],\n            dont_know: {},\n            dimensions: &{:?},\n            sources: {},\n            condition: {condition},\n            follow_up: {},\n            weak: {},\n            retired: {},\n            priority: {},\n        }},",
                q.id,
                q.key,
                table.text(&q.text),
                table.text(&q.short),
                table.text(&q.help),
                q.dont_know,
                qdims,
                strs(&q.sources),
                table.text(&q.follow_up),
                strs(&q.weak),
                q.retired,
                q.priority.unwrap_or(50)
            )
            .unwrap();
            known.insert(q.id.clone(), Known { q, file, role });
        }
    }
    out.push_str("    ],\n");

    // Rules.
    let mut rule_ids = HashSet::new();
    let mut rule_roles: HashMap<String, Option<&str>> = HashMap::new();
    let mut replacing: Vec<(String, Option<&str>, Vec<String>)> = Vec::new();
    out.push_str("    rules: &[\n");
    for (file, role, rf) in [
        ("official.toml", "Official", &official),
        ("resident.toml", "Resident", &resident),
    ] {
        for r in &rf.rule {
            let what = format!("content/{file}, rule \"{}\"", r.id);
            if r.id.trim().is_empty() {
                panic!("content/{file}: a rule has an empty id");
            }
            if !rule_ids.insert(r.id.clone()) {
                panic!("{what}: the id is used twice");
            }
            let rrole = match r.role.as_deref() {
                None => Some(role),
                Some("both") => None,
                Some(x) => panic!(
                    "{what}: role may only be \"both\" (leave it out for this file's role), not \"{x}\""
                ),
            };
            for (field, t) in [
                ("title", &r.title),
                ("text", &r.text),
                ("change", &r.change),
            ] {
                check_text(t, &format!("{what}, {field}"));
            }
            ctx.check_points(&r.sources, &what);
            if r.when.is_empty() {
                panic!("{what}: `when` is empty; a rule needs at least one clause");
            }
            let mut clauses = Vec::new();
            for (n, c) in r.when.iter().enumerate() {
                let cwhat = format!("{what}, clause {}", n + 1);
                clauses.push(clause(c, &cwhat, &ctx, &known, rrole));
            }
            rule_roles.insert(r.id.clone(), rrole);
            replacing.push((what.clone(), rrole, r.replaces.clone()));
            let role_code = match rrole {
                Some(x) => format!("Some(Role::{x})"),
                None => "None".to_string(),
            };
            writeln!(
                out,
                "        Rule {{\n            id: {:?},\n            role: {role_code},\n            when: &[{}],\n            knockout: {},\n            priority: {},\n            title: {},\n            text: {},\n            change: {},\n            sources: {},\n            replaces: {},\n        }},",
                r.id,
                clauses.join(", "),
                r.knockout,
                r.priority,
                table.text(&r.title),
                table.text(&r.text),
                table.text(&r.change),
                strs(&r.sources),
                strs(&r.replaces)
            )
            .unwrap();
        }
    }
    out.push_str("    ],\n");
    for (what, role, replaces) in &replacing {
        for id in replaces {
            match rule_roles.get(id) {
                None => panic!("{what}: replaces unknown rule \"{id}\""),
                Some(r) if r != role => {
                    panic!("{what}: replaces \"{id}\", a rule of another role")
                }
                _ => {}
            }
        }
    }

    // The participation ladder.
    out.push_str("    ladder: &[\n");
    let mut ladder_ids = HashSet::new();
    for (i, l) in settings.ladder.iter().enumerate() {
        let what = format!("content/settings.toml, ladder step {i} (\"{}\")", l.id);
        if !ladder_ids.insert(l.id.as_str()) {
            panic!("{what}: the id is used twice");
        }
        check_text(&l.name, &format!("{what}, name"));
        check_text(&l.about, &format!("{what}, about"));
        writeln!(
            out,
            "        LadderStep {{ id: {:?}, name: {}, about: {} }},",
            l.id,
            table.text(&l.name),
            table.text(&l.about)
        )
        .unwrap();
    }
    out.push_str("    ],\n");

    out.push_str("    intensity: &[\n");
    for (i, l) in settings.intensity.iter().enumerate() {
        let what = format!("content/settings.toml, intensity level {i}");
        check_text(&l.label, &format!("{what}, label"));
        check_text(&l.about, &format!("{what}, about"));
        if u16::from(settings.good_from) + u16::from(l.bar) > 100 {
            panic!("{what}: good_from + bar is above 100, so no score could ever be good");
        }
        writeln!(
            out,
            "        IntensityLevel {{ label: {}, about: {}, bar: {} }},",
            table.text(&l.label),
            table.text(&l.about),
            l.bar
        )
        .unwrap();
    }
    out.push_str("    ],\n");

    // Verdicts, [role][level] with level 0 = not yet.
    out.push_str("    verdicts: [\n");
    for (name, set) in [
        ("official", &settings.verdict.official),
        ("resident", &settings.verdict.resident),
    ] {
        out.push_str("        [\n");
        for (level, v) in [
            ("not_yet", &set.not_yet),
            ("first_arrange", &set.first_arrange),
            ("ready", &set.ready),
        ] {
            let what = format!("content/settings.toml, verdict.{name}.{level}");
            check_text(&v.title, &format!("{what}, title"));
            check_text(&v.summary, &format!("{what}, summary"));
            writeln!(
                out,
                "            VerdictText {{ title: {}, summary: {} }},",
                table.text(&v.title),
                table.text(&v.summary)
            )
            .unwrap();
        }
        out.push_str("        ],\n");
    }
    out.push_str("    ],\n");

    // Sources and points.
    out.push_str("    sources: &[\n");
    for s in &sources.source {
        let year = match &s.year {
            toml::Value::String(y) => y.clone(),
            toml::Value::Integer(y) => y.to_string(),
            _ => panic!(
                "content/sources.toml, source \"{}\": year must be a number or a text",
                s.id
            ),
        };
        writeln!(
            out,
            "        Source {{ id: {:?}, authors: {:?}, title: {:?}, publisher: {:?}, year: {:?}, about: {} }},",
            s.id, s.authors, s.title, s.publisher, year, table.text(&s.about)
        )
        .unwrap();
    }
    out.push_str("    ],\n");
    out.push_str("    points: &[\n");
    for p in &sources.point {
        writeln!(
            out,
            "        Point {{ id: {:?}, summary: {} }},",
            p.id,
            table.text(&p.summary)
        )
        .unwrap();
    }
    out.push_str("    ],\n");

    // Method.
    out.push_str("    method: &[\n");
    for (i, p) in method.paragraph.iter().enumerate() {
        check_text(p, &format!("content/method.toml, paragraph {}", i + 1));
        writeln!(out, "        {},", table.text(p)).unwrap();
    }
    out.push_str("    ],\n");

    // Interface strings that travel with the texts; src/i18n.rs includes their constants.
    let interface: InterfaceFile = read(&dir, "interface.toml", false)
        .map(|s| parse("interface.toml", &s))
        .unwrap_or_default();
    let mut iface =
        String::from("// Generated by build.rs from content/interface.toml. Do not edit.\n");
    let mut later = String::new();
    for (name, t) in &interface.text {
        let ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            panic!("content/interface.toml: \"{name}\" is not a NAME_IN_CAPITALS");
        }
        check_text(t, &format!("content/interface.toml, {name}"));
        writeln!(iface, "pub const {name}: CText = {};", table.text(t)).unwrap();
        writeln!(later, "    ({name:?}, {name}),").unwrap();
    }
    writeln!(
        iface,
        "/// The interface strings that travel with the texts, for the tests.\npub const LATER: &[(&str, CText)] = &[\n{later}];"
    )
    .unwrap();

    writeln!(out, "    good_from: {},", settings.good_from).unwrap();
    writeln!(out, "    risk_below: {},", settings.risk_below).unwrap();
    out.push_str("};\n");

    let hash = table.hash();
    writeln!(
        out,
        "\n/// Names this build's text files; the first line of each must equal it.\npub const TEXTS_HASH: &str = {hash:?};"
    )
    .unwrap();
    writeln!(
        out,
        "/// How many texts each language's file holds (after the hash line).\npub const TEXTS_LEN: usize = {};",
        table.texts.len()
    )
    .unwrap();

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("content.rs"), out).unwrap();
    std::fs::write(out_dir.join("interface.rs"), iface).unwrap();
    let files = [
        ("nl", table.file(&hash, "nl")),
        ("en", table.file(&hash, "en")),
    ];
    for (lang, data) in &files {
        std::fs::write(out_dir.join(format!("texts.{lang}.txt")), data).unwrap();
    }

    // Also under a fixed path: trunk's post_build hook (Trunk.toml) copies target/texts/*.txt
    // into dist, and OUT_DIR's path (target/<triple>/<profile>/build/<crate>-<hash>/out) is not
    // stable. The hash in the name lets the files be cached forever. Files of other hashes are
    // removed so the hook copies only this build's; files of this hash are written through a
    // temporary name, as a native and a wasm build may run this script at the same time.
    let texts_dir = root.join("target").join("texts");
    std::fs::create_dir_all(&texts_dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", texts_dir.display()));
    if let Ok(entries) = std::fs::read_dir(&texts_dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("texts.")
                && name.ends_with(".txt")
                && !name.starts_with(&format!("texts.{hash}."))
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    for (lang, data) in &files {
        let dest = texts_dir.join(format!("texts.{hash}.{lang}.txt"));
        let tmp = texts_dir.join(format!(".texts.{hash}.{lang}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, data)
            .and_then(|()| std::fs::rename(&tmp, &dest))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    }
}

fn check_code(q: &QuestionIn, code: &str, what: &str) {
    if !q.option.iter().any(|o| o.code == code) {
        let codes: Vec<&str> = q.option.iter().map(|o| o.code.as_str()).collect();
        panic!(
            "{what}: \"{code}\" is not an option of question \"{}\" (its options: {codes:?})",
            q.id
        );
    }
}

fn clause(
    c: &ClauseIn,
    what: &str,
    ctx: &Ctx,
    known: &HashMap<String, Known>,
    role: Option<&str>,
) -> String {
    if let Some(list) = &c.any {
        let plain = c.q.is_none()
            && c.has.is_none()
            && c.lacks.is_none()
            && c.not.is_none()
            && c.dont_know.is_none()
            && c.intensity_at_least.is_none()
            && c.dimension.is_none()
            && c.below.is_none();
        if !plain || list.len() < 2 {
            panic!("{what}: `any` stands alone and lists at least two clauses");
        }
        let inner: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(n, c)| clause(c, &format!("{what}, any {}", n + 1), ctx, known, role))
            .collect();
        return format!("Clause::Any(&[{}])", inner.join(", "));
    }
    let forms = [
        c.has.is_some() || c.not.is_some(),
        c.lacks.is_some(),
        c.dont_know.is_some(),
        c.intensity_at_least.is_some(),
        c.below.is_some() || c.dimension.is_some(),
    ];
    if forms.iter().filter(|f| **f).count() != 1 {
        panic!(
            "{what}: a clause is exactly one of {{ q, has }}, {{ q, lacks }}, {{ q, not }}, {{ q, dont_know = true }}, {{ intensity_at_least }}, {{ dimension, below }}, {{ any }}"
        );
    }
    let question = |field: &str| -> &Known {
        let id =
            c.q.as_deref()
                .unwrap_or_else(|| panic!("{what}: `{field}` needs `q`, the question it is about"));
        let k = known
            .get(id)
            .unwrap_or_else(|| panic!("{what}: unknown question \"{id}\""));
        if let Some(r) = role {
            if k.role != r {
                panic!(
                    "{what}: question \"{id}\" is in content/{}, so this rule could never fire for the {} role",
                    k.file,
                    r.to_lowercase()
                );
            }
        }
        k
    };
    let no_q = |form: &str| {
        if c.q.is_some() {
            panic!("{what}: `{form}` does not take `q`");
        }
    };
    if c.has.is_some() && c.not.is_some() {
        panic!("{what}: a clause is either `has` or `not`");
    }
    if let Some(codes) = c.has.as_ref().or(c.lacks.as_ref()).or(c.not.as_ref()) {
        let field = if c.has.is_some() {
            "has"
        } else if c.lacks.is_some() {
            "lacks"
        } else {
            "not"
        };
        let k = question(field);
        if codes.is_empty() {
            panic!("{what}: `{field}` lists no codes");
        }
        for code in codes {
            check_code(k.q, code, what);
        }
        let variant = match field {
            "has" => "Has",
            "lacks" => "Lacks",
            _ => "Not",
        };
        return format!("Clause::{variant}({:?}, {})", k.q.id, strs(codes));
    }
    if let Some(dk) = c.dont_know {
        let k = question("dont_know");
        if !dk {
            panic!("{what}: write `dont_know = true` (false has no meaning)");
        }
        if !k.q.dont_know {
            panic!(
                "{what}: question \"{}\" does not offer \"Weet ik niet\" (dont_know = true)",
                k.q.id
            );
        }
        return format!("Clause::DontKnow({:?})", k.q.id);
    }
    if let Some(n) = c.intensity_at_least {
        no_q("intensity_at_least");
        if usize::from(n) >= ctx.levels {
            panic!(
                "{what}: intensity_at_least = {n}, but settings.toml has only levels 0..={}",
                ctx.levels - 1
            );
        }
        return format!("Clause::IntensityAtLeast({n})");
    }
    no_q("dimension");
    let (Some(d), Some(b)) = (c.dimension.as_deref(), c.below) else {
        panic!("{what}: a score clause needs both `dimension` and `below`");
    };
    let i = ctx.dim(d, what);
    if b == 0 || b > 100 {
        panic!("{what}: below = {b} must be 1..=100");
    }
    format!("Clause::ScoreBelow({i}, {b})")
}
