//! Stemming for search keys and dictionary matching.
//!
//! * [`light_stem`]: Lucene's `ArabicStemmer` (Larkey et al.'s *light10*), a few prefixes and
//!   suffixes cut under length conditions. Cheap, returns a sub-slice, conservative.
//! * [`snowball_stem`]: the Snowball Arabic stemmer (via `rust-stemmers`), more aggressive,
//!   with its own internal normalization.
//!
//! [`stem`] picks one by [`StemMode`] and takes a surface form.

use crate::normalize::search_key;
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// Which stemmer [`stem`] runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StemMode {
    /// Search key, then [`light_stem`].
    #[default]
    Light,
    /// [`snowball_stem`] on the surface form (Snowball normalizes by itself).
    Snowball,
}

/// Stem a surface form.
pub fn stem(surface: &str, mode: StemMode) -> Cow<'_, str> {
    match mode {
        StemMode::Light => match search_key(surface) {
            Cow::Borrowed(k) => Cow::Borrowed(light_stem(k)),
            Cow::Owned(k) => Cow::Owned(light_stem(&k).to_owned()),
        },
        StemMode::Snowball => snowball_stem(surface),
    }
}

/// light10 prefixes in Lucene's order; the first that fits is removed.
/// ال al- "the", وال wa-l- "and the", بال bi-l- "with the", كال ka-l- "like the",
/// فال fa-l- "so the", لل li-l- "for the", و wa- "and".
const PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];

/// light10 suffixes in Lucene's order; each that fits is removed, in turn.
/// ها -hā "her", ان -ān dual, ات -āt fem. plural, ون -ūn / ين -īn masc. plural, يه -iyh,
/// ية -iyya nisba, ه -h "his", ة -a fem., ي -ī nisba / "my".
const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// Light stem (Lucene `ArabicStemmer`, light10) of an already search-normalized key.
/// Returns a sub-slice of `key`.
///
/// Length conditions are Lucene's, counted in UTF-16 code units as Java does: a one-letter
/// prefix (و) needs a word of at least 4, a longer prefix at least its length + 2; a suffix
/// is removed only if at least 2 units remain.
///
/// ```
/// use marsad_text::stem::light_stem;
/// assert_eq!(light_stem("والكتاب"), "كتاب"); // wa-l-kitāb "and the book"
/// assert_eq!(light_stem("ساهدات"), "ساهد");
/// assert_eq!(light_stem("الو"), "الو"); // too short to stem
/// ```
pub fn light_stem(key: &str) -> &str {
    let mut s = key;
    let mut len = utf16_len(s);
    for p in PREFIXES {
        // Affixes are Arabic letters: two UTF-8 bytes, one UTF-16 unit each.
        let plen = p.len() / 2;
        let fits = if plen == 1 { len >= 4 } else { len >= plen + 2 };
        if fits && s.starts_with(p) {
            s = &s[p.len()..];
            len -= plen;
            break;
        }
    }
    for suf in SUFFIXES {
        let slen = suf.len() / 2;
        if len >= slen + 2 && s.ends_with(suf) {
            s = &s[..s.len() - suf.len()];
            len -= slen;
        }
    }
    s
}

fn utf16_len(s: &str) -> usize {
    // One unit per char (every byte but continuation bytes 0b10xx_xxxx), two for chars
    // outside the BMP (4-byte sequences, lead byte >= 0xF0).
    s.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// Snowball Arabic stem of a word (surface form or key: Snowball folds hamza forms,
/// diacritics and Arabic-Indic digits itself).
pub fn snowball_stem(word: &str) -> Cow<'_, str> {
    Stemmer::create(Algorithm::Arabic).stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    proptest::proptest! {
        #[test]
        fn utf16_len_counts_code_units(s in "\\PC{0,12}") {
            proptest::prop_assert_eq!(utf16_len(&s), s.chars().map(char::len_utf16).sum::<usize>());
        }
    }

    /// `word -> light | snowball` for each whitespace-separated word.
    fn check(input: &str, expect: Expect) {
        let rendered: Vec<String> = input
            .split_whitespace()
            .map(|w| format!("{w} -> {} | {}", stem(w, StemMode::Light), stem(w, StemMode::Snowball)))
            .collect();
        expect.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn light10_prefixes() {
        // Snowball's rules differ: it keeps وال/بال/و here and cuts the final ن (observed).
        // الحسن al-ḥasan; والحسن wa-l-ḥasan "and al-Hasan"; بالحسن bi-l-ḥasan "with al-Hasan";
        // كالحسن ka-l-ḥasan "like al-Hasan"; فالحسن fa-l-ḥasan "so al-Hasan";
        // للاخر li-l-ākhar "for the other"; وحسن wa-ḥasan "and Hasan"
        check(
            "الحسن والحسن بالحسن كالحسن فالحسن للاخر وحسن",
            expect![[r#"
                الحسن -> حسن | حسن
                والحسن -> حسن | والحس
                بالحسن -> حسن | بالحس
                كالحسن -> حسن | كالحس
                فالحسن -> حسن | فالحس
                للاخر -> اخر | اخر
                وحسن -> حسن | وحس"#]],
        );
    }

    #[test]
    fn light10_suffixes() {
        // زوجها zawjuhā "her husband"; ساهدات (Lucene's test stem) with -āt; مدرسة madrasa
        // "school" (ة folded to ه by the search key, then cut); وساهدون wa- + -ūn
        check(
            "زوجها ساهدات ساهدهات مدرسة وساهدون",
            expect![[r#"
                زوجها -> زوج | زوج
                ساهدات -> ساهد | ساهدا
                ساهدهات -> ساهد | ساهدها
                مدرسة -> مدرس | مدرس
                وساهدون -> ساهد | ساهد"#]],
        );
    }

    #[test]
    fn length_conditions() {
        // الو (too short for ال: 3 < 4); وله walahu "and to him" (و needs 4 letters, but
        // ه only needs 2 left); بني banī "sons of" (ي cut, بن left). Snowball leaves Latin.
        check(
            "الو وله بني English",
            expect![[r#"
                الو -> الو | الو
                وله -> ول | وله
                بني -> بن | بن
                English -> english | English"#]],
        );
    }

    #[test]
    fn light_stem_is_a_sub_slice() {
        let key = "والمدرسه";
        let s = light_stem(key);
        let start = s.as_ptr() as usize - key.as_ptr() as usize;
        assert_eq!(&key[start..start + s.len()], s);
        assert_eq!(s, "مدرس");
    }
}

#[cfg(test)]
mod affix_tests {
    /// `light_stem` counts affix length as bytes / 2: every affix must be 2-byte letters.
    #[test]
    fn affixes_are_two_byte_letters() {
        for a in super::PREFIXES.iter().chain(super::SUFFIXES.iter()) {
            assert_eq!(a.len(), 2 * a.chars().count(), "{a}");
        }
    }
}
