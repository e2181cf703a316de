//! (session 39, qnat) A title speaker with a nationality (الوزيرة الكورية الجنوبية al-wazīra
//! al-kūriyya al-janūbiyya "the South Korean minister", رئيس الوزراء الاردني "the Jordanian prime
//! minister") named after the one person the article introduces with that nationality
//! (docs/quotes.md, "Speaker names": a title mention is named after its holder).
//!
//! The speaker mention (at most six words, no person in it) opens with a person title and holds
//! the nationality of exactly one country (an adjective or a country name the tagger marked:
//! وزير خارجية كوريا الجنوبية). A person entity of the article (or a hashtag name, as in رئيس
//! الحكومة، #NAME) is a candidate when the words before it (up to seven, within the sentence, not
//! past another person or a complementizer) name that country and no other, and either
//!
//! * the nearest title there is the same office: the same head noun of the same gender or a
//!   synonym of [`HEAD_SYNONYMS`] (الزعيم ~ الرئيس), with the same word after it or none on both
//!   sides (رئيس الوزراء ~ رئيس الحكومة count as one); or
//! * there is no title there, the speaker's title is a head noun and its nationality only, and
//!   the window is the nationality adjective alone, between another person and the name, in the
//!   gender of the speaker's title (NAME1 والكورية الجنوبية NAME2 "NAME1 and the South Korean
//!   NAME2").
//!
//! The quote is named only when all candidates are one person (the same last word). Quotes whose
//! head is already a person are left alone.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::{coref, naming, Quote, THAT_SET};

/// Head nouns of one office (stems without the feminine ending): زعيم "leader" ~ رئيس
/// "president".
const HEAD_SYNONYMS: &[&[&str]] = &[&["زعيم", "رييس"]];

/// Role nouns too generic to pick out one office (مسوول "official", دبلوماسي "diplomat").
const GENERIC: &[&str] = &["مسوول", "مسووله", "دبلوماسي", "دبلوماسيه", "مصدر"];

fn base(w: &str) -> &str {
    w.strip_suffix('ه').unwrap_or(w)
}

/// A role noun (comparison stem): a person title of the finder, a role noun of the naming pass,
/// or قايم (القائم بالاعمال "the chargé d'affaires").
fn is_role(stem: &str) -> bool {
    coref::is_person_title(stem) || naming::is_role_noun(stem) || matches!(stem, "قايم" | "قايمه")
}

fn same_head(a: &str, b: &str) -> bool {
    a.ends_with('ه') == b.ends_with('ه') && (base(a) == base(b) || HEAD_SYNONYMS.iter().any(|g| g.contains(&base(a)) && g.contains(&base(b))))
}

fn same_second(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => base(a) == base(b) || (matches!(a.as_str(), "وزراء" | "حكومه") && matches!(b.as_str(), "وزراء" | "حكومه")),
        _ => false,
    }
}

fn is_function(stem: &str) -> bool {
    matches!(stem, "باسم" | "في" | "من" | "عن" | "لدي" | "الي" | "علي" | "رسمي")
}

