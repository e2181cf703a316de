//! Constrained Viterbi decoding and turning tags into entities.

use marsad_text::Token;

use crate::features::{for_each_phrase, Features};
use crate::key::split_proclitic;
use crate::model::{Category, CountryKind, Lexicon, Model};
use crate::{CountryCode, Entity, EntityType, N_TAGS};

/// I-X may only follow B-X or I-X.
#[inline]
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p != 0 && p.div_ceil(2) == cur / 2)
}

/// Best tag sequence for per-token emission scores.
pub(crate) fn viterbi(em: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]; N_TAGS], start: &[f32; N_TAGS]) -> Vec<u8> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = [0f32; N_TAGS];
    for t in 0..N_TAGS {
        score[t] = if allowed(None, t) { start[t] + em[0][t] } else { f32::NEG_INFINITY };
    }
    let mut back = vec![[0u8; N_TAGS]; n];
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        for cur in 0..N_TAGS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for (prev, &s) in score.iter().enumerate() {
                if !allowed(Some(prev), cur) {
                    continue;
                }
                let v = s + trans[prev][cur];
                if v > best {
                    best = v;
                    arg = prev as u8;
                }
            }
            next[cur] = best + em[i][cur];
            back[i][cur] = arg;
        }
        score = next;
    }
    let mut t = (0..N_TAGS).fold(0, |b, t| if score[t] > score[b] { t } else { b }) as u8;
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][usize::from(t)];
    }
    out
}

/// Tag a prepared token sequence with a quantized model (both stages when it has two).
pub(crate) fn tag(model: &Model, feats: &Features) -> Vec<u8> {
    let mut em = emissions(&model.weights, model.scale, feats);
    if let Some(net) = &model.net {
        net.add_scores(feats, &mut em);
    }
    let first = viterbi(&em, &model.trans, &model.start);
    match &model.stage2 {
        None => first,
        Some(l) => {
            let stacked = crate::features::add_stacked(feats, &first, model.bits);
            tag_layer(&l.weights, l.scale, &l.trans, &l.start, &stacked)
        }
    }
}

fn tag_layer(weights: &[i16], scale: f32, trans: &[[f32; N_TAGS]; N_TAGS], start: &[f32; N_TAGS], feats: &Features) -> Vec<u8> {
    viterbi(&emissions(weights, scale, feats), trans, start)
}

fn emissions(weights: &[i16], scale: f32, feats: &Features) -> Vec<[f32; N_TAGS]> {
    let mut em = vec![[0f32; N_TAGS]; feats.len()];
    for (i, e) in em.iter_mut().enumerate() {
        let mut acc = [0i32; N_TAGS];
        for &f in feats.of(i) {
            let row = &weights[f as usize * N_TAGS..f as usize * N_TAGS + N_TAGS];
            for t in 0..N_TAGS {
                acc[t] += i32::from(row[t]);
            }
        }
        for t in 0..N_TAGS {
            e[t] = acc[t] as f32 * scale;
        }
    }
    em
}

