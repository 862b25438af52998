//! "Van check naar stukken" (stukken.html#p=<share code>): for an official a participation
//! plan, a participation paragraph and a participation report outline, for a resident a letter
//! to the municipality.
//! An entry of its own beside the check, so the check's first load does not carry it.
//!
//! What the page shows is decided in `model::documents`, the texts are composed in
//! `model::paperwork` and `model::plan`; here they are shown in editable areas, with copy (plain
//! and with headings), downloads (Word, text, HTML) and print, carried out by
//! `state::use_document_actions`. Edits stay on this page only; the downloads and copies carry them.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::history;
use crate::components::document_view::DocumentView;
use crate::components::notice::notice;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, CText};
use crate::model::content::LadderStep;
use crate::model::documents::{self, choose, copy_message, edit_key, Chosen, CopyStatus, Opened};
use crate::model::paperwork::{phase_about, phase_levels, Document, Phase};
use crate::model::profile::Profile;
use crate::model::share::Shared;
use crate::model::{texts, Lang, Role, CONTENT};
use crate::state::{use_document_actions, use_profile, use_title, use_tool_language, OnDocument};

#[component]
pub fn PaperworkPage() -> Html {
    let opened = use_memo((), |_| {
        Opened::from_hash(&CONTENT, &history::current_hash())
    });
    let needed = opened.texts_needed();
    let (lang, switch_lang) = use_tool_language(needed);
    let profile = use_profile();
    // The levels the user chose for phases the answers do not settle.
    let chosen = use_state(|| [None::<usize>; 3]);
    let (status, act) = use_document_actions(lang);
    let title = opened.title().get(lang);
    use_title(title);
    // The documents name the municipality's desk and bylaw: wait for its profile too.
    let Some(profile) = profile.filter(|_| texts::missing(lang, needed).is_empty()) else {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang) }</p></main> };
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |(phase, value): (usize, String)| {
            chosen.set(choose(*chosen, phase, &value))
        })
    };
    let body = match &opened.shared {
        // No answers, or a link that does not open: say so, and the way back to the check.
        Err(e) => notice(true, html! { <p>{ opened.problem(e, lang) }</p> }),
        Ok(s) if s.role == Role::Official => {
            official(s, &profile, *chosen, on_choose, status, &act, lang)
        }
        Ok(s) => {
            let doc = documents::letter(&CONTENT, s, &profile, lang);
            document("letter", doc, lang.code().to_string(), status, &act, lang)
        }
    };
    html! {
        <>
            { tool_header(lang, switch_lang) }
            <main class="page pw" id="main">
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ title }</h1>
                <p class="lead no-export">{ opened.intro().get(lang) }</p>
                { body }
            </main>
            { tool_footer(lang, &opened.back(lang), i18n::PW_BACK.get(lang)) }
        </>
    }
}

/// An official's documents: the levels per phase, then the plan, the paragraph and the report.
fn official(
    s: &Shared,
    profile: &Profile,
    chosen: Chosen,
    on_choose: Callback<(usize, String)>,
    status: CopyStatus,
    act: &OnDocument,
    lang: Lang,
) -> Html {
    let derived = phase_levels(&CONTENT, s);
    let levels = documents::levels(&CONTENT, derived, chosen);
    let docs = documents::official(&CONTENT, s, levels, profile, lang);
    // A new key when the levels or the language change: the editable text is made anew.
    let key = edit_key(lang, &levels);
    let phases = Phase::ALL
        .iter()
        .enumerate()
        .map(|(i, phase)| phase_row(i, *phase, derived[i], chosen[i], on_choose.clone(), lang));
    html! {
        <>
            <section class="sheet__section no-export" aria-labelledby="phases-title">
                <h2 class="heading-l" id="phases-title">{ i18n::PW_PHASES.get(lang) }</h2>
                <p>{ i18n::PW_PHASES_INTRO.get(lang) }</p>
                { for phases }
            </section>
            { intro("plan", i18n::PW_PLAN, i18n::PW_PLAN_INTRO, lang) }
            { document("plan", docs.plan, key.clone(), status, act, lang) }
            { intro("paragraph", i18n::PW_PARAGRAPH, i18n::PW_PARAGRAPH_INTRO, lang) }
            { document("paragraph", docs.paragraph, key, status, act, lang) }
            { intro("report", i18n::PW_REPORT, i18n::PW_REPORT_INTRO, lang) }
            { document("report", docs.report, lang.code().to_string(), status, act, lang) }
        </>
    }
}

/// A phase's level: from the answers, or a choice of the ladder's steps where they leave it open.
fn phase_row(
    i: usize,
    phase: Phase,
    derived: Option<&'static LadderStep>,
    chosen: Option<usize>,
    on_choose: Callback<(usize, String)>,
    lang: Lang,
) -> Html {
    let name = phase.name(lang);
    if let Some(step) = derived {
        return html! {
            <div class="pw__phase">
                <p><strong>{ name }{": "}{ step.name.get(lang) }</strong>
                    {" ("}{ i18n::PW_PHASE_FROM_ANSWERS.get(lang) }{"). "}{ phase_about(phase, step).get(lang) }</p>
            </div>
        };
    }
    let id = {
        let mut id = String::from("phase-");
        id.push_str(&(i + 1).to_string());
        id
    };
    let onchange = on_choose.reform(move |e: Event| {
        (
            i,
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    html! {
        <div class="form-group pw__phase">
            <label class="label" for={id.clone()}>{ name }</label>
            <select class="select" id={id} {onchange}>
                <option value="" selected={chosen.is_none()}>{ i18n::PW_PHASE_UNKNOWN.get(lang) }</option>
                { for CONTENT.ladder.iter().enumerate().map(|(n, step)| html! {
                    <option value={n.to_string()} selected={chosen == Some(n)}>{ step.name.get(lang) }</option>
                }) }
            </select>
        </div>
    }
}

/// A document's name and what it is for, above it on the page (not part of the document).
fn intro(name: &str, heading: CText, about: CText, lang: Lang) -> Html {
    let id = {
        let mut i = String::from(name);
        i.push_str("-intro-title");
        i
    };
    html! {
        <section class="sheet__section no-export" aria-labelledby={id.clone()}>
            <h2 class="heading-l" {id}>{ heading.get(lang) }</h2>
            <p>{ about.get(lang) }</p>
        </section>
    }
}

/// A [`DocumentView`] whose actions go to `act` with the document's name.
fn document(
    name: &'static str,
    doc: Document,
    key: String,
    status: CopyStatus,
    act: &OnDocument,
    lang: Lang,
) -> Html {
    let doc = Rc::new(doc);
    let on_action = {
        let doc = doc.clone();
        act.reform(move |action| (name, doc.clone(), action))
    };
    let message = copy_message(status, name, lang);
    html! { <DocumentView {name} {doc} version={key} {lang} {message} {on_action} /> }
}
