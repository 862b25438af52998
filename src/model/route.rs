//! The app's pages as hash routes.
