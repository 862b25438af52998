//! The content build. Reads `content/*.toml`, checks it and writes `$OUT_DIR/content.rs` (the
//! questionnaire as Rust statics, so the app ships no TOML parser) and `$OUT_DIR/interface.rs`.
//! The texts themselves do not go into the statics: each becomes a `CText(n)`, an index into a
//! string table split into parts (`texts.rs`), written as one file per part and language
//! (`texts.<hash>.<part>.<lang>.txt`), which the app fetches when it needs them: the first
//! question waits for its role's part only. That keeps 28 KB of text out of the wasm.
//!
//! `content/interface.toml` is the one catalogue of interface strings: its `[wasm]` part is
//! compiled in, its `[text]` part goes into the text files, and its `[embed]` part, with any
//! other string the embed page names, into `insluiten.html` and `insluiten.js`, written from
//! their templates in `static/`; its `[later]` part likewise into `later.js`; its `[about]` part
//! into the about page's HTML, written from `shell/about.html` into the text files.
//!
//! - `schema.rs`: the files' shape, as serde reads them;
//! - `check.rs`: every check, collecting all problems with their file and item;
//! - `emit.rs` with `rust.rs`: the Rust code, built as a tree of values that lays itself out;
//! - `texts.rs`: the string table, its hash and the text files;
//! - `embed.rs`: the embed page's two files from their templates;
//! - `later.rs`: `later.js` from its template; `script.rs`: what the two scripts share;
//! - `about.rs`: the about page's HTML from its template, the method, the rules and the sources.
//!
//! `build.rs` calls [`main`]; `tests/content_build.rs` calls [`build`] on content in memory.
//! Content authors are not expected to read Rust errors: a broken file stops the build with a list
//! of everything wrong, each line naming the file and the question, rule or option.

mod about;
pub mod check;
mod embed;
mod emit;
mod later;
mod rust;
mod schema;
mod script;
mod texts;

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;

pub use check::Error;
use check::{Place, FILES};

/// The templates in `static/` the build fills with strings of the catalogue.
const TEMPLATES: [&str; 4] = [embed::HTML, embed::JS, later::JS, about::HTML];

/// The files that must be there; the others may be left out.
const REQUIRED: [&str; 3] = ["settings.toml", "sources.toml", "method.toml"];

/// The text of the files in `content/`, by name ("settings.toml"), and of the templates in
/// `static/`, by their path from the project's root ("static/insluiten.html"). A file that does
/// not exist is absent.
#[derive(Clone, Default)]
pub struct Input {
    files: BTreeMap<&'static str, String>,
}

impl Input {
    /// Reads every file the build knows from the project at `root`. A file that does not exist
    /// is left out; any other failure to read is an error.
    pub fn read(root: &Path) -> Result<Input, Vec<Error>> {
        let mut input = Input::default();
        let mut errors = Vec::new();
        let content = FILES.map(|name| (name, root.join("content").join(name)));
        let templates = TEMPLATES.map(|name| (name, root.join(name)));
        for (name, path) in content.into_iter().chain(templates) {
            match std::fs::read_to_string(path) {
                Ok(text) => {
                    input.files.insert(name, text);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => errors.push(Place::file(name).error(format!("cannot read it ({e})"))),
            }
        }
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(errors)
        }
    }

    /// Sets the text of file `name`, one of [`check::FILES`] or [`TEMPLATES`].
    #[cfg(test)]
    pub fn set(&mut self, name: &str, text: impl Into<String>) -> &mut Input {
        let name = FILES
            .into_iter()
            .chain(TEMPLATES)
            .find(|f| *f == name)
            .unwrap_or_else(|| panic!("the content build reads no file {name:?}"));
        self.files.insert(name, text.into());
        self
    }

    /// The text of file `name`, if it is there.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Leaves file `name` out.
    #[cfg(test)]
    pub fn remove(&mut self, name: &str) -> &mut Input {
        self.files.remove(name);
        self
    }
}

