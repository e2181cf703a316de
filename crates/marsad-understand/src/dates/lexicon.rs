//! Date vocabulary: month, weekday, unit and relative words, and how a word of the text is
//! looked up (search key, proclitics و ف ب ل ك, the article ال).
//!
//! Sources: month and day names from Unicode CLDR 41 (`ar`, `ar_IQ/JO/LB/PS/SY` Levantine,
//! `ar_DZ/TN/MA/MR` Maghreb, Islamic calendar), licence Unicode-DFS-2016; variant spellings
//! and relative words cross-checked with dateparser 1.5.0 `ar` data (BSD-3-Clause). The
//! table below is written by hand from those lists (both permissive) and reviewed; entries
//! are stored under their search key (`marsad_text::normalize::search_key`), so spellings
//! with and without hamza, ى/ي and ة/ه meet.

use super::calendar::Weekday;
use super::{Calendar, PartOfDay, Unit};
use marsad_text::normalize::search_key;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// What a word can mean in a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    Weekday(Weekday),
    /// A one-word month name. `weak` names are also ordinary words or person names (ماي,
    /// آب "father", مارس "he practised", صفر "zero", رجب/رمضان/شعبان person names, ربيع
    /// "spring") and count only next to a day number, a year or شهر "month".
    Month {
        cal: Calendar,
        month: u8,
        weak: bool,
    },
    /// First word of a two-word month name (كانون الثاني, ذو الحجة): see [`MONTH_TAILS`].
    MonthHead,
    /// اليوم "today" (0), أمس "yesterday" (-1), غداً "tomorrow" (+1).
    Anchor(i8),
    /// الليلة al-layla "tonight".
    Tonight,
    /// صباح/مساء/... in construct before a day: مساء الأربعاء "Wednesday evening".
    PartPrefix(PartOfDay),
    /// صباحاً/مساءً/... as an adverb after a day: أمس مساءً "yesterday evening".
    PartAdverb(PartOfDay),
    /// A calendar unit; `count` is 1 for singular (يوم), 2 for dual (يومين), 0 for plural (أيام).
    Unit {
        unit: Unit,
        count: u8,
    },
    /// الماضي "last", المقبل/القادم "next", الحالي/الجاري "current": -1, +1, 0.
    Modifier(i8),
    /// هذا/هذه "this".
    This,
    /// منذ "since/ago", قبل "before/ago": -1; بعد "after/in": +1.
    Ago(i8),
    /// A number word 1..=10.
    NumWord(u8),
    /// هـ/هجري (Hijri) and م/ميلادي (Gregorian) after a year.
    Era(Calendar),
}

/// Whether an entry needs the article ال.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Def {
    Yes,
    No,
    Any,
}

use Calendar::{Gregorian as G, Hijri as H};

