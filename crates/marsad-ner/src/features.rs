//! Feature extraction: per-token atoms (key, clitic-stripped stem, affixes, shape, word
//! cluster, gazetteer status) combined into hashed feature ids over a ±2 token window.
//!
//! Training and run time call the same [`extract`], so the two can never disagree.

use marsad_text::{Token, TokenKind};

use crate::key::{hash_bytes, hash_str, mix, split_proclitic, token_key, token_key_of_search_key};
use crate::model::{Lexicon, N_CATEGORIES};
use crate::{CLUSTER_BITS, CLUSTER_LEVELS, XCLASS_BITS, XCLASS_LEVELS, XCLASS_NONE};

const UNKNOWN_CLUSTER: u64 = 0xFFFF_FFFF;

/// Categories 0..9 are features; MajorCity and Agency (9, 10) are decoding backoffs.
const N_FEATURE_CATEGORIES: usize = 9;
/// The ANT-induced name lists (categories 11..14), features over a ±1 window.
const INDUCED_CATEGORIES: std::ops::Range<usize> = 11..14;
/// Gazetteer feature window: (offset from the token, template base), in push order.
const GAZ_WINDOW: [(isize, u64); 5] = [(0, 40), (-1, 60), (1, 80), (-2, 120), (2, 140)];

/// Gazetteer status of a token for one category.
const GAZ_NONE: u8 = 0;
const GAZ_SINGLE: u8 = 1;
const GAZ_BEGIN: u8 = 2;
const GAZ_INSIDE: u8 = 3;
const GAZ_END: u8 = 4;

/// Per-token values the feature templates combine.
#[derive(Clone, Debug, Default, PartialEq)]
struct Atoms {
    w: u64,
    s: u64,
    pre: u64,
    p: [u64; 4],
    x: [u64; 4],
    sx: [u64; 4],
    shape: u64,
    c: u64,
    cs: u64,
    /// Mined context code of the token's lookup form (`mined_code`), 0 when none.
    m: u64,
    /// Exchange classes of the key and of the clitic-stripped stem (packed, `XCLASS_*`);
    /// `XC_UNKNOWN` when the word has none.
    xc: u32,
    xs: u32,
    /// Whether the key has a proclitic (the stem is shorter than the key).
    has_pre: bool,
}

/// Packed exchange classes of a word the table does not hold: every slot "no class".
const XC_UNKNOWN: u32 = u32::MAX;

/// Hashed features of a token sequence: `ids[offsets[i]..offsets[i + 1]]` are token i's.
#[derive(Clone, Debug, Default)]
pub struct Features {
    pub(crate) ids: Vec<u32>,
    pub(crate) offsets: Vec<u32>,
    /// Token keys, kept for post-processing (country links, nationality adjectives).
    pub(crate) keys: Vec<String>,
    /// Inputs of the window network, `nn::DIN` per token; empty when the lexicon has no
    /// word vectors.
    pub(crate) dense: Vec<f32>,
}

