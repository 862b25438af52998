//! The content build lives in build/ (see build/mod.rs): it reads content/*.toml, names every
//! problem at once, and writes the questionnaire as Rust statics and its texts as one file per
//! language.

#[path = "build/mod.rs"]
mod content;

fn main() {
    content::main();
}
