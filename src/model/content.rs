//! The questionnaire's types. The data itself lives in `content/*.toml`; `build.rs` turns it into
//! the statics included at the bottom of this file, so the app ships no parser. Its texts are not
//! in the statics but in one file per language, loaded at run time (see [`super::texts`]); the
//! statics hold a [`CText`], an index into those files.

use super::lang::Lang;
use super::texts;

/// A content text: an index into the text files that `build.rs` writes. Its text is there once
/// [`texts::install`] has loaded that language's file (natively: always); before that, "".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CText(pub u16);

impl CText {
    pub fn get(&self, lang: Lang) -> &'static str {
        texts::get(self.0, lang)
    }

    pub fn nl(&self) -> &'static str {
        self.get(Lang::Nl)
    }

    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Works for the municipality and runs the process.
    Official,
    /// Was invited by the municipality to take part.
    Resident,
    /// Residents with a plan of their own, or who want to take over a task, and what they need
    /// from the municipality.
    Initiative,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Official, Role::Resident, Role::Initiative];

    /// The stable code used in URLs, storage and share links.
    pub fn code(self) -> &'static str {
        match self {
            Role::Official => "official",
            Role::Resident => "resident",
            Role::Initiative => "initiative",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "official" => Some(Role::Official),
            "resident" => Some(Role::Resident),
            "initiative" => Some(Role::Initiative),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One option (radios).
    Single,
    /// Any number of options (checkboxes); an `exclusive` option stands alone.
    Multi,
}

#[derive(Debug)]
pub struct Dimension {
    pub id: &'static str,
    pub name: CText,
    /// One sentence on what the dimension covers, shown beside its score.
    pub about: CText,
    /// Whether the intensity of the ask raises the bar for this dimension (point 000-5).
    pub raised_by_intensity: bool,
    /// The name and line in the initiators' terms (the same as `name` and `about` where those fit).
    pub name_initiative: CText,
    pub about_initiative: CText,
}

impl Dimension {
    pub fn name_for(&self, role: Role) -> CText {
        match role {
            Role::Initiative => self.name_initiative,
            _ => self.name,
        }
    }

    pub fn about_for(&self, role: Role) -> CText {
        match role {
            Role::Initiative => self.about_initiative,
            _ => self.about,
        }
    }
}

#[derive(Debug)]
pub struct Opt {
    /// Stable code; never renamed once released (share links use the option's position,
    /// so options are only ever appended).
    pub code: &'static str,
    pub label: CText,
    /// A few words naming the option inside a sentence ("training of begeleiding"), for an item
    /// that lists what is missing; the label where the content gives none.
    pub short: CText,
    /// Points this option gives, per dimension index into `Content::dimensions`.
    pub scores: &'static [(usize, u8)],
    /// For questions about the ask: how heavy this option makes it (0 light .. 3 very heavy).
    pub intensity: Option<u8>,
    /// In a multiple-choice question, an option such as "nothing arranged yet" that excludes the others.
    pub exclusive: bool,
    /// The step on the participation ladder this answer amounts to (index into `Content::ladder`).
    pub ladder: Option<u8>,
    /// Residents deliver (part of) a public service themselves: coproduction as the sources mean it.
    pub delivers: bool,
}

/// A question applies only when another question's answer is one of `any_of`; or, when
/// `any_of` is empty, unless that answer is one of `none_of` (then it also applies while that
/// question is unanswered or does not apply itself, as in a share link made before it existed).
#[derive(Debug)]
pub struct Condition {
    pub question: &'static str,
    pub any_of: &'static [&'static str],
    pub none_of: &'static [&'static str],
}