/// Tag spans `(first token, end token, type)` from a tag sequence.
pub(crate) fn spans(tags: &[u8]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let t = usize::from(tags[i]);
        if t != 0 && t % 2 == 1 {
            let kind = EntityType::TAGGED[(t - 1) / 2];
            let mut j = i + 1;
            while j < tags.len() && usize::from(tags[j]) == t + 1 {
                j += 1;
            }
            out.push((i, j, kind));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Byte offset inside `surface` after its first `letters` letters (diacritics and other
/// marks that the key dropped are skipped along with their letter).
fn skip_letters(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (b, c) in surface.char_indices() {
        if seen == letters && !marsad_text::chars::is_arabic_word_mark(c) {
            return b;
        }
        if marsad_text::chars::is_arabic_letter(c) {
            seen += 1;
        }
    }
    surface.len()
}

/// Which lookup variant of the span's first token matches a lexicon entry of exactly the span's
/// length: `(variant, country entry)`. Variant 0 is the token as written.
fn lexicon_match(keys: &[String], s: usize, e: usize, lex: &Lexicon) -> (Option<usize>, Option<(CountryCode, CountryKind)>) {
    let mut variant = None;
    let mut country = None;
    for_each_phrase(keys, s, e - s, |len, v, h| {
        if len != e - s {
            return;
        }
        if let Some(c) = lex.countries.get(&h) {
            if country.is_none() {
                country = Some(*c);
                variant.get_or_insert(v);
            }
        }
        if lex.phrases.contains_key(&h) {
            variant.get_or_insert(v);
        }
    });
    (variant, country)
}

/// Start of the span after trimming proclitics the lexicon match says are not part of the
/// name: `// وروسيا wa-rūsiyā "and Russia"` → روسيا.
fn trimmed_start(text: &str, tokens: &[Token], keys: &[String], s: usize, variant: Option<usize>) -> usize {
    let r = tokens[s].range.clone();
    // Letters dropped by the matching lookup variant (see `features::variants`).
    let strip = match variant {
        Some(v) if v > 0 => {
            let (vars, _) = crate::features::variants(&keys[s]);
            let full = keys[s].chars().count();
            vars[v].as_ref().map_or(0, |x| full.saturating_sub(x.chars().count()))
        }
        _ => 0,
    };
    if strip == 0 {
        return r.start;
    }
    r.start + skip_letters(&text[r.clone()], strip)
}

pub(crate) fn entities(text: &str, tokens: &[Token], keys: &[String], tags: &[u8], lex: &Lexicon) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut covered = vec![false; tokens.len()];
    let push = |out: &mut Vec<Entity>, covered: &mut [bool], s: usize, e: usize, kind: EntityType| {
        covered[s..e].iter_mut().for_each(|c| *c = true);
        let (variant, country) = lexicon_match(keys, s, e, lex);
        let country = if kind == EntityType::Location { country.map(|c| c.0) } else { None };
        let start = trimmed_start(text, tokens, keys, s, variant);
        out.push(Entity { range: start..tokens[e - 1].range.end, kind, country });
    };
    // 1. The tagger's spans.
    let tagged = spans(tags);
    for &(s, e, kind) in &tagged {
        push(&mut out, &mut covered, s, e, kind);
    }
    // 2. Name propagation: a name the tagger found once is the same name elsewhere in the
    //    text; a person's last name alone refers to them (ظريف ẓarīf after محمد جواد ظريف).
    let mut names: crate::model::Map<EntityType> = Default::default();
    for &(s, e, kind) in tagged.iter() {
        let word = |i: usize| split_proclitic(&keys[i]).1;
        if keys[s..e].iter().any(|k| k.chars().count() < 3) && e - s == 1 {
            continue;
        }
        names.entry(crate::key::phrase_hash(keys[s..e].iter().map(String::as_str))).or_insert(kind);
        names.entry(crate::key::phrase_hash(std::iter::once(word(s)).chain(keys[s + 1..e].iter().map(String::as_str)))).or_insert(kind);
        if kind == EntityType::Person && e - s >= 2 && keys[e - 1].chars().count() >= 3 {
            names.entry(crate::key::phrase_hash([keys[e - 1].as_str()])).or_insert(kind);
        }
    }
    let mut i = 0;
    while i < tokens.len() {
        if covered[i] || tokens[i].kind != marsad_text::TokenKind::Arabic {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, EntityType)> = None;
        for_each_phrase(keys, i, 4, |len, _, h| {
            if covered[i..i + len].iter().any(|&c| c) {
                return;
            }
            // Agencies are safe anywhere; the big-city backoff was dropped (−1.7 F1 in 5-fold
            // CV: sports clubs named after cities are ORG in ANERcorp).
            let hit = names.get(&h).copied().or_else(|| {
                let mask = lex.phrases.get(&h).copied().unwrap_or(0);
                if mask & (1 << Category::Agency as u16) != 0 {
                    Some(EntityType::Organization)
                } else if mask & (1 << Category::MajorCity as u16) != 0 {
                    Some(EntityType::Location)
                } else {
                    None
                }
            });
            if let Some(k) = hit {
                if best.is_none_or(|(l, _)| len > l) {
                    best = Some((len, k));
                }
            }
        });
        match best {
            Some((len, kind)) => {
                push(&mut out, &mut covered, i, i + len, kind);
                i += len;
            }
            None => i += 1,
        }
    }
    // 3. Nationality adjectives outside other entities.
    for i in 0..tokens.len() {
        if covered[i] {
            continue;
        }
        let (variant, country) = lexicon_match(keys, i, i + 1, lex);
        if let Some((code, CountryKind::Nationality)) = country {
            let start = trimmed_start(text, tokens, keys, i, variant);
            out.push(Entity { range: start..tokens[i].range.end, kind: EntityType::Nationality, country: Some(code) });
        }
    }
    out.sort_by_key(|e| e.range.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraint() {
        assert!(allowed(None, 1));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 4));
    }

    #[test]
    fn spans_from_tags() {
        // O B-PER I-PER B-LOC O
        assert_eq!(spans(&[0, 1, 2, 5, 0]), vec![(1, 3, EntityType::Person), (3, 4, EntityType::Location)]);
    }
}
