//! The two documents around a process that municipal forms ask of an official: a participation
//! plan before the start, and the outline of a participation report afterwards.
//!
//! Both say only what an answer says. A chosen option becomes the sentence [`SAYS`] holds for it,
//! in the third person of an official document ("De gemeente ..."); an option with a neutral
//! label (time, duration, support) stands after a short lead-in. What only the official knows
//! (the goal, the activities and dates, what came out) is a [`Block::Fill`]. The report repeats
//! what the plan said beforehand under "according to the plan", and leaves the outcome to fill in.

use crate::i18n::{self, CText};

use super::assess::assess;
use super::content::q;
use super::flow;
use super::paperwork::{
    chosen, knockouts_intro, level_lines, open_points, titled, Block, Context, Document, Section,
    Writer,
};
use super::profile::notes;

/// What the plan says for an option: (question, option, sentence), from the options' `plan`
/// in content/official.toml.
pub use super::content::SAYS;

/// The sentences for the options chosen for `id`, if the question applies.
pub(crate) fn said(w: &Writer, id: &str) -> Vec<String> {
    let Some(q) = w.steps.iter().find(|q| q.id == id) else {
        return Vec::new();
    };
    let Some(answer) = w.shared.answers.get(q.id) else {
        return Vec::new();
    };
    answer
        .codes()
        .iter()
        // Only codes the question has: a tampered link says nothing.
        .filter(|c| flow::option(q, c).is_some())
        .filter_map(|c| sentence(id, c))
        .map(|t| t.get(w.lang).to_string())
        .collect()
}

/// What the plan says for option `code` of question `id`, if anything.
pub(crate) fn sentence(id: &str, code: &str) -> Option<CText> {
    SAYS.iter()
        .find(|(q, c, _)| *q == id && *c == code)
        .map(|(_, _, t)| *t)
}

/// `template` with the chosen options' labels, unless one of them has a sentence of its own
/// (e.g. "nothing arranged yet"): then that sentence.
pub(crate) fn labelled(w: &Writer, template: CText, id: &str) -> Vec<String> {
    let own = said(w, id);
    if !own.is_empty() {
        return own;
    }
    w.line(template, id).into_iter().collect()
}

fn fill_in(lang: crate::model::Lang, t: CText) -> Block {
    Block::Fill(t.get(lang).to_string())
}

fn section(heading: CText, lang: crate::model::Lang, blocks: Vec<Block>) -> Section {
    Section {
        heading: heading.get(lang).to_string(),
        blocks,
    }
}

fn paras(lines: Vec<String>) -> impl Iterator<Item = Block> {
    lines.into_iter().map(Block::Para)
}

/// The participation plan for the start of a process.
pub fn plan(cx: &Context) -> Document {
    let (w, lang) = (cx.writer(), cx.lang);
    let a = assess(cx.content, cx.shared.role, &cx.shared.answers);

    let mut goal = vec![fill_in(lang, i18n::PL_GOAL_FILL)];
    goal.extend(paras(said(&w, q::o_who::ID)));
    goal.extend(paras(said(&w, q::o_init_challenge::ID)));
    goal.extend(paras(
        w.line(i18n::PW_P_ASK_TASK, q::o_ask::ID)
            .into_iter()
            .collect(),
    ));
    goal.extend(paras(said(&w, q::o_motive::ID)));

    let mut who: Vec<Block> = Vec::new();
    for id in [q::o_reach::ID, q::o_existing::ID, q::o_motivation::ID] {
        who.extend(paras(said(&w, id)));
    }
    who.extend(paras(
        w.line(i18n::PL_FEW, q::o_few::ID).into_iter().collect(),
    ));
    who.push(fill_in(lang, i18n::PL_WHO_FILL));

    let levels = vec![
        Block::List(level_lines(&w, cx.levels)),
        fill_in(lang, i18n::PL_LEVEL_WHY_FILL),
    ];

    let mut when: Vec<Block> = Vec::new();
    when.extend(paras(said(&w, q::o_start_when::ID)));
    when.extend(paras(
        [
            w.line(i18n::PW_P_ASK_HOURS, q::o_hours::ID),
            w.line(i18n::PW_P_ASK_DURATION, q::o_duration::ID),
        ]
        .into_iter()
        .flatten()
        .collect(),
    ));
    when.extend(paras(said(&w, q::o_offline::ID)));
    when.extend(paras(said(&w, q::o_voluntary::ID)));
    when.push(fill_in(lang, i18n::PL_WHEN_FILL));

    let mut fixed: Vec<Block> = Vec::new();
    for id in [q::o_room::ID, q::o_listen::ID, q::o_init_limits::ID] {
        fixed.extend(paras(said(&w, id)));
    }
    fixed.extend(paras(w.told_in_advance().into_iter().collect()));
    fixed.push(fill_in(lang, i18n::PL_FIXED_FILL));

    let mut input: Vec<Block> = Vec::new();
    input.extend(paras(said(&w, q::o_concerns::ID)));
    input.extend(paras(said(&w, q::o_feedback::ID)));
    input.push(fill_in(lang, i18n::PL_INPUT_FILL));

    let mut raad: Vec<Block> = Vec::new();
    raad.extend(paras(said(&w, q::o_raad_decides::ID)));
    raad.extend(paras(said(&w, q::o_raad::ID)));
    // Unless the council has no say, what it still decides is the official's to write down.
    if w.steps.iter().any(|s| s.id == q::o_raad_decides::ID)
        && chosen(cx.content, &cx.shared.answers, q::o_raad_decides::ID)
            != Some(q::o_raad_decides::NO)
    {
        raad.push(fill_in(lang, i18n::PL_RAAD_FILL));
    }

    let mut support: Vec<Block> = Vec::new();
    support.extend(paras(w.support()));
    support.extend(paras(w.contact()));
    for id in [q::o_mandate::ID, q::o_init_contact::ID, q::o_resources::ID] {
        support.extend(paras(said(&w, id)));
    }
    support.push(fill_in(lang, i18n::PL_CONTACT_FILL));

    // The paragraph's three lists, under one heading: the knock-outs first.
    let points = open_points(&a, &w);
    let own = matches!(
        chosen(cx.content, &cx.shared.answers, q::o_who::ID),
        Some(q::o_who::INITIATIVE | q::o_who::TAKEOVER)
    );
    let mut open = Vec::new();
    for (intro, items) in [
        (knockouts_intro(own), points.first),
        (i18n::PW_P_OPEN_INTRO, points.unknown),
        (i18n::PW_P_TODO_INTRO, points.to_do),
    ] {
        if !items.is_empty() {
            open.push(Block::Para(intro.get(lang).to_string()));
            open.push(Block::List(items));
        }
    }
    if open.is_empty() {
        open.push(Block::Para(i18n::PW_P_OPEN_NONE.get(lang).to_string()));
    } else {
        open.push(fill_in(lang, i18n::PL_OPEN_FILL));
    }

    let mut sections = vec![
        section(i18n::PL_GOAL, lang, goal),
        section(i18n::PL_WHO, lang, who),
        section(i18n::PL_LEVEL, lang, levels),
        section(i18n::PL_WHEN, lang, when),
        section(i18n::PL_FIXED, lang, fixed),
        section(i18n::PL_INPUT, lang, input),
        section(i18n::PW_P_RAAD, lang, raad),
        section(i18n::PL_SUPPORT, lang, support),
        section(i18n::PL_OPEN, lang, open),
    ];
    sections.retain(|s| !s.blocks.is_empty());
    let mut doc = Document {
        title: titled(i18n::PW_PLAN.get(lang), &cx.shared.title),
        titled: true,
        sections,
    };
    // The municipality's bylaw above the levels, and for a takeover its right-to-challenge route.
    if let Some(p) = cx.profile {
        let initiative = matches!(
            chosen(cx.content, &cx.shared.answers, q::o_who::ID),
            Some(q::o_who::INITIATIVE | q::o_who::TAKEOVER)
        );
        notes::frame_document(&mut doc, p, i18n::PL_LEVEL.get(lang), initiative, lang);
    }
    doc
}

