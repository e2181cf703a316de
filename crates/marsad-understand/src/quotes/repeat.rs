//! (session 42, qgroup) Short definite repeats and acronyms named by the article's longer
//! introduction of the same referent.
//!
//! The guidelines name a speaker by the referent's fullest name in the article. A body or group
//! the article introduces with a longer wording is later taken up by a short definite repeat:
//!
//! * a definite noun phrase (ال + head + definite adjectives, optionally after one construct
//!   noun: زعماء المجموعة zuʿamāʾ al-majmūʿa "the group's leaders") whose head and adjectives all
//!   occur, in order, in an earlier introduction that opens with the head without the article:
//!   an indefinite introduction (مجموعة مسلحة majmūʿa musallaḥa "an armed group") or a construct
//!   (مجلس المدينة العسكري majlis al-madīna al-ʿaskarī "the city's military council") is named by
//!   that introduction (المجلس العسكري → مجلس المدينة العسكري);
//! * an acronym (Latin or Arabic letters) is named by the name the article pairs it with in
//!   parentheses (NAME (ACRONYM)), the name opening with a body noun.
//!
//! Guards: no person title or role as the head; no entity inside the repeat; one candidate
//! introduction (else the one that is itself a quote's speaker, else a strict majority of the
//! occurrences). A pass over the finished quotes run by the engine after the group pass: only
//! `speaker_name` changes, the ranges stay the provenance. Pure: no I/O.

use std::borrow::Cow;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::{search_key, token_search_keys};
use marsad_text::{Token, TokenKind};

use super::quantity::{quantity, Quantity};
use super::{coref, naming, Quote, SpeakerSource};

fn is_mark(s: &str) -> bool {
    matches!(s, "\"" | "«" | "»" | "“" | "”" | "'")
}

/// Words that end a noun phrase: prepositions, relatives, complementizers.
fn ends_phrase(k: &str) -> bool {
    matches!(k, "في" | "من" | "عن" | "الي" | "علي" | "لدي" | "مع" | "بعد" | "قبل" | "ان" | "انه" | "انها" | "بان" | "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اليوم" | "امس" | "ما" | "لا" | "لم" | "لن" | "قد" | "كان" | "كانت" | "او" | "ثم" | "هو" | "هي" | "هم")
        || super::is_relative_pronoun(k)
        || super::is_reporting_verb(k)
        || super::is_reporting_verb(k.strip_prefix(['و', 'ف']).unwrap_or(k))
}

fn definite(k: &str) -> bool {
    let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
    k.starts_with("ال") || k.starts_with("لل")
}

/// The key is the head `head` (no article), possibly after و/ف "and" and ل/ب "for/in".
fn matches_head(k: &str, head: &str) -> bool {
    let one = |w: &str| w.strip_prefix(['و', 'ف', 'ل', 'ب']).is_some_and(|r| r == head);
    k == head || one(k) || k.strip_prefix(['و', 'ف']).is_some_and(|r| r.strip_prefix(['ل', 'ب']).is_some_and(|r| r == head))
}

/// How many prefix letters the key `k` has before `core` (0 when it does not end with it).
fn prefix_len(k: &str, core: &str) -> usize {
    if k.ends_with(core) { k.chars().count() - core.chars().count() } else { 0 }
}

/// The surface of token `t` from byte `skip_chars` characters in (a و/ل prefix dropped).
fn surface_from(text: &str, t: &Token, skip_chars: usize) -> String {
    let s = &text[t.range.clone()];
    let at = s.char_indices().nth(skip_chars).map_or(s.len(), |(i, _)| i);
    s[at..].to_string()
}

/// The text of tokens `j..=e` with `skip` prefix letters of the first word dropped, marks left
/// out.
fn phrase_text(text: &str, tokens: &[Token], skip: usize, j: usize, e: usize) -> String {
    let mut out = surface_from(text, &tokens[j], skip);
    for t in &tokens[j + 1..=e] {
        let s = &text[t.range.clone()];
        if is_mark(s) {
            continue;
        }
        out.push(' ');
        out.push_str(s);
    }
    out
}

