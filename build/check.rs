//! Every check on the content. A check does not stop at the first problem: it notes it, with the
//! file and the question, rule, option or other item it is about, and goes on, so one build names
//! everything a content author has to fix. The code generation (`emit.rs`) only ever sees content
//! that passed.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::schema::{ClauseIn, ConditionIn, Content, QuestionIn, Role, Text};

/// One problem in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file in `content/`, such as "official.toml", or the path of an embed page template.
    pub file: &'static str,
    /// Where in the file, such as `question "o_ask", option "run"`; empty for the file as a whole.
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A file of content/ goes by its name; another (an embed page template) by its path.
        let dir = if self.file.contains('/') {
            ""
        } else {
            "content/"
        };
        if self.at.is_empty() {
            write!(f, "{dir}{}: {}", self.file, self.message)
        } else {
            write!(f, "{dir}{}, {}: {}", self.file, self.at, self.message)
        }
    }
}

/// The files in the order their errors are listed.
pub const FILES: [&str; 8] = [
    "settings.toml",
    "sources.toml",
    "official.toml",
    "resident.toml",
    "initiative.toml",
    "topics.toml",
    "method.toml",
    "interface.toml",
];

/// Where errors of `file` are listed: by [`FILES`], then the embed page's templates.
pub fn order(file: &str) -> usize {
    FILES.iter().position(|f| *f == file).unwrap_or(FILES.len())
}

/// A place in the content that a problem is reported at.
#[derive(Clone)]
pub struct Place {
    file: &'static str,
    at: String,
}

impl Place {
    pub fn file(file: &'static str) -> Place {
        Place {
            file,
            at: String::new(),
        }
    }

    /// A part of this place: `question "o_ask"`, then `option "run"`.
    pub fn then(&self, part: impl fmt::Display) -> Place {
        let at = if self.at.is_empty() {
            part.to_string()
        } else {
            format!("{}, {part}", self.at)
        };
        Place {
            file: self.file,
            at,
        }
    }

    pub fn error(&self, message: impl Into<String>) -> Error {
        Error {
            file: self.file,
            at: self.at.clone(),
            message: message.into(),
        }
    }
}

/// The code names a question and its options by constants made of their id and codes
/// (`q::o_ask::RUN`), so these must be Rust names.
const NAME_RULE: &str =
    "may hold only lowercase letters, digits and _, and starts with a letter (the code names it)";

fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A question as seen by the checks of later questions and rules.
struct Known<'a> {
    q: &'a QuestionIn,
    file: &'static str,
    role: Role,
}

struct Checker<'a> {
    errors: Vec<Error>,
    /// Dimension ids and their index.
    dims: HashMap<&'a str, usize>,
    /// How many intensity levels there are.
    levels: usize,
    points: HashSet<&'a str>,
    /// The ids of the ladder steps, in order.
    ladder: Vec<&'a str>,
    /// The questions met so far (after the question pass: all of them).
    known: HashMap<&'a str, Known<'a>>,
}

/// Checks all content; `Err` lists every problem found, grouped by file.
pub fn check(c: &Content) -> Result<(), Vec<Error>> {
    let mut ch = Checker {
        errors: Vec::new(),
        dims: HashMap::new(),
        levels: c.settings.intensity.len(),
        points: HashSet::new(),
        ladder: c.settings.ladder.iter().map(|l| l.id.as_str()).collect(),
        known: HashMap::new(),
    };
    ch.settings(c);
    ch.sources(c);
    // All questions before any rule: a rule may name a question of either file.
    // Keys are unique across both files.
    let mut keys = HashMap::new();
    for (file, role, rf) in c.roles() {
        for q in &rf.question {
            ch.question(q, file, role, &mut keys);
        }
    }
    ch.rules(c);
    ch.topics(c);
    ch.method(c);
    ch.interface(c);
    let mut errors = ch.errors;
    if errors.is_empty() {
        return Ok(());
    }
    errors.sort_by_key(|e| order(e.file));
    Err(errors)
}

impl<'a> Checker<'a> {
    fn add(&mut self, at: &Place, message: impl Into<String>) {
        self.errors.push(at.error(message));
    }

    /// Both languages present, not blank and on one line (the text files hold one text a line).
    fn text(&mut self, t: &Text, at: &Place) {
        for (lang, name, v) in [("nl", "Dutch", &t.nl), ("en", "English", &t.en)] {
            if v.trim().is_empty() {
                self.add(at, format!("the {name} text ({lang}) is missing or empty"));
            } else if v.contains(['\n', '\r']) {
                self.add(
                    at,
                    format!(
                        "the {name} text ({lang}) contains a line break; write it on one line (a TOML \"\"\"multi-line\"\"\" string keeps its line breaks)"
                    ),
                );
            }
        }
    }

