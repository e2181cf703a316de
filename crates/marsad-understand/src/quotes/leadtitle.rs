//! (session 40, qdoc) The news lead's indefinite title named after the person the article then
//! introduces (docs/quotes.md, "Speaker names": a title mention is named after its holder when
//! the article names the holder anywhere). Arabic news opens with an indefinite description of
//! the speaker and names them a few sentences on: حذر مسؤول عسكري سابق … وأضاف NAME، الوكيل
//! السابق لوزارة الدفاع "a former military official warned … NAME, the former under-secretary
//! of defence, added"; تعرضت عضوة برلمان لانتقاد بعد أن حثت … وقالت NAME، عضوة البرلمان "a
//! member of parliament was criticised after she urged … NAME, the member of parliament, said".
//!
//! Precision guards:
//! - the mention is in the article's first sentence, one to six words, indefinite (no article
//!   on its first word), opening with a person title, no person or organisation entity in it,
//!   and not said to be anonymous (طلب/رفض/فضل عدم الكشف … "asked not to be named");
//! - the holder is the first person entity after the mention that heads a quote, within the
//!   next four sentences, not written (by its last word) in the lead sentence;
//! - a word of the mention past a generic head (مسؤول "official": its modifiers; another title:
//!   the title too) comes back, by its stem, in the words around the person's mention in that
//!   quote (its apposed title); (session 51) or, for a generic head, the holder carries a
//!   person title right before the name that is the same generic title made definite
//!   (المسؤول NAME), or any person title when the lead gives the official no other word.
//!
//! (session 55, qtitle) Anywhere in the article, not only in the lead, the same indefinite title
//! is named after the person who goes on with its words in the very next quote: وقال مسؤول
//! إماراتي كبير إن … وأضاف NAME، وزير الدولة … أن … "a senior Emirati official said that …
//! NAME, the minister of state, added that …". The continuation verb (أضاف "added", تابع "went
//! on", see `naming::continues_speaker`) ties the two mentions, so no word of the title needs
//! to come back; guards: the next quote's own subject right after its verb (at most a person
//! title between) is a person entity, both verbs have one gender, at most one sentence end
//! between the first quote's message and that verb, and no anonymity clause after the mention.
//! (A person entity made of a title and nisba adjectives only, جنرال روسي "a Russian general",
//! is the tagger's mistake for an indefinite title and is read as one.)

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::{coref, naming, Quote, SpeakerSource};

/// Generic heads (search keys without the article): an official of any office.
const GENERIC: &[&str] = &["مسوول", "مسووله"];

/// Words of a description that tell no office apart (search keys without the article):
/// prepositions and the adjectives of rank كبير/رفيع/بارز "senior/high/prominent".
fn uninformative(w: &str) -> bool {
    matches!(w, "في" | "من" | "عن" | "لدي" | "الي" | "علي" | "باسم" | "كبير" | "كبيره" | "رفيع" | "رفيعه" | "بارز" | "بارزه" | "المستوي" | "مستوي")
}

/// A word's comparison stem: no conjunction, article or preposition clitic, no nisba, feminine
/// or plural ending (نقابي ~ نقابات, الأميركية ~ أميركي, البرلمان ~ برلمان).
fn word_stem(key: &str) -> &str {
    let mut k = key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3).unwrap_or(key);
    for p in ["بال", "لل", "ال", "ل"] {
        if let Some(r) = k.strip_prefix(p) {
            if r.chars().count() >= 3 {
                k = r;
                break;
            }
        }
    }
    for s in ["يه", "ات", "ين", "ون", "ي", "ه"] {
        if let Some(r) = k.strip_suffix(s) {
            if r.chars().count() >= 3 {
                return r;
            }
        }
    }
    k
}

/// An anonymity clause after the mention: (طلب|رفض|فضل|اشترط) عدم الكشف/ذكر "asked not to be
/// named", لم يكشف/يذكر اسمه, (مجهول) "unnamed".
fn anonymous(keys: &[String], end: usize) -> bool {
    let window = &keys[end..keys.len().min(end + 8)];
    window.iter().any(|k| matches!(k.as_str(), "عدم" | "هويته" | "هويتها" | "اسمه" | "اسمها" | "مجهول" | "مجهوله"))
}

