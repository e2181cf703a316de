//! Issue 6: ingest → search → export round trip, idempotency, near-duplicate clusters and
//! crash safety (a real `kill -9` of an ingest), on small corpora built here.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use marsad_store::{SqliteStore, Store};

fn marsad_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad")).current_dir(dir).args(args).stdin(Stdio::null()).output().expect("marsad runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Search with `--json` and return (ids of the hits, the whole answer).
fn search(dir: &Path, query: &str) -> (Vec<String>, serde_json::Value) {
    let out = marsad_in(dir, &["search", "--data", "data", "--json", "-n", "50", query]);
    assert!(out.status.success(), "search {query:?} failed: {}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("search --json is JSON");
    let mut ids: Vec<String> = v["hits"].as_array().expect("hits").iter().map(|h| h["id"].as_str().expect("id").to_string()).collect();
    ids.sort();
    (ids, v)
}

const ZARIF: &str = "قال وزير الخارجية الإيراني محمد جواد ظريف يوم السبت إن أمريكا انسحبت من الاتفاق النووي دون أي مبرر. وأضاف ظريف في مؤتمر صحفي عقده في طهران أن بلاده ستواصل التعاون مع روسيا والصين والدول الأوروبية للحفاظ على الاتفاق، مشيرا إلى أن العقوبات لن تغير سياسة إيران في المنطقة.";

fn corpus(dir: &Path) {
    // d4 rewrites d1 (one word changed: a near-duplicate); d6 repeats d2's text (an exact
    // duplicate under another id); line 7 is broken JSON.
    let d4 = ZARIF.replace("مبرر", "سبب");
    let lines = [
        serde_json::json!({"docno": "d1", "src": "bbc", "time": "Sat, 10 Mar 2018 10:00:00 +0000", "title": "ظريف: أمريكا انسحبت", "url": "http://example.org/1", "text": ZARIF}).to_string(),
        serde_json::json!({"docno": "d2", "src": "CNN", "time": "2018-04-02", "title": "عقوبات جديدة", "text": "أعلنت الإدارة الأميركية فرض عقوبات جديدة على شركات في دبي. وقالت وزارة الخزانة إن العقوبات تستهدف شبكات تمويل."}).to_string(),
        serde_json::json!({"id": 3, "source": "alarabiya", "published": "2018-05-20", "title": "بوتين وأردوغان", "text": "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة لبحث الأزمة السورية والعلاقات مع الاتحاد الأوروبي وأمريكا."}).to_string(),
        serde_json::json!({"docno": "d4", "src": "france24", "time": "2018-03-11", "title": "ظريف ينتقد واشنطن", "text": d4}).to_string(),
        serde_json::json!({"docno": "d5", "src": "skynews", "time": "2018-06-15", "title": "كأس العالم", "text": "فاز المنتخب المغربي على نظيره الإيراني في كأس العالم بهدف نظيف في مباراة مثيرة أقيمت في سانت بطرسبرغ."}).to_string(),
        serde_json::json!({"docno": "d6", "src": "bbc", "time": "2018-04-03", "title": "عقوبات", "text": "أعلنت الإدارة الأميركية فرض عقوبات جديدة على شركات في دبي. وقالت وزارة الخزانة إن العقوبات تستهدف شبكات تمويل."}).to_string(),
        "{not json".to_string(),
    ];
    std::fs::create_dir_all(dir.join("in/more")).unwrap();
    std::fs::write(dir.join("in/news.jsonl"), lines.join("\n") + "\n").unwrap();
    // Gzipped JSON lines and a web page, one directory down.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(serde_json::json!({"docno": "g1", "src": "jawhara", "time": "01/07/2018", "text": "نظمت جمعية تونسية مهرجانا ثقافيا في مدينة سوسة بمشاركة فنانين من الجزائر والمغرب."}).to_string().as_bytes()).unwrap();
    std::fs::write(dir.join("in/more/feed.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(
        dir.join("in/more/page.html"),
        r#"<html><head><meta property="og:title" content="الأمطار تغمر شوارع العاصمة"><meta property="article:published_time" content="2018-02-20T08:00:00Z">
<link rel="canonical" href="http://example.org/rain"></head><body><nav><p>الرئيسية أخبار سياسة اقتصاد رياضة</p></nav>
<article><p>غمرت الأمطار الغزيرة شوارع العاصمة يوم الثلاثاء وأغلقت المدارس أبوابها.</p><p>وحذرت الأرصاد الجوية من عواصف جديدة هذا الأسبوع.</p></article>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار</p></footer></body></html>"#,
    )
    .unwrap();
    std::fs::write(dir.join("in/more/note.txt"), "صرح المتحدث باسم الحكومة بأن الاقتصاد ينمو بسرعة هذا العام رغم التحديات.\n").unwrap();
    std::fs::write(dir.join("in/more/ignored.bin"), [0u8, 1, 2]).unwrap();
}

#[test]
fn issue_6_ingest_search_export_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    let out = marsad_in(dir, &["ingest", "--data", "data", "in"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "a broken line makes the run fail at the end: {err}");
    assert!(err.contains("news.jsonl:7: malformed JSON"), "per-document error with file and line: {err}");
    assert!(err.contains("8 added (1 near-duplicates joined a cluster), 1 exact duplicates, 0 already stored, 1 failed"), "{err}");

    let store = SqliteStore::open(&dir.join("data")).unwrap();
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.exact_duplicates, c.multi_clusters), (9, 1, 2), "{c:?}");
    drop(store);

    // Orthographic variants and clitics: اميركا finds أمريكا, الأميركية, وأمريكا.
    let (ids, v) = search(dir, "اميركا");
    assert_eq!(ids, ["3", "d1", "d2", "d4"]);
    // Highlights are byte offsets into the document text and cover the matching words.
    for h in v["hits"].as_array().unwrap() {
        let sn = &h["snippet"];
        let text = sn["text"].as_str().unwrap();
        let base = sn["start"].as_u64().unwrap() as usize;
        let marked: Vec<&str> = sn["highlights"].as_array().unwrap().iter().map(|r| &text[r["start"].as_u64().unwrap() as usize - base..r["end"].as_u64().unwrap() as usize - base]).collect();
        assert!(!marked.is_empty() && marked.iter().all(|m| ["أمريكا", "الأميركية", "وأمريكا"].contains(m)), "{marked:?}");
    }
    assert_eq!(v["hits"][0]["cluster_size"], 2);
    // Diacritics never matter; phrases, boolean operators, filters.
    assert_eq!(search(dir, "ظَرِيف").0, ["d1", "d4"]);
    assert_eq!(search(dir, "\"الاتفاق النووي\"").0, ["d1", "d4"]);
    assert_eq!(search(dir, "\"النووي الاتفاق\"").0, Vec::<String>::new());
    assert_eq!(search(dir, "اميركا NOT ظريف").0, ["3", "d2"]);
    assert_eq!(search(dir, "(بوتين OR عقوبات) -ظريف").0, ["3", "d2"]);
    assert_eq!(search(dir, "ظريف source:BBC").0, ["d1"]);
    assert_eq!(search(dir, "date:2018-04..2018-05").0, ["3", "d2"]);
    assert_eq!(search(dir, "date:2018-03").0, ["d1", "d4"]);
    assert_eq!(search(dir, "source:jawhara تونسية").0, ["g1"]);
    assert_eq!(search(dir, "date:2018-07-01").0, ["g1"], "day-first feed dates");
    assert_eq!(search(dir, "الأمطار").0, ["http://example.org/rain"], "HTML: id from the canonical URL");
    assert_eq!(search(dir, "رياضة").0, Vec::<String>::new(), "HTML navigation is boilerplate");
    assert_eq!(search(dir, "الاقتصاد date:2018").0, Vec::<String>::new(), "undated text is outside every date range");
    assert_eq!(search(dir, "الاقتصاد").0.len(), 1);
    // Entity filters (from the NER model): nationality adjectives give actor codes.
    assert_eq!(search(dir, "actor:irn").0, ["d1", "d4", "d5"]);
    assert_eq!(search(dir, "person:ظريف").0, ["d1", "d4"]);
    assert_eq!(search(dir, "place:طهران").0, ["d1", "d4"]);
    // Facets: sources, months, actors.
    let (_, v) = search(dir, "اميركا");
    assert_eq!(v["total"], 4);
    let sources: Vec<&str> = v["facets"]["sources"].as_array().unwrap().iter().map(|b| b["key"].as_str().unwrap()).collect();
    assert_eq!(sources, ["alarabiya", "bbc", "cnn", "france24"]);
    assert_eq!(v["facets"]["months"][0], serde_json::json!({"key": "2018-03", "count": 2}));
    assert_eq!(v["facets"]["actors"][0]["key"], "USA");
    // Event types: `type:` finds exactly the indexed documents with an event of that type.
    let store = SqliteStore::open(&dir.join("data")).unwrap();
    let mut found = 0;
    for t in ["ACCUSE", "REJECT", "SANCTION", "CONSULT", "ASSAULT", "COOPERATE"] {
        let (ids, _) = search(dir, &format!("type:{}", t.to_lowercase()));
        let mut expected: Vec<String> = store.indexable_after(0, 100).unwrap().into_iter().filter(|d| store.analysis(d.seq).unwrap().events.iter().any(|e| e.kind == t)).map(|d| d.doc_id).collect();
        expected.sort();
        assert_eq!(ids, expected, "type:{t}");
        found += ids.len();
    }
    assert!(found > 0, "the corpus has events");
    drop(store);
    // Human output marks the matches.
    let out = marsad_in(dir, &["search", "--data", "data", "اميركا"]);
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(human.starts_with("4 documents match") && human.contains("«الأميركية»") && human.contains("sources: "), "{human}");

    // Export: CSV with byte offsets into the documents.
    let out = marsad_in(dir, &["export", "entities", "--data", "data", "--out", "entities.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = std::fs::read_to_string(dir.join("entities.csv")).unwrap();
    assert!(csv.starts_with("doc_id,published,source,start,end,type,text,key,country,actor_id\r\n"), "{csv}");
    assert!(csv.contains("d1,2018-03-10,bbc,50,76,PER,محمد جواد ظريف,محمد جواد ظريف,,"), "{csv}");
    assert_eq!(&ZARIF.as_bytes()[50..76], "محمد جواد ظريف".as_bytes());
    // Parquet: read back with the parquet crate, and with pyarrow where it is installed.
    let out = marsad_in(dir, &["export", "entities", "--data", "data", "--out", "entities.parquet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = csv.lines().count() - 1;
    let reader = parquet::file::reader::SerializedFileReader::new(std::fs::File::open(dir.join("entities.parquet")).unwrap()).unwrap();
    use parquet::file::reader::FileReader;
    assert_eq!(reader.metadata().file_metadata().num_rows() as usize, rows);
    let names: Vec<&str> = reader.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["doc_id", "published", "source", "start", "end", "type", "text", "key", "country", "actor_id"]);
    let py = "import pyarrow.parquet as pq, sys; t = pq.read_table(sys.argv[1]); r = t.to_pylist(); z = [x for x in r if x['text'] == 'محمد جواد ظريف']; print(t.num_rows, len(z) > 0, z[0]['type'] if z else None, t.schema.names == ['doc_id', 'published', 'source', 'start', 'end', 'type', 'text', 'key', 'country', 'actor_id'])";
    match Command::new("python3").current_dir(dir).args(["-c", py, "entities.parquet"]).output() {
        Ok(o) if o.status.success() => assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), format!("{rows} True PER True")),
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("No module named") => eprintln!("note: pyarrow is not installed; Parquet checked with the parquet crate's reader only"),
        Ok(o) => panic!("pyarrow cannot read the export: {}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => eprintln!("note: python3 is not installed; Parquet checked with the parquet crate's reader only"),
    }
    let out = marsad_in(dir, &["export", "quotes", "--data", "data", "--out", "quotes.parquet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let reader = parquet::file::reader::SerializedFileReader::new(std::fs::File::open(dir.join("quotes.parquet")).unwrap()).unwrap();
    let names: Vec<&str> = reader.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name()).collect();
    assert_eq!(names[3..8], ["speaker", "speaker_start", "speaker_end", "speaker_head", "speaker_name"], "{names:?}");
    let out = marsad_in(dir, &["export", "quotes", "--data", "data"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("doc_id,published,source,speaker,speaker_start,speaker_end,speaker_head,speaker_name,speaker_source,"));
}

#[test]
fn issue_6_reingest_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    corpus(dir);
    marsad_in(dir, &["ingest", "--data", "data", "in"]);
    let before = SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap();
    let out = marsad_in(dir, &["ingest", "--data", "data", "in", "in/news.jsonl"]);
    assert!(stderr(&out).contains("0 added (0 near-duplicates joined a cluster), 0 exact duplicates, 15 already stored"), "{}", stderr(&out));
    let after = SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap();
    assert_eq!(before, after);
    // The same texts under new ids are exact duplicates: stored, not analyzed or indexed again.
    let renamed = std::fs::read_to_string(dir.join("in/news.jsonl")).unwrap().replace("\"docno\":\"d", "\"docno\":\"copy-d");
    let out = Command::new(env!("CARGO_BIN_EXE_marsad")).current_dir(dir).args(["ingest", "--data", "data", "-"]).stdin(Stdio::piped()).stderr(Stdio::piped()).spawn().and_then(|mut c| {
        c.stdin.take().unwrap().write_all(renamed.as_bytes())?;
        c.wait_with_output()
    });
    let err = stderr(&out.unwrap());
    assert!(err.contains("0 added (0 near-duplicates joined a cluster), 5 exact duplicates, 1 already stored, 1 failed"), "{err}");
    assert_eq!(search(dir, "ظريف").0, ["d1", "d4"]);
}

#[test]
fn issue_6_near_duplicates_share_a_cluster() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // A wire story and its rewrite: hamzas dropped, one word replaced, a sentence added.
    let rewrite = ZARIF.replace("أمريكا", "امريكا").replace("إيران", "ايران").replace("مبرر", "سبب") + " ونقلت الوكالة عن مصادر مطلعة هذه التصريحات.";
    let lines = [
        serde_json::json!({"id": "wire", "text": ZARIF}).to_string(),
        serde_json::json!({"id": "other", "text": "غمرت الأمطار الغزيرة شوارع العاصمة يوم الثلاثاء وأغلقت المدارس أبوابها وحذرت الأرصاد الجوية من عواصف جديدة."}).to_string(),
        serde_json::json!({"id": "rewrite", "text": rewrite}).to_string(),
    ];
    std::fs::write(dir.join("a.jsonl"), lines[..2].join("\n")).unwrap();
    std::fs::write(dir.join("b.jsonl"), &lines[2]).unwrap();
    // Two runs: the rewrite is compared with what is stored, not only within its batch.
    assert!(marsad_in(dir, &["ingest", "--data", "data", "a.jsonl"]).status.success());
    let out = marsad_in(dir, &["ingest", "--data", "data", "b.jsonl"]);
    assert!(stderr(&out).contains("1 added (1 near-duplicates joined a cluster)"), "{}", stderr(&out));
    let store = SqliteStore::open(&dir.join("data")).unwrap();
    let members: Vec<String> = store.cluster_members(1).unwrap().into_iter().map(|(_, id)| id).collect();
    assert_eq!(members, ["wire", "rewrite"]);
    assert_eq!(store.counts().unwrap().clusters, 2);
}

#[test]
fn issue_6_kill_9_mid_ingest_loses_and_duplicates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    const N: usize = 3000;
    let words = ["الحكومة", "البرلمان", "الاقتصاد", "المدينة", "الوزير", "الشركة", "المدرسة", "الجامعة", "المستشفى", "الميناء"];
    let mut body = String::new();
    for i in 0..N {
        let (a, b, c) = (words[i % 10], words[(i / 10) % 10], words[(i / 100) % 10]);
        let text = format!("أعلنت {a} اليوم عن خطة رقم {i} لتطوير {b} في {c}، وقال مسؤول إن الخطة ستنفذ خلال {n} شهرا بتكلفة {m} مليون دينار. وأضاف أن المشروع رقم {i} يشمل {b} و{a}.", n = i % 37 + 1, m = i * 7 + 3);
        body.push_str(&serde_json::json!({"id": format!("doc-{i}"), "source": "test", "published": "2018-03-01", "text": text}).to_string());
        body.push('\n');
    }
    std::fs::write(dir.join("big.jsonl"), body).unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .current_dir(dir)
        .args(["ingest", "--data", "data", "--batch", "16", "--verbose", "big.jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for some acknowledged batches, then kill -9 (SIGKILL) mid-way.
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut acked = 0u64;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("marsad: acknowledged ").and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()) {
            acked = n;
            if acked >= 300 {
                break;
            }
        }
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the ingest was killed before it finished");
    assert!(acked >= 300, "acknowledged {acked}");

    let stored = SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap().documents;
    assert!(stored >= acked && (stored as usize) < N, "no acknowledged document lost: {stored} stored, {acked} acknowledged");

    // Restart: the index catches up from the store, the rest is ingested, nothing twice.
    let out = marsad_in(dir, &["ingest", "--data", "data", "big.jsonl"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains(&format!("{} added", N as u64 - stored)) && err.contains(&format!("{stored} already stored")), "{err}");
    let c = SqliteStore::open(&dir.join("data")).unwrap().counts().unwrap();
    assert_eq!((c.documents, c.exact_duplicates), (N as u64, 0));
    let (_, v) = search(dir, "خطة");
    assert_eq!(v["total"], N, "every document indexed exactly once");
    let (ids, _) = search(dir, "\"رقم 1234\"");
    assert_eq!(ids, ["doc-1234"]);
}
