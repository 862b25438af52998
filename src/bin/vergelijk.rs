//! The comparison page's entry (vergelijk.html): mounts it, nothing else.
fn main() {
    #[cfg(target_arch = "wasm32")]
    coproductiecheck::start_compare();
}
