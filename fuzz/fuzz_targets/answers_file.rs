//! An uploaded answers file, read the way the start page reads it (`src/pages/start.rs`, "load"):
//! the share code in the text (`code_in_text`), then `decode`. Whatever the file holds, this
//! returns; a file that opens opens again the same way once saved as the app saves it.
#![no_main]

use coproductiecheck::model::{share, CONTENT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The browser's `File.text()` decodes as UTF-8, replacing what is not.
    let text = String::from_utf8_lossy(data);
    let code = share::code_in_text(&text);
    if let Ok(shared) = share::decode(&CONTENT, code) {
        // What "Download de antwoorden" writes: a line of text, then the link.
        let saved = format!(
            "Coproductiecheck: antwoorden.\nhttps://example.nl/check/#/advies/{}\n",
            share::encode(&CONTENT, &shared)
        );
        let again = share::decode(&CONTENT, share::code_in_text(&saved));
        assert_eq!(again.as_ref(), Ok(&shared));
    }
});
