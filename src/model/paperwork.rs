//! From a check to the paperwork: a participation paragraph for a raadsvoorstel, and for a
//! resident a letter with the questions to ask. The plan and the report outline are in
//! [`super::plan`]; the Word file of any of them in [`super::docx`].
//!
//! Pure: a document is built from the answers and the sentences in content/interface.toml (the
//! `PW_*` texts, which travel with the text files). Each line states only what an answer says;
//! what nobody answered becomes a point to find out, and what only the user knows is marked to
//! fill in. The page renders a [`Document`]; [`as_text`] gives the plain text.

use crate::i18n::{self, fill};

use super::answers::Answer;
use super::assess::{assess, Advice, Assessment, Level};
use super::content::{q, Clause, Content, LadderStep, Question, Role};
use super::flow;
use super::lang::Lang;
use super::plan::{labelled, said, sentence};
use super::profile::Profile;
use super::share::Shared;

pub use super::document::{Block, Document, Section};

/// The three phases the Wet versterking participatie op decentraal niveau names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Preparation,
    Execution,
    Evaluation,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Preparation, Phase::Execution, Phase::Evaluation];

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Phase::Preparation => i18n::PW_PHASE_PREPARATION.get(lang),
            Phase::Execution => i18n::PW_PHASE_EXECUTION.get(lang),
            Phase::Evaluation => i18n::PW_PHASE_EVALUATION.get(lang),
        }
    }
}

/// What a step means in a phase. The ladder's own words are about making a plan; in the
/// execution and evaluation phases some steps mean something else, and the text says which.
pub fn phase_about(phase: Phase, step: &LadderStep) -> i18n::CText {
    match (phase, step.id) {
        (Phase::Execution, "coproduceren") => i18n::PW_EXEC_TOGETHER,
        (Phase::Execution, "informeren") => i18n::PW_EXEC_INFORMED,
        (Phase::Evaluation, "raadplegen") => i18n::PW_EVAL_CONSULTED,
        _ => step.about,
    }
}

