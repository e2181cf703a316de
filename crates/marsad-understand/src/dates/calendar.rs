//! Civil (proleptic Gregorian) date arithmetic and the tabular Islamic calendar.
//!
//! Days are counted from 1970-01-01 (day 0), with Howard Hinnant's `days_from_civil`
//! algorithm; no dependency needed for a few dozen lines.
//!
//! The Hijri conversion is the *arithmetical* (tabular) Islamic calendar: 30-year cycle with
//! leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 and the civil ("Friday") epoch
//! 622-07-16 Julian. Real Hijri dates follow moon sighting (or Saudi Umm al-Qura tables), so a
//! converted day can be **off by one (rarely two) days**; month and year values are therefore
//! given as Gregorian intervals whose ends carry the same uncertainty.

use std::fmt;

/// A day in the proleptic Gregorian calendar. Always valid when built through [`CivilDate::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 0 = Monday .. 6 = Sunday (ISO order).
    pub fn index(self) -> u8 {
        self as u8
    }
    pub fn from_index(i: u8) -> Weekday {
        match i % 7 {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }
}

/// Supported year range: wide enough for history, small enough that no arithmetic overflows.
pub const MIN_YEAR: i32 = -9999;
pub const MAX_YEAR: i32 = 9999;

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01; `None` outside the supported year range.
    pub fn from_days(days: i64) -> Option<CivilDate> {
        // Keep the intermediate values small: ±10,000 years is about ±3.7M days.
        if !(-4_000_000..=4_000_000).contains(&days) {
            return None;
        }
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn add_days(self, n: i64) -> Option<CivilDate> {
        CivilDate::from_days(self.to_days().checked_add(n)?)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index((self.to_days() + 3).rem_euclid(7) as u8)
    }

    /// ISO 8601 week-numbering year and week (1..=53).
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday().index());
        let thursday = self.to_days() - wd + 3;
        match CivilDate::from_days(thursday) {
            Some(t) => {
                let jan1 = CivilDate {
                    year: t.year,
                    month: 1,
                    day: 1,
                }
                .to_days();
                (t.year, ((thursday - jan1) / 7 + 1) as u8)
            }
            None => (self.year, 1),
        }
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// (year, month) shifted by `n` months; `None` outside the supported range.
pub fn add_months(year: i32, month: u8, n: i64) -> Option<(i32, u8)> {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + n;
    let y = i32::try_from(total.div_euclid(12)).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    Some((y, (total.rem_euclid(12) + 1) as u8))
}

/// Islamic (civil) epoch, 1 Muharram 1 AH = 622-07-16 Julian, in days since 1970-01-01.
const HIJRI_EPOCH: i64 = -492_148;

/// Hijri years we convert (1 AH .. 1700 AH ≈ 2271 CE).
pub const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1..=1700;

/// Days since 1970-01-01 of a tabular Hijri date (month 1..=12, day 1..=30; unchecked
/// against the month length, callers check).
fn hijri_to_days(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year);
    let m = i64::from(month);
    // ceil(29.5 * (m - 1)) + 354 (y - 1) + floor((3 + 11 y) / 30)
    HIJRI_EPOCH - 1
        + i64::from(day)
        + (59 * (m - 1) + 1) / 2
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
}

/// Length of a tabular Hijri month: odd months 30, even 29, Dhu al-Hijja 30 in leap years.
pub fn hijri_month_len(year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && (14 + 11 * i64::from(year)).rem_euclid(30) < 11) {
        30
    } else {
        29
    }
}

/// Gregorian day of a tabular Hijri date (±1 day, see the module docs).
pub fn hijri_to_civil(year: i32, month: u8, day: u8) -> Option<CivilDate> {
    if !HIJRI_YEARS.contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || day > hijri_month_len(year, month)
    {
        return None;
    }
    CivilDate::from_days(hijri_to_days(year, month, day))
}

