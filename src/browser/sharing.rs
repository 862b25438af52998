//! Sharing the sheet: clipboard, the browser's share dialog, print, downloads, reading a file.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::document::{Block, Document, Section};
use crate::model::links::Link;
use crate::model::Lang;
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The standalone app's address to hand on for `link`, read in `lang` ([`Link::shared_from`]):
/// no query but the language, so embed settings stay behind. The single file of `make single`
/// may name the hosted check (`<meta name="coproductiecheck-link" content="https://...">`): its
/// links point there rather than at a file on one device.
pub fn link_to(link: &Link, lang: Lang) -> String {
    let hosted = window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=coproductiecheck-link]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"));
    let base = hosted.unwrap_or_else(|| {
        window()
            .map(|w| {
                let loc = w.location();
                let mut url = loc.origin().unwrap_or_default();
                url.push_str(&loc.pathname().unwrap_or_default());
                url
            })
            .unwrap_or_default()
    });
    link.shared_from(&base, lang)
}

/// A `mailto:` link with the plan's title as subject and the link as body.
pub fn mailto(subject: &str, body: &str) -> String {
    let mut href = String::from("mailto:?subject=");
    href.push_str(&String::from(js_sys::encode_uri_component(subject)));
    href.push_str("&body=");
    href.push_str(&String::from(js_sys::encode_uri_component(body)));
    href
}

/// Copies `text`; `done(false)` when the clipboard is not available (older or locked-down browsers).
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move { done(JsFuture::from(promise).await.is_ok()) });
}

/// Copies `html` with headings and lists (pastes into a word processor as such), and `text` for
/// plain targets. Falls back to `text` alone where the browser has no `ClipboardItem`.
pub fn copy_rich(html: String, text: String, done: impl FnOnce(bool) + 'static) {
    use js_sys::{Array, Function, Object, Reflect};
    let Some(w) = window() else {
        done(false);
        return;
    };
    let blob = |content: &str, mime: &str| {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        web_sys::Blob::new_with_str_sequence_and_options(
            &Array::of1(&JsValue::from_str(content)),
            &options,
        )
    };
    let clipboard = w.navigator().clipboard();
    // ClipboardItem and clipboard.write are reached through Reflect: web-sys marks them unstable.
    let promise = (|| {
        let ctor: Function = Reflect::get(&w, &"ClipboardItem".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let data = Object::new();
        let html_blob: JsValue = blob(&html, "text/html").ok()?.into();
        let text_blob: JsValue = blob(&text, "text/plain").ok()?.into();
        Reflect::set(&data, &"text/html".into(), &html_blob).ok()?;
        Reflect::set(&data, &"text/plain".into(), &text_blob).ok()?;
        let item = Reflect::construct(&ctor, &Array::of1(&data)).ok()?;
        let write: Function = Reflect::get(&clipboard, &"write".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &Array::of1(&item))
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    })();
    match promise {
        Some(p) => {
            wasm_bindgen_futures::spawn_local(async move { done(JsFuture::from(p).await.is_ok()) })
        }
        None => copy(text, done),
    }
}

/// The text a person sees in `id` (line breaks between headings, paragraphs and list items), and
/// its HTML; `None` when there is no such element.
pub fn element_text_and_html(id: &str) -> Option<(String, String)> {
    let el = window()?.document()?.get_element_by_id(id)?;
    let html = el.inner_html();
    let el: web_sys::HtmlElement = el.dyn_into().ok()?;
    Some((el.inner_text(), html))
}

/// The document as it stands in the editable element `id`, edits included: its `h2` the title,
/// each `h3` a section, lists as lists, a paragraph that is only a marked `[fill: ...]` as
/// something to fill in (`fill` is that marker's word). Whatever else an edit made (a `div`, a
/// line break) is read as paragraphs of text.
pub fn element_document(id: &str, fill: &str) -> Option<Document> {
    let root = window()?.document()?.get_element_by_id(id)?;
    let mut doc = Document {
        title: String::new(),
        titled: false,
        sections: Vec::new(),
    };
    let mut child = root.first_element_child();
    while let Some(el) = child {
        child = el.next_element_sibling();
        let text = visible_text(&el);
        let section = |doc: &mut Document| {
            if doc.sections.is_empty() {
                doc.sections.push(Section {
                    heading: String::new(),
                    blocks: Vec::new(),
                });
            }
            doc.sections.len() - 1
        };
        match el.tag_name().to_ascii_lowercase().as_str() {
            "h1" | "h2" if doc.sections.is_empty() && !doc.titled => {
                doc.title = text.trim().to_string();
                doc.titled = true;
            }
            "h1" | "h2" | "h3" | "h4" => doc.sections.push(Section {
                heading: text.trim().to_string(),
                blocks: Vec::new(),
            }),
            "ul" | "ol" => {
                let mut items = Vec::new();
                let mut li = el.first_element_child();
                while let Some(item) = li {
                    li = item.next_element_sibling();
                    let t = visible_text(&item);
                    if !t.trim().is_empty() {
                        items.push(t.trim().to_string());
                    }
                }
                if !items.is_empty() {
                    let i = section(&mut doc);
                    doc.sections[i].blocks.push(Block::List(items));
                }
            }
            _ => {
                let t = text.trim();
                if t.is_empty() {
                    continue;
                }
                let marked = el
                    .first_element_child()
                    .is_some_and(|m| m.tag_name().eq_ignore_ascii_case("mark"));
                let block = match fill_text(t, fill) {
                    Some(f) if marked => Block::Fill(f.to_string()),
                    _ => Block::Para(t.to_string()),
                };
                let i = section(&mut doc);
                doc.sections[i].blocks.push(block);
            }
        }
    }
    Some(doc)
}

/// What is to be filled in, from "[in te vullen: het doel]".
fn fill_text<'a>(text: &'a str, fill: &str) -> Option<&'a str> {
    text.strip_prefix('[')?
        .strip_prefix(fill)?
        .strip_prefix(": ")?
        .strip_suffix(']')
}