/// The level per phase, each as the ladder describes it in that phase. A phase the answers give
/// no level says what they do say of it (an evaluation without residents named, or none
/// planned: `o_learning`'s sentence), else that its level is still to be decided.
pub(crate) fn level_lines(w: &Writer, levels: [Option<&'static LadderStep>; 3]) -> Vec<String> {
    let lang = w.lang;
    Phase::ALL
        .iter()
        .zip(levels)
        .map(|(phase, level)| {
            let name = phase.name(lang);
            let said = match (level, phase) {
                (None, Phase::Evaluation) => said(w, q::o_learning::ID).into_iter().next(),
                _ => None,
            };
            match (level, said) {
                (Some(s), _) => fill(
                    i18n::PW_P_LEVEL_LINE.get(lang),
                    &[name, s.name.get(lang), phase_about(*phase, s).get(lang)],
                ),
                (None, Some(said)) => fill(i18n::PW_P_LEVEL_SAID.get(lang), &[name, &said]),
                (None, None) => fill(i18n::PW_P_LEVEL_OPEN.get(lang), &[name]),
            }
        })
        .collect()
}

fn step(content: &'static Content, id: &str) -> Option<&'static LadderStep> {
    content.ladder.iter().find(|s| s.id == id)
}

pub(crate) fn chosen(
    content: &'static Content,
    answers: &super::Answers,
    id: &str,
) -> Option<&'static str> {
    let q = flow::question(content, id)?;
    match answers.get(q.id)? {
        Answer::One(c) => Some(flow::option(q, c)?.code),
        _ => None,
    }
}

/// The level per phase where the answers say it; `None` where they do not (the page asks).
/// Preparation: what residents can still decide. Execution: what they do once it runs.
/// Evaluation: whether they look back together with the municipality.
pub fn phase_levels(
    content: &'static Content,
    shared: &Shared,
) -> [Option<&'static LadderStep>; 3] {
    if shared.role != Role::Official {
        return [None; 3];
    }
    let a = &shared.answers;
    let preparation = flow::question(content, q::o_room::ID)
        .and_then(|q| match a.get(q.id)? {
            Answer::One(c) => flow::option(q, c)?.ladder,
            _ => None,
        })
        .and_then(|i| content.ladder.get(usize::from(i)));
    let execution = match chosen(content, a, q::o_ask::ID) {
        Some(q::o_ask::RUN) => step(content, "zelfbeheer"),
        // Doing part of the work, reporting problems included (000-1): co-producing the service,
        // in the sources' sense. Exactly the options that deliver (`delivers` in content).
        Some(q::o_ask::MAINTAIN | q::o_ask::ORGANISE | q::o_ask::REPORT) => {
            step(content, "coproduceren")
        }
        Some(q::o_ask::ADVISE) => step(content, "adviseren"),
        Some(q::o_ask::THINK | q::o_ask::OPINION) => step(content, "informeren"),
        _ => None,
    };
    let evaluation = match chosen(content, a, q::o_learning::ID) {
        Some(q::o_learning::SHARE) => step(content, "raadplegen"),
        _ => None,
    };
    [preparation, execution, evaluation]
}

/// The chosen options' labels, joined; `None` when unanswered or "Weet ik niet".
fn answer_text(q: &'static Question, answer: Option<&Answer>, lang: Lang) -> Option<String> {
    answer_text_of(q, answer, lang, &|_| true)
}

/// [`answer_text`] of the options `keep` lets through.
fn answer_text_of(
    q: &'static Question,
    answer: Option<&Answer>,
    lang: Lang,
    keep: &dyn Fn(&str) -> bool,
) -> Option<String> {
    // Each option by its name inside a sentence (`short`: no examples, no colons), as one list.
    let names: Vec<String> = answer?
        .codes()
        .iter()
        .filter(|c| keep(c))
        .filter_map(|c| flow::option(q, c))
        .map(|o| lower_first(o.short.get(lang)))
        .collect();
    (!names.is_empty()).then(|| super::assess::running_list(&names, lang))
}

/// "Iets adopteren" → "iets adopteren", to stand after a colon inside a sentence.
pub(crate) fn lower_first(s: &str) -> String {
    // "Eén keer" → "één keer": the accents mark the word, both stay.
    if let Some(rest) = s.strip_prefix("Eén") {
        let mut out = String::from("één");
        out.push_str(rest);
        return out;
    }
    super::case::lower_first(s)
}

pub(crate) struct Writer<'a> {
    pub shared: &'a Shared,
    pub lang: Lang,
    pub steps: Vec<&'static Question>,
}

