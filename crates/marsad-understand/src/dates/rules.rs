//! The date rules: a left-to-right scan over the words of the text, trying the longest
//! expressions first at each position, then resolution against the publication date.

use super::calendar::{
    self, add_months, civil_to_hijri_year, hijri_month_span, hijri_to_civil, hijri_year_span,
    CivilDate, Weekday,
};
use super::lexicon::{self, Lex, WordInfo};
use super::{Calendar, DateMention, DateValue, Direction, Granularity, PartOfDay, Unit};
use marsad_text::chars::{arabic_digit_value, is_digit};
use marsad_text::{Token, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

/// A word of the text.
struct Word<'k> {
    range: Range<usize>,
    kind: TokenKind,
    key: &'k str,
    info: WordInfo,
    /// Value and digit count of a plain number token (at most 4 digits).
    num: Option<(u32, usize)>,
}

/// A date before resolution.
#[derive(Clone, Copy, Debug)]
enum Expr {
    Day {
        cal: Calendar,
        year: i32,
        month: u8,
        day: u8,
    },
    Month {
        cal: Calendar,
        year: i32,
        month: u8,
    },
    Year {
        cal: Calendar,
        year: i32,
    },
    Yearless {
        cal: Calendar,
        month: u8,
        day: Option<u8>,
        dir: Option<Direction>,
    },
    Rel {
        unit: Unit,
        offset: i32,
    },
    Wd {
        weekday: Weekday,
        dir: Direction,
    },
}

/// A match: words `start..end`.
struct Found {
    end: usize,
    expr: Expr,
    part: Option<PartOfDay>,
    rule: &'static str,
    conf: f32,
    /// A weekday named next to the date (اليوم الخميس, الخميس 24 سبتمبر), checked against
    /// the resolved day.
    check: Option<Weekday>,
}

pub(crate) fn find(text: &str, tokens: &[Token], published: Option<CivilDate>) -> Vec<DateMention> {
    let keys = marsad_text::normalize::token_search_keys(text, tokens);
    find_keyed(text, tokens, &keys, published)
}

/// [`find`] given the search key of every token (session 38: one key array per document).
pub(crate) fn find_keyed(text: &str, tokens: &[Token], keys: &[Cow<'_, str>], published: Option<CivilDate>) -> Vec<DateMention> {
    // `CivilDate` has public fields: a hand-built invalid date is treated as no date.
    let published = published.filter(|p| CivilDate::new(p.year, p.month, p.day).is_some());
    let words: Vec<Word> = tokens
        .iter()
        .zip(keys)
        .filter(|(t, _)| t.range.start < t.range.end && text.get(t.range.clone()).is_some())
        .map(|(t, key)| {
            let key: &str = key;
            let info = if t.kind == TokenKind::Arabic {
                lexicon::lookup(key)
            } else {
                WordInfo::default()
            };
            let num = if t.kind == TokenKind::Number
                && key.len() <= 4
                && key.bytes().all(|b| b.is_ascii_digit())
            {
                key.parse().ok().map(|v| (v, key.len()))
            } else {
                None
            };
            Word {
                range: t.range.clone(),
                kind: t.kind,
                key,
                info,
                num,
            }
        })
        .collect();
    // Tokens must be ordered and disjoint for ranges to make sense; skip the rest.
    if words.windows(2).any(|w| w[0].range.end > w[1].range.start) {
        return Vec::new();
    }
    let p = Parser { text, w: &words };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match p.at(i) {
            Some(f) if f.end > i => {
                let range = words[i].range.start..words[f.end - 1].range.end;
                if let Some(m) = resolve(range, &f, published) {
                    out.push(m);
                }
                i = f.end;
            }
            _ => i += 1,
        }
    }
    out
}

struct Parser<'a> {
    text: &'a str,
    w: &'a [Word<'a>],
}

