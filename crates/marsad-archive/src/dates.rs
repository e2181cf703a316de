//! Publication dates as feeds write them.

use marsad_engine::CivilDate;

pub use marsad_engine::parse_published;

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
