//! The string catalogue, `content/interface.toml`, as the content build emits it: the words of
//! the interface itself, Dutch and English side by side. `crate::i18n` re-exports every name, so
//! callers write `i18n::ROLE_OFFICIAL`.
//!
//! - `[wasm]` strings are `Text` constants, compiled in: what the start page, the frame and the
//!   share errors need before the text files arrive. Only those the app uses end up in the wasm.
//! - `[text]` strings are `CText` constants, indices into the text files fetched after the first
//!   screen (see `texts.rs`).
//! - `[embed]`, `[later]` and `[about]` strings are not Rust: the build writes them into the
//!   embed page, `later.js` and the about page's HTML (in the text files).
//!
//! The build refuses a name used twice, a missing language and a different number of `{}` in
//! the two languages, naming each (`build/check.rs`).

use super::content::CText;
use super::lang::Text;

include!(concat!(env!("OUT_DIR"), "/interface.rs"));
