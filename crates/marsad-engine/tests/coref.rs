//! Document-level coreference of person names (session 13): the whole pipeline on invented
//! sentences.

use marsad_engine::{analyze, analyze_document, AnalysisConfig, CivilDate, Document, MentionKind, Resources};

#[test]
fn surname_alone_takes_the_full_name_and_its_codes() {
    let res = Resources::embedded().unwrap();
    // التقى محمود عباس وفدا أوروبيا في رام الله أمس. وقال عباس إن المفاوضات متوقفة منذ سنوات.
    // iltaqā maḥmūd ʿabbās wafdan ūrubbiyyan fī rām allāh ams. wa-qāla ʿabbās inna al-mufāwaḍāt
    // mutawaqqifa mundhu sanawāt "Mahmoud Abbas met a European delegation in Ramallah yesterday.
    // Abbas said the talks have been stalled for years."
    let text = "التقى محمود عباس وفدا أوروبيا في رام الله أمس. وقال عباس إن المفاوضات متوقفة منذ سنوات.";
    let doc = Document { text, published: Some(CivilDate { year: 2020, month: 9, day: 24 }) };
    let a = analyze_document(&doc, &res, &AnalysisConfig::full());
    let abbas = a.actors.iter().find(|x| x.id == "ph:MAHMOUD_ABBAS").expect("Mahmoud Abbas resolved");
    assert_eq!((abbas.country.as_deref(), abbas.sector.as_deref()), (Some("PSE"), Some("GOV")));
    let bare = text.rfind("عباس").unwrap();
    let m = abbas.mentions.iter().find(|m| m.range.start == bare).expect("the bare surname joins Mahmoud Abbas");
    assert_eq!(m.kind, MentionKind::Coref);
    assert_eq!(&text[m.range.clone()], "عباس");
}

#[test]
fn surname_with_no_full_name_keeps_the_one_word_guard() {
    let res = Resources::embedded().unwrap();
    // وقال عباس إن المفاوضات متوقفة. wa-qāla ʿabbās inna al-mufāwaḍāt mutawaqqifa "Abbas said the
    // talks are stalled." (no full name: عباس is a common given name and names no KB actor)
    let text = "وقال عباس إن المفاوضات متوقفة.";
    let a = analyze(text, &res, &AnalysisConfig::full());
    assert!(a.actors.iter().all(|x| x.id != "ph:MAHMOUD_ABBAS"));
    assert!(a.actors.iter().flat_map(|x| &x.mentions).all(|m| m.kind != MentionKind::Coref));
}
