//! `localStorage`, which may be missing or blocked (private mode, strict settings).

const ANSWERS: &str = "coproductiecheck.answers";
const LANG: &str = "coproductiecheck.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether answers can be kept: some browsers hand out a storage that throws on every write.
pub fn available() -> bool {
    match storage() {
        Some(s) => {
            let ok = s.set_item("coproductiecheck.probe", "1").is_ok();
            let _ = s.remove_item("coproductiecheck.probe");
            ok
        }
        None => false,
    }
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The stored share code of the answers in progress.
pub fn load_answers() -> Option<String> {
    get(ANSWERS)
}

pub fn save_answers(code: &str) {
    set(ANSWERS, code);
}

pub fn clear_answers() {
    remove(ANSWERS);
}

pub fn load_lang() -> Option<String> {
    get(LANG)
}

pub fn save_lang(code: &str) {
    set(LANG, code);
}

/// "Wis mijn antwoorden": everything this app stored.
pub fn clear_all() {
    remove(ANSWERS);
    remove(LANG);
}
