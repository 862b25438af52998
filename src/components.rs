//! Reusable view pieces. They take plain values and callbacks; pages own the state and call the
//! hooks (`crate::state`), and hand components what those give.

pub mod advice;
pub mod choice;
pub mod compare_view;
pub mod dimensions;
pub mod document_view;
pub mod error_summary;
pub mod follow_ups;
pub mod layout;
pub mod notice;
pub mod profile_note;
pub mod share_actions;
pub mod sources;
pub mod summary_list;
pub mod tool_frame;
pub mod verdict;

/// A piece of the static content, compared by address (content is never copied).
#[derive(Debug)]
pub struct Ptr<T: 'static>(pub &'static T);

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Ptr<T> {}

impl<T> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> std::ops::Deref for Ptr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}
