//! Where a profile's facts appear: only where they help a person act. The sheet's head names
//! the municipality; a resident's questions go to its contact, the initiators' to the
//! initiatives desk; right-to-challenge items name the bylaw, whether it has the right, its
//! steps and weeks; items about what the council decides name the griffie; the letter is
//! addressed to the desk, and the paragraph and report name the municipality and its bylaw.
//! Without a profile (or with an empty one) nothing here adds anything.

use crate::i18n::{self, by_role, fill};
use crate::model::assess::Assessment;
use crate::model::content::{q, Question, Role};
use crate::model::document::{Block, Document};
use crate::model::lang::Lang;

use super::{Contact, Profile};

/// A piece of a line: text, or a link (shown as text, never as markup).
#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    Text(String),
    Link { text: String, href: String },
}

/// A line of text with links in it.
pub type Note = Vec<Span>;

/// What the profile adds to a sheet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetNotes {
    /// The municipality, in the sheet's head.
    pub name: Option<String>,
    /// Under the questions to ask: whom to ask (residents and initiators).
    pub ask: Option<Note>,
    /// One per advice item, in the assessment's order.
    pub advice: Vec<Option<Note>>,
    /// One per follow-up, in the assessment's order; none where an advice item says it already.
    pub follow_ups: Vec<Option<Note>>,
}

/// What an item is about, as far as the profile knows something of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Topic {
    Challenge,
    Council,
}

/// The questions whose items the profile has something to add to. Checked against the content
/// by a native test, so a renamed question fails it.
pub const CHALLENGE_QUESTIONS: [&str; 2] = [q::o_init_challenge::ID, q::i_challenge::ID];
pub const COUNCIL_QUESTIONS: [&str; 4] = [
    q::o_raad_decides::ID,
    q::o_raad::ID,
    q::r_raad::ID,
    q::i_raad::ID,
];

fn topic(q: &Question) -> Option<Topic> {
    if CHALLENGE_QUESTIONS.contains(&q.id) {
        Some(Topic::Challenge)
    } else if COUNCIL_QUESTIONS.contains(&q.id) {
        Some(Topic::Council)
    } else {
        None
    }
}

/// What the profile adds to the sheet of `a`.
pub fn sheet(p: &Profile, a: &Assessment, lang: Lang) -> SheetNotes {
    let note = |t: Topic| match t {
        Topic::Challenge => challenge(p, a.role, lang),
        Topic::Council => council(p, lang),
    };
    let advice_topics: Vec<Option<Topic>> = a
        .advice
        .iter()
        .map(|x| x.causes.iter().find_map(|q| topic(q)))
        .collect();
    let advice = advice_topics.iter().map(|t| t.and_then(note)).collect();
    // Once on the sheet is enough: a follow-up whose advice item carries the note goes without.
    let follow_ups = a
        .follow_ups
        .iter()
        .map(|f| {
            topic(f.question)
                .filter(|t| !advice_topics.contains(&Some(*t)))
                .and_then(note)
        })
        .collect();
    SheetNotes {
        name: p.name.clone(),
        ask: ask(p, a.role, lang),
        advice,
        follow_ups,
    }
}

/// The desk a role writes to: residents the contact, initiators the initiatives desk (or the
/// contact, if the profile has no desk of its own for them). Officials are the municipality.
pub fn desk(p: &Profile, role: Role) -> Option<&Contact> {
    let c = match role {
        Role::Official => return None,
        Role::Resident => &p.contact,
        Role::Initiative if !p.initiatives.is_empty() => &p.initiatives,
        Role::Initiative => &p.contact,
    };
    (!c.is_empty()).then_some(c)
}

/// Whom `role` asks, as a line under its questions.
pub fn ask(p: &Profile, role: Role, lang: Lang) -> Option<Note> {
    let c = desk(p, role)?;
    let template = match role {
        Role::Initiative => i18n::GN_ASK_I,
        _ => i18n::GN_ASK_R,
    };
    Some(fill_spans(template.get(lang), vec![reach(p, c, lang)]))
}

/// "De gemeente Voorbeeld", or "de gemeente" without a name.
fn who(p: &Profile, lang: Lang) -> String {
    match &p.name {
        Some(n) => fill(i18n::GN_OF_NAME.get(lang), &[n]),
        None => i18n::GN_THE_MUNICIPALITY.get(lang).to_string(),
    }
}

