//! The documents' copies, downloads and print (stukken.html): the page hands each document a
//! callback, and this carries the action out on the text as the person edited it.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::sharing;
use crate::i18n;
use crate::model::document::Document;
use crate::model::documents::{element_id, file_name, CopyStatus, DocAction, Format};
use crate::model::docx::docx;
use crate::model::Lang;

/// Carries out an action on a document: its name on the page, the document as made, the action.
pub type OnDocument = Callback<(&'static str, Rc<Document>, DocAction)>;

/// The last copy's outcome, and the callback that carries out an action on the document shown
/// as `name` (`doc`: as it was made, for when the edited text cannot be read back).
#[hook]
pub fn use_document_actions(lang: Lang) -> (CopyStatus, OnDocument) {
    let status = use_state(|| None);
    let act = {
        let status = status.clone();
        Callback::from(
            move |(name, doc, action): (&'static str, Rc<Document>, DocAction)| {
                let id = element_id(name);
                match action {
                    DocAction::Copy { rich } => {
                        let Some((text, html)) = sharing::element_text_and_html(&id) else {
                            return;
                        };
                        let status = status.clone();
                        let done = move |ok| status.set(Some((name, ok)));
                        if rich {
                            sharing::copy_rich(html, text, done);
                        } else {
                            sharing::copy(text, done);
                        }
                    }
                    DocAction::Download(format) => download(name, &id, &doc, format, lang),
                    DocAction::Print => sharing::print(),
                }
            },
        )
    };
    (*status, act)
}

fn download(name: &str, id: &str, doc: &Document, format: Format, lang: Lang) {
    let file = file_name(name, format);
    match format {
        Format::Text => {
            if let Some((text, _)) = sharing::element_text_and_html(id) {
                sharing::download(&file, format.mime(), &text);
            }
        }
        Format::Html => {
            let mut selector = String::from("#");
            selector.push_str(id);
            if let Some(html) = sharing::sheet_as_html(&selector, lang.code(), &doc.title) {
                sharing::download(&file, format.mime(), &html);
            }
        }
        // The Word file is made from the text as edited, so it matches the other copies.
        Format::Word => {
            let edited = sharing::element_document(id, i18n::PW_FILL.get(lang));
            let bytes = docx(edited.as_ref().unwrap_or(doc), lang);
            sharing::download_bytes(&file, format.mime(), &bytes);
        }
    }
}
