//! (session 51) Quantity and partitive words: one word class for the quote passes that ask
//! whether a noun counts or picks out part of a group (بعض المسؤولين baʿḍu l-masʾūlīna "some
//! officials", عشرات المحتجين ʿašarātu l-muḥtajjīna "tens of protesters", كبار القادة kibāru
//! l-qāda "the senior leaders"). Each caller picks the kinds it trusts.
//!
//! A word is looked up as a search key (ة tāʾ marbūṭa folded to ه) or as a fold key (ة kept):
//! both spellings of the ending are one entry.

/// What a quantity word does to the noun after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quantity {
    /// A part of the group: بعض baʿḍ "some", معظم muʿẓam "most", بقية baqiyya "the rest".
    Partitive,
    /// The whole group: كل kull "every", جميع jamīʿ "all", كافة kāffa "all".
    Universal,
    /// A count noun: عدد ʿadad "a number", عشرات ʿašarāt "tens", آلاف ālāf "thousands".
    Count,
    /// A cardinal number word: ثلاثة ṯalāṯa "three", عشر ʿašr "ten".
    Numeral,
    /// One of the group: أحد aḥad / إحدى iḥdā "one of".
    One,
    /// Many: كثير kaṯīr "many".
    Many,
    /// A rank or standing within the group: كبار kibār "senior", أول awwal "first", آخر āḫar
    /// "last", أبرز abraz "most prominent".
    Rank,
    /// The comparative أكثر akṯar "more (than), most".
    Comparative,
}

/// The words, as search keys (ة written ه).
const WORDS: &[(&str, Quantity)] = &[
    ("بعض", Quantity::Partitive),
    ("معظم", Quantity::Partitive),
    ("غالبيه", Quantity::Partitive),
    ("اغلب", Quantity::Partitive),
    ("اغلبيه", Quantity::Partitive),
    ("اكثريه", Quantity::Partitive),
    ("بقيه", Quantity::Partitive),
    ("باقي", Quantity::Partitive),
    ("سائر", Quantity::Partitive),
    ("نصف", Quantity::Partitive),
    ("قله", Quantity::Partitive),
    ("كل", Quantity::Universal),
    ("جميع", Quantity::Universal),
    ("كافه", Quantity::Universal),
    ("عدد", Quantity::Count),
    ("عشرات", Quantity::Count),
    ("مئات", Quantity::Count),
    ("ميات", Quantity::Count),
    ("الاف", Quantity::Count),
    ("ملايين", Quantity::Count),
    ("اثنان", Quantity::Numeral),
    ("ثلاث", Quantity::Numeral),
    ("ثلاثه", Quantity::Numeral),
    ("اربع", Quantity::Numeral),
    ("اربعه", Quantity::Numeral),
    ("خمس", Quantity::Numeral),
    ("خمسه", Quantity::Numeral),
    ("ست", Quantity::Numeral),
    ("سته", Quantity::Numeral),
    ("سبع", Quantity::Numeral),
    ("سبعه", Quantity::Numeral),
    ("ثماني", Quantity::Numeral),
    ("ثمانيه", Quantity::Numeral),
    ("تسع", Quantity::Numeral),
    ("تسعه", Quantity::Numeral),
    ("عشر", Quantity::Numeral),
    ("عشره", Quantity::Numeral),
    ("احد", Quantity::One),
    ("احدي", Quantity::One),
    ("كثير", Quantity::Many),
    ("كبار", Quantity::Rank),
    ("صغار", Quantity::Rank),
    ("اول", Quantity::Rank),
    ("اخر", Quantity::Rank),
    ("ابرز", Quantity::Rank),
    ("اكثر", Quantity::Comparative),
];

/// The kind of a quantity word given as a search key or a fold key; `None` for any other word.
pub(super) fn quantity(key: &str) -> Option<Quantity> {
    let teh_stem = key.strip_suffix('ة');
    WORDS
        .iter()
        .find(|(w, _)| match teh_stem {
            Some(stem) => w.strip_suffix('ه') == Some(stem),
            None => *w == key,
        })
        .map(|&(_, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings_of_the_feminine_ending_are_one_word() {
        // غالبية / غالبيه ġālibiyya "the majority"
        assert_eq!(quantity("غالبية"), Some(Quantity::Partitive));
        assert_eq!(quantity("غالبيه"), Some(Quantity::Partitive));
        // عشرة / عشره ʿašara "ten"; عشر alone is a word of its own
        assert_eq!(quantity("عشرة"), Some(Quantity::Numeral));
        assert_eq!(quantity("عشر"), Some(Quantity::Numeral));
        // a word of the list with a ة that the list does not end in ه: no entry
        assert_eq!(quantity("بعضة"), None);
        assert_eq!(quantity("المسؤولين"), None);
    }
}
