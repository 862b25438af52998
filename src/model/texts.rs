//! The questionnaire's texts at run time. `build.rs` splits them into parts ([`Part`]) and writes
//! one file per part and language (`texts.<hash>.<part>.<lang>.txt`): the first line is
//! [`TEXTS_HASH`], then one text a line. The parts lie one after the other in one index space
//! ([`TEXT_PARTS`] gives where each starts): line `n + 1` of a part's file is the text of
//! `CText(start + n)`. Texts never contain a line break (build.rs refuses them), so nothing is
//! escaped.
//!
//! A page needs only some parts ([`needed`]): the first question waits for its role's questions
//! and the question pages' few strings, not for every role's questions and the advice. In the
//! browser the app fetches a part's file ([`file_name`]) and hands it to [`install`]; until then
//! [`get`] returns "" for its texts. Natively each language's whole table is compiled in and
//! installed on first use, so tests and tools see every text without loading anything.

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use super::content::{Role, CONTENT, TEXTS_HASH, TEXTS_LEN, TEXT_PARTS};
use super::lang::Lang;
use super::route::Route;

/// A part of the texts, a file of its own per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// What the advice sheet and the tools share: the dimensions, verdicts, ladder and intensity,
    /// what the sheet says about a question (its follow-up, its options' short names), the
    /// sources and their points, and the interface strings of the sheet.
    Sheet,
    /// The interface strings of the question pages and "check your answers".
    Check,
    /// A role's questions.
    Official,
    Resident,
    Initiative,
    /// "Over deze check": its title and its body, one piece of HTML the build writes.
    About,
    /// What only the tools show: the documents' sentences and strings, the letter's questions,
    /// and the strings of the comparison, the paper questionnaire and the profile page.
    Tools,
    /// A role's advice rules: their title, text and what would change them.
    OfficialAdvice,
    ResidentAdvice,
    InitiativeAdvice,
}

impl Part {
    /// In index order, as [`TEXT_PARTS`].
    pub const ALL: [Part; 10] = [
        Part::Sheet,
        Part::Check,
        Part::Official,
        Part::Resident,
        Part::Initiative,
        Part::About,
        Part::Tools,
        Part::OfficialAdvice,
        Part::ResidentAdvice,
        Part::InitiativeAdvice,
    ];

    /// All that an advice sheet may show, whatever its role: every part but the about page's
    /// and the tools'.
    pub const ANY_SHEET: [Part; 8] = [
        Part::Sheet,
        Part::Check,
        Part::Official,
        Part::Resident,
        Part::Initiative,
        Part::OfficialAdvice,
        Part::ResidentAdvice,
        Part::InitiativeAdvice,
    ];

    /// What the paper questionnaire (papier.html) shows: every role's questions, the question
    /// pages' strings ("Weet ik niet") and its own; no advice.
    pub const PAPER: [Part; 6] = [
        Part::Sheet,
        Part::Tools,
        Part::Check,
        Part::Official,
        Part::Resident,
        Part::Initiative,
    ];

    /// What the municipality's profile page (stukken.html#/gemeente) shows: its own strings and
    /// its previews of the documents, with every role's questions; no advice.
    pub const PROFILE: [Part; 5] = [
        Part::Sheet,
        Part::Tools,
        Part::Official,
        Part::Resident,
        Part::Initiative,
    ];

    /// The part with `role`'s questions.
    pub fn questions(role: Role) -> Part {
        match role {
            Role::Official => Part::Official,
            Role::Resident => Part::Resident,
            Role::Initiative => Part::Initiative,
        }
    }

    /// The part with `role`'s advice rules.
    pub fn advice(role: Role) -> Part {
        match role {
            Role::Official => Part::OfficialAdvice,
            Role::Resident => Part::ResidentAdvice,
            Role::Initiative => Part::InitiativeAdvice,
        }
    }

