//! "Controleer uw antwoorden": every answer with a "Wijzig" link.

use yew::prelude::*;

use crate::components::summary_list::{answer_lines, summary_list, Row};
use crate::i18n::{self, by_role};
use crate::model::content::Role;
use crate::model::route::Route;
use crate::model::CONTENT;
use crate::state::{use_store, use_title};

pub fn role_text(role: Role) -> i18n::Text {
    match role {
        Role::Official => i18n::ROLE_OFFICIAL,
        Role::Resident => i18n::ROLE_RESIDENT,
        Role::Initiative => i18n::ROLE_INITIATIVE,
    }
}

#[component]
pub fn CheckPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    {
        let store = store.clone();
        use_effect_with(store.session.role.is_none(), move |no_role| {
            if *no_role {
                store.redirect(Route::Start);
            }
        });
    }
    let session = &store.session;
    let title = session.role.map(|r| {
        by_role(
            r,
            i18n::CHECK_TITLE,
            i18n::CHECK_TITLE_R,
            i18n::CHECK_TITLE_I,
        )
    });
    use_title(title.map(|t| t.get(lang)).unwrap_or_default());
    let Some(role) = session.role else {
        return html! {};
    };

    let steps = session.steps(&CONTENT);
    let mut rows = vec![Row {
        // The start page's own question, so the row reads as question and answer.
        // The start page's legend is compiled in ("u": no role yet); here each role's own.
        key: match role {
            Role::Official => i18n::ROLE_LEGEND.get(lang),
            Role::Resident => i18n::ROLE_LEGEND_R.get(lang),
            Role::Initiative => i18n::ROLE_LEGEND_I.get(lang),
        }
        .into(),
        value: vec![role_text(role).get(lang).into()],
        change: Some(Route::Start.href().into()),
    }];
    if !session.title.is_empty() {
        rows.push(Row {
            key: i18n::CHECK_PLAN.get(lang).into(),
            value: vec![session.title.clone().into()],
            change: Some(Route::Start.href().into()),
        });
    }
    rows.extend(steps.iter().enumerate().map(|(i, q)| Row {
        key: q.short.get(lang).into(),
        value: answer_lines(q, session.answers.get(q.id), lang),
        change: Some(Route::Question(i + 1).href().into()),
    }));

    let on_change = {
        let store = store.clone();
        Callback::from(move |_| store.review())
    };
    let to_sheet = {
        let store = store.clone();
        Callback::from(move |_| store.finish())
    };

    html! {
        <>
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ title.map(|t| t.get(lang)) }</h1>
            <p>{ by_role(role, i18n::CHECK_INTRO, i18n::CHECK_INTRO_R, i18n::CHECK_INTRO_I).get(lang) }</p>
            { summary_list(lang, &rows, Some(on_change)) }
            <button type="button" class="button" onclick={to_sheet}>{ i18n::CHECK_TO_SHEET.get(lang) }</button>
        </>
    }
}