/// An introduction at token `j` of the head stem `head` (no article) with the adjective stems
/// `adjs` in order: its last token.
fn introduction(tokens: &[Token], keys: &[&str], ent_at: &[Option<usize>], entities: &[Entity], j: usize, head: &str, adjs: &[String]) -> Option<usize> {
    if tokens[j].kind != TokenKind::Arabic || definite(keys[j]) || !matches_head(keys[j], head) {
        return None;
    }
    // (inside a name that starts before it: a genitive, not an introduction)
    if let Some(e) = ent_at[j] {
        if entities[e].range.start < tokens[j].range.start {
            return None;
        }
    }
    let mut a = 0;
    let mut end = j;
    let mut m = j + 1;
    while m < tokens.len() && m <= j + 7 {
        if let Some(e) = ent_at[m] {
            if !matches!(entities[e].kind, EntityType::Organization | EntityType::Location | EntityType::Nationality) && ent_at[j] != Some(e) {
                break;
            }
            // (session 55, qdoc) the repeat's adjectives are counted inside the name too
            // (الوكالة السورية الرسمية against وكالة الأنباء السورية الرسمية, one tagged name)
            loop {
                if a < adjs.len() && coref::stem(keys[m]) == adjs[a] {
                    a += 1;
                }
                if m + 1 < tokens.len() && ent_at[m + 1] == Some(e) {
                    m += 1;
                } else {
                    break;
                }
            }
            end = m;
            m += 1;
            continue;
        }
        if tokens[m].kind != TokenKind::Arabic {
            break;
        }
        let k = keys[m];
        if ends_phrase(k) || k.chars().count() < 2 {
            break;
        }
        if a < adjs.len() && coref::stem(k) == adjs[a] {
            a += 1;
            end = m;
        } else if definite(k) && !k.starts_with(['و', 'ف']) {
            end = m;
        } else if m == j + 1 && !k.starts_with(['و', 'ف']) && !k.ends_with(['ت', 'ا']) {
            // an indefinite adjective right after an indefinite head (مجموعة مسلحة)
            end = m;
        } else {
            break;
        }
        m += 1;
    }
    (a == adjs.len() && end > j).then_some(end)
}

/// For an introduction `j..=e` of indefinite words only (قمة رباعية qimma rubāʿiyya "a
/// four-way summit"), the article's definite form of the same words (القمة الرباعية), if any:
/// the name-like wording of the referent.
fn definite_form(text: &str, tokens: &[Token], keys: &[&str], ent_at: &[Option<usize>], j: usize, e: usize) -> Option<String> {
    if (j..=e).any(|m| ent_at[m].is_some() || tokens[m].kind != TokenKind::Arabic || definite(keys[m])) {
        return None;
    }
    let want: Vec<String> = (j..=e).map(|m| coref::stem(keys[m])).collect();
    let n = want.len();
    (0..tokens.len().saturating_sub(n - 1)).find_map(|s| {
        let ok = (0..n).all(|i| tokens[s + i].kind == TokenKind::Arabic && ent_at[s + i].is_none() && definite(keys[s + i]) && coref::stem(keys[s + i]) == want[i]);
        ok.then(|| phrase_text(text, tokens, prefix_len(keys[s], &keys[s][keys[s].find("ال").unwrap_or(0)..]), s, s + n - 1))
    })
}

/// (session 43, qname) Group nouns the articles use for one another: a repeat with one of them
/// is also introduced by the other (وقالت الجماعة wa-qālat al-jamāʿa "the group said" after
/// مجموعة مسلحة majmūʿa musallaḥa "an armed group"). Stems (search keys, ة as ه).
const GROUP_SYNONYMS: &[(&str, &str)] = &[
    // جماعة jamāʿa "group" ~ مجموعة majmūʿa "group"
    ("جماعه", "مجموعه"),
];

/// The head stem and its group-noun synonyms.
fn head_variants(head: &str) -> Vec<String> {
    let mut out = vec![head.to_string()];
    for &(a, b) in GROUP_SYNONYMS {
        if head == a {
            out.push(b.to_string());
        } else if head == b {
            out.push(a.to_string());
        }
    }
    out
}

/// Quantifiers in construct (احد السكان "one of the residents"): the genitive is no repeat.
fn quantifier(k: &str) -> bool {
    matches!(
        quantity(k.strip_prefix(['و', 'ف']).unwrap_or(k)),
        Some(Quantity::Partitive | Quantity::Universal | Quantity::Count | Quantity::One | Quantity::Comparative)
    )
}

