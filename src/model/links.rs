//! Every link from one entry of the app to another, in one table: the files beside each other in
//! one folder (relative, so the build works from any folder of any host), the query that keeps the
//! language, and the fragment that carries answers. Views and `go_to_entry` take their addresses
//! from here; `parse` reads them back, so the two cannot drift apart (tested below).

use crate::model::paper::PaperRoute;
use crate::model::route::Route;
use crate::model::Lang;

const PROFILE_HASH: &str = "#gemeente";

/// An entry of the build: an HTML file of its own beside `index.html`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// The check: start page, questions, "check your answers".
    Check,
    /// The advice sheet and "Over deze check".
    Sheet,
    /// "Vergelijk antwoorden".
    Compare,
    /// "Van check naar stukken".
    Documents,
    /// "Vragenlijst op papier".
    Paper,
    /// "Insluiten op uw website" (written by the build, no wasm).
    Embed,
    /// The accessibility statement, one file per language.
    Statement,
}

impl Entry {
    /// The file name, relative to the folder of the build.
    pub fn file(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Entry::Check, _) => "index.html",
            (Entry::Sheet, _) => "advies.html",
            (Entry::Compare, _) => "vergelijk.html",
            (Entry::Documents, _) => "stukken.html",
            (Entry::Paper, _) => "papier.html",
            (Entry::Embed, _) => "insluiten.html",
            (Entry::Statement, Lang::Nl) => "toegankelijkheid.html",
            (Entry::Statement, Lang::En) => "accessibility.html",
        }
    }

    const ALL: [Entry; 7] = [
        Entry::Check,
        Entry::Sheet,
        Entry::Compare,
        Entry::Documents,
        Entry::Paper,
        Entry::Embed,
        Entry::Statement,
    ];
}

/// A place in the app another entry links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// A page of the check, by its hash route (the sheet's routes belong to `Entry::Sheet`).
    Check(Route),
    /// The advice sheet of a share code.
    Sheet(String),
    /// The comparison, empty.
    Compare,
    /// The comparison with one person filled in from a share code (`#p=`).
    CompareWith(String),
    /// A whole comparison reopened from its group code (`#g=`).
    CompareGroup(String),
    /// The documents of a share code (`#p=`).
    Documents(String),
    /// A page of the questionnaire on paper.
    Paper(PaperRoute),
    /// "Gemeenteprofiel": make and check a gemeente.json (in the documents' entry, `#gemeente`).
    Profile,
    Embed,
    Statement,
}

impl Link {
    pub fn entry(&self) -> Entry {
        match self {
            Link::Check(_) => Entry::Check,
            Link::Sheet(_) => Entry::Sheet,
            Link::Compare | Link::CompareWith(_) | Link::CompareGroup(_) => Entry::Compare,
            Link::Documents(_) | Link::Profile => Entry::Documents,
            Link::Paper(_) => Entry::Paper,
            Link::Embed => Entry::Embed,
            Link::Statement => Entry::Statement,
        }
    }

    /// The fragment, with its `#`, or "" for none.
    pub fn hash(&self) -> String {
        let (mark, code) = match self {
            Link::Check(route) => return route.href(),
            Link::Sheet(code) => return Route::Sheet(Some(code.clone())).href(),
            Link::Paper(PaperRoute::Index) => return String::new(),
            Link::Paper(route) => return route.href(),
            Link::CompareWith(code) | Link::Documents(code) => ("#p=", code),
            Link::CompareGroup(code) => ("#g=", code),
            Link::Profile => return String::from(PROFILE_HASH),
            Link::Compare | Link::Embed | Link::Statement => return String::new(),
        };
        let mut h = String::from(mark);
        h.push_str(code);
        h
    }

    /// The relative address, opening in `lang`: `?lang=en` for English (the statement has a file
    /// per language instead), nothing for Dutch, the app's default.
    pub fn href(&self, lang: Lang) -> String {
        let entry = self.entry();
        let mut h = String::from(entry.file(lang));
        if lang == Lang::En && entry != Entry::Statement {
            h.push_str("?lang=en");
        }
        h.push_str(&self.hash());
        h
    }

    /// The whole address to hand on, for the page whose address without query or fragment is
    /// `base` (or the host's own page, `<meta name="coproductiecheck-link">`): English in the
    /// query, so that the page fetches the English texts from the start rather than the Dutch
    /// first, and the fragment.
    pub fn shared_from(&self, base: &str, lang: Lang) -> String {
        let mut url = String::from(base);
        if lang == Lang::En {
            url.push(if base.contains('?') { '&' } else { '?' });
            url.push_str("lang=en");
        }
        url.push_str(&self.hash());
        url
    }

    /// Reads the fragment of a page of `entry` (`location.hash`, with or without its `#`).
    pub fn in_hash(entry: Entry, hash: &str) -> Option<Link> {
        let mut href = String::from(entry.file(Lang::Nl));
        href.push('#');
        href.push_str(hash.trim_start_matches('#'));
        Link::parse(&href)
    }

