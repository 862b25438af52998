//! "Vergelijk antwoorden": several people's share links on one plan, side by side. An entry of its
//! own (vergelijk.html), so the check's first load does not carry it.
//!
//! The address holds what is compared: `#g=<group code>` reopens a comparison anywhere, and
//! `#p=<share code>` (from a sheet's "Vergelijk met anderen") fills in the first person.

use yew::prelude::*;

use crate::browser::{dom, history, sharing as browser_share};
use crate::components::compare_view::{comparison_view, ToolTexts};
use crate::components::notice::notice;
use crate::components::tool_frame::{tool_footer, tool_header};
use crate::i18n::{self, fill};
use crate::model::compare::{
    compare, decode_group, encode_group, read_links, LinkProblem, Person, ReadLink, MAX_PEOPLE,
    MIN_PEOPLE,
};
use crate::model::links::{Entry, Link};
use crate::model::route::Route;
use crate::model::{answers_file, share};
use crate::model::{texts, Lang, CONTENT};
use crate::state::{use_copy, use_title, use_tool_language};

/// One person on the form. The label is `None` until the person types one: then it is shown as
/// "Persoon 2" (or "Ik" for the sheet one came from), in the language of the moment.
#[derive(Clone, PartialEq)]
struct Row {
    label: Option<String>,
    me: bool,
    link: String,
}

impl Row {
    fn empty() -> Row {
        Row {
            label: None,
            me: false,
            link: String::new(),
        }
    }

    fn label(&self, lang: Lang, n: usize) -> String {
        match &self.label {
            Some(l) => l.clone(),
            None if self.me => i18n::COMPARE_ME.get(lang).to_string(),
            None => fill(i18n::COMPARE_PERSON.get(lang), &[&n.to_string()]),
        }
    }
}

fn empty_rows() -> Vec<Row> {
    (1..=MIN_PEOPLE).map(|_| Row::empty()).collect()
}

/// The rows the address asks for, and whether to compare them at once.
fn rows_from_hash(lang: Lang, hash: &str) -> (Vec<Row>, bool, Option<&'static str>) {
    let link = Link::in_hash(Entry::Compare, hash);
    if let Some(Link::CompareGroup(code)) = &link {
        return match decode_group(&CONTENT, code) {
            Ok(people) => {
                let rows = people
                    .into_iter()
                    .map(|(label, shared)| Row {
                        label: Some(label),
                        me: false,
                        // A person whose answers do not open keeps an empty link, and a message.
                        link: shared
                            .map(|s| share::encode(&CONTENT, &s))
                            .unwrap_or_default(),
                    })
                    .collect();
                (rows, true, None)
            }
            // Compiled in (not a content text), so it is there before the texts are.
            Err(e) => (empty_rows(), false, Some(e.message().get(lang))),
        };
    }
    let mut rows = empty_rows();
    if let Some(Link::CompareWith(code)) = link {
        rows[0].link = code;
        rows[0].me = true;
    }
    (rows, false, None)
}

