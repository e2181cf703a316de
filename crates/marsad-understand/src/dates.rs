//! Date expressions (absolute and relative to a publication date) → ISO values.
//!
//! [`find_dates`] walks the tokens of a text and returns every date expression it recognises,
//! with a byte range into the original text, a value, a granularity, a calendar, the rule
//! that fired (`provenance`) and a confidence. Words are matched on their search key
//! (hamza, ى/ي, ة/ه and diacritics folded, Arabic-Indic digits to ASCII) after peeling the
//! proclitics و ف ب ل ك and the article ال (وبالخميس, للعام li-l-ʿām "for the year"), but
//! ranges always cover whole tokens of the original text, clitics included.
//!
//! ## Relative expressions
//! With a publication date, relative expressions are resolved: اليوم al-yawm "today" → that
//! day, الشهر القادم al-shahr al-qādim "next month" → the next calendar month, الأسبوع الماضي
//! "last week" → the ISO week seven days earlier. Without one they stay relative
//! ([`DateValue::Relative`], [`DateValue::Weekday`], [`DateValue::Yearless`]).
//!
//! **Weekday rule.** News is written in the past tense about the last few days, so a bare
//! weekday (الخميس al-khamīs "Thursday", مساء الأربعاء masāʾ al-arbiʿāʾ "Wednesday evening")
//! is the most recent such day *on or before* the publication date (the publication day
//! itself included: a story published on a Thursday saying الخميس means that day). Followed
//! by المقبل/القادم "next" it is the first such day *after* publication; followed by
//! الماضي "last", the last one *before* it. Future-tense verbs (سـ) are not inspected.
//!
//! **Year inference.** A month or day without a year (في سبتمبر "in September", 24 سبتمبر)
//! takes the year that puts it nearest to the publication date.
//!
//! ## Ambiguous words
//! Month names that are also common words or names (ماي, آب "father", مارس "he practised",
//! نيسان "oblivion", صفر "zero", رجب/شعبان/رمضان/شوال person names, محرم "forbidden")
//! count only next to a day number or a year, or after شهر "month" (شهر رمضان). Weekdays
//! need the article (أحد "one", خميس and جمعة are names). A number is a year only after
//! عام/سنة or before هـ/م. اليوم is not "today" in اليوم الوطني "the national day", اليوم
//! الأول "the first day", ذلك اليوم "that day".
//!
//! ## Hijri dates
//! Converted with the tabular Islamic calendar (see [`calendar`]): ±1 day against the
//! sighted or Umm al-Qura calendar; months and years become Gregorian intervals.

pub mod calendar;
mod lexicon;
mod rules;

pub use calendar::{parse_published, CivilDate, Weekday};
use marsad_text::Token;
use std::fmt;
use std::ops::Range;

/// The calendar a date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

impl Calendar {
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Hijri => "hijri",
        }
    }
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
        }
    }
}

/// A calendar unit of relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
    fn granularity(self) -> Granularity {
        match self {
            Unit::Day => Granularity::Day,
            Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Year => Granularity::Year,
        }
    }
}

/// Part of the day named next to a day: صباح "morning", ظهر "noon", عصر "afternoon", مساء
/// "evening", ليل/ليلة "night".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    pub fn as_str(self) -> &'static str {
        match self {
            PartOfDay::Morning => "morning",
            PartOfDay::Noon => "noon",
            PartOfDay::Afternoon => "afternoon",
            PartOfDay::Evening => "evening",
            PartOfDay::Night => "night",
        }
    }
}

/// Which occurrence of a weekday a bare weekday name means (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The most recent one on or before the anchor (default in news).
    OnOrBefore,
    /// The last one strictly before the anchor (الخميس الماضي).
    Before,
    /// The first one strictly after the anchor (الخميس المقبل).
    After,
    /// The one in the anchor's year (مايو الحالي "this May").
    Current,
}

impl Direction {
    fn op(self) -> &'static str {
        match self {
            Direction::OnOrBefore => "<=",
            Direction::Before => "<",
            Direction::After => ">",
            Direction::Current => "~",
        }
    }
}

/// The value of a date mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// A Gregorian day.
    Day(CivilDate),
    /// An ISO 8601 week.
    Week { year: i32, week: u8 },
    /// A Gregorian month.
    Month { year: i32, month: u8 },
    /// A Gregorian year.
    Year(i32),
    /// A Hijri day, month or year with its Gregorian interval (inclusive; tabular calendar,
    /// ±1 day). `month` and `day` are `None` for coarser values.
    Hijri {
        year: i32,
        month: Option<u8>,
        day: Option<u8>,
        start: CivilDate,
        end: CivilDate,
    },
    /// Unresolved: `offset` units from the publication date (أمس = Day -1, الشهر القادم =
    /// Month +1).
    Relative { unit: Unit, offset: i32 },
    /// Unresolved weekday.
    Weekday {
        weekday: Weekday,
        direction: Direction,
    },
    /// Unresolved month (and day) whose year depends on the publication date: the nearest
    /// occurrence, or the one `direction` says (أيار الماضي "last May" = `Before`).
    Yearless {
        calendar: Calendar,
        month: u8,
        day: Option<u8>,
        direction: Option<Direction>,
    },
}

