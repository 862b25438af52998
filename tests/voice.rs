//! One voice per role: an official is spoken to with "u", a resident with "je", initiators (a
//! group) with "jullie". This walks every Dutch string a role can see once it has chosen its role
//! (its questions, options, advice, verdicts and topic names, and the interface strings picked
//! for it) and fails on a pronoun of another voice. Letters are written to the municipality, so
//! they say "u" to it and never "je" or "jullie".
//!
//! Words are matched whole ("u" in "uur" or "nu" is no pronoun). A true exception goes into
//! `ALLOWED` with its reason.

use std::collections::HashMap;

use coproductiecheck::model::catalogue::{IN_WASM, LATER};
use coproductiecheck::model::content::{LETTERS, SAYS, VARIANTS};
use coproductiecheck::model::{Role, CONTENT};

const U: &[&str] = &["u", "uw"];
const JE: &[&str] = &["je", "jij", "jou", "jouw"];
const JULLIE: &[&str] = &["jullie"];

/// (where, word): a pronoun of another voice that is right where it stands.
const ALLOWED: &[(&str, &str)] = &[];

/// Interface strings a role never sees once it has chosen: the start page (no role yet, so the
/// polite "u"), the embed page and the comparison form (for whoever compares several people).
const BEFORE_A_ROLE: &[&str] = &[
    "START_",
    "ROLE_OFFICIAL",
    "ROLE_RESIDENT",
    "ROLE_INITIATIVE",
    "ROLE_LEGEND",
    "ROLE_ERROR",
    "TITLE_",
    "RESUME_",
    "STORAGE_",
    "LOAD_",
    "EMBED_",
    // The profile page (Gemeenteprofiel) is for the municipality's webmaster.
    "GP_",
    "COMPARE_",
    "CLEARED",
    // papier.html's choice of form and its typing page, for whoever types the paper forms in
    // (the printed form itself speaks in the role's voice, and is checked).
    "PAPER_TITLE",
    "PAPER_INTRO",
    "PAPER_PRINT",
    "PAPER_WITH_HELP",
    "PAPER_TYPE_",
    "PAPER_FORM",
    "PAPER_LABEL_",
    "PAPER_NOT_ASKED",
    "PAPER_CONFIRM_",
    "PAPER_FULL",
    "PAPER_NEW_LIST",
    "PAPER_GO_TO_FORM",
];

/// What only an official sees: the participation plan, paragraph and report outline.
const OFFICIALS_ONLY: &[&str] = &[
    "PW_P_",
    "PW_PLAN",
    "PL_",
    "RP_",
    "PW_R_",
    "PW_PHASE",
    "PW_REPORT",
    "PW_PARAGRAPH",
    "PW_EXEC_",
    "PW_EVAL_",
    "FIND_OUT_HEADING",
];

/// What a resident is never shown: the right to challenge is for a takeover (officials and
/// initiators).
const NOT_FOR_RESIDENTS: &[&str] = &["GN_CH_"];

/// The letter's own lines (said to the municipality); the name to fill in is said to the writer.
fn in_letter(name: &str) -> bool {
    name.starts_with("PW_L_") && !name.starts_with("PW_L_NAME")
}

fn catalogue() -> HashMap<&'static str, &'static str> {
    IN_WASM
        .iter()
        .map(|(n, t)| (*n, t.nl))
        .chain(LATER.iter().map(|(n, t)| (*n, t.nl())))
        .collect()
}

fn variant_suffix(name: &str) -> Option<&'static str> {
    ["_R", "_I"].into_iter().find(|s| name.ends_with(s))
}

