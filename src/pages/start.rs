//! The start page: what the check does, resume or start again, choose a role. The form and what
//! its controls do are `model::start_form`; reading an answers file is the store's `load_file`.

use yew::prelude::*;

use crate::browser::{dom, sharing};
use crate::components::error_summary::error_summary;
use crate::components::notice::notice;
use crate::i18n;
use crate::model::content::Role;
use crate::model::start_form::{StartAction, StartForm};
use crate::model::texts;
use crate::model::Lang;
use crate::state::{use_store, use_texts, use_title, Store};

#[component]
pub fn StartPage() -> Html {
    let store = use_store();
    let lang = store.lang;
    // What was chosen, typed or pressed in index.html's static form before the app had loaded.
    let early = use_state(dom::take_static_form);
    let form = use_state(|| {
        let (role, title) = early
            .as_ref()
            .map_or((None, ""), |f| (f.role.as_deref(), &f.title));
        let session = (store.session.role, store.session.title.as_str());
        StartForm::new(store.fixed_role, role, title, session)
    });
    use_title(i18n::START_TITLE.get(lang));
    use_texts(lang, texts::ahead_of_start(form.role), Callback::noop());
    use_effect_with(form.error, |shown| {
        if *shown {
            dom::focus("error-summary");
        }
    });

    let dispatch = {
        let (store, form) = (store.clone(), form.clone());
        Callback::from(move |action: StartAction| {
            let restart = matches!(action, StartAction::Restart);
            let mut next = (*form).clone();
            if let Some((role, title)) = next.apply(action) {
                store.begin(role, title);
            }
            if restart {
                store.restart();
            }
            form.set(next);
        })
    };
    {
        // The static form's focus stays where it was, and its "Start de check" is carried out.
        let (early, dispatch) = (early.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            if let Some(f) = early.as_ref() {
                if let Some((id, selection)) = &f.focus {
                    dom::focus_field(id, *selection);
                }
                if f.submitted {
                    dispatch.emit(StartAction::Submit);
                }
            }
        });
    }
    let resume = (store.session.resume && store.session.role.is_some()).then(|| {
        let store = store.clone();
        resume_panel(
            lang,
            Callback::from(move |_| store.resume()),
            dispatch.reform(|_| StartAction::Restart),
        )
    });
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        StartAction::Submit
    });
    html! {
        <>
            { notices(&store) }
            if form.error {
                { error_summary(lang, "role-0".to_string(), i18n::ROLE_ERROR.get(lang)) }
            }
            { intro(lang) }
            { resume }
            <form class="form" novalidate=true {onsubmit}>
                if store.fixed_role.is_none() {
                    { role_fieldset(&form, lang, &dispatch) }
                }
                { title_field(&form.title, lang, &dispatch) }
                <button type="submit" class="button">{ i18n::START_BUTTON.get(lang) }</button>
            </form>
            { load_answers(lang, &store) }
        </>
    }
}

/// The store's notice, if any, and a note when answers cannot be kept on this device.
fn notices(store: &Store) -> Html {
    let lang = store.lang;
    html! {
        <>
            if let Some((text, warning)) = store.notice.as_ref().map(|n| n.text(lang)) {
                { notice(warning, Html::from(text)) }
            }
            if !store.storage { { notice(true, Html::from(i18n::STORAGE_OFF.get(lang))) } }
        </>
    }
}

/// What the check does, for whom, and what it takes.
fn intro(lang: Lang) -> Html {
    html! {
        <>
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
        </>
    }
}

/// The plan's name, optional.
fn title_field(title: &str, lang: Lang, dispatch: &Callback<StartAction>) -> Html {
    let oninput = dispatch.reform(|e: InputEvent| {
        StartAction::Title(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    html! {
        <div class="form-group">
            <label class="label" for="plan-title">{ i18n::TITLE_LABEL.get(lang) }</label>
            <p class="hint" id="plan-title-hint">{ i18n::TITLE_HINT.get(lang) }</p>
            <input class="input" type="text" id="plan-title" name="title" maxlength="120"
                autocomplete="off" aria-describedby="plan-title-hint"
                value={title.to_string()} {oninput} />
        </div>
    }
}

/// "Verder waar u was" or "Opnieuw beginnen", for answers in progress.
fn resume_panel(lang: Lang, go_on: Callback<MouseEvent>, restart: Callback<MouseEvent>) -> Html {
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
}

/// The three roles, with the error when "Start de check" was pressed without one.
fn role_fieldset(form: &StartForm, lang: Lang, dispatch: &Callback<StartAction>) -> Html {
    let roles = [
        (
            Role::Official,
            i18n::ROLE_OFFICIAL,
            i18n::ROLE_OFFICIAL_HINT,
        ),
        (
            Role::Resident,
            i18n::ROLE_RESIDENT,
            i18n::ROLE_RESIDENT_HINT,
        ),
        (
            Role::Initiative,
            i18n::ROLE_INITIATIVE,
            i18n::ROLE_INITIATIVE_HINT,
        ),
    ];
    let radios = roles.into_iter().enumerate().map(|(index, (r, label, hint))| {
        let id = format!("role-{index}");
        let hint_id = format!("role-{index}-hint");
        let checked = form.role == Some(r);
        let onchange = dispatch.reform(move |_: Event| StartAction::Choose(r));
        html! {
            <div class="choice">
                <input class="choice__input" type="radio" name="role" id={id.clone()} value={r.code()}
                    aria-describedby={hint_id.clone()} {checked} {onchange} />
                <label class="choice__label" for={id}>{ label.get(lang) }</label>
                <p class="choice__hint hint" id={hint_id}>{ hint.get(lang) }</p>
            </div>
        }
    });
    html! {
        <div class={classes!("form-group", form.error.then_some("form-group--error"))}>
            <fieldset class="fieldset" aria-describedby={form.error.then_some("role-error")}>
                <legend class="fieldset__legend fieldset__legend--m">
                    <h2 class="heading-m">{ i18n::ROLE_LEGEND.get(lang) }</h2>
                </legend>
                if form.error {
                    <p class="error-message" id="role-error">
                        <span class="visually-hidden">{ i18n::ERROR_PREFIX.get(lang) }{" "}</span>
                        { i18n::ROLE_ERROR.get(lang) }
                    </p>
                }
                <div class="choices">{ for radios }</div>
            </fieldset>
        </div>
    }
}

/// "Antwoorden uit een bestand laden": the file goes to the store, which takes its answers over.
fn load_answers(lang: Lang, store: &Store) -> Html {
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let store = store.clone();
            sharing::read_file(&input, move |text| store.load_file(text));
        })
    };
    html! {
        <details class="details">
            <summary class="details__summary">{ i18n::LOAD_SUMMARY.get(lang) }</summary>
            <div class="details__text">
                <label class="label" for="load-file">{ i18n::LOAD_LABEL.get(lang) }</label>
                <p class="hint" id="load-file-hint">{ i18n::LOAD_HINT.get(lang) }</p>
                <input class="file-input" type="file" id="load-file" accept=".txt,text/plain"
                    aria-describedby="load-file-hint" {onchange} />
            </div>
        </details>
    }
}