impl Writer<'_> {
    /// The answer to `id` in words, if it applies and says something.
    pub fn says(&self, id: &str) -> Option<String> {
        let q = self.steps.iter().find(|q| q.id == id)?;
        answer_text(q, self.shared.answers.get(q.id), self.lang)
    }

    /// `template` filled with the answer to `id`, or nothing when it was not given.
    pub fn line(&self, template: i18n::CText, id: &str) -> Option<String> {
        self.says(id).map(|t| fill(template.get(self.lang), &[&t]))
    }

    /// Whether residents' own initiative is asked what the municipality will and will not do
    /// (`o_init_limits`). That question then says who does what and where the limits are, and
    /// `o_contact`, whose answers say it too, speaks of the contact alone (`PW_CONTACT_*_OWN`).
    fn limits_asked(&self) -> bool {
        self.steps.iter().any(|q| q.id == q::o_init_limits::ID)
    }

    /// How the municipality keeps in touch (`o_contact`), less who does what where
    /// `o_init_limits` says it.
    pub fn contact(&self) -> Vec<String> {
        use q::o_contact as c;
        match self.shared.answers.get(c::ID).map(Answer::codes) {
            Some([c::AGREED | c::REGULAR]) if self.limits_asked() => {
                vec![i18n::PW_CONTACT_OWN.get(self.lang).to_string()]
            }
            _ => said(self, c::ID),
        }
    }

    /// The plan's support line (`o_support`). Where `o_init_contact` says who the residents'
    /// contact person is, or that there is none, the line leaves that person out.
    pub fn support(&self) -> Vec<String> {
        // An option with a sentence of its own ("nothing arranged yet") says that instead.
        let own = said(self, q::o_support::ID);
        let Some(q) = self.steps.iter().find(|q| q.id == q::o_support::ID) else {
            return own;
        };
        if !own.is_empty() {
            return own;
        }
        let told = !said(self, q::o_init_contact::ID).is_empty();
        let keep = |c: &str| !(told && c == q::o_support::CONTACT);
        answer_text_of(q, self.shared.answers.get(q.id), self.lang, &keep)
            .map(|t| fill(i18n::PW_P_SUPPORT_LINE.get(self.lang), &[&t]))
            .into_iter()
            .collect()
    }

    /// What participants hear in advance (`o_expectations`), less what the municipality cannot
    /// tell them yet: what they have a say in, while the room is unknown or already decided
    /// (the room's own sentence says so), the time it takes, while the hours are unknown, and
    /// how to stop, while it is unknown whether they are free to or how long it lasts.
    /// An option with a sentence of its own ("nothing worked out yet") says that instead.
    pub fn told_in_advance(&self) -> Option<String> {
        use q::o_expectations as e;
        if let Some(own) = said(self, e::ID).into_iter().next() {
            return Some(own);
        }
        let q = self.steps.iter().find(|q| q.id == e::ID)?;
        let a = &self.shared.answers;
        let unknown = |id| matches!(a.get(id), Some(Answer::DontKnow));
        let decided = a
            .get(q::o_room::ID)
            .is_some_and(|x| x.codes() == [q::o_room::DECIDED]);
        let keep = |c: &str| match c {
            e::SAY => !(unknown(q::o_room::ID) || decided),
            e::TIME => !unknown(q::o_hours::ID),
            // How to stop, while it is unknown whether they are free to or when it ends.
            e::STOP => !(unknown(q::o_voluntary::ID) || unknown(q::o_duration::ID)),
            _ => true,
        };
        let t = answer_text_of(q, a.get(q.id), self.lang, &keep)?;
        Some(fill(i18n::PW_P_ROOM_SAID.get(self.lang), &[&t]))
    }
}

/// What the plan and the report are written from: the answers, the level per phase (from the
/// answers where they say it, else as the user chose it on the page), the language, and the
/// municipality's profile if it has one (gemeente.json): one value for every document.
pub struct Context<'a> {
    pub content: &'static Content,
    pub shared: &'a Shared,
    pub levels: [Option<&'static LadderStep>; 3],
    pub lang: Lang,
    pub profile: Option<&'a Profile>,
}

impl<'a> Context<'a> {
    /// The levels as far as the answers say them; no profile.
    pub fn new(content: &'static Content, shared: &'a Shared, lang: Lang) -> Self {
        Context {
            content,
            shared,
            levels: phase_levels(content, shared),
            lang,
            profile: None,
        }
    }

    pub(crate) fn writer(&self) -> Writer<'a> {
        Writer {
            shared: self.shared,
            lang: self.lang,
            steps: flow::steps(self.content, self.shared.role, &self.shared.answers),
        }
    }
}