/// Renames title-with-nationality speakers to the one person introduced with that nationality.
pub(super) fn name_national_titles(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let country_at = |k: usize, places: bool| -> Option<&str> {
        let e = &entities[ent_at[k]?];
        (e.kind == EntityType::Nationality || (places && e.kind == EntityType::Location)).then_some(())?;
        e.country.as_ref().map(|c| c.as_str())
    };
    let is_person = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Person);
    let contents: Vec<Range<usize>> = out.iter().map(|q| q.content.clone()).collect();
    // A title phrase: its head stem, the word after it (no nationality, no function word).
    let office = |from: usize, to: usize| -> Option<(String, Option<String>)> {
        let h = (from..to).find(|&k| tokens[k].kind == TokenKind::Arabic && is_role(&coref::stem(&keys[k])))?;
        let second = (h + 1..to)
            .filter(|&k| tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none())
            .map(|k| coref::stem(&keys[k]))
            .find(|s| !is_function(s));
        Some((coref::stem(&keys[h]), second))
    };
    // The candidates: (range, last word) for every person or hashtag name, with its window.
    let mut cands: Vec<(Range<usize>, String, usize, usize)> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let (start, end, last) = if is_person(k) {
            let e = ent_at[k].unwrap_or_default();
            let mut m = k;
            while m + 1 < tokens.len() && ent_at[m + 1] == Some(e) {
                m += 1;
            }
            (k, m + 1, keys[m].clone())
        } else if tokens[k].kind == TokenKind::Hashtag && text[tokens[k].range.clone()].contains('_') {
            let s = &text[tokens[k].range.clone()];
            let words: Vec<String> = s.trim_start_matches('#').split('_').map(|w| search_key(w).into_owned()).collect();
            if words.first().is_some_and(|w| is_role(&coref::stem(w)) || coref::is_body_noun(w)) || words.len() > 4 {
                k += 1;
                continue;
            }
            (k, k + 1, words.last().cloned().unwrap_or_default())
        } else {
            k += 1;
            continue;
        };
        let r = tokens[start].range.start..tokens[end - 1].range.end;
        if !contents.iter().any(|c| c.start <= r.start && r.start < c.end) {
            // The window: back up to seven tokens, not past sentence punctuation, a person or a
            // complementizer.
            let mut from = start;
            while from > 0 && start - from < 7 {
                let j = from - 1;
                let s = &text[tokens[j].range.clone()];
                if is_person(j) || THAT_SET.contains(&keys[j]) || (tokens[j].kind == TokenKind::Punct && !matches!(s, "،" | ",")) || tokens[j].kind == TokenKind::Hashtag {
                    break;
                }
                from = j;
            }
            cands.push((r, last, from, start));
        }
        k = end;
    }
    if cands.is_empty() {
        return;
    }
    for q in out.iter_mut() {
        let Some(sp) = naming::named_head(q) else { continue };
        let persons = |r: &Range<usize>| entities.iter().any(|e| e.kind == EntityType::Person && e.range.start < r.end && r.start < e.range.end);
        if persons(&sp) || q.speaker.as_ref().is_some_and(persons) {
            continue;
        }
        let (sf, sl) = (tok_at(sp.start), tokens.partition_point(|t| t.range.end <= sp.end));
        if sl <= sf || sl - sf > 6 || (sf..sl).any(|j| tokens[j].kind != TokenKind::Arabic) {
            continue;
        }
        let first = (sf..sl).find(|&j| !matches!(keys[j].as_str(), "و" | "نفس" | "ذات")).unwrap_or(sf);
        let head = coref::stem(&keys[first]);
        if !is_role(&head) || GENERIC.contains(&head.as_str()) {
            continue;
        }
        let mut countries: Vec<&str> = (sf..sl).filter_map(|j| country_at(j, true)).collect();
        countries.dedup();
        let [country] = countries[..] else { continue };
        let Some((_, second)) = office(first, sl) else { continue };
        let feminine = head.ends_with('ه');
        let fits = |&(ref r, _, from, start): &(Range<usize>, String, usize, usize)| -> bool {
            if r.start < sp.end && sp.start < r.end {
                return false;
            }
            let mut cs: Vec<&str> = (from..start).filter_map(|j| country_at(j, false)).collect();
            cs.dedup();
            if cs != [country] {
                return false;
            }
            // the nearest title before the name
            let role = (from..start).rev().find(|&j| tokens[j].kind == TokenKind::Arabic && is_role(&coref::stem(&keys[j])));
            match role {
                Some(h) => {
                    let Some((wh, wsecond)) = office(h, start) else { return false };
                    same_head(&head, &wh) && same_second(&second, &wsecond)
                }
                None => {
                    // a bare title (head and nationality) and a window that is the adjective
                    // alone, right before the name, in the speaker's gender (NAME1 والNAT NAME2:
                    // the window stopped at the other person)
                    let j = start - 1;
                    let Some(e) = ent_at[j].filter(|&e| entities[e].kind == EntityType::Nationality) else { return false };
                    let a = tok_at(entities[e].range.start);
                    second.is_none() && a == from && from > 0 && is_person(from - 1) && keys[a].ends_with('ه') == feminine
                }
            }
        };
        let Some(best) = super::one_person(cands.iter().filter(|c| fits(c)).map(|c| (c.0.clone(), &c.1))) else { continue };
        q.speaker_head = Some(best);
        q.note_rule("nat-title");
    }
}

