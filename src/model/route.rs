//! The app's pages as hash routes. The hash keeps the app working from any folder of any static
//! host, and a share code after `#` never reaches a server.

use super::links::Entry;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    /// A question page, by 1-based step number.
    Question(usize),
    Check,
    /// The advice sheet; with a share code it shows the shared answers.
    Sheet(Option<String>),
    About,
    NotFound,
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`). Never panics.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let mut parts = path.splitn(2, '/');
        let head = parts.next().unwrap_or("");
        let rest = parts.next();
        match (head, rest) {
            ("", None) => Route::Start,
            ("vraag", Some(n)) => match number(n) {
                Some(n) if n >= 1 => Route::Question(n),
                _ => Route::NotFound,
            },
            ("controle", None) => Route::Check,
            ("advies", None) => Route::Sheet(None),
            ("advies", Some(code)) if !code.is_empty() => Route::Sheet(Some(code.to_string())),
            ("over", None) => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The entry page that shows this route: the check (index.html) the start page, the
    /// questions and "check your answers"; the sheet (advies.html) the advice and "Over deze
    /// check" (which lists the rules' knock-outs, and so needs what the sheet has). `None`: any.
    pub fn entry(&self) -> Option<Entry> {
        match self {
            Route::Start | Route::Question(_) | Route::Check => Some(Entry::Check),
            Route::Sheet(_) | Route::About => Some(Entry::Sheet),
            Route::NotFound => None,
        }
    }

    /// Whether this build shows the route itself, or hands it to the entry that does. A build
    /// with both (the single file, native code) shows every route.
    pub fn shown_here(&self) -> bool {
        match self.entry() {
            Some(Entry::Check) => cfg!(feature = "questions"),
            Some(Entry::Sheet) => cfg!(feature = "sheet"),
            _ => true,
        }
    }

    /// Between checks (the start page, the advice, "over"), not inside one: where a notice about
    /// a new version of the check may interrupt.
    pub fn between_checks(&self) -> bool {
        matches!(self, Route::Start | Route::Sheet(_) | Route::About)
    }

    /// The hash for this route, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_string(),
            Route::Question(n) => {
                let mut s = "#/vraag/".to_string();
                push_number(&mut s, *n);
                s
            }
            Route::Check => "#/controle".to_string(),
            Route::Sheet(None) => "#/advies".to_string(),
            Route::Sheet(Some(code)) => {
                let mut s = "#/advies/".to_string();
                s.push_str(code);
                s
            }
            Route::About => "#/over".to_string(),
        }
    }
}

/// A step number as `str::parse::<usize>` reads it (an optional `+`, then digits), by hand:
/// the standard parser and formatter cost the wasm more than these few lines.
fn number(s: &str) -> Option<usize> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0usize, |n, b| {
        if !b.is_ascii_digit() {
            return None;
        }
        n.checked_mul(10)?.checked_add(usize::from(b - b'0'))
    })
}

/// Appends `n` in decimal.
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::{number, push_number, Route};
    use crate::model::links::Entry;

    /// Each entry shows its own routes and hands the others over; natively (both features)
    /// every route is shown.
    #[test]
    fn each_route_belongs_to_one_entry() {
        for (route, entry) in [
            (Route::Start, Some(Entry::Check)),
            (Route::Question(3), Some(Entry::Check)),
            (Route::Check, Some(Entry::Check)),
            (Route::Sheet(None), Some(Entry::Sheet)),
            (Route::Sheet(Some("1AB".into())), Some(Entry::Sheet)),
            (Route::About, Some(Entry::Sheet)),
            (Route::NotFound, None),
        ] {
            assert_eq!(route.entry(), entry, "{route:?}");
            assert!(route.shown_here(), "{route:?}");
        }
    }

    #[test]
    fn only_pages_between_checks_may_be_interrupted() {
        for (route, between) in [
            (Route::Start, true),
            (Route::Sheet(None), true),
            (Route::Sheet(Some("1A".into())), true),
            (Route::About, true),
            (Route::Question(1), false),
            (Route::Check, false),
            (Route::NotFound, false),
        ] {
            assert_eq!(route.between_checks(), between, "{route:?}");
        }
    }

    #[test]
    fn step_numbers_read_and_write_as_the_standard_library_does() {
        for s in [
            "",
            "+",
            "-1",
            "0",
            "1",
            "+7",
            "007",
            "24",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
            "1 ",
            " 1",
            "1a",
            "١",
        ] {
            assert_eq!(number(s), s.parse::<usize>().ok(), "{s:?}");
        }
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn routes_round_trip() {
        for r in [
            Route::Start,
            Route::Question(3),
            Route::Check,
            Route::Sheet(None),
            Route::Sheet(Some("1abc_-".into())),
            Route::About,
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn odd_hashes_do_not_panic() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#"), Route::Start);
        assert_eq!(Route::parse("#/vraag/0"), Route::NotFound);
        assert_eq!(
            Route::parse("#/vraag/99999999999999999999999"),
            Route::NotFound
        );
        assert_eq!(Route::parse("#/vraag/-1"), Route::NotFound);
        assert_eq!(Route::parse("#/onzin"), Route::NotFound);
        assert_eq!(Route::parse("#/vraag/2/"), Route::Question(2));
    }
}
