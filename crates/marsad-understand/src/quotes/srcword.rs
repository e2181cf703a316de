//! (session 40, qdoc) The bare definite source word المصدر al-maṣdar "the source" (also المصدر
//! ذاته/نفسه "the same source") named after the speaker of the quote just before it (docs/quotes.md,
//! "Speaker names": a source or document speaker is named after whoever issued it): وأكدت
//! النيابة العامة … أن … وأضاف المصدر أن … "the prosecution confirmed that … the source added
//! that …"; وبحسب بيان لمديرية الشرطة … وأوضح المصدر ذاته "according to a statement of the police
//! directorate … the same source explained".
//!
//! Precision guards: the mention is the one word (or with ذاته/نفسه); the earlier quote is the
//! nearest one before the mention, with a speaker head that is no source word itself, at most
//! two sentence ends away (the source of a paragraph back may be another).

use marsad_text::Token;

use super::Quote;

/// The source word (search keys, with the conjunctions).
fn source_word(key: &str) -> bool {
    matches!(key.strip_prefix(['و', 'ف']).unwrap_or(key), "المصدر")
}

/// Renames quotes whose speaker is the bare source word to the previous quote's speaker.
pub(super) fn name_source_words(tokens: &[Token], keys: &[String], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let is_end = |i: usize| super::coref::is_sentence_end(&keys[i]);
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].verb.start);
    for (n, &qi) in order.iter().enumerate() {
        let Some(m) = out[qi].speaker_head.clone().or_else(|| out[qi].speaker.clone()) else { continue };
        let first = tok_at(m.start);
        let end = tokens.partition_point(|t| t.range.end <= m.end);
        let same = |k: usize| keys.get(k).is_some_and(|w| matches!(w.as_str(), "ذاته" | "نفسه"));
        if first >= end || !source_word(&keys[first]) || !(end == first + 1 || (end == first + 2 && same(first + 1))) {
            continue;
        }
        // the nearest earlier quote by verb, its mention before this one
        let Some(&pi) = order[..n].iter().rev().find(|&&i| out[i].verb.start < m.start && out[i].speaker_head.as_ref().or(out[i].speaker.as_ref()).is_some_and(|r| r.end <= m.start)) else { continue };
        let Some(h) = out[pi].speaker_head.clone().or_else(|| out[pi].speaker.clone()) else { continue };
        let hf = tok_at(h.start);
        if source_word(&keys[hf]) || (tok_at(out[pi].verb.start).min(hf)..first).filter(|&i| is_end(i)).count() > 2 {
            continue;
        }
        // (a quote carried from this mention comes later and takes the name from this one)
        out[qi].speaker_head = Some(h);
        out[qi].note_rule("source-word");
    }
}
