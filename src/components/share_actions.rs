//! Share or save the sheet: the link (copy, share dialog, e-mail), print, and two downloads.

use yew::prelude::*;

use crate::browser::sharing;
use crate::i18n;
use crate::model::{answers_file, Lang};

/// `status` is the copy result, kept by the page: the confirmation lives in a live region that
/// is always there, so it is announced.
pub fn share_actions(
    lang: Lang,
    link: &str,
    title: &str,
    status: UseStateHandle<Option<bool>>,
) -> Html {
    let copy = {
        let link = link.to_string();
        let status = status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            sharing::copy(link.clone(), move |ok| status.set(Some(ok)));
        })
    };
    let dialog = {
        let (title, link) = (title.to_string(), link.to_string());
        Callback::from(move |_| sharing::share(&title, &link))
    };
    let print = Callback::from(|_| sharing::print());
    let download_sheet = {
        let title = title.to_string();
        Callback::from(move |_| {
            if let Some(html) = sharing::sheet_as_html(".sheet", lang.code(), &title) {
                let name = answers_file::file_name(&title, ".html");
                sharing::download(&name, "text/html;charset=utf-8", &html);
            }
        })
    };
    let download_answers = {
        let (title, link) = (title.to_string(), link.to_string());
        Callback::from(move |_| {
            let text = answers_file::write(i18n::SHARE_ANSWERS_FILE.get(lang), &link);
            let name = answers_file::file_name(&title, "-antwoorden.txt");
            sharing::download(&name, "text/plain;charset=utf-8", &text);
        })
    };

    let mut subject = i18n::SHARE_EMAIL_SUBJECT.get(lang).to_string();
    subject.push_str(": ");
    subject.push_str(title);
    let mailto = sharing::mailto(&subject, link);

    let message = match *status {
        Some(true) => i18n::SHARE_COPIED.get(lang),
        Some(false) => i18n::SHARE_COPY_FAILED.get(lang),
        None => "",
    };

    html! {
        <section class="share no-export" aria-labelledby="share-title">
            <h2 class="heading-m" id="share-title">{ i18n::SHARE_HEADING.get(lang) }</h2>
            <label class="label" for="share-link">{ i18n::SHARE_LINK_LABEL.get(lang) }</label>
            <p class="hint" id="share-link-hint">{ i18n::SHARE_LINK_HINT.get(lang) }</p>
            <input class="input share__link" id="share-link" type="text" readonly=true
                aria-describedby="share-link-hint" value={link.to_string()} />
            <p class="share__status" role="status">{ message }</p>
            <div class="button-group">
                <button type="button" class="button" onclick={copy}>{ i18n::SHARE_COPY.get(lang) }</button>
                if sharing::can_share() {
                    <button type="button" class="button button--secondary" onclick={dialog}>{ i18n::SHARE_DIALOG.get(lang) }</button>
                }
                <a class="button button--secondary" href={mailto}>{ i18n::SHARE_EMAIL.get(lang) }</a>
                <button type="button" class="button button--secondary" onclick={print}>{ i18n::SHARE_PRINT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={download_sheet}>{ i18n::SHARE_DOWNLOAD_HTML.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={download_answers}>{ i18n::SHARE_DOWNLOAD_ANSWERS.get(lang) }</button>
            </div>
        </section>
    }
}

/// Only in print: the link in full and as a QR code.
pub fn print_link(lang: Lang, link: &str) -> Html {
    let qr = crate::model::qr::svg_path(link);
    html! {
        <section class="print-only print-link" aria-labelledby="print-link-title">
            <h2 class="heading-m" id="print-link-title">{ i18n::PRINT_QR_HEADING.get(lang) }</h2>
            <p>{ i18n::PRINT_QR_TEXT.get(lang) }</p>
            if let Some((size, path)) = qr {
                <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img"
                    aria-label={i18n::QR_LABEL.get(lang)} shape-rendering="crispEdges">
                    <rect class="qr__bg" width={size.to_string()} height={size.to_string()} />
                    <path class="qr__fg" d={path} />
                </svg>
            }
            <p class="print-link__url">{ link.to_string() }</p>
        </section>
    }
}
