//! The advice sheet: verdict, dimensions, advice, follow-up questions, answers and sources.
//! It shows the app's own answers, or those of a share link without overwriting anything.

use yew::prelude::*;

use crate::browser::dom;
use crate::browser::sharing;
use crate::components::advice::advice_list;
use crate::components::dimensions::dimensions;
use crate::components::follow_ups::follow_up_list;
use crate::components::notice::notice;
use crate::components::share_actions::{print_link, ShareActions};
use crate::components::sources::source_list;
use crate::components::summary_list::{answer_lines, summary_list, Row};
use crate::components::verdict::verdict;
use crate::i18n::{self, by_role};
use crate::model::assess::Assessment;
use crate::model::links::Link;
use crate::model::profile::notes;
use crate::model::route::Route;
use crate::model::share::{self, Shared};
use crate::model::{answers_file, assess, flow, Lang, CONTENT};
use crate::state::{use_copy, use_store, use_title, Store};

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub code: Option<String>,
}

#[component]
pub fn SheetPage(props: &SheetProps) -> Html {
    let store = use_store();
    let lang = store.lang;
    let decoded = use_memo(props.code.clone(), |code| {
        code.as_ref().map(|c| share::decode(&CONTENT, c))
    });
    let copy = use_copy();

    {
        let store = store.clone();
        let decoded = decoded.clone();
        use_effect_with(props.code.clone(), move |code| {
            match (code, decoded.as_ref()) {
                // The address of the sheet is its share link.
                (None, _) => store.redirect(store.session.sheet(&CONTENT, store.lang)),
                (Some(_), Some(Err(e))) => store.bad_link(e.message()),
                (Some(_), Some(Ok(shared))) => store.open(shared.clone()),
                _ => {}
            }
        });
    }

    let shown = match decoded.as_ref() {
        Some(Ok(s)) => Some(s.clone()),
        _ => None,
    };
    let title_text = shown.as_ref().map(|s| {
        by_role(
            s.role,
            i18n::SHEET_TITLE,
            i18n::SHEET_TITLE_R,
            i18n::SHEET_TITLE_I,
        )
    });
    use_title(title_text.map(|t| t.get(lang)).unwrap_or_default());
    let Some(shown) = shown else { return html! {} };
    let is_own = store.session.is_own(&shown);

    html! {
        <>
            if !is_own { { shared_banner(&store, &shown) } }
            { sheet(&store, &shown, is_own, copy) }
        </>
    }
}

/// Viewing someone else's answers: offer to take them over, or to go back to one's own.
fn shared_banner(store: &Store, shown: &Shared) -> Html {
    let lang = store.lang;
    let adopt = {
        let store = store.clone();
        let shown = shown.clone();
        Callback::from(move |_| store.adopt(shown.clone()))
    };
    notice(
        false,
        html! {
            <>
                <p>{ i18n::SHARED_VIEW.get(lang) }</p>
                <div class="button-group">
                    <button type="button" class="button button--secondary" onclick={adopt}
                        aria-describedby="adopt-hint">{ i18n::SHARED_ADOPT.get(lang) }</button>
                    <a class="link" href={Route::Sheet(None).href()}>{ i18n::SHARED_OWN.get(lang) }</a>
                </div>
                <p class="hint" id="adopt-hint">{ i18n::SHARED_ADOPT_HINT.get(lang) }</p>
            </>
        },
    )
}

