//! Token keys and stable hashing.
//!
//! NER never looks at the surface form directly: it sees the search key of each token
//! ([`marsad_text::normalize::search_key`]), so الإيراني and الايراني ("the Iranian", with and
//! without hamza) are the same feature. Entity ranges still point into the original text.

use marsad_text::chars;
use marsad_text::normalize::search_key;

/// The key of a token surface: the search key, then a small idempotent fold of the letters the
/// model depends on most (alef/hamza, alef maksura, teh marbuta, diacritics). Once the real
/// search normalizer does the same folding this second step changes nothing; it keeps model
/// features stable whichever normalizer version a model was trained with.
pub fn token_key(surface: &str) -> String {
    token_key_of_search_key(&search_key(surface))
}

/// [`token_key`] of a surface whose search key `k` is already known (session 38: the engine
/// computes the search key of every token once per document).
pub fn token_key_of_search_key(k: &str) -> String {
    let mut out = String::with_capacity(k.len());
    for c in k.chars() {
        match c {
            chars::ALEF_HAMZA_ABOVE | chars::ALEF_HAMZA_BELOW | chars::ALEF_MADDA | chars::ALEF_WASLA => out.push(chars::ALEF),
            chars::ALEF_MAKSURA | chars::YEH_HAMZA | chars::FARSI_YEH => out.push(chars::YEH),
            chars::TEH_MARBUTA | chars::HEH_YEH_ABOVE | chars::HEH_GOAL => out.push(chars::HEH),
            chars::WAW_HAMZA => out.push('و'),
            chars::KEHEH => out.push('ك'),
            // (session 44, qperf) the other base letters ء..غ and ف..ي are kept as they are
            // (no diacritic, tatweel, control, digit or case among them), without the tests below
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => out.push(c),
            c if chars::is_diacritic(c) || c == chars::TATWEEL || chars::is_format_control(c) => {}
            c if chars::is_digit(c) => out.push('0'),
            c if c.is_uppercase() => out.extend(c.to_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// Proclitic strings stripped from keys for the "stem" features, longest first.
/// `// وبال wa-bi-l "and with the"`, `// لل li-l "for the"`, `// و wa "and"`.
const PROCLITICS: &[&str] = &[
    "وبال", "وكال", "فبال", "ولل", "فال", "وال", "بال", "كال", "فلل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
];

/// Split a key into (proclitic, rest). The rest keeps at least three letters (two after ال),
/// so short words like وزير are not cut to nothing useful; the model weighs the split, it
/// does not trust it.
pub fn split_proclitic(key: &str) -> (&str, &str) {
    // Any other first letter has no proclitic (the common case, answered without trying the 21
    // prefixes).
    if !marsad_text::clitic::may_begin_with_proclitic(key) {
        return ("", key);
    }
    // (session 44, qperf) The first eight bytes of the key as one integer, compared with each
    // proclitic's bytes under its mask: every proclitic has at most four letters of two bytes,
    // so this is `strip_prefix` without a `memcmp` call per proclitic (the NER calls this
    // several times per token).
    let b = key.as_bytes();
    let mut head = [0u8; 8];
    for (h, &x) in head.iter_mut().zip(b) {
        *h = x;
    }
    let head = u64::from_le_bytes(head);
    for p in &PROCLITIC_TABLE {
        if b.len() >= p.len && head & p.mask == p.bytes {
            let rest = &key[p.len..];
            // The rest keeps at least `min` letters (`nth(min - 1)` exists: no full count).
            if rest.chars().nth(p.min - 1).is_some() {
                return (&key[..p.len], rest);
            }
        }
    }
    ("", key)
}

/// One proclitic of [`PROCLITICS`] for [`split_proclitic`]: its bytes (little-endian, at most
/// eight), the mask of its length, its length in bytes, and how many letters the rest keeps
/// (two after a proclitic with the article ال or ending in لل, else three).
struct Proclitic {
    bytes: u64,
    mask: u64,
    len: usize,
    min: usize,
}

const fn proclitic(p: &str) -> Proclitic {
    let b = p.as_bytes();
    assert!(b.len() <= 8);
    let mut bytes = 0u64;
    let mut i = 0;
    while i < b.len() {
        bytes |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    let mask = if b.len() == 8 { u64::MAX } else { (1u64 << (8 * b.len())) - 1 };
    // "ال" anywhere in the proclitic, or "لل" at its end (the rule `split_proclitic` states)
    let (al, ll) = ("ال".as_bytes(), "لل".as_bytes());
    let mut article = false;
    let mut j = 0;
    while j + al.len() <= b.len() {
        if b[j] == al[0] && b[j + 1] == al[1] && b[j + 2] == al[2] && b[j + 3] == al[3] {
            article = true;
        }
        j += 1;
    }
    let n = b.len();
    if n >= ll.len() && b[n - 4] == ll[0] && b[n - 3] == ll[1] && b[n - 2] == ll[2] && b[n - 1] == ll[3] {
        article = true;
    }
    Proclitic { bytes, mask, len: n, min: if article { 2 } else { 3 } }
}

const PROCLITIC_TABLE: [Proclitic; PROCLITICS.len()] = {
    let mut i = 0;
    let mut t = [const { Proclitic { bytes: 0, mask: 0, len: 0, min: 0 } }; PROCLITICS.len()];
    while i < PROCLITICS.len() {
        t[i] = proclitic(PROCLITICS[i]);
        i += 1;
    }
    t
};

/// Definite-article-free form for lexicon lookups: strips a leading ال al- "the" only.
pub fn strip_article(key: &str) -> &str {
    match key.strip_prefix("ال") {
        Some(rest) if rest.chars().nth(1).is_some() => rest,
        _ => key,
    }
}

/// FNV-1a over bytes, finished with a splitmix64 mix. Stable across platforms and Rust
/// versions (models store hashed features, so `std`'s hasher is not an option).
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes(), 0xcbf2_9ce4_8422_2325)
}

pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let mut h = seed;
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

/// splitmix64 finalizer.
#[inline]
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of a sequence of token keys (gazetteer phrases): keys joined by a space.
pub fn phrase_hash<'a>(keys: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for (i, k) in keys.into_iter().enumerate() {
        if i > 0 {
            h ^= u64::from(b' ');
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for &x in k.as_bytes() {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    mix(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_proclitic_passes_the_shared_guard() {
        assert!(PROCLITICS.iter().all(|p| marsad_text::clitic::may_begin_with_proclitic(p)));
    }

    #[test]
    fn keys_fold_hamza_and_teh_marbuta() {
        // الإيرانية al-īrāniyya "the Iranian (f.)"
        assert_eq!(token_key("الإيرانية"), "الايرانيه");
        assert_eq!(token_key("Moscow"), "moscow");
        assert_eq!(token_key("٢٠٠١"), "0000");
    }

    #[test]
    fn proclitic_table_is_the_strip_prefix_rule() {
        // (session 44) the byte table answers what the strip_prefix loop answered
        fn reference(key: &str) -> (&str, &str) {
            if !marsad_text::clitic::may_begin_with_proclitic(key) {
                return ("", key);
            }
            for p in PROCLITICS {
                if let Some(rest) = key.strip_prefix(p) {
                    let min = if p.contains("ال") || p.ends_with("لل") { 2 } else { 3 };
                    if rest.chars().nth(min - 1).is_some() {
                        return (&key[..p.len()], rest);
                    }
                }
            }
            ("", key)
        }
        // every word of one to five letters over the proclitic letters and three others
        let letters = ["و", "ب", "ا", "ل", "ف", "ك", "م", "ه", "a"];
        let mut words: Vec<String> = Vec::new();
        let mut layer = vec![String::new()];
        for _ in 0..5 {
            layer = layer.iter().flat_map(|w| letters.iter().map(move |l| format!("{w}{l}"))).collect();
            words.extend(layer.iter().cloned());
        }
        for p in PROCLITICS {
            words.push(p.to_string());
        }
        for w in &words {
            assert_eq!(split_proclitic(w), reference(w), "{w}");
        }
    }

    #[test]
    fn proclitics() {
        // وروسيا wa-rūsiyā "and Russia"
        assert_eq!(split_proclitic("وروسيا"), ("و", "روسيا"));
        // بالمدينه bi-l-madīna "in the city"
        assert_eq!(split_proclitic("بالمدينه"), ("بال", "مدينه"));
        // وزير wazīr "minister": و + زير is allowed (three letters), the model decides.
        assert_eq!(split_proclitic("لي"), ("", "لي"));
    }

    #[test]
    fn phrase_hash_is_joined_hash() {
        assert_eq!(phrase_hash(["a", "b"]), hash_str("a b"));
    }
}
