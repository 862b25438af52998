//! A comparison on screen and on paper: what to talk about first, everyone's verdict, each topic
//! per person (a table with headers, and a bar that does not rely on colour), before and after,
//! and the group link with its QR code.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::dimensions::status_text;
use crate::components::share_actions::copied_text;
use crate::components::sources::cited_points;
use crate::components::verdict::level_class;
use crate::i18n::{self, by_role, fill};
use crate::model::assess::Status;
use crate::model::compare::{Comparison, Position, Progress, TopicRow};
use crate::model::content::Rule;
use crate::model::{Lang, CONTENT};

/// Above this length a link may be cut short by mail programs and chat apps.
const LONG_LINK: usize = 2000;

/// A comparison, its own link, and what its buttons do: the page decides, the view only shows.
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub lang: Lang,
    pub comparison: Rc<Comparison>,
    /// The link that reopens this comparison.
    pub link: AttrValue,
    /// The last copy's outcome, for the live region.
    pub copied: Option<bool>,
    pub on_copy: Callback<()>,
    pub on_print: Callback<()>,
    pub on_download: Callback<()>,
}

#[component]
pub fn ComparisonView(p: &ComparisonProps) -> Html {
    let (c, lang) = (&*p.comparison, p.lang);
    html! {
        <div class="sheet compare__result">
            <h2 class="heading-l" id="result-heading" tabindex="-1">{ i18n::COMPARE_RESULT.get(lang) }</h2>
            if c.titles_differ {
                <div class="notice notice--warning" role="status"><p>{ i18n::COMPARE_TITLES_DIFFER.get(lang) }</p></div>
            }
            { talk_first(c, lang) }
            { verdicts(c, lang) }
            { topics(c, lang) }
            { for c.progress.as_ref().map(|progress| before_and_after(progress, lang)) }
            { group_link(p) }
        </div>
    }
}

fn position_text(p: Position, lang: Lang) -> String {
    match p {
        Position::Score(s) => {
            let mut t = s.to_string();
            t.push_str(" · ");
            t.push_str(p.status(&CONTENT).map_or("", |st| status_text(st, lang)));
            t
        }
        Position::Unknown => i18n::COMPARE_DONT_KNOW.get(lang).to_string(),
        Position::Silent => i18n::COMPARE_NOT_ASKED.get(lang).to_string(),
    }
}

