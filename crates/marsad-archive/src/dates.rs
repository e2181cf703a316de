//! Publication dates as feeds write them.

use marsad_engine::CivilDate;

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

/// What [`parse_published`] accepts, plus the day-first `DD/MM/YYYY` of Arabic sites
/// (JawharaFM: `17/05/2015`).
pub fn feed_date(s: &str) -> Option<CivilDate> {
    parse_published(s).or_else(|| {
        let mut it = s.trim().split(['/', '.']);
        let (d, m, y) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.get(..4)?.parse().ok()?);
        CivilDate::new(y, m, d)
    })
}

/// `YYYY-MM-DD`.
pub fn iso_date(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_dates() {
        assert_eq!(feed_date("Sat, 10 Mar 2018 10:00:00 +0000").map(iso_date).as_deref(), Some("2018-03-10"));
        assert_eq!(feed_date("17/05/2015").map(iso_date).as_deref(), Some("2015-05-17"));
        assert_eq!(feed_date("20200924").map(iso_date).as_deref(), Some("2020-09-24"));
        assert_eq!(feed_date("2020-02-30"), None);
        assert_eq!(feed_date("tomorrow"), None);
    }
}