impl DateValue {
    /// The ISO 8601 value when resolved: `2020-09-24`, `2020-W39`, `2020-10`, `2001`; Hijri
    /// days give their Gregorian day, Hijri months and years a Gregorian interval
    /// `2020-07-22/2020-08-19`. `None` for unresolved values.
    pub fn iso(&self) -> Option<String> {
        match *self {
            DateValue::Day(d) => Some(d.to_string()),
            DateValue::Week { year, week } => Some(format!("{year:04}-W{week:02}")),
            DateValue::Month { year, month } => Some(format!("{year:04}-{month:02}")),
            DateValue::Year(y) => Some(format!("{y:04}")),
            DateValue::Hijri {
                day: Some(_),
                start,
                ..
            } => Some(start.to_string()),
            DateValue::Hijri { start, end, .. } => Some(format!("{start}/{end}")),
            DateValue::Relative { .. } | DateValue::Weekday { .. } | DateValue::Yearless { .. } => {
                None
            }
        }
    }
}

/// ISO values as [`DateValue::iso`]; Hijri values add the Hijri date (`2020-07-22/2020-08-19
/// (1441-12 AH)`); unresolved values use TIMEX-like notation: `PUB-1D`, `PUB+1M`,
/// `thursday<=PUB`, `XXXX-09-24`, `XXXX-05 <PUB` (last May).
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateValue::Hijri {
                year, month, day, ..
            } => {
                let iso = self.iso().unwrap_or_default();
                match (month, day) {
                    (Some(m), Some(d)) => write!(f, "{iso} ({year:04}-{m:02}-{d:02} AH)"),
                    (Some(m), None) => write!(f, "{iso} ({year:04}-{m:02} AH)"),
                    _ => write!(f, "{iso} ({year:04} AH)"),
                }
            }
            DateValue::Relative { unit, offset } => {
                let u = match unit {
                    Unit::Day => 'D',
                    Unit::Week => 'W',
                    Unit::Month => 'M',
                    Unit::Year => 'Y',
                };
                write!(f, "PUB{offset:+}{u}")
            }
            DateValue::Weekday { weekday, direction } => {
                write!(f, "{}{}PUB", weekday.as_str(), direction.op())
            }
            DateValue::Yearless {
                calendar,
                month,
                day,
                direction,
            } => {
                let ah = if calendar == Calendar::Hijri {
                    " AH"
                } else {
                    ""
                };
                match day {
                    Some(d) => write!(f, "XXXX-{month:02}-{d:02}{ah}")?,
                    None => write!(f, "XXXX-{month:02}{ah}")?,
                }
                match direction {
                    Some(d) => write!(f, " {}PUB", d.op()),
                    None => Ok(()),
                }
            }
            _ => f.write_str(&self.iso().unwrap_or_default()),
        }
    }
}

/// A date expression found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Byte range into the original text, covering whole tokens.
    pub range: Range<usize>,
    pub value: DateValue,
    pub granularity: Granularity,
    pub part_of_day: Option<PartOfDay>,
    /// True when the value depends on the publication date (اليوم, الخميس, في سبتمبر),
    /// whether or not it could be resolved.
    pub relative: bool,
    pub calendar: Calendar,
    /// The rule that produced the mention (stable id, e.g. `today_weekday`).
    pub provenance: &'static str,
    pub confidence: f32,
}

/// Find the date expressions of `text` (tokenized as `tokens`, from
/// [`marsad_text::tokenize`]). Relative expressions are resolved against `published` when
/// given. Mentions come in text order and never overlap. Never panics; tokens that do not lie
/// on char boundaries of `text` are ignored.
pub fn find_dates(text: &str, tokens: &[Token], published: Option<CivilDate>) -> Vec<DateMention> {
    rules::find(text, tokens, published)
}

/// [`find_dates`] given the search key of every token (`keys[i]` =
/// `search_key(&text[tokens[i].range])`; session 38: one key array per document, shared by the
/// passes).
pub fn find_dates_keyed(text: &str, tokens: &[Token], keys: &[std::borrow::Cow<'_, str>], published: Option<CivilDate>) -> Vec<DateMention> {
    rules::find_keyed(text, tokens, keys, published)
}
