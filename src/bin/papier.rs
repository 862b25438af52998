//! The paper questionnaire's entry (papier.html): mounts it, nothing else.
fn main() {
    #[cfg(target_arch = "wasm32")]
    coproductiecheck::start_paper();
}
