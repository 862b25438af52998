//! The state in yew: the reducer, the store handle whose verbs change it and keep the browser's
//! history in step, the context hook pages use, and the root hook that loads and saves it.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use super::{Action, Notice, State};
use crate::browser::{after_paint, history, panic, storage};
use crate::model::content::Role;
use crate::model::route::Route;
use crate::model::share::{self, Shared};
use crate::model::{texts, Answer, Lang, Text, CONTENT};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.apply(action);
        Rc::new(s)
    }
}

/// The state and its verbs, from [`use_store`]. Reading it gives the [`State`]; the verbs are
/// the only way to change it. A verb that leads to another page adds a history entry, so
/// browser back returns; the page renders in this same task, not after a `hashchange` event.
#[derive(Clone, PartialEq)]
pub struct Store(UseReducerHandle<State>);

impl Deref for Store {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}

impl Store {
    /// Applies `action` and adds a history entry for the page it led to, if that is another
    /// page (`history::push` leaves the current one alone). The handle reads the state as the
    /// action left it: yew applies a dispatch at once.
    fn go(&self, action: Action) {
        self.0.dispatch(action);
        history::push(&self.route.href());
    }

    /// Goes to a page, with a history entry.
    pub fn navigate(&self, route: Route) {
        self.go(Action::Route(route));
    }

    /// Goes to a page in place of the current one, for redirects.
    pub fn redirect(&self, route: Route) {
        history::replace(&route.href());
        self.0.dispatch(Action::Route(route));
    }

    pub fn set_lang(&self, lang: Lang) {
        self.0.dispatch(Action::Lang(lang));
    }

    /// The start page's "Verder".
    pub fn begin(&self, role: Role, title: String) {
        self.go(Action::Begin(role, title));
    }

    /// "Verder" on question page `step`.
    pub fn answer(&self, step: usize, id: &'static str, answer: Answer) {
        self.go(Action::Answer(step, id, answer));
    }

    /// "Wijzig" on the overview.
    pub fn review(&self) {
        self.0.dispatch(Action::Review);
    }

    /// "Verder waar u was".
    pub fn resume(&self) {
        self.go(Action::Resume);
    }

    /// "Opnieuw beginnen".
    pub fn restart(&self) {
        self.go(Action::Restart);
    }

    /// "Wis mijn antwoorden": everything stored goes, and the start page says so.
    pub fn clear(&self) {
        storage::clear_all();
        self.go(Action::Clear);
    }

    /// From the overview to the advice sheet.
    pub fn finish(&self) {
        self.go(Action::Finish);
    }

    /// Takes over the answers of a share link or a saved file.
    pub fn adopt(&self, shared: Shared) {
        self.0.dispatch(Action::Adopt(shared));
    }

    /// The start page's answers file was read (its text, `None` when it could not be): to
    /// "check your answers", or a notice.
    pub fn load_file(&self, text: Option<String>) {
        let read = text.and_then(|t| crate::model::answers_file::read(&CONTENT, &t).ok());
        self.go(Action::Loaded(read));
    }

    /// A share link was opened: taken over when there is nothing of one's own to lose.
    pub fn open(&self, shared: Shared) {
        self.0.dispatch(Action::Open(shared));
    }

    /// A share link that does not open: to the start page, which says why.
    pub fn bad_link(&self, reason: Text) {
        history::replace(&Route::Start.href());
        self.0.dispatch(Action::BadLink(reason));
    }

    pub fn notice(&self, notice: Notice) {
        self.0.dispatch(Action::Notice(Some(notice)));
    }
}

/// The store from the context the App root provides.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("pages are rendered inside App")
}

/// Reads what an earlier visit left: the language and the answers in progress.
fn initial_state() -> State {
    let asked = history::query("lang").and_then(|c| Lang::from_code(&c));
    let lang = asked
        .or_else(|| storage::load_lang().and_then(|c| Lang::from_code(&c)))
        .unwrap_or_default();
    let mut state = State::new(lang, Route::parse(&history::current_hash()));
    state.fixed_lang = asked.is_some();
    state.storage = storage::available();
    state.embed = history::query("embed").as_deref() == Some("1");
    state.fixed_role = history::query("role").and_then(|r| Role::from_code(&r));
    if let Some(code) = storage::load_answers() {
        state.restore(share::decode(&CONTENT, &code));
    }
    // A notice the sheet's entry handed over with the start page.
    if let Some(notice) = storage::take_notice().and_then(|c| Notice::from_code(&c)) {
        state.notice = Some(notice);
    }
    state
}

/// The App root's store: made once, following the browser's address, saving the language and
/// the answers as they change, and loading the questionnaire's texts for the language.
#[hook]
pub fn use_root_store() -> Store {
    // Not `use_reducer_eq`: skipping renders of unchanged states costs 0.2 KB of wasm (brotli).
    let store = Store(use_reducer(initial_state));

    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = history::on_change(move |hash| {
                store.0.dispatch(Action::Route(Route::parse(&hash)))
            });
            move || drop(listener)
        });
    }

    super::use_document_lang(store.lang);
    use_effect_with(store.lang, |lang| storage::save_lang(lang.code()));

    {
        // The questionnaire's texts come after the first screen, which needs none of them, and
        // only the parts the page needs: the first question waits for its role's questions only.
        let needed = if store.route.shown_here() {
            texts::needed(&store.route, store.session.role)
        } else {
            &[]
        };
        let loaded = {
            let store = store.clone();
            Callback::from(move |ok| store.0.dispatch(Action::TextsLoaded(ok)))
        };
        super::use_texts(store.lang, needed, loaded);
    }

    // The municipality's profile, for the sheet; the check's own entry shows none of it.
    #[cfg(feature = "sheet")]
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            crate::browser::profile::load(move |checked| {
                let profile = checked.map(|c| c.profile).unwrap_or_default();
                store.0.dispatch(Action::Profile(Rc::new(profile)));
            });
        });
    }

    {
        // A page of the other entry is handed over to it, with the notice the start page shows.
        let elsewhere = store.route.entry().filter(|_| !store.route.shown_here());
        let notice = elsewhere.and(store.notice.as_ref()).map(Notice::code);
        use_effect_with((elsewhere, notice), |(entry, notice)| {
            if let Some(entry) = *entry {
                if let Some(code) = notice {
                    storage::save_notice(code);
                }
                history::go_to_entry(entry);
            }
        });
    }

    {
        // Save as answers are given; the share code is also the storage format.
        let shared = store.shared();
        // Once the step is painted: nobody sees it happen.
        use_effect_with(shared, move |shared| {
            let shared = shared.clone();
            after_paint::run(move || match shared {
                Some(shared) => {
                    let code = share::encode(&CONTENT, &shared);
                    panic::remember_link(&Route::Sheet(Some(code.clone())).href());
                    storage::save_answers(&code);
                }
                None => storage::clear_answers(),
            })
        });
    }

    store
}
