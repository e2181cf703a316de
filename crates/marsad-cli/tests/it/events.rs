//! Issue 6 (events): ingest → search `type:` → `marsad events` (filters, aggregates) →
//! `marsad export events` (CSV, Parquet read by pyarrow, GDELT TSV read by pandas with the 61
//! published column names, PLOVER JSON lines), re-ingest, and the merge of a near-duplicate
//! pair's events (NumArticles = 2).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use marsad_store::{SqliteStore, Store};

fn marsad_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad")).current_dir(dir).args(args).stdin(Stdio::null()).output().expect("marsad runs")
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "marsad failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("UTF-8 output")
}

fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

// Our own sentences. IRAN: "Iran accused the United States of supporting terrorism in the
// region on Saturday. … Israeli planes struck positions near Damascus …" (ittahamat īrān …).
const IRAN: &str = "اتهمت إيران الولايات المتحدة بدعم الإرهاب في المنطقة، وقال المتحدث باسم الخارجية الإيرانية إن واشنطن تتحمل مسؤولية الفوضى. \
وفي سياق متصل قصفت طائرات إسرائيلية مواقع عسكرية قرب دمشق، فيما أعلنت وزارة الدفاع السورية أن الدفاعات الجوية تصدت للهجوم وأسقطت عددا من الصواريخ فوق العاصمة.";
// PROTEST: "Thousands of demonstrators protested against the police in Cairo …".
const CAIRO: &str = "تظاهر آلاف المتظاهرين ضد الشرطة في القاهرة احتجاجا على ارتفاع الأسعار، ورفع المحتجون لافتات تطالب بالإصلاح.";
// SANCTION: "Russia imposed new sanctions on Turkey …".
const RUSSIA: &str = "فرضت روسيا عقوبات جديدة على تركيا بعد إسقاط الطائرة، وقال الكرملين إن الإجراءات ستشمل قطاعات التجارة والسياحة.";

fn corpus(dir: &Path) {
    // n2 rewrites n1 (one word changed, another source and day): a near-duplicate pair whose
    // events merge; x1 repeats r1's text under another id: an exact duplicate.
    let rewrite = IRAN.replace("الفوضى", "الاضطرابات");
    let lines = [
        serde_json::json!({"docno": "n1", "src": "bbc", "time": "2018-03-10", "title": "إيران تتهم واشنطن", "url": "http://example.org/n1", "text": IRAN}),
        serde_json::json!({"docno": "n2", "src": "cnn", "time": "2018-03-11", "title": "طهران تتهم أمريكا", "url": "http://example.org/n2", "text": rewrite}),
        serde_json::json!({"docno": "c1", "src": "ahram", "time": "2018-04-05", "title": "مظاهرات في القاهرة", "text": CAIRO}),
        serde_json::json!({"docno": "r1", "src": "rt", "time": "2015-11-28", "title": "عقوبات روسية", "text": RUSSIA}),
        serde_json::json!({"docno": "x1", "src": "tass", "time": "2015-11-28", "title": "عقوبات", "text": RUSSIA}),
    ];
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/news.jsonl"), lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
}

