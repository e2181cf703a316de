//! Quote attribution on the seed story and on hand-written sentences.

use expect_test::{expect, Expect};
use marsad_understand::quotes::{find_quotes, Quote};

fn model() -> marsad_ner::Model {
    marsad_ner::Model::from_bytes(include_bytes!("../../../../resources/ner/model.bin")).expect("embedded NER model")
}

fn quotes(text: &str, model: &marsad_ner::Model) -> Vec<Quote> {
    let tokens = marsad_text::tokenize(text);
    let sentences = marsad_text::split_sentences(text, &tokens);
    let entities = marsad_ner::recognize(text, &tokens, model);
    find_quotes(text, &tokens, &sentences, &entities)
}

fn render(text: &str, qs: &[Quote]) -> String {
    qs.iter()
        .map(|q| {
            let sp = q.speaker.as_ref().map(|r| &text[r.clone()]).unwrap_or("?");
            let content: String = text[q.content.clone()].chars().take(40).collect();
            format!("{} | {} [{:?}] | {} | {} | {}\n", &text[q.verb.clone()], sp, q.speaker_source, q.kind.as_str(), q.provenance, content)
        })
        .collect()
}

fn check(text: &str, expect: Expect) {
    let m = model();
    expect.assert_eq(&render(text, &quotes(text, &m)));
}

#[test]
fn seed_story_quotes_all_by_zarif() {
    let text = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let m = model();
    let qs = quotes(text, &m);
    expect_test::expect_file!["golden/seed-quotes.txt"].assert_eq(&render(text, &qs));
    assert!(qs.len() >= 8, "at least 8 quotes, got {}", qs.len());
    for q in &qs {
        let head = q.speaker_head.as_ref().map(|r| &text[r.clone()]).unwrap_or("");
        assert!(head.ends_with("ظريف"), "quote {:?} attributed to {:?}", &text[q.content.clone()], head);
    }
    // The last paragraph (narration: "the Iranian FM had arrived in Moscow") is no quote.
    let narration = text.find("وكان وزير الخارجية").expect("narration sentence");
    assert!(qs.iter().all(|q| q.verb.start < narration));
}

#[test]
fn svo_direct_then_carried_across_narration() {
    // ظريف قال: «نحن مستعدون». ẓarīf qāla: «naḥnu mustaʿiddūn» "Zarif said: 'we are ready'"
    // والتقى الرئيس بوتين الصحفيين. واضاف ان ... "Putin met the journalists. He added that ...":
    // the speaker of a bare continuation verb stays the last speaker, even across narration.
    check(
        "محمد جواد ظريف قال: «نحن مستعدون للحوار». والتقى الرئيس فلاديمير بوتين الصحفيين في موسكو. واضاف ان الوضع صعب.",
        expect![[r#"
            قال | محمد جواد ظريف [Explicit] | direct | quote.svo | نحن مستعدون للحوار
            واضاف | محمد جواد ظريف [Carried] | indirect | quote.that | الوضع صعب
        "#]],
    );
}

#[test]
fn no_quote_without_complementizer() {
    // اعلن 13 من 15 عضوا معارضتهم aʿlana 13 min 15 ʿuḍwan muʿāraḍatahum "13 of 15 members announced their opposition"
    check("حيث اعلن 13 من 15 عضوا معارضتهم لذلك.", expect![[""]]);
}