/// The bylaw as a link (or its title, or "the participatieverordening").
fn bylaw(p: &Profile, lang: Lang) -> Span {
    let text = p
        .bylaw
        .title
        .clone()
        .unwrap_or_else(|| i18n::GN_BYLAW.get(lang).to_string());
    match &p.bylaw.url {
        Some(href) => Span::Link {
            text,
            href: href.clone(),
        },
        None => Span::Text(text),
    }
}

/// A desk: its words (or the municipality's name), then its e-mail, phone and web page.
fn reach(p: &Profile, c: &Contact, lang: Lang) -> Note {
    let mut spans = vec![Span::Text(match &c.text {
        Some(t) => t.clone(),
        None => who(p, lang),
    })];
    let mut links = Vec::new();
    if let Some(e) = &c.email {
        links.push(Span::Link {
            text: e.clone(),
            href: format_href("mailto:", e),
        });
    }
    if let (Some(ph), Some(href)) = (&c.phone, c.phone_href()) {
        links.push(Span::Link {
            text: ph.clone(),
            href,
        });
    }
    if let Some(u) = &c.url {
        links.push(Span::Link {
            text: shown_link(u),
            href: u.clone(),
        });
    }
    for (i, l) in links.into_iter().enumerate() {
        spans.push(Span::Text(if i == 0 { ": " } else { ", " }.to_string()));
        spans.push(l);
    }
    spans
}

fn format_href(scheme: &str, rest: &str) -> String {
    let mut s = String::from(scheme);
    s.push_str(rest);
    s
}

/// A link as people read it: without `https://`, `mailto:` or `tel:`.
fn shown_link(href: &str) -> String {
    let lower = href.to_ascii_lowercase();
    for scheme in ["https://", "mailto:", "tel:"] {
        if lower.starts_with(scheme) {
            // `get`, not indexing: indexing brings the panic message's formatting along.
            let rest = href.get(scheme.len()..).unwrap_or(href);
            return rest.trim_end_matches('/').to_string();
        }
    }
    href.to_string()
}

/// Items about what the council decides: the griffie can tell.
pub fn council(p: &Profile, lang: Lang) -> Option<Note> {
    if p.council.is_empty() {
        return None;
    }
    let mut griffie = p.council.clone();
    if griffie.text.is_none() {
        griffie.text = Some(match &p.name {
            Some(n) => fill(i18n::GN_GRIFFIE_OF.get(lang), &[n]),
            None => i18n::GN_GRIFFIE.get(lang).to_string(),
        });
    }
    Some(fill_spans(
        i18n::GN_COUNCIL.get(lang),
        vec![reach(p, &griffie, lang)],
    ))
}

/// Right-to-challenge items: the bylaw, whether it has the right, its steps and weeks. A
/// municipality that says it has none hears what the law asks.
pub fn challenge(p: &Profile, role: Role, lang: Lang) -> Option<Note> {
    let ch = &p.challenge;
    let has_bylaw = p.bylaw.title.is_some() || p.bylaw.url.is_some();
    let mut note = Note::new();
    let mut sentence = |spans: Note| {
        if !note.is_empty() {
            note.push(Span::Text(" ".into()));
        }
        note.extend(spans);
    };
    let who = capitalised(&who(p, lang));
    match ch.present {
        Some(true) if has_bylaw => sentence(fill_spans(
            i18n::GN_CH_YES_IN.get(lang),
            vec![vec![Span::Text(who)], vec![bylaw(p, lang)]],
        )),
        Some(true) => sentence(vec![Span::Text(fill(i18n::GN_CH_YES.get(lang), &[&who]))]),
        Some(false) => {
            sentence(vec![Span::Text(fill(i18n::GN_CH_NO.get(lang), &[&who]))]);
            // Residents are not asked about the right to challenge; were they, the group's
            // wording ("jullie") fits them better than the official's.
            let law = by_role(role, i18n::GN_CH_LAW, i18n::GN_CH_LAW_I, i18n::GN_CH_LAW_I);
            sentence(vec![Span::Text(law.get(lang).to_string())]);
        }
        None if has_bylaw => sentence(fill_spans(
            i18n::GN_CH_READ.get(lang),
            vec![vec![bylaw(p, lang)]],
        )),
        None => {}
    }
    // Steps and weeks belong to a right that exists (or that the profile does not deny).
    if ch.present != Some(false) {
        let steps = ch
            .steps(lang)
            .or_else(|| ch.steps_nl.as_deref().or(ch.steps_en.as_deref()));
        if let Some(s) = steps {
            let joined: Vec<&str> = s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            sentence(vec![Span::Text(fill(
                i18n::GN_CH_STEPS.get(lang),
                &[&joined.join(" ")],
            ))]);
        }
        if let Some(w) = ch.weeks {
            sentence(vec![Span::Text(fill(
                i18n::GN_CH_WEEKS.get(lang),
                &[&w.to_string()],
            ))]);
        }
    }
    (!note.is_empty()).then_some(note)
}

