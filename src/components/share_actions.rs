//! Share or save the sheet: the link (copy, share dialog, e-mail), print, and two downloads;
//! and, for print only, the link as a QR code.

use yew::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// What the sheet's share buttons do; the page decides, the component only shows them.
#[derive(Properties, PartialEq)]
pub struct ShareActionsProps {
    pub lang: Lang,
    /// The share link, shown to select and copy.
    pub link: AttrValue,
    /// A `mailto:` address with the link in it.
    pub mailto: AttrValue,
    /// The last copy's outcome, announced in a live region that is always there.
    pub copied: Option<bool>,
    /// Whether the browser has a share dialog (a phone's): only then its button shows.
    pub can_share: bool,
    pub on_copy: Callback<()>,
    pub on_share: Callback<()>,
    pub on_print: Callback<()>,
    pub on_download_sheet: Callback<()>,
    pub on_download_answers: Callback<()>,
}

/// Share or save the sheet: the link (copy, share dialog, e-mail), print, and two downloads.
#[component]
pub fn ShareActions(p: &ShareActionsProps) -> Html {
    let lang = p.lang;
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let message = copied_text(p.copied, lang);
    html! {
        <section class="share no-export" aria-labelledby="share-title">
            <h2 class="heading-m" id="share-title">{ i18n::SHARE_HEADING.get(lang) }</h2>
            <label class="label" for="share-link">{ i18n::SHARE_LINK_LABEL.get(lang) }</label>
            <p class="hint" id="share-link-hint">{ i18n::SHARE_LINK_HINT.get(lang) }</p>
            <input class="input share__link" id="share-link" type="text" readonly=true
                aria-describedby="share-link-hint" value={p.link.clone()} />
            <p class="share__status" role="status">{ message }</p>
            <div class="button-group">
                <button type="button" class="button" onclick={click(&p.on_copy)}>{ i18n::SHARE_COPY.get(lang) }</button>
                if p.can_share {
                    <button type="button" class="button button--secondary" onclick={click(&p.on_share)}>{ i18n::SHARE_DIALOG.get(lang) }</button>
                }
                <a class="button button--secondary" href={p.mailto.clone()}>{ i18n::SHARE_EMAIL.get(lang) }</a>
                <button type="button" class="button button--secondary" onclick={click(&p.on_print)}>{ i18n::SHARE_PRINT.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={click(&p.on_download_sheet)}>{ i18n::SHARE_DOWNLOAD_HTML.get(lang) }</button>
                <button type="button" class="button button--secondary" onclick={click(&p.on_download_answers)}>{ i18n::SHARE_DOWNLOAD_ANSWERS.get(lang) }</button>
            </div>
        </section>
    }
}

/// What a copy did, for the live region: nothing before the first.
pub fn copied_text(copied: Option<bool>, lang: Lang) -> &'static str {
    match copied {
        Some(true) => i18n::SHARE_COPIED.get(lang),
        Some(false) => i18n::SHARE_COPY_FAILED.get(lang),
        None => "",
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