    /// Reads an address `href` wrote (a file, an optional query, an optional fragment), or `None`
    /// for anything else. The language is the query's business and is not part of the link.
    pub fn parse(href: &str) -> Option<Link> {
        let (before, hash) = match href.find('#') {
            Some(i) => (&href[..i], &href[i..]),
            None => (href, ""),
        };
        // "file.html#" is "file.html".
        let hash = if hash == "#" { "" } else { hash };
        let file = before.split('?').next().unwrap_or("");
        let entry = Entry::ALL
            .into_iter()
            .find(|e| e.file(Lang::Nl) == file || e.file(Lang::En) == file)?;
        let code = |mark: &str| {
            hash.strip_prefix(mark)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
        };
        Some(match entry {
            Entry::Check => Link::Check(Route::parse(hash)),
            Entry::Sheet => match Route::parse(hash) {
                Route::Sheet(Some(code)) => Link::Sheet(code),
                _ => return None,
            },
            Entry::Compare if hash.is_empty() => Link::Compare,
            Entry::Compare => code("#p=")
                .map(Link::CompareWith)
                .or_else(|| code("#g=").map(Link::CompareGroup))?,
            Entry::Documents if hash == PROFILE_HASH => Link::Profile,
            Entry::Documents => Link::Documents(code("#p=")?),
            Entry::Paper => Link::Paper(PaperRoute::parse(hash)),
            Entry::Embed => Link::Embed,
            Entry::Statement => Link::Statement,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Link> {
        vec![
            Link::Check(Route::Start),
            Link::Check(Route::About),
            Link::Check(Route::Question(3)),
            Link::Sheet("1AbC_-".into()),
            Link::Compare,
            Link::CompareWith("1AbC".into()),
            Link::CompareGroup("2xyz".into()),
            Link::Documents("1AbC".into()),
            Link::Paper(PaperRoute::Index),
            Link::Paper(PaperRoute::Print(crate::model::Role::Initiative)),
            Link::Paper(PaperRoute::Type(crate::model::Role::Resident)),
            Link::Profile,
            Link::Embed,
            Link::Statement,
        ]
    }

    #[test]
    fn every_link_reads_back_in_both_languages() {
        for link in all() {
            for lang in [Lang::Nl, Lang::En] {
                let href = link.href(lang);
                assert_eq!(Link::parse(&href), Some(link.clone()), "{href}");
            }
        }
    }

    #[test]
    fn addresses_are_relative_and_keep_the_language() {
        assert_eq!(
            Link::Documents("1A".into()).href(Lang::Nl),
            "stukken.html#p=1A"
        );
        assert_eq!(
            Link::CompareWith("1A".into()).href(Lang::En),
            "vergelijk.html?lang=en#p=1A"
        );
        assert_eq!(
            Link::Sheet("1A".into()).href(Lang::Nl),
            "advies.html#/advies/1A"
        );
        assert_eq!(Link::Statement.href(Lang::En), "accessibility.html");
        assert_eq!(Link::Statement.href(Lang::Nl), "toegankelijkheid.html");
        assert_eq!(Link::Embed.href(Lang::En), "insluiten.html?lang=en");
        assert_eq!(Link::Paper(PaperRoute::Index).href(Lang::Nl), "papier.html");
        assert_eq!(
            Link::Paper(PaperRoute::Type(crate::model::Role::Official)).href(Lang::En),
            "papier.html?lang=en#/invoeren/official"
        );
        assert_eq!(Link::Check(Route::About).href(Lang::Nl), "index.html#/over");
        for link in all() {
            let href = link.href(Lang::En);
            assert!(!href.starts_with('/') && !href.contains("//"), "{href}");
        }
    }

    #[test]
    fn a_shared_address_keeps_english_in_its_query() {
        let sheet = Link::Sheet("1A".into());
        let base = "https://x.nl/c/advies.html";
        assert_eq!(
            sheet.shared_from(base, Lang::Nl),
            "https://x.nl/c/advies.html#/advies/1A"
        );
        assert_eq!(
            sheet.shared_from(base, Lang::En),
            "https://x.nl/c/advies.html?lang=en#/advies/1A"
        );
        // A host's own page may have a query of its own.
        assert_eq!(
            sheet.shared_from("https://gemeente.nl/check?id=7", Lang::En),
            "https://gemeente.nl/check?id=7&lang=en#/advies/1A"
        );
        assert_eq!(
            Link::CompareGroup("2B".into()).shared_from("https://x.nl/vergelijk.html", Lang::En),
            "https://x.nl/vergelijk.html?lang=en#g=2B"
        );
        // What a shared address carries reads back as the same link, in that language.
        let href = sheet.shared_from(base, Lang::En);
        let hash = &href[href.find('#').unwrap()..];
        assert_eq!(Link::in_hash(Entry::Sheet, hash), Some(sheet));
    }

    #[test]
    fn a_page_reads_its_own_fragment() {
        assert_eq!(
            Link::in_hash(Entry::Documents, "#p=1A"),
            Some(Link::Documents("1A".into()))
        );
        assert_eq!(
            Link::in_hash(Entry::Compare, "g=2B"),
            Some(Link::CompareGroup("2B".into()))
        );
        assert_eq!(Link::in_hash(Entry::Compare, ""), Some(Link::Compare));
        assert_eq!(Link::in_hash(Entry::Documents, ""), None);
        assert_eq!(
            Link::in_hash(Entry::Documents, "#gemeente"),
            Some(Link::Profile)
        );
    }

    #[test]
    fn foreign_or_empty_addresses_are_not_links() {
        for href in [
            "",
            "elders.html",
            "https://example.org/",
            "stukken.html",
            "stukken.html#p=",
            "advies.html#/vraag/2",
            "vergelijk.html#x=1",
        ] {
            assert_eq!(Link::parse(href), None, "{href}");
        }
    }
}
