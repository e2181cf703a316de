//! Round 25, PROTEST side (branch `s22-evprotest`): what the protest is against, told by a
//! word of rejection, a curse slogan, a clash with someone, or a march's destination.
//! Sentences are invented; each has a transliteration and an English gloss.

use super::*;

/// The default tables plus an embassy and a government without the article (`GOV`).
fn fixture_round25() -> Fixture {
    let agents = format!("{AGENTS}سفاره\tGOV\t-\nالسفاره\tGOV\t-\nحكومه\tGOV\t-\n");
    Fixture { kb: Kb::parse("").unwrap(), countries: CountryTable::parse(COUNTRIES).unwrap(), agents: AgentTable::parse(&agents).unwrap(), lexicon: EventLexicon::parse(LEXICON).unwrap() }
}

fn check25(text: &str, expect: Expect) {
    expect.assert_eq(&code_in(&fixture_round25(), text, &[], &[]));
}

#[test]
fn rejection_words_mark_the_protest_target() {
    // wa-kharaja l-mutaẓāhirūna muʿāriḍīna li-l-ḥukūma: "and the demonstrators came out
    // opposed to the government" → the government.
    check25("وخرج المتظاهرون معارضين للحكومة.", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> حكومة[None GOV] | 2020-09-24 x1 
    "#]]);
    // wa-sāra l-mutaẓāhirūna muʿlinīna rafḍahum maṭāliba l-ḥukūma: "and the demonstrators
    // marched, declaring their rejection of the government's demands" (the REJECT event's
    // object gives the same target through the protesters' acts).
    check("وسار المتظاهرون معلنين رفضهم مطالب الحكومة.", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> الحكومة[None GOV] | 2020-09-24 x1 
        REJECT:- 120 | رفضهم | المتظاهرون[None CVL] -> الحكومة[None GOV] | 2020-09-24 x1 
    "#]]);
    // taẓāhara l-mutaẓāhirūna fī bayrūt baʿda an rafaḍahā l-wazīr: "the demonstrators
    // protested in Beirut after the minister rejected it": رفضها right before the phrase is the
    // verb, the minister no target (the place gives it).
    check("تظاهر المتظاهرون في بيروت بعد ان رفضها الوزير.", expect![[r#"
        PROTEST:demo 141 | تظاهر | المتظاهرون[None CVL] -> بيروت[LBN GOV] | 2020-09-24 x2 
        REJECT:- 120 | رفضها | الوزير[None GOV] ->  | 2020-09-24 x1 
    "#]]);
}

#[test]
fn curse_slogans_name_the_target() {
    // wa-hatafa l-mutaẓāhirūna «al-mawtu li-rūsiyā»: "and the demonstrators chanted «death to
    // Russia»".
    check("وهتف المتظاهرون «الموت لروسيا».", expect![[r#"
        PROTEST:demo 141 | وهتف | المتظاهرون[None CVL] -> روسيا[RUS None] | 2020-09-24 x2 
    "#]]);
    // wa-raddada l-mutaẓāhirūna «li-nasḥaq rūsiyā»: "the demonstrators chanted «let us crush
    // Russia»".
    check("وردد المتظاهرون «لنسحق روسيا».", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> روسيا[RUS None] | 2020-09-24 x1 
    "#]]);
    // wa-raddada l-mutaẓāhirūna «ilā l-jaḥīmi yā rūsiyā»: "«to hell, Russia»".
    check("وردد المتظاهرون «الى الجحيم يا روسيا».", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> روسيا[RUS None] | 2020-09-24 x1 
    "#]]);
}

#[test]
fn clashes_with_and_march_destinations() {
    // wa-ištabaka l-mutaẓāhirūna maʿa š-šurṭa: "and the demonstrators clashed with the police".
    check("واشتبك المتظاهرون مع الشرطة في بيروت.", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> الشرطة[None COP] | 2020-09-24 x1 
    "#]]);
    // wa-raddada l-mutaẓāhirūna maʿa l-jundi l-hutāfāt: "and the demonstrators chanted the
    // slogans together with the soldier": مع without a clash word marks no target.
    check("وردد المتظاهرون مع الجندي الهتافات.", expect![[r#"
        PROTEST:demo 141 | وردد | المتظاهرون[None CVL] ->  | 2020-09-24 x2 
    "#]]);
    // wa-sāra l-mutaẓāhirūna ḥattā s-sifārati l-isrāʾīliyya: "and the demonstrators marched up
    // to the Israeli embassy" → `ISR GOV`.
    check25("وسار المتظاهرون حتى السفارة الاسرائيلية.", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] -> السفارة الاسرائيلية[ISR GOV] | 2020-09-24 x1 
    "#]]);
    // wa-sāra l-mutaẓāhirūna ilā sāḥati š-šuhadāʾ: "and the demonstrators marched to Martyrs'
    // Square": a square names no target.
    check25("وسار المتظاهرون الى ساحة الشهداء.", expect![[r#"
        PROTEST:demo 141 | المتظاهرون | المتظاهرون[None CVL] ->  | 2020-09-24 x1 
    "#]]);
}