/// Renames quotes whose speaker is the lead's indefinite title to the person named after it.
pub(super) fn name_lead_titles(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let is_end = |i: usize| coref::is_sentence_end(&keys[i]);
    let Some(lead_end) = (0..tokens.len()).find(|&i| is_end(i)) else { return };
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].verb.start);
    let mut named: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for &qi in &order {
        let Some(m) = out[qi].speaker_head.clone().or_else(|| out[qi].speaker.clone()) else { continue };
        if named.iter().any(|(r, _)| *r == m) {
            continue;
        }
        let first = tok_at(m.start);
        let end = tokens.partition_point(|t| t.range.end <= m.end);
        if first >= end || end - first > 6 {
            continue;
        }
        let continued = continued_by(tokens, keys, ent_at, entities, out, &order, qi);
        if end > lead_end && continued.is_none() {
            continue;
        }
        if (first..end).any(|k| tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some_and(|e| matches!(entities[e].kind, EntityType::Organization) || (entities[e].kind == EntityType::Person && !title_only_person(tokens, keys, &entities[e])))) {
            continue;
        }
        let head = keys[first].strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3).unwrap_or(&keys[first]);
        // (a feminine title as its masculine: عضوة ~ عضو "member")
        let title = coref::is_person_title(head) || head.strip_suffix('ه').is_some_and(coref::is_person_title);
        if head.starts_with("ال") || !(title || GENERIC.contains(&head)) {
            continue;
        }
        // the adjectives right after the mention belong to it (مسؤول نقابي، مسؤول عسكري أميركي
        // سابق: the finder's mention may stop at the head)
        let nationality = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Nationality);
        let adjective = |k: usize| {
            let w = keys[k].as_str();
            tokens[k].kind == TokenKind::Arabic && (nationality(k) || (ent_at[k].is_none() && w.chars().count() >= 3 && !matches!(w, "علي" | "لدي") && !w.starts_with("ال") && !w.starts_with('و') && (super::naming::has_nisba_ending(w) || w.ends_with("يا") || matches!(w, "سابق" | "سابقه" | "سابقا" | "كبير" | "كبيره" | "بارز" | "بارزه" | "رفيع"))))
        };
        let mut end_ext = end;
        while end_ext < tokens.len() && end_ext < end + 4 && adjective(end_ext) {
            end_ext += 1;
        }
        if anonymous(keys, end_ext) {
            continue;
        }
        let generic = GENERIC.contains(&head);
        let words: Vec<&str> = (first..end_ext).filter(|&k| !(generic && k == first)).map(|k| keys[k].as_str()).filter(|w| !uninformative(w)).map(word_stem).collect();
        // (session 55, qtitle) the person who goes on with the title's words in the next quote
        if let Some(h) = continued {
            named.push((m, h));
            continue;
        }
        // (session 51, qtitle) a bare generic head (قال مسؤول "an official said") has no word to
        // compare; it is taken by a titled holder below
        if words.is_empty() && !generic {
            continue;
        }
        // the first person entity after the mention heading a quote, within four sentences
        let holder = order.iter().map(|&i| &out[i]).filter(|o| o.verb.start > m.end).find_map(|o| {
            let h = o.speaker_head.clone()?;
            entities.iter().any(|e| e.range == h && e.kind == EntityType::Person).then_some(h)
        });
        let Some(h) = holder else { continue };
        let hf = tok_at(h.start);
        let hl = tokens.partition_point(|t| t.range.end <= h.end);
        if hf <= end || (end..hf).filter(|&i| is_end(i)).count() > 4 {
            continue;
        }
        let last = keys[hl - 1].as_str();
        if (0..=lead_end).any(|k| keys[k] == last) {
            continue;
        }
        // the words around the person's mention, in its sentence
        let lo = (hf.saturating_sub(14)..hf).rev().take_while(|&i| !is_end(i)).last().unwrap_or(hf);
        let hi = (hl..tokens.len().min(hl + 14)).take_while(|&i| !is_end(i)).last().map_or(hl, |i| i + 1);
        // (a hashtag's words too: بين #نقابات وجمعيات "between the #unions and associations")
        let tags: Vec<String> = (lo..hf).chain(hl..hi).filter(|&k| tokens[k].kind == TokenKind::Hashtag).flat_map(|k| text[tokens[k].range.clone()].trim_start_matches('#').split('_').map(|w| search_key(w).into_owned()).collect::<Vec<_>>()).collect();
        let mut around: Vec<&str> = (lo..hf).chain(hl..hi).filter(|&k| tokens[k].kind == TokenKind::Arabic).map(|k| word_stem(&keys[k])).collect();
        around.extend(tags.iter().map(|w| word_stem(w)));
        // (session 51, qtitle) a generic head is also the holder's when the holder carries a
        // person title of their own right before the name (no punctuation but a comma between):
        // the same generic title made definite (مسؤول … وقال المسؤول NAME "an official … the
        // official NAME said"), or any title when the lead gives the official no other word
        // (قال مسؤول … وقال مدير المكتب NAME "an official said … the office director NAME said")
        let own_titles: Vec<&str> = (hf.saturating_sub(8)..hf)
            .rev()
            .take_while(|&j| (tokens[j].kind != TokenKind::Punct || keys[j] == "،") && ent_at[j].is_none_or(|e| entities[e].kind != EntityType::Person))
            .map(|j| keys[j].as_str())
            .filter(|k| coref::is_person_title(k))
            .collect();
        let same_generic = generic && own_titles.iter().any(|k| k.strip_prefix("ال") == Some(head));
        // (not a spokesman, المتحدث باسم المكتب NAME: news keeps "an official" of an office and its
        // spokesman apart)
        let bare_titled = generic && words.is_empty() && !own_titles.is_empty() && !own_titles.iter().any(|k| super::is_spokesman_noun(&coref::stem(k)));
        if !(same_generic || bare_titled || words.iter().any(|w| around.contains(w))) {
            continue;
        }
        named.push((m, h));
    }
    if named.is_empty() {
        return;
    }
    for q in out.iter_mut() {
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        if let Some((_, h)) = named.iter().find(|(r, _)| *r == m) {
            q.speaker_head = Some(h.clone());
            q.note_rule("lead-title-holder");
        }
    }
}

