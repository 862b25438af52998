//! The answers file: what "Download de antwoorden" saves and what the start page and the
//! comparison read back. One line that says what the file is, then the share link; reading takes
//! the share code after `#/advies/` (or else the last word, so a bare code or a pasted link read
//! too). Its only owner: the sheet writes it, the start page, the comparison and the fuzz target
//! read it through here.

use crate::model::share::{self, ShareError, Shared};
use crate::model::Content;

/// The file's text: `heading` (the catalogue's SHARE_ANSWERS_FILE), then `link`.
pub fn write(heading: &str, link: &str) -> String {
    let mut text = String::from(heading);
    text.push('\n');
    text.push_str(link);
    text.push('\n');
    text
}

/// The answers in a file's text (or a pasted link). Decoding decides whether it is any good.
pub fn read(content: &'static Content, text: &str) -> Result<Shared, ShareError> {
    share::decode(content, code_in_text(text))
}

/// The name of a file saved for the plan `title`: letters, digits and dashes only, after the
/// app's name, then `suffix` (".html", "-antwoorden.txt").
pub fn file_name(title: &str, suffix: &str) -> String {
    let mut stem = String::from("coproductiecheck");
    let mut dash = true;
    // Latin letters lowered without the Unicode case tables (model::case); others kept.
    for c in title.chars().map(super::case::lower).take(60) {
        if c.is_alphanumeric() {
            if dash {
                stem.push('-');
            }
            stem.push(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    stem.push_str(suffix);
    stem
}

/// A file's label in a comparison: its name without the extension.
pub fn label(file_name: &str) -> &str {
    file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
}

/// The share code in a text: what follows the last `#/advies/`, or else the last word.
pub fn code_in_text(text: &str) -> &str {
    const MARK: &str = "#/advies/";
    // Byte search, not `str::rfind`: the general searcher adds kilobytes to the wasm.
    let found = text
        .as_bytes()
        .windows(MARK.len())
        .rposition(|w| w == MARK.as_bytes());
    let rest = match found {
        Some(i) => &text[i + MARK.len()..],
        None => text
            .split(char::is_whitespace)
            .rfind(|w| !w.is_empty())
            .unwrap_or(""),
    };
    rest.split(|c: char| c.is_whitespace()).next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_code_in_a_file_or_a_link() {
        assert_eq!(
            code_in_text("Coproductiecheck: antwoorden.\nhttps://x.nl/c/#/advies/1AbC_-\n"),
            "1AbC_-"
        );
        assert_eq!(code_in_text("  1AbC  "), "1AbC");
        assert_eq!(code_in_text(""), "");
        assert_eq!(code_in_text("#/advies/"), "");
    }

    #[test]
    fn a_written_file_reads_back_to_its_code() {
        let text = write(
            "Coproductiecheck: antwoorden.",
            "https://x.nl/c/#/advies/1AbC",
        );
        assert_eq!(
            text,
            "Coproductiecheck: antwoorden.\nhttps://x.nl/c/#/advies/1AbC\n"
        );
        assert_eq!(code_in_text(&text), "1AbC");
    }

    #[test]
    fn file_names_are_safe_anywhere() {
        assert_eq!(
            file_name("Afvalbakken adopteren, wijk Noord", ".html"),
            "coproductiecheck-afvalbakken-adopteren-wijk-noord.html"
        );
        assert_eq!(
            file_name("", "-antwoorden.txt"),
            "coproductiecheck-antwoorden.txt"
        );
        assert_eq!(
            file_name("<script>../../x", ".html"),
            "coproductiecheck-script-x.html"
        );
        assert_eq!(label("Inwoner 1.txt"), "Inwoner 1");
        assert_eq!(label("zonder"), "zonder");
    }
}
