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
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::{coref, Quote};

/// The definite generic title, as search keys (hamza folded, taa marbuta as ه).
const GENERIC_TITLES: &[&str] = &["المسوول", "المسووله"];

/// Renames quotes whose speaker is the bare generic title to the article's one named person
/// speaker.
pub(super) fn name_generic_officials(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let Some((last_key, holder)) = sole_person_speaker(tokens, keys, ent_at, entities, out) else { return };
    // The holder has a title of their own somewhere in the article: a person title at most
    // twelve words before one of their tagged mentions, with no punctuation but a comma between
    // (مدير المركز … NAME). A person cited without a title (NAME من اللجنة) may not be the
    // official.
    let titled = (0..tokens.len()).any(|k| {
        let Some(e) = ent_at[k].filter(|&e| keys[k] == last_key && entities[e].kind == EntityType::Person) else { return false };
        let start = tok_at(entities[e].range.start);
        // (session 46, qtitle: twelve words, a title with a long genitive: رئيس إدارة العمليات
        // الرئيسية في هيئة الأركان الروسية، NAME "the head of the main operations directorate of
        // the Russian general staff, NAME")
        (start.saturating_sub(12)..start)
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
pub(super) fn name_sole_speaker_titles(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let is_person_at = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person);
    let Some((last_key, holder)) = sole_person_speaker(tokens, keys, ent_at, entities, out) else { return };
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
    let mut holder_place: Option<Option<String>> = None;
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
        // (session 53, qsubj) a title in a sentence set in a place of its own (وفي تونس أعلن
        // مفتي الجمهورية wa-fī tūnis aʿlana muftī l-jumhūriyya "in Tunisia the mufti of the
        // republic announced") is that place's office holder, not the one named speaker, unless
        // the holder speaks in a sentence set in the same place
        if let Some(place) = place_lead(text, tokens, keys, ent_at, entities, first) {
            // (the holder's place looked up once, for the first quote that needs it)
            let holder_place = holder_place.get_or_insert_with(|| place_lead(text, tokens, keys, ent_at, entities, tok_at(holder.start)));
            if holder_place.as_deref() != Some(place.as_str()) {
                continue;
            }
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

/// (session 53, qsubj) The place a sentence is set in: the search key of a place entity right
/// after the في "in" (وفي، ففي) that opens the sentence of token `k` (وفي تونس، ففي القاهرة،).
fn place_lead(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> Option<String> {
    if k >= tokens.len() {
        return None;
    }
    let mut s = k;
    while s > 0 && k - s < 60 && !coref::is_sentence_end(&keys[s - 1]) && !text.get(tokens[s - 1].range.end..tokens[s].range.start).is_some_and(|gap| gap.contains('\n')) {
        s -= 1;
    }
    if s + 1 >= tokens.len() || !matches!(keys[s].as_str(), "في" | "وفي" | "ففي") {
        return None;
    }
    let e = ent_at[s + 1].filter(|&e| entities[e].kind == EntityType::Location && entities[e].range.start == tokens[s + 1].range.start)?;
    Some(search_key(&text[entities[e].range.clone()]).into_owned())
}

/// The article's named person speakers grouped by their last word (وليام إيفانينا and
/// إيفانينا are one person): that word's key and the longest mention, when they are one person.
fn sole_person_speaker(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &[Quote]) -> Option<(String, Range<usize>)> {
    let mut persons: Vec<(String, Range<usize>)> = Vec::new();
    for q in out {
        let Some(h) = q.speaker_head.clone() else { continue };
        if !entities.iter().any(|e| e.range == h && e.kind == EntityType::Person) {
            continue;
        }
        let last = tokens.partition_point(|t| t.range.end <= h.end);
        // (session 50, qtitle) a head after a kin noun in construct (نجل حسين NAME najl ḥusayn
        // NAME "the son of Hussein NAME") names a relative: no speaker, and no fuller name of the
        // surname it shares with the speaker
        let first = tokens.partition_point(|t| t.range.start < h.start);
        if first < tokens.len() && super::naming::names_a_relative(tokens, keys, ent_at, entities, first) {
            continue;
        }
        let Some(last_key) = last.checked_sub(1).map(|k| keys[k].clone()).filter(|k| !k.is_empty()) else { continue };
        match persons.iter_mut().find(|(k, _)| *k == last_key) {
            Some((_, r)) if h.len() > r.len() => *r = h,
            Some(_) => {}
            None => persons.push((last_key, h)),
        }
    }
    // (session 46, qtitle) A one-word head the tagger ran the clitic ل li- into (لرودسكوي
    // li-rūdskūy "to Rudskoy", from تصريحات لرودسكوي "statements of Rudskoy") is the person whose
    // last word is the rest (سيرغي رودسكوي), not a second person.
    if persons.len() == 2 {
        let clitic_of = |a: &str, b: &str| a.strip_prefix('ل').is_some_and(|r| r == b && r.chars().count() >= 3);
        let (a, b) = (&persons[0], &persons[1]);
        let one_word = |r: &Range<usize>| tokens.partition_point(|t| t.range.start < r.start) + 1 == tokens.partition_point(|t| t.range.end <= r.end);
        if clitic_of(&a.0, &b.0) && one_word(&a.1) {
            persons.remove(0);
        } else if clitic_of(&b.0, &a.0) && one_word(&b.1) {
            persons.remove(1);
        }
    }
    if persons.len() == 1 {
        persons.pop()
    } else {
        None
    }
}

/// Prepositions and relational words that put a name after a title into another role than the
/// title's holder (قال الوزير مع نظيره NAME "the minister said with his counterpart NAME"), as
/// search keys.
const NOT_APPOSED: &[&str] = &["مع", "عن", "الى", "الي", "على", "علي", "من", "لدى", "لدي", "ضد", "بين", "بعد", "قبل", "خلال", "حول", "عقب", "امام"];

/// Does a title carry the clitic ل li- "of, for" (للرئيس, لرئيس; not لواء liwāʾ "major
/// general", a title of its own)?
fn has_clitic_l(key: &str) -> bool {
    key.starts_with("لل") || (key.starts_with('ل') && coref::stem(key) != key)
}

/// Does a word keep a name after it out of a title's apposition: a preposition or relational
/// word (مع نظيره NAME), or an indefinite word with the clitic ل (لبي بي سي "to the BBC", a
/// medium tagged as a name).
fn blocks_apposition(key: &str) -> bool {
    let bare = key.strip_prefix('و').unwrap_or(key);
    NOT_APPOSED.contains(&key) || NOT_APPOSED.contains(&bare) || coref::stem(key).starts_with("نظير")
}

/// Is the word right before a name a genitive's head or a clitic ل, so that the name is no
/// apposition (محامية NAME "NAME's lawyer", لبي بي سي)?
fn not_apposed_before(tokens: &[Token], keys: &[String], k: usize) -> bool {
    k > 0 && tokens[k - 1].kind == TokenKind::Arabic && (coref::is_construct_title(&keys[k - 1]) || (keys[k - 1].starts_with('ل') && !keys[k - 1].starts_with("لل") && !coref::is_person_title(&keys[k - 1])))
}

/// Counts a comma at `key`; true once a second comma is passed (an apposition holds one).
fn past_second_comma(commas: &mut usize, key: &str) -> bool {
    if key == "،" {
        *commas += 1;
    }
    *commas > 1
}

/// Does token `k` end a title's apposition: a sentence or clause mark, a complementizer or a
/// reporting verb?
fn ends_apposition(text: &str, tokens: &[Token], keys: &[String], k: usize) -> bool {
    let t = &text[tokens[k].range.clone()];
    matches!(t, ":" | "." | "؟" | "!" | "؛" | "(" | ")" | "?") || super::THAT_SET.contains(&keys[k]) || super::is_reporting_verb(&keys[k])
}

/// Is token `k` a person title in the genitive of the word before it (مستشار الرئيس "the
/// president's adviser", للرئيس "of the president"): the title of another person?
fn genitive_title(tokens: &[Token], keys: &[String], k: usize) -> bool {
    let key = keys[k].as_str();
    coref::is_person_title(key) && (has_clitic_l(key) || (k > 0 && !key.starts_with('و') && tokens[k - 1].kind == TokenKind::Arabic && !is_definite(&keys[k - 1])))
}

/// (session 42, qholder) An explicit title speaker whose own mention goes on to its holder's
/// name (وقال المتحدث الرسمي باسم قوات "…" العقيد NAME "the official spokesman of the '…'
/// forces, Colonel NAME, said"; وقالت وزيرة النقل NAME; وقال ضابط الشرطة، NAME،) is named after
/// that name, whether or not the name speaks elsewhere (`title_holder_names` needs it to).
///
/// Guards: the mention opens with a person title after the verb; the name is the first tagged
/// person within 16 tokens, before a complementizer, colon, sentence end or reporting verb; no
/// preposition or relational word stands between (مع، عن، نظيره), and no second title is the
/// genitive of a word before it (مستشار الرئيس NAME "the president's adviser NAME", المتحدث
/// باسم الرئيس NAME, للرئيس NAME): the name then holds the inner title.
pub(super) fn name_apposed_holders(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    for q in out.iter_mut() {
        if q.speaker_source != super::SpeakerSource::Explicit {
            continue;
        }
        if q.speaker_head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person)) {
            continue;
        }
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let first = tok_at(m.start);
        if first >= tokens.len() || !coref::is_person_title(&keys[first]) || tokens[first].range.start < q.verb.end {
            continue;
        }
        let stop = (first + 16).min(tokens.len());
        let mut found = None;
        let mut commas = 0;
        for k in first + 1..stop {
            if q.content.start < tokens[k].range.end && tokens[k].range.start < q.content.end {
                break;
            }
            if ends_apposition(text, tokens, keys, k) {
                break;
            }
            if let Some(e) = ent_at[k] {
                if entities[e].kind == EntityType::Person {
                    found = Some(e).filter(|_| !not_apposed_before(tokens, keys, k));
                    break;
                }
            }
            if past_second_comma(&mut commas, &keys[k]) {
                break;
            }
            if tokens[k].kind != TokenKind::Arabic {
                continue;
            }
            if blocks_apposition(&keys[k]) || genitive_title(tokens, keys, k) {
                break;
            }
        }
        if let Some(r) = found.map(|e| entities[e].range.clone()) {
            q.speaker_head = Some(r);
            q.note_rule("apposed-holder");
        }
    }
}

/// The title words a person entity is introduced with, as stems: the words up to 16 tokens
/// before the name (within the sentence, not past another person, a complementizer or a
/// reporting verb; commas and quotation marks may stand between), and those right after a comma
/// after it (NAME، رئيس الفريق،). Going back from the name, a title that is the genitive of the
/// word before it (مستشار الرئيس NAME, المتحدث باسم الرئيس NAME) ends the introduction: the
/// words before it are another person's title.
fn introduction(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], start: usize, end: usize) -> Vec<String> {
    let is_person_at = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person);
    let mut words = Vec::new();
    if not_apposed_before(tokens, keys, start) {
        return words;
    }
    let mut commas = 0;
    let stops = |k: usize| ends_apposition(text, tokens, keys, k) || is_person_at(k);
    for j in (start.saturating_sub(16)..start).rev() {
        if stops(j) || blocks_apposition(&keys[j]) {
            break;
        }
        if past_second_comma(&mut commas, &keys[j]) {
            break;
        }
        if tokens[j].kind != TokenKind::Arabic {
            continue;
        }
        words.push(coref::stem(&keys[j]));
        if genitive_title(tokens, keys, j) {
            break;
        }
    }
    if end < tokens.len() && keys[end] == "،" {
        for j in end + 1..(end + 8).min(tokens.len()) {
            if stops(j) || keys[j] == "،" || blocks_apposition(&keys[j]) {
                break;
            }
            if tokens[j].kind == TokenKind::Arabic {
                words.push(coref::stem(&keys[j]));
            }
        }
    }
    words
}

/// (session 42, qholder) A definite title speaker named after the person the article introduces
/// with that title (المتحدث باسم الجيش … NAME, later وأكد المتحدث باسم الجيش "the army
/// spokesman stressed"), even when the article has several named speakers.
///
/// Guards: the mention is at most six words, opens with a person title, is definite and holds
/// no person; the persons introduced with the same title word are one person
/// (by last word), and that person's introduction holds every other word of the mention.
pub(super) fn name_introduced_holders(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    // (only an article with a speaker mention opening with a person title reads the introductions)
    let titled = out.iter().any(|q| q.speaker_head.clone().or_else(|| q.speaker.clone()).is_some_and(|m| keys.get(tok_at(m.start)).is_some_and(|k| coref::is_person_title(k))));
    if !titled {
        return;
    }
    let mut intros: Vec<(String, Range<usize>, Vec<String>)> = Vec::new();
    for (e, ent) in entities.iter().enumerate() {
        if ent.kind != EntityType::Person {
            continue;
        }
        let start = tok_at(ent.range.start);
        let end = tokens.partition_point(|t| t.range.end <= ent.range.end);
        if start >= end || ent_at[start] != Some(e) || keys[end - 1].is_empty() {
            continue;
        }
        let words = introduction(text, tokens, keys, ent_at, entities, start, end);
        if words.iter().any(|w| coref::is_person_title(w)) {
            intros.push((keys[end - 1].clone(), ent.range.clone(), words));
        }
    }
    if intros.is_empty() {
        return;
    }
    for q in out.iter_mut() {
        if q.speaker_head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person)) {
            continue;
        }
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let first = tok_at(m.start);
        let mut end = tokens.partition_point(|t| t.range.end <= m.end);
        // (the whole mention when the head is its title word alone)
        if let Some(sp) = q.speaker.clone().filter(|sp| sp.start == m.start && sp.end > m.end) {
            end = tokens.partition_point(|t| t.range.end <= sp.end);
        }
        if first >= end || end - first > 6 || !coref::is_person_title(&keys[first]) {
            continue;
        }
        if !(is_definite(&keys[first]) || (first + 1 < end && is_definite(&keys[first + 1]))) {
            continue;
        }
        if (first..end).any(|k| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person)) {
            continue;
        }
        let head = coref::stem(&keys[first]);
        let rest: Vec<String> = (first + 1..end).filter(|&k| tokens[k].kind == TokenKind::Arabic).map(|k| coref::stem(&keys[k])).collect();
        let with_head: Vec<&(String, Range<usize>, Vec<String>)> = intros.iter().filter(|(_, _, w)| w.contains(&head)).collect();
        let Some((last, _, _)) = with_head.first() else { continue };
        if with_head.iter().any(|(l, _, _)| l != last) {
            continue;
        }
        let Some((_, r, _)) = with_head.iter().filter(|(_, _, w)| rest.iter().all(|x| w.contains(x))).max_by_key(|(_, r, _)| r.len()) else { continue };
        q.speaker_head = Some(r.clone());
        q.note_rule("introduced-holder");
    }
}