/// Gregorian first and last day of a Hijri month.
pub fn hijri_month_span(year: i32, month: u8) -> Option<(CivilDate, CivilDate)> {
    Some((
        hijri_to_civil(year, month, 1)?,
        hijri_to_civil(year, month, hijri_month_len(year, month))?,
    ))
}

/// Gregorian first and last day of a Hijri year.
pub fn hijri_year_span(year: i32) -> Option<(CivilDate, CivilDate)> {
    Some((
        hijri_to_civil(year, 1, 1)?,
        hijri_to_civil(year, 12, hijri_month_len(year, 12))?,
    ))
}

/// The Hijri year in which a Gregorian day falls (tabular).
pub fn civil_to_hijri_year(date: CivilDate) -> i32 {
    let days = date.to_days();
    // 10631 days per 30 years; start from the estimate and correct.
    let mut y = ((30 * (days - HIJRI_EPOCH) + 10_646).div_euclid(10_631)) as i32;
    while y > 1 && hijri_to_days(y, 1, 1) > days {
        y -= 1;
    }
    while hijri_to_days(y + 1, 1, 1) <= days {
        y += 1;
    }
    y
}

/// A publication date from the forms news feeds use: ISO 8601 (`2020-09-24`,
/// `2020-09-24T10:00:00Z`), compact (`20200924`) or RFC 2822 (`Thu, 24 Sep 2020 10:00:00 +0000`).
pub fn parse_published(s: &str) -> Option<CivilDate> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i32> { s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse().ok()) };
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        return CivilDate::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8);
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return CivilDate::new(num(0..4)?, num(4..6)? as u8, num(6..8)? as u8);
    }
    // RFC 2822: optional "Thu," then day, month name, year.
    let rest = s.split_once(',').map(|(_, r)| r).unwrap_or(s);
    let mut parts = rest.split_whitespace();
    let day: u8 = parts.next()?.parse().ok()?;
    let month = match parts.next()?.get(..3)?.to_ascii_lowercase().as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    let year: i32 = parts.next()?.parse().ok()?;
    CivilDate::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(2000, 3, 1).to_days(), 11_017);
        assert_eq!(d(2020, 9, 24).weekday(), Weekday::Thursday);
        assert_eq!(d(2020, 9, 23).weekday(), Weekday::Wednesday);
        for n in (-800_000..800_000).step_by(997) {
            assert_eq!(CivilDate::from_days(n).unwrap().to_days(), n);
        }
        assert_eq!(CivilDate::new(2021, 2, 29), None);
        assert!(CivilDate::new(2020, 2, 29).is_some());
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(d(2020, 9, 24).iso_week(), (2020, 39));
        assert_eq!(d(2021, 1, 3).iso_week(), (2020, 53));
        assert_eq!(d(2019, 12, 30).iso_week(), (2020, 1));
        assert_eq!(d(2018, 1, 1).iso_week(), (2018, 1));
    }

    #[test]
    fn hijri_known_dates() {
        // 1 Muharram 1442 = 2020-08-20 (Umm al-Qura agrees).
        assert_eq!(hijri_to_civil(1442, 1, 1), Some(d(2020, 8, 20)));
        // 1 Dhu al-Hijja 1441: 2020-07-22 in Umm al-Qura; tabular gives 2020-07-22 ± 1.
        let dh = hijri_to_civil(1441, 12, 1).unwrap().to_days();
        assert!(
            (dh - d(2020, 7, 22).to_days()).abs() <= 1,
            "{:?}",
            CivilDate::from_days(dh)
        );
        // 1 Ramadan 1441 = 2020-04-24 (Umm al-Qura), ±1.
        let r = hijri_to_civil(1441, 9, 1).unwrap().to_days();
        assert!((r - d(2020, 4, 24).to_days()).abs() <= 1);
        assert_eq!(civil_to_hijri_year(d(2020, 9, 24)), 1442);
        assert_eq!(civil_to_hijri_year(d(2020, 8, 19)), 1441);
        assert_eq!(
            hijri_to_civil(1, 1, 1).map(|c| c.to_days()),
            Some(HIJRI_EPOCH)
        );
    }
}
