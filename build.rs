fn main() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(out, "pub static CONTENT: Content = todo();\n").unwrap();
}