/// The participation paragraph for a raadsvoorstel or collegevoorstel. `levels` are the levels
/// per phase: from [`phase_levels`], completed by the user where the answers do not say.
pub fn paragraph(
    content: &'static Content,
    shared: &Shared,
    levels: [Option<&'static LadderStep>; 3],
    lang: Lang,
) -> Document {
    let a = assess(content, shared.role, &shared.answers);
    let w = Writer {
        shared,
        lang,
        steps: flow::steps(content, shared.role, &shared.answers),
    };
    let t = |c: i18n::CText| c.get(lang).to_string();
    let mut sections = Vec::new();

    // What residents are asked, and how heavy it is; or, for residents' own initiative, whose
    // plan it is and what they will do.
    let initiative = matches!(
        chosen(content, &shared.answers, q::o_who::ID),
        Some(q::o_who::INITIATIVE | q::o_who::TAKEOVER)
    );
    // Where an option's label speaks as the official ("we"), the plan's sentence for it stands
    // instead (`said`): the paragraph is in the third person of an official document.
    let mut ask: Vec<Block> = [
        labelled(&w, i18n::PW_P_INITIATIVE_WHO, q::o_who::ID)
            .into_iter()
            .filter(|_| initiative)
            .collect(),
        said(&w, q::o_init_challenge::ID),
        [
            w.line(i18n::PW_P_ASK_TASK, q::o_ask::ID),
            w.line(i18n::PW_P_ASK_HOURS, q::o_hours::ID),
            w.line(i18n::PW_P_ASK_DURATION, q::o_duration::ID),
        ]
        .into_iter()
        .flatten()
        .collect(),
    ]
    .concat()
    .into_iter()
    .map(Block::Para)
    .collect();
    if w.says(q::o_ask::ID).is_some() {
        let label = lower_first(a.intensity_level.label.get(lang));
        ask.push(Block::Para(if initiative {
            fill(i18n::PW_P_ASK_WEIGHT_OWN.get(lang), &[&label])
        } else {
            fill(
                i18n::PW_P_ASK_WEIGHT.get(lang),
                &[&label, &lower_first(a.intensity_level.about.get(lang))],
            )
        }));
    }
    // Residents deliver part of a public service: said once. Where the execution is co-producing,
    // its level line below says so (`PW_EXEC_TOGETHER`); otherwise (running it themselves) here.
    if a.delivers && levels[1].is_none_or(|s| s.id != "coproduceren") {
        ask.push(Block::Para(t(i18n::PW_P_ASK_DELIVERS)));
    }
    sections.push(Section {
        heading: t(if initiative {
            i18n::PW_P_INITIATIVE
        } else {
            i18n::PW_P_ASK
        }),
        blocks: ask,
    });

    // The level per phase.
    sections.push(Section {
        heading: t(i18n::PW_P_LEVEL),
        blocks: vec![Block::List(level_lines(&w, levels))],
    });

    // What residents can still change, and what they hear about it in advance.
    let room: Vec<Block> = [
        said(&w, q::o_room::ID),
        w.told_in_advance().into_iter().collect(),
    ]
    .concat()
    .into_iter()
    .map(Block::Para)
    .collect();
    sections.push(Section {
        heading: t(i18n::PW_P_ROOM),
        blocks: room,
    });

    // The council: the plan's sentences for its two questions, whenever they were answered.
    let mut raad = Vec::new();
    for id in [q::o_raad_decides::ID, q::o_raad::ID] {
        if let Some(s) = chosen(content, &shared.answers, id).and_then(|c| sentence(id, c)) {
            raad.push(Block::Para(t(s)));
        }
        if id == q::o_raad_decides::ID && matches!(shared.answers.get(id), Some(Answer::DontKnow)) {
            raad.push(Block::Para(t(i18n::PW_P_RAAD_UNKNOWN)));
        }
        // Which decision, and when: the official knows, the check does not.
        if id == q::o_raad_decides::ID
            && chosen(content, &shared.answers, id) == Some(q::o_raad_decides::YES)
        {
            raad.push(Block::Fill(t(i18n::PL_RAAD_FILL)));
        }
    }
    sections.push(Section {
        heading: t(i18n::PW_P_RAAD),
        blocks: raad,
    });

    // Support.
    let support: Vec<Block> = [
        // As in the plan: where o_init_contact says who the contact person is, or that there is
        // none, it says so, and the support line leaves the contact out.
        w.support(),
        said(&w, q::o_init_contact::ID),
        said(&w, q::o_init_limits::ID),
        w.contact(),
    ]
    .concat()
    .into_iter()
    .map(Block::Para)
    .collect();
    sections.push(Section {
        heading: t(i18n::PW_P_SUPPORT),
        blocks: support,
    });

    // Reaching residents and hearing back.
    let reach: Vec<Block> = [
        said(&w, q::o_reach::ID),
        said(&w, q::o_offline::ID),
        said(&w, q::o_feedback::ID),
    ]
    .concat()
    .into_iter()
    .map(Block::Para)
    .collect();
    sections.push(Section {
        heading: t(i18n::PW_P_REACH),
        blocks: reach,
    });

    let open = open_points(&a, &w);
    sections.extend(open_sections(&open, lang));
    sections.push(verdict(&a, open.first, initiative, lang));

    // A section the answers say nothing about is left out rather than shown empty.
    sections.retain(|s| !s.blocks.is_empty());
    Document {
        title: titled(i18n::PW_PARAGRAPH.get(lang), &shared.title),
        titled: true,
        sections,
    }
}

/// The questions still open: every "Weet ik niet", weak answer and unanswered question, with the
/// follow-ups an item on the sheet carries (the sheet says them once, but they are still open).
fn open_questions(a: &Assessment, w: &Writer) -> Vec<&'static Question> {
    let mut items: Vec<&'static Question> = a
        .questions_to_ask()
        .into_iter()
        .map(|f| f.question)
        .collect();
    for q in &w.steps {
        // An unanswered question that only routes is nothing to find out: the flow took its first way.
        if w.shared.answers.get(q.id).is_none()
            && !q.dimensions.is_empty()
            && !a.follow_ups.iter().any(|f| f.question.id == q.id)
        {
            items.push(q);
        }
    }
    items
}

