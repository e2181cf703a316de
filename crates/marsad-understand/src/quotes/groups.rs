//! (session 38) Group, dual and document speakers named by their members or issuer.
//!
//! The guidelines name a speaker by the referent's fullest name in the article, and two
//! coordinated speakers make one quote naming both. A group noun stands for members the article
//! named before it:
//!
//! * a dual (الجانبان al-jānibān "the two sides", الشيخان aš-šayḫān "the two sheikhs",
//!   المسؤولان al-masʾūlān "the two officials") is named by the nearest coordination of exactly
//!   two names before it (X وY); failing that, by the two distinct named speakers of the quotes
//!   just before it;
//! * a counted plural (الدول الاربع ad-duwal al-arbaʿ "the four states") is named by the nearest
//!   coordination of exactly that many names before it;
//! * a report (التقرير at-taqrīr "the report") is named by its issuer when the article cites it
//!   as تقرير ORG (construct: the organisation) or تقرير لـX (kept as written, "a report of X").
//!
//! A pass over the finished quotes (after the citation names): only `speaker_name` changes, the
//! ranges stay the provenance. Pure: no I/O.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::Quote;

/// Dual stems (search keys, without ال and the dual ending ان/ين) of nouns for persons.
const PERSON_DUALS: &[&str] = &["شيخ", "مسوول", "وزير", "رئيس", "زعيم", "زوج", "رجل", "قائد", "سفير", "نائب", "مرشح", "مبعوث", "ملك", "امير"];
/// Dual stems of nouns for parties, states and bodies.
const BODY_DUALS: &[&str] = &["جانب", "طرف", "بلد", "دولت", "جناح", "حزب", "فصيل", "حركت", "منظمت", "تنظيم"];

/// Dual stems whose sound plural also ends in ين (المسؤولين "the officials").
const SOUND_PLURALS: &[&str] = &["مسوول", "نائب", "مرشح", "مبعوث"];

/// The counted plurals' numerals (search keys after ال).
const NUMERALS: &[(&str, usize)] = &[("ثلاث", 3), ("ثلاثه", 3), ("اربع", 4), ("اربعه", 4), ("خمس", 5), ("خمسه", 5), ("ست", 6), ("سته", 6), ("سبع", 7), ("سبعه", 7)];

/// How far back (bytes) the members may be named.
const WINDOW: usize = 1500;

enum Group {
    /// A dual: `true` for persons.
    Dual(bool),
    Counted(usize),
    Report,
}

fn key_of(text: &str, t: &Token) -> String {
    if t.kind != TokenKind::Arabic {
        return String::new();
    }
    text.get(t.range.clone()).map(|s| search_key(s).into_owned()).unwrap_or_default()
}

/// The word without a leading و "and".
fn unconj(k: &str) -> &str {
    match k.strip_prefix('و') {
        Some(r) if r.starts_with("ال") || r == "تقرير" => r,
        _ => k,
    }
}

fn dual(k: &str) -> Option<bool> {
    let r = unconj(k).strip_prefix("ال")?;
    // (ين is also the oblique of a sound plural: only for nouns whose plural is broken)
    let (stem, oblique) = match r.strip_suffix("ان") {
        Some(s) => (s, false),
        None => (r.strip_suffix("ين")?, true),
    };
    if oblique && SOUND_PLURALS.contains(&stem) {
        return None;
    }
    if PERSON_DUALS.contains(&stem) {
        Some(true)
    } else if BODY_DUALS.contains(&stem) {
        Some(false)
    } else {
        None
    }
}

fn numeral(k: &str) -> Option<usize> {
    let r = k.strip_prefix("ال")?;
    NUMERALS.iter().find(|(w, _)| *w == r).map(|&(_, n)| n)
}

