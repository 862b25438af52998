//! A document the tools write (a plan, a paragraph, a report outline, a letter): a title and
//! sections of paragraphs, lists and what only the user can fill in. Its shape apart from the
//! modules that compose it ([`super::paperwork`], [`super::plan`]), so that what shows, copies
//! or adds to a document (the page, the sharing, the profile's notes) does not name the
//! documents' strings, which only the tools fetch (`tests/content.rs` follows each page's
//! files).

/// One block of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Para(String),
    List(Vec<String>),
    /// Only the user knows this: shown marked as "in te vullen".
    Fill(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    /// Whether the title heads the text itself (a paragraph does; a letter does not).
    pub titled: bool,
    pub sections: Vec<Section>,
}