impl Features {
    pub(crate) fn of(&self, i: usize) -> &[u32] {
        &self.ids[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
    pub(crate) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }
}

/// The lookup variants of a token key for lexicon matches: the key, the key without its
/// proclitics, and (when the proclitics included the article) the key with ال alone.
/// `// والولايات wa-l-wilāyāt "and the states"` → والولايات, الولايات, ولايات.
pub(crate) fn variants(key: &str) -> ([Option<std::borrow::Cow<'_, str>>; 3], usize) {
    // (session 44) built from the byte pieces of `variant_parts`, the one statement of the rule
    let (parts, n) = variant_parts(key);
    let mut v: [Option<std::borrow::Cow<'_, str>>; 3] = [None, None, None];
    for (slot, &(a, b)) in v.iter_mut().zip(parts.iter()).take(n) {
        *slot = Some(if b.is_empty() { std::borrow::Cow::Borrowed(a) } else { format!("{a}{b}").into() });
    }
    (v, n)
}

/// Up to three lookup variants, each as two string pieces (see [`variant_parts`]).
type VariantParts<'a> = [(&'a str, &'a str); 3];

/// (session 44, qperf) The lookup variants as pieces to hash without building a string (each
/// variant is its first piece followed by its second: the article form is ال and the rest);
/// [`variants`] joins them.
fn variant_parts(key: &str) -> (VariantParts<'_>, usize) {
    let (pre, rest) = split_proclitic(key);
    let mut v: VariantParts<'_> = [(key, ""), ("", ""), ("", "")];
    if pre.is_empty() || pre == "ال" {
        return (v, 1);
    }
    // The article form first, so a name keeps its article when both forms are known.
    if pre.ends_with("ال") || pre.ends_with("لل") {
        v[1] = ("ال", rest);
        v[2] = (rest, "");
        return (v, 3);
    }
    // (session 45) A two-letter proclitic without the article (وب wa-bi, ول wa-li, وك, فب, فل)
    // is also read as its first letter alone, and that reading comes first: وبوتين wa-būtīn
    // "and Putin" is و + بوتين, not وب + وتين; ولبنان wa-lubnān "and Lebanon" is و + لبنان.
    if pre.len() == 4 {
        v[1] = (&key[2..], "");
        v[2] = (rest, "");
        return (v, 3);
    }
    v[1] = (rest, "");
    (v, 2)
}

/// (session 45) Whether lookup variant `v` of `key` drops both letters of a two-letter
/// proclitic without the article (وب، ول، وك، فب، فل): the reading [`entities`] accepts only with
/// evidence (ولايتي wilāyatī "Velayati" is not و + ل + ايتي).
///
/// [`entities`]: crate::decode
pub(crate) fn is_double_strip(key: &str, v: usize) -> bool {
    let (pre, _) = split_proclitic(key);
    v == 2 && pre.len() == 4 && !(pre.ends_with("ال") || pre.ends_with("لل"))
}

/// The form a token is looked up under in the mined context table: the key without its
/// proclitics, except that the article stays (والزمالك wa-l-zamālik "and Zamalek" → الزمالك;
/// وبوتين wa-būtīn "and Putin" → بوتين).
pub fn lookup_key(key: &str) -> std::borrow::Cow<'_, str> {
    let (mut vars, nv) = variants(key);
    let pick = if nv == 1 { 0 } else { 1 };
    vars[pick].take().unwrap_or(std::borrow::Cow::Borrowed(key))
}

/// `hash_str(&lookup_key(key))` without building the string (the recognizer's per-token path).
fn lookup_hash(key: &str) -> u64 {
    let (pre, rest) = split_proclitic(key);
    if pre.is_empty() || pre == "ال" {
        hash_str(key)
    } else if pre.ends_with("ال") || pre.ends_with("لل") {
        mix(fnv_extend(fnv_extend(FNV_OFFSET, "ال".as_bytes()), rest.as_bytes()))
    } else if pre.len() == 4 {
        // (session 45) a two-letter proclitic: its first letter alone (see `variant_parts`)
        hash_str(&key[2..])
    } else {
        hash_str(rest)
    }
}

/// Mined context classes: which keywords a word follows most in ANT.
pub const MINED_PER: u8 = 1;
pub const MINED_ORG: u8 = 2;
pub const MINED_LOC: u8 = 3;

/// Pack a mined context class (`MINED_PER` / `MINED_ORG` / `MINED_LOC`) with a bucket of its
/// share of the word's occurrences (0..8) and a bucket of its count (0..8) into one byte.
pub fn mined_code(class: u8, share_bucket: u8, count_bucket: u8) -> u8 {
    (class & 3) | (share_bucket & 7) << 2 | (count_bucket & 7) << 5
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_extend(mut h: u64, b: &[u8]) -> u64 {
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Longest lexicon match starting at token `i`, per lookup variant of the first token.
/// Calls `found(len, variant, phrase_hash)` for every prefix length that exists in `lex`'s
/// phrase or country tables (the caller checks which).
pub(crate) fn for_each_phrase(keys: &[String], i: usize, max_len: usize, mut found: impl FnMut(usize, usize, u64)) {
    let (parts, nv) = variant_parts(&keys[i]);
    for (vi, &(a, b)) in parts.iter().take(nv).enumerate() {
        let mut h = fnv_extend(fnv_extend(FNV_OFFSET, a.as_bytes()), b.as_bytes());
        found(1, vi, mix(h));
        for (len, k) in keys.iter().enumerate().skip(i + 1).take(max_len.saturating_sub(1)).map(|(j, k)| (j - i + 1, k)) {
            h = fnv_extend(fnv_extend(h, b" "), k.as_bytes());
            found(len, vi, mix(h));
        }
    }
}

fn gazetteer_status(keys: &[String], lex: &Lexicon) -> Vec<[u8; N_CATEGORIES]> {
    let n = keys.len();
    let mut status = vec![[GAZ_NONE; N_CATEGORIES]; n];
    if lex.phrases.is_empty() {
        return status;
    }
    for i in 0..n {
        let mut best = [0usize; N_CATEGORIES];
        for_each_phrase(keys, i, lex.max_phrase, |len, _, h| {
            if let Some(&mask) = lex.phrases.get(&h) {
                for (c, b) in best.iter_mut().enumerate() {
                    if mask & (1 << c) != 0 && len > *b {
                        *b = len;
                    }
                }
            }
        });
        for (c, &len) in best.iter().enumerate() {
            if len == 0 || status[i][c] != GAZ_NONE {
                continue;
            }
            if len == 1 {
                status[i][c] = GAZ_SINGLE;
                continue;
            }
            status[i][c] = GAZ_BEGIN;
            for s in status.iter_mut().take(i + len - 1).skip(i + 1) {
                if s[c] == GAZ_NONE {
                    s[c] = GAZ_INSIDE;
                }
            }
            if status[i + len - 1][c] == GAZ_NONE {
                status[i + len - 1][c] = GAZ_END;
            }
        }
    }
    status
}

fn length_bucket(n: usize) -> u64 {
    match n {
        0..=4 => n as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

fn kind_id(k: TokenKind) -> u64 {
    match k {
        TokenKind::Arabic => 1,
        TokenKind::Latin => 2,
        TokenKind::Number => 3,
        TokenKind::Url | TokenKind::Email => 4,
        TokenKind::Hashtag | TokenKind::Mention => 5,
        TokenKind::Punct => 6,
        _ => 7,
    }
}

fn atoms(key: &str, kind: TokenKind, lex: &Lexicon) -> Atoms {
    // (session 53, qperf) Every string is hashed once: the key's and the stem's hashes serve
    // the word atoms and the cluster / exchange-class / word-vector lookups, the stem prefixes
    // are one running FNV pass, and a stem suffix is the key suffix of the same length (the
    // stem is a suffix of the key) or the whole stem. Same values as the straightforward
    // `reference_atoms` (tests).
    let (pre, stem) = split_proclitic(key);
    let w = hash_str(key);
    let s = if pre.is_empty() { w } else { hash_str(stem) };
    let cluster = |h: u64| lex.clusters.get(&h).map_or(UNKNOWN_CLUSTER, |&p| u64::from(p));
    let key_count = key.chars().count();
    let stem_count = if pre.is_empty() { key_count } else { key_count - pre.chars().count() };
    // Stem prefixes of 1..=4 letters (the whole stem when it is shorter): `ends[k]` is the byte
    // end of the first k + 1 letters.
    let sb = stem.as_bytes();
    let mut ends = [sb.len(); 4];
    for (e, (b, _)) in ends.iter_mut().zip(stem.char_indices().skip(1)) {
        *e = b;
    }
    let mut p = [0u64; 4];
    let mut h = FNV_OFFSET;
    let mut at = 0;
    for (pk, &e) in p.iter_mut().zip(&ends) {
        h = fnv_extend(h, &sb[at..e]);
        at = e;
        *pk = mix(h);
    }
    // Key suffixes of 1..=4 letters (the whole key when it is shorter): `starts[k]` is the byte
    // start of the last k + 1 letters.
    let kb = key.as_bytes();
    let mut starts = [0usize; 4];
    for (st, (b, _)) in starts.iter_mut().zip(key.char_indices().rev()) {
        *st = b;
    }
    let x: [u64; 4] = std::array::from_fn(|k| if starts[k] == 0 { w } else { hash_bytes(&kb[starts[k]..], FNV_OFFSET) });
    let sx: [u64; 4] = std::array::from_fn(|k| if stem_count > k { x[k] } else { s });
    let c = cluster(w);
    let cs = if pre.is_empty() { c } else { cluster(s) };
    let (xc, xs) = if lex.xclasses.is_empty() {
        (XC_UNKNOWN, XC_UNKNOWN)
    } else {
        let xl = |h: u64| lex.xclasses.get(&h).copied().unwrap_or(XC_UNKNOWN);
        let xc = xl(w);
        (xc, if pre.is_empty() { xc } else { xl(s) })
    };
    let m = if lex.mined.is_empty() {
        0
    } else {
        let lh = if pre.is_empty() || pre == "ال" { w } else { lookup_hash(key) };
        lex.mined.get(&lh).map_or(0, |&m| u64::from(m))
    };
    Atoms {
        w,
        s,
        pre: hash_str(pre),
        p,
        x,
        sx,
        shape: kind_id(kind) * 16 + length_bucket(key_count),
        c,
        cs,
        m,
        xc,
        xs,
        has_pre: !pre.is_empty(),
    }
}

/// The atoms as first written (one hash per string and per lookup): the reference the
/// optimised [`atoms`] must equal (tests).
#[cfg(test)]
fn reference_atoms(key: &str, kind: TokenKind, lex: &Lexicon) -> Atoms {
    let (pre, stem) = split_proclitic(key);
    let cluster = |k: &str| lex.clusters.get(&hash_str(k)).map_or(UNKNOWN_CLUSTER, |&p| u64::from(p));
    let prefix = |n: usize| stem.char_indices().nth(n).map_or(stem, |(b, _)| &stem[..b]);
    let (key_count, stem_count) = (key.chars().count(), stem.chars().count());
    let suffix = |n: usize| if key_count <= n { key } else { key.char_indices().nth(key_count - n).map_or(key, |(b, _)| &key[b..]) };
    let ssuffix = |n: usize| if stem_count <= n { stem } else { stem.char_indices().nth(stem_count - n).map_or(stem, |(b, _)| &stem[b..]) };
    let c = cluster(key);
    let cs = if stem.len() != key.len() { cluster(stem) } else { c };
    let (xc, xs) = if lex.xclasses.is_empty() {
        (XC_UNKNOWN, XC_UNKNOWN)
    } else {
        let x = |k: &str| lex.xclasses.get(&hash_str(k)).copied().unwrap_or(XC_UNKNOWN);
        let xc = x(key);
        (xc, if stem.len() != key.len() { x(stem) } else { xc })
    };
    let m = if lex.mined.is_empty() { 0 } else { lex.mined.get(&lookup_hash(key)).map_or(0, |&m| u64::from(m)) };
    Atoms {
        w: hash_str(key),
        s: hash_str(stem),
        pre: hash_str(pre),
        p: [hash_str(prefix(1)), hash_str(prefix(2)), hash_str(prefix(3)), hash_str(prefix(4))],
        x: [hash_str(suffix(1)), hash_str(suffix(2)), hash_str(suffix(3)), hash_str(suffix(4))],
        sx: [hash_str(ssuffix(1)), hash_str(ssuffix(2)), hash_str(ssuffix(3)), hash_str(ssuffix(4))],
        shape: kind_id(kind) * 16 + length_bucket(key_count),
        c,
        cs,
        m,
        xc,
        xs,
        has_pre: !pre.is_empty(),
    }
}

fn pad(pos: i64) -> Atoms {
    let v = 0x5EED_0000_0000_0000u64 | (pos + 8) as u64;
    Atoms { w: v, s: v, pre: v, p: [v; 4], x: [v; 4], sx: [v; 4], shape: v, c: v, cs: v, m: 0, xc: (pos + 8) as u32 | 0x8000_0000, xs: (pos + 8) as u32 | 0x8000_0000, has_pre: false }
}

/// Cluster prefix at `level` (1..=CLUSTER_LEVELS) of a path.
#[inline]
fn clevel(c: u64, level: u32) -> u64 {
    if c == UNKNOWN_CLUSTER || c >> 60 == 0x5 {
        c
    } else {
        (c >> (CLUSTER_BITS * (CLUSTER_LEVELS - level))) | (u64::from(level) << 20)
    }
}

/// Exchange class of packed classes `x` in clustering `slot`, as a feature atom: the class id,
/// or one value per padding position / unknown word; `None` when the model has no clustering in
/// that slot.
#[inline]
fn xslot(x: u32, slot: u32) -> Option<u64> {
    if x == XC_UNKNOWN || x & 0x8000_0000 != 0 {
        // Unknown word or padding: one atom per kind, shared by every slot.
        return Some(u64::from(x) | 1 << 40);
    }
    let c = (x >> (slot * XCLASS_BITS)) & XCLASS_NONE;
    (c != XCLASS_NONE).then_some(u64::from(c))
}

/// Inputs of the window network (`crate::nn`): the token's word vector (its key's, else its
/// clitic-stripped stem's), whether one was found, whether it has a proclitic, whether it is
/// not Arabic, and its gazetteer categories.
fn dense_inputs(tokens: &[Token], at: &[Atoms], gaz: &[[u8; N_CATEGORIES]], lex: &Lexicon, out: &mut Vec<f32>) {
    use crate::nn::{DIN, FLAG_KNOWN, FLAG_NON_ARABIC, FLAG_PROCLITIC, GAZ_INPUT, N_GAZ_INPUTS};
    out.clear();
    if lex.emb_index.is_empty() {
        return;
    }
    let dim = crate::EMB_DIM;
    out.resize(tokens.len() * DIN, 0.0);
    // (session 53, qperf) the key and stem hashes and the proclitic flag come from the atoms
    for (i, (a, t)) in at.iter().zip(tokens).enumerate() {
        let x = &mut out[i * DIN..(i + 1) * DIN];
        let row = lex.emb_index.get(&a.w).or_else(|| lex.emb_index.get(&a.s));
        if let Some(&r) = row {
            let v = &lex.emb[r as usize * dim..(r as usize + 1) * dim];
            for (a, &b) in x.iter_mut().zip(v) {
                *a = f32::from(b) * lex.emb_scale;
            }
            x[FLAG_KNOWN] = 1.0;
        }
        if a.has_pre {
            x[FLAG_PROCLITIC] = 1.0;
        }
        if t.kind != TokenKind::Arabic {
            x[FLAG_NON_ARABIC] = 1.0;
        }
        for c in 0..N_GAZ_INPUTS {
            if gaz[i][c] != GAZ_NONE {
                x[GAZ_INPUT + c] = 1.0;
            }
        }
    }
}

/// Extract the hashed features of `tokens` (of `text`) into `out`.
pub fn extract(text: &str, tokens: &[Token], lex: &Lexicon, bits: u32, out: &mut Features) {
    out.keys.clear();
    out.keys.extend(tokens.iter().map(|t| token_key(&text[t.range.clone()])));
    extract_from_keys(tokens, lex, bits, out);
}

/// [`extract`] given the search key of every token (`search_keys[i]` =
/// `search_key(&text[tokens[i].range])`; session 38: computed once per document and shared).
pub fn extract_keyed(tokens: &[Token], search_keys: &[std::borrow::Cow<'_, str>], lex: &Lexicon, bits: u32, out: &mut Features) {
    out.keys.clear();
    out.keys.extend(search_keys.iter().map(|k| token_key_of_search_key(k)));
    extract_from_keys(tokens, lex, bits, out);
}

/// The features of `tokens` whose keys are in `out.keys`.
fn extract_from_keys(tokens: &[Token], lex: &Lexicon, bits: u32, out: &mut Features) {
    out.ids.clear();
    out.offsets.clear();
    let n = tokens.len();
    // (session 45, qperf) room for about the features of an ordinary token (50 to 80 with the
    // gazetteer and exchange-class templates), so `ids` is not regrown a dozen times per text
    out.ids.reserve(n * 64);
    out.offsets.reserve(n + 1);
    let mut at: Vec<Atoms> = Vec::with_capacity(n + 4);
    at.push(pad(-2));
    at.push(pad(-1));
    at.extend(out.keys.iter().zip(tokens).map(|(k, t)| atoms(k, t.kind, lex)));
    at.push(pad(1));
    at.push(pad(2));
    let gaz = gazetteer_status(&out.keys, lex);
    dense_inputs(tokens, &at[2..n + 2], &gaz, lex, &mut out.dense);
    // (session 53, qperf) whether a token has any gazetteer status a feature reads: a token
    // whose ±2 window has none skips the 54 window checks
    let gaz_any: Vec<bool> = gaz.iter().map(|g| g[..N_FEATURE_CATEGORIES].iter().chain(&g[INDUCED_CATEGORIES]).any(|&x| x != GAZ_NONE)).collect();
    let mask = (1u64 << bits) - 1;
    out.offsets.push(0);
    for i in 0..n {
        let (m2, m1, c0, p1, p2) = (&at[i], &at[i + 1], &at[i + 2], &at[i + 3], &at[i + 4]);
        let mut push = |template: u64, atom: u64| {
            out.ids.push((mix(atom ^ template.wrapping_mul(0x9E37_79B9_7F4A_7C15)) & mask) as u32);
        };
        let pair = |a: u64, b: u64| mix(a ^ b.rotate_left(23));
        push(0, 0);
        // Word identity only for the token itself: context words enter through their stems and
        // clusters (raw neighbour words and word bigrams overfit; −1.8 F1 on dev).
        push(1, c0.w);
        push(6, c0.s);
        push(7, m1.s);
        push(8, p1.s);
        push(9, c0.pre);
        for k in 0..3 {
            push(10 + k as u64, c0.p[k]);
            push(13 + k as u64, c0.x[k]);
        }
        push(16, c0.shape);
        push(17, pair(pair(m1.shape, c0.shape), p1.shape));
        push(22, clevel(c0.c, 1));
        push(23, clevel(c0.c, 2));
        push(24, clevel(c0.c, 3));
        push(25, clevel(c0.c, 4));
        push(26, clevel(m1.c, 3));
        push(27, clevel(m1.c, 4));
        push(28, clevel(p1.c, 3));
        push(29, clevel(p1.c, 4));
        push(30, clevel(m2.c, 3));
        push(31, clevel(p2.c, 3));
        push(32, clevel(c0.cs, 4));
        push(33, clevel(c0.cs, 3));
        push(34, pair(c0.pre, clevel(c0.cs, 3)));
        push(35, pair(m1.w, clevel(c0.cs, 4)));
        // Affixes up to 4 letters: stem prefix, key suffix, stem suffix (+0.25 F1 in 5-fold CV).
        push(36, c0.p[3]);
        push(37, c0.x[3]);
        for k in 0..4 {
            push(100 + k as u64, c0.sx[k]);
        }
        // (Neighbour clusters at level 2, ±2 at level 4 and the stem's at level 2 were tried:
        // −0.77 F1 in 5-fold CV.)
        // Stem bigrams with each neighbour (+0.25).
        push(110, pair(m1.s, c0.s));
        push(111, pair(c0.s, p1.s));
        // Mined context class of the token (which keywords it follows in ANT: PER / ORG / LOC),
        // with its share bucket and with its count bucket (session 23).
        if c0.m != 0 {
            push(150, c0.m & 0x1F);
            push(151, (c0.m & 3) | (c0.m & 0xE0));
        }
        // Exchange-algorithm word classes (session 30; only in models trained with them): the
        // class of the token, of its stem and of each neighbour, per clustering (granularity).
        if !lex.xclasses.is_empty() {
            for slot in 0..XCLASS_LEVELS {
                let t = 160 + 4 * u64::from(slot);
                if let Some(a) = xslot(c0.xc, slot) {
                    push(t, a);
                }
                if c0.xs != c0.xc {
                    if let Some(a) = xslot(c0.xs, slot) {
                        push(t + 1, a);
                    }
                }
                if let Some(a) = xslot(m1.xc, slot) {
                    push(t + 2, a);
                }
                if let Some(a) = xslot(p1.xc, slot) {
                    push(t + 3, a);
                }
            }
        }
        // MajorCity and Agency drive the gazetteer backoff in decoding, not features.
        // Gazetteer status of the token and its neighbours for each category; the hand
        // categories also see ±2 (titles and keywords one word further away, +0.2), the
        // names induced from ANT only ±1 (templates 51..54, 71..74, 91..94).
        if !gaz_any[i.saturating_sub(2)..(i + 3).min(n)].iter().any(|&x| x) {
            out.offsets.push(out.ids.len() as u32);
            continue;
        }
        let hand = (0..N_FEATURE_CATEGORIES).map(|c| (c, &GAZ_WINDOW[..]));
        let induced = INDUCED_CATEGORIES.map(|c| (c, &GAZ_WINDOW[..3]));
        for (c, window) in hand.chain(induced) {
            for &(offset, template) in window {
                let Some(j) = i.checked_add_signed(offset).filter(|&j| j < n) else {
                    continue;
                };
                if gaz[j][c] != GAZ_NONE {
                    push(template + c as u64, u64::from(gaz[j][c]));
                }
            }
        }
        out.offsets.push(out.ids.len() as u32);
    }
}

/// Entity type of a tag index: 0 for O, 1..=4 for PER/ORG/LOC/MISC.
#[inline]
fn tag_type(t: u8) -> u64 {
    u64::from(t).div_ceil(2)
}

/// Second-stage (stacked) features: `feats` (the token's own features) plus non-local
/// features from the first-stage tags `stage1` over the whole text (Ratinov & Roth 2009):
/// what the first stage said about other occurrences of the same stem in the text (any
/// occurrence tagged X, the majority, the first occurrence), and whether the stem ends or
/// starts a first-stage person span; each also paired with the token's own first-stage type.
/// (The first-stage tags of the token and its ±1 neighbours as plain features were tried too:
/// same CV with 20-sentence texts, −0.5 per sentence.)
pub(crate) fn add_stacked(feats: &Features, stage1: &[u8], bits: u32) -> Features {
    let n = feats.len();
    let mask = (1u64 << bits) - 1;
    let stems: Vec<&str> = feats.keys.iter().map(|k| split_proclitic(k).1).collect();
    let stem_hash: Vec<u64> = stems.iter().map(|s| hash_str(s)).collect();
    // Stems of two letters or more (counted once per token).
    let long: Vec<bool> = stems.iter().map(|s| s.chars().nth(1).is_some()).collect();
    // Per stem: counts of first-stage types over its occurrences, and the type of its first.
    let mut doc: crate::model::Map<([u32; 5], u64)> = Default::default();
    for i in 0..n {
        if !long[i] {
            continue;
        }
        let e = doc.entry(stem_hash[i]).or_insert(([0; 5], tag_type(stage1[i])));
        e.0[tag_type(stage1[i]) as usize] += 1;
    }
    // Stems that end / start a first-stage person span of two or more tokens.
    let mut last_of_per: crate::model::Map<()> = Default::default();
    let mut first_of_per: crate::model::Map<()> = Default::default();
    for (s, e, kind) in crate::decode::spans(stage1) {
        if kind == crate::EntityType::Person && e - s >= 2 {
            last_of_per.insert(stem_hash[e - 1], ());
            first_of_per.insert(stem_hash[s], ());
        }
    }
    // (session 53, qperf) the second stage reads only the ids: no copy of the keys
    let mut out = Features { ids: Vec::with_capacity(feats.ids.len() + n * 8), offsets: Vec::with_capacity(n + 1), keys: Vec::new(), dense: Vec::new() };
    out.offsets.push(0);
    for i in 0..n {
        out.ids.extend_from_slice(feats.of(i));
        let mut push = |template: u64, atom: u64| {
            out.ids.push((mix(atom ^ (template + 1000).wrapping_mul(0x9E37_79B9_7F4A_7C15)) & mask) as u32);
        };
        let t0 = u64::from(stage1[i]);
        if let Some((counts, first)) = doc.get(&stem_hash[i]).filter(|_| long[i]) {
            let mut others = *counts;
            others[tag_type(stage1[i]) as usize] -= 1;
            let total: u32 = others.iter().sum();
            if total > 0 {
                for (ty, &c) in others.iter().enumerate().skip(1) {
                    if c > 0 {
                        push(210, ty as u64);
                        push(211, (ty as u64) << 4 | tag_type(stage1[i]));
                    }
                }
                let maj = (0..5).max_by_key(|&t| (others[t], std::cmp::Reverse(t))).unwrap_or(0) as u64;
                push(216, maj);
                push(218, (maj << 4) | t0);
                if others[0] == total {
                    push(215, 0);
                }
                push(217, *first);
            }
        }
        if last_of_per.contains_key(&stem_hash[i]) {
            push(220, t0);
        }
        if first_of_per.contains_key(&stem_hash[i]) {
            push(221, t0);
        }
        out.offsets.push(out.ids.len() as u32);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_variants_of_proclitic_words() {
        // (session 44) والولايات wa-l-wilāyāt "and the states" → with the article, then bare;
        // للوفاق li-l-wifāq "for the accord" likewise; وبوتين wa-būtīn "and Putin" → بوتين;
        // الوفاق al-wifāq and Moscow stay as they are; وزير wazīr "minister" is also looked up as
        // و + زير (alternatives only: the lexicon match decides, see `trimmed_start`)
        let cases: [(&str, &[&str]); 7] = [
            ("والولايات", &["والولايات", "الولايات", "ولايات"]),
            ("للوفاق", &["للوفاق", "الوفاق", "وفاق"]),
            ("وروسيا", &["وروسيا", "روسيا"]),
            ("الوفاق", &["الوفاق"]),
            ("وزير", &["وزير", "زير"]),
            // (session 45) وبوتين wa-būtīn "and Putin": و + بوتين first, then وب + وتين
            ("وبوتين", &["وبوتين", "بوتين", "وتين"]),
            ("moscow", &["moscow"]),
        ];
        for (w, want) in cases {
            let (vars, n) = variants(w);
            let got: Vec<&str> = vars.iter().take(n).map(|v| v.as_deref().unwrap_or("")).collect();
            assert_eq!(got, want, "{w}");
        }
    }
    use crate::model::Category;

    /// An ANT-induced phrase (given as keys) marks its tokens with the induced category and
    /// adds features to them and to their ±1 neighbours; a proclitic on the first word is
    /// looked through as for the other gazetteers.
    #[test]
    fn induced_phrase_adds_features() {
        // والوكرة فاز wa-l-wakra fāza "and al-Wakra won"; كريم karīm (a name) after it.
        let text = "قال والوكرة فاز امس";
        let tokens = marsad_text::tokenize(text);
        let mut plain = Features::default();
        extract(text, &tokens, &Lexicon::new(), 18, &mut plain);
        let mut lex = Lexicon::new();
        lex.add_phrase_keys(&[token_key("الوكرة").as_str()], Category::InducedOrganization);
        let mut with = Features::default();
        extract(text, &tokens, &lex, 18, &mut with);
        let gaz = gazetteer_status(&with.keys, &lex);
        let org = Category::InducedOrganization as usize;
        assert_eq!(gaz.iter().map(|g| g[org]).collect::<Vec<_>>(), vec![GAZ_NONE, GAZ_SINGLE, GAZ_NONE, GAZ_NONE]);
        // One extra feature on the token and on each neighbour, none two tokens away.
        let extra: Vec<usize> = (0..tokens.len()).map(|i| with.of(i).len() - plain.of(i).len()).collect();
        assert_eq!(extra, vec![1, 1, 1, 0]);
    }

    /// A word with a mined context code gets two features (class × share, class × count)
    /// where it stands, none elsewhere; the code survives a model round trip (format 4).
    #[test]
    fn mined_code_adds_features_and_round_trips() {
        // فاز الوفاق امس fāza al-wifāq ams "al-Wifaq won yesterday".
        let text = "فاز الوفاق امس";
        let tokens = marsad_text::tokenize(text);
        let mut plain = Features::default();
        extract(text, &tokens, &Lexicon::new(), 18, &mut plain);
        let mut lex = Lexicon::new();
        let code = mined_code(MINED_ORG, 4, 2);
        // وللوفاق wa-li-l-wifāq "and for al-Wifaq" is looked up as الوفاق.
        assert_eq!(lookup_key(&token_key("وللوفاق")), token_key("الوفاق"));
        // (session 45) وبوتين wa-būtīn "and Putin" is looked up as بوتين, as documented.
        assert_eq!(lookup_key(&token_key("وبوتين")), token_key("بوتين"));
        // The allocation-free hash agrees with the lookup form: وبالوفاق, بوفاق, الوفاق, وفاق
        // (wa-bi-l-wifāq, bi-wifāq, al-wifāq, wifāq).
        for w in ["وبالوفاق", "بوفاق", "الوفاق", "وفاق", "وللوفاق", "فاز", "وبوتين", "ولبنان"] {
            let k = token_key(w);
            assert_eq!(lookup_hash(&k), hash_str(&lookup_key(&k)), "{w}");
        }
        lex.add_mined(hash_str(&lookup_key(&token_key("الوفاق"))), code);
        let mut with = Features::default();
        extract(text, &tokens, &lex, 18, &mut with);
        let extra: Vec<usize> = (0..tokens.len()).map(|i| with.of(i).len() - plain.of(i).len()).collect();
        assert_eq!(extra, vec![0, 2, 0]);
        let model = crate::model::Model::from_float(12, &vec![0.5; crate::N_TAGS << 12], [[0.0; crate::N_TAGS]; crate::N_TAGS], [0.0; crate::N_TAGS], lex);
        let back = crate::model::Model::from_bytes(&model.to_bytes()).expect("version 4 parses");
        assert_eq!(back.lexicon().mined_code_of(&token_key("والوفاق")), code);
        assert_eq!(back.lexicon().n_mined(), 1);
        assert_eq!(back.to_bytes(), model.to_bytes());
    }

    // Session 30, NER

    /// Exchange classes: a word's class is a feature of the word and of its ±1 neighbours, one
    /// per clustering; a lexicon without the table gives exactly the old features, and the
    /// table survives a model round trip (format 5).
    #[test]
    fn exchange_classes_add_features_and_round_trip() {
        // قال سامر امس qāla sāmir ams "Samir said yesterday" (invented).
        let text = "قال سامر امس";
        let tokens = marsad_text::tokenize(text);
        let feats = |lex: &Lexicon| {
            let mut f = Features::default();
            extract(text, &tokens, lex, 18, &mut f);
            (0..tokens.len()).map(|i| f.of(i).to_vec()).collect::<Vec<_>>()
        };
        let plain = feats(&Lexicon::new());
        let with_class = |c: u32| {
            let mut lex = Lexicon::new();
            lex.add_xclasses(&token_key("سامر"), &[c, 17]);
            lex
        };
        let (a, b) = (feats(&with_class(5)), feats(&with_class(6)));
        for i in 0..tokens.len() {
            assert!(a[i].len() > plain[i].len(), "token {i} gains exchange-class features");
            assert!(plain[i].iter().all(|x| a[i].contains(x)), "token {i} keeps its old features");
            // Class 5 vs class 6 in the first clustering: one feature differs on the word and on
            // each neighbour.
            let differ = a[i].iter().zip(&b[i]).filter(|(x, y)| x != y).count();
            assert_eq!(differ, 1, "token {i}");
        }
        let lex = with_class(5);
        assert_eq!(lex.xclasses.get(&hash_str(&token_key("سامر"))), Some(&(5 | 17 << crate::XCLASS_BITS | crate::XCLASS_NONE << (2 * crate::XCLASS_BITS))));
        let model = crate::model::Model::from_float(12, &vec![0.5; crate::N_TAGS << 12], [[0.0; crate::N_TAGS]; crate::N_TAGS], [0.0; crate::N_TAGS], lex);
        let back = crate::model::Model::from_bytes(&model.to_bytes()).expect("version 5 parses");
        assert_eq!(back.lexicon().n_xclasses(), 1);
        assert_eq!(back.to_bytes(), model.to_bytes());
    }

    // Session 53, perf: the optimised atoms equal the straightforward reference

    /// Every word of one to six letters over proclitic letters, other Arabic letters, a Latin
    /// letter and a digit (some known to the cluster, exchange-class and mined tables, so the
    /// stem lookups are exercised): the single-pass [`atoms`] equals [`reference_atoms`].
    #[test]
    fn atoms_equal_reference() {
        let letters = ["و", "ب", "ا", "ل", "ف", "ك", "م", "ه", "a", "0"];
        let mut words: Vec<String> = vec![String::new()];
        let mut layer = vec![String::new()];
        for depth in 0..6 {
            // beyond four letters, a sample (every seventh word) keeps the test quick
            layer = layer.iter().flat_map(|w| letters.iter().map(move |l| format!("{w}{l}"))).enumerate().filter(|(k, _)| depth < 4 || k % 7 == 0).map(|(_, w)| w).collect();
            words.extend(layer.iter().cloned());
        }
        let mut lex = Lexicon::new();
        for (k, w) in words.iter().enumerate().filter(|(k, _)| k % 3 == 0) {
            lex.clusters.insert(hash_str(w), k as u32);
            lex.add_xclasses(w, &[k as u32 % 50, 7]);
            lex.add_mined(hash_str(w), mined_code(MINED_PER, (k % 8) as u8, 1));
        }
        for w in &words {
            for kind in [TokenKind::Arabic, TokenKind::Latin] {
                assert_eq!(atoms(w, kind, &lex), reference_atoms(w, kind, &lex), "{w}");
                assert_eq!(atoms(w, kind, &Lexicon::new()), reference_atoms(w, kind, &Lexicon::new()), "{w}");
            }
        }
    }
}
