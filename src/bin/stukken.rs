//! The paperwork page's entry (stukken.html): mounts it, nothing else.
fn main() {
    #[cfg(target_arch = "wasm32")]
    coproductiecheck::start_paperwork();
}
