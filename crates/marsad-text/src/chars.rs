//! Named Arabic characters and character classes.
//!
//! Invisible or easily confused characters are never written literally elsewhere in the
//! code base: use these names.

/// ـ tatweel (kashida), a purely typographic elongation.
pub const TATWEEL: char = '\u{0640}';
/// Zero-width non-joiner (used in Persian, appears in pasted text).
pub const ZWNJ: char = '\u{200C}';
/// Zero-width joiner.
pub const ZWJ: char = '\u{200D}';
/// Left-to-right mark.
pub const LRM: char = '\u{200E}';
/// Right-to-left mark.
pub const RLM: char = '\u{200F}';
/// Arabic letter mark.
pub const ALM: char = '\u{061C}';
/// Byte-order mark / zero-width no-break space.
pub const BOM: char = '\u{FEFF}';
/// Soft hyphen.
pub const SOFT_HYPHEN: char = '\u{00AD}';

pub const ALEF: char = 'ا';
pub const ALEF_MADDA: char = 'آ';
pub const ALEF_HAMZA_ABOVE: char = 'أ';
pub const ALEF_HAMZA_BELOW: char = 'إ';
pub const ALEF_WASLA: char = 'ٱ';
pub const ALEF_MAKSURA: char = 'ى';
pub const YEH: char = 'ي';
pub const TEH_MARBUTA: char = 'ة';
pub const HEH: char = 'ه';
pub const WAW_HAMZA: char = 'ؤ';
pub const YEH_HAMZA: char = 'ئ';
pub const HAMZA: char = 'ء';
/// ک Persian keheh, folded to ك in search keys.
pub const KEHEH: char = '\u{06A9}';
/// ی Farsi yeh, folded to ي in search keys.
pub const FARSI_YEH: char = '\u{06CC}';
/// ۀ heh with yeh above (Persian ezafe), folded to ه in search keys.
pub const HEH_YEH_ABOVE: char = '\u{06C0}';
/// ہ heh goal (Urdu), folded to ه in search keys.
pub const HEH_GOAL: char = '\u{06C1}';
/// ھ heh doachashmee (Urdu aspiration mark letter), folded to ه in search keys.
pub const HEH_DOACHASHMEE: char = '\u{06BE}';
/// ە ae (Kurdish, Uyghur), folded to ه in search keys.
pub const AE: char = '\u{06D5}';
/// ۃ teh marbuta goal (Urdu), folded to ة (and on to ه when teh marbuta is folded).
pub const TEH_MARBUTA_GOAL: char = '\u{06C3}';
/// ے yeh barree (Urdu), folded to ي in search keys.
pub const YEH_BARREE: char = '\u{06D2}';
pub const WAW: char = 'و';
pub const KAF: char = 'ك';
/// First and last of the tashkeel proper: fathatan U+064B .. sukun U+0652 (the marks
/// Lucene's ArabicNormalizer removes).
pub const FATHATAN: char = '\u{064B}';
pub const SUKUN: char = '\u{0652}';

/// Arabic combining marks: tashkeel (fathatan..sukun, U+064B–U+0652), the extended marks
/// U+0653–U+065F, superscript alef U+0670 and Quranic annotation marks U+06D6–U+06ED.
pub const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// Invisible format and bidi controls that carry no meaning inside a word.
pub const fn is_format_control(c: char) -> bool {
    matches!(c, ZWNJ | ZWJ | LRM | RLM | ALM | BOM | SOFT_HYPHEN | '\u{200B}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A letter of the Arabic script (base letters, Persian/Urdu extensions, presentation forms).
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// Characters that may continue an Arabic word without being letters: diacritics, tatweel,
/// and invisible joiners pasted into words.
pub fn is_arabic_word_mark(c: char) -> bool {
    is_diacritic(c) || c == TATWEEL || c == ZWNJ || c == ZWJ
}

/// Arabic-Indic (٠–٩) or Extended Arabic-Indic/Persian (۰–۹) digit value.
pub fn arabic_digit_value(c: char) -> Option<u32> {
    match c {
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Any decimal digit we recognise: ASCII, Arabic-Indic, Persian.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || arabic_digit_value(c).is_some()
}