#[component]
pub fn ComparePage() -> Html {
    let (lang_v, switch_lang) = use_tool_language();
    let start = use_memo((), move |_| {
        rows_from_hash(lang_v, &history::current_hash())
    });
    let rows = use_state(|| start.0.clone());
    let compared = use_state(|| start.1);
    let group_error = use_state(|| start.2);
    let (copied, copy) = use_copy();
    let focus = use_state(|| None::<&'static str>);
    {
        let focus = focus.clone();
        use_effect_with(*focus, move |target| {
            if let Some(id) = target {
                dom::focus(id);
                focus.set(None);
            }
        });
    }

    use_title(i18n::COMPARE_TITLE.get(lang_v));
    if !texts::is_loaded(lang_v) {
        return html! { <main class="page" id="main"><p>{ i18n::COMPARE_LOADING.get(lang_v) }</p></main> };
    }

    let pairs = move |rows: &[Row]| -> Vec<(String, String)> {
        rows.iter()
            .enumerate()
            .map(|(i, r)| (r.label(lang_v, i + 1), r.link.clone()))
            .collect()
    };
    let read = read_links(&CONTENT, &pairs(&rows));
    let people: Vec<Person> = read
        .iter()
        .filter_map(|(label, r)| {
            r.as_ref().ok().map(|s| Person {
                label: label.clone(),
                shared: s.clone(),
            })
        })
        .collect();

    let on_submit = {
        let compared = compared.clone();
        let rows = rows.clone();
        let focus = focus.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            compared.set(true);
            let people: Vec<Person> = read_links(&CONTENT, &pairs(&rows))
                .into_iter()
                .filter_map(|(label, r)| r.ok().map(|shared| Person { label, shared }))
                .collect();
            // Focus moves once the result (or the error) is on the page: see the effect below.
            if people.len() >= MIN_PEOPLE {
                history::replace(&group_hash(&people));
                focus.set(Some("result-heading"));
            } else {
                focus.set(Some("compare-error"));
            }
        })
    };
    // Answers files (the sheet's "Download de antwoorden") add one person each, named after
    // the file.
    let load_files = {
        let rows = rows.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let rows = rows.clone();
            browser_share::read_files(&input, move |files| {
                let mut next: Vec<Row> = (*rows)
                    .iter()
                    .filter(|r| !r.link.trim().is_empty())
                    .cloned()
                    .collect();
                for (name, text) in files {
                    if next.len() >= MAX_PEOPLE {
                        break;
                    }
                    next.push(Row {
                        label: Some(answers_file::label(&name).to_string()),
                        me: false,
                        link: text.unwrap_or_default(),
                    });
                }
                while next.len() < MIN_PEOPLE {
                    next.push(Row::empty());
                }
                rows.set(next);
            });
            input.set_value("");
        })
    };
    let add = {
        let rows = rows.clone();
        Callback::from(move |_| {
            let mut next = (*rows).clone();
            if next.len() < MAX_PEOPLE {
                next.push(Row::empty());
                let id = field_id("link", next.len() - 1);
                rows.set(next);
                dom::focus(&id);
            }
        })
    };

    let fields = rows.iter().enumerate().map(|(i, row)| {
        let set = |label: bool| {
            let rows = rows.clone();
            Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                let mut next = (*rows).clone();
                if label {
                    next[i].label = Some(value);
                } else {
                    next[i].link = value;
                }
                rows.set(next);
            })
        };
        let remove = {
            let rows = rows.clone();
            Callback::from(move |_| {
                let mut next = (*rows).clone();
                next.remove(i);
                rows.set(next);
            })
        };
        let problem = read
            .get(i)
            .and_then(|(_, r)| r.as_ref().err())
            .filter(|_| *compared && !row.link.trim().is_empty());
        let error_id = field_id("error", i);
        let link_id = field_id("link", i);
        let label_id = field_id("label", i);
        html! {
            <fieldset class={classes!("compare__person", problem.is_some().then_some("form-group--error"))}>
                <legend class="compare__legend">{ fill(i18n::COMPARE_PERSON.get(lang_v), &[&(i + 1).to_string()]) }</legend>
                <div class="form-group">
                    <label class="label" for={label_id.clone()}>{ i18n::COMPARE_LABEL.get(lang_v) }</label>
                    <input class="input input--medium" id={label_id} type="text" value={row.label(lang_v, i + 1)}
                        maxlength="40" autocomplete="off" oninput={set(true)} />
                </div>
                <div class="form-group">
                    <label class="label" for={link_id.clone()}>{ i18n::COMPARE_LINK.get(lang_v) }</label>
                    if let Some(p) = problem {
                        <p class="error-message" id={error_id.clone()}>{ problem_text(p, &read, lang_v) }</p>
                    }
                    <input class={classes!("input", problem.is_some().then_some("input--error"))} id={link_id}
                        type="text" value={row.link.clone()} autocomplete="off" spellcheck="false"
                        aria-describedby={problem.map(|_| error_id)} oninput={set(false)} />
                </div>
                if rows.len() > MIN_PEOPLE {
                    <button type="button" class="button button--secondary button--small" onclick={remove}>
                        { fill(i18n::COMPARE_REMOVE.get(lang_v), &[&row.label(lang_v, i + 1)]) }
                    </button>
                }
            </fieldset>
        }
    });

    let too_few = *compared && people.len() < MIN_PEOPLE;
    let result = (*compared && people.len() >= MIN_PEOPLE).then(|| {
        let group = encode_group(&CONTENT, &people);
        let link = { browser_share::link_to(&Link::CompareGroup(group).hash()) };
        let comparison = compare(&CONTENT, people.clone());
        let tools = ToolTexts {
            on_copy: copy.reform({
                let link = link.clone();
                move |()| link.clone()
            }),
            on_print: Callback::from(|()| browser_share::print()),
            on_download: Callback::from(move |()| {
                let title = i18n::COMPARE_TITLE.get(lang_v);
                if let Some(html) =
                    browser_share::sheet_as_html(".compare__result", lang_v.code(), title)
                {
                    browser_share::download(
                        "coproductiecheck-vergelijking.html",
                        "text/html;charset=utf-8",
                        &html,
                    );
                }
            }),
            link,
            copied,
        };
        comparison_view(&comparison, &tools, lang_v)
    });

    html! {
        <>
            { tool_header(lang_v, switch_lang) }
            <main class="page compare" id="main">
                if let Some(message) = *group_error {
                    { notice(true, html! { <p>{ message }</p> }) }
                }
                <h1 class="heading-xl" id="main-heading" tabindex="-1">{ i18n::COMPARE_TITLE.get(lang_v) }</h1>
                <p class="lead">{ i18n::COMPARE_INTRO.get(lang_v) }</p>
                <p>{ i18n::COMPARE_PRIVACY.get(lang_v) }</p>
                <form class="compare__form no-export" onsubmit={on_submit} novalidate=true>
                    if too_few {
                        <div class="error-summary" id="compare-error" tabindex="-1" role="alert">
                            <h2 class="error-summary__title">{ i18n::COMPARE_TOO_FEW.get(lang_v) }</h2>
                        </div>
                    }
                    { for fields }
                    <div class="form-group">
                        <label class="label" for="compare-files">{ i18n::COMPARE_FILES.get(lang_v) }</label>
                        <p class="hint" id="compare-files-hint">{ i18n::COMPARE_FILES_HINT.get(lang_v) }</p>
                        <input class="file-input" id="compare-files" type="file" multiple=true accept=".txt,text/plain"
                            aria-describedby="compare-files-hint" onchange={load_files} />
                    </div>
                    <div class="button-group">
                        if rows.len() < MAX_PEOPLE {
                            <button type="button" class="button button--secondary" onclick={add}>{ i18n::COMPARE_ADD.get(lang_v) }</button>
                        }
                        <button type="submit" class="button">{ i18n::COMPARE_SUBMIT.get(lang_v) }</button>
                    </div>
                </form>
                { for result }
            </main>
            { tool_footer(lang_v, &Link::Check(Route::Start).href(lang_v), i18n::COMPARE_BACK.get(lang_v)) }
        </>
    }
}

fn field_id(what: &str, i: usize) -> String {
    let mut id = String::from("person-");
    id.push_str(what);
    id.push('-');
    id.push_str(&(i + 1).to_string());
    id
}

fn problem_text(p: &LinkProblem, read: &[ReadLink], lang: Lang) -> String {
    match p {
        LinkProblem::Duplicate(i) => {
            let mut t = p.message().get(lang).to_string();
            if let Some((label, _)) = read.get(*i) {
                t.push_str(" (");
                t.push_str(label);
                t.push(')');
            }
            t
        }
        LinkProblem::Share(_) => p.message().get(lang).to_string(),
    }
}

/// The address that reopens this comparison: the group code in the fragment.
fn group_hash(people: &[Person]) -> String {
    Link::CompareGroup(encode_group(&CONTENT, people)).hash()
}
