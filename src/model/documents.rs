//! The documents page (stukken.html#p=<share code>): which documents the answers of a share
//! code give (an official's plan, paragraph and report outline; a resident's or initiators'
//! letter), the levels the person chooses for phases the answers leave open, and the names of
//! the copies and downloads. The texts themselves are composed in [`super::paperwork`] and
//! [`super::plan`]; this module decides what the page shows of them.

use crate::i18n::{self, by_role, CText};

use super::content::{q, Content, LadderStep, Role};
use super::lang::Lang;
use super::links::{Entry, Link};
use super::paperwork::{self, Context, Document};
use super::plan::{plan, report};
use super::profile::{notes, Profile};
use super::share::{self, ShareError, Shared};
use super::texts::{self, Part};

/// The share code in the page's hash, and what it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// As it stands in the hash; empty when there is none.
    pub code: String,
    pub shared: Result<Shared, ShareError>,
}

impl Opened {
    /// The parts of the texts the page needs before it shows ([`texts::for_documents`]): the
    /// sheet's, the tools' and the questions of the answers' role only, neither the question
    /// pages' strings nor the advice, so a first visit fetches less; no role's questions when
    /// the answers do not open (the page then says why, and nothing else).
    pub fn texts_needed(&self) -> &'static [Part] {
        texts::for_documents(self.shared.as_ref().ok().map(|s| s.role))
    }

    /// Reads the page's hash (`location.hash`, with or without its `#`).
    pub fn from_hash(content: &'static Content, hash: &str) -> Opened {
        let code = match Link::in_hash(Entry::Documents, hash) {
            Some(Link::Documents(code)) => code,
            _ => String::new(),
        };
        Opened {
            shared: share::decode(content, &code),
            code,
        }
    }

    /// The role the page speaks to: the official's when the link does not open.
    pub fn role(&self) -> Role {
        self.shared
            .as_ref()
            .map(|s| s.role)
            .unwrap_or(Role::Official)
    }

    /// The page's title: the documents, or for a resident and initiators the letter.
    pub fn title(&self) -> CText {
        by_role(
            self.role(),
            i18n::PW_TITLE,
            i18n::PW_TITLE_R,
            i18n::PW_TITLE_R,
        )
    }

    pub fn intro(&self) -> CText {
        by_role(
            self.role(),
            i18n::PW_INTRO,
            i18n::PW_INTRO_R,
            i18n::PW_INTRO_I,
        )
    }

    /// Back to the sheet the documents were opened from.
    pub fn back(&self, lang: Lang) -> String {
        Link::Sheet(self.code.clone()).href(lang)
    }

    /// Why there are no documents (`e`, the reason the code did not open): no link, or a link
    /// that does not open.
    pub fn problem(&self, e: &ShareError, lang: Lang) -> &'static str {
        if self.code.is_empty() {
            i18n::PW_NO_LINK.get(lang)
        } else {
            e.message().get(lang)
        }
    }
}

/// The levels the person chose for the phases the answers leave open, as indexes into the
/// ladder; `None`: not chosen.
pub type Chosen = [Option<usize>; 3];

/// `chosen` with phase `phase` set to the ladder step of a select's value ("" or junk: none).
pub fn choose(mut chosen: Chosen, phase: usize, value: &str) -> Chosen {
    if let Some(c) = chosen.get_mut(phase) {
        *c = value.parse::<usize>().ok();
    }
    chosen
}

