//! The paper questionnaire's addresses: a file of its own, so that what links to the page (every
//! page's footer) does not name the paper questionnaire's strings, which only the tools fetch.

use crate::model::content::Role;

/// The pages of papier.html, in its hash: `#/` the choice, `#/vragenlijst/<role>` the form to
/// print, `#/invoeren/<role>` the page to type forms in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaperRoute {
    Index,
    Print(Role),
    Type(Role),
}

impl PaperRoute {
    /// Never panics; anything unknown is the choice.
    pub fn parse(hash: &str) -> PaperRoute {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let (head, role) = path.split_once('/').unwrap_or((path, ""));
        match (head, Role::from_code(role)) {
            ("vragenlijst", Some(r)) => PaperRoute::Print(r),
            ("invoeren", Some(r)) => PaperRoute::Type(r),
            _ => PaperRoute::Index,
        }
    }

    pub fn href(self) -> String {
        let (head, role) = match self {
            PaperRoute::Index => return "#/".to_string(),
            PaperRoute::Print(r) => ("#/vragenlijst/", r),
            PaperRoute::Type(r) => ("#/invoeren/", r),
        };
        let mut s = head.to_string();
        s.push_str(role.code());
        s
    }
}