/// The group noun heading the speaker mention `h`, if any.
fn group_of(text: &str, tokens: &[Token], entities: &[Entity], h: &Range<usize>) -> Option<Group> {
    let lo = tokens.partition_point(|t| t.range.start < h.start);
    let hi = lo + tokens[lo..].partition_point(|t| t.range.end <= h.end);
    if hi <= lo || hi - lo > 8 {
        return None;
    }
    let keys: Vec<String> = tokens[lo..hi].iter().map(|t| key_of(text, t)).collect();
    let named = entities.iter().any(|e| e.range.start < h.end && h.start < e.range.end && matches!(e.kind, EntityType::Person | EntityType::Organization | EntityType::Location));
    // a report without an issuer of its own
    if !named && matches!(unconj(&keys[0]), "تقرير" | "التقرير") {
        return Some(Group::Report);
    }
    for (i, k) in keys.iter().enumerate() {
        if let Some(p) = dual(k) {
            return Some(Group::Dual(p));
        }
        if i == 0 && unconj(k).starts_with("ال") {
            if let Some(n) = keys.get(1).and_then(|k| numeral(k)) {
                return Some(Group::Counted(n));
            }
        }
    }
    None
}

/// Coordinations of names (X وY، X، Y وZ) in text order: the entity indexes of each.
fn coordinations(text: &str, entities: &[Entity], quotes: &[Quote]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let ok = |e: &Entity| matches!(e.kind, EntityType::Person | EntityType::Organization | EntityType::Location);
    for (i, e) in entities.iter().enumerate() {
        if !ok(e) {
            continue;
        }
        if let Some(&p) = cur.last() {
            let gap = text.get(entities[p].range.end..e.range.start).unwrap_or("x").trim();
            let glued = gap.is_empty() && text.get(e.range.clone()).is_some_and(|t| t.starts_with('و'));
            let joined = glued || matches!(gap, "و" | "،" | "، و" | "،و" | "," | ", و");
            if joined && entities[p].kind == e.kind {
                cur.push(i);
                continue;
            }
            if cur.len() >= 2 {
                out.push(std::mem::take(&mut cur));
            }
            cur.clear();
        }
        cur.push(i);
    }
    if cur.len() >= 2 {
        out.push(cur);
    }
    // a list ends in و "and" (X، Y alone is an apposition), and is narration, not a quotation
    out.retain(|c| {
        let (a, b) = (c[c.len() - 2], c[c.len() - 1]);
        let (s, e) = (entities[c[0]].range.start, entities[b].range.end);
        text.get(entities[a].range.end..entities[b].range.end).is_some_and(|g| g.trim_start().starts_with('و') || g.contains(" و") || g.starts_with('و')) && !quotes.iter().any(|q| q.content.start <= s && e <= q.content.end)
    });
    out
}

/// The nearest coordination of exactly `n` names ending before `at`, within the window.
fn members(text: &str, entities: &[Entity], coords: &[Vec<usize>], at: usize, n: usize, persons: Option<bool>) -> Option<String> {
    let c = coords.iter().rev().find(|c| {
        let end = entities[*c.last().unwrap_or(&0)].range.end;
        end <= at && at - end <= WINDOW && c.len() == n
    })?;
    let kind = entities[c[0]].kind;
    match persons {
        Some(true) if kind != EntityType::Person => return None,
        Some(false) if kind == EntityType::Person => return None,
        _ => {}
    }
    Some(text.get(entities[c[0]].range.start..entities[c[n - 1]].range.end)?.to_string())
}

/// The report's issuer as the article cites it: تقرير ORG → ORG; تقرير لـX … → the phrase.
fn report_issuer(text: &str, tokens: &[Token], entities: &[Entity]) -> Option<String> {
    for (i, t) in tokens.iter().enumerate() {
        let k = key_of(text, t);
        if unconj(&k) != "تقرير" {
            continue;
        }
        let start = t.range.end - "تقرير".len();
        let Some(next) = tokens.get(i + 1) else { continue };
        let nk = key_of(text, next);
        // construct: تقرير ORG, or تقرير + a body noun + ORG (تقرير منظمة X)
        let second = tokens.get(i + 2).map_or(next.range.start, |t| t.range.start);
        if let Some(e) = entities.iter().find(|e| e.range.start >= next.range.start && e.range.start <= second && e.kind == EntityType::Organization) {
            if !nk.starts_with('ل') {
                let from = if e.range.start == next.range.start { e.range.start } else { next.range.start };
                return text.get(from..e.range.end).filter(|p| !p.contains(['،', ',', '.'])).map(str::to_string);
            }
        }
        // تقرير لـX: a ل phrase ending in a name within three words
        if nk.starts_with('ل') && nk.chars().count() > 3 {
            let lim = tokens.get(i + 3).map_or(text.len(), |t| t.range.end);
            if let Some(e) = entities.iter().find(|e| e.range.start >= next.range.start && e.range.start < lim && matches!(e.kind, EntityType::Organization | EntityType::Person)) {
                let phrase = text.get(start..e.range.end)?;
                if !phrase.contains(['،', ',', '.']) {
                    return Some(phrase.to_string());
                }
            }
        }
    }
    None
}

