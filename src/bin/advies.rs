//! The advice sheet's entry (advies.html): the whole check, with the sheet built in.
fn main() {
    #[cfg(target_arch = "wasm32")]
    coproductiecheck::start();
}
