fn main() {
    #[cfg(target_arch = "wasm32")]
    coproductiecheck::start();
}