/// The level per phase: from the answers where they say it, else as chosen.
pub fn levels(
    content: &'static Content,
    derived: [Option<&'static LadderStep>; 3],
    chosen: Chosen,
) -> [Option<&'static LadderStep>; 3] {
    std::array::from_fn(|i| derived[i].or_else(|| chosen[i].and_then(|n| content.ladder.get(n))))
}

/// A key for the editable texts that changes with the levels and the language: the texts are
/// made anew then (and the person's edits to the old ones go).
pub fn edit_key(lang: Lang, levels: &[Option<&'static LadderStep>; 3]) -> String {
    let mut k = String::from(lang.code());
    for l in levels {
        k.push('-');
        k.push_str(l.map(|s| s.id).unwrap_or("open"));
    }
    k
}

/// An official's documents, in the page's order.
pub struct Official {
    pub plan: Document,
    pub paragraph: Document,
    pub report: Document,
}

/// An official's documents with `levels` per phase, naming the municipality of `profile`.
pub fn official(
    content: &'static Content,
    shared: &Shared,
    levels: [Option<&'static LadderStep>; 3],
    profile: &Profile,
    lang: Lang,
) -> Official {
    let mut paragraph = paperwork::paragraph(content, shared, levels, lang);
    frame_paragraph(&mut paragraph, profile, shared, lang);
    let cx = Context {
        levels,
        profile: Some(profile),
        ..Context::new(content, shared, lang)
    };
    Official {
        plan: plan(&cx),
        paragraph,
        report: report(&cx),
    }
}

/// The official's paragraph: the bylaw line first under the levels per phase, and for a plan
/// of residents' own initiative or a takeover, the right-to-challenge route.
pub fn frame_paragraph(doc: &mut Document, p: &Profile, shared: &Shared, lang: Lang) {
    let initiative = shared
        .answers
        .get(q::o_who::ID)
        .is_some_and(|a| a.includes_any(&[q::o_who::INITIATIVE, q::o_who::TAKEOVER]));
    notes::frame_document(doc, p, i18n::PW_P_LEVEL.get(lang), initiative, lang);
}

/// A resident's or initiators' letter, addressed to the municipality's desk.
pub fn letter(
    content: &'static Content,
    shared: &Shared,
    profile: &Profile,
    lang: Lang,
) -> Document {
    let mut doc = paperwork::letter(content, shared, lang);
    notes::address_letter(&mut doc, profile, shared.role, lang);
    doc
}

// ---------- copies and downloads ----------

/// A file a document downloads as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Word file (.docx) with real headings.
    Word,
    Text,
    Html,
}

impl Format {
    pub fn mime(self) -> &'static str {
        match self {
            Format::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Text => "text/plain;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Word => ".docx",
            Format::Text => ".txt",
            Format::Html => ".html",
        }
    }
}

/// What the person asks of a document shown on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocAction {
    /// Copy as plain text, or (`rich`) with its headings and lists.
    Copy {
        rich: bool,
    },
    Download(Format),
    Print,
}

/// The buttons above each document, in order (the first is the main one), with their words.
pub const ACTIONS: [(DocAction, CText); 6] = [
    (DocAction::Copy { rich: false }, i18n::PW_COPY_TEXT),
    (DocAction::Copy { rich: true }, i18n::PW_COPY_RICH),
    (DocAction::Download(Format::Word), i18n::PW_DOWNLOAD_DOCX),
    (DocAction::Download(Format::Text), i18n::PW_DOWNLOAD_TXT),
    (DocAction::Download(Format::Html), i18n::PW_DOWNLOAD_HTML),
    (DocAction::Print, i18n::PW_PRINT),
];

/// The id of the editable area of the document called `name` ("plan", "letter").
pub fn element_id(name: &str) -> String {
    let mut id = String::from("doc-");
    id.push_str(name);
    id
}

/// "coproductiecheck-plan.docx".
pub fn file_name(name: &str, format: Format) -> String {
    let mut f = String::from("coproductiecheck-");
    f.push_str(name);
    f.push_str(format.extension());
    f
}

/// The last copy's outcome: which document, and whether it worked.
pub type CopyStatus = Option<(&'static str, bool)>;

/// What the status line under document `name` says: nothing unless its copy was the last.
pub fn copy_message(status: CopyStatus, name: &str, lang: Lang) -> &'static str {
    match status {
        Some((n, true)) if n == name => i18n::PW_COPIED.get(lang),
        Some((n, false)) if n == name => i18n::PW_COPY_FAILED.get(lang),
        _ => "",
    }
}