/// The sheet itself. `own`: the device's own answers, so offer to change them.
/// Assessing takes well under a millisecond, so it is simply done on each render.
fn sheet(store: &Store, s: &Shared, own: bool, copy: (Option<bool>, Callback<String>)) -> Html {
    let lang = store.lang;
    let role = s.role;
    let assessment: Assessment = assess(&CONTENT, role, &s.answers);
    let local = match &store.profile {
        Some(p) => notes::sheet(p, &assessment, lang),
        None => notes::SheetNotes::default(),
    };
    let today = dom::today(lang.code());
    let role_short = by_role(
        role,
        i18n::ROLE_OFFICIAL_SHORT,
        i18n::ROLE_RESIDENT_SHORT,
        i18n::ROLE_INITIATIVE_SHORT,
    );
    let follow_heading = by_role(
        role,
        i18n::FIND_OUT_HEADING,
        i18n::ASK_HEADING_R,
        i18n::ASK_HEADING_I,
    );
    let rows: Vec<Row> = flow::steps(&CONTENT, role, &s.answers)
        .iter()
        .map(|q| Row {
            key: q.short.get(lang).into(),
            value: answer_lines(q, s.answers.get(q.id), lang),
            change: None,
        })
        .collect();

    let restart = {
        let store = store.clone();
        Callback::from(move |_| store.restart())
    };

    let code = share::encode(&CONTENT, s);
    // The tools open in the language the sheet is read in.
    let compare_href = Link::CompareWith(code.clone()).href(lang);
    let paperwork_href = Link::Documents(code.clone()).href(lang);
    let link = sharing::link_to(&Link::Sheet(code), lang);
    let plan = if s.title.is_empty() {
        i18n::SHEET_UNTITLED.get(lang).to_string()
    } else {
        s.title.clone()
    };
    html! {
        <article class="sheet">
            <p class="caption">{ by_role(role, i18n::SHEET_TITLE, i18n::SHEET_TITLE_R, i18n::SHEET_TITLE_I).get(lang) }</p>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ plan.clone() }</h1>
            <dl class="sheet__meta">
                <div><dt>{ i18n::SHEET_DATE.get(lang) }</dt><dd>{ today }</dd></div>
                <div><dt>{ i18n::SHEET_ROLE.get(lang) }</dt><dd>{ role_short.get(lang) }</dd></div>
                if let Some(name) = local.name.clone() {
                    <div><dt>{ i18n::GN_SHEET_NAME.get(lang) }</dt><dd>{ name }</dd></div>
                }
            </dl>
            { verdict(&assessment, lang) }
            { share_actions(lang, &link, &plan, copy) }
            { section("dims", i18n::DIMENSIONS_HEADING.get(lang), dimensions(&assessment, lang)) }
            { section("advice", by_role(role, i18n::ADVICE_HEADING, i18n::ADVICE_HEADING_R, i18n::ADVICE_HEADING_I).get(lang),
                advice_list(&assessment, &s.answers, &local.advice, lang)) }
            { section("follow", follow_heading.get(lang), follow_up_list(&assessment, &local, lang)) }
            { section("answers", by_role(role, i18n::ANSWERS_HEADING, i18n::ANSWERS_HEADING_R, i18n::ANSWERS_HEADING_I).get(lang),
                summary_list(lang, &rows, None)) }
            { section("sources", i18n::SOURCES_HEADING.get(lang), source_list(lang)) }
            { print_link(lang, &link) }
            <div class="button-group sheet__actions">
                if own {
                    <a class="button button--secondary" href={Route::Check.href()}>{ i18n::SHEET_CHANGE.get(lang) }</a>
                }
                // The comparison is an entry of its own beside the check, with this sheet filled in.
                <a class="button button--secondary" href={compare_href}>{ i18n::SHEET_COMPARE.get(lang) }</a>
                <a class="button button--secondary" href={paperwork_href}>{ by_role(role, i18n::SHEET_PAPERWORK, i18n::SHEET_PAPERWORK_R, i18n::SHEET_PAPERWORK_R).get(lang) }</a>
                <button type="button" class="button button--secondary" onclick={restart}>{ i18n::SHEET_RESTART.get(lang) }</button>
            </div>
        </article>
    }
}

/// One titled part of the sheet; one function, so the markup is built by one piece of code.
fn section(id: &'static str, title: &'static str, body: Html) -> Html {
    let heading = format!("{id}-title");
    html! {
        <section class="sheet__section" aria-labelledby={heading.clone()}>
            <h2 class="heading-l" id={heading}>{ title }</h2>
            { body }
        </section>
    }
}

/// The share buttons, and what each does: the clipboard, the share dialog, print, downloads.
fn share_actions(
    lang: Lang,
    link: &str,
    plan: &str,
    copy: (Option<bool>, Callback<String>),
) -> Html {
    let (copied, copy) = copy;
    let on_copy = {
        let link = link.to_string();
        copy.reform(move |()| link.clone())
    };
    let on_share = {
        let (plan, link) = (plan.to_string(), link.to_string());
        Callback::from(move |()| sharing::share(&plan, &link))
    };
    let on_download_sheet = {
        let plan = plan.to_string();
        Callback::from(move |()| {
            if let Some(html) = sharing::sheet_as_html(".sheet", lang.code(), &plan) {
                let name = answers_file::file_name(&plan, ".html");
                sharing::download(&name, "text/html;charset=utf-8", &html);
            }
        })
    };
    let on_download_answers = {
        let (plan, link) = (plan.to_string(), link.to_string());
        Callback::from(move |()| {
            let text = answers_file::write(i18n::SHARE_ANSWERS_FILE.get(lang), &link);
            let name = answers_file::file_name(&plan, "-antwoorden.txt");
            sharing::download(&name, "text/plain;charset=utf-8", &text);
        })
    };
    let mut subject = i18n::SHARE_EMAIL_SUBJECT.get(lang).to_string();
    subject.push_str(": ");
    subject.push_str(plan);
    html! {
        <ShareActions {lang} link={link.to_string()} mailto={sharing::mailto(&subject, link)}
            {copied} can_share={sharing::can_share()} {on_copy} {on_share}
            on_print={Callback::from(|()| sharing::print())} {on_download_sheet} {on_download_answers} />
    }
}
