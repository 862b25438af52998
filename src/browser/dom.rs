//! Small document helpers: title, language, focus, today's date.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with this id, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Keeps `<html lang>` in step with the language shown, for screen readers and translation tools.
pub fn set_lang(code: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
}

/// The browser's own "OK / Cancel" dialog: it blocks, it is accessible, it needs no markup.
pub fn confirm(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(text).ok())
        .unwrap_or(true)
}

/// Moves focus to an element by id, so a screen reader starts reading at the new page or error.
pub fn focus(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// A new page: to the top, and the focus on its heading `id`.
pub fn show_page_from_top(id: &str) {
    scroll_to_top();
    focus(id);
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Today's date written out in the given language, e.g. "23 november 2026".
pub fn today(lang_code: &str) -> String {
    let date = js_sys::Date::new_0();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string(lang_code, &opts).into()
}

/// Removes the static page that `index.html` shows before the app has loaded.
pub fn remove_static_shell() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("shell")) {
        el.remove();
    }
}

/// What a visitor did in the static start form of `index.html` before the app had loaded;
/// the start page takes it over ([`take_static_form`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticForm {
    /// The value of the role radio chosen, if any (a role's code).
    pub role: Option<String>,
    /// The plan name typed.
    pub title: String,
    /// "Start de check" was pressed (`static/boot.js` marks the form with `data-submitted`).
    pub submitted: bool,
    /// The id of the form field that had focus, and the text selection in it.
    pub focus: Option<(String, Option<(u32, u32)>)>,
}

thread_local! {
    static STATIC_FORM: std::cell::RefCell<Option<StaticForm>> = const { std::cell::RefCell::new(None) };
}

/// Reads the static start form (`#shell form`), to be handed to the start page once; call it
/// before [`remove_static_shell`].
pub fn read_static_form() {
    let Some(doc) = document() else { return };
    let Ok(Some(form)) = doc.query_selector("#shell form") else {
        return;
    };
    let input = |selector: &str| {
        form.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    };
    let focus = doc
        .active_element()
        .filter(|e| form.contains(Some(e)) && !e.id().is_empty())
        .map(|e| {
            let selection = e
                .dyn_ref::<web_sys::HtmlInputElement>()
                .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
            (e.id(), selection)
        });
    let found = StaticForm {
        role: input("input[name=role]:checked").map(|i| i.value()),
        title: input("input[name=title]")
            .map(|i| i.value())
            .unwrap_or_default(),
        submitted: form.has_attribute("data-submitted"),
        focus,
    };
    STATIC_FORM.with(|f| *f.borrow_mut() = Some(found));
}

/// What [`read_static_form`] found, once.
pub fn take_static_form() -> Option<StaticForm> {
    STATIC_FORM.with(|f| f.borrow_mut().take())
}

/// Moves focus to a field by id and puts the text selection back where it was.
pub fn focus_field(id: &str, selection: Option<(u32, u32)>) {
    focus(id);
    if let Some((start, end)) = selection {
        let field = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(field) = field {
            let _ = field.set_selection_range(start, end);
        }
    }
}

/// Whether this page was opened from another page of this site (the check handing over to the
/// sheet), rather than from a link elsewhere or a bookmark.
pub fn came_from_this_site() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let origin = w.location().origin().unwrap_or_default();
    let referrer = w.document().map(|d| d.referrer()).unwrap_or_default();
    !origin.is_empty() && referrer.starts_with(&origin)
}

/// While the returned listener lives and `guard()` is true, leaving or closing the page asks
/// first (the browser's own question: a page may not word it).
pub fn ask_before_leaving(
    guard: impl Fn() -> bool + 'static,
) -> Option<gloo_events::EventListener> {
    let w = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &w,
        "beforeunload",
        move |e| {
            if guard() {
                e.prevent_default();
                // Older browsers look at returnValue instead.
                let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"1".into());
            }
        },
    ))
}

/// Opens or closes the `<dialog>` with this id as a modal (focus inside, Esc cancels).
pub fn show_dialog(id: &str, open: bool) {
    let dialog = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDialogElement>(e).ok());
    if let Some(d) = dialog {
        if open && !d.open() {
            let _ = d.show_modal();
        } else if !open && d.open() {
            d.close();
        }
    }
}