/// What the documents list as still open, each point once and in words true of the answers.
pub(crate) struct Open {
    /// Not known ("Weet ik niet", unanswered): each question's `open` phrase.
    pub unknown: Vec<String>,
    /// What weak answers show is still to do: each question's `settle` task.
    pub to_do: Vec<String>,
    /// The knock-outs, as the municipality's tasks (`first`); the questions they name are in
    /// neither list above.
    pub first: Vec<String>,
}

pub(crate) fn open_points(a: &Assessment, w: &Writer) -> Open {
    let knockouts = || a.advice.iter().filter(|x| x.rule.knockout);
    // The questions a knock-out names (not those behind "the ask is heavy", which it does not say).
    let mut named_first = Vec::new();
    for x in knockouts() {
        named(x.rule.when, &mut named_first);
    }
    let weak = |q: &Question| {
        a.follow_ups
            .iter()
            .chain(&a.carried)
            .any(|f| f.question.id == q.id && !f.unknown)
    };
    let phrase = |table: &[(&str, i18n::CText)], id: &str| {
        table
            .iter()
            .find(|(x, _)| *x == id)
            .map(|(_, t)| t.get(w.lang).to_string())
    };
    let mut open = Open {
        unknown: Vec::new(),
        to_do: Vec::new(),
        first: knockouts()
            .filter_map(|x| phrase(super::content::FIRST, x.rule.id))
            .collect(),
    };
    // Items with a task of their own (`settle`): raised by an option left unticked (no bags, no
    // training), or saying the task of a follow-up they carry in their own terms ("tell them the
    // council does not decide", not "what it decides, or that it does not").
    let own: Vec<(&Advice, String)> = a
        .advice
        .iter()
        .filter(|x| !x.rule.knockout)
        .filter_map(|x| Some((x, phrase(super::content::RULE_SETTLE, x.rule.id)?)))
        .collect();
    let carried_by_own = |q: &Question| {
        own.iter()
            .any(|(x, _)| x.rule.carries_follow_ups.contains(&q.id))
    };
    for q in open_questions(a, w) {
        if named_first.contains(&q.id) || (weak(q) && carried_by_own(q)) {
            continue;
        }
        let (list, table, contact) = if weak(q) {
            (
                &mut open.to_do,
                super::content::SETTLE,
                i18n::PW_CONTACT_SETTLE_OWN,
            )
        } else {
            (
                &mut open.unknown,
                super::content::OPEN,
                i18n::PW_CONTACT_OPEN_OWN,
            )
        };
        // Residents' own initiative: `o_init_limits` says who does what, so `o_contact` is left
        // the contact alone. (A regular contact is nothing to settle: the question's variant for
        // an initiative does not count it weak, so it is not open.)
        if q.id == q::o_contact::ID && w.limits_asked() {
            list.push(contact.get(w.lang).to_string());
            continue;
        }
        list.push(phrase(table, q.id).unwrap_or_else(|| q.follow_up.get(w.lang).to_string()));
    }
    for (_, task) in own {
        if !open.to_do.contains(&task) {
            open.to_do.push(task);
        }
    }
    open
}

