//! Round 25 (session 22), ASSAULT side: invented sentences, each with a transliteration and an
//! English gloss.

use super::*;

fn fixture_round25() -> Fixture {
    let agents = format!("{AGENTS}مجهولين\tUAF\t-\nرجل الدين\tREL\t-\nصحيفه\tMED\t-\nمصدر\tGOV\t-\n");
    let countries = format!("{COUNTRIES}ايرانيه\tIRN\tIR\tnationality\nالايرانيه\tIRN\tIR\tnationality\nاميركيه\tUSA\tUS\tnationality\nالولايات المتحده\tUSA\tUS\tcountry\n");
    Fixture { kb: Kb::parse("").unwrap(), countries: CountryTable::parse(&countries).unwrap(), agents: AgentTable::parse(&agents).unwrap(), lexicon: EventLexicon::parse(LEXICON).unwrap() }
}

fn check25(text: &str, expect: Expect) {
    expect.assert_eq(&code_in(&fixture_round25(), text, &[], &[]));
}

/// Round 25: the subject of the reporting clause is no subject of the attack verb after انّ.
#[test]
fn reporting_subject_is_no_attacker() {
    // afādat ṣaḥīfatun īrāniyyatun amsi anna musallaḥīna qatalū rajula d-dīn "an Iranian
    // newspaper reported yesterday that gunmen killed the cleric": the gunmen, not the paper.
    check25("افادت صحيفة ايرانية امس ان مسلحين قتلوا رجل الدين.", expect![[r#"
        ASSAULT:- 180 | قتلوا | مسلحين[None UAF] -> رجل الدين[None REL] | 2020-09-24 x1 
    "#]]);
    // … anna thalāthatan qutilū "… that three were killed": a number after ان is the clause's
    // subject; the newspaper is no attacker.
    check25("افادت صحيفة ايرانية امس ان ثلاثة قتلوا في بغداد.", expect![[r#"
        ASSAULT:- 180 | قتلوا |  ->  | 2020-09-24 x1 
    "#]]);
    // qarrara l-musallaḥūna an yaqtulū rajula d-dīn "the gunmen decided to kill the cleric":
    // ʾan + verb shares the subject of the verb before it, the gunmen stay the actor.
    check25("قرر المسلحون ان يقتلوا رجل الدين.", expect![[r#"
        ASSAULT:- 180 | يقتلوا | المسلحون[None UAF] -> رجل الدين[None REL] | 2020-09-24 x1 
    "#]]);
}

/// Round 25: a force "led by" a country takes the country.
#[test]
fn forces_led_by_a_country() {
    // waqaʿa hujūmun ʿalā qāfilatin li-quwwāti t-taḥāluf bi-qiyādatin amrīkiyya "an attack took
    // place on a convoy of the US-led coalition forces" → victim `USA MIL`.
    check25("وقع هجوم على قافلة لقوات التحالف بقيادة اميركية قرب بغداد.", expect![[r#"
        ASSAULT:- 190 | هجوم |  -> قوات[USA MIL] | 2020-09-24 x1 
    "#]]);
}

/// Round 25: an ambiguous kill verb whose subject no phrase covers is passive before an agent
/// word (برصاص، على يد، من قبل).
#[test]
fn subjectless_kill_verb_with_an_agent_is_passive() {
    // qālat al-ḥukūmatu anna saʿīdan qutila bi-raṣāṣi l-jayši l-isrāʾīlī "the government said
    // that Saʿīd was killed by the Israeli army's bullets" → the army `ISR MIL` is the actor.
    check25("قالت الحكومة ان سعيد قتل برصاص الجيش الاسرائيلي.", expect![[r#"
        ASSAULT:- 180 | قتل | الجيش الاسرائيلي[ISR MIL] ->  | 2020-09-24 x1 
    "#]]);
    // wa-qutila l-jumuʿata arbaʿatu mutaẓāhirīna bi-raṣāṣi š-šurṭa "four demonstrators were
    // killed on Friday by police bullets": the police are the agent, not the object.
    check25("وقتل الجمعة اربعة متظاهرين برصاص الشرطة.", expect![[r#"
        ASSAULT:- 180 | وقتل | الشرطة[None COP] -> متظاهرين[None CVL] | 2020-09-24 x1 
        PROTEST:demo 141 | متظاهرين | متظاهرين[None CVL] ->  | 2020-09-24 x1 
    "#]]);
}

/// Round 25: time words after a plural kill verb do not make it active.
#[test]
fn kill_verb_before_a_time_word_is_passive() {
    // thalāthatu junūdin qutilū amsi fī hujūmin "three soldiers were killed yesterday in an
    // attack" → the soldiers are the victims.
    check25("ثلاثة جنود قتلوا امس في هجوم على بغداد.", expect![[r#"
        ASSAULT:- 180 | قتلوا |  -> جنود[None MIL] | 2020-09-24 x1 
        ASSAULT:- 190 | هجوم |  -> بغداد[IRQ GOV] | 2020-09-24 x1 
    "#]]);
    // al-musallaḥūna qatalū amsi thalāthata junūdin "the gunmen killed three soldiers yesterday":
    // a counted object after the time word keeps it active.
    check25("المسلحون قتلوا امس ثلاثة جنود.", expect![[r#"
        ASSAULT:- 180 | قتلوا | المسلحون[None UAF] -> جنود[None MIL] | 2020-09-24 x1 
    "#]]);
}