/// "de gemeente ..." → "De gemeente ...". Only ever our own words, which start in ASCII: the
/// full Unicode case tables would cost the sheet's wasm several KB.
fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// `template` with each `{}` replaced by the next group of spans.
fn fill_spans(template: &str, args: Vec<Note>) -> Note {
    let mut out = Note::new();
    let mut args = args.into_iter();
    let mut text = String::new();
    // Split on a char, as `i18n::fill` does: a `&str` pattern pulls a large searcher in.
    let mut parts = template.split('{');
    text.push_str(parts.next().unwrap_or(""));
    for part in parts {
        match part.strip_prefix('}') {
            Some(rest) => {
                if !text.is_empty() {
                    out.push(Span::Text(std::mem::take(&mut text)));
                }
                out.extend(args.next().unwrap_or_default());
                text.push_str(rest);
            }
            None => {
                text.push('{');
                text.push_str(part);
            }
        }
    }
    if !text.is_empty() {
        out.push(Span::Text(text));
    }
    out
}

/// A note as plain text for a document: a web link's address after its words, unless the words
/// are the address (an e-mail address or phone number is its own words).
pub fn plain(note: &[Span]) -> String {
    let mut s = String::new();
    for span in note {
        match span {
            Span::Text(t) => s.push_str(t),
            Span::Link { text, href } => {
                s.push_str(text);
                if href.to_ascii_lowercase().starts_with("https:") && shown_link(href) != *text {
                    s.push_str(" (");
                    s.push_str(href);
                    s.push(')');
                }
            }
        }
    }
    s
}

/// The letter addressed to the role's desk: "Aan: ..." above the salutation.
pub fn address_letter(doc: &mut Document, p: &Profile, role: Role, lang: Lang) {
    let Some(c) = desk(p, role) else { return };
    let mut to = fill(i18n::GN_L_TO.get(lang), &[&plain(&reach(p, c, lang))]);
    // The desk's own words do not always say which municipality.
    if let (Some(_), Some(n)) = (&c.text, &p.name) {
        to.push_str(" (");
        to.push_str(&fill(i18n::GN_OF_NAME.get(lang), &[n]));
        to.push(')');
    }
    if let Some(s) = doc.sections.first_mut() {
        s.blocks.insert(0, Block::Para(to));
    }
}

/// The bylaw a paragraph, plan or report works under, and whose it is; `None` when the profile
/// names neither.
pub fn framework(p: &Profile, lang: Lang) -> Option<String> {
    let has_bylaw = p.bylaw.title.is_some() || p.bylaw.url.is_some();
    if p.name.is_none() && !has_bylaw {
        return None;
    }
    Some(plain(&fill_spans(
        i18n::GN_P_FRAMEWORK.get(lang),
        vec![vec![Span::Text(who(p, lang))], vec![bylaw(p, lang)]],
    )))
}

/// Puts the bylaw line first in the section headed `heading` (the first section if none is),
/// and for a plan about residents' own initiative the right-to-challenge route after it.
pub fn frame_document(
    doc: &mut Document,
    p: &Profile,
    heading: &str,
    initiative: bool,
    lang: Lang,
) {
    let mut lines: Vec<Block> = framework(p, lang).map(Block::Para).into_iter().collect();
    if initiative {
        if let Some(n) = challenge(p, Role::Official, lang) {
            lines.push(Block::Para(plain(&n)));
        }
    }
    let at = doc
        .sections
        .iter()
        .position(|s| s.heading == heading)
        .unwrap_or(0);
    if let Some(s) = doc.sections.get_mut(at) {
        for (i, b) in lines.into_iter().enumerate() {
            s.blocks.insert(i, b);
        }
    }
}
