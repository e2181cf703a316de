//! The learned speaker ranker (session 12): weights parsing, determinism, and the
//! `full_ranked` preset on invented sentences.

use marsad_engine::speaker_ranker::{RankerError, SpeakerRanker};
use marsad_engine::{analyze, AnalysisConfig, Resources};

#[test]
fn weights_parse_and_print_deterministically() {
    let r = SpeakerRanker::parse("# comment\n\nrule:pick\t1.5\nkind:None\t-0.25\n").unwrap();
    assert_eq!(r.to_text(), "kind:None\t-0.250000\nrule:pick\t1.500000\n");
    assert_eq!(SpeakerRanker::parse(&r.to_text()).unwrap(), r);
}

#[test]
fn bad_weights_are_typed_errors() {
    assert!(matches!(SpeakerRanker::parse("rule:pick 1.5\n"), Err(RankerError::Format { line: 1 })));
    assert!(matches!(SpeakerRanker::parse("a\t1\nb\tNaN\n"), Err(RankerError::Weight { line: 2, .. })));
    assert!(matches!(SpeakerRanker::parse("a\tx\n"), Err(RankerError::Weight { line: 1, .. })));
}

#[test]
fn embedded_weights_load_and_keep_the_rule_pick_on_a_plain_quote() {
    let res = Resources::embedded().unwrap();
    // قال وزير الخارجية الفرنسي جان إيف لودريان إن المحادثات ستستأنف غدا.
    // qāla wazīr al-ḫārijiyya al-faransī jān īf lūdriyān inna al-muḥādaṯāt sa-tustaʾnaf ġadan
    // "French foreign minister Jean-Yves Le Drian said that the talks will resume tomorrow."
    let text = "قال وزير الخارجية الفرنسي جان إيف لودريان إن المحادثات ستستأنف غدا.";
    let rules = analyze(text, &res, &AnalysisConfig::full());
    let ranked = analyze(text, &res, &AnalysisConfig::full_ranked());
    assert_eq!(rules.quotes.len(), 1);
    assert_eq!(ranked.quotes.len(), 1);
    assert_eq!(ranked.quotes[0].speaker_head, rules.quotes[0].speaker_head);
    assert_eq!(ranked.quotes[0].verb, rules.quotes[0].verb);
}

#[test]
fn ranked_preset_is_deterministic_and_survives_odd_input() {
    let res = Resources::embedded().unwrap();
    // وأضاف: "لن نتراجع". wa-aḍāfa: "lan natarājaʿ" "He added: 'we will not back down'" — a
    // continuation verb with no earlier speaker; then an empty text and a lone quotation mark.
    for text in ["وأضاف: \"لن نتراجع\".", "", "\"", "قال"] {
        let a = analyze(text, &res, &AnalysisConfig::full_ranked());
        let b = analyze(text, &res, &AnalysisConfig::full_ranked());
        assert_eq!(a.quotes, b.quotes);
        for q in &a.quotes {
            for r in q.speaker.iter().chain(q.speaker_head.iter()) {
                assert!(text.get(r.clone()).is_some(), "speaker range {r:?} is not a text slice");
            }
        }
    }
}

#[test]
fn weights_decide_against_the_rule_pick() {
    let res = Resources::embedded().unwrap();
    // أكدت الوزارة أن الطريق مفتوح. akkadat al-wizāra anna aṭ-ṭarīq maftūḥ "The ministry
    // affirmed that the road is open."
    let text = "أكدت الوزارة أن الطريق مفتوح.";
    let a = analyze(text, &res, &AnalysisConfig::full());
    assert_eq!(a.quotes.len(), 1);
    assert!(a.quotes[0].speaker.is_some());
    let tokens = marsad_text::tokenize(text);
    let sentences = marsad_text::split_sentences(text, &tokens);
    // A ranker that prefers "no speaker" above everything.
    let none = SpeakerRanker::parse("kind:None\t10\n").unwrap();
    let mut quotes = a.quotes.clone();
    none.rerank(text, &tokens, &sentences, &a.entities, &a.actors, &mut quotes);
    assert_eq!(quotes[0].speaker, None);
    assert_eq!(quotes[0].provenance, "quote.ranker");
    // A ranker without weights keeps the rules' decision (ties go to the rule pick).
    let mut kept = a.quotes.clone();
    SpeakerRanker::default().rerank(text, &tokens, &sentences, &a.entities, &a.actors, &mut kept);
    assert_eq!(kept, a.quotes);
}
