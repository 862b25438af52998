//! English that reads as English. Dutch "meedenken", "meebewegen" and "traject" translated word
//! for word give "think along", "move along" (which means "go away") and "trajectory"; none of
//! them belongs in a text the check shows. This reads every TOML file under content/ and looks
//! at every text in it, Dutch and English (a Dutch text has no business with them either), so
//! the questionnaire, the settings, the method, the sources and the interface are all covered.
//! Comments are not texts and are not read.

use std::path::{Path, PathBuf};

/// Calques, matched case-insensitively anywhere in a text.
const CALQUES: &[&str] = &[
    "think along",
    "thinks along",
    "thinking along",
    "thought along",
    "move along",
    "moves along",
    "moving along",
    "moved along",
    "trajector", // trajectory, trajectories
];

/// Files another change is still rewriting, skipped until it lands. Every file is clean now:
/// keep it empty.
const STILL_TO_CLEAN: &[&str] = &[];

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// Every string value in `value`, with the path of keys that leads to it.
fn texts(value: &toml::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((at.to_string(), s.clone())),
        toml::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, &format!("{at}[{i}]"), out);
            }
        }
        toml::Value::Table(table) => {
            // Name an entry by its id or code where it has one, so a finding is easy to find.
            let name = table
                .get("id")
                .or_else(|| table.get("code"))
                .and_then(|v| v.as_str())
                .map(|n| format!("({n})"))
                .unwrap_or_default();
            for (k, v) in table {
                texts(v, &format!("{at}{name}.{k}"), out);
            }
        }
        _ => {}
    }
}

fn calque_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    CALQUES.iter().copied().find(|c| lower.contains(c))
}

#[test]
fn the_check_catches_a_calque() {
    assert_eq!(calque_in("We Think Along and adapt"), Some("think along"));
    assert_eq!(calque_in("the whole trajectory"), Some("trajector"));
    assert_eq!(calque_in("We help work the plan out and adapt"), None);
}

#[test]
fn no_text_translates_dutch_word_for_word() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(content_dir())
        .expect("content/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 7,
        "found only {} TOML files in content/",
        files.len()
    );
    let mut found = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if STILL_TO_CLEAN.contains(&name.as_str()) {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable");
        let value: toml::Value = toml::from_str(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut all = Vec::new();
        texts(&value, "", &mut all);
        for (at, text) in all {
            if let Some(c) = calque_in(&text) {
                found.push(format!("{name} {at}: \"{c}\" in: {text}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "write these in English of its own (\"help work it out\", \"adapt\", \"process\"):\n{}",
        found.join("\n")
    );
}

/// The Dutch texts of one file, with their paths; `keep` picks by path.
fn dutch_texts(file: &str, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let source = std::fs::read_to_string(content_dir().join(file)).expect("readable");
    let value: toml::Value = toml::from_str(&source).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut all = Vec::new();
    texts(&value, "", &mut all);
    all.into_iter()
        .filter(|(at, _)| at.ends_with(".nl") && keep(at))
        .collect()
}

#[test]
fn initiators_read_burgemeester_en_wethouders_not_college() {
    // "Het college" is the municipality's own word; residents with a plan may not know it. Their
    // texts say "burgemeester en wethouders", and name the college only beside those words, so
    // that they recognise it in the municipality's letters.
    let mut found = Vec::new();
    let theirs = dutch_texts("initiative.toml", |_| true)
        .into_iter()
        .chain(dutch_texts("settings.toml", |at| at.contains("initiative")));
    for (at, text) in theirs {
        let lower = text.to_lowercase();
        let college = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "college");
        if college && !lower.contains("burgemeester en wethouders") {
            found.push(format!("{at}: {text}"));
        }
    }
    assert!(
        found.is_empty(),
        "say \"burgemeester en wethouders\":\n{}",
        found.join("\n")
    );
}

/// One English word for one Dutch one: a "voorziening" is a facility (a "dienst" is a service),
/// an "adviesraad" an advisory board (a "council" reads as the municipal council, which the
/// same texts name).
const TERMS: &[(&str, &str)] = &[("voorziening", "facilit"), ("adviesraad", "board")];

#[test]
fn one_english_word_for_each_dutch_term() {
    let mut files: Vec<String> = std::fs::read_dir(content_dir())
        .expect("content/ is readable")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .to_string()
        })
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(content_dir().join(&file)).expect("readable");
        let value: toml::Value = toml::from_str(&source).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut all = Vec::new();
        texts(&value, "", &mut all);
        let english = |at: &str| {
            all.iter()
                .find(|(p, _)| p == &format!("{}.en", at.trim_end_matches(".nl")))
                .map(|(_, t)| t.to_lowercase())
                .unwrap_or_default()
        };
        for (at, nl) in all.iter().filter(|(at, _)| at.ends_with(".nl")) {
            for (dutch, en) in TERMS {
                if nl.to_lowercase().contains(dutch) && !english(at).contains(en) {
                    found.push(format!(
                        "{file} {at}: \"{dutch}\" is \"{en}...\" in English"
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
