//! Lexicons that guard clitic segmentation (words never split, known stems).
//! Parsed from bytes the caller provides: this crate never opens files.
// OWNER: helper "clitics" fills this in; the signatures below are the contract.

/// Error parsing a lexicon.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    #[error("lexicon line {line}: {reason}")]
    Malformed { line: usize, reason: String },
}

/// Words and stems that guide clitic segmentation.
#[derive(Debug, Default, Clone)]
pub struct CliticLexicon {}

impl CliticLexicon {
    /// An empty lexicon: segmentation falls back to conservative rules.
    pub fn empty() -> Self {
        CliticLexicon {}
    }
    /// Parse the lexicon text format.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let _ = text;
        Ok(CliticLexicon {})
    }
}
