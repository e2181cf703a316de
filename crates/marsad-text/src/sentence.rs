//! Sentence splitter (stub until the real one lands).
use crate::token::Token;
use crate::Span;

/// A sentence: its byte range and the indices of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Span,
    pub tokens: std::ops::Range<usize>,
}

/// Split `text`, already tokenized into `tokens`, into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let _ = text;
    if tokens.is_empty() {
        return Vec::new();
    }
    vec![Sentence { range: tokens[0].range.start..tokens[tokens.len() - 1].range.end, tokens: 0..tokens.len() }]
}
