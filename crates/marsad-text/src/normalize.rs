//! Normalization, in two separate stages.
//!
//! * **Display** (lossless for meaning): NFKC for presentation forms, bidi/format controls and
//!   tatweel removed. Keeps hamzas, teh marbuta, diacritics.
//! * **Search key** (lossy, opt-in): alef/hamza variants folded, ى → ي, ة → ه, diacritics
//!   removed, Persian/Urdu letters folded, digits to ASCII.
//!
//! Neither stage moves offsets: callers normalize the *surface* of a token whose range stays
//! in the original text.
// OWNER: helper "normalize-stem" fills this in; the signatures below are the contract.

use std::borrow::Cow;

/// What a normalization pass does. Use a preset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalizeConfig {
    /// NFKC for Arabic presentation forms and ligatures (ﻻ → لا, ﷲ → الله).
    pub nfkc: bool,
    /// Remove tatweel and invisible format/bidi controls.
    pub strip_format: bool,
    /// Remove tashkeel and other combining marks.
    pub strip_diacritics: bool,
    /// أ إ آ ٱ → ا.
    pub fold_alef: bool,
    /// ى → ي.
    pub fold_alef_maksura: bool,
    /// ة → ه.
    pub fold_teh_marbuta: bool,
    /// ؤ → و, ئ → ي.
    pub fold_hamza_carriers: bool,
    /// ک → ك, ی → ي, ۀ → ه (Persian/Urdu letters).
    pub fold_persian: bool,
    /// Arabic-Indic and Persian digits → ASCII.
    pub fold_digits: bool,
    /// Latin letters to lower case.
    pub lowercase_latin: bool,
}

impl NormalizeConfig {
    /// Lossless for meaning: presentation forms, tatweel, invisible controls.
    pub fn display() -> Self {
        NormalizeConfig { nfkc: true, strip_format: true, strip_diacritics: false, fold_alef: false, fold_alef_maksura: false, fold_teh_marbuta: false, fold_hamza_carriers: false, fold_persian: false, fold_digits: false, lowercase_latin: false }
    }
    /// Lossy search key: everything folded.
    pub fn search() -> Self {
        NormalizeConfig { nfkc: true, strip_format: true, strip_diacritics: true, fold_alef: true, fold_alef_maksura: true, fold_teh_marbuta: true, fold_hamza_carriers: true, fold_persian: true, fold_digits: true, lowercase_latin: true }
    }
}

/// Normalize `s` as `config` says. Borrows until the first change.
pub fn normalize<'a>(s: &'a str, config: &NormalizeConfig) -> Cow<'a, str> {
    // Placeholder implementation, replaced by the real one.
    let _ = config;
    Cow::Borrowed(s)
}

/// The lossy search key of a surface form: `normalize(s, &NormalizeConfig::search())`.
pub fn search_key(s: &str) -> Cow<'_, str> {
    normalize(s, &NormalizeConfig::search())
}
