//! One file per page.

pub mod about;
pub mod check;
pub mod compare;
pub mod loading;
pub mod not_found;
pub mod paper;
pub mod paperwork;
pub mod profile;
pub mod question;
pub mod sheet;
pub mod start;