/// (type, trigger) of the events `marsad analyze` finds in a text.
fn analyzed(dir: &Path, text: &str, published: &str) -> Vec<(String, String)> {
    std::fs::write(dir.join("one.txt"), text).unwrap();
    let out = ok(marsad_in(dir, &["analyze", "--published", published, "one.txt"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut e: Vec<(String, String)> = v["events"].as_array().unwrap().iter().filter(|e| e["negated"] == false).map(|e| (e["event"].as_str().unwrap().to_string(), e["trigger"]["text"].as_str().unwrap().to_string())).collect();
    e.sort();
    e
}

#[test]
fn issue_6_events_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    let err = String::from_utf8(marsad_in(dir, &["ingest", "--data", "data", "in"]).stderr).unwrap();
    assert!(err.contains("4 added (1 near-duplicates joined a cluster), 1 exact duplicates"), "{err}");
    let events_stored = SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap().events;
    assert!(events_stored >= 4, "{err}");

    // The store holds what the analysis finds (the same function, run at ingest).
    let all = json_lines(&ok(marsad_in(dir, &["events", "--data", "data", "--json"])));
    let of = |doc: &str| {
        let mut v: Vec<(String, String)> = all.iter().filter(|e| e["doc"]["id"] == doc).map(|e| (e["event"].as_str().unwrap().to_string(), e["trigger"]["text"].as_str().unwrap().to_string())).collect();
        v.sort();
        v
    };
    assert_eq!(of("c1"), analyzed(dir, CAIRO, "2018-04-05"));
    assert_eq!(of("r1"), analyzed(dir, RUSSIA, "2015-11-28"));
    assert_eq!(of("n1"), analyzed(dir, IRAN, "2018-03-10"));
    let types: Vec<&str> = all.iter().map(|e| e["event"].as_str().unwrap()).collect();
    for t in ["ACCUSE", "ASSAULT", "PROTEST", "SANCTION"] {
        assert!(types.contains(&t), "{t} missing in {types:?}");
    }
    // Byte ranges point into the stored documents.
    for e in &all {
        let text = match e["doc"]["id"].as_str().unwrap() {
            "n1" => IRAN,
            "c1" => CAIRO,
            "r1" => RUSSIA,
            other => panic!("unexpected first document {other}"),
        };
        let t = &e["trigger"];
        assert_eq!(&text[t["start"].as_u64().unwrap() as usize..t["end"].as_u64().unwrap() as usize], t["text"].as_str().unwrap());
    }

    // The near-duplicate pair tells each event once: merged, two articles, two sources; no
    // event of n2 is listed on its own. The exact duplicate counts as an article too.
    assert!(of("n2").is_empty(), "{:?}", of("n2"));
    let accuse = all.iter().find(|e| e["event"] == "ACCUSE").unwrap();
    assert_eq!((accuse["doc"]["id"].as_str(), accuse["num_articles"].as_u64(), accuse["num_sources"].as_u64()), (Some("n1"), Some(2), Some(2)), "{accuse}");
    assert_eq!(accuse["num_mentions"].as_u64(), Some(2 * accuse["mentions"].as_u64().unwrap()));
    let sanction = all.iter().find(|e| e["event"] == "SANCTION").unwrap();
    assert_eq!((sanction["num_articles"].as_u64(), sanction["num_sources"].as_u64()), (Some(2), Some(2)), "{sanction}");
    assert!(accuse["actors"][0]["country"] == "IRN", "{accuse}");

    // Search: type: filters and the event-type facet.
    let search = |q: &str| -> serde_json::Value { serde_json::from_str(&ok(marsad_in(dir, &["search", "--data", "data", "--json", q]))).unwrap() };
    let ids = |v: &serde_json::Value| -> Vec<String> {
        let mut ids: Vec<String> = v["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_string()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&search("type:ACCUSE")), ["n1", "n2"]);
    assert_eq!(ids(&search("type:protest")), ["c1"]);
    assert_eq!(ids(&search("type:SANCTION OR type:PROTEST")), ["c1", "r1"]);
    assert_eq!(ids(&search("المتظاهرين -type:PROTEST")), Vec::<String>::new());
    assert_eq!(ids(&search("actor:RUS")), ["r1"]);
    let accusations = search("type:ACCUSE");
    let facet: Vec<&str> = accusations["facets"]["event_types"].as_array().unwrap().iter().map(|b| b["key"].as_str().unwrap()).collect();
    assert!(facet.contains(&"ACCUSE") && facet.contains(&"ASSAULT"), "{facet:?}");
    let bad = marsad_in(dir, &["search", "--data", "data", "type:اتهام"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("PLOVER event type"), "{}", String::from_utf8_lossy(&bad.stderr));

    // Filters.
    let get = |args: &[&str]| json_lines(&ok(marsad_in(dir, &[&["events", "--data", "data", "--json"], args].concat())));
    let accuse = get(&["--type", "accuse"]);
    assert!(!accuse.is_empty() && accuse.iter().all(|e| e["event"] == "ACCUSE"));
    let by_iran = get(&["--actor", "IRN"]);
    assert!(!by_iran.is_empty() && by_iran.iter().all(|e| e["actors"].as_array().unwrap().iter().any(|p| p["country"] == "IRN")));
    let against_turkey = get(&["--recipient", "TUR"]);
    assert_eq!(against_turkey.iter().map(|e| e["event"].as_str().unwrap()).collect::<Vec<_>>(), ["SANCTION"]);
    let by_name = get(&["--actor", "روسيا"]);
    assert_eq!(by_name.len(), against_turkey.len());
    let april = get(&["--date", "2018-04"]);
    assert!(!april.is_empty() && april.iter().all(|e| e["date"].as_str().unwrap().starts_with("2018-04")));
    assert_eq!(get(&["--date", "2018-03..2018-04"]).len(), all.iter().filter(|e| e["date"].as_str().is_some_and(|d| d.starts_with("2018-0"))).count());
    assert!(get(&["--date", "..2015"]).iter().all(|e| e["event"] == "SANCTION"));
    let bad = marsad_in(dir, &["events", "--data", "data", "--type", "BLAME"]);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("unknown event type"));
    let human = ok(marsad_in(dir, &["events", "--data", "data", "--type", "SANCTION"]));
    assert!(human.starts_with("1 events") && human.contains("SANCTION") && human.contains("articles 2"), "{human}");

    // Aggregates: counts by type per month add up to the events; by pair names the codes.
    let by_type = get(&["--by", "type", "--per", "month"]);
    assert_eq!(by_type.iter().map(|r| r["events"].as_u64().unwrap()).sum::<u64>() as usize, all.len());
    assert!(by_type.iter().any(|r| r["period"] == "2018-03" && r["key"] == "ACCUSE" && r["articles"] == 2), "{by_type:?}");
    let by_pair = get(&["--by", "pair", "--per", "week"]);
    assert!(by_pair.iter().any(|r| r["period"] == "2015-W48" && r["key"].as_str().unwrap().ends_with("→ TUR")), "{by_pair:?}");
    let table = ok(marsad_in(dir, &["events", "--data", "data", "--by", "type", "--per", "day"]));
    assert!(table.lines().next().unwrap().starts_with("period") && table.contains("2018-04-05"), "{table}");

    // Export: CSV, Parquet (pyarrow), GDELT TSV (pandas, the 61 columns), PLOVER JSON lines.
    let csv = ok(marsad_in(dir, &["export", "events", "--data", "data", "--format", "csv"]));
    assert_eq!(csv.lines().count(), all.len() + 1);
    assert!(csv.starts_with("event_id,cluster,doc_id,published,source,url,type,"), "{csv}");
    assert_eq!(ok(marsad_in(dir, &["events", "--data", "data", "--csv"])), csv);
    ok(marsad_in(dir, &["export", "events", "--data", "data", "--out", "events.parquet"]));
    let py = "import pyarrow.parquet as pq, sys; t = pq.read_table(sys.argv[1]); r = t.to_pylist(); s = [x for x in r if x['type'] == 'SANCTION']; print(t.num_rows, s[0]['num_articles'], s[0]['recipient_code'], 'trigger_start' in t.schema.names)";
    let o = Command::new("python3").current_dir(dir).args(["-c", py, "events.parquet"]).output().expect("python3 (see .ci/run)");
    assert!(o.status.success(), "pyarrow cannot read the events export: {}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), format!("{} 2 TUR True", all.len()));
    ok(marsad_in(dir, &["export", "events", "--data", "data", "--format", "gdelt", "--out", "events.tsv"]));
    let py = format!(
        "import pandas as pd, sys; cols = {:?}; d = pd.read_csv(sys.argv[1], sep='\\t', header=None, names=cols, dtype=str, keep_default_na=False); s = d[d.EventRootCode == '16']; print(len(d), len(d.columns), s.iloc[0].Actor1Code, s.iloc[0].Actor2Code, s.iloc[0].NumArticles, s.iloc[0].Day, s.iloc[0].QuadClass)",
        GDELT_COLUMNS
    );
    let o = Command::new("python3").current_dir(dir).args(["-c", &py, "events.tsv"]).output().expect("python3 (see .ci/run)");
    assert!(o.status.success(), "pandas cannot read the GDELT export: {}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), format!("{} 61 RUS TUR 2 20151128 3", all.len()));
    let plover = json_lines(&ok(marsad_in(dir, &["export", "events", "--data", "data", "--format", "plover"])));
    assert_eq!(plover.len(), all.len());
    let p = plover.iter().find(|p| p["event"][0] == "ACCUSE").unwrap();
    assert_eq!((p["num_articles"].as_u64(), p["cite_info"]["citation"].as_str(), p["actor"][0]["code"].as_str()), (Some(2), Some("n1"), Some("IRN")), "{p}");
    let bad = marsad_in(dir, &["export", "quotes", "--data", "data", "--format", "gdelt"]);
    assert!(!bad.status.success());

    // Re-ingest adds nothing: no document, no event.
    let err = String::from_utf8(marsad_in(dir, &["ingest", "--data", "data", "in"]).stderr).unwrap();
    assert!(err.contains("0 added") && err.contains("5 already stored"), "{err}");
    assert_eq!(SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap().events, events_stored);
    assert_eq!(json_lines(&ok(marsad_in(dir, &["events", "--data", "data", "--json"]))), all);
}

/// The published GDELT 2.0 event-table header (codebook order).
const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
];