/// The paragraph's two lists of what is open; the knock-outs go under its verdict.
fn open_sections(open: &Open, lang: Lang) -> Vec<Section> {
    let list = |heading: i18n::CText, intro: i18n::CText, items: &[String]| Section {
        heading: heading.get(lang).to_string(),
        blocks: vec![
            Block::Para(intro.get(lang).to_string()),
            Block::List(items.to_vec()),
        ],
    };
    let mut sections = Vec::new();
    if !open.unknown.is_empty() {
        sections.push(list(i18n::PW_P_OPEN, i18n::PW_P_OPEN_INTRO, &open.unknown));
    }
    if !open.to_do.is_empty() {
        sections.push(list(i18n::PW_P_TODO, i18n::PW_P_TODO_INTRO, &open.to_do));
    }
    if sections.is_empty() && open.first.is_empty() {
        sections.push(Section {
            heading: i18n::PW_P_OPEN.get(lang).to_string(),
            blocks: vec![Block::Para(i18n::PW_P_OPEN_NONE.get(lang).to_string())],
        });
    }
    sections
}

/// What comes before the knock-outs' tasks: residents' own plan was begun by them.
pub(crate) fn knockouts_intro(initiative: bool) -> i18n::CText {
    if initiative {
        i18n::PW_P_KNOCKOUTS_OWN
    } else {
        i18n::PW_P_KNOCKOUTS
    }
}

fn named(when: &'static [Clause], ids: &mut Vec<&'static str>) {
    for c in when {
        match c {
            Clause::Has(q, _) | Clause::Lacks(q, _) | Clause::DontKnow(q) | Clause::Not(q, _) => {
                ids.push(q)
            }
            Clause::Any(any) => named(any, ids),
            Clause::IntensityAtLeast(_) | Clause::ScoreBelow(..) => {}
        }
    }
}

fn verdict(a: &Assessment, first: Vec<String>, initiative: bool, lang: Lang) -> Section {
    let mut blocks = vec![Block::Para(fill(
        i18n::PW_P_VERDICT_LINE.get(lang),
        &[
            &lower_first(a.verdict.title.get(lang)),
            match a.level {
                Level::NotYet if initiative => i18n::PW_P_VERDICT_NOT_YET_OWN,
                Level::NotYet => i18n::PW_P_VERDICT_NOT_YET,
                Level::FirstArrange => i18n::PW_P_VERDICT_FIRST,
                Level::Ready => i18n::PW_P_VERDICT_READY,
            }
            .get(lang),
        ],
    ))];
    // The knock-outs as tasks for the municipality: their titles speak to the official as "u",
    // whom a council would read as itself.
    if !first.is_empty() {
        blocks.push(Block::Para(
            knockouts_intro(initiative).get(lang).to_string(),
        ));
        blocks.push(Block::List(first));
    }
    Section {
        heading: i18n::PW_P_VERDICT.get(lang).to_string(),
        blocks,
    }
}

pub(crate) fn titled(kind: &str, title: &str) -> String {
    let mut s = kind.to_string();
    if !title.is_empty() {
        s.push_str(": ");
        s.push_str(title);
    }
    s
}

/// The plan's title as the letter's intro puts it in quotes: without quotes of its own around
/// it, or a full stop at its end (a question or exclamation mark stays: it is the title's).
pub fn title_in_quotes(title: &str) -> &str {
    let t = title.trim();
    let mut inner = t.chars();
    let quoted = matches!(inner.next(), Some('"' | '\'' | '“' | '„' | '‘'))
        && matches!(inner.next_back(), Some('"' | '\'' | '”' | '’'));
    let t = if quoted { inner.as_str() } else { t };
    t.trim().trim_end_matches('.').trim_end()
}

