//! Invariants of the text core, as property tests over arbitrary and Arabic-heavy strings.
//!
//! For every input: no panic; tokens are non-empty, ordered, non-overlapping and on char
//! boundaries; sentences partition the tokens in order; segments of every token concatenate
//! back to the token exactly; search keys and stems never panic.

use marsad_text::{clitic, normalize, split_sentences, stem, tokenize, CliticLexicon};
use proptest::prelude::*;

const LEXICON: &str = marsad_text::lexicon::BUILTIN_TEXT;

/// The committed lexicon, parsed once for all cases.
fn lexicon() -> &'static CliticLexicon {
    static LEX: std::sync::OnceLock<CliticLexicon> = std::sync::OnceLock::new();
    LEX.get_or_init(|| CliticLexicon::parse(LEXICON).expect("committed lexicon parses"))
}

fn check_invariants(text: &str, lexicon: &CliticLexicon) -> Result<(), TestCaseError> {
    let tokens = tokenize(text);
    let mut prev_end = 0;
    for t in &tokens {
        prop_assert!(t.range.start < t.range.end, "empty token {:?}", t);
        prop_assert!(t.range.start >= prev_end, "overlap at {:?}", t);
        prop_assert!(text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end));
        prev_end = t.range.end;
        let surface = &text[t.range.clone()];
        prop_assert!(!surface.trim().is_empty(), "whitespace token {:?}", surface);

        let mut segs = Vec::new();
        clitic::segment_token(text, t, lexicon, &mut segs);
        prop_assert!(!segs.is_empty());
        let mut at = t.range.start;
        for s in &segs {
            prop_assert_eq!(s.range.start, at, "gap or overlap in segments of {:?}", surface);
            prop_assert!(s.range.start < s.range.end, "empty segment in {:?}", surface);
            prop_assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
            at = s.range.end;
        }
        prop_assert_eq!(at, t.range.end, "segments do not cover {:?}", surface);
        let joined: String = segs.iter().map(|s| &text[s.range.clone()]).collect();
        prop_assert_eq!(joined.as_str(), surface);

        let key = normalize::search_key(surface);
        let st = stem::light_stem(&key);
        prop_assert!(key.contains(st));
    }
    let sentences = split_sentences(text, &tokens);
    let mut next = 0;
    for s in &sentences {
        prop_assert_eq!(s.tokens.start, next, "sentences must partition tokens");
        prop_assert!(s.tokens.end > s.tokens.start);
        prop_assert_eq!(s.range.start, tokens[s.tokens.start].range.start);
        prop_assert_eq!(s.range.end, tokens[s.tokens.end - 1].range.end);
        next = s.tokens.end;
    }
    prop_assert_eq!(next, tokens.len());
    Ok(())
}

fn arabic_heavy() -> impl Strategy<Value = String> {
    // Letters, diacritics, tatweel, joiners, digits, Arabic and Latin punctuation, spaces,
    // newlines, quotes, percent signs and a few Latin letters, in any order.
    proptest::string::string_regex("[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}\u{200C}\u{200D}\u{0660}-\u{0669}0-9a-zA-Z .,:;!?\u{061F}\u{060C}\u{061B}\u{00AB}\u{00BB}\"'()%\u{066A}\n@#_/\u{2026}\u{FEFB}\u{FDF2}]{0,80}").expect("valid regex")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_on_arabic_heavy_text(text in arabic_heavy()) {
        check_invariants(&text, lexicon())?;
    }

    #[test]
    fn invariants_hold_on_any_string(text in any::<String>()) {
        check_invariants(&text, lexicon())?;
    }

    #[test]
    fn lexicon_parser_never_panics(text in any::<String>()) {
        let _ = CliticLexicon::parse(&text);
    }
}

#[test]
fn seed_story_invariants() {
    let text = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    check_invariants(text, lexicon()).expect("invariants on the seed story");
}