    /// Names its files: "sheet", "check", "official", ..., "advice-official", ...
    pub fn code(self) -> &'static str {
        TEXT_PARTS[self as usize].0
    }

    /// Its indices.
    pub fn range(self) -> Range<usize> {
        let start = TEXT_PARTS[self as usize].1;
        let end = TEXT_PARTS
            .get(self as usize + 1)
            .map_or(TEXTS_LEN, |next| next.1);
        start..end
    }

    /// The part holding the text at `index`.
    pub fn of(index: usize) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.range().contains(&index))
    }
}

/// The parts a page needs before it can show: none for the start page (its strings are compiled
/// in); the question pages and "check your answers" the chosen role's questions and their own
/// strings; "over" its own part; the sheet [`for_answers`] the role it shows: the share link's
/// (a link that does not decode, or no role at all: [`Part::ANY_SHEET`]). The tools load their
/// parts themselves: the paperwork [`for_documents`], the comparison [`for_comparison`], the
/// paper questionnaire [`Part::PAPER`], the profile page [`Part::PROFILE`].
pub fn needed(route: &Route, role: Option<Role>) -> &'static [Part] {
    match (route, role) {
        (Route::Start | Route::NotFound, _) => &[],
        (Route::Question(_) | Route::Check, Some(Role::Official)) => &[Part::Check, Part::Official],
        (Route::Question(_) | Route::Check, Some(Role::Resident)) => &[Part::Check, Part::Resident],
        (Route::Question(_) | Route::Check, Some(Role::Initiative)) => {
            &[Part::Check, Part::Initiative]
        }
        // Without a role a question page sends the reader to the start page.
        (Route::Question(_) | Route::Check, None) => &[],
        (Route::About, _) => &[Part::About],
        (Route::Sheet(None), role) => for_answers(role),
        (Route::Sheet(Some(code)), _) => {
            for_answers(super::share::decode(&CONTENT, code).ok().map(|s| s.role))
        }
    }
}

/// The parts worth fetching on the start page before "Start de check" is pressed, for the role
/// chosen there (or fixed, or that of the answers in progress): the first question's, so that
/// it shows at once. Nothing waits for them.
pub fn ahead_of_start(role: Option<Role>) -> &'static [Part] {
    needed(&Route::Question(1), role)
}

/// The parts the advice sheet needs for one set of answers: the sheet's, the question pages'
/// strings (its summary of the answers), the questions and the advice rules of the answers' role;
/// not the tools' part. [`Part::ANY_SHEET`] where there is no role (answers that do not open).
/// `tests/content.rs` checks that the sheet's files name no string of the tools' part.
pub fn for_answers(role: Option<Role>) -> &'static [Part] {
    match role {
        Some(Role::Official) => &[
            Part::Sheet,
            Part::Check,
            Part::Official,
            Part::OfficialAdvice,
        ],
        Some(Role::Resident) => &[
            Part::Sheet,
            Part::Check,
            Part::Resident,
            Part::ResidentAdvice,
        ],
        Some(Role::Initiative) => &[
            Part::Sheet,
            Part::Check,
            Part::Initiative,
            Part::InitiativeAdvice,
        ],
        None => &Part::ANY_SHEET,
    }
}

/// The parts the paperwork (stukken.html) needs: the sheet's part (the ladder, the verdicts, the
/// follow-ups), the tools' (the documents' sentences and strings) and the questions of the
/// answers' role. Neither the "check" part nor any advice part: the documents show none of the
/// question pages' strings and no advice rule's words (`tests/content.rs` checks the page's
/// files, and every text the documents read for many answers). The sheet's and the tools' part
/// alone where there is no role: the page then only says that the link does not open.
pub fn for_documents(role: Option<Role>) -> &'static [Part] {
    match role {
        Some(Role::Official) => &[Part::Sheet, Part::Tools, Part::Official],
        Some(Role::Resident) => &[Part::Sheet, Part::Tools, Part::Resident],
        Some(Role::Initiative) => &[Part::Sheet, Part::Tools, Part::Initiative],
        None => &[Part::Sheet, Part::Tools],
    }
}

