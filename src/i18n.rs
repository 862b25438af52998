//! Helpers for the interface strings. The strings themselves are in one catalogue,
//! `content/interface.toml` (see `crate::model::catalogue`); every name is re-exported here, so
//! callers write `i18n::ROLE_OFFICIAL`.
//!
//! The official's texts use "u", the resident's "je" (`_R`), the initiators' "jullie" (`_I`);
//! a string every role sees is worded without a pronoun. `tests/voice.rs` holds each role to it.

pub use crate::model::catalogue::*;
pub use crate::model::content::CText;
pub use crate::model::lang::{Lang, Text};

/// Replaces each `{}` in `template`, in order, with the next argument.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    // Split on a char: a `&str` pattern pulls a large searcher into the wasm.
    let mut parts = template.split('{');
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        match part.strip_prefix('}') {
            Some(rest) => {
                out.push_str(args.next().copied().unwrap_or(""));
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(part);
            }
        }
    }
    out
}

/// An interface string in the voice of each role: the official's ("u"), the resident's ("je",
/// names ending in `_R`) and the initiators' ("jullie", `_I`). Every caller names all three, so a
/// role never borrows another's voice.
pub fn by_role(
    role: crate::model::Role,
    official: CText,
    resident: CText,
    initiative: CText,
) -> CText {
    match role {
        crate::model::Role::Official => official,
        crate::model::Role::Resident => resident,
        crate::model::Role::Initiative => initiative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every interface string, in the wasm or in the text files, as (name, nl, en). That each
    /// has both languages, as many `{}` in both and a name of its own is checked by the build.
    fn every_string() -> Vec<(&'static str, &'static str, &'static str)> {
        let early = IN_WASM.iter().map(|(n, t)| (*n, t.nl, t.en));
        let later = LATER.iter().map(|(n, t)| (*n, t.nl(), t.en()));
        early.chain(later).collect()
    }

    #[test]
    fn both_parts_of_the_catalogue_are_there() {
        assert!(IN_WASM.len() > 40, "only {} in the wasm", IN_WASM.len());
        assert!(LATER.len() > 100, "only {} with the texts", LATER.len());
    }

    #[test]
    fn the_residents_wording_says_je_and_the_officials_says_u() {
        for (name, nl, _) in every_string() {
            let words: Vec<&str> = nl.split(|c: char| !c.is_alphabetic()).collect();
            if name.ends_with("_R") {
                assert!(
                    !words
                        .iter()
                        .any(|w| *w == "u" || *w == "uw" || *w == "U" || *w == "Uw"),
                    "{name}: {nl}"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill(STEP_OF.nl(), &["3", "18"]), "Stap 3 van 18");
        assert_eq!(fill("{} {}", &["a"]), "a ");
    }
}