/// An acronym's paired name: NAME (ACRONYM) with NAME opening with a body noun.
fn acronym_name(text: &str, tokens: &[Token], keys: &[&str], acr: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for (p, t) in tokens.iter().enumerate() {
        if &text[t.range.clone()] != "(" || p == 0 {
            continue;
        }
        let close = (p + 1..tokens.len().min(p + 6)).find(|&c| &text[tokens[c].range.clone()] == ")");
        let Some(close) = close else { continue };
        if !(p + 1..close).any(|c| text[tokens[c].range.clone()].eq_ignore_ascii_case(acr) || (tokens[c].kind == TokenKind::Arabic && keys[c] == acr)) {
            continue;
        }
        // back from the parenthesis over Arabic words to the leftmost body noun
        let mut start = None;
        let mut b = p;
        while b > 0 && p - b < 8 {
            b -= 1;
            if tokens[b].kind != TokenKind::Arabic {
                break;
            }
            let k = keys[b];
            if super::is_reporting_verb(k) || super::is_reporting_verb(k.strip_prefix(['و', 'ف']).unwrap_or(k)) || matches!(k, "ان" | "انه" | "انها" | "بان" | "قال" | "قالت") {
                break;
            }
            let st = coref::stem(k);
            if !definite(k) && naming::naming_body(&st) {
                start = Some((b, prefix_len(k, &st)));
            }
        }
        let Some((s, skip)) = start else { continue };
        names.push(phrase_text(text, tokens, skip, s, p - 1));
    }
    let mut keyed: Vec<String> = names.iter().map(|n| search_key(n).into_owned()).collect();
    keyed.sort();
    keyed.dedup();
    (keyed.len() == 1).then(|| names.swap_remove(0))
}

/// (session 42, qgroup) Names short definite repeats and acronyms by the article's longer
/// introduction (see the module documentation).
pub fn name_short_repeats(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    if quotes.is_empty() {
        return;
    }
    name_short_repeats_keyed(text, tokens, &token_search_keys(text, tokens), entities, quotes);
}

