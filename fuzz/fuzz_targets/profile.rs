//! A `gemeente.json` as the check reads it (`model::profile::read`; natively with the stand-in
//! parser for the browser's `JSON.parse`). Whatever the file holds, reading returns; whatever it
//! takes passes the rules again (bounded text, only `https:`, `mailto:` and `tel:` links); and
//! the profile page's download of it reads back as the same profile, with nothing ignored.
#![no_main]

use coproductiecheck::model::profile::{self, json, Profile};
use libfuzzer_sys::fuzz_target;

fn texts(p: &Profile) -> Vec<(&Option<String>, usize)> {
    let mut t = vec![
        (&p.name, profile::MAX_NAME),
        (&p.bylaw.title, profile::MAX_TEXT),
        (&p.challenge.steps_nl, profile::MAX_STEPS),
        (&p.challenge.steps_en, profile::MAX_STEPS),
    ];
    for c in [&p.contact, &p.initiatives, &p.council] {
        t.push((&c.text, profile::MAX_TEXT));
        t.push((&c.email, profile::MAX_EMAIL));
        t.push((&c.phone, profile::MAX_PHONE));
    }
    t
}

fuzz_target!(|data: &[u8]| {
    // The browser's `Response.text()` decodes as UTF-8, replacing what is not.
    let text = String::from_utf8_lossy(data);
    let checked = profile::read(&text, json::parse);
    let p = &checked.profile;
    for (t, max) in texts(p) {
        if let Some(t) = t {
            assert!(!t.is_empty() && t.chars().count() <= max, "{t:?}");
        }
    }
    for l in [&p.contact.url, &p.initiatives.url, &p.council.url, &p.bylaw.url]
        .into_iter()
        .flatten()
    {
        assert_eq!(profile::link(l), Ok(()), "{l:?}");
    }
    if let Some(w) = p.challenge.weeks {
        assert!((1..=profile::MAX_WEEKS).contains(&w));
    }
    let written = profile::to_json(p);
    let again = profile::read(&written, json::parse);
    assert_eq!(&again.profile, p);
    assert!(again.problems.is_empty(), "{:?}", again.problems);
});
