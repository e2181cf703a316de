//! Document-level understanding on top of the text core (and, later, entities): who is who
//! (actors), when (dates), where (places), who said what (quotes).
//!
//! Pure functions of (text, tokens, resources); resources arrive as bytes from the caller.

pub mod dates;
pub mod kb;
pub mod quotes;
pub mod places;
pub mod actors;