/// "Projectleider: 100 · goed; Inwoner 1: weet het niet; ..."
fn who_stands_where(c: &Comparison, row: &TopicRow, lang: Lang) -> String {
    c.people
        .iter()
        .zip(&row.positions)
        .filter(|(_, p)| **p != Position::Silent)
        .map(|(person, p)| {
            let mut t = person.label.clone();
            t.push_str(": ");
            t.push_str(&position_text(*p, lang));
            t
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn rule_list(rules: &[&'static Rule], lang: Lang) -> Html {
    if rules.is_empty() {
        return html! { <p>{ i18n::COMPARE_NONE.get(lang) }</p> };
    }
    html! { <ul class="list list--bullet">{ for rules.iter().map(|r| html! { <li>{ r.title.get(lang) }</li> }) }</ul> }
}

/// "Bespreek eerst": the widest disagreements, who stands where, and what to talk about.
fn talk_first(c: &Comparison, lang: Lang) -> Html {
    let talk = c.talk_first.iter().map(|&i| {
        let row = &c.rows[i];
        html! {
            <li class="compare__finding">
                <h3 class="heading-m">{ row.topic.name.get(lang) }</h3>
                <p>{ who_stands_where(c, row, lang) }</p>
                <p>{ row.topic.talk.get(lang) }</p>
                { cited_points(row.topic.sources, lang) }
            </li>
        }
    });
    html! {
        <section class="sheet__section" aria-labelledby="talk-title">
            <h2 class="heading-l" id="talk-title">{ i18n::COMPARE_TALK_FIRST.get(lang) }</h2>
            if c.talk_first.is_empty() {
                <p>{ i18n::COMPARE_TALK_NONE.get(lang) }</p>
            } else {
                <ol class="compare__findings">{ for talk }</ol>
            }
        </section>
    }
}

/// Everyone's role, verdict and level of participation.
fn verdicts(c: &Comparison, lang: Lang) -> Html {
    let rows = c.people.iter().zip(&c.assessments).map(|(p, a)| {
        html! {
            <tr>
                <th scope="row">{ p.label.clone() }</th>
                <td>{ by_role(p.shared.role, i18n::ROLE_OFFICIAL_SHORT, i18n::ROLE_RESIDENT_SHORT, i18n::ROLE_INITIATIVE_SHORT).get(lang) }</td>
                <td><span class={classes!("compare__verdict", level_class(a.level))}>{ a.verdict.title.get(lang) }</span></td>
                <td>{ a.ladder.map(|l| l.name.get(lang)).unwrap_or("—") }</td>
            </tr>
        }
    });
    html! {
        <section class="sheet__section" aria-labelledby="verdicts-title">
            <h2 class="heading-l" id="verdicts-title">{ i18n::COMPARE_VERDICTS.get(lang) }</h2>
            <div class="compare__scroll" tabindex="0" role="region" aria-labelledby="verdicts-title">
                <table class="compare__table">
                    <thead><tr>
                        <th scope="col">{ i18n::COMPARE_PERSON_COL.get(lang) }</th>
                        <th scope="col">{ i18n::COMPARE_ROLE_COL.get(lang) }</th>
                        <th scope="col">{ i18n::COMPARE_VERDICT_COL.get(lang) }</th>
                        <th scope="col">{ i18n::COMPARE_LEVEL_COL.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// Each topic per person; the topics to talk about first marked.
fn topics(c: &Comparison, lang: Lang) -> Html {
    let rows = c.rows.iter().enumerate().map(|(i, row)| {
        html! {
            <tr class={classes!(c.talk_first.contains(&i).then_some("compare__row--talk"))}>
                <th scope="row">{ row.topic.name.get(lang) }</th>
                { for row.positions.iter().map(|p| position_cell(*p, lang)) }
            </tr>
        }
    });
    html! {
        <section class="sheet__section" aria-labelledby="topics-title">
            <h2 class="heading-l" id="topics-title">{ i18n::COMPARE_TOPICS.get(lang) }</h2>
            <p>{ i18n::COMPARE_TOPICS_NOTE.get(lang) }</p>
            <div class="compare__scroll" tabindex="0" role="region" aria-labelledby="topics-title">
                <table class="compare__table compare__table--topics">
                    <thead><tr>
                        <th scope="col">{ i18n::COMPARE_TOPIC_COL.get(lang) }</th>
                        { for c.people.iter().map(|p| html! { <th scope="col">{ p.label.clone() }</th> }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// One person on one topic: in words, and as a bar.
fn position_cell(p: Position, lang: Lang) -> Html {
    let class = match p.status(&CONTENT) {
        Some(Status::Good) => "compare__cell--good",
        Some(Status::Risk) => "compare__cell--risk",
        Some(Status::Attention) => "compare__cell--attention",
        None => "",
    };
    html! {
        <td class={class}>
            <span class="compare__value">{ position_text(p, lang) }</span>
            if let Position::Score(s) = p {
                <svg class="compare__bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="dims__track" x="0" y="0" width="100" height="4" />
                    <rect class="dims__bar" x="0" y="0" width={s.to_string()} height="4" />
                </svg>
            }
        </td>
    }
}

/// The same plan checked twice by the same role: the verdict then and now, and what changed.
fn before_and_after(p: &Progress, lang: Lang) -> Html {
    let mut then_now = String::from(p.before.verdict.title.get(lang));
    then_now.push_str(" → ");
    then_now.push_str(p.after.verdict.title.get(lang));
    let changed: Vec<&str> = p.changed.iter().map(|q| q.short.get(lang)).collect();
    html! {
        <section class="sheet__section" aria-labelledby="progress-title">
            <h2 class="heading-l" id="progress-title">{ i18n::COMPARE_PROGRESS.get(lang) }</h2>
            <p>{ i18n::COMPARE_PROGRESS_INTRO.get(lang) }</p>
            <p class="compare__then-now"><strong>{ then_now }</strong></p>
            <h3 class="heading-m">{ i18n::COMPARE_RESOLVED.get(lang) }</h3>
            { rule_list(&p.resolved, lang) }
            <h3 class="heading-m">{ i18n::COMPARE_NEW.get(lang) }</h3>
            { rule_list(&p.new, lang) }
            <h3 class="heading-m">{ i18n::COMPARE_CHANGED.get(lang) }</h3>
            if changed.is_empty() {
                <p>{ i18n::COMPARE_NONE.get(lang) }</p>
            } else {
                <p>{ changed.join(", ") }</p>
            }
        </section>
    }
}

/// The group link: to copy, print or download, and as a QR code.
fn group_link(p: &ComparisonProps) -> Html {
    let lang = p.lang;
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let qr = crate::model::qr::svg_path(&p.link);
    html! {
        <section class="sheet__section compare__share" aria-labelledby="group-title">
            <h2 class="heading-l" id="group-title">{ i18n::COMPARE_GROUP.get(lang) }</h2>
            <div class="form-group no-export">
                <label class="label" for="group-link">{ i18n::COMPARE_GROUP_LINK.get(lang) }</label>
                <p class="hint" id="group-link-hint">{ i18n::COMPARE_GROUP_HINT.get(lang) }</p>
                <input class="input" id="group-link" type="text" readonly=true value={p.link.clone()}
                    aria-describedby="group-link-hint" />
            </div>
            if p.link.len() > LONG_LINK {
                <p class="no-export">{ i18n::COMPARE_LINK_TOO_LONG.get(lang) }</p>
            }
            <div class="button-group no-export">
                <button type="button" class="button" onclick={click(&p.on_copy)}>{ i18n::COMPARE_COPY.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={click(&p.on_print)}>{ i18n::COMPARE_PRINT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={click(&p.on_download)}>{ i18n::COMPARE_DOWNLOAD.get(lang) }</button>
            </div>
            <p class="share__status no-export" role="status">{ copied_text(p.copied, lang) }</p>
            if let Some((size, path)) = qr {
                <figure class="compare__qr">
                    <svg class="qr" viewBox={fill("0 0 {} {}", &[&size.to_string(), &size.to_string()])} role="img"
                        aria-label={i18n::COMPARE_QR.get(lang)} shape-rendering="crispEdges">
                        <rect class="qr__bg" width={size.to_string()} height={size.to_string()} />
                        <path class="qr__fg" d={path} />
                    </svg>
                    <figcaption>{ i18n::COMPARE_QR.get(lang) }</figcaption>
                </figure>
            } else {
                <p>{ i18n::COMPARE_QR_TOO_LONG.get(lang) }</p>
            }
        </section>
    }
}
