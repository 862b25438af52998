//! The shape of the files in `content/`, as serde reads them. Nothing is checked here beyond what
//! serde must reject (a TOML syntax error, an unknown field, a wrong type, a missing id): the rest
//! is up to `check.rs`, which names every problem instead of the first. That is why a text's `nl`
//! and `en` may be left out here: a missing language is reported with all the other errors.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub nl: String,
    #[serde(default)]
    pub en: String,
}

// ---------- settings.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub good_from: u8,
    pub risk_below: u8,
    pub dimension: Vec<DimensionIn>,
    pub intensity: Vec<IntensityIn>,
    pub ladder: Vec<LadderIn>,
    pub verdict: VerdictsIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderIn {
    pub id: String,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionIn {
    pub id: String,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub about: Text,
    #[serde(default)]
    pub raised_by_intensity: bool,
    /// The name and line the initiators see, where the municipality's wording does not fit them.
    pub initiative: Option<DimensionWordsIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionWordsIn {
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntensityIn {
    #[serde(default)]
    pub label: Text,
    #[serde(default)]
    pub about: Text,
    /// The same for an initiators' plan, in their terms (a street party, a vegetable garden).
    #[serde(default)]
    pub about_initiative: Text,
    pub bar: u8,
    /// How many topics at risk make the verdict "not yet" without a knock-out; absent: never.
    #[serde(default)]
    pub not_yet_risks: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictsIn {
    pub official: VerdictSetIn,
    pub resident: VerdictSetIn,
    pub initiative: VerdictSetIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictSetIn {
    pub not_yet: VerdictIn,
    pub first_arrange: VerdictIn,
    pub ready: VerdictIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictIn {
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub summary: Text,
}

// ---------- official.toml / resident.toml / initiative.toml ----------

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RoleFile {
    #[serde(default)]
    pub question: Vec<QuestionIn>,
    #[serde(default)]
    pub rule: Vec<RuleIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionIn {
    pub id: String,
    pub key: u16,
    pub kind: String,
    pub dimensions: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub dont_know: bool,
    pub condition: Option<ConditionIn>,
    #[serde(default)]
    pub text: Text,
    #[serde(default)]
    pub short: Text,
    #[serde(default)]
    pub help: Text,
    #[serde(default)]
    pub follow_up: Text,
    /// Residents and initiators: the follow-up as a question to the municipality in their letter
    /// ("u"). Left out, the follow-up is a task for the initiators' own group and stays out.
    pub letter: Option<Text>,
    /// Officials: what the participation paragraph's "still open" says of this question, a
    /// neutral phrase (not an instruction) after "not yet known or settled:".
    pub open: Option<Text>,
    /// Officials, on a question with weak answers: what the paragraph's "still to do" says after
    /// such an answer, a task in the infinitive that asks nothing the answer already gave.
    pub settle: Option<Text>,
    #[serde(default)]
    pub weak: Vec<String>,
    /// The weak answers give the follow-up only while this holds (as a `condition` does).
    pub weak_when: Option<ConditionIn>,
    /// Residents and initiators: the follow-up and letter worded for another answer (the task
    /// the resident was given), in place of the question's own while `when` holds.
    #[serde(default)]
    pub variant: Vec<VariantIn>,
    #[serde(default)]
    pub retired: bool,
    /// Orders the follow-ups, lower first; 50 when left out.
    pub priority: Option<u8>,
    #[serde(default)]
    pub option: Vec<OptionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionIn {
    pub question: String,
    /// Asked when the answer includes one of these.
    #[serde(default)]
    pub any_of: Vec<String>,
    /// Or: asked unless the answer includes one of these (also when it is unanswered).
    #[serde(default)]
    pub none_of: Vec<String>,
}

/// One condition, or a list of them that must all hold (`when = [{ ... }, { ... }]`).
#[derive(Deserialize)]
#[serde(untagged)]
pub enum Conditions {
    One(ConditionIn),
    All(Vec<ConditionIn>),
}

impl Conditions {
    pub fn all(&self) -> &[ConditionIn] {
        match self {
            Conditions::One(c) => std::slice::from_ref(c),
            Conditions::All(cs) => cs,
        }
    }
}

/// A question's follow-up and letter for when an earlier answer holds: the first that holds
/// replaces the question's own, and its `weak`, where it has one, the question's weak answers.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantIn {
    pub when: Conditions,
    #[serde(default)]
    pub follow_up: Text,
    pub letter: Option<Text>,
    pub weak: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionIn {
    pub code: String,
    #[serde(default)]
    pub label: Text,
    #[serde(default)]
    pub scores: BTreeMap<String, u8>,
    pub intensity: Option<u8>,
    #[serde(default)]
    pub exclusive: bool,
    /// The id of a step in settings.toml's [[ladder]].
    pub ladder: Option<String>,
    #[serde(default)]
    pub delivers: bool,
    /// A few words naming the option inside a sentence; the label when left out.
    #[serde(default)]
    pub short: Text,
    /// What the official's participation plan says when this option is chosen.
    pub plan: Option<Text>,
    /// Residents and initiators, on a weak option: what their letter asks instead of the
    /// question's `letter` when this option was chosen (only what is still unknown).
    pub letter: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleIn {
    pub id: String,
    /// Optional: "both" makes a rule apply to either role; by default a rule belongs to the
    /// role of the file it is in.
    pub role: Option<String>,
    pub priority: u8,
    #[serde(default)]
    pub knockout: bool,
    #[serde(default)]
    pub sources: Vec<String>,
    pub when: Vec<ClauseIn>,
    /// Rules of the same role that this one makes redundant: it says the same, or more.
    #[serde(default)]
    pub replaces: Vec<String>,
    /// Rules of the same role that cannot be true beside this one.
    #[serde(default)]
    pub excludes: Vec<String>,
    /// Questions of the same role whose follow-ups this rule's answers make moot.
    #[serde(default)]
    pub excludes_follow_ups: Vec<String>,
    /// Questions of the same role whose follow-up this rule's item already says.
    #[serde(default)]
    pub carries_follow_ups: Vec<String>,
    /// What fills the `{}` in the rule's texts.
    pub list: Option<ListIn>,
    /// An official's knock-out: what the participation paragraph lists under what the
    /// municipality must do first, a task in the infinitive (the title speaks to the official).
    pub first: Option<Text>,
    /// An official's item that is no knock-out, raised by what the answers leave out (an option
    /// left unticked), so no weak answer puts its task in the paragraph: what the paragraph's
    /// "still to do" lists for it, a task in the infinitive.
    pub settle: Option<Text>,
    /// Residents and initiators: the item's question to the municipality in their letter, for an
    /// item that asks something none of its answers puts in the letter (an option left unticked).
    pub letter: Option<Text>,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub text: Text,
    #[serde(default)]
    pub change: Text,
}

/// `{ unticked = "o_support", of = [...] }` or `{ causes = [...] }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListIn {
    pub unticked: Option<String>,
    #[serde(default)]
    pub of: Vec<String>,
    /// Question id -> the words for it in the rule's sentence.
    pub causes: Option<BTreeMap<String, Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseIn {
    pub q: Option<String>,
    pub has: Option<Vec<String>>,
    pub lacks: Option<Vec<String>>,
    pub dont_know: Option<bool>,
    pub intensity_at_least: Option<u8>,
    pub dimension: Option<String>,
    pub below: Option<u8>,
    pub not: Option<Vec<String>>,
    pub any: Option<Vec<ClauseIn>>,
}

// ---------- sources.toml / method.toml / interface.toml ----------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceIn>,
    pub point: Vec<PointIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceIn {
    pub id: String,
    /// May be empty: a text that names no author is cited by its title.
    pub authors: String,
    pub title: String,
    pub publisher: String,
    /// A number or a text ("2018").
    pub year: toml::Value,
    #[serde(default)]
    pub about: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointIn {
    pub id: String,
    #[serde(default)]
    pub summary: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodFile {
    pub paragraph: Vec<Text>,
}

/// The topics a comparison shows side by side: each role's questions on one shared topic.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TopicsFile {
    #[serde(default)]
    pub topic: Vec<TopicIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicIn {
    pub id: String,
    /// The topic's name in the comparison's table.
    pub name: Text,
    /// What to talk about first when people see this topic differently.
    pub talk: Text,
    pub sources: Vec<String>,
    /// Each role's questions on this topic, by id; empty where the role is not asked about it.
    #[serde(default)]
    pub official: Vec<String>,
    #[serde(default)]
    pub resident: Vec<String>,
    #[serde(default)]
    pub initiative: Vec<String>,
}

impl TopicIn {
    pub fn questions(&self, role: Role) -> &[String] {
        match role {
            Role::Official => &self.official,
            Role::Resident => &self.resident,
            Role::Initiative => &self.initiative,
        }
    }
}

/// The catalogue of interface strings, in five parts by where they end up. The names of `wasm`
/// and `text` are `crate::i18n` constants; `embed` holds the embed page's own strings, `later`
/// those of `later.js`, `about` those of the about page's HTML.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct InterfaceFile {
    /// Compiled into the wasm as `Text`: what is shown before the texts arrive.
    #[serde(default)]
    pub wasm: BTreeMap<String, Text>,
    /// In the text files as `CText`: everything shown once the texts are there.
    #[serde(default)]
    pub text: BTreeMap<String, Text>,
    /// Only in the embed page (`insluiten.html`, `insluiten.js`), written at build time.
    #[serde(default)]
    pub embed: BTreeMap<String, Text>,
    /// Only in `later.js` (the notices above the page), written at build time.
    #[serde(default)]
    pub later: BTreeMap<String, Text>,
    /// Only on the about page ("Over deze check"), written into its HTML at build time.
    #[serde(default)]
    pub about: BTreeMap<String, Text>,
}

impl InterfaceFile {
    /// The parts with their table names, in the order they are checked and reported.
    pub fn parts(&self) -> [(&'static str, &BTreeMap<String, Text>); 5] {
        [
            ("wasm", &self.wasm),
            ("text", &self.text),
            ("embed", &self.embed),
            ("later", &self.later),
            ("about", &self.about),
        ]
    }

    /// A string of any part, by name.
    pub fn get(&self, name: &str) -> Option<&Text> {
        self.parts()
            .into_iter()
            .find_map(|(_, part)| part.get(name))
    }
}

/// Every file of `content/`, parsed. A role file or interface.toml that does not exist is empty.
pub struct Content {
    pub settings: Settings,
    pub sources: SourcesFile,
    pub method: MethodFile,
    pub official: RoleFile,
    pub resident: RoleFile,
    pub initiative: RoleFile,
    pub interface: InterfaceFile,
    /// `None` when the file is left out (small content in the build's tests); the real content
    /// has it, and `tests/compare.rs` holds that every question is on a topic.
    pub topics: Option<TopicsFile>,
}

impl Content {
    /// The role files with their names and the role they hold, in `Role::ALL`'s order.
    pub fn roles(&self) -> [(&'static str, Role, &RoleFile); 3] {
        [
            ("official.toml", Role::Official, &self.official),
            ("resident.toml", Role::Resident, &self.resident),
            ("initiative.toml", Role::Initiative, &self.initiative),
        ]
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Official,
    Resident,
    Initiative,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Official, Role::Resident, Role::Initiative];

    /// The variant's name in `crate::model::content::Role`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Official => "Official",
            Role::Resident => "Resident",
            Role::Initiative => "Initiative",
        }
    }
}