/// (session 43, qperf) [`name_short_repeats`] on the search keys the engine computed for every
/// token (`marsad_text::normalize::token_search_keys`), instead of a key array of its own per
/// document; the keys of non-Arabic tokens are read as empty, as before.
pub fn name_short_repeats_keyed(text: &str, tokens: &[Token], all_keys: &[Cow<'_, str>], entities: &[Entity], quotes: &mut [Quote]) {
    if quotes.is_empty() {
        return;
    }
    if all_keys.len() != tokens.len() {
        return name_short_repeats(text, tokens, entities, quotes);
    }
    let keys: Vec<&str> = tokens.iter().zip(all_keys).map(|(t, k)| if t.kind == TokenKind::Arabic { &**k } else { "" }).collect();
    let mut ent_at: Vec<Option<usize>> = vec![None; tokens.len()];
    for (i, e) in entities.iter().enumerate() {
        let lo = tokens.partition_point(|t| t.range.end <= e.range.start);
        for (k, t) in tokens.iter().enumerate().skip(lo) {
            if t.range.start >= e.range.end {
                break;
            }
            ent_at[k] = Some(i);
        }
    }
    let speakers: Vec<Range<usize>> = quotes.iter().filter_map(|q| q.speaker.clone()).collect();
    // (session 53, qvariant) every quote's label before this pass (search key), for the chain
    // below
    let before: Vec<Option<String>> = quotes.iter().map(|q| label_key(text, q)).collect();
    for qi in 0..quotes.len() {
        let q = &quotes[qi];
        if q.speaker_source == SpeakerSource::Unknown {
            continue;
        }
        let Some(h) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let lo = tokens.partition_point(|t| t.range.start < h.start);
        let hi = lo + tokens[lo..].partition_point(|t| t.range.end <= h.end);
        let idx: Vec<usize> = (lo..hi).filter(|&i| !is_mark(&text[tokens[i].range.clone()])).collect();
        if idx.is_empty() || idx.len() > 5 {
            continue;
        }
        // an acronym: a Latin word of capitals, or one Arabic word in parentheses after a name
        let latin: Vec<&str> = idx.iter().map(|&i| &text[tokens[i].range.clone()]).filter(|s| s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase())).collect();
        let acr = if latin.len() == 1 {
            Some(latin[0].to_string())
        } else if idx.len() == 1 && tokens[idx[0]].kind == TokenKind::Arabic {
            let k = keys[idx[0]];
            Some(k.strip_prefix(['و', 'ف']).filter(|r| r.starts_with("ال")).unwrap_or(k).strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(k).to_string())
        } else {
            None
        };
        if let Some(name) = acr.and_then(|a| acronym_name(text, tokens, &keys, &a)) {
            quotes[qi].speaker_name = Some(name);
            continue;
        }
        // (session 43, qname) a definite mention that runs on into the verb's object (ودعت
        // المجموعة حكومات … wa-daʿat al-majmūʿa ḥukūmāt "the group called on the governments of
        // …"): a definite word cannot take a bare indefinite word as adjective or genitive, so
        // the repeat ends before the first one.
        let mut idx = idx;
        if let Some(p) = (1..idx.len()).find(|&p| {
            let i = idx[p];
            tokens[i].kind == TokenKind::Arabic && ent_at[i].is_none() && !definite(keys[i]) && !keys[i].starts_with(['ب', 'ل', 'ك', 'و', 'ف']) && idx[..p].iter().all(|&b| tokens[b].kind == TokenKind::Arabic && ent_at[b].is_none() && definite(keys[b]) && !keys[b].starts_with("لل"))
        }) {
            idx.truncate(p);
        }
        // a definite repeat: [construct noun] ال+head [ال+adjectives]; (session 55, qdoc) an
        // adjective may be a tagged nationality (المصدر التركي al-maṣdar at-turkī "the Turkish
        // source", الوكالة السورية "the Syrian agency"), never the first word or the head
        let nationality = |i: usize| ent_at[i].is_some_and(|e| entities[e].kind == EntityType::Nationality);
        if idx.iter().any(|&i| tokens[i].kind != TokenKind::Arabic || (ent_at[i].is_some() && (i == idx[0] || !nationality(i)))) || idx.windows(2).any(|w| w[1] != w[0] + 1) {
            continue;
        }
        let d = if definite(keys[idx[0]]) { 0 } else { 1 };
        if d >= idx.len() || keys[idx[d]].starts_with("لل") || idx[d..].iter().any(|&i| !definite(keys[i])) || ent_at[idx[d]].is_some() {
            continue;
        }
        if d == 1 && (ends_phrase(keys[idx[0]]) || quantifier(keys[idx[0]]) || naming::naming_body(&coref::stem(keys[idx[0]]))) {
            continue;
        }
        let head = coref::stem(keys[idx[d]]);
        if head.chars().count() < 3 || coref::is_person_title(&head) || naming::is_role_noun(&head) || coref::is_document_noun(&head) || super::is_relative_pronoun(keys[idx[d]]) {
            continue;
        }
        // adjectives in order; a لل genitive (الوكالة السورية للانباء) anywhere in the introduction
        let adjs: Vec<String> = idx[d + 1..].iter().filter(|&&i| !keys[i].starts_with("لل")).map(|&i| coref::stem(keys[i])).collect();
        let extra: Vec<String> = idx[d + 1..].iter().filter(|&&i| keys[i].starts_with("لل")).map(|&i| coref::stem(keys[i])).collect();
        let f = idx[0];
        // the introductions before the mention (also of a group-noun synonym of the head)
        let variants = head_variants(&head);
        let last = *idx.last().unwrap_or(&f);
        let mut found: Vec<(usize, usize, &str)> = Vec::new();
        for after in [false, true] {
            // (session 43, qname) none before: a body's introduction after the mention (من
            // جانبه أكد المجلس العسكري … then مجلس منبج العسكري majlis manbij al-ʿaskarī "the
            // Manbij military council"), when it holds a definite word or a name (not only
            // indefinite words) and the repeat's adjectives, and every such introduction agrees
            // (see the choice below)
            if after && (!found.is_empty() || d != 0 || adjs.is_empty() || !naming::naming_body(&head)) {
                break;
            }
            let (from, to) = if after { (last + 1, tokens.len()) } else { (0, f) };
            let mut j = from;
            while j < to {
                let hit = variants.iter().find_map(|h| introduction(tokens, &keys, &ent_at, entities, j, h, &adjs).map(|e| (e, h.as_str())));
                if let Some((e, h)) = hit {
                    // longer than the repeat; after a construct noun, a name or definite genitive
                    let longer = e + 1 - j > idx.len() - d;
                    // (after a construct noun only a body in construct with a name or a definite
                    // genitive: زعماء المجموعة → مجموعة السبع, not منتقدو الزيارة → زيارة الدولة)
                    let named = d == 0 || (naming::naming_body(h) && (definite(keys[j + 1]) || ent_at[j + 1].is_some_and(|x| matches!(entities[x].kind, EntityType::Organization | EntityType::Location))));
                    let genitives = extra.iter().all(|x| (j..=e).any(|m| coref::stem(keys[m]) == *x));
                    let named_after = !after || (j + 1..=e).any(|m| ent_at[m].is_some() || definite(keys[m]));
                    if e < to && longer && named && genitives && named_after {
                        found.push((j, e, h));
                    }
                    j = e + 1;
                } else {
                    j += 1;
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let names: Vec<(String, String, bool)> = found
            .iter()
            .map(|&(j, e, h)| {
                let t = definite_form(text, tokens, &keys, &ent_at, j, e).unwrap_or_else(|| phrase_text(text, tokens, prefix_len(keys[j], h), j, e));
                let k = search_key(&t).into_owned();
                let spoke = speakers.iter().any(|s| s.start <= tokens[j].range.start && tokens[j].range.end <= s.end);
                (t, k, spoke)
            })
            .collect();
        let mut distinct: Vec<&str> = names.iter().map(|n| n.1.as_str()).collect();
        distinct.sort();
        distinct.dedup();
        let pick = if distinct.len() == 1 {
            names.last()
        } else {
            let mut spoken: Vec<&str> = names.iter().filter(|n| n.2).map(|n| n.1.as_str()).collect();
            spoken.sort();
            spoken.dedup();
            if spoken.len() == 1 {
                names.iter().rev().find(|n| n.1 == spoken[0])
            } else {
                // a strict majority of the occurrences by their first two words (مجموعة السبع,
                // however far each occurrence runs on)
                let two = |k: &str| k.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                names.iter().map(|n| two(&n.1)).find(|k| { let c = names.iter().filter(|n| two(&n.1) == *k).count(); c >= 2 && 2 * c > names.len() }).and_then(|k| names.iter().rev().find(|n| two(&n.1) == k))
            }
        };
        let Some((name, _, _)) = pick else { continue };
        // the construct noun as the citation pass left it (its first word)
        let current = quotes[qi].speaker_name.clone().unwrap_or_else(|| text[tokens[f].range.clone()].to_string());
        let full = if d == 1 { format!("{} {name}", current.split_whitespace().next().unwrap_or_default()) } else { name.clone() };
        quotes[qi].speaker_name = Some(full);
    }
    name_by_renamed_wording(quotes, &before);
    name_seats_by_their_body(text, quotes);
}

/// (session 53, qvariant) Buildings that stand for the body seated in them, each with the
/// body's own designation (docs/quotes.md "One body under several designations": the body's
/// own name rather than a building that stands for it): البنتاغون al-bantāġūn "the Pentagon"
/// and وزارة الدفاع الأمريكية "the US Defense Department", الإليزيه / قصر الإليزيه "the
/// Élysée (palace)" and الرئاسة الفرنسية "the French presidency", البيت الأبيض "the White
/// House" and الرئاسة الأمريكية "the US presidency", الكرملين "the Kremlin" and الرئاسة الروسية
/// "the Russian presidency". Written forms; compared through [`coref::stem`] word by word.
const SEATS: &[(&str, &str)] = &[
    ("البنتاغون", "وزارة الدفاع الأمريكية"),
    ("الإليزيه", "الرئاسة الفرنسية"),
    ("قصر الإليزيه", "الرئاسة الفرنسية"),
    ("البيت الأبيض", "الرئاسة الأمريكية"),
    ("الكرملين", "الرئاسة الروسية"),
];

/// The comparison stems of the words of `s`.
fn stems(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| coref::stem(&search_key(w))).collect()
}

/// (session 53, qvariant) A speaker named by a building that stands for a body ([`SEATS`]:
/// وأكد الإليزيه wa-ʾakkada al-ʾilīzīh "the Élysée stressed") is named by the body's own
/// designation when another quote of the article has that designation, and nothing more, as
/// its speaker (أعلنت الرئاسة الفرنسية "the French presidency announced"): one body under two
/// designations. Not a designation that is only a genitive (المتحدثة باسم الرئاسة الأمريكية
/// "the spokeswoman of the US presidency": the gold keeps the building there), nor a building
/// in a longer label (المتحدث باسم البيت الأبيض). The designation as the article writes it.
fn name_seats_by_their_body(text: &str, quotes: &mut [Quote]) {
    let labels: Vec<Option<String>> = quotes.iter().map(|q| label_text(text, q)).collect();
    // (each label's stems once; the seats' only when some label could be one)
    let stemmed: Vec<Option<Vec<String>>> = labels.iter().map(|l| l.as_deref().map(stems)).collect();
    if !stemmed.iter().flatten().any(|s| s.len() <= 2) {
        return;
    }
    let seats: Vec<(Vec<String>, Vec<String>)> = SEATS.iter().map(|(seat, body)| (stems(seat), stems(body))).collect();
    for qi in 0..quotes.len() {
        let Some(ls) = &stemmed[qi] else { continue };
        let Some((_, want)) = seats.iter().find(|(seat, _)| seat == ls) else { continue };
        let Some(first) = labels.iter().zip(&stemmed).find_map(|(l, s)| if s.as_ref() == Some(want) { l.as_deref() } else { None }) else { continue };
        quotes[qi].speaker_name = Some(first.split_whitespace().collect::<Vec<_>>().join(" "));
    }
}

/// A quote's label: its `speaker_name`, else the text of its head or mention.
fn label_text(text: &str, q: &Quote) -> Option<String> {
    if let Some(n) = q.speaker_name.as_deref() {
        return Some(n.to_string());
    }
    super::naming::named_head(q).and_then(|r| text.get(r)).map(str::to_string)
}

/// A quote's label ([`label_text`]) as a search key.
fn label_key(text: &str, q: &Quote) -> Option<String> {
    label_text(text, q).map(|l| search_key(&l).into_owned())
}

/// (session 53, qvariant) A chain of two repeats: a bare definite description named above by
/// the wording of another quote's speaker (وتعهد الزعماء wa-taʿahhada az-zuʿamāʾ "the leaders
/// pledged" → زعماء المجموعة "the group's leaders") whose own quote this pass named by its
/// longer introduction (زعماء مجموعة السبع "the G7 leaders") takes that longer name too: the
/// same wording names one referent in an article. `before` holds every quote's label before
/// the pass ([`label_key`]); the renamed quotes whose former label is this quote's label must
/// agree on their new name, and it must hold a definite word (a name, not a first wording).
fn name_by_renamed_wording(quotes: &mut [Quote], before: &[Option<String>]) {
    // (former label, new name) of the quotes this pass renamed
    let renamed: Vec<(&str, String)> = quotes
        .iter()
        .zip(before)
        .filter_map(|(q, b)| {
            let b = b.as_deref()?;
            let n = q.speaker_name.as_deref()?;
            (search_key(n) != b).then(|| (b, n.to_string()))
        })
        .collect();
    if renamed.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        let Some(name) = q.speaker_name.as_deref() else { continue };
        let key = search_key(name);
        let mut new = renamed.iter().filter(|(b, _)| *b == key).map(|(_, n)| n);
        let Some(first) = new.next() else { continue };
        if new.any(|n| search_key(n) != search_key(first)) || search_key(first) == key {
            continue;
        }
        // (a name of indefinite words only, قمة رباعية qimma rubāʿiyya "a four-way summit", is a
        // first wording the gold may give its definite form, القمة الرباعية: not spread)
        if !search_key(first).split_whitespace().any(definite) {
            continue;
        }
        q.speaker_name = Some(first.clone());
    }
}
