//! (session 50) Verbal nouns (maṣdar) read off their letters, and the lexicon of verbal nouns
//! of resolve and need that stand as a reporting verb's object.
//!
//! One shape classifier, [`masdar_shape`]; each caller picks the patterns it trusts: after و
//! wa- "and" the tafʿīl / ifʿāl shapes mark a coordinated noun, not a coordinated verb
//! ([`is_coordinated_masdar`]); after a reporting verb the derived-verb shapes without ifʿāl
//! mark the verb's object ([`is_derived_masdar`]), since ifʿāl is also written like a broken
//! plural (احزاب aḥzāb "parties"). Form-I verbal nouns have no shape of their own (عزم ʿazm
//! "resolve", رفض rafḍ "refusal" look like any noun): they are listed in [`is_object_masdar`].

/// The pattern of a verbal noun of a derived verb, by its letters (a search key without the
/// article or a pronoun).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MasdarShape {
    /// إفعال ifʿāl, five letters ا _ _ ا _: اعلان iʿlān "announcement" (also a broken plural:
    /// احزاب aḥzāb "parties").
    Ifal,
    /// افتعال iftiʿāl, with ط / د for ت after the first radical: اعتقال iʿtiqāl "arrest",
    /// اضطرار iḍṭirār "compulsion".
    Iftial,
    /// انفعال infiʿāl: انسحاب insiḥāb "withdrawal".
    Infial,
    /// استفعال istifʿāl: استعداد istiʿdād "readiness".
    Istifal,
    /// تفعيل tafʿīl, five letters ت _ _ ي _: تاييد taʾyīd "support", تمويل tamwīl "financing".
    Tafil,
    /// تفعّل tafaʿʿul, four letters ت _ _ _ with no ا (which leaves out تيار tayyār
    /// "current"): تدخل tadaḫḫul "interference".
    Tafaul,
}

/// The verbal-noun pattern the letters of `stem` spell, if any.
pub(super) fn masdar_shape(stem: &str) -> Option<MasdarShape> {
    let c: Vec<char> = stem.chars().collect();
    match c.as_slice() {
        ['ا', 'ن', _, _, 'ا', _] => Some(MasdarShape::Infial),
        ['ا', _, 'ت' | 'ط' | 'د', _, 'ا', _] => Some(MasdarShape::Iftial),
        ['ا', 'س', 'ت', _, _, 'ا', _] => Some(MasdarShape::Istifal),
        ['ا', _, _, 'ا', _] => Some(MasdarShape::Ifal),
        ['ت', _, _, 'ي', _] => Some(MasdarShape::Tafil),
        ['ت', rest @ ..] if rest.len() == 3 && !rest.contains(&'ا') => Some(MasdarShape::Tafaul),
        _ => None,
    }
}

/// (session 40, `s40-qcarry`) A و-word with the shape of a verbal noun of the patterns تفعيل
/// tafʿīl and إفعال ifʿāl (وتمويل wa-tamwīl "and financing", واعلان wa-iʿlān "and the
/// announcement"): a coordinated noun, not a coordinated verb (وتابع، واعتبر، وتشير differ in
/// shape).
pub(super) fn is_coordinated_masdar(w: &str) -> bool {
    w.strip_prefix('و').and_then(masdar_shape).is_some_and(|s| matches!(s, MasdarShape::Tafil | MasdarShape::Ifal))
}

/// (session 49) Is `stem` a verbal noun of a derived verb: any [`MasdarShape`] but ifʿāl, whose
/// letters a broken plural shares (احزاب aḥzāb "parties", اطباء "doctors")?
pub(super) fn is_derived_masdar(stem: &str) -> bool {
    masdar_shape(stem).is_some_and(|s| s != MasdarShape::Ifal)
}

/// A possessive pronoun suffix written on `key` (ـهما -humā, ـهم -hum, ـها -hā, ـه -hu), and
/// the word before it: (suffix, stem).
pub(super) fn split_possessive(key: &str) -> Option<(&'static str, &str)> {
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p).map(|s| (*p, s)))
}

/// (session 50, `s50-qexpl`) Form-I verbal nouns that a reporting verb takes as its object and
/// that no shape tells from other nouns (a word class, not a list of outputs): قول qawl
/// "saying", قبض qabḍ "seizing" (وأكد القبض على "he confirmed the arrest of"), علم ʿilm
/// "knowledge" (نفى علمه بالأمر "he denied knowing of the matter"), وجود wujūd "existence"
/// (نفى وجود اتفاق "he denied there was an agreement"), وقوع wuqūʿ "occurrence", ضلوع ḍulūʿ
/// "involvement", عزم ʿazm "resolve", حرص ḥirṣ "eagerness", رفض rafḍ "refusal", دعم daʿm
/// "support", قلق qalaq "concern". None names a speaker.
pub(super) fn is_form1_masdar(stem: &str) -> bool {
    matches!(stem, "قول" | "قبض" | "علم" | "وجود" | "وقوع" | "ضلوع") || FORM1_OBJECT_NOUNS.contains(&stem)
}