/// What the build writes.
pub struct Output {
    /// `$OUT_DIR/content.rs`
    pub content: String,
    /// `$OUT_DIR/interface.rs`
    pub interface: String,
    /// `$OUT_DIR/topics.rs`
    pub topics: String,
    /// The hash of all texts; the first line of each text file, and part of its name.
    pub hash: String,
    /// Each language's whole text file (every part), Dutch first: the language code and the
    /// file's text. Compiled in natively.
    pub texts: [(&'static str, String); 2],
    /// The files the app fetches: one per part and language, by name
    /// (`texts.<hash>.<part>.<lang>.txt`), in `texts::PARTS` order, Dutch first within a part.
    pub parts: Vec<(String, String)>,
    /// The embed page as served (`insluiten.html`, `insluiten.js`): file name and text. `None`
    /// when the input has no templates.
    pub embed: Option<[(&'static str, String); 2]>,
    /// `later.js` as served: file name and text. `None` when the input has no template.
    pub later: Option<(&'static str, String)>,
}

/// Checks `input` and turns it into Rust and text files, or lists every problem found: all
/// TOML errors (at most one per file: the TOML reader stops at the first), or else all content
/// errors.
pub fn build(input: &Input) -> Result<Output, Vec<Error>> {
    let content = parse(input).map_err(|mut errors| {
        errors.sort_by_key(|e| check::order(e.file));
        errors
    })?;
    let templates = match (input.get(embed::HTML), input.get(embed::JS)) {
        (Some(html), Some(js)) => Some((html, js)),
        _ => None,
    };
    let mut errors = check::check(&content).err().unwrap_or_default();
    if let Some((html, js)) = templates {
        errors.extend(embed::check(&content, html, js));
    }
    let later_js = input.get(later::JS);
    if let Some(js) = later_js {
        errors.extend(later::check(&content, js));
    }
    let about_html = input.get(about::HTML);
    if let Some(html) = about_html {
        errors.extend(about::check(&content, html));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| check::order(e.file));
        return Err(errors);
    }
    let about = about_html.map_or_else(Default::default, |html| about::emit(&content, html));
    let generated = emit::emit(&content, &about);
    let tables = &generated.tables;
    let hash = texts::hash(tables);
    let all: Vec<usize> = (0..texts::PARTS.len()).collect();
    let mut parts = Vec::new();
    for (i, part) in texts::PARTS.iter().enumerate() {
        for lang in ["nl", "en"] {
            let name = format!("texts.{hash}.{part}.{lang}.txt");
            parts.push((name, texts::file(tables, &[i], lang)));
        }
    }
    Ok(Output {
        content: generated.content,
        interface: generated.interface,
        topics: generated.topics,
        texts: [
            ("nl", texts::file(tables, &all, "nl")),
            ("en", texts::file(tables, &all, "en")),
        ],
        parts,
        hash,
        embed: templates.map(|(html, js)| embed::emit(&content, html, js)),
        later: later_js.map(|js| later::emit(&content, js)),
    })
}

fn parse(input: &Input) -> Result<schema::Content, Vec<Error>> {
    let mut errors = Vec::new();
    let settings = parse_file(input, "settings.toml", &mut errors);
    let sources = parse_file(input, "sources.toml", &mut errors);
    let method = parse_file(input, "method.toml", &mut errors);
    let official = parse_file(input, "official.toml", &mut errors);
    let resident = parse_file(input, "resident.toml", &mut errors);
    let initiative = parse_file(input, "initiative.toml", &mut errors);
    let interface = parse_file(input, "interface.toml", &mut errors);
    let topics = parse_file(input, "topics.toml", &mut errors);
    match (settings, sources, method) {
        (Some(settings), Some(sources), Some(method)) if errors.is_empty() => Ok(schema::Content {
            settings,
            sources,
            method,
            official: official.unwrap_or_default(),
            resident: resident.unwrap_or_default(),
            initiative: initiative.unwrap_or_default(),
            interface: interface.unwrap_or_default(),
            topics,
        }),
        _ => Err(errors),
    }
}

/// The file parsed, or `None`: absent (an error if it is required) or not valid.
fn parse_file<T: DeserializeOwned>(
    input: &Input,
    name: &'static str,
    errors: &mut Vec<Error>,
) -> Option<T> {
    let at = Place::file(name);
    let Some(text) = input.get(name) else {
        if REQUIRED.contains(&name) {
            errors.push(at.error("the file is missing"));
        }
        return None;
    };
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(at.error(e.to_string().trim_end()));
            None
        }
    }
}

/// Writes what the build made: the Rust files and text files into `out_dir`, and the files trunk
/// copies into `dist/` into `texts_dir`: the text files under their hashed names, the embed
/// page and `later.js` (see [`main`] for why).
pub fn write(out: &Output, out_dir: &Path, texts_dir: &Path) -> std::io::Result<()> {
    std::fs::write(out_dir.join("content.rs"), &out.content)?;
    std::fs::write(out_dir.join("interface.rs"), &out.interface)?;
    std::fs::write(out_dir.join("topics.rs"), &out.topics)?;
    for (lang, data) in &out.texts {
        std::fs::write(out_dir.join(format!("texts.{lang}.txt")), data)?;
    }
    // Files of other hashes are removed so trunk's hook copies only this build's. Files of this
    // hash are written through a temporary name, as a native and a wasm build may run this at
    // the same time.
    std::fs::create_dir_all(texts_dir)?;
    let current = format!("texts.{}.", out.hash);
    for entry in std::fs::read_dir(texts_dir)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("texts.") && name.ends_with(".txt") && !name.starts_with(&current) {
            // Another build may have removed it first.
            let _ = std::fs::remove_file(entry.path());
        }
    }
    for (name, data) in &out.parts {
        let dest = texts_dir.join(name);
        let tmp = texts_dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, data)?;
        std::fs::rename(&tmp, &dest)?;
    }
    let later = out.later.iter().map(|(name, data)| (*name, data));
    let embed = out.embed.iter().flatten().map(|(name, data)| (*name, data));
    for (name, data) in embed.chain(later) {
        let tmp = texts_dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, data)?;
        std::fs::rename(&tmp, texts_dir.join(name))?;
    }
    Ok(())
}

