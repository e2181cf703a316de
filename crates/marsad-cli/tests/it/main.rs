//! End-to-end tests of the `marsad` binary: the output contract and bad input.

mod events;
mod store;

use expect_test::{expect, expect_file};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn marsad(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad")).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn marsad");
    // Feed stdin from a thread: the child may fill its stdout pipe before reading all input.
    let mut pipe = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().expect("marsad runs");
    feeder.join().expect("feeder thread");
    out
}

/// Render an analysis as a readable table, checking every offset against the input.
fn render(input: &str, doc: &serde_json::Value) -> String {
    let mut out = String::new();
    let at = |v: &serde_json::Value| -> &str {
        let (s, e) = (v["start"].as_u64().expect("start") as usize, v["end"].as_u64().expect("end") as usize);
        input.get(s..e).expect("offsets on char boundaries inside the input")
    };
    for s in doc["sentences"].as_array().expect("sentences") {
        out.push_str(&format!("S {}\n", at(s)));
    }
    for e in doc["entities"].as_array().expect("entities") {
        assert_eq!(e["text"].as_str(), Some(at(e)), "entity text is the surface");
        out.push_str(&format!("E {}\t{}\t{}\n", at(e), e["type"].as_str().unwrap_or("?"), e["country"].as_str().unwrap_or("-")));
    }
    for d in doc["dates"].as_array().expect("dates") {
        assert_eq!(d["text"].as_str(), Some(at(d)), "date text is the surface");
        out.push_str(&format!("D {}\t{}\t{}\t{}\n", at(d), d["value"].as_str().unwrap_or("?"), d["granularity"].as_str().unwrap_or("?"), d["part_of_day"].as_str().unwrap_or("-")));
    }
    for a in doc["actors"].as_array().expect("actors") {
        let mentions: Vec<String> = a["mentions"].as_array().expect("mentions").iter().map(|m| format!("{}({})", at(m), m["how"].as_str().unwrap_or("?"))).collect();
        out.push_str(&format!("A {}\t{}\t{}\t{}\t{}\n", a["id"].as_str().unwrap_or("?"), a["name_en"].as_str().unwrap_or("-"), a["country"].as_str().unwrap_or("-"), a["sector"].as_str().unwrap_or("-"), mentions.join(" ")));
    }
    for p in doc["places"].as_array().expect("places") {
        out.push_str(&format!("P {}\t{}\t{}\t{}\t{}\n", at(p), p["name_en"].as_str().unwrap_or("-"), p["country_code"].as_str().unwrap_or("-"), p["lat"], p["lon"]));
    }
    for q in doc["quotes"].as_array().expect("quotes") {
        for part in ["verb", "content", "speaker", "speaker_head"] {
            if !q[part].is_null() {
                assert_eq!(q[part]["text"].as_str(), Some(at(&q[part])), "{part} text is the surface");
            }
        }
        let head = if q["speaker_head"].is_null() { "?" } else { at(&q["speaker_head"]) };
        out.push_str(&format!("Q {}\t{}\t{}\t{}\n", at(&q["verb"]), head, q["kind"].as_str().unwrap_or("?"), at(&q["content"])));
    }
    for t in doc["tokens"].as_array().expect("tokens") {
        let segs: Vec<String> = t["segments"].as_array().expect("segments").iter().map(|g| format!("{}:{}", at(g), g["kind"].as_str().unwrap_or("?"))).collect();
        let joined: String = t["segments"].as_array().expect("segments").iter().map(&at).collect();
        assert_eq!(joined, at(t), "segments concatenate to the token");
        out.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", at(t), t["kind"].as_str().unwrap_or("?"), t["norm"].as_str().unwrap_or("?"), t["stem"].as_str().unwrap_or("?"), segs.join(" ")));
    }
    out
}