/// (session 55, qtitle) A person entity the tagger made of an indefinite person title and nisba
/// adjectives only (جنرال روسي jinirāl rūsī "a Russian general"): no name, an indefinite title.
fn title_only_person(tokens: &[Token], keys: &[String], e: &Entity) -> bool {
    let f = tokens.partition_point(|t| t.range.start < e.range.start);
    let l = tokens.partition_point(|t| t.range.end <= e.range.end);
    f + 1 < l && !keys[f].starts_with("ال") && coref::is_person_title(&keys[f]) && (f + 1..l).all(|k| !keys[k].starts_with("ال") && naming::has_nisba_ending(&keys[k]))
}

/// (session 55, qtitle) The holder of quote `qi`'s indefinite title when the next quote (in
/// verb order) goes on with its words: a continuation verb (`naming::continues_speaker`) of the
/// same gender, an explicit subject right after it (at most two person-title words between)
/// that is a person entity, and at most one sentence end between `qi`'s message and that verb.
fn continued_by(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &[Quote], order: &[usize], qi: usize) -> Option<Range<usize>> {
    let p = &out[qi];
    let pos = order.iter().position(|&i| i == qi)?;
    let n = &out[*order.get(pos + 1)?];
    if n.speaker_source != SpeakerSource::Explicit || p.verb.is_empty() || n.verb.is_empty() || n.verb.start < p.content.end {
        return None;
    }
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let (pv, nv) = (tok_at(p.verb.start), tok_at(n.verb.start));
    if pv >= tokens.len() || nv >= tokens.len() || !naming::continues_speaker(&keys[nv]) || naming::feminine_verb(&keys[pv]) != naming::feminine_verb(&keys[nv]) {
        return None;
    }
    let h = n.speaker_head.clone()?;
    let e = entities.iter().find(|e| e.range == h && e.kind == EntityType::Person)?;
    if title_only_person(tokens, keys, e) {
        return None;
    }
    let hf = tok_at(h.start);
    if hf <= nv || hf - nv > 3 || (nv + 1..hf).any(|k| tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || !coref::is_person_title(&keys[k])) {
        return None;
    }
    let from = tok_at(p.content.end);
    ((from..nv).filter(|&k| coref::is_sentence_end(&keys[k])).count() <= 1).then_some(h)
}