/// What the plan said beforehand, as a lead-in and a list; nothing when it said nothing.
fn planned(lang: crate::model::Lang, lines: Vec<String>) -> Vec<Block> {
    if lines.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Para(i18n::RP_PLANNED.get(lang).to_string()),
        Block::List(lines),
    ]
}

/// The outline of a participation report after the process, in the order municipal report forms
/// ask it; with the Omgevingswet's line on what a permit application states about participation.
pub fn report(cx: &Context) -> Document {
    let (w, lang) = (cx.writer(), cx.lang);
    let t = |c: CText| c.get(lang).to_string();

    let mut whether = vec![fill_in(lang, i18n::RP_WHETHER_FILL)];
    whether.extend(paras(
        w.line(i18n::PW_R_PLANNED, q::o_ask::ID)
            .into_iter()
            .collect(),
    ));

    let mut invited = planned(
        lang,
        [said(&w, q::o_reach::ID), said(&w, q::o_existing::ID)].concat(),
    );
    invited.push(fill_in(lang, i18n::RP_INVITED_FILL));
    invited.push(fill_in(lang, i18n::RP_REACHED_FILL));

    let mut when = planned(
        lang,
        [
            said(&w, q::o_start_when::ID),
            w.line(i18n::PW_P_ASK_HOURS, q::o_hours::ID)
                .into_iter()
                .collect(),
            w.line(i18n::PW_P_ASK_DURATION, q::o_duration::ID)
                .into_iter()
                .collect(),
            said(&w, q::o_offline::ID),
        ]
        .concat(),
    );
    when.push(fill_in(lang, i18n::RP_STEPS_FILL));

    let important = vec![fill_in(lang, i18n::RP_IMPORTANT_FILL)];

    let mut ideas = planned(lang, said(&w, q::o_concerns::ID));
    ideas.push(fill_in(lang, i18n::RP_IDEAS_FILL));

    let mut changed = planned(
        lang,
        [said(&w, q::o_room::ID), said(&w, q::o_listen::ID)].concat(),
    );
    changed.push(fill_in(lang, i18n::RP_CHANGED_FILL));
    changed.push(fill_in(lang, i18n::RP_UNCHANGED_FILL));

    let mut judged = planned(lang, said(&w, q::o_feedback::ID));
    judged.push(fill_in(lang, i18n::RP_JUDGED_FILL));

    let seen = vec![fill_in(lang, i18n::RP_SEEN_FILL)];

    let mut doc = Document {
        title: titled(i18n::PW_REPORT.get(lang), &cx.shared.title),
        titled: true,
        sections: vec![
            // A lead paragraph without a heading.
            Section {
                heading: String::new(),
                blocks: vec![Block::Para(t(i18n::RP_LAW))],
            },
            section(i18n::PW_R_WHETHER, lang, whether),
            section(i18n::RP_INVITED, lang, invited),
            section(i18n::RP_WHEN, lang, when),
            section(i18n::RP_IMPORTANT, lang, important),
            section(i18n::RP_IDEAS, lang, ideas),
            section(i18n::RP_CHANGED, lang, changed),
            section(i18n::RP_JUDGED, lang, judged),
            section(i18n::RP_SEEN, lang, seen),
        ],
    };
    // The bylaw line first under "when and how".
    if let Some(p) = cx.profile {
        notes::frame_document(&mut doc, p, i18n::RP_WHEN.get(lang), false, lang);
    }
    doc
}
