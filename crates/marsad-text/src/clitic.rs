//! Clitic segmentation as *annotation*: a token's surface is never changed, it is covered by
//! segments that concatenate back to it.
//!
//! `// وبالمدينة wa-bi-l-madīna "and in the city": و + ب + ال + مدينة`
// OWNER: helper "clitics" fills this in; the signatures below are the contract.

use crate::lexicon::CliticLexicon;
use crate::Span;

/// What a segment of a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentKind {
    /// و wa "and", ف fa "so".
    Conjunction,
    /// ب bi "with/in", ل li "for/to", ك ka "like".
    Preposition,
    /// س sa-, the future particle on imperfect verbs.
    Future,
    /// ال al- "the" (and the ل of لل after ل li-).
    Article,
    /// The word itself.
    Stem,
    /// Enclitic pronoun: ه ها هم هما هن ك كم كن نا ي ني.
    Pronoun,
    /// A non-letter part split off a number token, such as the % of 13%.
    Symbol,
}

impl SegmentKind {
    /// Stable lower-case name used in serialized output.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Conjunction => "conj",
            SegmentKind::Preposition => "prep",
            SegmentKind::Future => "fut",
            SegmentKind::Article => "det",
            SegmentKind::Stem => "stem",
            SegmentKind::Pronoun => "pron",
            SegmentKind::Symbol => "sym",
        }
    }
}

/// One segment: a byte range into the original text and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Span,
    pub kind: SegmentKind,
}

/// Segment the word `word`, which starts at byte `base` of the original text, appending the
/// segments (absolute ranges, in order, covering `base..base + word.len()`) to `out`.
pub fn segment(word: &str, base: usize, lexicon: &CliticLexicon, out: &mut Vec<Segment>) {
    let _ = lexicon;
    out.push(Segment { range: base..base + word.len(), kind: SegmentKind::Stem });
}

/// Segment any token: Arabic words through [`segment`], a number's trailing `%`/`٪` as a
/// [`SegmentKind::Symbol`], everything else as one [`SegmentKind::Stem`].
pub fn segment_token(text: &str, token: &crate::Token, lexicon: &CliticLexicon, out: &mut Vec<Segment>) {
    let r = token.range.clone();
    match token.kind {
        crate::TokenKind::Arabic => segment(&text[r.clone()], r.start, lexicon, out),
        crate::TokenKind::Number => {
            let s = &text[r.clone()];
            match s.char_indices().next_back() {
                Some((i, '%' | '٪')) if i > 0 => {
                    out.push(Segment { range: r.start..r.start + i, kind: SegmentKind::Stem });
                    out.push(Segment { range: r.start + i..r.end, kind: SegmentKind::Symbol });
                }
                _ => out.push(Segment { range: r, kind: SegmentKind::Stem }),
            }
        }
        _ => out.push(Segment { range: r, kind: SegmentKind::Stem }),
    }
}
