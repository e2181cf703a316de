//! Date expressions: golden tests on the seed story and on hand-written sentences, and
//! property tests (no panic, ranges on char boundaries inside the text).

use expect_test::{expect, Expect};
use marsad_text::chars::{is_format_control, TATWEEL, ZWNJ};
use marsad_text::tokenize;
use marsad_understand::dates::{find_dates, CivilDate, DateMention};
use proptest::prelude::*;

const SEED: &str = include_str!("../../../../examples/zarif-lavrov-moscow.txt");

/// 2020-09-24, a Thursday: the seed story's publication date.
fn published() -> CivilDate {
    CivilDate::new(2020, 9, 24).expect("valid date")
}

fn render(text: &str, published: Option<CivilDate>) -> String {
    let tokens = tokenize(text);
    let mentions = find_dates(text, &tokens, published);
    mentions
        .iter()
        .map(|m| line(text, m))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The surface with invisible characters made visible (`<U+200C>`).
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_format_control(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn line(text: &str, m: &DateMention) -> String {
    let mut s = format!(
        "{} → {} {}",
        visible(&text[m.range.clone()]),
        m.value,
        m.granularity.as_str()
    );
    if let Some(p) = m.part_of_day {
        s += &format!(" {}", p.as_str());
    }
    if m.calendar != marsad_understand::dates::Calendar::Gregorian {
        s += &format!(" {}", m.calendar.as_str());
    }
    if m.relative {
        s += " rel";
    }
    s += &format!(" [{} {:.2}]", m.provenance, m.confidence);
    s
}

/// With the publication date 2020-09-24 (Thursday), then without one.
fn check(text: &str, expect: Expect) {
    let with = render(text, Some(published()));
    let without = render(text, None);
    expect.assert_eq(&format!("{with}\n--\n{without}"));
}

#[test]
fn seed_story_with_publication_date() {
    let actual = render(SEED, Some(published()));
    expect![[r#"
        اليوم الخميس → 2020-09-24 day rel [anchor_weekday 0.95]
        اليوم → 2020-09-24 day rel [today 0.85]
        الشهر القادم → 2020-10 month rel [unit_modifier 0.90]
        اليوم → 2020-09-24 day rel [today 0.85]
        للعام 2001 → 2001 year [year_cue 0.90]
        مساء الاربعاء → 2020-09-23 day evening rel [weekday 0.80]"#]]
    .assert_eq(&actual);
}

#[test]
fn seed_story_without_publication_date() {
    let actual = render(SEED, None);
    expect![[r#"
        اليوم الخميس → PUB+0D day rel [anchor_weekday 0.95]
        اليوم → PUB+0D day rel [today 0.85]
        الشهر القادم → PUB+1M month rel [unit_modifier 0.90]
        اليوم → PUB+0D day rel [today 0.85]
        للعام 2001 → 2001 year [year_cue 0.90]
        مساء الاربعاء → wednesday<=PUB day evening rel [weekday 0.80]"#]]
    .assert_eq(&actual);
}

// ---- Anchors -------------------------------------------------------------------------

#[test]
fn today_yesterday_tomorrow() {
    // وصل اليوم وغادر أمس ويعود غداً
    // waṣala l-yawm wa-ghādara ams wa-yaʿūdu ghadan "he arrived today, left yesterday and returns tomorrow"
    check(
        "وصل اليوم وغادر أمس ويعود غداً",
        expect![[r#"
        اليوم → 2020-09-24 day rel [today 0.85]
        أمس → 2020-09-23 day rel [yesterday 0.95]
        غداً → 2020-09-25 day rel [tomorrow 0.90]
        --
        اليوم → PUB+0D day rel [today 0.85]
        أمس → PUB-1D day rel [yesterday 0.95]
        غداً → PUB+1D day rel [tomorrow 0.90]"#]],
    );
    // امس الاول وبعد غد: ams al-ʾawwal wa-baʿda ghad "the day before yesterday and the day after tomorrow"
    check(
        "التقى امس الاول ويلتقي بعد غد",
        expect![[r#"
        امس الاول → 2020-09-22 day rel [day_before_yesterday 0.90]
        بعد غد → 2020-09-26 day rel [day_after_tomorrow 0.90]
        --
        امس الاول → PUB-2D day rel [day_before_yesterday 0.90]
        بعد غد → PUB+2D day rel [day_after_tomorrow 0.90]"#]],
    );
    // أول أمس: ʾawwal ams "the day before yesterday"
    check(
        "وقع الهجوم أول أمس",
        expect![[r#"
        أول أمس → 2020-09-22 day rel [day_before_yesterday 0.90]
        --
        أول أمس → PUB-2D day rel [day_before_yesterday 0.90]"#]],
    );
}

#[test]
fn today_not_a_day_of() {
    // اليوم الوطني al-yawm al-waṭanī "the national day"; يوم الاستقلال yawm al-istiqlāl "independence day";
    // ذلك اليوم dhālika l-yawm "that day"; في اليوم الأول "on the first day". No mention.
    check(
        "احتفل باليوم الوطني وبيوم الاستقلال وتذكر ذلك اليوم وفي اليوم الأول",
        expect![[r#"

        --
    "#]],
    );
    // محادثات اليوم muḥādathāt al-yawm "today's talks": today.
    check(
        "خلال محادثات اليوم",
        expect![[r#"
        اليوم → 2020-09-24 day rel [today 0.85]
        --
        اليوم → PUB+0D day rel [today 0.85]"#]],
    );
}

#[test]
fn tonight_and_last_night() {
    // الليلة al-layla "tonight"; الليلة الماضية al-layla al-māḍiya "last night"
    check(
        "يصل الليلة بعد ان غادر الليلة الماضية",
        expect![[r#"
        الليلة → 2020-09-24 day night rel [tonight 0.75]
        الليلة الماضية → 2020-09-23 day night rel [last_night 0.90]
        --
        الليلة → PUB+0D day night rel [tonight 0.75]
        الليلة الماضية → PUB-1D day night rel [last_night 0.90]"#]],
    );
}

// ---- Weekdays and parts of the day -------------------------------------------------------

#[test]
fn weekdays() {
    // اليوم الخميس al-yawm al-khamīs "today, Thursday" (one mention, consistent)
    check(
        "في موسكو اليوم الخميس",
        expect![[r#"
        اليوم الخميس → 2020-09-24 day rel [anchor_weekday 0.95]
        --
        اليوم الخميس → PUB+0D day rel [anchor_weekday 0.95]"#]],
    );
    // مساء الاربعاء masāʾ al-arbiʿāʾ "Wednesday evening" (no hamza)
    check(
        "وصل الى موسكو مساء الاربعاء",
        expect![[r#"
        مساء الاربعاء → 2020-09-23 day evening rel [weekday 0.80]
        --
        مساء الاربعاء → wednesday<=PUB day evening rel [weekday 0.80]"#]],
    );
    // والخميس wa-l-khamīs "and Thursday"; يوم السبت yawm al-sabt "on Saturday"
    check(
        "اجتمعوا يوم السبت والخميس",
        expect![[r#"
        يوم السبت → 2020-09-19 day rel [weekday 0.80]
        والخميس → 2020-09-24 day rel [weekday 0.80]
        --
        يوم السبت → saturday<=PUB day rel [weekday 0.80]
        والخميس → thursday<=PUB day rel [weekday 0.80]"#]],
    );
    // الجمعة المقبلة / الثلاثاء الماضي: "next Friday", "last Tuesday"
    check(
        "سيعود الجمعة المقبلة بعد زيارة الثلاثاء الماضي",
        expect![[r#"
        الجمعة المقبلة → 2020-09-25 day rel [weekday 0.90]
        الثلاثاء الماضي → 2020-09-22 day rel [weekday 0.90]
        --
        الجمعة المقبلة → friday>PUB day rel [weekday 0.90]
        الثلاثاء الماضي → tuesday<PUB day rel [weekday 0.90]"#]],
    );
    // الخميس الماضي on a Thursday is a week earlier; الخميس المقبل a week later.
    check(
        "الخميس الماضي والخميس القادم",
        expect![[r#"
        الخميس الماضي → 2020-09-17 day rel [weekday 0.90]
        والخميس القادم → 2020-10-01 day rel [weekday 0.90]
        --
        الخميس الماضي → thursday<PUB day rel [weekday 0.90]
        والخميس القادم → thursday>PUB day rel [weekday 0.90]"#]],
    );
    // أمس الأربعاء "yesterday, Wednesday" (consistent); أمس الثلاثاء (inconsistent: lower confidence)
    check(
        "قال أمس الأربعاء",
        expect![[r#"
        أمس الأربعاء → 2020-09-23 day rel [anchor_weekday 0.95]
        --
        أمس الأربعاء → PUB-1D day rel [anchor_weekday 0.95]"#]],
    );
    check(
        "قال أمس الثلاثاء",
        expect![[r#"
        أمس الثلاثاء → 2020-09-23 day rel [anchor_weekday 0.50]
        --
        أمس الثلاثاء → PUB-1D day rel [anchor_weekday 0.95]"#]],
    );
    // صباح اليوم / ظهر أمس / ليل الثلاثاء / الأحد صباحاً
    check(
        "صباح اليوم وظهر أمس وليل الثلاثاء والأحد صباحاً",
        expect![[r#"
        صباح اليوم → 2020-09-24 day morning rel [today 0.85]
        وظهر أمس → 2020-09-23 day noon rel [yesterday 0.95]
        وليل الثلاثاء → 2020-09-22 day night rel [weekday 0.80]
        والأحد صباحاً → 2020-09-20 day morning rel [weekday 0.80]
        --
        صباح اليوم → PUB+0D day morning rel [today 0.85]
        وظهر أمس → PUB-1D day noon rel [yesterday 0.95]
        وليل الثلاثاء → tuesday<=PUB day night rel [weekday 0.80]
        والأحد صباحاً → sunday<=PUB day morning rel [weekday 0.80]"#]],
    );
}

#[test]
fn weekday_words_that_are_not_weekdays() {
    // أحد المسؤولين ʾaḥad al-masʾūlīn "one of the officials"; خميس (a person name);
    // بين الاثنين bayna l-ithnayn "between the two". No mention.
    check(
        "قال أحد المسؤولين ان خميس تحدث بين الاثنين",
        expect![[r#"

        --
    "#]],
    );
}

// ---- Relative units --------------------------------------------------------------------------

#[test]
fn units_with_modifiers() {
    // الأسبوع الماضي "last week", الشهر القادم "next month", العام الماضي "last year",
    // السنة المقبلة "next year", الشهر الجاري "this month"
    check(
        "الأسبوع الماضي والشهر القادم والعام الماضي والسنة المقبلة والشهر الجاري",
        expect![[r#"
        الأسبوع الماضي → 2020-W38 week rel [unit_modifier 0.90]
        والشهر القادم → 2020-10 month rel [unit_modifier 0.90]
        والعام الماضي → 2019 year rel [unit_modifier 0.90]
        والسنة المقبلة → 2021 year rel [unit_modifier 0.90]
        والشهر الجاري → 2020-09 month rel [unit_current 0.90]
        --
        الأسبوع الماضي → PUB-1W week rel [unit_modifier 0.90]
        والشهر القادم → PUB+1M month rel [unit_modifier 0.90]
        والعام الماضي → PUB-1Y year rel [unit_modifier 0.90]
        والسنة المقبلة → PUB+1Y year rel [unit_modifier 0.90]
        والشهر الجاري → PUB+0M month rel [unit_current 0.90]"#]],
    );
    // الاسبوع المقبل / الاسبوع الحالي
    check(
        "الاسبوع المقبل بدل الاسبوع الحالي",
        expect![[r#"
        الاسبوع المقبل → 2020-W40 week rel [unit_modifier 0.90]
        الاسبوع الحالي → 2020-W39 week rel [unit_current 0.90]
        --
        الاسبوع المقبل → PUB+1W week rel [unit_modifier 0.90]
        الاسبوع الحالي → PUB+0W week rel [unit_current 0.90]"#]],
    );
    // هذا العام hādhā l-ʿām "this year"; هذه السنة "this year"; هذا الشهر "this month"
    check(
        "هذا العام وهذه السنة وهذا الشهر",
        expect![[r#"
        هذا العام → 2020 year rel [this_unit 0.90]
        وهذه السنة → 2020 year rel [this_unit 0.90]
        وهذا الشهر → 2020-09 month rel [this_unit 0.90]
        --
        هذا العام → PUB+0Y year rel [this_unit 0.90]
        وهذه السنة → PUB+0Y year rel [this_unit 0.90]
        وهذا الشهر → PUB+0M month rel [this_unit 0.90]"#]],
    );
}

#[test]
fn ago_and_after() {
    // منذ ثلاثة أيام mundhu thalāthat ayyām "three days ago"; قبل عامين qabla ʿāmayn "two years ago";
    // قبل 5 سنوات "five years ago"; منذ أسبوعين "two weeks ago"; بعد 3 أشهر "in three months"
    check(
        "منذ ثلاثة أيام وقبل عامين وقبل 5 سنوات ومنذ أسبوعين وبعد 3 أشهر",
        expect![[r#"
        منذ ثلاثة أيام → 2020-09-21 day rel [ago 0.85]
        وقبل عامين → 2018 year rel [ago 0.85]
        وقبل 5 سنوات → 2015 year rel [ago 0.85]
        ومنذ أسبوعين → 2020-W37 week rel [ago 0.85]
        وبعد 3 أشهر → 2020-12 month rel [after 0.60]
        --
        منذ ثلاثة أيام → PUB-3D day rel [ago 0.85]
        وقبل عامين → PUB-2Y year rel [ago 0.85]
        وقبل 5 سنوات → PUB-5Y year rel [ago 0.85]
        ومنذ أسبوعين → PUB-2W week rel [ago 0.85]
        وبعد 3 أشهر → PUB+3M month rel [after 0.60]"#]],
    );
    // قبل عام "a year ago"; but قبل عام 2001 "before the year 2001" is the year only.
    check(
        "قبل عام وقبل عام 2001",
        expect![[r#"
        قبل عام → 2019 year rel [ago 0.85]
        عام 2001 → 2001 year [year_cue 0.90]
        --
        قبل عام → PUB-1Y year rel [ago 0.85]
        عام 2001 → 2001 year [year_cue 0.90]"#]],
    );
    // خلال الأيام المقبلة "in the coming days": vague, skipped.
    check(
        "خلال الأيام المقبلة",
        expect![[r#"

        --
    "#]],
    );
}

// ---- Absolute dates ------------------------------------------------------------------------

#[test]
fn day_month_year() {
    // 24 سبتمبر 2020; الخميس 24 سبتمبر 2020 (weekday + date, consistent)
    check(
        "وقع في 24 سبتمبر 2020",
        expect![[r#"
        24 سبتمبر 2020 → 2020-09-24 day [day_month_year 0.95]
        --
        24 سبتمبر 2020 → 2020-09-24 day [day_month_year 0.95]"#]],
    );
    check(
        "الخميس 24 سبتمبر 2020",
        expect![[r#"
        الخميس 24 سبتمبر 2020 → 2020-09-24 day [weekday_date 0.95]
        --
        الخميس 24 سبتمبر 2020 → 2020-09-24 day [weekday_date 0.95]"#]],
    );
    // Arabic-Indic digits and the Levantine name: ٢٤ ايلول ٢٠٢٠
    check(
        "٢٤ ايلول ٢٠٢٠",
        expect![[r#"
        ٢٤ ايلول ٢٠٢٠ → 2020-09-24 day [day_month_year 0.95]
        --
        ٢٤ ايلول ٢٠٢٠ → 2020-09-24 day [day_month_year 0.95]"#]],
    );
    // Levantine two-word month and the double names: 3 كانون الثاني 2021; 1 سبتمبر/ايلول 2019;
    // 5 تشرين الأول (أكتوبر) 2018; أكتوبر/تشرين الأول 2018
    check("3 كانون الثاني 2021 و1 سبتمبر/ايلول 2019 و5 تشرين الأول (أكتوبر) 2018 وأكتوبر/تشرين الأول 2018", expect![[r#"
        3 كانون الثاني 2021 → 2021-01-03 day [day_month_year 0.95]
        1 سبتمبر/ايلول 2019 → 2019-09-01 day [day_month_year 0.95]
        5 تشرين الأول (أكتوبر) 2018 → 2018-10-05 day [day_month_year 0.95]
        وأكتوبر/تشرين الأول 2018 → 2018-10 month [month_year 0.90]
        --
        3 كانون الثاني 2021 → 2021-01-03 day [day_month_year 0.95]
        1 سبتمبر/ايلول 2019 → 2019-09-01 day [day_month_year 0.95]
        5 تشرين الأول (أكتوبر) 2018 → 2018-10-05 day [day_month_year 0.95]
        وأكتوبر/تشرين الأول 2018 → 2018-10 month [month_year 0.90]"#]]);
    // Maghreb names: 14 جويلية 2019, 1 ماي 2020, 15 أوت 2021
    check(
        "14 جويلية 2019 و1 ماي 2020 و15 أوت 2021",
        expect![[r#"
        14 جويلية 2019 → 2019-07-14 day [day_month_year 0.95]
        1 ماي 2020 → 2020-05-01 day [day_month_year 0.95]
        15 أوت 2021 → 2021-08-15 day [day_month_year 0.95]
        --
        14 جويلية 2019 → 2019-07-14 day [day_month_year 0.95]
        1 ماي 2020 → 2020-05-01 day [day_month_year 0.95]
        15 أوت 2021 → 2021-08-15 day [day_month_year 0.95]"#]],
    );
    // Diacritics and tatweel: ٢٤ سِبْتَمْبَر, سبتمـبر 2020
    check(
        &format!("٢٤ سِبْتَمْبَر وسبتم{TATWEEL}بر 2020"),
        expect![[r#"
        ٢٤ سِبْتَمْبَر → 2020-09-24 day rel [day_month 0.85]
        وسبتمـبر 2020 → 2020-09 month [month_year 0.90]
        --
        ٢٤ سِبْتَمْبَر → XXXX-09-24 day rel [day_month 0.85]
        وسبتمـبر 2020 → 2020-09 month [month_year 0.90]"#]],
    );
}

#[test]
fn day_month_without_year() {
    // 24 سبتمبر "24 September" (year from publication); 28 ديسمبر → nearest: 2020-12-28
    check(
        "24 سبتمبر و28 ديسمبر",
        expect![[r#"
        24 سبتمبر → 2020-09-24 day rel [day_month 0.85]
        28 ديسمبر → 2020-12-28 day rel [day_month 0.85]
        --
        24 سبتمبر → XXXX-09-24 day rel [day_month 0.85]
        28 ديسمبر → XXXX-12-28 day rel [day_month 0.85]"#]],
    );
}

#[test]
fn months() {
    // سبتمبر 2020; في سبتمبر fī sibtambir "in September"; منذ مارس 2011
    check(
        "سبتمبر 2020 وفي سبتمبر ومنذ مارس 2011",
        expect![[r#"
        سبتمبر 2020 → 2020-09 month [month_year 0.90]
        سبتمبر → 2020-09 month rel [month 0.70]
        مارس 2011 → 2011-03 month [month_year 0.90]
        --
        سبتمبر 2020 → 2020-09 month [month_year 0.90]
        سبتمبر → XXXX-09 month rel [month 0.70]
        مارس 2011 → 2011-03 month [month_year 0.90]"#]],
    );
    // In January (published in September): the nearest January is 2021? No: 2020-01 is 8 months
    // back, 2021-01 is 4 months ahead; nearest wins.
    check(
        "في يناير",
        expect![[r#"
        يناير → 2021-01 month rel [month 0.70]
        --
        يناير → XXXX-01 month rel [month 0.70]"#]],
    );
}

#[test]
fn ambiguous_month_names() {
    // مارس الضغط mārasa l-ḍaghṭ "he exerted pressure"; صفر ṣifr "zero"; رجب (a name);
    // أب ab "father" (آب without hamza: اب); ماي; رمضان (a name); ربيع "spring". No mention.
    check(
        "مارس الضغط وسجل صفر اهداف وقال رجب ان الاب وماي ورمضان في الربيع",
        expect![[r#"

        --
    "#]],
    );
    // With a number or شهر they are months: 5 آب 2019, شهر رمضان, 1 صفر 1442
    check(
        "5 آب 2019 وشهر رمضان و1 صفر 1442",
        expect![[r#"
        5 آب 2019 → 2019-08-05 day [day_month_year 0.95]
        رمضان → 2020-04-24/2020-05-23 (1441-09 AH) month hijri rel [month 0.85]
        1 صفر 1442 → 2020-09-19 (1442-02-01 AH) day hijri [day_month_year 0.95]
        --
        5 آب 2019 → 2019-08-05 day [day_month_year 0.95]
        رمضان → XXXX-09 AH month hijri rel [month 0.85]
        1 صفر 1442 → 2020-09-19 (1442-02-01 AH) day hijri [day_month_year 0.95]"#]],
    );
    // باب bāb "door" is not ب + آب.
    check(
        "باب 2019",
        expect![[r#"

        --
    "#]],
    );
}

#[test]
fn years() {
    // العام 2001 al-ʿām 2001; يعود للعام 2001 yaʿūdu li-l-ʿām "dates back to the year 2001";
    // عام 1990; سنة 2015
    check(
        "العام 2001 ويعود للعام 2001 وعام 1990 وسنة 2015",
        expect![[r#"
        العام 2001 → 2001 year [year_cue 0.90]
        للعام 2001 → 2001 year [year_cue 0.90]
        وعام 1990 → 1990 year [year_cue 0.90]
        وسنة 2015 → 2015 year [year_cue 0.90]
        --
        العام 2001 → 2001 year [year_cue 0.90]
        للعام 2001 → 2001 year [year_cue 0.90]
        وعام 1990 → 1990 year [year_cue 0.90]
        وسنة 2015 → 2015 year [year_cue 0.90]"#]],
    );
    // Numbers that are not years: 13 من 15 عضوا, 2020 شخصا, 1500 دولار. No mention.
    check(
        "اعلن 13 من 15 عضوا وقتل 2020 شخصا بكلفة 1500 دولار",
        expect![[r#"

        --
    "#]],
    );
    // Era markers: 1441 هـ, 2020 م, 1442 هجرية
    check(
        "1441 هـ و2020 م و1442 هجرية",
        expect![[r#"
        1441 هـ → 2019-09-01/2020-08-19 (1441 AH) year hijri [year_era 0.90]
        2020 م → 2020 year [year_era 0.75]
        1442 هجرية → 2020-08-20/2021-08-09 (1442 AH) year hijri [year_era 0.90]
        --
        1441 هـ → 2019-09-01/2020-08-19 (1441 AH) year hijri [year_era 0.90]
        2020 م → 2020 year [year_era 0.75]
        1442 هجرية → 2020-08-20/2021-08-09 (1442 AH) year hijri [year_era 0.90]"#]],
    );
}

#[test]
fn hijri() {
    // ذو الحجة 1441 dhū l-ḥijja 1441; 10 ذي الحجة 1441 هـ; ربيع الأول 1442; جمادى الآخرة
    check(
        "ذو الحجة 1441 و10 ذي الحجة 1441 هـ وربيع الأول 1442 وفي جمادى الآخرة",
        expect![[r#"
        ذو الحجة 1441 → 2020-07-22/2020-08-19 (1441-12 AH) month hijri [month_year 0.90]
        10 ذي الحجة 1441 هـ → 2020-07-31 (1441-12-10 AH) day hijri [day_month_year 0.95]
        وربيع الأول 1442 → 2020-10-18/2020-11-16 (1442-03 AH) month hijri [month_year 0.90]
        جمادى الآخرة → 2021-01-15/2021-02-12 (1442-06 AH) month hijri rel [month 0.70]
        --
        ذو الحجة 1441 → 2020-07-22/2020-08-19 (1441-12 AH) month hijri [month_year 0.90]
        10 ذي الحجة 1441 هـ → 2020-07-31 (1441-12-10 AH) day hijri [day_month_year 0.95]
        وربيع الأول 1442 → 2020-10-18/2020-11-16 (1442-03 AH) month hijri [month_year 0.90]
        جمادى الآخرة → XXXX-06 AH month hijri rel [month 0.70]"#]],
    );
}

#[test]
fn numeric_dates() {
    // 24/9/2020, 2020-09-24, 24-9-2020, 24.9.2020, ٢٤/٩/٢٠٢٠, 1441/12/10 هـ
    check(
        "24/9/2020 و2020-09-24 و24-9-2020 و24.9.2020 و٢٤/٩/٢٠٢٠ و1441/12/10 هـ",
        expect![[r#"
        24/9/2020 → 2020-09-24 day [numeric_dmy 0.90]
        2020-09-24 → 2020-09-24 day [numeric_ymd 0.90]
        24-9-2020 → 2020-09-24 day [numeric_dmy 0.90]
        24.9.2020 → 2020-09-24 day [numeric_dmy 0.90]
        ٢٤/٩/٢٠٢٠ → 2020-09-24 day [numeric_dmy 0.90]
        1441/12/10 هـ → 2020-07-31 (1441-12-10 AH) day hijri [numeric_ymd 0.90]
        --
        24/9/2020 → 2020-09-24 day [numeric_dmy 0.90]
        2020-09-24 → 2020-09-24 day [numeric_ymd 0.90]
        24-9-2020 → 2020-09-24 day [numeric_dmy 0.90]
        24.9.2020 → 2020-09-24 day [numeric_dmy 0.90]
        ٢٤/٩/٢٠٢٠ → 2020-09-24 day [numeric_dmy 0.90]
        1441/12/10 هـ → 2020-07-31 (1441-12-10 AH) day hijri [numeric_ymd 0.90]"#]],
    );
    // Not dates: 31/2/2020 (no such day), 1/2 (a fraction), 3.5, 1/24/9/2020 tail guard
    check(
        "31/2/2020 و1/2 و3.5",
        expect![[r#"

        --
    "#]],
    );
}

#[test]
fn invisible_characters_inside_words() {
    // A ZWNJ pasted inside اليوم still reads as اليوم.
    check(
        &format!("ال{ZWNJ}يوم"),
        expect![[r#"
        ال<U+200C>يوم → 2020-09-24 day rel [today 0.85]
        --
        ال<U+200C>يوم → PUB+0D day rel [today 0.85]"#]],
    );
}

// ---- Properties -----------------------------------------------------------------------------

fn arabic_heavy() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "(اليوم|امس|غدا|الخميس|مساء|الاسبوع|الماضي|القادم|العام|للعام|عام|منذ|قبل|بعد|ثلاثة|ايام|عامين|سبتمبر|ايلول|كانون|الثاني|ذو|الحجة|صفر|آب|هـ|م|هذا|الليلة|يوم|[0-9]{1,5}|[٠-٩]{1,4}|[/.\\-،, ()]|[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}\u{200C}]{1,3}| ){0,30}",
    )
    .expect("valid regex")
}

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let tokens = tokenize(text);
    for p in [
        None,
        Some(published()),
        CivilDate::new(-9999, 1, 1),
        CivilDate::new(9999, 12, 31),
    ] {
        let mentions = find_dates(text, &tokens, p);
        let mut prev = 0;
        for m in &mentions {
            prop_assert!(m.range.start < m.range.end && m.range.end <= text.len());
            prop_assert!(
                text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end)
            );
            prop_assert!(m.range.start >= prev, "overlapping mentions");
            prev = m.range.end;
            prop_assert!((0.0..=1.0).contains(&m.confidence));
            let _ = m.value.to_string();
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        check_invariants(&text)?;
    }

    #[test]
    fn never_panics_on_date_like_text(text in arabic_heavy()) {
        check_invariants(&text)?;
    }
}

#[test]
fn foreign_tokens_do_not_panic() {
    // Tokens from another text (out of range, off char boundaries) are ignored.
    let text = "اليوم";
    let tokens = tokenize("اليوم الخميس 24 سبتمبر 2020");
    let _ = find_dates(text, &tokens, Some(published()));
    // A hand-built invalid publication date counts as none.
    let text = "الشهر القادم في سبتمبر ورمضان 1441 هـ";
    let tokens = tokenize(text);
    for bad in [CivilDate { year: i32::MAX, month: 13, day: 0 }, CivilDate { year: i32::MIN, month: 1, day: 1 }] {
        assert_eq!(find_dates(text, &tokens, Some(bad)), find_dates(text, &tokens, None));
    }
}

#[test]
fn months_with_modifiers_and_year_phrases() {
    // أيار/مايو الماضي ʾayyār/māyū al-māḍī "last May" (published in September: 2020-05);
    // نوفمبر الماضي "last November" (2019-11, not the nearer 2020-11);
    // سبتمبر القادم "next September" (2021-09); 25 سبتمبر الحالي "25 September this year"
    check("في أيار/مايو الماضي ونوفمبر الماضي وسبتمبر القادم و25 سبتمبر الحالي", expect![[r#"
        أيار/مايو الماضي → 2020-05 month rel [month 0.85]
        ونوفمبر الماضي → 2019-11 month rel [month 0.85]
        وسبتمبر القادم → 2021-09 month rel [month 0.85]
        25 سبتمبر الحالي → 2020-09-25 day rel [day_month 0.85]
        --
        أيار/مايو الماضي → XXXX-05 <PUB month rel [month 0.85]
        ونوفمبر الماضي → XXXX-11 <PUB month rel [month 0.85]
        وسبتمبر القادم → XXXX-09 >PUB month rel [month 0.85]
        25 سبتمبر الحالي → XXXX-09-25 ~PUB day rel [day_month 0.85]"#]]);
    // 15 يوليو/ تموز عام 2016 "15 July of the year 2016"; يونيو من عام 2017 "June of the year 2017"
    check("في 15 يوليو/ تموز عام 2016 وفي يونيو من عام 2017", expect![[r#"
        15 يوليو/ تموز عام 2016 → 2016-07-15 day [day_month_year 0.95]
        يونيو من عام 2017 → 2017-06 month [month_year 0.90]
        --
        15 يوليو/ تموز عام 2016 → 2016-07-15 day [day_month_year 0.95]
        يونيو من عام 2017 → 2017-06 month [month_year 0.90]"#]]);
}

#[test]
fn relative_to_an_event_not_to_publication() {
    // قبل يومين من الانتخابات qabla yawmayn min al-intikhābāt "two days before the elections";
    // بعد شهر على الهجوم baʿda shahr ʿalā l-hujūm "a month after the attack";
    // بعد يوم واحد من هربها "one day after her escape". No mention.
    check("قبل يومين من الانتخابات وبعد شهر على الهجوم وبعد يوم واحد من هربها", expect![[r#"

        --
    "#]]);
    // بعد غد السبت baʿda ghad al-sabt "the day after tomorrow, Saturday" (consistent)
    check("ويحل بعد غد السبت ضيفا", expect![[r#"
        بعد غد السبت → 2020-09-26 day rel [day_after_tomorrow 0.90]
        --
        بعد غد السبت → PUB+2D day rel [day_after_tomorrow 0.90]"#]]);
}
