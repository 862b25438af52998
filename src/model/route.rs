//! The app's pages as hash routes. The hash keeps the app working from any folder of any static
//! host, and a share code after `#` never reaches a server.

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
            ("vraag", Some(n)) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Question(n),
                _ => Route::NotFound,
            },
            ("controle", None) => Route::Check,
            ("advies", None) => Route::Sheet(None),
            ("advies", Some(code)) if !code.is_empty() => Route::Sheet(Some(code.to_string())),
            ("over", None) => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The hash for this route, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_string(),
            Route::Question(n) => {
                let mut s = "#/vraag/".to_string();
                s.push_str(&n.to_string());
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

#[cfg(test)]
mod tests {
    use super::Route;

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