/// Every problem, one a line (a TOML error's own lines indented below it).
pub fn report(errors: &[Error]) -> String {
    let mut s = format!(
        "content/ has {} problem{}; nothing was built:\n",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for e in errors {
        s.push_str(&format!("  {}\n", e.to_string().replace('\n', "\n      ")));
    }
    s
}

/// `build.rs`: builds `content/` into `$OUT_DIR`, or prints every problem and fails the build.
///
/// The text files of the parts also go to `target/texts/` under their hashed names, and the embed page
/// (`insluiten.html`, `insluiten.js`) and `later.js` beside them: the one place written outside `OUT_DIR`.
/// trunk's post_build hook (Trunk.toml) copies them into `dist/`, as it cannot take them from
/// cargo: a `copy-file` asset is copied while cargo still builds, so a file the build script
/// writes is not there yet on a clean build, and OUT_DIR cannot be named. A hook sees
/// only trunk's own `TRUNK_*` variables, not cargo's `OUT_DIR`, and that path
/// (`target/<triple>/<profile>/build/coproductiecheck-<hash>/out`) is not stable: its hash
/// changes with the compiler and the dependencies, and the folders of older builds stay behind.
/// The hash in the file names lets them be cached forever.
#[cfg(not(test))] // The tests call `build` and `write`; only build.rs runs this.
pub fn main() {
    let var = |name| std::env::var_os(name).unwrap_or_else(|| panic!("cargo sets {name}"));
    let root = std::path::PathBuf::from(var("CARGO_MANIFEST_DIR"));
    let out_dir = std::path::PathBuf::from(var("OUT_DIR"));
    let dir = root.join("content");
    // The directory entry also notices a role file that appears later; naming a file that is not
    // there would rerun every build.
    println!("cargo:rerun-if-changed={}", dir.display());
    let built = Input::read(&root).and_then(|input| {
        for name in input.files.keys() {
            let path = if name.contains('/') {
                root.join(name)
            } else {
                dir.join(name)
            };
            println!("cargo:rerun-if-changed={}", path.display());
        }
        build(&input)
    });
    match built {
        Ok(out) => {
            let texts_dir = root.join("target").join("texts");
            write(&out, &out_dir, &texts_dir)
                .unwrap_or_else(|e| panic!("cannot write the content build's files: {e}"));
        }
        Err(errors) => {
            eprint!("{}", report(&errors));
            std::process::exit(1);
        }
    }
}