#[test]
fn seed_story_golden() {
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let out = marsad(&["analyze", "--id", "seed", "--published", "2020-09-24"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(doc["id"], "seed");
    expect_file!["golden/seed.tsv"].assert_eq(&render(input, &doc));
}

/// Issue 4's acceptance lines on the seed story, checked one by one (the golden file above
/// pins the whole output).
#[test]
fn seed_story_who_when_where() {
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let out = marsad(&["analyze", "--published", "2020-09-24"], input.as_bytes());
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let text = |v: &serde_json::Value| v["text"].as_str().unwrap_or("").to_string();
    // Every quote (at least 8) attributed to Zarif; none to anyone else.
    let quotes = doc["quotes"].as_array().expect("quotes");
    assert!(quotes.len() >= 8, "{} quotes", quotes.len());
    for q in quotes {
        assert_eq!(q["speaker_actor"]["id"], "ph:MOHAMMAD_ZARIF_KHONSARI", "quote {:?}", text(&q["content"]));
    }
    // The narration paragraph (وكان وزير الخارجية الايراني قد وصل ...) is not a quote.
    let narration = input.find("وكان وزير الخارجية").expect("narration");
    assert!(quotes.iter().all(|q| q["verb"]["start"].as_u64().unwrap_or(0) < narration as u64));
    // People resolved with English names and codes; نظيره الروسي is Lavrov.
    let actors = doc["actors"].as_array().expect("actors");
    let actor = |id: &str| actors.iter().find(|a| a["id"] == id).unwrap_or_else(|| panic!("actor {id}"));
    for (id, name, country) in [("ph:MOHAMMAD_ZARIF_KHONSARI", "Mohammad Javad Zarif", "IRN"), ("ph:HASSAN_ROUHANI", "Hassan Rouhani", "IRN"), ("ph:VLADIMIR_PUTIN", "Vladimir Putin", "RUS"), ("ph:SERGEY_LAVROV", "Sergey Lavrov", "RUS")] {
        let a = actor(id);
        assert_eq!(a["name_en"], name);
        assert_eq!(a["country"], country);
        assert_eq!(a["sector"], "GOV");
    }
    let counterpart = |a: &serde_json::Value| a["mentions"].as_array().expect("mentions").iter().filter(|m| m["text"] == "نظيره الروسي").count();
    assert_eq!(counterpart(actor("ph:SERGEY_LAVROV")), input.matches("نظيره الروسي").count(), "every نظيره الروسي is Lavrov");
    // Dates.
    let dates: Vec<(String, String)> = doc["dates"].as_array().expect("dates").iter().map(|d| (text(d), d["value"].as_str().unwrap_or("").to_string())).collect();
    for (surface, value) in [("اليوم الخميس", "2020-09-24"), ("مساء الاربعاء", "2020-09-23"), ("الشهر القادم", "2020-10"), ("للعام 2001", "2001")] {
        assert!(dates.iter().any(|(s, v)| s == surface && v == value), "{surface} → {value} in {dates:?}");
    }
    // Moscow → RU with coordinates.
    let moscow = doc["places"].as_array().expect("places").iter().find(|p| p["text"] == "موسكو").expect("Moscow");
    assert_eq!(moscow["country_code"], "RU");
    assert!((moscow["lat"].as_f64().unwrap_or(0.0) - 55.75).abs() < 0.1 && (moscow["lon"].as_f64().unwrap_or(0.0) - 37.62).abs() < 0.1);
}

#[test]
fn ranked_speakers_on_the_seed_story() {
    // `--speakers ranked` (the learned ranker over the rules' candidates): the same quotes, every
    // one still Zarif's; an unknown choice is a usage error naming the option and the choices.
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let rules = marsad(&["analyze", "--published", "2020-09-24"], input.as_bytes());
    let ranked = marsad(&["analyze", "--published", "2020-09-24", "--speakers", "ranked"], input.as_bytes());
    assert!(rules.status.success() && ranked.status.success());
    let quotes = |o: &Output| -> Vec<serde_json::Value> {
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        doc["quotes"].as_array().expect("quotes").clone()
    };
    let (r, k) = (quotes(&rules), quotes(&ranked));
    assert_eq!(r.len(), k.len());
    for (a, b) in r.iter().zip(&k) {
        assert_eq!(a["content"], b["content"]);
        assert_eq!(b["speaker_actor"]["id"], "ph:MOHAMMAD_ZARIF_KHONSARI", "quote {:?}", b["content"]["text"]);
    }
    let bad = marsad(&["analyze", "--speakers", "learned"], b"");
    assert!(!bad.status.success());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("--speakers") && err.contains("rules") && err.contains("ranked"), "{err}");
}

#[test]
fn jsonl_one_object_per_line_and_bad_lines_reported() {
    let input = "{\"id\":7,\"text\":\"قال ظريف.\",\"published\":\"2020-09-24\"}\nnot json\n\n{\"id\":\"b\",\"text\":\"\"}\n{\"text\":\"no id\"}\n";
    let out = marsad(&["analyze", "--format", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "a bad line makes the run fail at the end");
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).expect("utf8").lines().collect();
    assert_eq!(lines.len(), 2, "good lines are still processed");
    let first: serde_json::Value = serde_json::from_str(lines[0]).expect("json");
    assert_eq!(first["id"], "7");
    assert_eq!(first["published"], "2020-09-24");
    expect![[r#"
        marsad: error: <stdin>: line 2: malformed JSON document: expected ident at line 1 column 2
        marsad: error: <stdin>: line 5: malformed JSON document: missing field `id` at line 1 column 16
        marsad: 2 of 5 lines failed
    "#]]
    .assert_eq(&String::from_utf8_lossy(&out.stderr));
}

#[test]
fn jsonl_in_parallel_keeps_input_order() {
    // 1,200 lines (three chunks of 512): our own sentences with varying ids, a malformed line
    // and an undated line here and there, so output and messages must interleave exactly.
    // wa-ttahamat al-ḥukūmatu al-ʿirāqiyyatu īrāna bi-qaṣfi qurā — "The Iraqi government
    // accused Iran of shelling villages."; iltaqā ar-raʾīsu al-miṣriyyu naẓīrahu al-faransiyya
    // fī bārīs al-yawma — "The Egyptian president met his French counterpart in Paris today."
    let texts = ["واتهمت الحكومة العراقية إيران بقصف قرى.", "التقى الرئيس المصري نظيره الفرنسي في باريس اليوم."];
    let mut input = String::new();
    for i in 0..1200 {
        if i % 301 == 7 {
            input.push_str("{not json\n");
        } else if i % 97 == 3 {
            input.push_str(&format!("{{\"id\":{i},\"text\":\"{}\",\"published\":\"someday\"}}\n", texts[i % 2]));
        } else {
            input.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{}\",\"published\":\"2021-03-{:02}\"}}\n", texts[i % 2], 1 + i % 28));
        }
    }
    let one = marsad(&["analyze", "--format", "jsonl", "--threads", "1"], input.as_bytes());
    let two = marsad(&["analyze", "--format", "jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(two.status.code(), Some(1));
    let ids: Vec<String> = std::str::from_utf8(&two.stdout).expect("utf8").lines().map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["id"].as_str().expect("id").to_string()).collect();
    let want: Vec<String> = (0..1200).filter(|i| i % 301 != 7).map(|i| if i % 97 == 3 { i.to_string() } else { format!("d{i}") }).collect();
    assert_eq!(ids, want, "documents in input order");
    assert!(one.stdout == two.stdout, "the same bytes with 1 and 2 threads");
    assert_eq!(String::from_utf8_lossy(&one.stderr), String::from_utf8_lossy(&two.stderr), "the same messages in the same order");
    let stderr = String::from_utf8_lossy(&two.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.first().copied(), Some("marsad: warning: <stdin>: line 4: unrecognised published date \"someday\"; relative dates stay relative"));
    assert_eq!(lines.last().copied(), Some("marsad: 4 of 1200 lines failed"));
    let errors: Vec<&str> = lines.iter().filter(|l| l.starts_with("marsad: error:")).map(|l| &l[..l.find(": malformed").unwrap_or(l.len())]).collect();
    assert_eq!(errors, ["marsad: error: <stdin>: line 8", "marsad: error: <stdin>: line 309", "marsad: error: <stdin>: line 610", "marsad: error: <stdin>: line 911"]);
}

#[test]
fn invalid_utf8_names_offset_or_is_replaced() {
    let out = marsad(&["analyze"], b"abc \xff\xfe def");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no partial output");
    expect![[r#"
        marsad: error: <stdin>: invalid UTF-8 at byte offset 4 (use --lossy to replace it)
    "#]]
    .assert_eq(&String::from_utf8_lossy(&out.stderr));

    let out = marsad(&["analyze", "--lossy"], b"abc \xff def");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["tokens"].as_array().map(|a| a.len()), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning"));

    let out = marsad(&["analyze", "--format", "jsonl"], b"{\"id\":1,\"text\":\"\xff\"}\n{\"id\":2,\"text\":\"ok\"}\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1: invalid UTF-8 at byte offset 16"));
}

#[test]
fn empty_input_gives_empty_valid_result() {
    let out = marsad(&["analyze"], b"");
    assert!(out.status.success());
    expect![[r#"
        {"id":"stdin","tokens":[],"sentences":[],"entities":[],"quotes":[],"dates":[],"actors":[],"places":[],"events":[]}
    "#]]
    .assert_eq(&String::from_utf8_lossy(&out.stdout));
    let out = marsad(&["analyze", "--format", "jsonl"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = marsad(&["analyze", "/nonexistent/story.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open /nonexistent/story.txt"));
}

#[test]
fn missing_or_corrupt_ner_model_names_the_path() {
    let out = marsad(&["analyze", "--ner-model", "/nonexistent/model.bin"], "قال ظريف".as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read NER model /nonexistent/model.bin"));
    let dir = std::env::temp_dir().join(format!("marsad-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("corrupt-model.bin");
    std::fs::write(&bad, b"definitely not a model").expect("write");
    let out = marsad(&["analyze", "--ner-model", bad.to_str().expect("utf8 path")], "قال ظريف".as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("invalid NER model {}", bad.display())), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn large_plain_text_is_chunked_with_absolute_offsets() {
    // Three chunks' worth of text: offsets must stay absolute across chunk boundaries.
    let line = "اكد وزير الخارجية الايراني ان التعاون مستمر.\n";
    let input = line.repeat((3 << 20) / line.len());
    let out = marsad(&["analyze"], input.as_bytes());
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let sentences = doc["sentences"].as_array().expect("sentences");
    assert_eq!(sentences.len(), input.lines().count());
    let last = &sentences[sentences.len() - 1];
    let (s, e) = (last["start"].as_u64().unwrap_or(0) as usize, last["end"].as_u64().unwrap_or(0) as usize);
    assert_eq!(&input[s..e], line.trim_end());
}

/// One line per event: type:mode cameo | trigger | actors -> recipients | date place | flags.
fn render_events(input: &str, doc: &serde_json::Value) -> String {
    let span = |v: &serde_json::Value| input.get(v["start"].as_u64().unwrap_or(0) as usize..v["end"].as_u64().unwrap_or(0) as usize).unwrap_or("?").to_string();
    let parts = |v: &serde_json::Value| -> String {
        v.as_array().map(|a| a.iter().map(|p| format!("{}[{} {} {}]", span(p), p["id"].as_str().unwrap_or("-"), p["country"].as_str().unwrap_or("None"), p["sector"].as_str().unwrap_or("None"))).collect::<Vec<_>>().join(", ")).unwrap_or_default()
    };
    let mut out = String::new();
    for e in doc["events"].as_array().expect("events") {
        let flags: Vec<&str> = ["negated", "future", "hypothetical", "reported"].into_iter().filter(|f| e[*f].as_bool() == Some(true)).collect();
        out.push_str(&format!(
            "{}:{} {} | {} | {} -> {} | {} {} | mentions={} {}\n",
            e["event"].as_str().unwrap_or("?"),
            e["mode"].as_str().unwrap_or("-"),
            e["cameo"].as_str().unwrap_or("?"),
            span(&e["trigger"]),
            parts(&e["actors"]),
            parts(&e["recipients"]),
            e["date"].as_str().unwrap_or("-"),
            e["place"]["name_en"].as_str().unwrap_or("-"),
            e["mentions"],
            flags.join(","),
        ));
    }
    out
}

/// Issue 5: the seed story's events (CONSULT Zarif–Lavrov in Moscow, the visit, the
/// accusation of the USA, the thanks to Russia, the rejection of the embargo).
#[test]
fn seed_story_events() {
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let out = marsad(&["analyze", "--published", "2020-09-24"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let rendered = render_events(input, &doc);
    expect_file!["golden/seed-events.txt"].assert_eq(&rendered);
    let has = |needle: &[&str]| rendered.lines().any(|l| needle.iter().all(|n| l.contains(n)));
    // CONSULT between Zarif (IRN GOV) and Lavrov (RUS GOV) in Moscow on 2020-09-24.
    assert!(has(&["CONSULT:-", "ZARIF", "IRN GOV", "SERGEY_LAVROV RUS GOV", "2020-09-24 Moscow"]), "{rendered}");
    // CONSULT:visit — Zarif arrives in Moscow on 2020-09-23.
    assert!(has(&["CONSULT:visit", "ZARIF", "موسكو", "2020-09-23"]), "{rendered}");
    // ACCUSE by Iran of the USA.
    assert!(has(&["ACCUSE:", "IRN GOV", "-> اميركا[- USA"]), "{rendered}");
    // SUPPORT Iran → Russia (نشكر روسيا).
    assert!(has(&["SUPPORT:", "نشكر", "IRN GOV", "-> روسيا[- RUS"]), "{rendered}");
    // REJECT of the US attempt to reimpose the embargo: by the Security Council (IGO) and, told
    // again, "واجهت معارضة المجتمع العالمي" with the USA (واشنطن) as recipient.
    // FIXME: the Security Council mention has no recipient (the USA is three phrases earlier,
    // ومساعي اميركا), and "13 of 15 members" (عضوا) is not a coded participant.
    assert!(has(&["REJECT:", "معارضة", "IGO"]), "{rendered}");
    assert!(has(&["REJECT:", "واجهت", "-> واشنطن[- USA GOV]"]), "{rendered}");
}

/// Issue 5: the GDELT 2.0 export loads with pandas and the published column list, and the same
/// events from two sources merge into one row with NumSources 2.
#[test]
fn gdelt_export_loads_with_pandas() {
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let analyzed = marsad(&["analyze", "--id", "irna", "--published", "2020-09-24"], input.as_bytes());
    assert!(analyzed.status.success());
    let first = String::from_utf8(analyzed.stdout).expect("utf-8");
    let second = first.replacen("\"id\":\"irna\"", "\"id\":\"copy\",\"source\":\"other-agency\"", 1);
    let two = format!("{first}{second}");
    let out = marsad(&["events-export", "--format", "gdelt"], two.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tsv = String::from_utf8(out.stdout).expect("utf-8");
    assert!(tsv.lines().count() > 3, "{tsv}");
    assert!(tsv.lines().all(|l| l.split('\t').count() == 61), "61 columns");
    let path = std::env::temp_dir().join(format!("marsad-gdelt-{}.tsv", std::process::id()));
    std::fs::write(&path, &tsv).expect("write temp TSV");
    // The GDELT 2.0 event table columns as published in the GDELT 2.0 codebook.
    let script = r#"
import sys, pandas as pd
cols = ["GlobalEventID","Day","MonthYear","Year","FractionDate","Actor1Code","Actor1Name","Actor1CountryCode","Actor1KnownGroupCode","Actor1EthnicCode","Actor1Religion1Code","Actor1Religion2Code","Actor1Type1Code","Actor1Type2Code","Actor1Type3Code","Actor2Code","Actor2Name","Actor2CountryCode","Actor2KnownGroupCode","Actor2EthnicCode","Actor2Religion1Code","Actor2Religion2Code","Actor2Type1Code","Actor2Type2Code","Actor2Type3Code","IsRootEvent","EventCode","EventBaseCode","EventRootCode","QuadClass","GoldsteinScale","NumMentions","NumSources","NumArticles","AvgTone","Actor1Geo_Type","Actor1Geo_FullName","Actor1Geo_CountryCode","Actor1Geo_ADM1Code","Actor1Geo_ADM2Code","Actor1Geo_Lat","Actor1Geo_Long","Actor1Geo_FeatureID","Actor2Geo_Type","Actor2Geo_FullName","Actor2Geo_CountryCode","Actor2Geo_ADM1Code","Actor2Geo_ADM2Code","Actor2Geo_Lat","Actor2Geo_Long","Actor2Geo_FeatureID","ActionGeo_Type","ActionGeo_FullName","ActionGeo_CountryCode","ActionGeo_ADM1Code","ActionGeo_ADM2Code","ActionGeo_Lat","ActionGeo_Long","ActionGeo_FeatureID","DATEADDED","SOURCEURL"]
df = pd.read_csv(sys.argv[1], sep="\t", header=None, names=cols, dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
assert len(cols) == 61 and df.shape[1] == 61, df.shape
assert (df["Day"] == 20200924).any(), df["Day"]
assert df["QuadClass"].between(1, 4).all()
assert (df["NumSources"] == 2).all() and (df["NumArticles"] == 2).all(), df[["NumSources", "NumArticles"]]
consult = df[(df["EventCode"] == "040") & (df["Actor1Code"] == "IRNGOV") & (df["Actor2Code"] == "RUSGOV")]
assert len(consult) >= 1 and (consult["ActionGeo_FullName"] == "Moscow").any(), consult
print(df.shape[0])
"#;
    let py = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3 runs (CI installs pandas in .ci/run)");
    let _ = std::fs::remove_file(&path);
    assert!(py.status.success(), "pandas failed to load the GDELT TSV:\n{}", String::from_utf8_lossy(&py.stderr));
}

/// events-export reports a malformed line with its number, exports the other lines, exits 1.
#[test]
fn events_export_reports_bad_lines_and_continues() {
    let input = include_str!("../../../../examples/zarif-lavrov-moscow.txt");
    let analyzed = marsad(&["analyze", "--published", "2020-09-24"], input.as_bytes());
    let good = String::from_utf8(analyzed.stdout).expect("utf-8");
    let out = marsad(&["events-export", "--format", "plover"], format!("{{not json\n{good}").as_bytes());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1: malformed JSON"), "{}", String::from_utf8_lossy(&out.stderr));
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("PLOVER JSON line")).collect();
    assert!(records.len() >= 5);
    for r in &records {
        assert!(r["id"].is_string() && r["date"].is_string() && r["event"].is_array() && r["actor"].is_array(), "{r}");
    }
}