/// The parts the comparison (vergelijk.html) needs when the people it compares answered as
/// `roles`: the sheet's and the tools' part (all its form needs, with no one to compare yet),
/// and each of those roles' questions and advice rules (a verdict, the advice resolved and new).
/// Not the "check" part, of which it shows no string.
pub fn for_comparison(roles: &[Role]) -> &'static [Part] {
    use Part::*;
    let has = |r| roles.contains(&r);
    match (
        has(Role::Official),
        has(Role::Resident),
        has(Role::Initiative),
    ) {
        (false, false, false) => &[Sheet, Tools],
        (true, false, false) => &[Sheet, Tools, Official, OfficialAdvice],
        (false, true, false) => &[Sheet, Tools, Resident, ResidentAdvice],
        (false, false, true) => &[Sheet, Tools, Initiative, InitiativeAdvice],
        (true, true, false) => &[
            Sheet,
            Tools,
            Official,
            OfficialAdvice,
            Resident,
            ResidentAdvice,
        ],
        (true, false, true) => &[
            Sheet,
            Tools,
            Official,
            OfficialAdvice,
            Initiative,
            InitiativeAdvice,
        ],
        (false, true, true) => &[
            Sheet,
            Tools,
            Resident,
            ResidentAdvice,
            Initiative,
            InitiativeAdvice,
        ],
        (true, true, true) => &[
            Sheet,
            Tools,
            Official,
            OfficialAdvice,
            Resident,
            ResidentAdvice,
            Initiative,
            InitiativeAdvice,
        ],
    }
}

/// Why a text file was not installed. The app should fetch again (a stale cache or a half
/// download) or report the page as broken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// The first line is not this build's [`TEXTS_HASH`]: the file belongs to another version.
    WrongHash { found: String },
    /// The file does not hold exactly as many texts as its part has after the hash line.
    WrongLength { expected: usize, found: usize },
}

impl fmt::Display for TextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsError::WrongHash { found } => write!(
                f,
                "text file is of another version: hash {found:?}, expected {TEXTS_HASH:?}"
            ),
            TextsError::WrongLength { expected, found } => {
                write!(f, "text file holds {found} texts, expected {expected}")
            }
        }
    }
}

impl std::error::Error for TextsError {}

type Slot = OnceLock<Vec<&'static str>>;

/// One table per language and part, in the order of `Lang::ALL` and [`Part::ALL`].
static TABLES: [[Slot; 10]; 2] = [
    [const { OnceLock::new() }; 10],
    [const { OnceLock::new() }; 10],
];

fn slot(lang: Lang, part: Part) -> &'static Slot {
    let l = match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    };
    &TABLES[l][part as usize]
}

/// Checks a file's hash line and length (`expected` texts); on success, its texts in order.
fn parse(data: &str, expected: usize) -> Result<Vec<&str>, TextsError> {
    // `lines` also drops a '\r' before each '\n', should a server or checkout add them.
    let mut lines = data.lines();
    let first = lines.next().unwrap_or("");
    if first != TEXTS_HASH {
        return Err(TextsError::WrongHash {
            found: first.chars().take(64).collect(),
        });
    }
    let texts: Vec<&str> = lines.collect();
    if texts.len() != expected {
        return Err(TextsError::WrongLength {
            expected,
            found: texts.len(),
        });
    }
    Ok(texts)
}

/// The table of `part` in `lang` if there is one: natively always (the compiled-in file,
/// installed on first use), in the browser once [`install`] has succeeded.
fn table(lang: Lang, part: Part) -> Option<&'static Vec<&'static str>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        if slot(lang, part).get().is_none() {
            install_all(lang, native::file(lang)).expect("the compiled-in text file matches");
        }
    }
    slot(lang, part).get()
}