impl Parser<'_> {
    fn lex(&self, i: usize) -> &[Lex] {
        self.w.get(i).map_or(&[], |w| w.info.lex.as_slice())
    }
    fn has(&self, i: usize, f: impl Fn(Lex) -> bool) -> bool {
        self.lex(i).iter().any(|&l| f(l))
    }
    fn find<T>(&self, i: usize, f: impl Fn(Lex) -> Option<T>) -> Option<T> {
        self.lex(i).iter().find_map(|&l| f(l))
    }
    fn key(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| w.key)
    }
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        self.w.get(i).and_then(|w| w.num)
    }
    fn is_number(&self, i: usize) -> bool {
        self.w.get(i).is_some_and(|w| w.kind == TokenKind::Number)
    }

    /// The longest expression starting at word `i`.
    fn at(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.numeric(i) {
            return Some(f);
        }
        if let Some(part) = self.find(i, |l| {
            if let Lex::PartPrefix(p) = l {
                Some(p)
            } else {
                None
            }
        }) {
            if let Some(mut f) = self.day_expr(i + 1) {
                if f.part.is_none() {
                    f.part = Some(part);
                }
                return Some(f);
            }
        }
        self.day_expr(i)
            .or_else(|| self.relative(i))
            .or_else(|| self.absolute(i))
    }

    /// An expression naming one day: anchors, weekdays, [يوم] day-month[-year].
    fn day_expr(&self, i: usize) -> Option<Found> {
        let mut f = self.day_core(i)?;
        if let Some(p) = self.find(f.end, |l| {
            if let Lex::PartAdverb(p) = l {
                Some(p)
            } else {
                None
            }
        }) {
            if f.part.is_none() {
                f.part = Some(p);
                f.end += 1;
            }
        }
        Some(f)
    }

    fn day_core(&self, i: usize) -> Option<Found> {
        // A relative day, with a weekday after it checked and absorbed (بعد غد السبت).
        let rel = |end: usize, offset, rule, conf| {
            let check = self.weekday_at(end);
            let end = if check.is_some() { end + 1 } else { end };
            Some(Found {
                end,
                expr: Expr::Rel {
                    unit: Unit::Day,
                    offset,
                },
                part: None,
                check,
                rule,
                conf,
            })
        };
        let anchor = self.find(i, |l| {
            if let Lex::Anchor(k) = l {
                Some(k)
            } else {
                None
            }
        });
        // أول أمس ʾawwal ams "the day before yesterday"; أمس الأول ams al-ʾawwal.
        if self.key(i) == "اول"
            && self.find(i + 1, |l| {
                if let Lex::Anchor(k) = l {
                    Some(k)
                } else {
                    None
                }
            }) == Some(-1)
        {
            return rel(i + 2, -2, "day_before_yesterday", 0.9);
        }
        if anchor == Some(-1) && self.key(i + 1) == "الاول" {
            return rel(i + 2, -2, "day_before_yesterday", 0.9);
        }
        // بعد غد baʿd ghad "the day after tomorrow".
        if self.has(i, |l| l == Lex::Ago(1))
            && self.w.get(i + 1).is_some_and(|w| w.info.core == "غد")
        {
            return rel(i + 2, 2, "day_after_tomorrow", 0.9);
        }
        if let Some(k) = anchor {
            if k == 0 && !self.is_today(i) {
                return None;
            }
            let (rule, conf) = match k {
                0 => ("today", 0.85),
                -1 => ("yesterday", 0.95),
                _ => ("tomorrow", 0.9),
            };
            // اليوم الخميس al-yawm al-khamīs "today, Thursday": one mention, checked later.
            if let Some(wd) = self.weekday_at(i + 1) {
                let mut f = Found {
                    end: i + 2,
                    expr: Expr::Rel {
                        unit: Unit::Day,
                        offset: i32::from(k),
                    },
                    part: None,
                    check: None,
                    rule: "anchor_weekday",
                    conf: 0.95,
                };
                if let Some(abs) = self.abs_day(i + 2) {
                    f = Found {
                        rule: "weekday_date",
                        ..abs
                    };
                }
                return Some(with_weekday_check(f, wd));
            }
            return rel(i + 1, i32::from(k), rule, conf);
        }
        if self.has(i, |l| l == Lex::Tonight) {
            // الليلة الماضية "last night".
            if self.has(i + 1, |l| l == Lex::Modifier(-1)) {
                return Some(Found {
                    end: i + 2,
                    expr: Expr::Rel {
                        unit: Unit::Day,
                        offset: -1,
                    },
                    part: Some(PartOfDay::Night),
                    check: None,
                    rule: "last_night",
                    conf: 0.9,
                });
            }
            if self.key(i + 1).starts_with("ال") || self.is_number(i + 1) {
                // الليلة الأولى "the first night", ...
                return None;
            }
            return Some(Found {
                end: i + 1,
                expr: Expr::Rel {
                    unit: Unit::Day,
                    offset: 0,
                },
                part: Some(PartOfDay::Night),
                check: None,
                rule: "tonight",
                conf: 0.75,
            });
        }
        // [يوم] weekday [modifier] [date].
        let yawm = self.is_yawm(i);
        let j = if yawm { i + 1 } else { i };
        if let Some(wd) = self.weekday_at(j) {
            if let Some(abs) = self.abs_day(j + 1) {
                return Some(with_weekday_check(
                    Found {
                        rule: "weekday_date",
                        ..abs
                    },
                    wd,
                ));
            }
            let (dir, end, conf) = match self.find(j + 1, |l| {
                if let Lex::Modifier(k) = l {
                    Some(k)
                } else {
                    None
                }
            }) {
                Some(-1) => (Direction::Before, j + 2, 0.9),
                Some(1) => (Direction::After, j + 2, 0.9),
                _ => (
                    Direction::OnOrBefore,
                    j + 1,
                    if wd == Weekday::Monday && !yawm {
                        0.6
                    } else {
                        0.8
                    },
                ),
            };
            // بين الاثنين bayna l-ithnayn "between the two".
            if wd == Weekday::Monday && !yawm && i > 0 && self.key(i - 1) == "بين" {
                return None;
            }
            return Some(Found {
                end,
                expr: Expr::Wd { weekday: wd, dir },
                part: None,
                check: None,
                rule: "weekday",
                conf,
            });
        }
        if yawm {
            return self.abs_day(i + 1);
        }
        None
    }

    /// يوم "day" (indefinite, as in يوم الخميس "on Thursday").
    fn is_yawm(&self, i: usize) -> bool {
        self.w
            .get(i)
            .is_some_and(|w| w.info.core == "يوم" && !w.info.definite)
    }

    fn weekday_at(&self, i: usize) -> Option<Weekday> {
        self.find(i, |l| {
            if let Lex::Weekday(d) = l {
                Some(d)
            } else {
                None
            }
        })
    }

    /// Is اليوم at `i` "today"? Not in اليوم الوطني, اليوم الأول, ذلك اليوم, في اليوم التالي.
    fn is_today(&self, i: usize) -> bool {
        if self.w[i].info.core != "يوم" {
            return true;
        }
        let next = self.key(i + 1);
        if lexicon::not_today_after(next) {
            return false;
        }
        if i > 0 && lexicon::not_today_before(self.key(i - 1)) {
            return false;
        }
        true
    }

    /// Relative units: الأسبوع الماضي, هذا العام, منذ ثلاثة أيام, قبل عامين.
    fn relative(&self, i: usize) -> Option<Found> {
        let unit1 = |j: usize, def: bool| {
            let w = self.w.get(j)?;
            if w.info.definite != def {
                return None;
            }
            self.find(j, |l| {
                if let Lex::Unit { unit, count: 1 } = l {
                    Some(unit)
                } else {
                    None
                }
            })
        };
        // unit + modifier: الشهر القادم al-shahr al-qādim "next month".
        if let Some(unit) = unit1(i, true) {
            if let Some(k) = self.find(i + 1, |l| {
                if let Lex::Modifier(k) = l {
                    Some(k)
                } else {
                    None
                }
            }) {
                let rule = if k == 0 {
                    "unit_current"
                } else {
                    "unit_modifier"
                };
                return Some(Found {
                    end: i + 2,
                    expr: Expr::Rel {
                        unit,
                        offset: i32::from(k),
                    },
                    part: None,
                    check: None,
                    rule,
                    conf: 0.9,
                });
            }
        }
        // هذا العام hādhā l-ʿām "this year".
        if self.has(i, |l| l == Lex::This) {
            if let Some(unit) = unit1(i + 1, true) {
                return Some(Found {
                    end: i + 2,
                    expr: Expr::Rel { unit, offset: 0 },
                    part: None,
                    check: None,
                    rule: "this_unit",
                    conf: 0.9,
                });
            }
        }
        // منذ/قبل/بعد + count + unit.
        let dir = self.find(i, |l| if let Lex::Ago(k) = l { Some(k) } else { None })?;
        let (rule, conf) = if dir < 0 {
            ("ago", 0.85)
        } else {
            ("after", 0.6)
        };
        let n = self.num(i + 1).map(|(v, _)| v).or_else(|| {
            self.find(i + 1, |l| {
                if let Lex::NumWord(n) = l {
                    Some(u32::from(n))
                } else {
                    None
                }
            })
        });
        let unit_at = |j: usize| {
            let w = self.w.get(j)?;
            if w.info.definite {
                return None;
            }
            self.find(j, |l| {
                if let Lex::Unit { unit, count } = l {
                    Some((unit, count))
                } else {
                    None
                }
            })
        };
        let (count, end, unit) = if let Some(n) = n.filter(|&n| (1..=999).contains(&n)) {
            let (unit, c) = unit_at(i + 2)?;
            if c == 2 {
                return None;
            }
            (n, i + 3, unit)
        } else {
            let (unit, c) = unit_at(i + 1)?;
            match c {
                2 => (2, i + 2, unit),
                // قبل عام qabla ʿām "a year ago", but not قبل عام 2001 "before the year 2001"
                // nor قبل يوم الخميس "before Thursday".
                1 if !self.is_number(i + 2) && self.weekday_at(i + 2).is_none() => (1, i + 2, unit),
                _ => return None,
            }
        };
        // قبل يومين من الانتخابات "two days before the election", بعد شهر على الهجوم "a month
        // after the attack": anchored to an event, not to the publication date.
        let mut k = end;
        if self.key(k) == "واحد" || self.key(k) == "واحده" {
            k += 1;
        }
        // (Search keys fold ى, so على is علي.)
        if matches!(self.key(k), "من" | "علي") {
            return None;
        }
        let offset = i32::from(dir) * count as i32;
        Some(Found {
            end,
            expr: Expr::Rel { unit, offset },
            part: None,
            check: None,
            rule,
            conf,
        })
    }

    /// A month name at `i` (one or two words), with a second name of the same month absorbed
    /// (سبتمبر/أيلول, تشرين الأول (أكتوبر)): (calendar, month, weak, words used).
    fn month_at(&self, i: usize) -> Option<(Calendar, u8, bool, usize)> {
        let (cal, month, weak, mut used) = self.month_name(i)?;
        match self.key(i + used) {
            "/" => {
                if let Some((_, _, _, n)) = self
                    .month_name(i + used + 1)
                    .filter(|m| (m.0, m.1) == (cal, month))
                {
                    used += 1 + n;
                }
            }
            "(" => {
                if let Some((_, _, _, n)) = self
                    .month_name(i + used + 1)
                    .filter(|m| (m.0, m.1) == (cal, month))
                {
                    if self.key(i + used + 1 + n) == ")" {
                        used += 2 + n;
                    }
                }
            }
            _ => {}
        }
        Some((cal, month, weak, used))
    }

    /// A month name alone at `i`: (calendar, month, weak, words used).
    fn month_name(&self, i: usize) -> Option<(Calendar, u8, bool, usize)> {
        let w = self.w.get(i)?;
        for &l in &w.info.lex {
            match l {
                // Weak names (آب "father", صفر "zero") never with a proclitic: باب "door".
                Lex::Month { cal, month, weak } if !(weak && w.info.proclitics > 0) => {
                    return Some((cal, month, weak, 1))
                }
                Lex::MonthHead => {
                    if let Some((cal, month)) = lexicon::month_tail(&w.info.core, self.key(i + 1)) {
                        return Some((cal, month, false, 2));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// A year number at `i` for calendar `cal`, with an optional era marker after it:
    /// (year, calendar, words used).
    fn year_at(&self, i: usize, cal: Calendar) -> Option<(i32, Calendar, usize)> {
        let (v, digits) = self.num(i)?;
        let era = self.find(i + 1, |l| if let Lex::Era(c) = l { Some(c) } else { None });
        let cal = era.unwrap_or(cal);
        let ok = match cal {
            Calendar::Gregorian => {
                digits == 4 && (1000..=2999).contains(&v) || era.is_some() && digits >= 3
            }
            Calendar::Hijri => digits >= 3 && calendar::HIJRI_YEARS.contains(&(v as i32)),
        };
        ok.then_some((v as i32, cal, if era.is_some() { 2 } else { 1 }))
    }

    /// A day number at `i` (1..=31, one or two digits).
    fn day_num(&self, i: usize) -> Option<u8> {
        self.num(i)
            .filter(|&(v, d)| d <= 2 && (1..=31).contains(&v))
            .map(|(v, _)| v as u8)
    }

    /// A year after a month ending at word `j`: `2020`, `، 2020`, `عام 2016`, `من عام 2017`
    /// (with an optional era marker): (year, calendar, end word).
    fn year_after(&self, j: usize, cal: Calendar) -> Option<(i32, Calendar, usize)> {
        let year_cue = |k: usize| {
            self.has(k, |l| {
                l == Lex::Unit {
                    unit: Unit::Year,
                    count: 1,
                }
            })
        };
        let at = if self.num(j).is_some() {
            j
        } else if matches!(self.key(j), "," | "،") || year_cue(j) {
            j + 1
        } else if self.key(j) == "من" && year_cue(j + 1) {
            j + 2
        } else {
            return None;
        };
        let (year, cal2, n) = self.year_at(at, cal)?;
        (cal2 == cal).then_some((year, cal, at + n))
    }

    /// الماضي/المقبل/الحالي after a yearless month: أيار الماضي "last May".
    fn month_modifier(&self, j: usize) -> Option<Direction> {
        self.find(j, |l| match l {
            Lex::Modifier(-1) => Some(Direction::Before),
            Lex::Modifier(1) => Some(Direction::After),
            Lex::Modifier(_) => Some(Direction::Current),
            _ => None,
        })
    }

    /// day month [year]: 24 سبتمبر 2020, 10 ذو الحجة 1441 هـ, 25 مايو الماضي.
    fn abs_day(&self, i: usize) -> Option<Found> {
        let day = self.day_num(i)?;
        let (cal, month, _, used) = self.month_at(i + 1)?;
        let j = i + 1 + used;
        if let Some((year, cal, end)) = self.year_after(j, cal) {
            let expr = Expr::Day {
                cal,
                year,
                month,
                day,
            };
            return Some(Found {
                end,
                expr,
                part: None,
                check: None,
                rule: "day_month_year",
                conf: 0.95,
            });
        }
        let max = if cal == Calendar::Hijri {
            30
        } else {
            calendar::days_in_month(2000, month)
        };
        if day > max {
            return None;
        }
        let dir = self.month_modifier(j);
        let end = if dir.is_some() { j + 1 } else { j };
        let expr = Expr::Yearless {
            cal,
            month,
            day: Some(day),
            dir,
        };
        Some(Found {
            end,
            expr,
            part: None,
            check: None,
            rule: "day_month",
            conf: 0.85,
        })
    }

    /// Absolute months and years: سبتمبر 2020, ذو الحجة 1441, في سبتمبر, أيار الماضي,
    /// العام 2001, 1441 هـ.
    fn absolute(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.abs_day(i) {
            return Some(f);
        }
        if let Some((cal, month, weak, used)) = self.month_at(i) {
            let j = i + used;
            if let Some((year, cal, end)) = self.year_after(j, cal) {
                let expr = Expr::Month { cal, year, month };
                return Some(Found {
                    end,
                    expr,
                    part: None,
                    check: None,
                    rule: "month_year",
                    conf: 0.9,
                });
            }
            // شهر رمضان shahr ramaḍān "the month of Ramadan".
            let cue = i > 0 && self.w[i - 1].info.core == "شهر";
            let dir = self.month_modifier(j);
            if !weak || cue || dir.is_some() && cal == Calendar::Gregorian {
                let conf = if cue || dir.is_some() { 0.85 } else { 0.7 };
                let end = if dir.is_some() { j + 1 } else { j };
                let expr = Expr::Yearless {
                    cal,
                    month,
                    day: None,
                    dir,
                };
                return Some(Found {
                    end,
                    expr,
                    part: None,
                    check: None,
                    rule: "month",
                    conf,
                });
            }
            return None;
        }
        // عام/سنة/العام + year: العام 2001, للعام 2001, سنة 1441 هـ.
        if self.has(i, |l| {
            l == Lex::Unit {
                unit: Unit::Year,
                count: 1,
            }
        }) {
            if let Some((year, cal, n)) = self
                .year_at(i + 1, Calendar::Gregorian)
                .or_else(|| self.year_at(i + 1, Calendar::Hijri).filter(|y| y.2 == 2))
            {
                let expr = Expr::Year { cal, year };
                return Some(Found {
                    end: i + 1 + n,
                    expr,
                    part: None,
                    check: None,
                    rule: "year_cue",
                    conf: 0.9,
                });
            }
        }
        // A year with an era marker: 1441 هـ, 2020 م.
        if let Some((year, cal, 2)) = self
            .year_at(i, Calendar::Gregorian)
            .or_else(|| self.year_at(i, Calendar::Hijri))
        {
            let conf = if cal == Calendar::Hijri { 0.9 } else { 0.75 };
            return Some(Found {
                end: i + 2,
                expr: Expr::Year { cal, year },
                part: None,
                check: None,
                rule: "year_era",
                conf,
            });
        }
        None
    }

    /// Numeric dates starting at number word `i`: 24/9/2020, 24-9-2020, 24.9.2020,
    /// 2020-09-24, ١٤٤١/١٢/١٠ هـ.
    fn numeric(&self, i: usize) -> Option<Found> {
        let w = self.w.get(i)?;
        if w.kind != TokenKind::Number {
            return None;
        }
        if self.text[..w.range.start].ends_with(['/', '-', '.']) {
            return None;
        }
        let (groups, sep, end_byte) = scan_numeric(self.text, w.range.start)?;
        let end = self.w[i..].iter().position(|x| x.range.end == end_byte)? + i + 1;
        let era = self.find(end, |l| if let Lex::Era(c) = l { Some(c) } else { None });
        let [(a, la), (b, _), (c, lc)] = groups;
        let (year, month, day, rule) = if la == 4 && (sep == '-' || era == Some(Calendar::Hijri)) {
            (a, b, c, "numeric_ymd")
        } else if lc == 4 {
            (c, b, a, "numeric_dmy")
        } else {
            return None;
        };
        let (month, day) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
        let cal = era.unwrap_or(if year >= 1800 {
            Calendar::Gregorian
        } else {
            Calendar::Hijri
        });
        if cal == Calendar::Hijri && era.is_none() {
            return None;
        }
        let end = if era.is_some() { end + 1 } else { end };
        let valid = match cal {
            Calendar::Gregorian => CivilDate::new(year as i32, month, day).is_some(),
            Calendar::Hijri => hijri_to_civil(year as i32, month, day).is_some(),
        };
        valid.then_some(Found {
            end,
            expr: Expr::Day {
                cal,
                year: year as i32,
                month,
                day,
            },
            part: None,
            check: None,
            rule,
            conf: 0.9,
        })
    }
}

/// (value, digit count) of three digit groups.
type DigitGroups = [(u32, usize); 3];

/// Three digit groups separated by one repeated separator (`/`, `-` or `.`), each 1–4 digits:
/// ((value, digits) ×3, separator, end byte).
fn scan_numeric(text: &str, start: usize) -> Option<(DigitGroups, char, usize)> {
    let mut groups = [(0u32, 0usize); 3];
    let mut sep = None;
    let mut g = 0;
    let mut end = start;
    for (off, c) in text[start..].char_indices() {
        if is_digit(c) {
            let v = c.to_digit(10).or_else(|| arabic_digit_value(c))?;
            let (val, n) = &mut groups[g];
            if *n == 4 {
                return None;
            }
            *val = *val * 10 + v;
            *n += 1;
            end = start + off + c.len_utf8();
        } else if matches!(c, '/' | '-' | '.')
            && g < 2
            && groups[g].1 > 0
            && !matches!(sep, Some(s) if s != c)
        {
            sep = Some(c);
            g += 1;
        } else {
            break;
        }
    }
    (g == 2 && groups[2].1 > 0).then_some((groups, sep?, end))
}

fn with_weekday_check(f: Found, wd: Weekday) -> Found {
    Found {
        check: Some(wd),
        ..f
    }
}

/// Turn a match into a mention, resolving it against the publication date.
fn resolve(range: Range<usize>, f: &Found, published: Option<CivilDate>) -> Option<DateMention> {
    let g = |cal, value, granularity, relative| (cal, value, granularity, relative);
    let (calendar, value, granularity, relative) = match f.expr {
        Expr::Day {
            cal: Calendar::Gregorian,
            year,
            month,
            day,
        } => g(
            Calendar::Gregorian,
            DateValue::Day(CivilDate::new(year, month, day)?),
            Granularity::Day,
            false,
        ),
        Expr::Day {
            cal: Calendar::Hijri,
            year,
            month,
            day,
        } => {
            let d = hijri_to_civil(year, month, day)?;
            g(
                Calendar::Hijri,
                DateValue::Hijri {
                    year,
                    month: Some(month),
                    day: Some(day),
                    start: d,
                    end: d,
                },
                Granularity::Day,
                false,
            )
        }
        Expr::Month {
            cal: Calendar::Gregorian,
            year,
            month,
        } => g(
            Calendar::Gregorian,
            DateValue::Month { year, month },
            Granularity::Month,
            false,
        ),
        Expr::Month {
            cal: Calendar::Hijri,
            year,
            month,
        } => {
            let (start, end) = hijri_month_span(year, month)?;
            g(
                Calendar::Hijri,
                DateValue::Hijri {
                    year,
                    month: Some(month),
                    day: None,
                    start,
                    end,
                },
                Granularity::Month,
                false,
            )
        }
        Expr::Year {
            cal: Calendar::Gregorian,
            year,
        } => g(
            Calendar::Gregorian,
            DateValue::Year(year),
            Granularity::Year,
            false,
        ),
        Expr::Year {
            cal: Calendar::Hijri,
            year,
        } => {
            let (start, end) = hijri_year_span(year)?;
            g(
                Calendar::Hijri,
                DateValue::Hijri {
                    year,
                    month: None,
                    day: None,
                    start,
                    end,
                },
                Granularity::Year,
                false,
            )
        }
        Expr::Yearless {
            cal,
            month,
            day,
            dir,
        } => {
            let gran = if day.is_some() {
                Granularity::Day
            } else {
                Granularity::Month
            };
            let value = match published {
                None => DateValue::Yearless {
                    calendar: cal,
                    month,
                    day,
                    direction: dir,
                },
                Some(p) => resolve_yearless(cal, month, day, dir, p)?,
            };
            g(cal, value, gran, true)
        }
        Expr::Rel { unit, offset } => {
            let value = match published {
                None => DateValue::Relative { unit, offset },
                Some(p) => resolve_rel(unit, offset, p)?,
            };
            g(Calendar::Gregorian, value, unit.granularity(), true)
        }
        Expr::Wd { weekday, dir } => {
            let value = match published {
                None => DateValue::Weekday {
                    weekday,
                    direction: dir,
                },
                Some(p) => DateValue::Day(resolve_weekday(weekday, dir, p)?),
            };
            g(Calendar::Gregorian, value, Granularity::Day, true)
        }
    };
    let mut confidence = f.conf;
    if let Some(wd) = f.check {
        let day = match value {
            DateValue::Day(d) => Some(d),
            DateValue::Hijri {
                day: Some(_),
                start,
                ..
            } => Some(start),
            _ => None,
        };
        // اليوم الخميس on a Wednesday: the text contradicts itself or the date is wrong.
        if day.is_some_and(|d| d.weekday() != wd) {
            confidence = 0.5;
        }
    }
    Some(DateMention {
        range,
        value,
        granularity,
        part_of_day: f.part,
        relative,
        calendar,
        provenance: f.rule,
        confidence,
    })
}

fn resolve_rel(unit: Unit, offset: i32, p: CivilDate) -> Option<DateValue> {
    let off = i64::from(offset);
    Some(match unit {
        Unit::Day => DateValue::Day(p.add_days(off)?),
        Unit::Week => {
            let (year, week) = p.add_days(off.checked_mul(7)?)?.iso_week();
            DateValue::Week { year, week }
        }
        Unit::Month => {
            let (year, month) = add_months(p.year, p.month, off)?;
            DateValue::Month { year, month }
        }
        Unit::Year => {
            let y = p.year.checked_add(offset)?;
            if !(calendar::MIN_YEAR..=calendar::MAX_YEAR).contains(&y) {
                return None;
            }
            DateValue::Year(y)
        }
    })
}

fn resolve_weekday(wd: Weekday, dir: Direction, p: CivilDate) -> Option<CivilDate> {
    let diff = (i64::from(p.weekday().index()) - i64::from(wd.index())).rem_euclid(7);
    match dir {
        Direction::OnOrBefore => p.add_days(-diff),
        Direction::Before => p.add_days(-(if diff == 0 { 7 } else { diff })),
        Direction::After => {
            let ahead = (7 - diff) % 7;
            p.add_days(if ahead == 0 { 7 } else { ahead })
        }
        // The one in the publication's ISO week.
        Direction::Current => p.add_days(i64::from(wd.index()) - i64::from(p.weekday().index())),
    }
}

/// The occurrence of a yearless month (and day) nearest to the publication date, among
/// those `dir` allows (before, after, or in the publication's year).
fn resolve_yearless(
    cal: Calendar,
    month: u8,
    day: Option<u8>,
    dir: Option<Direction>,
    p: CivilDate,
) -> Option<DateValue> {
    let pd = p.to_days();
    let this_year = match cal {
        Calendar::Gregorian => p.year,
        Calendar::Hijri => civil_to_hijri_year(p),
    };
    let mut best: Option<(i64, DateValue)> = None;
    for year in [this_year - 1, this_year, this_year + 1] {
        // (first day, last day, value) of the candidate.
        let (start, end, value) = match (cal, day) {
            (Calendar::Gregorian, Some(d)) => {
                let Some(date) = CivilDate::new(year, month, d) else {
                    continue;
                };
                (date, date, DateValue::Day(date))
            }
            (Calendar::Gregorian, None) => {
                let (Some(s), Some(e)) = (
                    CivilDate::new(year, month, 1),
                    CivilDate::new(year, month, calendar::days_in_month(year, month)),
                ) else {
                    continue;
                };
                (s, e, DateValue::Month { year, month })
            }
            (Calendar::Hijri, Some(d)) => {
                let Some(date) = hijri_to_civil(year, month, d) else {
                    continue;
                };
                (
                    date,
                    date,
                    DateValue::Hijri {
                        year,
                        month: Some(month),
                        day: Some(d),
                        start: date,
                        end: date,
                    },
                )
            }
            (Calendar::Hijri, None) => {
                let Some((s, e)) = hijri_month_span(year, month) else {
                    continue;
                };
                (
                    s,
                    e,
                    DateValue::Hijri {
                        year,
                        month: Some(month),
                        day: None,
                        start: s,
                        end: e,
                    },
                )
            }
        };
        let (s, e) = (start.to_days(), end.to_days());
        let allowed = match dir {
            None => true,
            Some(Direction::Before) => e < pd,
            Some(Direction::OnOrBefore) => s <= pd,
            Some(Direction::After) => s > pd,
            Some(Direction::Current) => year == this_year,
        };
        let distance = ((s + e) / 2 - pd).abs();
        if allowed && !matches!(&best, Some(b) if b.0 <= distance) {
            best = Some((distance, value));
        }
    }
    best.map(|b| b.1)
}
