//! Integration tests of marsad-understand (one test binary per crate).

mod dates;
mod places;
mod quotes;
