//! Pure logic: the questionnaire's types, answers, scoring and advice, and the share code.
//! Nothing here touches yew, web-sys or gloo, so all of it is tested natively.

pub mod answers;
pub mod answers_file;
pub mod assess;
pub mod case;
pub mod catalogue;
pub mod compare;
pub mod compare_form;
pub mod content;
pub mod document;
pub mod documents;
pub mod docx;
pub mod flow;
pub mod forget;
pub mod lang;
pub mod links;
pub mod paper;
pub mod paperwork;
pub mod plan;
pub mod profile;
pub mod qr;
pub mod route;
pub mod session;
pub mod share;
pub mod start_form;
pub mod texts;
pub mod theme;
pub mod topics;

pub use answers::{Answer, Answers};
pub use assess::{assess, Assessment};
pub use content::{Content, Question, Role, CONTENT};
pub use lang::{Lang, Text};