/// A resident's or initiators' letter to the municipality with the questions to ask: before
/// joining, or before starting an initiative together.
pub fn letter(content: &'static Content, shared: &Shared, lang: Lang) -> Document {
    let a = assess(content, shared.role, &shared.answers);
    let t = |c: i18n::CText| c.get(lang).to_string();
    let pick = |resident, initiative| i18n::by_role(shared.role, resident, resident, initiative);
    let intro = if shared.title.is_empty() {
        t(pick(i18n::PW_L_INTRO_UNTITLED, i18n::PW_L_INTRO_UNTITLED_I))
    } else {
        fill(
            pick(i18n::PW_L_INTRO, i18n::PW_L_INTRO_I).get(lang),
            &[title_in_quotes(&shared.title)],
        )
    };
    // The content says what goes into the letter (`letter`, worded to the municipality as "u",
    // or a `variant`'s for the answers given: "my views" for an opinion, "my reports" for reports);
    // an initiators' follow-up without one is a task for their own group and stays out.
    // The follow-ups an item carries are still questions to ask.
    // A weak answer that already says part of it asks only the rest (`LETTERS`: "what if the
    // council decides otherwise" for someone told what it decides).
    let asked: Vec<(&str, i18n::CText)> = a
        .questions_to_ask()
        .into_iter()
        .filter_map(|f| {
            let code = (!f.unknown)
                .then(|| chosen(content, &shared.answers, f.question.id))
                .flatten();
            super::content::LETTERS
                .iter()
                .find(|(q, c, _)| *q == f.question.id && Some(*c) == code)
                .map(|(_, _, t)| *t)
                .or_else(|| {
                    // The question's letter, or the variant's that worded the follow-up.
                    f.variant
                        .map_or(f.question.letter, |i| super::content::VARIANTS[i].letter)
                })
                .map(|t| (f.question.id, t))
        })
        .collect();
    // An item that asks what no answer puts in the letter (an option left unticked: "what do I
    // have a say in") has a line of its own (`RULE_LETTERS`), after the answers' questions, so
    // the letter asks what the sheet says to ask; not when a question it rests on or carries is
    // asked above already.
    let items = a.advice.iter().filter_map(|x| {
        let covered = x
            .causes
            .iter()
            .map(|q| q.id)
            .chain(x.rule.carries_follow_ups.iter().copied())
            .any(|id| asked.iter().any(|(q, _)| *q == id));
        let line = super::content::RULE_LETTERS
            .iter()
            .find(|(r, _)| *r == x.rule.id)
            .map(|(_, t)| *t);
        line.filter(|_| !covered)
    });
    let questions: Vec<String> = asked
        .iter()
        .map(|(_, t)| *t)
        .chain(items)
        .map(|q| q.get(lang).to_string())
        .collect();
    let mut blocks = vec![Block::Para(t(i18n::PW_L_SALUTATION)), Block::Para(intro)];
    if questions.is_empty() {
        // "Keen to get started" would deny a sheet that says not to start yet.
        let initiative = if a.level == Level::NotYet {
            i18n::PW_L_NO_QUESTIONS_NOT_YET_I
        } else {
            i18n::PW_L_NO_QUESTIONS_I
        };
        blocks.push(Block::Para(t(pick(i18n::PW_L_NO_QUESTIONS, initiative))));
    } else {
        blocks.push(Block::Para(t(pick(i18n::PW_L_LEAD, i18n::PW_L_LEAD_I))));
        blocks.push(Block::List(questions));
    }
    blocks.push(Block::Para(t(pick(
        i18n::PW_L_CLOSING,
        i18n::PW_L_CLOSING_I,
    ))));
    blocks.push(Block::Para(t(i18n::PW_L_REGARDS)));
    blocks.push(Block::Fill(t(pick(i18n::PW_L_NAME, i18n::PW_L_NAME_I))));
    Document {
        title: titled(i18n::PW_LETTER.get(lang), &shared.title),
        titled: false,
        sections: vec![Section {
            heading: String::new(),
            blocks,
        }],
    }
}

/// The document as plain text: headings on their own line, list items with a dash, what to
/// fill in between square brackets.
pub fn as_text(doc: &Document, lang: Lang) -> String {
    let mut out = String::new();
    if doc.titled {
        out.push_str(&doc.title);
        out.push_str("\n\n");
    }
    for s in &doc.sections {
        if !s.heading.is_empty() {
            out.push_str(&s.heading);
            out.push('\n');
        }
        for b in &s.blocks {
            match b {
                Block::Para(p) => {
                    out.push_str(p);
                    out.push('\n');
                }
                Block::List(items) => {
                    for i in items {
                        out.push_str("- ");
                        out.push_str(i);
                        out.push('\n');
                    }
                }
                Block::Fill(f) => {
                    out.push('[');
                    out.push_str(i18n::PW_FILL.get(lang));
                    out.push_str(": ");
                    out.push_str(f);
                    out.push_str("]\n");
                }
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
