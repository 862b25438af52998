//! The App component: one state (a `Reducible` in a context), hash routing, persistence.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{dom, fetch, history, panic, storage};
use crate::components::layout::{embed_tools, footer, header};
use crate::model::content::Role;
use crate::model::route::Route;
use crate::model::share::{self, Shared};
use crate::model::texts;
use crate::model::{Answer, Answers, Lang, Text, CONTENT};
use crate::pages;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Cleared,
    StorageCorrupt,
    /// A share link that could not be opened, with the reason.
    BadLink(Text),
    /// The questionnaire's texts could not be fetched.
    TextsFailed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub route: Route,
    pub role: Option<Role>,
    pub title: String,
    pub answers: Answers,
    /// Came to a question from "check your answers": "Verder" returns there.
    pub reviewing: bool,
    /// Answers from an earlier visit were found: offer to continue or start again.
    pub resume: bool,
    /// Whether `localStorage` works; without it a note says answers are not kept.
    pub storage: bool,
    pub notice: Option<Notice>,
    /// Counts the text files loaded, so pages waiting for them render again.
    pub texts_loaded: u8,
    /// Shown inside a municipality's page (`?embed=1`): no header or footer.
    pub embed: bool,
    /// A role set in the URL (`?role=resident`): the start page does not ask.
    pub fixed_role: Option<Role>,
}

impl State {
    /// The shareable form of the answers, once a role is chosen.
    pub fn shared(&self) -> Option<Shared> {
        Some(Shared {
            role: self.role?,
            lang: self.lang,
            title: self.title.clone(),
            answers: self.answers.clone(),
        })
    }
}

pub enum Action {
    Lang(Lang),
    Route(Route),
    /// The start page's "Verder": a role and an optional title.
    Begin(Role, String),
    Answer(&'static str, Answer),
    Reviewing(bool),
    /// Hide the resume offer and keep the answers.
    Resume,
    /// Forget the answers and the role, keep the language.
    Restart,
    /// "Wis mijn antwoorden".
    Clear,
    /// Take over the answers of a share link.
    Adopt(Shared),
    Notice(Option<Notice>),
    /// The texts of a language arrived (or failed to).
    TextsLoaded(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Lang(lang) => s.lang = lang,
            Action::Route(route) => {
                // A notice belongs to the page it was shown on.
                if s.route != route && s.notice != Some(Notice::StorageCorrupt) {
                    s.notice = None;
                }
                s.route = route;
            }
            Action::Begin(role, title) => {
                if s.role != Some(role) {
                    s.answers = Answers::default();
                }
                s.role = Some(role);
                // Stored as the share code keeps it, so a reopened link compares equal.
                s.title = share::normalise_title(&title);
                s.resume = false;
                s.notice = None;
            }
            Action::Answer(id, answer) => s.answers.set(id, answer),
            Action::Reviewing(on) => s.reviewing = on,
            Action::Resume => {
                s.resume = false;
                s.notice = None;
            }
            Action::Restart => {
                s.role = None;
                s.title.clear();
                s.answers = Answers::default();
                s.resume = false;
                s.reviewing = false;
                s.notice = None;
            }
            Action::Clear => {
                // Straight to the start page, so the notice survives the route change that follows.
                s.route = Route::Start;
                s.role = None;
                s.title.clear();
                s.answers = Answers::default();
                s.resume = false;
                s.reviewing = false;
                s.notice = Some(Notice::Cleared);
            }
            Action::Adopt(shared) => {
                s.role = Some(shared.role);
                s.lang = shared.lang;
                s.title = shared.title;
                s.answers = shared.answers;
                s.resume = false;
                s.reviewing = false;
            }
            Action::Notice(n) => s.notice = n,
            Action::TextsLoaded(true) => s.texts_loaded = s.texts_loaded.wrapping_add(1),
            Action::TextsLoaded(false) => s.notice = Some(Notice::TextsFailed),
        }
        Rc::new(s)
    }
}

pub type Store = UseReducerHandle<State>;