/// (spelling, meaning, article). One-word entries; spellings are normalized on load.
const WORDS: &[(&str, Lex, Def)] = &[
    // Weekdays (CLDR ar wide). The article is required: أحد "one", خميس and جمعة are
    // person names, اثنين "two".
    ("سبت", Lex::Weekday(Weekday::Saturday), Def::Yes),
    ("أحد", Lex::Weekday(Weekday::Sunday), Def::Yes),
    ("اثنين", Lex::Weekday(Weekday::Monday), Def::Yes),
    ("إثنين", Lex::Weekday(Weekday::Monday), Def::Yes),
    ("ثلاثاء", Lex::Weekday(Weekday::Tuesday), Def::Yes),
    ("أربعاء", Lex::Weekday(Weekday::Wednesday), Def::Yes),
    ("خميس", Lex::Weekday(Weekday::Thursday), Def::Yes),
    ("جمعة", Lex::Weekday(Weekday::Friday), Def::Yes),
    // Gregorian months, Egypt/Gulf (CLDR ar) with dateparser variants.
    (
        "يناير",
        Lex::Month {
            cal: G,
            month: 1,
            weak: false,
        },
        Def::No,
    ),
    (
        "فبراير",
        Lex::Month {
            cal: G,
            month: 2,
            weak: false,
        },
        Def::No,
    ),
    (
        "مارس",
        Lex::Month {
            cal: G,
            month: 3,
            weak: true,
        },
        Def::No,
    ),
    (
        "أبريل",
        Lex::Month {
            cal: G,
            month: 4,
            weak: false,
        },
        Def::No,
    ),
    (
        "إبريل",
        Lex::Month {
            cal: G,
            month: 4,
            weak: false,
        },
        Def::No,
    ),
    (
        "مايو",
        Lex::Month {
            cal: G,
            month: 5,
            weak: false,
        },
        Def::No,
    ),
    (
        "يونيو",
        Lex::Month {
            cal: G,
            month: 6,
            weak: false,
        },
        Def::No,
    ),
    (
        "يونيه",
        Lex::Month {
            cal: G,
            month: 6,
            weak: false,
        },
        Def::No,
    ),
    (
        "يونية",
        Lex::Month {
            cal: G,
            month: 6,
            weak: false,
        },
        Def::No,
    ),
    (
        "يوليو",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "يوليه",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "يولية",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "أغسطس",
        Lex::Month {
            cal: G,
            month: 8,
            weak: false,
        },
        Def::No,
    ),
    (
        "سبتمبر",
        Lex::Month {
            cal: G,
            month: 9,
            weak: false,
        },
        Def::No,
    ),
    (
        "أكتوبر",
        Lex::Month {
            cal: G,
            month: 10,
            weak: false,
        },
        Def::No,
    ),
    (
        "نوفمبر",
        Lex::Month {
            cal: G,
            month: 11,
            weak: false,
        },
        Def::No,
    ),
    (
        "ديسمبر",
        Lex::Month {
            cal: G,
            month: 12,
            weak: false,
        },
        Def::No,
    ),
    // Levantine/Iraqi (CLDR ar_SY, ar_LB, ...). كانون and تشرين take a second word.
    (
        "شباط",
        Lex::Month {
            cal: G,
            month: 2,
            weak: false,
        },
        Def::No,
    ),
    (
        "آذار",
        Lex::Month {
            cal: G,
            month: 3,
            weak: false,
        },
        Def::No,
    ),
    (
        "نيسان",
        Lex::Month {
            cal: G,
            month: 4,
            weak: true,
        },
        Def::No,
    ), // also نِسيان "oblivion"
    (
        "أيار",
        Lex::Month {
            cal: G,
            month: 5,
            weak: false,
        },
        Def::No,
    ),
    (
        "حزيران",
        Lex::Month {
            cal: G,
            month: 6,
            weak: false,
        },
        Def::No,
    ),
    (
        "تموز",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "آب",
        Lex::Month {
            cal: G,
            month: 8,
            weak: true,
        },
        Def::No,
    ), // أب "father"
    (
        "أيلول",
        Lex::Month {
            cal: G,
            month: 9,
            weak: false,
        },
        Def::No,
    ),
    ("كانون", Lex::MonthHead, Def::No),
    ("تشرين", Lex::MonthHead, Def::No),
    // Maghreb (CLDR ar_DZ/ar_TN, ar_MA, ar_MR).
    (
        "جانفي",
        Lex::Month {
            cal: G,
            month: 1,
            weak: false,
        },
        Def::No,
    ),
    (
        "فيفري",
        Lex::Month {
            cal: G,
            month: 2,
            weak: false,
        },
        Def::No,
    ),
    (
        "أفريل",
        Lex::Month {
            cal: G,
            month: 4,
            weak: false,
        },
        Def::No,
    ),
    (
        "ماي",
        Lex::Month {
            cal: G,
            month: 5,
            weak: true,
        },
        Def::No,
    ),
    (
        "جوان",
        Lex::Month {
            cal: G,
            month: 6,
            weak: true,
        },
        Def::No,
    ), // Juan
    (
        "جويلية",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "يوليوز",
        Lex::Month {
            cal: G,
            month: 7,
            weak: false,
        },
        Def::No,
    ),
    (
        "أوت",
        Lex::Month {
            cal: G,
            month: 8,
            weak: true,
        },
        Def::No,
    ),
    (
        "غشت",
        Lex::Month {
            cal: G,
            month: 8,
            weak: false,
        },
        Def::No,
    ),
    (
        "أغشت",
        Lex::Month {
            cal: G,
            month: 8,
            weak: false,
        },
        Def::No,
    ),
    (
        "شتنبر",
        Lex::Month {
            cal: G,
            month: 9,
            weak: false,
        },
        Def::No,
    ),
    (
        "شتمبر",
        Lex::Month {
            cal: G,
            month: 9,
            weak: false,
        },
        Def::No,
    ),
    (
        "نونبر",
        Lex::Month {
            cal: G,
            month: 11,
            weak: false,
        },
        Def::No,
    ),
    (
        "دجنبر",
        Lex::Month {
            cal: G,
            month: 12,
            weak: false,
        },
        Def::No,
    ),
    (
        "دجمبر",
        Lex::Month {
            cal: G,
            month: 12,
            weak: false,
        },
        Def::No,
    ),
    // Hijri months (CLDR ar islamic). Every one-word name is also a common word or name.
    (
        "محرم",
        Lex::Month {
            cal: H,
            month: 1,
            weak: true,
        },
        Def::No,
    ),
    (
        "صفر",
        Lex::Month {
            cal: H,
            month: 2,
            weak: true,
        },
        Def::No,
    ),
    (
        "رجب",
        Lex::Month {
            cal: H,
            month: 7,
            weak: true,
        },
        Def::No,
    ),
    (
        "شعبان",
        Lex::Month {
            cal: H,
            month: 8,
            weak: true,
        },
        Def::No,
    ),
    (
        "رمضان",
        Lex::Month {
            cal: H,
            month: 9,
            weak: true,
        },
        Def::No,
    ),
    (
        "شوال",
        Lex::Month {
            cal: H,
            month: 10,
            weak: true,
        },
        Def::No,
    ),
    ("ربيع", Lex::MonthHead, Def::No),
    ("جمادى", Lex::MonthHead, Def::No),
    ("ذو", Lex::MonthHead, Def::No),
    ("ذي", Lex::MonthHead, Def::No),
    // Anchors.
    ("يوم", Lex::Anchor(0), Def::Yes),
    ("أمس", Lex::Anchor(-1), Def::Any),
    ("غدا", Lex::Anchor(1), Def::No),
    ("غد", Lex::Anchor(1), Def::Any),
    ("ليلة", Lex::Tonight, Def::Yes),
    // Parts of the day.
    ("صباح", Lex::PartPrefix(PartOfDay::Morning), Def::No),
    ("فجر", Lex::PartPrefix(PartOfDay::Morning), Def::No),
    ("ضحى", Lex::PartPrefix(PartOfDay::Morning), Def::No),
    ("ظهر", Lex::PartPrefix(PartOfDay::Noon), Def::No),
    ("ظهيرة", Lex::PartPrefix(PartOfDay::Noon), Def::No),
    ("عصر", Lex::PartPrefix(PartOfDay::Afternoon), Def::No),
    ("مساء", Lex::PartPrefix(PartOfDay::Evening), Def::No),
    ("ليل", Lex::PartPrefix(PartOfDay::Night), Def::No),
    ("ليلة", Lex::PartPrefix(PartOfDay::Night), Def::No),
    ("صباحا", Lex::PartAdverb(PartOfDay::Morning), Def::No),
    ("فجرا", Lex::PartAdverb(PartOfDay::Morning), Def::No),
    ("ظهرا", Lex::PartAdverb(PartOfDay::Noon), Def::No),
    ("عصرا", Lex::PartAdverb(PartOfDay::Afternoon), Def::No),
    ("مساء", Lex::PartAdverb(PartOfDay::Evening), Def::No),
    ("ليلا", Lex::PartAdverb(PartOfDay::Night), Def::No),
    // Units.
    (
        "يوم",
        Lex::Unit {
            unit: Unit::Day,
            count: 1,
        },
        Def::No,
    ),
    (
        "يوما",
        Lex::Unit {
            unit: Unit::Day,
            count: 1,
        },
        Def::No,
    ),
    (
        "أيام",
        Lex::Unit {
            unit: Unit::Day,
            count: 0,
        },
        Def::Any,
    ),
    (
        "يومين",
        Lex::Unit {
            unit: Unit::Day,
            count: 2,
        },
        Def::No,
    ),
    (
        "يومان",
        Lex::Unit {
            unit: Unit::Day,
            count: 2,
        },
        Def::No,
    ),
    (
        "أسبوع",
        Lex::Unit {
            unit: Unit::Week,
            count: 1,
        },
        Def::Any,
    ),
    (
        "أسبوعا",
        Lex::Unit {
            unit: Unit::Week,
            count: 1,
        },
        Def::No,
    ),
    (
        "أسابيع",
        Lex::Unit {
            unit: Unit::Week,
            count: 0,
        },
        Def::Any,
    ),
    (
        "أسبوعين",
        Lex::Unit {
            unit: Unit::Week,
            count: 2,
        },
        Def::No,
    ),
    (
        "أسبوعان",
        Lex::Unit {
            unit: Unit::Week,
            count: 2,
        },
        Def::No,
    ),
    (
        "شهر",
        Lex::Unit {
            unit: Unit::Month,
            count: 1,
        },
        Def::Any,
    ),
    (
        "شهرا",
        Lex::Unit {
            unit: Unit::Month,
            count: 1,
        },
        Def::No,
    ),
    (
        "أشهر",
        Lex::Unit {
            unit: Unit::Month,
            count: 0,
        },
        Def::Any,
    ),
    (
        "شهور",
        Lex::Unit {
            unit: Unit::Month,
            count: 0,
        },
        Def::Any,
    ),
    (
        "شهرين",
        Lex::Unit {
            unit: Unit::Month,
            count: 2,
        },
        Def::No,
    ),
    (
        "شهران",
        Lex::Unit {
            unit: Unit::Month,
            count: 2,
        },
        Def::No,
    ),
    (
        "عام",
        Lex::Unit {
            unit: Unit::Year,
            count: 1,
        },
        Def::Any,
    ),
    (
        "عاما",
        Lex::Unit {
            unit: Unit::Year,
            count: 1,
        },
        Def::No,
    ),
    (
        "أعوام",
        Lex::Unit {
            unit: Unit::Year,
            count: 0,
        },
        Def::Any,
    ),
    (
        "عامين",
        Lex::Unit {
            unit: Unit::Year,
            count: 2,
        },
        Def::No,
    ),
    (
        "عامان",
        Lex::Unit {
            unit: Unit::Year,
            count: 2,
        },
        Def::No,
    ),
    (
        "سنة",
        Lex::Unit {
            unit: Unit::Year,
            count: 1,
        },
        Def::Any,
    ),
    (
        "سنوات",
        Lex::Unit {
            unit: Unit::Year,
            count: 0,
        },
        Def::Any,
    ),
    (
        "سنين",
        Lex::Unit {
            unit: Unit::Year,
            count: 0,
        },
        Def::Any,
    ),
    (
        "سنتين",
        Lex::Unit {
            unit: Unit::Year,
            count: 2,
        },
        Def::No,
    ),
    (
        "سنتان",
        Lex::Unit {
            unit: Unit::Year,
            count: 2,
        },
        Def::No,
    ),
    // Modifiers after a unit or weekday.
    ("ماضي", Lex::Modifier(-1), Def::Yes),
    ("ماضية", Lex::Modifier(-1), Def::Yes),
    ("منصرم", Lex::Modifier(-1), Def::Yes),
    ("منصرمة", Lex::Modifier(-1), Def::Yes),
    ("فائت", Lex::Modifier(-1), Def::Yes),
    ("فائتة", Lex::Modifier(-1), Def::Yes),
    ("مقبل", Lex::Modifier(1), Def::Yes),
    ("مقبلة", Lex::Modifier(1), Def::Yes),
    ("قادم", Lex::Modifier(1), Def::Yes),
    ("قادمة", Lex::Modifier(1), Def::Yes),
    ("حالي", Lex::Modifier(0), Def::Yes),
    ("حالية", Lex::Modifier(0), Def::Yes),
    ("جاري", Lex::Modifier(0), Def::Yes),
    ("جارية", Lex::Modifier(0), Def::Yes),
    ("هذا", Lex::This, Def::No),
    ("هذه", Lex::This, Def::No),
    ("منذ", Lex::Ago(-1), Def::No),
    ("قبل", Lex::Ago(-1), Def::No),
    ("بعد", Lex::Ago(1), Def::No),
    // Number words (masculine and feminine forms).
    ("واحد", Lex::NumWord(1), Def::No),
    ("ثلاث", Lex::NumWord(3), Def::No),
    ("ثلاثة", Lex::NumWord(3), Def::No),
    ("أربع", Lex::NumWord(4), Def::No),
    ("أربعة", Lex::NumWord(4), Def::No),
    ("خمس", Lex::NumWord(5), Def::No),
    ("خمسة", Lex::NumWord(5), Def::No),
    ("ست", Lex::NumWord(6), Def::No),
    ("ستة", Lex::NumWord(6), Def::No),
    ("سبع", Lex::NumWord(7), Def::No),
    ("سبعة", Lex::NumWord(7), Def::No),
    ("ثماني", Lex::NumWord(8), Def::No),
    ("ثمانية", Lex::NumWord(8), Def::No),
    ("ثمان", Lex::NumWord(8), Def::No),
    ("تسع", Lex::NumWord(9), Def::No),
    ("تسعة", Lex::NumWord(9), Def::No),
    ("عشر", Lex::NumWord(10), Def::No),
    ("عشرة", Lex::NumWord(10), Def::No),
    // Era markers after a year: هـ (tatweel is dropped by the search key), هجري, للهجرة.
    ("ه", Lex::Era(H), Def::No),
    ("هجري", Lex::Era(H), Def::No),
    ("هجرية", Lex::Era(H), Def::No),
    ("هجرة", Lex::Era(H), Def::Yes),
    ("م", Lex::Era(G), Def::No),
    ("ميلادي", Lex::Era(G), Def::No),
    ("ميلادية", Lex::Era(G), Def::No),
    ("ميلاد", Lex::Era(G), Def::Yes),
];