/// The text as shown (line breaks where a `br` or a block is), or its plain text content.
fn visible_text(el: &web_sys::Element) -> String {
    match el.dyn_ref::<web_sys::HtmlElement>() {
        Some(h) => h.inner_text(),
        None => el.text_content().unwrap_or_default(),
    }
}

/// Downloads `bytes` as a file (a Word file, say).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    save_blob(file_name, mime, &parts);
}

/// Whether the browser has a share dialog (most phones do, most desktops don't).
pub fn can_share() -> bool {
    window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

pub fn share(title: &str, url: &str) {
    if let Some(w) = window() {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        // Cancelling the dialog rejects the promise; there is nothing to do about that.
        let promise = w.navigator().share_with_data(&data);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Offers `content` as a file to save.
pub fn download(file_name: &str, mime: &str, content: &str) {
    save_blob(
        file_name,
        mime,
        &js_sys::Array::of1(&JsValue::from_str(content)),
    );
}

fn save_blob(file_name: &str, mime: &str, parts: &js_sys::Array) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", file_name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The element `selector` finds (the sheet, a comparison) as one self-contained HTML file that
/// needs no script: the page's own styles inlined, every `details` opened, buttons left out.
pub fn sheet_as_html(selector: &str, lang: &str, title: &str) -> Option<String> {
    let doc = window()?.document()?;
    let sheet = doc.query_selector(selector).ok()??;
    let copy = sheet
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    let details = copy.query_selector_all("details").ok()?;
    for i in 0..details.length() {
        if let Some(d) = details
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = d.set_attribute("open", "");
        }
    }
    let buttons = copy.query_selector_all(".no-export, button").ok()?;
    for i in 0..buttons.length() {
        if let Some(b) = buttons
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            b.remove();
        }
    }
    let mut css = String::new();
    let sheets = doc.style_sheets();
    for i in 0..sheets.length() {
        let Some(s) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            continue;
        };
        let Ok(rules) = s.css_rules() else { continue };
        for j in 0..rules.length() {
            if let Some(r) = rules.item(j) {
                css.push_str(&r.css_text());
                css.push('\n');
            }
        }
    }
    let mut html = String::from("<!doctype html>\n<html lang=\"");
    html.push_str(lang);
    html.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    html.push_str(&escape(title));
    html.push_str("</title>\n<style>\n");
    html.push_str(&css);
    html.push_str("</style>\n</head>\n<body>\n<main class=\"page\">\n");
    html.push_str(&copy.outer_html());
    html.push_str("\n</main>\n</body>\n</html>\n");
    Some(html)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Reads the first file chosen in a file input, as text.
pub fn read_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(Option<String>) + 'static) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        done(None);
        return;
    };
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        done(
            JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string()),
        );
    });
}

/// Reads every file chosen in `input`, in order: each file's name and its text (`None` when it
/// could not be read).
pub fn read_files(
    input: &web_sys::HtmlInputElement,
    done: impl FnOnce(Vec<(String, Option<String>)>) + 'static,
) {
    let files: Vec<web_sys::File> = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::with_capacity(files.len());
        for f in files {
            let text = JsFuture::from(f.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            out.push((f.name(), text));
        }
        done(out);
    });
}

/// Opens every `details` while printing, so the printed sheet shows why each advice appears.
pub fn open_details_when_printing() {
    let Some(w) = window() else { return };
    let before = gloo_events::EventListener::new(&w, "beforeprint", |_| set_details(true));
    let after = gloo_events::EventListener::new(&w, "afterprint", |_| set_details(false));
    // For the page's whole life.
    before.forget();
    after.forget();
}

fn set_details(open: bool) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all(".sheet details") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(d) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = if open {
                d.set_attribute("open", "")
            } else {
                d.remove_attribute("open")
            };
        }
    }
}