/// The form-I verbal nouns of resolve and stance (عزم، حرص، رفض، دعم، قلق): members of both
/// classes, [`is_form1_masdar`] by form and [`is_object_masdar`] by meaning.
const FORM1_OBJECT_NOUNS: &[&str] = &["عزم", "حرص", "رفض", "دعم", "قلق"];

/// The other verbal nouns of resolve and need of [`is_object_masdar`] (search keys, ة as ه).
const OTHER_OBJECT_NOUNS: &[&str] = &["التزام", "استعداد", "رغبه", "ضروره", "اهميه", "تمسك", "ترحيب", "تضامن", "استنكار", "ادانه", "حاجه"];

/// (session 50) A verbal noun with a possessive pronoun (استعدادها istiʿdādahā "its
/// readiness", تورطه "his involvement", علمه ʿilmahu "his knowledge", قوله qawlahu "his
/// saying"): a derived shape ([`is_derived_masdar`]; after bare ه only stems of five letters or
/// more, since a four-letter key may end in ة: حكومه ḥukūma "government") or a listed form-I
/// noun ([`is_form1_masdar`]).
pub(super) fn is_possessed_verbal_noun(key: &str) -> bool {
    split_possessive(key).is_some_and(|(p, s)| is_form1_masdar(s) || ((p != "ه" || s.chars().count() >= 5) && is_derived_masdar(s)))
}

/// (session 39, qexpl2) Verbal nouns of resolve and need that follow a reporting verb as its
/// object, never as its subject: كما أكد العزم على kamā akkada l-ʿazma ʿalā "he also affirmed
/// the resolve to", أبدى استعداده لـ "he expressed his readiness to", جدد الحرص على.
/// The noun is read bare (العزم), indefinite (رغبة) or with a possessive pronoun, whose ة is
/// written ت (رغبته raġbatuhu "his wish"). A class by meaning: its form-I members
/// ([`FORM1_OBJECT_NOUNS`]) are also in the class by form, [`is_form1_masdar`].
pub(super) fn is_object_masdar(key: &str) -> bool {
    let noun = |w: &str| FORM1_OBJECT_NOUNS.contains(&w) || OTHER_OBJECT_NOUNS.contains(&w);
    if let Some(bare) = key.strip_prefix("ال") {
        return noun(bare);
    }
    // (the ة of a possessed noun is written ت: رغبته → رغبه)
    noun(key) || split_possessive(key).is_some_and(|(_, s)| noun(s) || s.strip_suffix('ت').is_some_and(|r| FORM1_OBJECT_NOUNS.iter().chain(OTHER_OBJECT_NOUNS).any(|w| w.strip_suffix('ه') == Some(r))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_derived_verbal_nouns() {
        // iʿtiqāl "arrest", insiḥāb "withdrawal", istiʿdād "readiness", taʾyīd "support",
        // tadaḫḫul "interference", iʿlān "announcement"
        let cases = [("اعتقال", Some(MasdarShape::Iftial)), ("اضطرار", Some(MasdarShape::Iftial)), ("انسحاب", Some(MasdarShape::Infial)), ("استعداد", Some(MasdarShape::Istifal)), ("تاييد", Some(MasdarShape::Tafil)), ("تدخل", Some(MasdarShape::Tafaul)), ("اعلان", Some(MasdarShape::Ifal)), ("تيار", None), ("حكومه", None)];
        for (w, want) in cases {
            assert_eq!(masdar_shape(w), want, "{w}");
        }
        // wa-tamwīl "and financing" is a noun; wa-tābaʿa "and he went on" a verb
        assert!(is_coordinated_masdar("وتمويل") && is_coordinated_masdar("واعلان") && !is_coordinated_masdar("وتابع"));
        // aḥzāb "parties" has the ifʿāl letters: no derived verbal noun
        assert!(is_derived_masdar("انسحاب") && !is_derived_masdar("احزاب"));
        // raġbatuhumā "their (two) wish", al-ʿazm "the resolve"
        assert!(is_object_masdar("رغبتهما") && is_object_masdar("العزم") && !is_object_masdar("الوزير"));
        // ʿilmahu "his knowledge", istiʿdādahā "its readiness"; ḥukūma "government" is no
        // tafaʿʿul with ه
        assert!(is_possessed_verbal_noun("علمه") && is_possessed_verbal_noun("استعدادها") && !is_possessed_verbal_noun("حكومه") && is_form1_masdar("قبض"));
    }
}