/// Two-word month names: (head, second word as written, calendar, month). The second word is
/// matched on its whole search key.
pub(crate) const MONTH_TAILS: &[(&str, &str, Calendar, u8)] = &[
    ("كانون", "الثاني", G, 1),
    ("كانون", "2", G, 1),
    ("كانون", "الأول", G, 12),
    ("كانون", "1", G, 12),
    ("تشرين", "الأول", G, 10),
    ("تشرين", "1", G, 10),
    ("تشرين", "الثاني", G, 11),
    ("تشرين", "2", G, 11),
    ("ربيع", "الأول", H, 3),
    ("ربيع", "الثاني", H, 4),
    ("ربيع", "الآخر", H, 4),
    ("جمادى", "الأولى", H, 5),
    ("جمادى", "الأول", H, 5),
    ("جمادى", "الآخرة", H, 6),
    ("جمادى", "الثانية", H, 6),
    ("جمادى", "الآخر", H, 6),
    ("جمادى", "الثاني", H, 6),
    ("ذو", "القعدة", H, 11),
    ("ذي", "القعدة", H, 11),
    ("ذو", "الحجة", H, 12),
    ("ذي", "الحجة", H, 12),
];

/// After اليوم, these words make it "the day of/the ... day" rather than "today":
/// اليوم الوطني "the national day", اليوم الأول "the first day", اليوم نفسه "the same day".
pub(crate) const NOT_TODAY_AFTER: &[&str] = &[
    "الوطني",
    "العالمي",
    "الدولي",
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "الأخير",
    "التالي",
    "السابق",
    "نفسه",
    "ذاته",
    "المفتوح",
    "الدراسي",
    "الموعود",
    "العربي",
    "المحدد",
    "الذي",
    "التي",
];
/// Before اليوم, these make it "that day": ذلك اليوم, تلك, ذات.
pub(crate) const NOT_TODAY_BEFORE: &[&str] = &["ذلك", "تلك", "ذات", "نفس"];