/// In the check's own entry (index.html: wasm32 without the `sheet` feature) what only the sheet
/// and the tools read (an option's `scores`; a question's `dimensions`, `sources` and `weak`) is
/// empty: that entry asks the questions and shows no advice (`sheet!` in the generated code).
#[derive(Debug)]
pub struct Question {
    /// Stable id, never reused.
    pub id: &'static str,
    /// Stable number used by the share code; never reused.
    pub key: u16,
    pub role: Role,
    pub kind: Kind,
    /// The question, shown as the page heading.
    pub text: CText,
    /// A few words naming the question in the summary list ("Ondersteuning").
    pub short: CText,
    /// "Waarom vragen we dit?"
    pub help: CText,
    pub options: &'static [Opt],
    /// Whether "Weet ik niet" is offered.
    pub dont_know: bool,
    /// Empty for a question that only routes (which questions follow): it scores nothing and
    /// does not count for the certainty.
    pub dimensions: &'static [usize],
    pub sources: &'static [&'static str],
    pub condition: Option<Condition>,
    /// For a resident: what to ask the municipality; for an official: what to find out.
    /// Used when the answer is "Weet ik niet" or one of the question's weak answers.
    pub follow_up: CText,
    /// Residents and initiators: the follow-up as a question in their letter to the municipality,
    /// which addresses it as "u". `None`: not for the letter (a task for the initiators' group).
    pub letter: Option<CText>,
    /// Option codes that also produce the follow-up, like "Weet ik niet" does; where
    /// [`WEAK_WHEN`] names the question, only while its condition holds (an open end is weak for
    /// a standing task, not for a one-off opinion).
    pub weak: &'static [&'static str],
    /// No longer asked; kept so old share links still decode.
    pub retired: bool,
    /// Orders the follow-ups: lower comes first. The questions a person must have answered
    /// before starting or joining come first.
    pub priority: u8,
}

