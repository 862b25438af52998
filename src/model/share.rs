//! The share code: the whole state in a short, versioned string for the URL fragment.