struct Tables {
    words: FxHashMap<String, Vec<(Lex, Def)>>,
    /// The longest key in `words`, in bytes: longer cores cannot match.
    max_len: usize,
    tails: Vec<(String, String, Calendar, u8)>,
    not_today_after: Vec<String>,
    not_today_before: Vec<String>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut words: FxHashMap<String, Vec<(Lex, Def)>> = FxHashMap::default();
        for &(w, lex, def) in WORDS {
            words
                .entry(search_key(w).into_owned())
                .or_default()
                .push((lex, def));
        }
        let key = |s: &str| search_key(s).into_owned();
        Tables {
            max_len: words.keys().map(String::len).max().unwrap_or(0),
            words,
            tails: MONTH_TAILS
                .iter()
                .map(|&(h, t, c, m)| (key(h), key(t), c, m))
                .collect(),
            not_today_after: NOT_TODAY_AFTER.iter().map(|s| key(s)).collect(),
            not_today_before: NOT_TODAY_BEFORE.iter().map(|s| key(s)).collect(),
        }
    })
}

/// One word of the text, looked up.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordInfo {
    /// Meanings, from the reading with the fewest proclitics that has any.
    pub lex: Vec<Lex>,
    /// The core (search key without proclitics and article) of that reading.
    pub core: String,
    /// Proclitic letters stripped (و ف ب ل ك), not counting ال.
    pub proclitics: u8,
    /// Whether that reading has the article ال.
    pub definite: bool,
}

