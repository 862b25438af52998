//! The start page: what the check does, resume or start again, choose a role.

use yew::prelude::*;

use crate::components::error_summary::error_summary;
use crate::components::notice::notice;
use crate::i18n;
use crate::model::answers_file;
use crate::model::content::Role;
use crate::model::route::Route;
use crate::model::CONTENT;
use crate::state::{use_store, use_title, Notice};

#[component]
pub fn StartPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    // What was chosen, typed or pressed in index.html's static form before the app had loaded.
    let early = use_state(crate::browser::dom::take_static_form);
    let role = use_state(|| {
        let chosen = early.as_ref().and_then(|f| f.role.as_deref());
        store
            .fixed_role
            .or(chosen.and_then(Role::from_code))
            .or(store.session.role)
    });
    let title = use_state(|| match early.as_ref() {
        Some(f) if !f.title.is_empty() => f.title.clone(),
        _ => store.session.title.clone(),
    });
    let error = use_state(|| false);
    use_title(i18n::START_TITLE.get(lang));

    {
        let shown = *error;
        use_effect_with(shown, move |shown| {
            if *shown {
                crate::browser::dom::focus("error-summary");
            }
        });
    }

    let banner = store.notice.as_ref().map(|n| match n {
        Notice::Cleared => notice(false, Html::from(i18n::CLEARED.get(lang))),
        Notice::StorageCorrupt => notice(true, Html::from(i18n::STORAGE_CORRUPT.get(lang))),
        Notice::BadLink(msg) => notice(true, Html::from(msg.get(lang))),
        Notice::TextsFailed => notice(true, Html::from(i18n::TEXTS_FAILED.get(lang))),
    });

    let resume = (store.session.resume && store.session.role.is_some()).then(|| {
        let go_on = {
            let store = store.clone();
            Callback::from(move |_| store.resume())
        };
        let restart = {
            let store = store.clone();
            let role = role.clone();
            let title = title.clone();
            Callback::from(move |_| {
                store.restart();
                role.set(None);
                title.set(String::new());
            })
        };
        html! {
            <section class="panel" aria-labelledby="resume-title">
                <h2 id="resume-title" class="heading-m">{ i18n::RESUME_TITLE.get(lang) }</h2>
                <p>{ i18n::RESUME_TEXT.get(lang) }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={go_on}>{ i18n::RESUME_CONTINUE.get(lang) }</button>
                    <button type="button" class="button button--secondary" onclick={restart}>{ i18n::RESUME_RESTART.get(lang) }</button>
                </div>
            </section>
        }
    });

    let submit = {
        let store = store.clone();
        let role = role.clone();
        let title = title.clone();
        let error = error.clone();
        Callback::from(move |()| match *role {
            None => error.set(true),
            Some(r) => store.begin(r, title.trim().to_string()),
        })
    };
    let onsubmit = submit.reform(|e: SubmitEvent| e.prevent_default());

    {
        // The static form's focus stays where it was, and its "Start de check" is carried out.
        let early = early.clone();
        use_effect_with((), move |_| {
            if let Some(f) = early.as_ref() {
                if let Some((id, selection)) = &f.focus {
                    crate::browser::dom::focus_field(id, *selection);
                }
                if f.submitted {
                    submit.emit(());
                }
            }
        });
    }

    let role_radio = |r: Role, label: i18n::Text, hint: i18n::Text, index: usize| {
        let id = format!("role-{index}");
        let hint_id = format!("role-{index}-hint");
        let checked = *role == Some(r);
        let onchange = {
            let role = role.clone();
            let error = error.clone();
            Callback::from(move |_| {
                role.set(Some(r));
                error.set(false);
            })
        };
        html! {
            <div class="choice">
                <input class="choice__input" type="radio" name="role" id={id.clone()} value={r.code()}
                    aria-describedby={hint_id.clone()} {checked} {onchange} />
                <label class="choice__label" for={id}>{ label.get(lang) }</label>
                <p class="choice__hint hint" id={hint_id}>{ hint.get(lang) }</p>
            </div>
        }
    };

    let on_title = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| {
            title.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
        })
    };

    let load = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let store = store.clone();
            crate::browser::sharing::read_file(&input, move |text| {
                let decoded = text.and_then(|t| answers_file::read(&CONTENT, &t).ok());
                match decoded {
                    Some(shared) => {
                        store.adopt(shared);
                        store.navigate(Route::Check);
                    }
                    None => store.notice(Notice::BadLink(i18n::LOAD_FAILED)),
                }
            });
        })
    };

    let group = classes!("form-group", error.then_some("form-group--error"));
    html! {
        <>
            { banner }
            if !store.storage { { notice(true, Html::from(i18n::STORAGE_OFF.get(lang))) } }
            if *error {
                { error_summary(lang, "role-0".to_string(), i18n::ROLE_ERROR.get(lang)) }
            }
            <h1 id="main-heading" class="heading-xl" tabindex="-1">{ i18n::START_TITLE.get(lang) }</h1>
            <p class="lead">{ i18n::START_INTRO.get(lang) }</p>
            <p>{ i18n::START_RESIDENT_INTRO.get(lang) }</p>
            <p>{ i18n::START_INITIATIVE_INTRO.get(lang) }</p>
            <h2 class="heading-m">{ i18n::START_FACTS_TITLE.get(lang) }</h2>
            <ul class="list list--bullet">
                <li>{ i18n::START_FACT_TIME.get(lang) }</li>
                <li>{ i18n::START_FACT_DEVICE.get(lang) }</li>
                <li>{ i18n::START_FACT_RESULT.get(lang) }</li>
            </ul>
            { resume }
            <form class="form" novalidate=true {onsubmit}>
                if store.fixed_role.is_none() {
                <div class={group}>
                    <fieldset class="fieldset" aria-describedby={error.then_some("role-error")}>
                        <legend class="fieldset__legend fieldset__legend--m">
                            <h2 class="heading-m">{ i18n::ROLE_LEGEND.get(lang) }</h2>
                        </legend>
                        if *error {
                            <p class="error-message" id="role-error">
                                <span class="visually-hidden">{ i18n::ERROR_PREFIX.get(lang) }{" "}</span>
                                { i18n::ROLE_ERROR.get(lang) }
                            </p>
                        }
                        <div class="choices">
                            { role_radio(Role::Official, i18n::ROLE_OFFICIAL, i18n::ROLE_OFFICIAL_HINT, 0) }
                            { role_radio(Role::Resident, i18n::ROLE_RESIDENT, i18n::ROLE_RESIDENT_HINT, 1) }
                            { role_radio(Role::Initiative, i18n::ROLE_INITIATIVE, i18n::ROLE_INITIATIVE_HINT, 2) }
                        </div>
                    </fieldset>
                </div>
                }
                <div class="form-group">
                    <label class="label" for="plan-title">{ i18n::TITLE_LABEL.get(lang) }</label>
                    <p class="hint" id="plan-title-hint">{ i18n::TITLE_HINT.get(lang) }</p>
                    <input class="input" type="text" id="plan-title" name="title" maxlength="120"
                        autocomplete="off" aria-describedby="plan-title-hint"
                        value={(*title).clone()} oninput={on_title} />
                </div>
                <button type="submit" class="button">{ i18n::START_BUTTON.get(lang) }</button>
            </form>
            <details class="details">
                <summary class="details__summary">{ i18n::LOAD_SUMMARY.get(lang) }</summary>
                <div class="details__text">
                    <label class="label" for="load-file">{ i18n::LOAD_LABEL.get(lang) }</label>
                    <p class="hint" id="load-file-hint">{ i18n::LOAD_HINT.get(lang) }</p>
                    <input class="file-input" type="file" id="load-file" accept=".txt,text/plain"
                        aria-describedby="load-file-hint" onchange={load} />
                </div>
            </details>
        </>
    }
}