    fn dim(&mut self, id: &str, at: &Place) -> Option<usize> {
        let found = self.dims.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = self.dims.keys().copied().collect();
            known.sort_unstable();
            self.add(at, format!("unknown dimension \"{id}\" (known: {known:?})"));
        }
        found
    }

    fn points(&mut self, ids: &[String], at: &Place) {
        let mut seen = HashSet::new();
        for id in ids {
            if !self.points.contains(id.as_str()) {
                self.add(
                    at,
                    format!("unknown source point \"{id}\" (see content/sources.toml)"),
                );
            }
            if !seen.insert(id) {
                self.add(at, format!("source point \"{id}\" is listed twice"));
            }
        }
    }

    /// "3 levels (0..=2)", or "no levels" (already an error of its own).
    fn levels(&self) -> String {
        match self.levels {
            0 => "no levels".to_string(),
            n => format!("{n} levels (0..={})", n - 1),
        }
    }

    fn settings(&mut self, c: &'a Content) {
        let s = &c.settings;
        let file = Place::file("settings.toml");
        for (i, d) in s.dimension.iter().enumerate() {
            let at = file.then(format!("dimension \"{}\"", d.id));
            if d.id.trim().is_empty() {
                self.add(&file, format!("dimension {i} has an empty id"));
            } else if self.dims.contains_key(d.id.as_str()) {
                self.add(&at, "the id is used twice");
            } else {
                self.dims.insert(&d.id, i);
            }
            self.text(&d.name, &at.then("name"));
            self.text(&d.about, &at.then("about"));
            if let Some(w) = &d.initiative {
                self.text(&w.name, &at.then("initiative.name"));
                self.text(&w.about, &at.then("initiative.about"));
            }
        }
        if s.dimension.is_empty() {
            self.add(&file, "there must be at least one [[dimension]]");
        }
        if s.intensity.is_empty() {
            self.add(&file, "there must be at least one [[intensity]] level");
        }
        if s.risk_below > s.good_from || s.good_from > 100 {
            self.add(&file, "need risk_below <= good_from <= 100");
        }
        let mut ladder = HashSet::new();
        for (i, l) in s.ladder.iter().enumerate() {
            let at = file.then(format!("ladder step {i} (\"{}\")", l.id));
            if !ladder.insert(l.id.as_str()) {
                self.add(&at, "the id is used twice");
            }
            self.text(&l.name, &at.then("name"));
            self.text(&l.about, &at.then("about"));
        }
        for (i, l) in s.intensity.iter().enumerate() {
            let at = file.then(format!("intensity level {i}"));
            self.text(&l.label, &at.then("label"));
            self.text(&l.about, &at.then("about"));
            self.text(&l.about_initiative, &at.then("about_initiative"));
            if u16::from(s.good_from) + u16::from(l.bar) > 100 {
                self.add(
                    &at,
                    "good_from + bar is above 100, so no score could ever be good",
                );
            }
            match l.not_yet_risks {
                Some(n) if n == 0 || usize::from(n) > s.dimension.len() => self.add(
                    &at,
                    format!(
                        "not_yet_risks = {n} is out of range: 1 to the number of dimensions ({})",
                        s.dimension.len()
                    ),
                ),
                _ => {}
            }
            // A heavier ask is never judged more leniently than a lighter one.
            let lighter = s.intensity[..i]
                .iter()
                .filter_map(|x| x.not_yet_risks)
                .min();
            if lighter.is_some_and(|m| l.not_yet_risks.is_none_or(|n| n > m)) {
                self.add(
                    &at,
                    "not_yet_risks is more lenient than on a lighter level; a heavier ask needs as few or fewer risks",
                );
            }
        }
        for (name, set) in [
            ("official", &s.verdict.official),
            ("resident", &s.verdict.resident),
            ("initiative", &s.verdict.initiative),
        ] {
            for (level, v) in [
                ("not_yet", &set.not_yet),
                ("first_arrange", &set.first_arrange),
                ("ready", &set.ready),
            ] {
                let at = file.then(format!("verdict.{name}.{level}"));
                self.text(&v.title, &at.then("title"));
                self.text(&v.summary, &at.then("summary"));
            }
        }
    }

    /// Sources and points come before questions and rules: those cite them.
    fn sources(&mut self, c: &'a Content) {
        let file = Place::file("sources.toml");
        let mut ids = HashSet::new();
        for s in &c.sources.source {
            let at = file.then(format!("source \"{}\"", s.id));
            if !ids.insert(s.id.as_str()) {
                self.add(&at, "the id is used twice");
            }
            self.text(&s.about, &at.then("about"));
            // `authors` may be empty: a text that names no author is cited by its title.
            // `publisher` too, where the text names none: it is shown unchanged in both
            // languages, so it holds a name, never a description (that goes in `about`).
            if s.title.trim().is_empty() {
                self.add(&at, "title is empty");
            }
            match &s.year {
                toml::Value::String(y) if y.trim().is_empty() => self.add(&at, "year is empty"),
                toml::Value::String(_) | toml::Value::Integer(_) => {}
                _ => self.add(&at, "year must be a number or a text"),
            }
        }
        for p in &c.sources.point {
            let at = file.then(format!("point \"{}\"", p.id));
            if !self.points.insert(&p.id) {
                self.add(&at, "the id is used twice");
            }
            let prefix = p.id.split('-').next().unwrap_or("");
            if !ids.contains(prefix) {
                self.add(&at, format!("no source with id \"{prefix}\""));
            }
            self.text(&p.summary, &at.then("summary"));
        }
    }

    fn question(
        &mut self,
        q: &'a QuestionIn,
        file: &'static str,
        role: Role,
        keys: &mut HashMap<u16, &'a str>,
    ) {
        let in_file = Place::file(file);
        let at = in_file.then(format!("question \"{}\"", q.id));
        let fresh = if q.id.trim().is_empty() {
            self.add(&in_file, "a question has an empty id");
            false
        } else if !is_name(&q.id) {
            self.add(&at, NAME_RULE);
            false
        } else if self.known.contains_key(q.id.as_str()) {
            self.add(&at, "the id is used twice");
            false
        } else {
            true
        };
        if let Some(other) = keys.get(&q.key) {
            self.add(
                &at,
                format!("key {} is already used by question \"{other}\"", q.key),
            );
        } else {
            keys.insert(q.key, &q.id);
        }
        if !matches!(q.kind.as_str(), "single" | "multi") {
            self.add(
                &at,
                format!("kind must be \"single\" or \"multi\", not \"{}\"", q.kind),
            );
        }
        for (field, t) in [
            ("text", &q.text),
            ("short", &q.short),
            ("help", &q.help),
            ("follow_up", &q.follow_up),
        ] {
            self.text(t, &at.then(field));
        }
        // What goes into a resident's or initiators' letter is said in the content, not guessed
        // from the follow-up's wording: every resident follow-up is a question for the
        // municipality; an initiators' follow-up may be a task for the group (no `letter`).
        match (&q.letter, role) {
            (Some(_), Role::Official) => self.add(
                &at,
                "has a letter, but officials write no letter; leave `letter` out",
            ),
            (Some(t), _) => self.text(t, &at.then("letter")),
            (None, Role::Resident) if !q.retired => self.add(
                &at,
                "has no letter: a resident's follow-up goes into the letter to the municipality, so write it as a question to \"u\" (`letter = { nl = ..., en = ... }`)",
            ),
            (None, _) => {}
        }
        // A question without dimensions only routes: it scores nothing (an option that scores
        // is reported below, as a dimension not in the question's list).
        let mut qdims = Vec::new();
        for d in &q.dimensions {
            if let Some(i) = self.dim(d, &at) {
                if qdims.contains(&i) {
                    self.add(&at, format!("dimension \"{d}\" is listed twice"));
                }
                qdims.push(i);
            }
        }
        self.points(&q.sources, &at);
        if q.option.is_empty() {
            self.add(&at, "has no options");
        }
        let mut codes = HashSet::new();
        for o in &q.option {
            let opt = at.then(format!("option \"{}\"", o.code));
            if o.code.trim().is_empty() {
                self.add(&at, "an option has an empty code");
            } else if !is_name(&o.code) {
                self.add(&opt, NAME_RULE);
            } else if o.code == "id" {
                self.add(&opt, "\"id\" names the question itself in the code (q::<question>::ID); choose another code");
            }
            if !codes.insert(o.code.as_str()) {
                self.add(&opt, "the code is used twice in this question");
            }
            self.text(&o.label, &opt.then("label"));
            if !o.short.nl.is_empty() || !o.short.en.is_empty() {
                self.text(&o.short, &opt.then("short"));
            }
            // The plan and the paragraph are the official's documents: another role's option
            // would have a sentence that no document prints.
            match (&o.plan, role) {
                (Some(t), Role::Official) => self.text(t, &opt.then("plan")),
                (Some(_), _) => self.add(
                    &opt,
                    "has a plan sentence, but only the official's options go into the participation plan; leave `plan` out",
                ),
                (None, _) => {}
            }
            // A letter of its own asks only what this answer leaves unknown: it replaces the
            // question's letter, so only a weak option of a question with one can have it.
            if let Some(t) = &o.letter {
                if role == Role::Official {
                    self.add(
                        &opt,
                        "has a letter, but officials write no letter; leave `letter` out",
                    );
                } else if q.letter.is_none() || !q.weak.contains(&o.code) {
                    self.add(
                        &opt,
                        "has a letter, but it is only used on a weak option of a question with a letter",
                    );
                } else {
                    self.text(t, &opt.then("letter"));
                }
            }
            if o.exclusive && q.kind == "single" {
                self.add(&opt, "`exclusive` only makes sense in a multi question");
            }
            for (d, s) in &o.scores {
                if let Some(i) = self.dim(d, &opt) {
                    if !qdims.contains(&i) {
                        self.add(
                            &opt,
                            format!(
                                "scores dimension \"{d}\", which is not in the question's dimensions {:?}",
                                q.dimensions
                            ),
                        );
                    }
                }
                if *s > 100 {
                    self.add(&opt, format!("score {s} for \"{d}\" is above 100"));
                }
            }
            if let Some(n) = o.intensity {
                if usize::from(n) >= self.levels {
                    let levels = self.levels();
                    self.add(
                        &opt,
                        format!("intensity {n} is out of range: settings.toml has {levels}"),
                    );
                }
            }
            if let Some(id) = &o.ladder {
                if !self.ladder.contains(&id.as_str()) {
                    let known = format!("{:?}", self.ladder);
                    self.add(
                        &opt,
                        format!("unknown ladder step \"{id}\" (known: {known})"),
                    );
                }
            }
        }
        for w in &q.weak {
            if !codes.contains(w.as_str()) {
                self.add(
                    &at,
                    format!("weak answer \"{w}\" is not one of its option codes"),
                );
            }
        }
        // What the paragraph's "still open" says: every official question has it, as any of
        // them can be open there; another role's would be printed nowhere.
        match (&q.open, role) {
            (Some(t), Role::Official) => self.text(t, &at.then("open")),
            (None, Role::Official) if !q.retired => self.add(
                &at,
                "has no `open`: the participation paragraph needs it for when this question is still open",
            ),
            (Some(_), _) => self.add(
                &at,
                "has `open`, but only the official's questions go into the participation paragraph; leave it out",
            ),
            (None, _) => {}
        }
        // The paragraph's "still to do" after a weak answer: every official question with weak
        // answers has it, and no other.
        match (&q.settle, role, q.weak.is_empty()) {
            (Some(t), Role::Official, false) => self.text(t, &at.then("settle")),
            (None, Role::Official, false) if !q.retired => self.add(
                &at,
                "has weak answers but no `settle`: the participation paragraph needs it for them",
            ),
            (Some(_), _, _) => self.add(
                &at,
                "has `settle`, but only an official's question with weak answers is printed with it; leave it out",
            ),
            (None, _, _) => {}
        }
        if let Some(c) = &q.condition {
            self.condition(c, "condition", &at, role);
        }
        if let Some(c) = &q.weak_when {
            self.condition(c, "weak_when", &at, role);
            if q.weak.is_empty() {
                self.add(
                    &at,
                    "weak_when without weak answers: it would change nothing",
                );
            }
        }
        // A variant words the follow-up (and the letter's question) for another answer: the
        // same question in other words, so it has a letter exactly when the question has one.
        // An official's words only the sheet: the documents name the question by its `open` and
        // `settle`.
        for (i, v) in q.variant.iter().enumerate() {
            let var = at.then(format!("variant {}", i + 1));
            if v.when.all().is_empty() {
                self.add(&var, "has an empty `when`: it would hold for every answer");
            }
            for c in v.when.all() {
                self.condition(c, "when", &var, role);
            }
            self.text(&v.follow_up, &var.then("follow_up"));
            // It may leave answers out of the weak ones, never add one: a `settle` (the
            // paragraph's "still to do") is written for the question's own.
            for w in v.weak.iter().flatten() {
                if !q.weak.contains(w) {
                    self.add(
                        &var,
                        format!("weak answer \"{w}\" is not one of its question's weak answers"),
                    );
                }
            }
            match (&v.letter, &q.letter) {
                (Some(t), Some(_)) => self.text(t, &var.then("letter")),
                (Some(_), None) if role == Role::Official => self.add(
                    &var,
                    "has a letter, but officials write no letter; leave `letter` out",
                ),
                (None, None) => {}
                (Some(_), None) => self.add(
                    &var,
                    "has a letter, but its question has none (a task for the group itself); leave `letter` out",
                ),
                (None, Some(_)) => self.add(
                    &var,
                    "has no letter, but its question has one: word the letter's question for this answer too",
                ),
            }
        }
        if fresh {
            self.known.insert(&q.id, Known { q, file, role });
        }
    }

    /// A question's `condition` or `weak_when` (`field`): it names an earlier question of the
    /// same role, and exactly one of `any_of` and `none_of`, with that question's codes.
    fn condition(&mut self, c: &ConditionIn, field: &str, at: &Place, role: Role) {
        match self.known.get(c.question.as_str()) {
            None => self.add(
                at,
                format!(
                    "{field} refers to question \"{}\", which is unknown or comes later; a {field} must refer to an earlier question",
                    c.question
                ),
            ),
            Some(target) => {
                let target_q = target.q;
                if target.role != role {
                    self.add(
                        at,
                        format!(
                            "{field} refers to \"{}\", a question of the other role",
                            c.question
                        ),
                    );
                }
                match (c.any_of.is_empty(), c.none_of.is_empty()) {
                    (true, true) => self.add(at, format!("{field}.any_of is empty")),
                    (false, false) => self.add(
                        at,
                        format!("{field} has both any_of and none_of; use one of them"),
                    ),
                    _ => {}
                }
                for code in c.any_of.iter().chain(&c.none_of) {
                    self.code(target_q, code, &at.then(field));
                }
            }
        }
    }

    /// `code` is one of question `q`'s option codes.
    fn code(&mut self, q: &QuestionIn, code: &str, at: &Place) {
        if !q.option.iter().any(|o| o.code == code) {
            let codes: Vec<&str> = q.option.iter().map(|o| o.code.as_str()).collect();
            self.add(
                at,
                format!(
                    "\"{code}\" is not an option of question \"{}\" (its options: {codes:?})",
                    q.id
                ),
            );
        }
    }

    fn rules(&mut self, c: &'a Content) {
        let mut roles: HashMap<&str, Option<Role>> = HashMap::new();
        let mut replacing: Vec<(Place, Option<Role>, &'a super::schema::RuleIn)> = Vec::new();
        // Rules whose id is used twice.
        let mut twice: HashSet<&str> = HashSet::new();
        for (file, role, rf) in c.roles() {
            let in_file = Place::file(file);
            for r in &rf.rule {
                let at = in_file.then(format!("rule \"{}\"", r.id));
                let rrole = match r.role.as_deref() {
                    None => Some(role),
                    Some("both") => None,
                    Some(x) => {
                        self.add(
                            &at,
                            format!(
                                "role may only be \"both\" (leave it out for this file's role), not \"{x}\""
                            ),
                        );
                        Some(role)
                    }
                };
                if r.id.trim().is_empty() {
                    self.add(&in_file, "a rule has an empty id");
                } else if roles.contains_key(r.id.as_str()) {
                    self.add(&at, "the id is used twice");
                    twice.insert(r.id.as_str());
                } else {
                    roles.insert(&r.id, rrole);
                }
                for (field, t) in [
                    ("title", &r.title),
                    ("text", &r.text),
                    ("change", &r.change),
                ] {
                    self.text(t, &at.then(field));
                }
                // The paragraph lists an official's knock-outs by their `first`, and nothing else.
                match (&r.first, rrole == Some(Role::Official) && r.knockout) {
                    (Some(t), true) => self.text(t, &at.then("first")),
                    (None, true) => self.add(
                        &at,
                        "is an official's knock-out without `first`: the participation paragraph needs it",
                    ),
                    (Some(_), false) => self.add(
                        &at,
                        "has `first`, but only an official's knock-out is printed with it; leave it out",
                    ),
                    (None, false) => {}
                }
                match (&r.settle, rrole == Some(Role::Official) && !r.knockout) {
                    (Some(t), true) => self.text(t, &at.then("settle")),
                    (Some(_), false) => self.add(
                        &at,
                        "has `settle`, but only an official's item that is no knock-out has one (a knock-out has `first`)",
                    ),
                    (None, _) => {}
                }
                // Officials write no letter.
                match (&r.letter, rrole) {
                    (Some(_), Some(Role::Official) | None) => self.add(
                        &at,
                        "has a letter, but officials write no letter; leave `letter` out",
                    ),
                    (Some(t), _) => self.text(t, &at.then("letter")),
                    (None, _) => {}
                }
                self.points(&r.sources, &at);
                if r.when.is_empty() {
                    self.add(&at, "`when` is empty; a rule needs at least one clause");
                }
                for (n, clause) in r.when.iter().enumerate() {
                    self.clause(clause, &at.then(format!("clause {}", n + 1)), rrole);
                }
                self.list(r, &at, rrole);
                replacing.push((at, rrole, r));
            }
        }
        // Both relations keep the named rule off the sheet; each names a known rule of the same
        // role, not itself, once.
        let mut hides: HashMap<&str, Vec<&str>> = HashMap::new();
        for (at, role, r) in &replacing {
            for (field, ids) in [("replaces", &r.replaces), ("excludes", &r.excludes)] {
                for id in ids.iter() {
                    match roles.get(id.as_str()) {
                        None => self.add(at, format!("{field} unknown rule \"{id}\"")),
                        Some(x) if x != role => {
                            self.add(at, format!("{field} \"{id}\", a rule of another role"));
                        }
                        // (A rule whose id is used twice is already named for that.)
                        Some(_) if *id == r.id && twice.contains(id.as_str()) => {}
                        Some(_) if *id == r.id => self.add(at, format!("{field} itself")),
                        Some(_) => {
                            let list = hides.entry(r.id.as_str()).or_default();
                            if list.contains(&id.as_str()) {
                                self.add(
                                    at,
                                    format!("names \"{id}\" twice in replaces and excludes"),
                                );
                            }
                            list.push(id);
                        }
                    }
                }
            }
        }
        // A follow-up a rule leaves out is one of a known question of the same role.
        for (at, role, r) in &replacing {
            for (field, ids) in [
                ("excludes_follow_ups", &r.excludes_follow_ups),
                ("carries_follow_ups", &r.carries_follow_ups),
            ] {
                for id in ids.iter() {
                    match self.known.get(id.as_str()) {
                        None => self.add(at, format!("{field} unknown question \"{id}\"")),
                        Some(k) if role.is_some_and(|x| x != k.role) => {
                            self.add(at, format!("{field} \"{id}\", a question of another role"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        // A rule that hides a rule that hides it (directly or round a chain) would take both off
        // the sheet when both fire.
        for (at, _, r) in &replacing {
            if let Some(path) = cycle(&hides, &r.id) {
                self.add(
                    at,
                    format!(
                        "replaces or excludes a rule that hides it in turn ({}); when both fire neither would show",
                        path.join(" -> ")
                    ),
                );
            }
        }
    }

    /// A rule's `list` names what exists, and its texts have a `{}` for it exactly when it has one.
    fn list(&mut self, r: &'a super::schema::RuleIn, at: &Place, role: Option<Role>) {
        let count = |t: &str| t.matches("{}").count();
        let fields = [
            ("title", &r.title),
            ("text", &r.text),
            ("change", &r.change),
        ];
        for (field, t) in fields {
            if count(&t.nl) != count(&t.en) {
                self.add(
                    &at.then(field),
                    format!(
                        "the Dutch text has {} {{}} placeholders, the English {}; each needs the same number",
                        count(&t.nl),
                        count(&t.en)
                    ),
                );
            }
        }
        let total: usize = fields.iter().map(|(_, t)| count(&t.nl)).sum();
        let Some(l) = &r.list else {
            if total > 0 {
                self.add(at, "a text has {}, but the rule has no `list` to fill it");
            }
            return;
        };
        let at = at.then("list");
        if total == 0 {
            self.add(&at, "no text has a {} to put the list in");
        }
        match (&l.unticked, &l.causes) {
            (Some(id), None) => {
                let Some(k) = self.known.get(id.as_str()) else {
                    self.add(&at, format!("unknown question \"{id}\""));
                    return;
                };
                let (q, qrole) = (k.q, k.role);
                if role.is_some_and(|x| x != qrole) {
                    self.add(&at, format!("question \"{id}\" is of another role"));
                }
                if q.kind != "multi" {
                    self.add(&at, format!("`unticked` needs a multi question; \"{id}\" is not"));
                }
                if !r.when.iter().any(|c| c.q.as_deref() == Some(id.as_str())) {
                    self.add(
                        &at,
                        format!("no clause of the rule names \"{id}\": name it, so the item says why"),
                    );
                }
                if l.of.is_empty() {
                    self.add(&at, "`of` is empty: list the options that matter for this item");
                }
                for code in &l.of {
                    self.code(q, code, &at);
                }
            }
            (None, Some(named)) if l.of.is_empty() && !named.is_empty() => {
                for (id, words) in named {
                    self.text(words, &at.then(format!("causes.{id}")));
                    let Some(k) = self.known.get(id.as_str()) else {
                        self.add(&at, format!("unknown question \"{id}\""));
                        continue;
                    };
                    let (q, qrole): (&'a QuestionIn, Role) = (k.q, k.role);
                    let qdims = &q.dimensions;
                    if role.is_some_and(|x| x != qrole) {
                        self.add(&at, format!("question \"{id}\" is of another role"));
                    }
                    if !r.when.iter().any(|c| could_cause(c, id, qdims)) {
                        self.add(
                            &at,
                            format!("no clause of the rule can make \"{id}\" one of its causes"),
                        );
                    }
                }
            }
            _ => self.add(
                &at,
                "give either `unticked` (a question) with `of` (its codes), or `causes` (questions and their words)",
            ),
        }
    }

    /// The question a clause is about, or `None` after noting why there is none. A question of
    /// another role is noted but still returned, so its codes are checked too.
    fn clause_question(
        &mut self,
        c: &ClauseIn,
        field: &str,
        at: &Place,
        role: Option<Role>,
    ) -> Option<&'a QuestionIn> {
        let Some(id) = c.q.as_deref() else {
            self.add(at, format!("`{field}` needs `q`, the question it is about"));
            return None;
        };
        let Some(k) = self.known.get(id) else {
            self.add(at, format!("unknown question \"{id}\""));
            return None;
        };
        let (q, file, qrole) = (k.q, k.file, k.role);
        if let Some(r) = role {
            if qrole != r {
                self.add(
                    at,
                    format!(
                        "question \"{id}\" is in content/{file}, so this rule could never fire for the {} role",
                        r.name().to_lowercase()
                    ),
                );
            }
        }
        Some(q)
    }

    fn clause(&mut self, c: &ClauseIn, at: &Place, role: Option<Role>) {
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
                self.add(at, "`any` stands alone and lists at least two clauses");
            }
            for (n, inner) in list.iter().enumerate() {
                self.clause(inner, &at.then(format!("any {}", n + 1)), role);
            }
            return;
        }
        let forms = [
            c.has.is_some() || c.not.is_some(),
            c.lacks.is_some(),
            c.dont_know.is_some(),
            c.intensity_at_least.is_some(),
            c.below.is_some() || c.dimension.is_some(),
        ];
        if forms.iter().filter(|f| **f).count() != 1 {
            self.add(
                at,
                "a clause is exactly one of { q, has }, { q, lacks }, { q, not }, { q, dont_know = true }, { intensity_at_least }, { dimension, below }, { any }",
            );
            return;
        }
        if c.has.is_some() && c.not.is_some() {
            self.add(at, "a clause is either `has` or `not`");
            return;
        }
        if let Some(codes) = c.has.as_ref().or(c.lacks.as_ref()).or(c.not.as_ref()) {
            let field = if c.has.is_some() {
                "has"
            } else if c.lacks.is_some() {
                "lacks"
            } else {
                "not"
            };
            let q = self.clause_question(c, field, at, role);
            if codes.is_empty() {
                self.add(at, format!("`{field}` lists no codes"));
            }
            if let Some(q) = q {
                for code in codes {
                    self.code(q, code, at);
                }
            }
            return;
        }
        if let Some(dk) = c.dont_know {
            let q = self.clause_question(c, "dont_know", at, role);
            if !dk {
                self.add(at, "write `dont_know = true` (false has no meaning)");
            }
            if let Some(q) = q {
                if !q.dont_know {
                    self.add(
                        at,
                        format!(
                            "question \"{}\" does not offer \"Weet ik niet\" (dont_know = true)",
                            q.id
                        ),
                    );
                }
            }
            return;
        }
        let form = if c.intensity_at_least.is_some() {
            "intensity_at_least"
        } else {
            "dimension"
        };
        if c.q.is_some() {
            self.add(at, format!("`{form}` does not take `q`"));
        }
        if let Some(n) = c.intensity_at_least {
            if usize::from(n) >= self.levels {
                let levels = match self.levels {
                    0 => "no levels".to_string(),
                    n => format!("only levels 0..={}", n - 1),
                };
                self.add(
                    at,
                    format!("intensity_at_least = {n}, but settings.toml has {levels}"),
                );
            }
            return;
        }
        let (Some(d), Some(b)) = (c.dimension.as_deref(), c.below) else {
            self.add(at, "a score clause needs both `dimension` and `below`");
            return;
        };
        self.dim(d, at);
        if b == 0 || b > 100 {
            self.add(at, format!("below = {b} must be 1..=100"));
        }
    }

    /// Each topic's texts and sources, and every question that is asked on exactly one topic,
    /// in its own role's list: a comparison must not leave an answer out, nor count it twice. A
    /// retired question is on none.
    fn topics(&mut self, c: &'a Content) {
        let Some(topics) = &c.topics else { return };
        let file = Place::file("topics.toml");
        let mut ids = HashSet::new();
        let mut on: HashMap<&str, &str> = HashMap::new();
        for t in &topics.topic {
            let at = file.then(format!("topic \"{}\"", t.id));
            if !ids.insert(t.id.as_str()) {
                self.add(&at, "this id is already used by another topic");
            }
            self.text(&t.name, &at.then("name"));
            self.text(&t.talk, &at.then("talk"));
            self.points(&t.sources, &at);
            for role in Role::ALL {
                for id in t.questions(role) {
                    let list = role.name().to_lowercase();
                    match self.known.get(id.as_str()) {
                        None => self.add(&at, format!("{list}: unknown question \"{id}\"")),
                        Some(k) if k.role != role => {
                            self.add(&at, format!("{list}: question \"{id}\" is another role's"))
                        }
                        Some(k) if k.q.retired => self.add(
                            &at,
                            format!("{list}: question \"{id}\" is retired; leave it out"),
                        ),
                        Some(_) => {
                            if let Some(other) = on.insert(id.as_str(), t.id.as_str()) {
                                self.add(
                                    &at,
                                    format!("question \"{id}\" is already on topic \"{other}\""),
                                );
                            }
                        }
                    }
                }
            }
        }
        let mut missing: Vec<&str> = self
            .known
            .iter()
            .filter(|(id, k)| !k.q.retired && !on.contains_key(*id))
            .map(|(id, _)| *id)
            .collect();
        missing.sort_unstable();
        for id in missing {
            self.add(&file, format!("question \"{id}\" is on no topic"));
        }
    }

    fn method(&mut self, c: &Content) {
        let file = Place::file("method.toml");
        for (i, p) in c.method.paragraph.iter().enumerate() {
            self.text(p, &file.then(format!("paragraph {}", i + 1)));
        }
    }

    /// Every part of the catalogue: names in capitals and used once across all parts, both
    /// languages there, and as many `{}` in the Dutch as in the English (the app fills them in
    /// order, so a missing one would drop a number from the page).
    fn interface(&mut self, c: &Content) {
        let file = Place::file("interface.toml");
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (part, strings) in c.interface.parts() {
            for (name, t) in strings {
                let at = file.then(format!("[{part}] {name}"));
                if !is_constant_name(name) {
                    self.add(&at, "the name is not a NAME_IN_CAPITALS");
                }
                // Within a part TOML itself refuses a name twice; across parts it is up to us.
                if let Some(first) = seen.insert(name, part) {
                    self.add(&at, format!("the name is already used in [{first}]"));
                }
                self.text(t, &at);
                let (nl, en) = (t.nl.matches("{}").count(), t.en.matches("{}").count());
                if nl != en && !t.nl.trim().is_empty() && !t.en.trim().is_empty() {
                    self.add(
                        &at,
                        format!("the Dutch text has {nl} {{}} placeholders, the English {en}; each needs the same number"),
                    );
                }
            }
        }
    }
}

/// A Rust constant's name: capitals, digits and `_`.
pub fn is_constant_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `clause` can name question `id` (with dimensions `dims`) among a rule's causes.
fn could_cause(c: &ClauseIn, id: &str, dims: &[String]) -> bool {
    if let Some(list) = &c.any {
        return list.iter().any(|c| could_cause(c, id, dims));
    }
    c.q.as_deref() == Some(id) || c.dimension.as_ref().is_some_and(|d| dims.contains(d))
}

/// A chain of hidden rules from `start` back to `start`, if there is one.
fn cycle<'a>(hides: &HashMap<&'a str, Vec<&'a str>>, start: &'a str) -> Option<Vec<&'a str>> {
    let mut path = vec![start];
    let mut seen = HashSet::new();
    fn walk<'a>(
        hides: &HashMap<&'a str, Vec<&'a str>>,
        start: &'a str,
        path: &mut Vec<&'a str>,
        seen: &mut HashSet<&'a str>,
    ) -> bool {
        let at = *path.last().expect("never empty");
        for &next in hides.get(at).map(|v| v.as_slice()).unwrap_or(&[]) {
            if next == start {
                path.push(next);
                return true;
            }
            if seen.insert(next) {
                path.push(next);
                if walk(hides, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    walk(hides, start, &mut path, &mut seen).then_some(path)
}