/// Reads what an earlier visit left: the language and the answers in progress.
fn initial_state() -> State {
    let storage = storage::available();
    let lang = history::query("lang")
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| storage::load_lang().and_then(|c| Lang::from_code(&c)))
        .unwrap_or_default();
    let mut state = State {
        lang,
        route: Route::parse(&history::current_hash()),
        role: None,
        title: String::new(),
        answers: Answers::default(),
        reviewing: false,
        resume: false,
        storage,
        notice: None,
        texts_loaded: 0,
        embed: history::query("embed").as_deref() == Some("1"),
        fixed_role: history::query("role").and_then(|r| Role::from_code(&r)),
    };
    if let Some(code) = storage::load_answers() {
        match share::decode(&CONTENT, &code) {
            Ok(saved) => {
                state.resume = !saved.answers.is_empty();
                state.role = Some(saved.role);
                state.title = saved.title;
                state.answers = saved.answers;
            }
            Err(_) => state.notice = Some(Notice::StorageCorrupt),
        }
    }
    state
}

/// Goes to a page, with a history entry so browser back returns here. The page renders in
/// this same task rather than after a `hashchange` event, so a step shows within one frame.
pub fn navigate(store: &Store, route: Route) {
    history::push(&route.href());
    store.dispatch(Action::Route(route));
}

/// Goes to a page in place of the current one, for redirects.
pub fn redirect(store: &Store, route: Route) {
    history::replace(&route.href());
    store.dispatch(Action::Route(route));
}

#[component]
pub fn App() -> Html {
    let store = use_reducer(initial_state);

    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener =
                history::on_change(move |hash| store.dispatch(Action::Route(Route::parse(&hash))));
            move || drop(listener)
        });
    }

    {
        let lang = store.lang;
        use_effect_with(lang, move |lang| {
            dom::set_lang(lang.code());
            storage::save_lang(lang.code());
        });
    }

    {
        // The questionnaire's texts come after the first screen, which needs none of them.
        let store = store.clone();
        use_effect_with(store.lang, move |lang| {
            let lang = *lang;
            if !texts::is_loaded(lang) {
                fetch::text(texts::file_name(lang), move |body| {
                    let ok = body.is_some_and(|b| texts::install_owned(lang, b).is_ok());
                    store.dispatch(Action::TextsLoaded(ok));
                });
            }
        });
    }

    {
        // Save as answers are given; the share code is also the storage format.
        let shared = store.shared();
        use_effect_with(shared, move |shared| match shared {
            Some(shared) => {
                let code = share::encode(&CONTENT, shared);
                panic::remember_link(&Route::Sheet(Some(code.clone())).href());
                storage::save_answers(&code);
            }
            None => storage::clear_answers(),
        });
    }

    {
        // Focus the new page's heading, but not on the first load: the reader starts at the top.
        let first = use_mut_ref(|| true);
        use_effect_with(store.route.clone(), move |_| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            dom::scroll_to_top();
            dom::focus("main-heading");
        });
    }

    {
        // Pages that are plain functions get their title here; components set their own, and
        // this effect (the parent's) leaves those alone.
        let title = match &store.route {
            _ if !matches!(store.route, Route::Start | Route::NotFound)
                && !texts::is_loaded(store.lang) =>
            {
                Some(pages::loading::loading_title(&store).get(store.lang))
            }
            Route::About => Some(crate::i18n::ABOUT_TITLE.get(store.lang)),
            Route::NotFound => Some(crate::i18n::NOT_FOUND_TITLE.get(store.lang)),
            _ => None,
        };
        use_effect_with(title, |title| {
            if let Some(t) = title {
                crate::components::set_page_title(t);
            }
        });
    }

    let needs_texts = !matches!(store.route, Route::Start | Route::NotFound);
    let waiting = needs_texts && !texts::is_loaded(store.lang);
    let page = match &store.route {
        _ if waiting => pages::loading::loading_page(&store),
        Route::Start => html! { <pages::start::StartPage /> },
        Route::Question(n) => html! { <pages::question::QuestionPage step={*n} /> },
        Route::Check => html! { <pages::check::CheckPage /> },
        Route::Sheet(code) => html! { <pages::sheet::SheetPage code={code.clone()} /> },
        Route::About => pages::about::about_page(store.lang),
        Route::NotFound => pages::not_found::not_found_page(store.lang),
    };

    html! {
        <ContextProvider<Store> context={store.clone()}>
            if !store.embed { { header(&store) } }
            <main id="main" class="page" tabindex="-1">{ page }</main>
            if store.embed { { embed_tools(&store) } } else { { footer(&store) } }
        </ContextProvider<Store>>
    }
}