/// Installs the file of `part` in `lang` (the whole body of [`file_name`]). Checks that its first
/// line is [`TEXTS_HASH`] and that it holds exactly the part's number of texts; a file that
/// fails either is not installed. Installing a part that is already installed is a no-op (a file
/// that passes the checks holds the same texts).
pub fn install(lang: Lang, part: Part, data: &'static str) -> Result<(), TextsError> {
    let texts = parse(data, part.range().len())?;
    let _ = slot(lang, part).set(texts);
    Ok(())
}

/// Installs every part of `lang` from one file holding them all, in index order (what build.rs
/// writes as `texts.<lang>.txt` beside the generated code, for native use and tests).
pub fn install_all(lang: Lang, data: &'static str) -> Result<(), TextsError> {
    let texts = parse(data, TEXTS_LEN)?;
    for part in Part::ALL {
        let _ = slot(lang, part).set(texts[part.range()].to_vec());
    }
    Ok(())
}

/// [`install`] for a fetched `String`: on success the string is leaked, as the texts live as
/// long as the page (at most once per part and language, as a second install is refused before
/// leaking).
pub fn install_owned(lang: Lang, part: Part, data: String) -> Result<(), TextsError> {
    parse(&data, part.range().len())?;
    if slot(lang, part).get().is_some() {
        return Ok(());
    }
    install(lang, part, String::leak(data))
}

/// Whether the texts of `part` in `lang` are there. Natively always true.
pub fn has(lang: Lang, part: Part) -> bool {
    table(lang, part).is_some()
}

/// Whether every part of `parts` is there in `lang`. Natively always true.
pub fn all_there(lang: Lang, parts: &[Part]) -> bool {
    parts.iter().all(|p| has(lang, *p))
}

/// The parts of `parts` that are not there yet in `lang`.
pub fn missing(lang: Lang, parts: &[Part]) -> Vec<Part> {
    parts.iter().copied().filter(|p| !has(lang, *p)).collect()
}

/// The file to fetch for `part` in `lang`, relative to the app: "texts.<hash>.<part>.<lang>.txt".
/// The hash in the name changes whenever a text does, so the file can be cached forever.
pub fn file_name(lang: Lang, part: Part) -> String {
    let mut name = String::from("texts.");
    name.push_str(TEXTS_HASH);
    name.push('.');
    name.push_str(part.code());
    name.push('.');
    name.push_str(lang.code());
    name.push_str(".txt");
    name
}

/// The text at `index` in `lang`, or "" when its part is not loaded in that language (or the
/// index is out of range, as in a hand-made test questionnaire). Never panics.
pub fn get(index: u16, lang: Lang) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    native::read(index);
    let index = usize::from(index);
    Part::of(index)
        .and_then(|part| Some((part, table(lang, part)?)))
        .and_then(|(part, t)| t.get(index - part.range().start))
        .copied()
        .unwrap_or("")
}

/// Natively, for the tests: runs `f`, and gives what it returns with the index of every text
/// it read on this thread (through [`get`]). What `f` makes is what a page would show,
/// so a test holds the page to the parts it fetches: a text of another part would be empty.
#[cfg(not(target_arch = "wasm32"))]
pub fn reading<R>(f: impl FnOnce() -> R) -> (R, std::collections::BTreeSet<u16>) {
    native::READ.with(|r| r.borrow_mut().push(Default::default()));
    let out = f();
    let read = native::READ.with(|r| r.borrow_mut().pop().unwrap_or_default());
    (out, read)
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::Lang;

    thread_local! {
        /// What [`super::reading`] records, innermost last.
        pub(super) static READ: RefCell<Vec<BTreeSet<u16>>> = const { RefCell::new(Vec::new()) };
    }

    /// Notes that the text at `index` was read, for every [`super::reading`] under way.
    pub(super) fn read(index: u16) {
        READ.with(|r| {
            for set in r.borrow_mut().iter_mut() {
                set.insert(index);
            }
        });
    }

    static NL: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.nl.txt"));
    static EN: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.en.txt"));

    pub(super) fn file(lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => NL,
            Lang::En => EN,
        }
    }
}