/// Does token `k` close a title's holder name: the end of the text, a clause mark, a comma, a
/// quotation mark, a complementizer or a reporting verb?
fn closes_holder(text: &str, tokens: &[Token], keys: &[String], k: usize) -> bool {
    k >= tokens.len() || ends_apposition(text, tokens, keys, k) || keys[k] == "،" || matches!(&text[tokens[k].range.clone()], "\"" | "«" | "»" | "“" | "”" | ",")
}

/// Does a word (as written, and its search key) belong to a name, not to a title phrase or a
/// body's name: a word that is not definite as written (إليزابيت ilīzābīt "Elizabeth" opens with
/// إ, not with the article ال), not a title, not a body noun (شرطة، حركة) and not a
/// preposition?
fn name_like(written: &str, key: &str) -> bool {
    let bare = written.strip_prefix(['و', 'ف']).unwrap_or(written);
    key.chars().count() >= 2 && !bare.starts_with("ال") && !bare.starts_with("لل") && !coref::is_person_title(key) && !coref::is_body_noun(key) && !blocks_apposition(key) && !super::THAT_SET.contains(key) && !super::is_reporting_verb(key)
}

/// (session 44) The words of a hashtag of two or more Arabic words joined by underscores
/// (#NAME_NAME, a name written as one tag), without the sign; `None` for any other tag.
pub(super) fn hashtag_words(tag: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = tag.trim_start_matches('#').split('_').collect();
    (words.len() > 1 && words.iter().all(|w| !w.is_empty() && w.chars().all(marsad_text::chars::is_arabic_letter))).then_some(words)
}

