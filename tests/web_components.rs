//! Components in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use coproductiecheck::components::advice::advice_list;
use coproductiecheck::components::choice::ChoiceField;
use coproductiecheck::components::summary_list::{summary_list, Row};
use coproductiecheck::components::verdict::verdict;
use coproductiecheck::components::Ptr;
use coproductiecheck::model::{assess, flow, texts, Answer, Answers, Lang, Role, CONTENT};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A test value handed to a host component: equal when it is the same value.
#[derive(Debug)]
struct Same<T>(Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Same<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn install_texts() {
    let _ = texts::install_all(
        Lang::Nl,
        include_str!(concat!(env!("OUT_DIR"), "/texts.nl.txt")),
    );
    let _ = texts::install_all(
        Lang::En,
        include_str!(concat!(env!("OUT_DIR"), "/texts.en.txt")),
    );
}

/// A fresh element to render into.
fn root() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets yew's scheduler run (it renders in a later task).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn switching_language_re_renders_the_start_page() {
    install_texts();
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let el = root();
    el.set_id("app");
    yew::Renderer::<coproductiecheck::app::App>::with_root(el.clone()).render();
    tick().await;
    assert_eq!(text_of(&el, "h1"), "Is uw plan voor participatie klaar?");
    click(&el, ".header__lang");
    tick().await;
    assert_eq!(text_of(&el, "h1"), "Is your participation plan ready?");
    // Effects may run a task after the DOM update: give them a moment.
    let html_lang = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
    };
    for _ in 0..50 {
        if html_lang().as_deref() == Some("en") {
            break;
        }
        tick().await;
    }
    assert_eq!(html_lang().as_deref(), Some("en"));
    click(&el, ".header__lang");
    tick().await;
    assert_eq!(text_of(&el, "h1"), "Is uw plan voor participatie klaar?");
    el.remove();
}

#[derive(Properties, PartialEq)]
struct ChoiceHost {
    error: bool,
    got: Same<RefCell<Vec<Option<Answer>>>>,
}

#[component]
fn HostChoice(props: &ChoiceHost) -> Html {
    let q = flow::question(&CONTENT, "o_room").unwrap();
    let got = props.got.clone();
    let on_change = Callback::from(move |a| got.borrow_mut().push(a));
    html! { <ChoiceField question={Ptr(q)} lang={Lang::Nl} selected={None} error={props.error} {on_change} /> }
}

#[wasm_bindgen_test]
async fn choosing_an_option_gives_its_answer() {
    install_texts();
    let el = root();
    let got = Same(Rc::new(RefCell::new(Vec::new())));
    yew::Renderer::<HostChoice>::with_root_and_props(
        el.clone(),
        ChoiceHost {
            error: false,
            got: got.clone(),
        },
    )
    .render();
    tick().await;
    let q = flow::question(&CONTENT, "o_room").unwrap();
    // The question is the page heading, inside the legend.
    assert_eq!(text_of(&el, "fieldset legend h1"), q.text.get(Lang::Nl));
    assert!(el.query_selector(".error-message").unwrap().is_none());
    click(&el, "#q-o_room-1");
    tick().await;
    assert_eq!(
        got.borrow().last().cloned(),
        Some(Some(Answer::One(q.options[1].code)))
    );
    click(&el, "#q-o_room-dk");
    tick().await;
    assert_eq!(got.borrow().last().cloned(), Some(Some(Answer::DontKnow)));
    el.remove();
}

#[wasm_bindgen_test]
async fn an_unanswered_question_shows_its_error_and_describes_the_field_with_it() {
    install_texts();
    let el = root();
    let got = Same(Rc::new(RefCell::new(Vec::new())));
    yew::Renderer::<HostChoice>::with_root_and_props(el.clone(), ChoiceHost { error: true, got })
        .render();
    tick().await;
    assert!(text_of(&el, ".error-message").contains("Kies een antwoord"));
    let described = el
        .query_selector("fieldset")
        .unwrap()
        .unwrap()
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(
        described.split(' ').any(|id| id == "q-o_room-error"),
        "{described}"
    );
    assert!(el.query_selector(".form-group--error").unwrap().is_some());
    el.remove();
}

#[derive(Properties, PartialEq)]
struct ListHost {
    rows: Vec<Row>,
}

#[component]
fn HostList(props: &ListHost) -> Html {
    summary_list(Lang::Nl, &props.rows, None)
}

#[wasm_bindgen_test]
async fn the_summary_list_names_the_question_in_each_change_link() {
    install_texts();
    let el = root();
    let rows = vec![
        Row {
            key: "Ondersteuning".into(),
            value: vec!["Materiaal".into(), "Een budget".into()],
            change: Some("#/vraag/3".into()),
        },
        Row {
            key: "Rol".into(),
            value: vec!["Inwoner".into()],
            change: None,
        },
    ];
    yew::Renderer::<HostList>::with_root_and_props(el.clone(), ListHost { rows }).render();
    tick().await;
    let links = el.query_selector_all(".summary-list__actions a").unwrap();
    assert_eq!(
        links.length(),
        1,
        "a row without a change target has no link"
    );
    let link = links
        .item(0)
        .unwrap()
        .dyn_into::<web_sys::Element>()
        .unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/vraag/3"));
    assert_eq!(link.text_content().unwrap(), "Wijzig Ondersteuning");
    assert_eq!(
        el.query_selector_all(".summary-list__value p")
            .unwrap()
            .length(),
        3
    );
    el.remove();
}

#[derive(Properties, PartialEq)]
struct SheetHost {
    answers: Same<Answers>,
}

#[component]
fn HostSheet(props: &SheetHost) -> Html {
    let a = assess(&CONTENT, Role::Official, &props.answers);
    html! {
        <>
            { verdict(&a, Lang::Nl) }
            { advice_list(&a, &props.answers, &[], Lang::Nl) }
        </>
    }
}

#[wasm_bindgen_test]
async fn a_knock_out_shows_in_the_verdict_and_leads_the_advice() {
    install_texts();
    let mut answers = Answers::default();
    answers.set("o_ask", Answer::One("think"));
    answers.set("o_room", Answer::One("decided"));
    let a = assess(&CONTENT, Role::Official, &answers);
    let knockout = a.advice[0].rule;
    assert!(knockout.knockout);

    let el = root();
    yew::Renderer::<HostSheet>::with_root_and_props(
        el.clone(),
        SheetHost {
            answers: Same(Rc::new(answers)),
        },
    )
    .render();
    tick().await;
    assert_eq!(
        text_of(&el, ".verdict__title"),
        a.verdict.title.get(Lang::Nl)
    );
    assert!(text_of(&el, ".verdict__knockouts").contains(knockout.title.get(Lang::Nl)));
    assert!(text_of(&el, ".advice__item .advice__title").contains(knockout.title.get(Lang::Nl)));
    // Why it appears names the question and the answer given.
    let why = text_of(&el, ".advice__causes");
    let room = flow::question(&CONTENT, "o_room").unwrap();
    assert!(why.contains(room.short.get(Lang::Nl)), "{why}");
    assert!(text_of(&el, ".points-cited").contains("003-1"));
    el.remove();
}