/// One test in an advice rule; a rule fires when all its clauses hold.
#[derive(Debug)]
pub enum Clause {
    /// The (single or multiple) answer includes one of these codes.
    Has(&'static str, &'static [&'static str]),
    /// The question was answered (not "Weet ik niet") and includes none of these codes.
    Lacks(&'static str, &'static [&'static str]),
    /// The question was answered "Weet ik niet".
    DontKnow(&'static str),
    /// The ask is at least this heavy (intensity level index).
    IntensityAtLeast(u8),
    /// A dimension (by index) scores below this.
    ScoreBelow(usize, u8),
    /// The question was not answered with any of these codes: also when it was not answered at
    /// all, answered "Weet ik niet", or does not apply.
    Not(&'static str, &'static [&'static str]),
    /// At least one of these clauses holds.
    Any(&'static [Clause]),
}

#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    /// `None`: both roles.
    pub role: Option<Role>,
    pub when: &'static [Clause],
    /// A knock-out decides the verdict whatever the average says.
    pub knockout: bool,
    /// Lower comes first.
    pub priority: u8,
    pub title: CText,
    pub text: CText,
    /// "Wat dit verandert": what would make the item go away.
    pub change: CText,
    pub sources: &'static [&'static str],
    /// Rules this one makes redundant (it says the same, or more): when this rule fires, they are
    /// not shown.
    pub replaces: &'static [&'static str],
    /// Rules that cannot be true beside this one (the answers behind this one make them moot or
    /// deny what they say): when this rule fires, they are not shown either.
    pub excludes: &'static [&'static str],
    /// Questions whose follow-ups presume what this rule's answers deny (after "the decision is
    /// taken", no "plan how residents join"): when this rule fires, they are left off the sheet.
    pub excludes_follow_ups: &'static [&'static str],
    /// Questions whose follow-up this rule's item already says (its `change` is what to do): when
    /// the item is shown, they are left off the sheet, but a resident's letter still asks them.
    pub carries_follow_ups: &'static [&'static str],
    /// What the rule's texts name in their `{}`: filled from the answers, so an item names only
    /// what the answers say. A rule with a list whose list is empty does not fire.
    pub list: Option<List>,
}

impl Rule {
    /// The rules this one keeps off the sheet when it fires.
    pub fn hides(&self, id: &str) -> bool {
        self.replaces.contains(&id) || self.excludes.contains(&id)
    }
}

/// What fills an item's `{}`.
#[derive(Debug)]
pub enum List {
    /// The options of this (multiple-choice) question, among these codes, that were not ticked.
    Unticked(&'static str, &'static [&'static str]),
    /// Those of these questions that are among the item's causes (answered "Weet ik niet", or
    /// scoring below the rule's threshold), each by the words the rule gives it.
    Causes(&'static [(&'static str, CText)]),
}

/// A step on the Dutch participation ladder (informeren .. zelfbeheer).
#[derive(Debug)]
pub struct LadderStep {
    pub id: &'static str,
    pub name: CText,
    /// What residents can do at this step, in one sentence.
    pub about: CText,
}

#[derive(Debug)]
pub struct IntensityLevel {
    pub label: CText,
    pub about: CText,
    /// `about` for an initiators' plan, in their terms: see [`IntensityLevel::about_for`].
    pub about_initiative: CText,
    /// Added to the "good" threshold of dimensions raised by intensity.
    pub bar: u8,
    /// How many topics at risk make the verdict "not yet" when no knock-out fires; `u8::MAX`
    /// (left out in settings.toml): never, a light ask's weak topics are "ask or arrange first".
    pub not_yet_risks: u8,
}

impl IntensityLevel {
    /// What the level means, in the terms of `role`'s plans: residents invited to a task, or
    /// an initiative of their own.
    pub fn about_for(&self, role: Role) -> CText {
        match role {
            Role::Initiative => self.about_initiative,
            _ => self.about,
        }
    }
}

#[derive(Debug)]
pub struct VerdictText {
    pub title: CText,
    pub summary: CText,
}

#[derive(Debug)]
pub struct Source {
    /// "000" .. "004", the prefix of its points.
    pub id: &'static str,
    pub authors: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub year: &'static str,
    /// One line on what the check takes from it.
    pub about: CText,
}

#[derive(Debug)]
pub struct Point {
    /// "000-5"
    pub id: &'static str,
    /// In our own words.
    pub summary: CText,
}

/// In the check's own entry `dimensions`, `ladder`, `intensity`, `sources` and `points` are
/// empty, as `rules` is, and the questions hold only what the question pages read
/// (see [`Question`]).
#[derive(Debug)]
pub struct Content {
    pub dimensions: &'static [Dimension],
    pub questions: &'static [Question],
    /// Empty in the check's own entry (index.html), which shows no advice and hands "Over deze
    /// check" (the knock-outs) to the sheet's: the generated `RULES` static is left out of that
    /// build. Everything that reads the rules runs in the other entries.
    pub rules: &'static [Rule],
    pub intensity: &'static [IntensityLevel],
    /// The participation ladder, from informing to self-management.
    pub ladder: &'static [LadderStep],
    /// Indexed `[role][level]`, role as in `Role::ALL`, level 0 = not yet, 1 = first arrange, 2 = ready.
    pub verdicts: [[VerdictText; 3]; 3],
    pub sources: &'static [Source],
    pub points: &'static [Point],
    /// "Over deze check" below its heading, as HTML: how the verdict is reached, each role's
    /// knock-outs, privacy, paper and the sources with their points. The build writes it from
    /// `shell/about.html` and the content (`build/about.rs`), escaped, into the texts' "about"
    /// part, which only that page fetches.
    pub about: CText,
    /// Score at or above which a dimension is good (before the intensity bar).
    pub good_from: u8,
    /// Score below which a dimension is a risk.
    pub risk_below: u8,
}

impl Content {
    /// The rules that decide the verdict on their own for `role`, most important first. The
    /// about page lists these (the build writes its lists; the tests hold them to this), so
    /// what it says about knock-outs is what the rules do.
    pub fn knockouts(&self, role: Role) -> Vec<&Rule> {
        let mut list: Vec<&Rule> = self
            .rules
            .iter()
            .filter(|r| r.knockout && r.role.is_none_or(|x| x == role))
            .collect();
        super::answers::sort_by_key(&mut list, |r| r.priority);
        list
    }
}

/// A question's follow-up (and letter) worded for an earlier answer: the first of a question's
/// `VARIANTS` whose `when` holds replaces its own.
#[derive(Debug)]
pub struct Variant {
    pub question: &'static str,
    /// Every one must hold.
    pub when: &'static [Condition],
    pub follow_up: CText,
    pub letter: Option<CText>,
    /// While it holds, the question's weak answers that produce the follow-up, where not all.
    pub weak: Option<&'static [&'static str]>,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));
