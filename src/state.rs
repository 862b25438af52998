//! The app's state: one value, changed only by [`Action`]s through [`State::apply`], which hands
//! the journey's rules to [`crate::model::session`]. Plain Rust, so it is tested natively; the
//! yew side (the reducer, the store handle with its verbs, the context hook) is in [`store`].
//!
//! Beside it, the hooks every entry shares, one per concern: the title, the language, the
//! questionnaire's texts, the clipboard, the municipality's profile. Pages call them; components
//! get their values and callbacks.

use std::rc::Rc;

use crate::model::content::Role;
use crate::model::profile::Profile;
use crate::model::route::Route;
use crate::model::session::Session;
use crate::model::share::{ShareError, Shared};
use crate::model::{Answer, Lang, Text, CONTENT};

#[cfg(target_arch = "wasm32")]
mod copy;
#[cfg(target_arch = "wasm32")]
mod documents;
#[cfg(target_arch = "wasm32")]
mod lang;
#[cfg(target_arch = "wasm32")]
mod paper_forms;
#[cfg(target_arch = "wasm32")]
mod print;
#[cfg(target_arch = "wasm32")]
mod profile;
#[cfg(target_arch = "wasm32")]
mod profile_page;
#[cfg(target_arch = "wasm32")]
mod store;
#[cfg(target_arch = "wasm32")]
mod texts;
#[cfg(target_arch = "wasm32")]
mod title;
#[cfg(target_arch = "wasm32")]
pub use copy::use_copy;
#[cfg(target_arch = "wasm32")]
pub use documents::{use_document_actions, OnDocument};
#[cfg(target_arch = "wasm32")]
pub use lang::{use_document_lang, use_tool_language};
#[cfg(target_arch = "wasm32")]
pub use paper_forms::use_paper_forms;
#[cfg(target_arch = "wasm32")]
pub use print::use_print;
#[cfg(target_arch = "wasm32")]
pub use profile::use_profile;
#[cfg(target_arch = "wasm32")]
pub use profile_page::use_profile_page;
#[cfg(target_arch = "wasm32")]
pub use store::{use_root_store, use_store, Store};
#[cfg(target_arch = "wasm32")]
pub use texts::use_texts;
#[cfg(target_arch = "wasm32")]
pub use title::use_title;

/// `document.title` for a page titled `title`: its own title, then the app's name (the app's
/// name alone for a page without a title of its own).
pub fn page_title(title: &str) -> String {
    let mut full = title.to_string();
    if !full.is_empty() {
        full.push_str(" – ");
    }
    full.push_str(crate::i18n::APP_NAME.nl);
    full
}

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Cleared,
    StorageCorrupt,
    /// A share link that could not be opened, with the reason.
    BadLink(Text),
    /// The questionnaire's texts could not be fetched.
    TextsFailed,
}

/// The messages a [`Notice::BadLink`] may carry, by their place in the code of [`Notice::code`].
const LINK_MESSAGES: [Text; 7] = [
    crate::i18n::LINK_EMPTY,
    crate::i18n::LINK_TRUNCATED,
    crate::i18n::LINK_ALTERED,
    crate::i18n::LINK_TOO_LONG,
    crate::i18n::LINK_UNREADABLE,
    crate::i18n::LINK_NEWER,
    crate::i18n::LOAD_FAILED,
];

impl Notice {
    /// A short code for the notice, so the sheet's entry can hand it to the check's, whose start
    /// page shows it (the sheet's entry has no start page of its own).
    pub fn code(&self) -> String {
        match self {
            Notice::Cleared => "cleared".into(),
            Notice::StorageCorrupt => "corrupt".into(),
            Notice::TextsFailed => "texts".into(),
            Notice::BadLink(message) => {
                let n = LINK_MESSAGES.iter().position(|m| m == message);
                // A message not in the list reads as the general one: the link does not open.
                format!("link{}", n.unwrap_or(4))
            }
        }
    }

