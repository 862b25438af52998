//! An uploaded answers file, read as the start page and the comparison read it
//! (`answers_file::read`). Whatever the file holds, this
//! returns; a file that opens opens again the same way once saved as the app saves it.
#![no_main]

use coproductiecheck::model::{answers_file, share, CONTENT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The browser's `File.text()` decodes as UTF-8, replacing what is not.
    let text = String::from_utf8_lossy(data);
    if let Ok(shared) = answers_file::read(&CONTENT, &text) {
        // What "Download de antwoorden" writes.
        let link = format!(
            "https://example.nl/check/#/advies/{}",
            share::encode(&CONTENT, &shared)
        );
        let saved = answers_file::write("Coproductiecheck: antwoorden.", &link);
        let again = answers_file::read(&CONTENT, &saved);
        assert_eq!(again.as_ref(), Ok(&shared));
    }
});
