//! (session 38) The generic definite title المسؤول al-masʾūl "the official" (with any
//! adjectives: المسؤول الأميركي "the American official", المسؤول العسكري الروسي) named after
//! its holder: when the article's named person speakers are one person only, the official is
//! that person (docs/quotes.md, "Speaker names": a title mention is named after its holder).
//!
//! Precision guards: the mention is only the title and its adjectives (no entity inside, at
//! most four words); the candidates are the person entities that head other quotes of the
//! article, grouped by their last word (وليام إيفانينا and إيفانينا are one person); with two or
//! more such persons the title is left as it is; the one person must carry a title of their own
//! somewhere in the article (a person title just before a tagged mention).

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::{Token, TokenKind};

use super::{coref, Quote};

/// The definite generic title, as search keys (hamza folded, taa marbuta as ه).
const GENERIC_TITLES: &[&str] = &["المسوول", "المسووله"];

/// Renames quotes whose speaker is the bare generic title to the article's one named person
/// speaker.
pub(super) fn name_generic_officials(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let Some((last_key, holder)) = sole_person_speaker(tokens, keys, entities, out) else { return };
    // The holder has a title of their own somewhere in the article: a person title at most
    // eight words before one of their tagged mentions, with no punctuation but a comma between
    // (مدير المركز … NAME). A person cited without a title (NAME من اللجنة) may not be the
    // official.
    let titled = (0..tokens.len()).any(|k| {
        let Some(e) = ent_at[k].filter(|&e| keys[k] == last_key && entities[e].kind == EntityType::Person) else { return false };
        let start = tok_at(entities[e].range.start);
        (start.saturating_sub(8)..start)
            .rev()
            .take_while(|&j| tokens[j].kind != TokenKind::Punct || keys[j] == "،")
            .any(|j| coref::is_person_title(&keys[j]))
    });
    if !titled {
        return;
    }
    for q in out.iter_mut() {
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let first = tok_at(m.start);
        let end = tokens.partition_point(|t| t.range.end <= m.end);
        if first >= end || end - first > 4 || !GENERIC_TITLES.contains(&keys[first].as_str()) {
            continue;
        }
        if (first..end).any(|k| tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person)) {
            continue;
        }
        q.speaker_head = Some(holder.clone());
        q.note_rule("generic-title-holder");
    }
}

/// Is the key definite (الوزير, والوزير, فالمبعوث, للوزير)?
fn is_definite(key: &str) -> bool {
    let k = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).unwrap_or(key);
    k.starts_with("ال") || k.starts_with("لل")
}

/// A title stem with the feminine ending folded (وزيره ~ وزير).
fn title_stem(key: &str) -> String {
    let s = coref::stem(key);
    s.strip_suffix('ه').map(str::to_string).unwrap_or(s)
}

/// (session 41, qtitle) A definite title speaker (وزير الخارجية الفرنسي "the French foreign
/// minister", المبعوث الدولي "the international envoy", الوزيرة "the (female) minister") named
/// after the article's one named person speaker, when nothing in the article gives that title to
/// somebody else.
///
/// Guards: the mention is at most four words, opens with a person title, is definite (the title
/// or the word after it carries the article: وزير الخارجية) and holds no person, nationality or
/// place; the article's
/// named person speakers are one person (by last word); the holder's own titles (a person title
/// at most eight words before a tagged mention, no punctuation but a comma between), when there
/// are any, include the speaker's title; no other person of the article carries that title.
pub(super) fn name_sole_speaker_titles(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let is_person_at = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person);
    let Some((last_key, holder)) = sole_person_speaker(tokens, keys, entities, out) else { return };
    // The titles of each person mention: (is the holder, title stems).
    let mut titles: Vec<(bool, String)> = Vec::new();
    for (e, ent) in entities.iter().enumerate() {
        if ent.kind != EntityType::Person {
            continue;
        }
        let start = tok_at(ent.range.start);
        let end = tokens.partition_point(|t| t.range.end <= ent.range.end);
        if start >= end || ent_at[start] != Some(e) {
            continue;
        }
        let is_holder = keys[end - 1] == last_key;
        for j in (start.saturating_sub(8)..start).rev().take_while(|&j| (tokens[j].kind != TokenKind::Punct || keys[j] == "،") && !is_person_at(j)) {
            if coref::is_person_title(&keys[j]) {
                titles.push((is_holder, title_stem(&keys[j])));
            }
        }
    }
    for q in out.iter_mut() {
        if q.speaker_head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person)) {
            continue;
        }
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let first = tok_at(m.start);
        let end = tokens.partition_point(|t| t.range.end <= m.end);
        if first >= end || end - first > 4 || !coref::is_person_title(&keys[first]) {
            continue;
        }
        if !(is_definite(&keys[first]) || (first + 1 < end && is_definite(&keys[first + 1]))) {
            continue;
        }
        // No person, nationality or place inside: a title with a nationality (النائب العام
        // البحريني) is the national-title pass's (quotes/nattitle.rs), and the one named
        // speaker is often of another country.
        let foreign = |k: usize| ent_at[k].is_some_and(|e| matches!(entities[e].kind, EntityType::Person | EntityType::Nationality | EntityType::Location));
        if (first..end).any(|k| tokens[k].kind != TokenKind::Arabic || foreign(k)) {
            continue;
        }
        let head = title_stem(&keys[first]);
        if titles.iter().any(|(h, t)| !h && *t == head) {
            continue;
        }
        if titles.iter().any(|(h, _)| *h) && !titles.iter().any(|(h, t)| *h && *t == head) {
            continue;
        }
        q.speaker_head = Some(holder.clone());
        q.note_rule("sole-speaker-title");
    }
}

/// The article's named person speakers grouped by their last word (وليام إيفانينا and
/// إيفانينا are one person): that word's key and the longest mention, when they are one person.
fn sole_person_speaker(tokens: &[Token], keys: &[String], entities: &[Entity], out: &[Quote]) -> Option<(String, Range<usize>)> {
    let mut persons: Vec<(String, Range<usize>)> = Vec::new();
    for q in out {
        let Some(h) = q.speaker_head.clone() else { continue };
        if !entities.iter().any(|e| e.range == h && e.kind == EntityType::Person) {
            continue;
        }
        let last = tokens.partition_point(|t| t.range.end <= h.end);
        let Some(last_key) = last.checked_sub(1).map(|k| keys[k].clone()).filter(|k| !k.is_empty()) else { continue };
        match persons.iter_mut().find(|(k, _)| *k == last_key) {
            Some((_, r)) if h.len() > r.len() => *r = h,
            Some(_) => {}
            None => persons.push((last_key, h)),
        }
    }
    if persons.len() == 1 {
        persons.pop()
    } else {
        None
    }
}
