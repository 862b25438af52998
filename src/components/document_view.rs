//! A document on the documents page (stukken.html): its copy, download and print buttons, and
//! its text in an editable area that holds headings and lists, so a copy "with headings" pastes
//! into a word processor as such. The buttons ask; the page carries the actions out.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n;
use crate::model::document::{Block, Document};
use crate::model::documents::{element_id, DocAction, ACTIONS};
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    /// "plan", "paragraph", "report", "letter": the ids on the page and the files' names.
    pub name: &'static str,
    pub doc: Rc<Document>,
    /// Changes when the text must be made anew: the person's edits are then discarded.
    pub version: String,
    pub lang: Lang,
    /// The last copy's outcome for this document, or "".
    pub message: &'static str,
    pub on_action: Callback<DocAction>,
}

/// One document: its actions, then the text in an editable area that holds headings and lists,
/// so a copy "with headings" pastes into a word processor as such.
#[component]
pub fn DocumentView(props: &DocumentProps) -> Html {
    let DocumentProps {
        name,
        doc,
        version,
        lang,
        message,
        on_action,
    } = props;
    let lang = *lang;
    let id = element_id(name);
    let label_id = {
        let mut l = id.clone();
        l.push_str("-label");
        l
    };
    let on = |action: DocAction| on_action.reform(move |_: MouseEvent| action);
    html! {
        <section class="sheet__section pw__doc">
            <div class="button-group no-export">
                { for ACTIONS.iter().enumerate().map(|(i, (action, text))| html! {
                    <button type="button" class={if i == 0 { "button" } else { "button button--secondary" }}
                        onclick={on(*action)}>{ text.get(lang) }</button>
                }) }
            </div>
            <p class="share__status no-export" role="status">{ *message }</p>
            <p class="label no-export" id={label_id.clone()}>{ i18n::PW_EDIT_LABEL.get(lang) }{": "}{ doc.title.clone() }</p>
            <div key={version.clone()} class="pw__text" id={id} contenteditable="true" role="textbox"
                aria-multiline="true" aria-labelledby={label_id} spellcheck="true">
                { document_html(doc, lang) }
            </div>
        </section>
    }
}

/// The document as headings, paragraphs and lists. Everything typed or answered is text, never
/// markup: yew escapes it, so a plan named `<script>` stays a name.
pub fn document_html(doc: &Document, lang: Lang) -> Html {
    let sections = doc.sections.iter().map(|s| {
        html! {
            <>
                if !s.heading.is_empty() { <h3>{ s.heading.clone() }</h3> }
                { for s.blocks.iter().map(|b| block(b, lang)) }
            </>
        }
    });
    html! {
        <>
            if doc.titled { <h2>{ doc.title.clone() }</h2> }
            { for sections }
        </>
    }
}

/// A paragraph, a list, or a point only the user can fill in, marked as such.
pub fn block(b: &Block, lang: Lang) -> Html {
    match b {
        Block::Para(p) => html! { <p>{ p.clone() }</p> },
        Block::List(items) => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> }
        }
        Block::Fill(f) => html! {
            <p><mark class="pw__fill">{ "[" }{ i18n::PW_FILL.get(lang) }{ ": " }{ f.clone() }{ "]" }</mark></p>
        },
    }
}
