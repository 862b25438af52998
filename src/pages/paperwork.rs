//! "Van check naar stukken" (stukken.html#p=<share code>): for an official a participation
//! plan, a participation paragraph and a participation report outline, for a resident a letter
//! to the municipality.
//! An entry of its own beside the check, so the check's first load does not carry it.
//!
//! The texts are composed in `model::paperwork` and `model::plan`; here they are shown in editable areas, with
//! copy (plain and with headings), downloads (Word, text, HTML) and print. Edits stay on this
//! page only; the downloads and copies carry them.

use yew::prelude::*;

use crate::browser::{dom, history, sharing as browser_share};
use crate::components::notice::notice;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, by_role};
use crate::model::content::LadderStep;
use crate::model::docx::docx;
use crate::model::links::{Entry, Link};
use crate::model::paperwork::{
    letter, paragraph, phase_about, phase_levels, Block, Context, Document, Phase,
};
use crate::model::plan::{plan, report};
use crate::model::profile::notes;
use crate::model::share;
use crate::model::{texts, Lang, Role, CONTENT};
use crate::state::{use_profile, use_tool_language};

#[component]
pub fn PaperworkPage() -> Html {
    let (lang_v, switch_lang) = use_tool_language();
    let profile = use_profile();
    let decoded = use_memo((), |_| {
        let code = match Link::in_hash(Entry::Documents, &history::current_hash()) {
            Some(Link::Documents(code)) => code,
            _ => String::new(),
        };
        (share::decode(&CONTENT, &code), code)
    });
    // The levels the user chose for phases the answers do not settle (index into the ladder).
    let chosen = use_state(|| [None::<usize>; 3]);
    let status = use_state(|| None::<(&'static str, bool)>);
    let role = decoded.0.as_ref().map(|s| s.role).unwrap_or(Role::Official);
    let title = by_role(role, i18n::PW_TITLE, i18n::PW_TITLE_R, i18n::PW_TITLE_R).get(lang_v);
    dom::set_title(title);
    let back = Link::Sheet(decoded.1.clone()).href(lang_v);
    // The documents name the municipality's desk and bylaw: wait for its profile too.
    let Some(profile) = profile.filter(|_| texts::is_loaded(lang_v)) else {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang_v) }</p></main> };
    };

    let body = match &decoded.0 {
        Err(e) => {
            // No answers, or a link that does not open: say so, and the way back to the check.
            let message = if decoded.1.is_empty() {
                i18n::PW_NO_LINK.get(lang_v)
            } else {
                e.message().get(lang_v)
            };
            notice(true, html! { <p>{ message }</p> })
        }
        Ok(s) if s.role == Role::Official => {
            let derived = phase_levels(&CONTENT, s);
            let levels: [Option<&'static LadderStep>; 3] = std::array::from_fn(|i| {
                derived[i].or_else(|| chosen[i].and_then(|n| CONTENT.ladder.get(n)))
            });
            let phases = Phase::ALL.iter().enumerate().map(|(i, phase)| {
                let name = phase.name(lang_v);
                match derived[i] {
                    Some(step) => html! {
                        <div class="pw__phase">
                            <p><strong>{ name }{": "}{ step.name.get(lang_v) }</strong>
                                {" ("}{ i18n::PW_PHASE_FROM_ANSWERS.get(lang_v) }{"). "}{ phase_about(*phase, step).get(lang_v) }</p>
                        </div>
                    },
                    None => {
                        let id = phase_id(i);
                        let onchange = {
                            let chosen = chosen.clone();
                            Callback::from(move |e: Event| {
                                let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                                let mut next = *chosen;
                                next[i] = v.parse::<usize>().ok();
                                chosen.set(next);
                            })
                        };
                        html! {
                            <div class="form-group pw__phase">
                                <label class="label" for={id.clone()}>{ name }</label>
                                <select class="select" id={id} {onchange}>
                                    <option value="" selected={chosen[i].is_none()}>{ i18n::PW_PHASE_UNKNOWN.get(lang_v) }</option>
                                    { for CONTENT.ladder.iter().enumerate().map(|(n, step)| html! {
                                        <option value={n.to_string()} selected={chosen[i] == Some(n)}>{ step.name.get(lang_v) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    }
                }
            });
            let mut para = paragraph(&CONTENT, s, levels, lang_v);
            notes::frame_paragraph(&mut para, &profile, s, lang_v);
            // The plan and report take the municipality's profile into their context.
            let cx = Context {
                levels,
                profile: Some(&profile),
                ..Context::new(&CONTENT, s, lang_v)
            };
            let start = plan(&cx);
            let outline = report(&cx);
            // A new key when the levels or the language change: the editable text is made anew.
            let key = {
                let mut k = String::from(lang_v.code());
                for l in levels {
                    k.push('-');
                    k.push_str(l.map(|s| s.id).unwrap_or("open"));
                }
                k
            };
            html! {
                <>
                    <section class="sheet__section no-export" aria-labelledby="phases-title">
                        <h2 class="heading-l" id="phases-title">{ i18n::PW_PHASES.get(lang_v) }</h2>
                        <p>{ i18n::PW_PHASES_INTRO.get(lang_v) }</p>
                        { for phases }
                    </section>
                    { intro("plan", i18n::PW_PLAN, i18n::PW_PLAN_INTRO, lang_v) }
                    { document_view("plan", &start, &key, lang_v, &status) }
                    { intro("paragraph", i18n::PW_PARAGRAPH, i18n::PW_PARAGRAPH_INTRO, lang_v) }
                    { document_view("paragraph", &para, &key, lang_v, &status) }
                    { intro("report", i18n::PW_REPORT, i18n::PW_REPORT_INTRO, lang_v) }
                    { document_view("report", &outline, lang_v.code(), lang_v, &status) }
                </>
            }
        }
        Ok(s) => {
            let mut doc = letter(&CONTENT, s, lang_v);
            notes::address_letter(&mut doc, &profile, s.role, lang_v);
            document_view("letter", &doc, lang_v.code(), lang_v, &status)
        }
    };

    html! {
        <>
            { tool_header(lang_v, switch_lang) }
            <main class="page pw" id="main">
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ title }</h1>
                <p class="lead no-export">{ by_role(role, i18n::PW_INTRO, i18n::PW_INTRO_R, i18n::PW_INTRO_I).get(lang_v) }</p>
                { body }
            </main>
            { tool_footer(lang_v, &back, i18n::PW_BACK.get(lang_v)) }
        </>
    }
}

/// A document's name and what it is for, above it on the page (not part of the document).
fn intro(name: &str, heading: i18n::CText, about: i18n::CText, lang: Lang) -> Html {
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

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn phase_id(i: usize) -> String {
    let mut id = String::from("phase-");
    id.push_str(&(i + 1).to_string());
    id
}

/// One document: its actions, then the text in an editable area that holds headings and lists,
/// so a copy "with headings" pastes into a word processor as such.
fn document_view(
    name: &'static str,
    doc: &Document,
    key: &str,
    lang: Lang,
    status: &UseStateHandle<Option<(&'static str, bool)>>,
) -> Html {
    let id = {
        let mut i = String::from("doc-");
        i.push_str(name);
        i
    };
    let file = {
        let mut f = String::from("coproductiecheck-");
        f.push_str(name);
        f
    };
    let copy = |rich: bool| {
        let (id, status) = (id.clone(), status.clone());
        Callback::from(move |_| {
            let Some((text, html)) = browser_share::element_text_and_html(&id) else {
                return;
            };
            let status = status.clone();
            let done = move |ok| status.set(Some((name, ok)));
            if rich {
                browser_share::copy_rich(html, text, done);
            } else {
                browser_share::copy(text, done);
            }
        })
    };
    let download_txt = {
        let (id, file) = (id.clone(), file.clone());
        Callback::from(move |_| {
            if let Some((text, _)) = browser_share::element_text_and_html(&id) {
                browser_share::download(
                    &(file.clone() + ".txt"),
                    "text/plain;charset=utf-8",
                    &text,
                );
            }
        })
    };
    let download_html = {
        let (id, file, title) = (id.clone(), file.clone(), doc.title.clone());
        Callback::from(move |_| {
            let mut selector = String::from("#");
            selector.push_str(&id);
            if let Some(html) = browser_share::sheet_as_html(&selector, lang.code(), &title) {
                browser_share::download(
                    &(file.clone() + ".html"),
                    "text/html;charset=utf-8",
                    &html,
                );
            }
        })
    };
    // The Word file is made from the text as edited, so it matches the other copies.
    let download_docx = {
        let (id, file, fallback) = (id.clone(), file.clone(), doc.clone());
        Callback::from(move |_| {
            let edited = browser_share::element_document(&id, i18n::PW_FILL.get(lang));
            let bytes = docx(edited.as_ref().unwrap_or(&fallback), lang);
            browser_share::download_bytes(&(file.clone() + ".docx"), DOCX_MIME, &bytes);
        })
    };
    let print = Callback::from(|_| browser_share::print());
    let message = match **status {
        Some((n, true)) if n == name => i18n::PW_COPIED.get(lang),
        Some((n, false)) if n == name => i18n::PW_COPY_FAILED.get(lang),
        _ => "",
    };
    let label_id = {
        let mut l = id.clone();
        l.push_str("-label");
        l
    };
    html! {
        <section class="sheet__section pw__doc">
            <div class="button-group no-export">
                <button type="button" class="button" onclick={copy(false)}>{ i18n::PW_COPY_TEXT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={copy(true)}>{ i18n::PW_COPY_RICH.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={download_docx}>{ i18n::PW_DOWNLOAD_DOCX.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={download_txt}>{ i18n::PW_DOWNLOAD_TXT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={download_html}>{ i18n::PW_DOWNLOAD_HTML.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={print}>{ i18n::PW_PRINT.get(lang) }</button>
            </div>
            <p class="share__status no-export" role="status">{ message }</p>
            <p class="label no-export" id={label_id.clone()}>{ i18n::PW_EDIT_LABEL.get(lang) }{": "}{ doc.title.clone() }</p>
            <div key={key.to_string()} class="pw__text" id={id} contenteditable="true" role="textbox"
                aria-multiline="true" aria-labelledby={label_id} spellcheck="true">
                { document_html(doc, lang) }
            </div>
        </section>
    }
}

/// The document as headings, paragraphs and lists. Everything typed or answered is text, never
/// markup: yew escapes it, so a plan named `<script>` stays a name.
fn document_html(doc: &Document, lang: Lang) -> Html {
    let sections = doc.sections.iter().map(|s| {
        let blocks = s.blocks.iter().map(|b| match b {
            Block::Para(p) => html! { <p>{ p.clone() }</p> },
            Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> },
            Block::Fill(f) => html! {
                <p><mark class="pw__fill">{ "[" }{ i18n::PW_FILL.get(lang) }{ ": " }{ f.clone() }{ "]" }</mark></p>
            },
        });
        html! {
            <>
                if !s.heading.is_empty() { <h3>{ s.heading.clone() }</h3> }
                { for blocks }
            </>
        }
    });
    html! {
        <>
            if doc.titled { <h2>{ doc.title.clone() }</h2> }
            { for sections }
        </>
    }
}
