//! Which questions a role is asked, given the answers so far.
