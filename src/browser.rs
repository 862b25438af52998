//! The only place that touches the browser. Everything else gets plain values.

pub mod after_paint;
pub mod dom;
pub mod embed;
pub mod fetch;
pub mod history;
pub mod panic;
pub mod profile;
pub mod sharing;
pub mod storage;