/// The interface strings `role` sees after choosing, by name: a string's own wording for the
/// role when it has one (`_R`, `_I`; initiators fall back on the resident's `_R`), else the
/// plain one.
fn interface_for(role: Role) -> Vec<(String, &'static str)> {
    let all = catalogue();
    let mut seen = Vec::new();
    for (&name, &nl) in &all {
        if variant_suffix(name).is_some()
            || BEFORE_A_ROLE.iter().any(|p| name.starts_with(p))
            || in_letter(name)
        {
            continue;
        }
        if role != Role::Official && OFFICIALS_ONLY.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        if role == Role::Resident && NOT_FOR_RESIDENTS.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        // Officials write no letter.
        if role == Role::Official && name.starts_with("PW_L_") {
            continue;
        }
        let own = |suffix: &str| all.get(format!("{name}{suffix}").as_str()).copied();
        let picked = match role {
            Role::Official => Some((name.to_string(), nl)),
            Role::Resident => own("_R").map(|t| (format!("{name}_R"), t)),
            Role::Initiative => own("_I")
                .map(|t| (format!("{name}_I"), t))
                .or_else(|| own("_R").map(|t| (format!("{name}_R"), t))),
        };
        seen.push(picked.unwrap_or((name.to_string(), nl)));
    }
    // Strings that exist only in a role's wording (ASK_HEADING_R, PW_INTRO_I, ...).
    for (&name, &nl) in &all {
        let Some(suffix) = variant_suffix(name) else {
            continue;
        };
        let base = &name[..name.len() - 2];
        if all.contains_key(base) || in_letter(name) {
            continue;
        }
        let mine = match role {
            Role::Official => false,
            Role::Resident => suffix == "_R",
            Role::Initiative => suffix == "_I" || !all.contains_key(format!("{base}_I").as_str()),
        };
        if mine {
            seen.push((name.to_string(), nl));
        }
    }
    seen
}

/// The content a role sees: its questions, options and follow-ups, its advice, its verdicts and
/// the names of the topics (the initiators' own where they have them).
fn content_for(role: Role) -> Vec<(String, &'static str)> {
    let mut seen = Vec::new();
    for q in CONTENT
        .questions
        .iter()
        .filter(|q| q.role == role && !q.retired)
    {
        for (field, t) in [
            ("text", q.text),
            ("short", q.short),
            ("help", q.help),
            ("follow_up", q.follow_up),
        ] {
            seen.push((format!("{}.{field}", q.id), t.nl()));
        }
        for o in q.options {
            seen.push((format!("{}.{}", q.id, o.code), o.label.nl()));
        }
        // The follow-up worded for another answer is on the sheet as the follow-up is.
        for (n, v) in VARIANTS.iter().filter(|v| v.question == q.id).enumerate() {
            seen.push((
                format!("{}.variant {}.follow_up", q.id, n + 1),
                v.follow_up.nl(),
            ));
        }
    }
    // The official's documents: what the plan says for a chosen option (its `plan`).
    for (q, code, t) in SAYS.iter().filter(|(q, _, _)| {
        CONTENT
            .questions
            .iter()
            .any(|x| x.id == *q && x.role == role)
    }) {
        seen.push((format!("{q}.{code}.plan"), t.nl()));
    }
    for r in CONTENT
        .rules
        .iter()
        .filter(|r| r.role.is_none_or(|x| x == role))
    {
        for (field, t) in [("title", r.title), ("text", r.text), ("change", r.change)] {
            seen.push((format!("{}.{field}", r.id), t.nl()));
        }
    }
    // The sheet shows the summary of every source point an item cites.
    let mut cited: Vec<&str> = CONTENT
        .questions
        .iter()
        .filter(|q| q.role == role)
        .flat_map(|q| q.sources.iter().copied())
        .chain(
            CONTENT
                .rules
                .iter()
                .filter(|r| r.role.is_none_or(|x| x == role))
                .flat_map(|r| r.sources.iter().copied()),
        )
        .collect();
    cited.sort_unstable();
    cited.dedup();
    for p in CONTENT.points.iter().filter(|p| cited.contains(&p.id)) {
        seen.push((format!("point {}", p.id), p.summary.nl()));
    }
    let index = Role::ALL.iter().position(|r| *r == role).unwrap();
    for (level, v) in CONTENT.verdicts[index].iter().enumerate() {
        seen.push((format!("verdict {level}.title"), v.title.nl()));
        seen.push((format!("verdict {level}.summary"), v.summary.nl()));
    }
    for d in CONTENT.dimensions {
        let (name, about) = match role {
            Role::Initiative => (d.name_initiative, d.about_initiative),
            _ => (d.name, d.about),
        };
        seen.push((format!("topic {}.name", d.id), name.nl()));
        seen.push((format!("topic {}.about", d.id), about.nl()));
    }
    seen
}

