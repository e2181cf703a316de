//! The Arabic analyzer behind the index: the project's tokenizer and search keys as a tantivy
//! [`Tokenizer`], so that diacritics, hamza/alef/yeh/ta-marbuta variants and clitics never
//! decide whether a document matches.
//!
//! Two term spaces, one per field family:
//! - [`Terms::Keys`]: the whole search key of each word and, at the same position, the key of
//!   its stem segment: وأمريكا wa-amrīkā "and America" → `وامريكا`, `امريكا`.
//! - [`Terms::Fold`]: one coarse key per word — the light stem of the stem segment with the
//!   inner long vowels ا و ي dropped — so spelling variants of loanwords meet:
//!   أمريكا amrīkā, اميركا amīrkā, الأميركية al-amīrkiyya "the American (f.)" → `امرك`.
//!
//! Offsets are byte ranges into the original text (filters never move them), so highlights can
//! be cut from the stored text directly.

use std::sync::Arc;

use marsad_text::{clitic, normalize, stem, CliticLexicon, SegmentKind, TokenKind};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Which terms a field is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terms {
    Keys,
    Fold,
}

/// One emitted term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub range: std::ops::Range<usize>,
    pub position: usize,
    pub text: String,
}

/// The analyzer: cheap to clone (the lexicon is shared).
#[derive(Clone)]
pub struct ArabicAnalyzer {
    lexicon: Arc<CliticLexicon>,
    terms: Terms,
}

impl ArabicAnalyzer {
    pub fn new(lexicon: Arc<CliticLexicon>, terms: Terms) -> Self {
        ArabicAnalyzer { lexicon, terms }
    }

    /// The terms of `text`, in order (several may share a position).
    pub fn terms(&self, text: &str) -> Vec<Term> {
        let mut out = Vec::new();
        let mut position = 0usize;
        self.visit_words(text, |range, kind, key, stem_key| {
            match self.terms {
                Terms::Keys => {
                    out.push(Term { range: range.clone(), position, text: key.to_string() });
                    if let Some(k) = stem_key.filter(|k| *k != key) {
                        out.push(Term { range, position, text: k.to_string() });
                    }
                }
                Terms::Fold => out.push(Term { range, position, text: fold_key(kind, stem_key.unwrap_or(key)) }),
            }
            position += 1;
        });
        out
    }

    /// Every indexable word of `text` in order: its range, kind, search key and the search key
    /// of its stem segment when clitics were split off (one pass serves both term spaces).
    pub(crate) fn visit_words(&self, text: &str, mut f: impl FnMut(std::ops::Range<usize>, TokenKind, &str, Option<&str>)) {
        self.visit_words_where(text, |_| true, |range, kind, key, stem| f(range, kind, key, stem.flatten()));
    }

    /// [`Self::visit_words`], segmenting only the words whose search key passes `segment`
    /// (the others get `None` for their stem: not looked at).
    pub(crate) fn visit_words_where(&self, text: &str, segment: impl Fn(&str) -> bool, mut f: impl FnMut(std::ops::Range<usize>, TokenKind, &str, Option<Option<&str>>)) {
        let mut segments = Vec::new();
        for token in marsad_text::tokenize(text) {
            if !indexable(token.kind) {
                continue;
            }
            let key = normalize::search_key(&text[token.range.clone()]);
            if key.is_empty() {
                continue;
            }
            if !segment(&key) {
                f(token.range.clone(), token.kind, &key, None);
                continue;
            }
            segments.clear();
            clitic::segment_token(text, &token, &self.lexicon, &mut segments);
            let stem_key = segments
                .iter()
                .find(|s| s.kind == SegmentKind::Stem)
                .filter(|s| s.range != token.range)
                .map(|s| normalize::search_key(&text[s.range.clone()]))
                .filter(|k| !k.is_empty());
            f(token.range.clone(), token.kind, &key, Some(stem_key.as_deref()));
        }
    }
}

/// The [`Terms::Fold`] term of a word from its stem's search key (see the module doc).
pub fn fold_key(kind: TokenKind, base: &str) -> String {
    let mut out = String::new();
    fold_into(kind, base, &mut out);
    out
}

/// [`fold_key`], appended to a reused buffer.
pub fn fold_into(kind: TokenKind, base: &str, out: &mut String) {
    if kind == TokenKind::Arabic {
        fold_light_into(stem::light_stem(base), out);
    } else {
        out.push_str(base);
    }
}

/// Words are indexed; punctuation and symbols are not.
fn indexable(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Arabic | TokenKind::Latin | TokenKind::Number | TokenKind::Hashtag | TokenKind::Mention)
}

/// ا alef, و waw, ي yeh after the first letter are dropped (long vowels and their
/// inconsistent spelling in loanwords), unless fewer than three letters would remain
/// (روسيا rūsiyā "Russia" would fold to رس and meet راس rās "head").
pub fn fold(light_stem: &str) -> String {
    let mut out = String::with_capacity(light_stem.len());
    fold_light_into(light_stem, &mut out);
    out
}

/// [`fold`], appended to `out`.
fn fold_light_into(light_stem: &str, out: &mut String) {
    let start = out.len();
    let mut chars = light_stem.chars();
    let Some(first) = chars.next() else { return };
    out.push(first);
    out.extend(chars.filter(|c| !matches!(c, 'ا' | 'و' | 'ي')));
    if out[start..].chars().count() < 3 {
        out.truncate(start);
        out.push_str(light_stem);
    }
}

impl Tokenizer for ArabicAnalyzer {
    type TokenStream<'a> = TermStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream {
        let tokens = self
            .terms(text)
            .into_iter()
            .map(|t| Token { offset_from: t.range.start, offset_to: t.range.end, position: t.position, text: t.text, position_length: 1 })
            .collect();
        TermStream { tokens, next: 0, current: Token::default() }
    }
}

/// The terms of one text, precomputed.
pub struct TermStream {
    tokens: Vec<Token>,
    next: usize,
    current: Token,
}

impl TokenStream for TermStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.current = std::mem::take(&mut self.tokens[self.next]);
            self.next += 1;
            true
        } else {
            false
        }
    }
    fn token(&self) -> &Token {
        &self.current
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_terms(s: &str) -> Vec<String> {
        ArabicAnalyzer::new(Arc::new(CliticLexicon::default()), Terms::Fold).terms(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn america_spellings_meet() {
        // أمريكا amrīkā, اميركا amīrkā, الأميركية al-amīrkiyya, وأمريكا wa-amrīkā: one fold key.
        let t = fold_terms("أمريكا اميركا الأميركية وأمريكا أمْرِيكا");
        assert!(t.iter().all(|x| x == "امرك"), "{t:?}");
    }

    #[test]
    fn keys_ignore_diacritics_and_skip_punctuation() {
        let a = ArabicAnalyzer::new(Arc::new(CliticLexicon::default()), Terms::Keys);
        let t: Vec<String> = a.terms("قالَ ظريفٌ: «نعم».").into_iter().map(|t| t.text).collect();
        assert_eq!(t, ["قال", "ظريف", "نعم"]);
    }
}
