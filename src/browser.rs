//! The only place that touches the browser. Everything else gets plain values.

pub mod dom;
pub mod history;
pub mod panic;
pub mod storage;