/// Name the group, dual and report speakers (see the module doc).
pub fn name_group_speakers(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    if quotes.is_empty() {
        return;
    }
    let mut coords: Option<Vec<Vec<usize>>> = None;
    let mut issuer: Option<Option<String>> = None;
    for qi in 0..quotes.len() {
        let Some(h) = quotes[qi].speaker_head.clone().or_else(|| quotes[qi].speaker.clone()) else { continue };
        // (session 45, qdoc) a statement named by the nisba adjectives of its issuing states
        if let Some(n) = nisba_issuers(text, tokens, entities, &h) {
            quotes[qi].speaker_name = Some(n);
            continue;
        }
        let Some(g) = group_of(text, tokens, entities, &h) else { continue };
        let name = match g {
            Group::Report => issuer.get_or_insert_with(|| report_issuer(text, tokens, entities)).clone(),
            Group::Counted(n) => {
                let cs = coords.get_or_insert_with(|| coordinations(text, entities, quotes));
                members(text, entities, cs, h.start, n, None)
            }
            Group::Dual(p) => {
                let cs = coords.get_or_insert_with(|| coordinations(text, entities, quotes));
                let near = members(text, entities, cs, h.start, 2, Some(p));
                previous_pair(text, entities, quotes, qi, &h, p).or(near)
            }
        };
        if let Some(n) = name {
            quotes[qi].speaker_name = Some(n);
        }
    }
}

/// State nouns that open a country's full name and that the tagger leaves out of the place
/// (دولة الامارات العربية المتحدة dawlat al-imārāt al-ʿarabiyya al-muttaḥida "the State of the
/// United Arab Emirates"; مملكة mamlaka "kingdom", جمهورية jumhūriyya "republic", سلطنة salṭana
/// "sultanate"); search keys.
const STATE_NOUNS: &[&str] = &["دوله", "مملكه", "جمهوريه", "سلطنه"];

/// (session 51) Is `stem` one of [`STATE_NOUNS`] (دوله "state", جمهوريه "republic" …)?
pub(super) fn is_state_noun(stem: &str) -> bool {
    STATE_NOUNS.contains(&stem)
}

