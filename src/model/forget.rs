//! What "Wis mijn antwoorden" asks before it removes anything: the plans it would remove, by
//! name, this tab's and the one stored last (another tab's, or an earlier visit's). Nothing to
//! lose, nothing to ask.

use crate::i18n::{self, fill};
use crate::model::share;
use crate::model::{Content, Lang};

/// The question to confirm, or `None` when nothing but the language is stored. `mine` is this
/// tab's stored share code, `last` the one every tab shares.
pub fn clear_question(
    content: &'static Content,
    lang: Lang,
    mine: Option<&str>,
    last: Option<&str>,
) -> Option<String> {
    let title = |code: &str| share::decode(content, code).ok().map(|s| s.title);
    let name = |code: &str, named: i18n::Text, untitled: i18n::Text| match title(code) {
        Some(t) if !t.is_empty() => fill(named.get(lang), &[&t]),
        _ => untitled.get(lang).to_string(),
    };
    let mut plans = Vec::new();
    if let Some(code) = mine {
        plans.push(name(code, i18n::CLEAR_PLAN, i18n::CLEAR_PLAN_UNTITLED));
    }
    match last {
        Some(code) if Some(code) != mine => plans.push(if mine.is_some() {
            name(code, i18n::CLEAR_OTHER, i18n::CLEAR_OTHER_UNTITLED)
        } else {
            name(code, i18n::CLEAR_PLAN, i18n::CLEAR_PLAN_UNTITLED)
        }),
        _ => {}
    }
    if plans.is_empty() {
        return None;
    }
    Some(fill(
        i18n::CLEAR_CONFIRM.get(lang),
        &[&plans.join(i18n::CLEAR_AND.get(lang))],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::share::{encode, Shared};
    use crate::model::{Answers, Role, CONTENT};

    fn code(title: &str) -> String {
        encode(
            &CONTENT,
            &Shared {
                role: Role::Resident,
                lang: Lang::Nl,
                title: title.to_string(),
                answers: Answers::default(),
            },
        )
    }

    #[test]
    fn nothing_stored_asks_nothing() {
        assert_eq!(clear_question(&CONTENT, Lang::Nl, None, None), None);
    }

    #[test]
    fn names_this_tabs_plan_once_when_it_is_also_the_last() {
        let a = code("Afvalbakken <b>Noord</b>");
        let q = clear_question(&CONTENT, Lang::Nl, Some(&a), Some(&a)).unwrap();
        assert!(q.contains("“Afvalbakken <b>Noord</b>”"), "{q}");
        assert!(!q.contains("ander tabblad of een eerder bezoek"), "{q}");
    }

    #[test]
    fn names_another_tabs_plan_as_such() {
        let (a, b) = (code("Zwembad"), code(""));
        let q = clear_question(&CONTENT, Lang::En, Some(&a), Some(&b)).unwrap();
        assert!(q.contains("“Zwembad”"), "{q}");
        assert!(
            q.contains(" and the answers from another tab or an earlier visit"),
            "{q}"
        );
        // Only another tab's plan stored: it is the plan, not "another".
        let q = clear_question(&CONTENT, Lang::Nl, None, Some(&a)).unwrap();
        assert!(q.contains("de antwoorden voor “Zwembad”,"), "{q}");
    }

    #[test]
    fn a_code_that_does_not_open_is_a_plan_without_a_name() {
        let q = clear_question(&CONTENT, Lang::Nl, Some("kapot"), None).unwrap();
        assert!(q.contains("een plan zonder naam"), "{q}");
    }
}