    /// What the notice says, and whether it warns (rather than confirms).
    pub fn text(&self, lang: Lang) -> (&'static str, bool) {
        match self {
            Notice::Cleared => (crate::i18n::CLEARED.get(lang), false),
            Notice::StorageCorrupt => (crate::i18n::STORAGE_CORRUPT.get(lang), true),
            Notice::BadLink(message) => (message.get(lang), true),
            Notice::TextsFailed => (crate::i18n::TEXTS_FAILED.get(lang), true),
        }
    }

    /// The notice of a [`Notice::code`]; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Notice> {
        match code {
            "cleared" => Some(Notice::Cleared),
            "corrupt" => Some(Notice::StorageCorrupt),
            "texts" => Some(Notice::TextsFailed),
            _ => {
                let n: usize = code.strip_prefix("link")?.parse().ok()?;
                LINK_MESSAGES.get(n).map(|m| Notice::BadLink(*m))
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub route: Route,
    /// The role, title and answers, and where they stand in the journey.
    pub session: Session,
    /// Whether `localStorage` works; without it a note says answers are not kept.
    pub storage: bool,
    pub notice: Option<Notice>,
    /// Counts the text files loaded, so pages waiting for them render again.
    pub texts_loaded: u8,
    /// Shown inside a municipality's page (`?embed=1`): no header or footer.
    pub embed: bool,
    /// A role set in the URL (`?role=resident`): the start page does not ask.
    pub fixed_role: Option<Role>,
    /// A language set in the URL (`?lang=en`): it wins over the language a link was shared in.
    pub fixed_lang: bool,
    /// The municipality's profile (gemeente.json), once read; an empty one where there is none.
    /// `None` until then: the sheet waits for it, so nothing moves when it arrives.
    pub profile: Option<Rc<Profile>>,
}

/// What can happen to the state. Each says what the person did, not what changes.
#[derive(Debug)]
pub enum Action {
    Lang(Lang),
    /// Another page: a link, back or forward, or a redirect.
    Route(Route),
    /// The start page's "Verder": a role and an optional title.
    Begin(Role, String),
    /// "Verder" on question page `step` with this answer.
    Answer(usize, &'static str, Answer),
    /// "Wijzig" on the overview.
    Review,
    /// "Verder waar u was".
    Resume,
    /// "Opnieuw beginnen": forget the answers and the role, keep the language.
    Restart,
    /// "Wis mijn antwoorden".
    Clear,
    /// The overview's button to the advice sheet.
    Finish,
    /// Take over the answers of a share link.
    Adopt(Shared),
    /// The start page's answers file was read: its answers (`None` when it could not be read or
    /// did not decode) are taken over and shown for checking, or the page says it did not open.
    Loaded(Option<Shared>),
    /// A share link was opened on the sheet.
    Open(Shared),
    /// A share link that does not open: the start page says why.
    BadLink(Text),
    Notice(Option<Notice>),
    /// The texts of a language arrived (or failed to).
    TextsLoaded(bool),
    /// The municipality's profile was read (an empty one when there is none).
    Profile(Rc<Profile>),
}

impl State {
    /// A first visit: nothing stored, nothing in the URL but the page.
    pub fn new(lang: Lang, route: Route) -> State {
        State {
            lang,
            route,
            session: Session::default(),
            storage: true,
            notice: None,
            texts_loaded: 0,
            embed: false,
            fixed_role: None,
            fixed_lang: false,
            profile: None,
        }
    }

    /// Takes over what an earlier visit stored; stored answers that do not decode are ignored
    /// with a note.
    pub fn restore(&mut self, saved: Result<Shared, ShareError>) {
        match saved {
            Ok(saved) => self.session = Session::restore(saved),
            Err(_) => self.notice = Some(Notice::StorageCorrupt),
        }
    }

    /// The shareable form of the answers, once a role is chosen.
    pub fn shared(&self) -> Option<Shared> {
        self.session.shared(self.lang)
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Lang(lang) => self.lang = lang,
            Action::Route(route) => self.go(route),
            Action::Begin(role, title) => {
                self.notice = None;
                let next = self.session.begin(role, &title);
                self.go(next);
            }
            Action::Answer(step, id, answer) => {
                let next = self.session.answer(&CONTENT, step, id, answer);
                self.go(next);
            }
            Action::Review => self.session.review(),
            Action::Resume => {
                self.notice = None;
                let next = self.session.resume(&CONTENT);
                self.go(next);
            }
            Action::Restart => {
                self.session.restart();
                self.notice = None;
                self.go(Route::Start);
            }
            Action::Clear => {
                self.session.restart();
                self.go(Route::Start);
                self.notice = Some(Notice::Cleared);
            }
            Action::Finish => {
                let next = self.session.finish(&CONTENT, self.lang);
                self.go(next);
            }
            Action::Adopt(shared) => self.adopt(shared),
            Action::Loaded(Some(shared)) => {
                self.adopt(shared);
                self.go(Route::Check);
            }
            Action::Loaded(None) => self.notice = Some(Notice::BadLink(crate::i18n::LOAD_FAILED)),
            Action::Open(shared) => {
                if let Some(lang) = self.session.open(shared) {
                    if !self.fixed_lang {
                        self.lang = lang;
                    }
                }
            }
            Action::BadLink(reason) => {
                self.go(Route::Start);
                self.notice = Some(Notice::BadLink(reason));
            }
            Action::Notice(n) => self.notice = n,
            Action::TextsLoaded(true) => self.texts_loaded = self.texts_loaded.wrapping_add(1),
            Action::TextsLoaded(false) => self.notice = Some(Notice::TextsFailed),
            Action::Profile(p) => self.profile = Some(p),
        }
    }

    /// Takes over the answers of a link or a file, in their language unless the address fixed one.
    fn adopt(&mut self, shared: Shared) {
        if !self.fixed_lang {
            self.lang = shared.lang;
        }
        self.session.adopt(shared);
    }

    /// To another page. A notice belongs to the page it was shown on; only the note that stored
    /// answers could not be read stays until the reader has moved on.
    fn go(&mut self, route: Route) {
        if self.route != route && self.notice != Some(Notice::StorageCorrupt) {
            self.notice = None;
        }
        self.route = route;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::Session;

    fn shared(lang: Lang) -> Shared {
        let mut s = Session::default();
        s.begin(Role::Resident, "Buurtbus");
        let q = s.steps(&CONTENT)[0];
        s.answer(&CONTENT, 1, q.id, Answer::DontKnow);
        s.shared(lang).unwrap()
    }

    fn state() -> State {
        State::new(Lang::Nl, Route::Start)
    }

    /// The sheet's entry hands its notices to the check's start page as a code: every notice
    /// the start page can show comes back the same, and every link message has a code of its own.
    #[test]
    fn a_notice_survives_the_hand_over_between_entries() {
        use crate::model::share::ShareError::*;
        let mut notices = vec![Notice::Cleared, Notice::StorageCorrupt, Notice::TextsFailed];
        for e in [
            Empty,
            TooLong,
            BadCharacter,
            UnknownVersion,
            Truncated,
            Altered,
            NewerVersion,
            Corrupt,
        ] {
            notices.push(Notice::BadLink(e.message()));
        }
        notices.push(Notice::BadLink(crate::i18n::LOAD_FAILED));
        for n in notices {
            assert_eq!(Notice::from_code(&n.code()), Some(n.clone()), "{n:?}");
        }
        for bad in [
            "", "link", "link7", "link-1", "linkx", "Cleared", "cleared ",
        ] {
            assert_eq!(Notice::from_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_journey_moves_the_page() {
        let mut s = state();
        s.apply(Action::Begin(Role::Official, String::new()));
        assert_eq!(s.route, Route::Question(1));
        let q = s.session.steps(&CONTENT)[0];
        s.apply(Action::Answer(1, q.id, Answer::DontKnow));
        assert_eq!(s.route, Route::Question(2));
        assert_eq!(s.session.answers.get(q.id), Some(&Answer::DontKnow));
    }

    #[test]
    fn a_notice_belongs_to_the_page_it_was_shown_on() {
        let mut s = state();
        s.route = Route::Sheet(Some("1xyz".into()));
        s.apply(Action::BadLink(crate::i18n::LOAD_FAILED));
        assert_eq!(s.route, Route::Start);
        assert_eq!(s.notice, Some(Notice::BadLink(crate::i18n::LOAD_FAILED)));
        s.apply(Action::Route(Route::Start));
        assert!(s.notice.is_some(), "the same page keeps it");
        s.apply(Action::Route(Route::About));
        assert_eq!(s.notice, None);
    }

    #[test]
    fn an_answers_file_is_taken_over_for_checking_and_a_bad_one_is_refused_with_a_reason() {
        let link = Route::Sheet(Some(crate::model::share::encode(
            &CONTENT,
            &shared(Lang::En),
        )))
        .href();
        let file = crate::model::answers_file::write("Coproductiecheck", &link);
        let read = |text: &str| crate::model::answers_file::read(&CONTENT, text).ok();
        let mut s = state();
        s.apply(Action::Loaded(read(&file)));
        assert_eq!(s.route, Route::Check);
        assert_eq!((s.lang, s.session.title.as_str()), (Lang::En, "Buurtbus"));
        assert_eq!(s.notice, None);

        for bad in ["", "geen antwoorden", &file[..file.len() - 3]] {
            let mut s = state();
            s.apply(Action::Loaded(read(bad)));
            assert_eq!(s.route, Route::Start);
            assert_eq!(s.session, Session::default());
            assert_eq!(s.notice, Some(Notice::BadLink(crate::i18n::LOAD_FAILED)));
            assert!(s.notice.unwrap().text(Lang::Nl).1, "a warning");
        }
    }

    #[test]
    fn every_page_title_ends_in_the_apps_name() {
        assert_eq!(
            page_title("Vergelijk antwoorden"),
            "Vergelijk antwoorden – Coproductiecheck"
        );
        assert_eq!(page_title(""), "Coproductiecheck");
    }

    #[test]
    fn unreadable_stored_answers_are_noted_until_the_person_begins() {
        let mut s = state();
        s.restore(Err(ShareError::Truncated));
        assert_eq!(s.session, Session::default());
        s.apply(Action::Route(Route::About));
        assert_eq!(s.notice, Some(Notice::StorageCorrupt));
        s.apply(Action::Begin(Role::Resident, String::new()));
        assert_eq!(s.notice, None);
    }

    #[test]
    fn clearing_forgets_the_answers_keeps_the_language_and_says_so_on_the_start_page() {
        let mut s = State::new(Lang::En, Route::Check);
        s.restore(Ok(shared(Lang::En)));
        s.apply(Action::Clear);
        assert_eq!(s.route, Route::Start);
        assert_eq!(s.session, Session::default());
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.notice, Some(Notice::Cleared));
    }

    #[test]
    fn taking_over_a_link_takes_its_language_and_merely_opening_one_does_not_replace_ones_own() {
        let mut s = state();
        s.apply(Action::Open(shared(Lang::En)));
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.session.title, "Buurtbus");

        let mut s = state();
        s.apply(Action::Begin(Role::Official, "Eigen plan".into()));
        let q = s.session.steps(&CONTENT)[0];
        s.apply(Action::Answer(1, q.id, Answer::DontKnow));
        s.apply(Action::Open(shared(Lang::En)));
        assert_eq!((s.lang, s.session.title.as_str()), (Lang::Nl, "Eigen plan"));
        s.apply(Action::Adopt(shared(Lang::En)));
        assert_eq!((s.lang, s.session.title.as_str()), (Lang::En, "Buurtbus"));
    }

    #[test]
    fn a_language_in_the_address_wins_over_the_language_a_link_was_shared_in() {
        let mut s = state();
        s.fixed_lang = true;
        s.apply(Action::Open(shared(Lang::En)));
        assert_eq!((s.lang, s.session.title.as_str()), (Lang::Nl, "Buurtbus"));
        s.apply(Action::Adopt(shared(Lang::En)));
        assert_eq!(s.lang, Lang::Nl);
    }

    #[test]
    fn the_overview_leads_to_the_sheet_of_the_answers() {
        let mut s = State::new(Lang::Nl, Route::Check);
        s.restore(Ok(shared(Lang::Nl)));
        s.apply(Action::Review);
        s.apply(Action::Finish);
        assert!(matches!(s.route, Route::Sheet(Some(_))));
        assert!(!s.session.reviewing);
    }
}
