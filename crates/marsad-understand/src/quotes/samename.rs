//! (session 38, qname) One description, one person in an article: a speaker left named by a
//! description (وقال نائب وزير الخارجية wa-qāla nāʾibu wazīri l-ḫārijiyya "the deputy foreign
//! minister said") takes the person name another quote of the same article gave the same
//! description wording (يقول نائب وزير الخارجية … ⟶ NAME, named by the naming passes from the
//! article's lede or an apposition). A document-level pass, run by the engine after the naming
//! passes and the speaker ranker (pure: no I/O, no state); the speaker's mention span stays where it is, only the head
//! changes.
//!
//! * the description: the quote's head (else its mention), no person entity in it, a definite
//!   phrase ([`definite`]);
//! * the donors: other quotes whose speaker mention has the same words (search keys, و/ف
//!   "and" before ال dropped, punctuation ignored) and whose head is a person entity outside the
//!   mention;
//! * taken only when every donor's name has the same words (two persons called by one title
//!   in one article stay unnamed).

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::{Quote, SpeakerSource};

/// The words of `r` (search keys of its Arabic tokens; و/ف before ال dropped), or `None` when
/// it holds any other token kind than Arabic words and punctuation.
fn words(text: &str, tokens: &[Token], r: &Range<usize>) -> Option<Vec<String>> {
    let lo = tokens.partition_point(|t| t.range.start < r.start);
    let hi = lo + tokens[lo..].partition_point(|t| t.range.end <= r.end);
    let mut out = Vec::new();
    for t in &tokens[lo..hi] {
        match t.kind {
            TokenKind::Arabic => {
                let k = search_key(&text[t.range.clone()]).into_owned();
                let k = match k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
                    Some(rest) if rest.starts_with("ال") => rest.to_string(),
                    _ => k,
                };
                out.push(k);
            }
            TokenKind::Punct => {}
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether the words are a definite phrase: a word with the article ال before any preposition
/// (الوزير "the minister"; the construct chain نائب وزير الخارجية "the deputy foreign minister"),
/// never an indefinite one (مسؤول أمريكي "a US official", متحدث باسم الوزارة "a spokesman for
/// the ministry", مسؤول في الادارة "an official in the administration").
fn definite(words: &[String]) -> bool {
    for w in words {
        if matches!(w.as_str(), "في" | "من" | "عن" | "الي" | "علي" | "لدي" | "باسم" | "مع") || w.starts_with('ب') && w.len() > 2 && w[2..].starts_with("ال") {
            return false;
        }
        if w.starts_with("ال") {
            return true;
        }
    }
    false
}

/// Names the speakers left with a description by the person name another quote of the article
/// gave the same description wording (module docs). Pure.
pub fn name_repeated_descriptions(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    let persons: Vec<&Range<usize>> = entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| &e.range).collect();
    let person = |r: &Range<usize>| persons.iter().any(|p| p.start < r.end && r.start < p.end);
    // (mention words, head range, head words) of every quote named by a person outside its mention
    let mut donors: Vec<(Vec<String>, Range<usize>, Vec<String>)> = Vec::new();
    for q in quotes.iter() {
        if q.speaker_source == SpeakerSource::Unknown {
            continue;
        }
        let (Some(sp), Some(h)) = (q.speaker.as_ref(), q.speaker_head.as_ref()) else { continue };
        if !person(h) || h.start < sp.end && sp.start < h.end || person(sp) {
            continue;
        }
        if let (Some(mw), Some(hw)) = (words(text, tokens, sp), words(text, tokens, h)) {
            donors.push((mw, h.clone(), hw));
        }
    }
    if donors.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        let Some(label) = super::naming::named_head(q) else { continue };
        if person(&label) {
            continue;
        }
        let Some(lw) = words(text, tokens, &label) else { continue };
        if !definite(&lw) {
            continue;
        }
        let mut found = donors.iter().filter(|(mw, _, _)| *mw == lw);
        let Some((_, r, hw)) = found.next() else { continue };
        if found.any(|(_, _, w)| w != hw) {
            continue;
        }
        q.speaker_head = Some(r.clone());
        q.note_rule("same-description");
    }
}
