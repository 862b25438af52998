//! The questionnaire's texts at run time. `build.rs` writes them to one file per language
//! (`texts.<hash>.nl.txt`, `texts.<hash>.en.txt`): the first line is [`TEXTS_HASH`], then one
//! text a line, line `n + 1` being the text of `CText(n)`. Texts never contain a line break
//! (build.rs refuses them), so nothing is escaped.
//!
//! In the browser the app fetches a language's file ([`file_name`]) and hands it to [`install`];
//! until then [`get`] returns "". Natively both files are compiled in and installed on first use,
//! so tests and tools see every text without loading anything.

use std::fmt;
use std::sync::OnceLock;

use super::content::{TEXTS_HASH, TEXTS_LEN};
use super::lang::Lang;

/// Why a text file was not installed. The app should fetch again (a stale cache or a half
/// download) or report the page as broken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// The first line is not this build's [`TEXTS_HASH`]: the file belongs to another version.
    WrongHash { found: String },
    /// The file does not hold exactly [`TEXTS_LEN`] texts after the hash line.
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

/// One table per language, in the order of `Lang::ALL`.
static TABLES: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Vec<&'static str>> {
    match lang {
        Lang::Nl => &TABLES[0],
        Lang::En => &TABLES[1],
    }
}

/// Checks a file's hash line and length; on success, its texts in index order.
fn parse(data: &str) -> Result<Vec<&str>, TextsError> {
    // `lines` also drops a '\r' before each '\n', should a server or checkout add them.
    let mut lines = data.lines();
    let first = lines.next().unwrap_or("");
    if first != TEXTS_HASH {
        return Err(TextsError::WrongHash {
            found: first.chars().take(64).collect(),
        });
    }
    let texts: Vec<&str> = lines.collect();
    if texts.len() != TEXTS_LEN {
        return Err(TextsError::WrongLength {
            expected: TEXTS_LEN,
            found: texts.len(),
        });
    }
    Ok(texts)
}

/// The table of `lang` if there is one: natively always (the compiled-in file, installed on
/// first use), in the browser once [`install`] has succeeded.
fn table(lang: Lang) -> Option<&'static Vec<&'static str>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(slot(lang).get_or_init(|| {
            parse(native::file(lang)).expect("the compiled-in text file matches this build")
        }))
    }
    #[cfg(target_arch = "wasm32")]
    {
        slot(lang).get()
    }
}

/// Installs `lang`'s text file (the whole body of [`file_name`]). Checks that its first line is
/// [`TEXTS_HASH`] and that it holds exactly [`TEXTS_LEN`] texts; a file that fails either is
/// not installed. Installing a language that is already installed is a no-op (a file that
/// passes the checks holds the same texts).
pub fn install(lang: Lang, data: &'static str) -> Result<(), TextsError> {
    let texts = parse(data)?;
    let _ = slot(lang).set(texts);
    Ok(())
}

/// [`install`] for a fetched `String`: on success the string is leaked, as the texts live as
/// long as the page (at most once per language, as a second install is refused before leaking).
pub fn install_owned(lang: Lang, data: String) -> Result<(), TextsError> {
    parse(&data)?;
    if slot(lang).get().is_some() {
        return Ok(());
    }
    install(lang, String::leak(data))
}

/// Whether `lang`'s texts are there. Natively always true.
pub fn is_loaded(lang: Lang) -> bool {
    table(lang).is_some()
}

/// The file to fetch for `lang`, relative to the app: "texts.<hash>.<lang>.txt". The hash in the
/// name changes whenever a text does, so the file can be cached forever.
pub fn file_name(lang: Lang) -> String {
    let mut name = String::from("texts.");
    name.push_str(TEXTS_HASH);
    name.push('.');
    name.push_str(lang.code());
    name.push_str(".txt");
    name
}

/// The text at `index` in `lang`, or "" when that language is not loaded (or the index is out
/// of range, as in a hand-made test questionnaire). Never panics.
pub fn get(index: u16, lang: Lang) -> &'static str {
    table(lang)
        .and_then(|t| t.get(usize::from(index)))
        .copied()
        .unwrap_or("")
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Lang;

    static NL: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.nl.txt"));
    static EN: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.en.txt"));

    pub(super) fn file(lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => NL,
            Lang::En => EN,
        }
    }
}