/// (session 45, qdoc) A document speaker (البيان، التقرير …) whose mention, or failing that the
/// nearest earlier mention of the same noun within [`WINDOW`], is followed by nationality
/// adjectives only (البيان السعودي الاماراتي al-bayān as-saʿūdī al-imārātī "the Saudi-Emirati
/// statement"): the states are its issuers (docs/quotes.md guidelines: a document subject gets
/// its issuer when the article names it). Each state is named by its longest place mention in
/// the article, with a state noun written right before it (دولة), joined by و; `None` when a
/// state has no place mention or the adjectives name one country twice.
fn nisba_issuers(text: &str, tokens: &[Token], entities: &[Entity], h: &Range<usize>) -> Option<String> {
    let lo = tokens.partition_point(|t| t.range.start < h.start);
    let t0 = tokens.get(lo)?;
    if t0.range.start != h.start {
        return None;
    }
    let noun = super::coref::stem(&key_of(text, t0));
    if !super::coref::is_document_noun(&noun) {
        return None;
    }
    // the nationality adjectives right after token `k` (entities in text order)
    let nisbas = |k: usize| -> Vec<&Entity> {
        let mut out: Vec<&Entity> = Vec::new();
        let mut j = k + 1;
        while j < tokens.len() && out.len() < 4 {
            let Some(e) = entities.iter().find(|e| e.range.start == tokens[j].range.start && e.kind == EntityType::Nationality && e.country.is_some()) else { break };
            out.push(e);
            j = tokens.partition_point(|t| t.range.start < e.range.end);
        }
        out
    };
    let mut found = nisbas(lo);
    let head_end = tokens.partition_point(|t| t.range.end <= h.end);
    if found.is_empty() && head_end == lo + 1 {
        // the noun alone: its nearest earlier mention
        found = (0..lo)
            .rev()
            .take_while(|&k| h.start - tokens[k].range.start <= WINDOW)
            .filter(|&k| tokens[k].kind == TokenKind::Arabic && super::coref::stem(&key_of(text, &tokens[k])) == noun)
            .map(nisbas)
            .find(|v| !v.is_empty())
            .unwrap_or_default();
    }
    if found.is_empty() {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    for n in &found {
        let c = n.country?;
        if seen.contains(&c) {
            return None;
        }
        seen.push(c);
        let place = entities
            .iter()
            .filter(|e| e.kind == EntityType::Location && e.country == Some(c))
            .max_by_key(|e| (text.get(e.range.clone()).map_or(0, |s| s.chars().count()), std::cmp::Reverse(e.range.start)))?;
        let mut name = text.get(place.range.clone())?.to_string();
        let at = tokens.partition_point(|t| t.range.start < place.range.start);
        if at > 0 && tokens.get(at).is_some_and(|t| t.range.start == place.range.start) && tokens[at - 1].kind == TokenKind::Arabic {
            let k = key_of(text, &tokens[at - 1]);
            let w = &text[tokens[at - 1].range.clone()];
            if STATE_NOUNS.contains(&k.as_str()) {
                name = format!("{w} {name}");
            } else if k.strip_prefix('و').is_some_and(|r| STATE_NOUNS.contains(&r)) {
                // (و "and" dropped: ودولة → دولة)
                name = format!("{} {name}", w.strip_prefix('و').unwrap_or(w));
            }
        }
        names.push(name);
    }
    Some(names.join(" و"))
}

/// The two distinct named speakers of the quotes before `qi` (nearest first), within the window.
fn previous_pair(text: &str, entities: &[Entity], quotes: &[Quote], qi: usize, h: &Range<usize>, persons: bool) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    // the two must be of one kind (two persons, two bodies); a head the finder resolved
    // without an entity counts as a person
    let mut kind: Option<EntityType> = None;
    for q in quotes[..qi].iter().rev() {
        let Some(r) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        if r == *h {
            continue;
        }
        // (the quote's own verb: a named head may point to the article's first mention)
        if q.verb.end > h.start || h.start - q.verb.start > WINDOW {
            break;
        }
        let ok = entities.iter().any(|e| e.range.start < r.end && r.start < e.range.end && if persons { e.kind == EntityType::Person } else { matches!(e.kind, EntityType::Organization | EntityType::Location | EntityType::Person) });
        // (a head the finder resolved to a name counts as named)
        if !ok && q.speaker_head.is_none() {
            break;
        }
        let n = q.speaker_name.clone().or_else(|| text.get(r.clone()).map(str::to_string))?;
        // the quote before already named the two (X وY)
        if names.is_empty() && n.matches(" و").count() == 1 {
            return Some(n);
        }
        if names.iter().any(|m| m.contains(n.as_str()) || n.contains(m.as_str())) {
            continue;
        }
        let k = entities.iter().find(|e| e.range.start < r.end && r.start < e.range.end).map_or(EntityType::Person, |e| e.kind);
        if kind.is_some_and(|c| c != k) {
            return None;
        }
        kind = Some(k);
        names.push(n);
        if names.len() == 2 {
            return Some(format!("{} و{}", names[1], names[0]));
        }
    }
    None
}