/// (session 39, qnat) The same title speakers named through the knowledge base: the article
/// introduces the holder with the bare title (الرئيس NAME "President NAME") and never with the
/// nationality, which the knowledge base gives (`country_of`: the country code of the known
/// person whose name covers a range, as the actor resolver reads it at the publication date).
/// A person entity right after a title of the same office (head noun or synonym, same gender;
/// the speaker's title no more than its head and nationality) whose country is the speaker's
/// nationality is a candidate; the quote is named only when the candidates are one person.
/// Run by the engine after its actor naming, for quotes whose head is still no person.
pub fn name_national_titles_by_country(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote], country_of: &dyn Fn(&Range<usize>) -> Option<String>) {
    // keys of the few words read, on demand (no per-document key array)
    let key = |k: usize| super::key_of(text, &tokens[k]);
    let ent_at = super::entity_index(tokens, entities);
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    let persons = |r: &Range<usize>| entities.iter().any(|e| e.kind == EntityType::Person && e.range.start < r.end && r.start < e.range.end);
    let contents: Vec<Range<usize>> = quotes.iter().map(|q| q.content.clone()).collect();
    for q in quotes.iter_mut() {
        let Some(sp) = naming::named_head(q) else { continue };
        if persons(&sp) || q.speaker.as_ref().is_some_and(persons) {
            continue;
        }
        let (sf, sl) = (tok_at(sp.start), tokens.partition_point(|t| t.range.end <= sp.end));
        if sl <= sf || sl - sf > 4 || (sf..sl).any(|j| tokens[j].kind != TokenKind::Arabic) {
            continue;
        }
        let first = if key(sf) == "و" { sf + 1 } else { sf };
        if first >= sl {
            continue;
        }
        let head = coref::stem(&key(first));
        if !is_role(&head) || GENERIC.contains(&head.as_str()) {
            continue;
        }
        if first + 1 >= sl {
            continue;
        }
        // the title is the head and one nationality adjective, nothing else; or (session 42,
        // qnat2) the head, at most one construct noun and a country name in the genitive (وزير
        // خارجية ألمانيا "Germany's foreign minister"), read as the nationality of that country
        let nat = ent_at[first + 1].filter(|&e| entities[e].kind == EntityType::Nationality);
        let gen = (first + 1..sl).find(|&j| ent_at[j].is_some()).filter(|&j| j <= first + 2 && (first + 1..j).all(|m| !is_role(&coref::stem(&key(m))) && !is_function(&coref::stem(&key(m))))).and_then(|j| ent_at[j]).filter(|&e| entities[e].kind == EntityType::Location);
        let Some(e) = nat.or(gen) else { continue };
        let from = tok_at(entities[e].range.start);
        if (from..sl).any(|j| ent_at[j] != Some(e)) {
            continue;
        }
        let Some(country) = entities[e].country.as_ref().map(|c| c.as_str().to_string()) else { continue };
        let last = |r: &Range<usize>| text[r.clone()].split_whitespace().last().map(|w| search_key(w).into_owned());
        let found = entities.iter().filter(|p| p.kind == EntityType::Person).filter_map(|p| {
            let k = tok_at(p.range.start);
            if k == 0 || k >= tokens.len() || contents.iter().any(|c| c.start <= p.range.start && p.range.start < c.end) {
                return None;
            }
            let t = if tokens[k - 1].kind == TokenKind::Arabic { coref::stem(&key(k - 1)) } else { String::new() };
            (is_role(&t) && same_head(&head, &t) && country_of(&p.range).as_deref() == Some(country.as_str())).then(|| (p.range.clone(), last(&p.range)))
        });
        if let Some(r) = super::one_person(found) {
            q.speaker_head = Some(r);
            q.note_rule("nat-title-kb");
            continue;
        }
        // (session 42, qnat2) no holder introduced with the title: the article's one person of
        // that country, when no mention of that person follows a title of another office
        let of_country: Vec<&Entity> = entities.iter().filter(|p| p.kind == EntityType::Person && country_of(&p.range).as_deref() == Some(country.as_str())).collect();
        let Some(r) = super::one_person(of_country.iter().map(|p| (p.range.clone(), last(&p.range)))) else { continue };
        let other_office = of_country.iter().any(|p| {
            // the nearest title up to three words before the name
            let k = tok_at(p.range.start);
            (k.saturating_sub(3)..k).rev().take_while(|&j| tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none_or(|e| entities[e].kind != EntityType::Person)).map(|j| coref::stem(&key(j))).find(|t| is_role(t)).is_some_and(|t| !same_head(&head, &t))
        });
        if !other_office && !contents.iter().any(|c| c.start <= r.start && r.start < c.end) {
            q.speaker_head = Some(r);
            q.note_rule("nat-title-kb-one");
        }
    }
}