/// `s` without its first letter when that is `c` (`strip_prefix(c)` by decoding one char).
fn strip_letter(s: &str, c: char) -> Option<&str> {
    let mut it = s.chars();
    if it.next() == Some(c) {
        Some(it.as_str())
    } else {
        None
    }
}

/// Readings of a search key: (core, has article, proclitic count), fewest proclitics first
/// (within one count, in the order conjunction, preposition, article / لل, bare). Calls `f`
/// on each in that order and stops at the first `Some`. This runs for every Arabic token of
/// every document: the readings go to an array on the stack, the letters are compared one
/// char at a time and counted only as far as needed.
fn first_reading<'k, R>(key: &'k str, mut f: impl FnMut(&'k str, bool, u8) -> Option<R>) -> Option<R> {
    // At least `n` letters.
    let letters = |s: &str, n: usize| s.chars().nth(n - 1).is_some();
    // (3 conjunction readings × 4 preposition readings × at most 3 forms)
    let mut found: [(&'k str, bool, u8); 36] = [("", false, 0); 36];
    let mut len = 0;
    for (conj, n1) in [(None, 0u8), (Some('و'), 1), (Some('ف'), 1)] {
        let Some(r1) = conj.map_or(Some(key), |c| strip_letter(key, c)) else {
            continue;
        };
        for (prep, n2) in [(None, 0u8), (Some('ب'), 1), (Some('ل'), 1), (Some('ك'), 1)] {
            let Some(r2) = prep.map_or(Some(r1), |c| strip_letter(r1, c)) else {
                continue;
            };
            let n = n1 + n2;
            if !letters(r2, 1) || (n > 0 && !letters(r2, 2)) {
                continue;
            }
            if let Some(core) = strip_letter(r2, 'ا').and_then(|r| strip_letter(r, 'ل')) {
                if letters(core, 2) {
                    found[len] = (core, true, n);
                    len += 1;
                }
            }
            // لل: ل + ال with the alef dropped (للعام li-l-ʿām "for the year").
            if prep == Some('ل') {
                if let Some(core) = strip_letter(r2, 'ل') {
                    if letters(core, 2) {
                        found[len] = (core, true, n);
                        len += 1;
                    }
                }
            }
            found[len] = (r2, false, n);
            len += 1;
        }
    }
    // fewest proclitics first, in the order found within one count (a stable sort by count)
    for want in 0..=2u8 {
        for &(core, def, n) in &found[..len] {
            if n == want {
                if let Some(r) = f(core, def, n) {
                    return Some(r);
                }
            }
        }
    }
    None
}

/// Look a search key up.
pub(crate) fn lookup(key: &str) -> WordInfo {
    let t = tables();
    // و/ف + ب/ل/ك + ال is at most 8 bytes of prefix: a longer key has no reading in the table.
    if key.len() > t.max_len + 8 {
        return WordInfo::default();
    }
    first_reading(key, |core, def, n| {
        if core.len() > t.max_len {
            return None;
        }
        let entries = t.words.get(core)?;
        let lex: Vec<Lex> = entries
            .iter()
            .filter(|(_, d)| match d {
                Def::Yes => def,
                Def::No => !def,
                Def::Any => true,
            })
            .map(|(l, _)| *l)
            .collect();
        (!lex.is_empty()).then(|| WordInfo {
            lex,
            core: core.to_string(),
            proclitics: n,
            definite: def,
        })
    })
    .unwrap_or_default()
}

/// The month named by `head` (a core with [`Lex::MonthHead`]) and a following word's key.
pub(crate) fn month_tail(head: &str, next_key: &str) -> Option<(Calendar, u8)> {
    tables()
        .tails
        .iter()
        .find(|(h, t, _, _)| h == head && t == next_key)
        .map(|&(_, _, c, m)| (c, m))
}

pub(crate) fn not_today_after(key: &str) -> bool {
    tables().not_today_after.iter().any(|k| k == key)
}

pub(crate) fn not_today_before(key: &str) -> bool {
    tables().not_today_before.iter().any(|k| k == key)
}