/// (session 44, qtitle) The names of title holders the tagger did not tag as persons, for the
/// quote finder only (like `with_apposition_names`): a person title phrase (a person title and
/// up to six words of its genitive: title words, places, bodies, untagged words) ending in
///
/// * an organisation-tagged run of two to four name-like words (no definite word, title, body
///   noun or preposition: المتحدث باسم شرطة شرق جاوة NAME NAME NAME أن "the East Java police
///   spokesman NAME said that"; وقالت وزيرة النقل NAME NAME "…" "the transport minister NAME
///   said"), which becomes a person;
/// * a hashtag name of two or three name-like words joined by underscores (رئيسة وزراء
///   بريطانيا #NAME_NAME، إنها "the British prime minister #NAME_NAME said"), which becomes a
///   person of its own, cut out of a place or body entity the tagger ran it into;
///
/// when the name closes the phrase (a complementizer, a reporting verb, a comma, a quotation
/// mark, a clause mark or the end follows). Guards: the title is no entity; at least one word
/// stands between the title and the name (the title's genitive), and the word right before the
/// name is neither a title, a body noun, باسم bi-sm "in the name of" nor a definite ب/ل word
/// (باسم X, للX: the name is then the genitive, a body); the phrase stops at a person, a preposition, a complementizer, a
/// reporting verb or punctuation. None when nothing changes.
pub(super) fn with_mistagged_holders(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity]) -> Option<Vec<Entity>> {
    // (kind changes by entity index; new hashtag persons with the entity they are cut from)
    let mut to_person: Vec<usize> = Vec::new();
    let mut hashtags: Vec<(Range<usize>, Option<usize>)> = Vec::new();
    let tok_end = |e: usize| tokens.partition_point(|t| t.range.start < entities[e].range.end);
    for k in 0..tokens.len() {
        if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || !super::is_title_with_conj(&keys[k]) {
            continue;
        }
        let mut c = k + 1;
        while c < tokens.len() && c <= k + 7 {
            let prev_ok = c > k + 1 && tokens[c - 1].kind == TokenKind::Arabic && {
                let p = keys[c - 1].as_str();
                !coref::is_person_title(p) && !coref::is_body_noun(p) && p != "باسم" && !p.starts_with("بال") && !p.starts_with("لل")
            };
            match (tokens[c].kind, ent_at[c]) {
                (_, Some(e)) if entities[e].kind == EntityType::Person => break,
                (TokenKind::Hashtag, owner) => {
                    let names = hashtag_words(&text[tokens[c].range.clone()]).is_some_and(|parts| parts.len() <= 3 && parts.iter().all(|p| name_like(p, &search_key(p))));
                    if names && prev_ok && closes_holder(text, tokens, keys, c + 1) && owner.is_none_or(|e| tok_end(e) == c + 1) {
                        hashtags.push((tokens[c].range.clone(), owner));
                    }
                    break;
                }
                (_, Some(e)) if entities[e].kind == EntityType::Organization && entities[e].range.start == tokens[c].range.start => {
                    let end = tok_end(e);
                    let words = c..end;
                    if prev_ok && (2..=4).contains(&words.len()) && words.clone().all(|j| tokens[j].kind == TokenKind::Arabic && name_like(&text[tokens[j].range.clone()], &keys[j])) && closes_holder(text, tokens, keys, end) {
                        to_person.push(e);
                        break;
                    }
                    c += 1;
                }
                // (a place or body inside the phrase, word by word: a hashtag the tagger ran
                // into it is looked at on its own)
                (TokenKind::Arabic, Some(_)) => c += 1,
                (TokenKind::Arabic, None) if !blocks_apposition(&keys[c]) && keys[c] != "في" && !super::THAT_SET.contains(&keys[c]) && !super::is_reporting_verb(&keys[c]) => c += 1,
                _ => break,
            }
        }
    }
    if to_person.is_empty() && hashtags.is_empty() {
        return None;
    }
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len() + hashtags.len());
    for (i, e) in entities.iter().enumerate() {
        let mut e = e.clone();
        if to_person.contains(&i) {
            e.kind = EntityType::Person;
        }
        if let Some((r, _)) = hashtags.iter().find(|(_, o)| *o == Some(i)) {
            // (the part before the hashtag stays the entity it was: بريطانيا)
            let before = tokens[..tokens.partition_point(|t| t.range.start < r.start)].iter().rev().find(|t| t.range.end <= r.start && t.range.start >= e.range.start);
            match before {
                Some(t) if t.kind != TokenKind::Punct => e.range = e.range.start..t.range.end,
                _ => continue,
            }
        }
        out.push(e);
    }
    out.extend(hashtags.into_iter().map(|(r, _)| Entity { range: r, kind: EntityType::Person, country: None }));
    out.sort_by_key(|e| (e.range.start, e.range.end));
    Some(out)
}
