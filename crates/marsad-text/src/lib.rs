//! Arabic text core of Marsad.
//!
//! Everything here is a pure function of its input: no files, no JSON, no models.
//! Every output carries byte ranges into the *original* text, so `&text[token.range.clone()]`
//! is always the surface form. Lossy folding (alef/yeh/teh marbuta, diacritics) happens only
//! in [`normalize::search_key`], which is opt-in and never moves offsets.

pub mod chars;
pub mod clitic;
pub mod lexicon;
pub mod normalize;
pub mod sentence;
pub mod stem;
pub mod token;

pub use clitic::{segment, Segment, SegmentKind};
pub use lexicon::{CliticLexicon, LexiconError};
pub use sentence::{split_sentences, Sentence};
pub use token::{tokenize, Token, TokenKind};

/// A half-open byte range `start..end` into the original UTF-8 text.
pub type Span = std::ops::Range<usize>;