/// The pronouns from `words` that `text` uses as whole words, in any case.
fn pronouns_in(text: &str, words: &[&str]) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| words.contains(&w.as_str()))
        .collect()
}

fn offences(seen: &[(String, &str)], forbidden: &[&[&str]]) -> Vec<String> {
    let words: Vec<&str> = forbidden.concat();
    let mut found = Vec::new();
    for (at, text) in seen {
        for w in pronouns_in(text, &words) {
            if !ALLOWED.iter().any(|(a, x)| a == at && *x == w) {
                found.push(format!("{at}: \"{w}\" in {text:?}"));
            }
        }
    }
    found
}

#[test]
fn the_word_match_is_whole_words() {
    assert_eq!(pronouns_in("Zo ziet u het. Uw plan.", U), ["u", "uw"]);
    assert!(pronouns_in("Een uur per week, nu of nooit.", U).is_empty());
    assert_eq!(pronouns_in("Je weet het, jouw plan", JE), ["je", "jouw"]);
    assert!(pronouns_in("Jeugd en jouwe bijvangst", JE).is_empty());
}

#[test]
fn an_official_is_spoken_to_with_u() {
    let mut seen = interface_for(Role::Official);
    seen.extend(content_for(Role::Official));
    let found = offences(&seen, &[JE]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_resident_is_spoken_to_with_je() {
    let mut seen = interface_for(Role::Resident);
    seen.extend(content_for(Role::Resident));
    let found = offences(&seen, &[U]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn initiators_are_spoken_to_as_a_group_with_jullie() {
    let mut seen = interface_for(Role::Initiative);
    seen.extend(content_for(Role::Initiative));
    let found = offences(&seen, &[U, JE]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A resident's and the initiators' letters are written to the municipality: "u", never the
/// "je" or "jullie" of the check itself.
#[test]
fn letters_say_u_to_the_municipality() {
    let all = catalogue();
    let mut seen: Vec<(String, &str)> = all
        .iter()
        .filter(|(n, _)| in_letter(n))
        .map(|(n, t)| (n.to_string(), *t))
        .collect();
    for q in CONTENT.questions.iter().filter(|q| !q.retired) {
        if let Some(l) = q.letter {
            seen.push((format!("{}.letter", q.id), l.nl()));
        }
    }
    // What a weak answer's letter asks instead, and the letter worded for another answer.
    for (q, code, l) in LETTERS {
        seen.push((format!("{q}.{code}.letter"), l.nl()));
    }
    for (n, v) in VARIANTS.iter().enumerate() {
        if let Some(l) = v.letter {
            seen.push((format!("{}.variant {}.letter", v.question, n + 1), l.nl()));
        }
    }
    assert!(seen.len() > 20, "only {} letter lines", seen.len());
    let found = offences(&seen, &[JE, JULLIE]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The interface strings above are picked by role only if the code asks for them by role: a
/// string that has a resident's or initiators' wording is never used on its own.
#[test]
fn a_string_with_role_wordings_is_always_picked_by_role() {
    let all = catalogue();
    let voiced: Vec<&str> = all
        .keys()
        .filter(|n| variant_suffix(n).is_none())
        .filter(|n| {
            all.contains_key(format!("{n}_R").as_str())
                || all.contains_key(format!("{n}_I").as_str())
        })
        .copied()
        .collect();
    assert!(voiced.len() > 10, "only {voiced:?}");
    let mut found = Vec::new();
    for path in rust_files("src") {
        let source = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            for name in &voiced {
                let used = [",", ")", "."]
                    .iter()
                    .any(|end| line.contains(&format!("i18n::{name}{end}")));
                // Picked with `by_role(` (which may open on an earlier line), a `match role`, or
                // paperwork's `pick(`, which is `by_role` for the letter's two roles.
                let context = lines[i.saturating_sub(6)..=i].join("\n");
                let picked = ["by_role(", "match role", "pick("]
                    .iter()
                    .any(|p| context.contains(p));
                // The start page asks "Wie bent u?" before there is a role.
                let before_a_role = path.ends_with("pages/start.rs") && *name == "ROLE_LEGEND";
                if used && !picked && !before_a_role {
                    found.push(format!("{path}:{}: {name} without by_role", i + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

fn rust_files(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(path.to_str().unwrap()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_str().unwrap().to_string());
        }
    }
    out
}
