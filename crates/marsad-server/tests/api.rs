//! In-process API tests (`tower::ServiceExt::oneshot`): every endpoint, good and bad input.
//! Bad input must give the documented JSON error, never a 500.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use marsad_engine::{analyze_document, AnalysisConfig, CivilDate, Document};
use marsad_server::{AppState, Archive, ServerConfig};
use serde_json::{json, Value};
use tower::ServiceExt;

const TOKEN: &str = "s3cret-token";

/// Our own test sentences (not corpus text).
/// wa-qāla wazīru al-khārijiyyati al-īrāniyyu muḥammad jawād ẓarīf fī mūskū al-yawma inna
/// al-muḥādathāti maʿa naẓīrihi ar-rūsiyyi sīrghī lāfrūf kānat bannāʾa: "Iranian FM Mohammad
/// Javad Zarif said in Moscow today that the talks with his Russian counterpart Sergei Lavrov
/// were constructive." Then: "Zarif met Lavrov in Moscow on Thursday to discuss the nuclear
/// agreement."
const DOC_A: &str = "وقال وزير الخارجية الايراني محمد جواد ظريف في موسكو اليوم ان المحادثات مع نظيره الروسي سيرغي لافروف كانت بناءة.\nوالتقى ظريف لافروف في موسكو يوم الخميس لبحث الاتفاق النووي.";
/// taẓāhara ālāfu aṭ-ṭullābi fī ṭahrāna iḥtijājan ʿalā irtifāʿi al-asʿār, wa-hājamat ash-shurṭatu
/// al-mutaẓāhirīn: "Thousands of students demonstrated in Tehran against rising prices, and the
/// police attacked the demonstrators."
const DOC_B: &str = "تظاهر آلاف الطلاب في طهران احتجاجا على ارتفاع الاسعار، وهاجمت الشرطة المتظاهرين.";

struct Fixture {
    app: Router,
    state: Arc<AppState>,
    _dir: tempfile::TempDir,
}

fn fixture(config: ServerConfig) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let resources = Arc::new(marsad_engine::Resources::embedded().expect("embedded resources"));
    let archive = Archive::open(dir.path(), resources, config.readers).expect("open data dir");
    let state = Arc::new(AppState::new(archive, config));
    Fixture { app: marsad_server::router(state.clone()), state, _dir: dir }
}

fn with_token() -> ServerConfig {
    ServerConfig { token: Some(TOKEN.into()), ..ServerConfig::test() }
}

async fn call(app: &Router, method: Method, uri: &str, body: Option<Vec<u8>>, token: Option<&str>) -> (StatusCode, Vec<u8>, String) {
    let mut req = Request::builder().method(method).uri(uri);
    if body.is_some() {
        req = req.header(header::CONTENT_TYPE, "application/json");
    }
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let req = req.body(body.map(Body::from).unwrap_or_else(Body::empty)).expect("request");
    let res = app.clone().oneshot(req).await.expect("infallible");
    let status = res.status();
    let ctype = res.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap_or("").to_string()).unwrap_or_default();
    let bytes = res.into_body().collect().await.expect("body").to_bytes().to_vec();
    (status, bytes, ctype)
}

async fn get_json(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, b, ctype) = call(app, Method::GET, uri, None, None).await;
    assert!(ctype.starts_with("application/json"), "{uri}: content type {ctype}");
    (s, serde_json::from_slice(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {}", String::from_utf8_lossy(&b))))
}

async fn post_json(app: &Router, uri: &str, body: &[u8], token: Option<&str>) -> (StatusCode, Value) {
    let (s, b, ctype) = call(app, Method::POST, uri, Some(body.to_vec()), token).await;
    assert!(ctype.starts_with("application/json"), "{uri}: content type {ctype}");
    (s, serde_json::from_slice(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {}", String::from_utf8_lossy(&b))))
}

/// The error body has the documented shape and code.
fn assert_error(status: StatusCode, v: &Value, want_status: u16, code: &str) {
    assert_eq!(status.as_u16(), want_status, "{v}");
    assert_eq!(v["error"]["code"], code, "{v}");
    assert!(!v["error"]["message"].as_str().unwrap_or("").is_empty(), "{v}");
}

async fn ingest_fixture(f: &Fixture) {
    let batch = json!([
        {"id": "a1", "text": DOC_A, "title": "ظريف في موسكو", "source": "test", "published": "2020-09-24"},
        {"id": "b1", "text": DOC_B, "title": "تظاهرات طهران", "source": "test", "published": "2020-09-25"},
    ]);
    let (s, v) = post_json(&f.app, "/api/documents", batch.to_string().as_bytes(), Some(TOKEN)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let statuses: Vec<&str> = v["results"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["added", "added"], "{v}");
}

#[tokio::test]
async fn analyze_returns_the_cli_contract() {
    let f = fixture(ServerConfig::test());
    let body = json!({"text": DOC_A, "id": "x", "published": "2020-09-24"}).to_string();
    let (s, bytes, ctype) = call(&f.app, Method::POST, "/api/analyze", Some(body.into_bytes()), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ctype, "application/json");
    // Byte for byte what marsad_json (the CLI's serializer) writes for the same analysis.
    let r = &f.state.archive.resources;
    let a = analyze_document(&Document { text: DOC_A, published: CivilDate::new(2020, 9, 24) }, r, &AnalysisConfig::full());
    let want = marsad_json::document_json("x", &[], DOC_A, &a, r).unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), String::from_utf8(want).unwrap());
}

#[tokio::test]
async fn analyze_bad_input() {
    let f = fixture(ServerConfig::test());
    let (s, v) = post_json(&f.app, "/api/analyze", b"{\"text\": ", None).await;
    assert_error(s, &v, 400, "invalid_json");
    let (s, v) = post_json(&f.app, "/api/analyze", b"{\"txt\": \"x\"}", None).await;
    assert_error(s, &v, 400, "invalid_json");
    let (s, v) = post_json(&f.app, "/api/analyze", b"[1,2]", None).await;
    assert_error(s, &v, 400, "invalid_json");
    let (s, v) = post_json(&f.app, "/api/analyze", json!({"text": "x", "published": "2020-02-30"}).to_string().as_bytes(), None).await;
    assert_error(s, &v, 400, "bad_request");
    // Larger than the 64 KiB test limit.
    let big = json!({"text": "ا".repeat(40_000)}).to_string();
    let (s, v) = post_json(&f.app, "/api/analyze", big.as_bytes(), None).await;
    assert_error(s, &v, 413, "payload_too_large");
    let (s, b, _) = call(&f.app, Method::GET, "/api/analyze", None, None).await;
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_error(s, &v, 405, "method_not_allowed");
}

#[tokio::test]
async fn ingest_requires_the_token_and_is_idempotent() {
    let f = fixture(with_token());
    let one = json!({"id": "a1", "text": DOC_A}).to_string();
    let (s, v) = post_json(&f.app, "/api/documents", one.as_bytes(), None).await;
    assert_error(s, &v, 401, "unauthorized");
    let (s, v) = post_json(&f.app, "/api/documents", one.as_bytes(), Some("wrong")).await;
    assert_error(s, &v, 401, "unauthorized");
    let (s, v) = post_json(&f.app, "/api/documents", one.as_bytes(), Some(TOKEN)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["results"][0]["status"], "added");
    assert_eq!(v["results"][0]["id"], "a1");
    let (_, v) = post_json(&f.app, "/api/documents", one.as_bytes(), Some(TOKEN)).await;
    assert_eq!(v["results"][0]["status"], "already_stored");
    // Same text, another id: an exact duplicate. No id: one derived from the content hash.
    let (_, v) = post_json(&f.app, "/api/documents", json!({"id": "a2", "text": DOC_A}).to_string().as_bytes(), Some(TOKEN)).await;
    assert_eq!(v["results"][0]["status"], "exact_duplicate");
    let (_, v) = post_json(&f.app, "/api/documents", json!({"text": DOC_B, "published": "yesterday"}).to_string().as_bytes(), Some(TOKEN)).await;
    assert!(v["results"][0]["id"].as_str().unwrap().starts_with("sha:"), "{v}");
    assert!(v["results"][0]["warnings"][0].as_str().unwrap().contains("yesterday"), "{v}");

    let (s, v) = post_json(&f.app, "/api/documents", b"{not json", Some(TOKEN)).await;
    assert_error(s, &v, 400, "invalid_json");
    let (s, v) = post_json(&f.app, "/api/documents", json!({"id": "", "text": DOC_B}).to_string().as_bytes(), Some(TOKEN)).await;
    assert_error(s, &v, 400, "bad_request");
    let (s, v) = post_json(&f.app, "/api/documents", b"[]", Some(TOKEN)).await;
    assert_error(s, &v, 400, "bad_request");
    let (s, v) = post_json(&f.app, "/api/documents", json!({"text": "  \n "}).to_string().as_bytes(), Some(TOKEN)).await;
    assert_error(s, &v, 400, "bad_request");
    let big = json!({"text": "ب".repeat(40_000)}).to_string();
    let (s, v) = post_json(&f.app, "/api/documents", big.as_bytes(), Some(TOKEN)).await;
    assert_error(s, &v, 413, "payload_too_large");
}

#[tokio::test]
async fn documents_search_and_facts() {
    let f = fixture(with_token());
    ingest_fixture(&f).await;

    // Document: text, metadata, analysis with a quote whose speaker is Zarif.
    let (s, d) = get_json(&f.app, "/api/documents/a1").await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(d["text"], DOC_A);
    assert_eq!(d["published"], "2020-09-24");
    assert_eq!(d["cluster"], json!(["a1"]));
    let q = &d["quotes"][0];
    assert!(q["speaker"]["text"].as_str().unwrap().contains("ظريف"), "{q}");
    let (s, v) = get_json(&f.app, "/api/documents/nope").await;
    assert_error(s, &v, 404, "not_found");
    let (s, v) = get_json(&f.app, "/api/documents/%D8%B8%D8%B1%D9%8A%D9%81%2F..%2F..").await;
    assert_error(s, &v, 404, "not_found");

    // Search: spelling variants match; bad syntax and bad numbers are 400s.
    let (s, r) = get_json(&f.app, "/api/search?q=%D8%B8%D8%B1%D9%8A%D9%81").await; // ظريف
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(r["hits"][0]["id"], "a1");
    assert!(!r["hits"][0]["snippet"]["highlights"].as_array().unwrap().is_empty());
    assert!(r["facets"].is_object());
    let (s, r) = get_json(&f.app, "/api/search?q=%D8%B7%D9%87%D8%B1%D8%A7%D9%86&limit=5&facets=0").await; // طهران
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["hits"][0]["id"], "b1", "{r}");
    let (s, v) = get_json(&f.app, "/api/search?q=nosuchfield%3Ax").await;
    assert_error(s, &v, 400, "bad_query");
    let (s, v) = get_json(&f.app, "/api/search?q=date%3Anot-a-date").await;
    assert_error(s, &v, 400, "bad_query");
    let (s, v) = get_json(&f.app, "/api/search?q=x&limit=0").await;
    assert_error(s, &v, 400, "bad_request");
    let (s, v) = get_json(&f.app, "/api/search?q=x&limit=abc").await;
    assert_error(s, &v, 400, "bad_request");
    let (s, v) = get_json(&f.app, "/api/search").await;
    assert_error(s, &v, 400, "bad_request");

    // Events: both documents have some; filters narrow them; facets count them.
    let (s, e) = get_json(&f.app, "/api/events").await;
    assert_eq!(s, StatusCode::OK, "{e}");
    let total = e["total"].as_u64().unwrap();
    assert!(total >= 2, "{e}");
    let types: Vec<String> = e["events"].as_array().unwrap().iter().map(|x| x["event"].as_str().unwrap().to_string()).collect();
    let first = &types[0];
    let (_, filtered) = get_json(&f.app, &format!("/api/events?type={}", first.to_lowercase())).await;
    assert_eq!(filtered["total"].as_u64().unwrap() as usize, types.iter().filter(|t| *t == first).count());
    assert!(filtered["events"].as_array().unwrap().iter().all(|x| &x["event"] == first));
    let (_, only_b) = get_json(&f.app, "/api/events?doc=b1").await;
    assert!(only_b["events"].as_array().unwrap().iter().all(|x| x["doc_id"] == "b1"));
    let (_, none) = get_json(&f.app, "/api/events?from=2030-01-01").await;
    assert_eq!(none["total"], 0);
    let (_, page) = get_json(&f.app, "/api/events?limit=1&offset=1").await;
    assert_eq!(page["events"].as_array().unwrap().len(), 1);
    assert_eq!(page["total"].as_u64(), Some(total));
    let (s, v) = get_json(&f.app, "/api/events?from=24-09-2020").await;
    assert_error(s, &v, 400, "bad_request");
    let (s, v) = get_json(&f.app, "/api/events?limit=5000").await;
    assert_error(s, &v, 400, "bad_request");

    // Timeline: per-day counts add up to the dated events.
    let (s, t) = get_json(&f.app, "/api/stats/timeline").await;
    assert_eq!(s, StatusCode::OK, "{t}");
    let dated = e["events"].as_array().unwrap().iter().filter(|x| x["date"].is_string()).count() as u64;
    assert_eq!(t["days"].as_array().unwrap().iter().map(|d| d["total"].as_u64().unwrap()).sum::<u64>(), dated, "{t}");
    let (s, v) = get_json(&f.app, "/api/stats/timeline?to=tomorrow").await;
    assert_error(s, &v, 400, "bad_request");

    // Actor page of the speaker of the quote.
    let actor_id = q["speaker_actor"]["id"].as_str().expect("quote speaker resolved to an actor").to_string();
    let enc: String = actor_id.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect();
    let (s, a) = get_json(&f.app, &format!("/api/actors/{enc}")).await;
    assert_eq!(s, StatusCode::OK, "{a}");
    assert_eq!(a["id"], actor_id.as_str());
    assert!(a["names_ar"].as_array().unwrap().iter().any(|n| n["text"].as_str().unwrap().contains("ظريف")), "{a}");
    assert!(!a["quotes"].as_array().unwrap().is_empty(), "{a}");
    // The quotes of an actor page carry the stored citation-form name (null: ظريف as written).
    assert!(a["quotes"].as_array().unwrap().iter().all(|q| q.as_object().unwrap().contains_key("speaker_name") && q["speaker_name"].is_null()), "{a}");
    assert_eq!(a["documents"][0]["id"], "a1");
    let (s, v) = get_json(&f.app, "/api/actors/name%3Anobody").await;
    assert_error(s, &v, 404, "not_found");
    let (s, v) = get_json(&f.app, &format!("/api/actors/{enc}?limit=0")).await;
    assert_error(s, &v, 400, "bad_request");
    for bad in ["type=BLAME", "type=consult,nope", "order=sideways", "negated=maybe", "from=2020-9", "to=2020-09-24T00:00", "to=", "offset=-1"] {
        let (s, v) = get_json(&f.app, &format!("/api/events?{bad}")).await;
        assert_error(s, &v, 400, "bad_request");
    }
    let (s, v) = get_json(&f.app, "/api/stats/timeline?type=BLAME").await;
    assert_error(s, &v, 400, "bad_request");
}

fn enc(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

/// The identity of an event row, as the API and the library see it.
fn key_of(v: &Value) -> (String, String, u64, u64, u64, u64) {
    let n = |k: &str| v[k].as_u64().unwrap_or(u64::MAX);
    (v["doc_id"].as_str().unwrap_or("").to_string(), v["event"].as_str().unwrap_or("").to_string(), v["trigger"]["start"].as_u64().unwrap_or(0), n("num_mentions"), n("num_articles"), n("number"))
}

fn key_of_merged(e: &marsad_archive::MergedEvent) -> (String, String, u64, u64, u64, u64) {
    (e.doc_id.clone(), e.row.kind.clone(), e.row.trigger.start as u64, e.num_mentions.into(), e.num_articles.into(), e.number as u64)
}

/// Events, timeline and actor pages are the store's: they survive a restart on the same data
/// directory and equal what `marsad events` (the `marsad_archive` query) returns there.
#[tokio::test]
async fn facts_come_from_the_store_and_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let resources = Arc::new(marsad_engine::Resources::embedded().expect("embedded resources"));
    {
        let archive = Archive::open(dir.path(), resources.clone(), 2).expect("open data dir");
        let app = marsad_server::router(Arc::new(AppState::new(archive, with_token())));
        // The third document repeats the first (another id, source and day): one cluster.
        let batch = json!([
            {"id": "a1", "text": DOC_A, "title": "ظريف في موسكو", "source": "test", "published": "2020-09-24"},
            {"id": "b1", "text": DOC_B, "title": "تظاهرات طهران", "source": "test", "published": "2020-09-25"},
        ]);
        let (s, v) = post_json(&app, "/api/documents", batch.to_string().as_bytes(), Some(TOKEN)).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let (s, v) = post_json(&app, "/api/documents", json!({"id": "a2", "text": DOC_A, "source": "other", "published": "2020-09-26"}).to_string().as_bytes(), Some(TOKEN)).await;
        assert_eq!((s, v["results"][0]["status"].as_str()), (StatusCode::OK, Some("exact_duplicate")), "{v}");
    }
    // Restart: a new server on the same directory.
    let archive = Archive::open(dir.path(), resources.clone(), 2).expect("reopen data dir");
    let app = marsad_server::router(Arc::new(AppState::new(archive, with_token())));
    let lib = marsad_archive::Archive::open_existing(dir.path(), resources.clone()).expect("the library on the same store");

    let all = lib.events(&marsad_archive::EventFilter::default()).unwrap();
    assert!(all.len() >= 2, "{all:?}");
    assert!(all.iter().any(|e| e.doc_id == "a1" && e.num_articles == 2 && e.num_sources == 2), "the duplicate is counted: {all:?}");
    let zarif = lib.document("a1").unwrap().unwrap().analysis.quotes.iter().find_map(|q| q.speaker_actor.clone()).expect("a resolved speaker");
    let base = marsad_archive::EventFilter::default();
    let cases: Vec<(String, marsad_archive::EventFilter)> = vec![
        (String::new(), base.clone()),
        (format!("type={}", all[0].row.kind.to_lowercase()), base.clone().with_types(&[all[0].row.kind.clone()]).unwrap()),
        (format!("actor={}", enc("ظريف")), marsad_archive::EventFilter { actor: Some("ظريف".into()), ..base.clone() }),
        ("from=2020-09-25".into(), base.clone().with_dates("2020-09-25..").unwrap()),
        ("to=2020-09".into(), base.clone().with_dates("..2020-09").unwrap()),
        (format!("participant={}", enc(&zarif)), marsad_archive::EventFilter { participant: Some(zarif.clone()), ..base.clone() }),
        ("doc=b1&negated=true".into(), marsad_archive::EventFilter { doc: Some("b1".into()), keep_negated: true, ..base.clone() }),
        ("actor=irn".into(), marsad_archive::EventFilter { actor: Some("irn".into()), ..base.clone() }),
        (format!("recipient={}", enc("لافروف")), marsad_archive::EventFilter { recipient: Some("لافروف".into()), ..base.clone() }),
        (format!("place={}&type=consult", enc("موسكو")), marsad_archive::EventFilter { place: Some("موسكو".into()), ..base.clone() }.with_types(&["CONSULT".into()]).unwrap()),
        ("place=ir&negated=true".into(), marsad_archive::EventFilter { place: Some("ir".into()), keep_negated: true, ..base.clone() }),
    ];
    for (q, filter) in &cases {
        let want = lib.events(filter).unwrap();
        let (s, got) = get_json(&app, &format!("/api/events?order=asc&limit=1000&{q}")).await;
        assert_eq!(s, StatusCode::OK, "{q}: {got}");
        assert_eq!(got["total"].as_u64(), Some(want.len() as u64), "{q}");
        assert_eq!(got["events"].as_array().unwrap().iter().map(key_of).collect::<Vec<_>>(), want.iter().map(key_of_merged).collect::<Vec<_>>(), "{q}");
        // Newest first, a page of one after the first.
        let (_, page) = get_json(&app, &format!("/api/events?limit=1&offset=1&{q}")).await;
        let firsts: Vec<_> = want.iter().rev().skip(1).take(1).map(|e| (e.doc_id.clone(), e.row.trigger.start as u64)).collect();
        assert_eq!(page["events"].as_array().unwrap().iter().map(|v| (v["doc_id"].as_str().unwrap().to_string(), v["trigger"]["start"].as_u64().unwrap())).collect::<Vec<_>>(), firsts, "{q}");
        // The timeline is `marsad events --by type --per day` without the undated row.
        let (s, t) = get_json(&app, &format!("/api/stats/timeline?{q}")).await;
        assert_eq!(s, StatusCode::OK, "{q}: {t}");
        let mut days: Vec<(String, String, u64)> = Vec::new();
        for d in t["days"].as_array().unwrap() {
            for (k, n) in d["counts"].as_object().unwrap() {
                days.push((d["date"].as_str().unwrap().to_string(), k.clone(), n.as_u64().unwrap()));
            }
        }
        let mut agg: Vec<(String, String, u64)> = marsad_archive::aggregate(&want, marsad_archive::GroupBy::Type, marsad_archive::Period::Day).into_iter().filter(|a| a.period != "undated").map(|a| (a.period, a.key, a.events)).collect();
        agg.sort();
        days.sort();
        assert_eq!(days, agg, "{q}");
    }

    // The actor page: names and the quote from the stored actor rows, events by participant id.
    let (s, a) = get_json(&app, &format!("/api/actors/{}", enc(&zarif))).await;
    assert_eq!(s, StatusCode::OK, "{a}");
    let page = marsad_archive::actor_page(lib.store(), &zarif, 100).unwrap().unwrap();
    assert_eq!(a["names_ar"].as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap().to_string()).collect::<Vec<_>>(), page.names.iter().map(|n| n.0.clone()).collect::<Vec<_>>());
    assert!(a["names_ar"].as_array().unwrap().iter().any(|n| n["text"].as_str().unwrap().contains("ظريف")), "{a}");
    assert!(a["quotes"].as_array().unwrap().iter().any(|q| q["doc_id"] == "a1"), "{a}");
    let mut his = lib.events(&marsad_archive::EventFilter { participant: Some(zarif.clone()), ..base }).unwrap();
    his.reverse();
    assert_eq!(a["events_total"].as_u64(), Some(his.len() as u64));
    assert_eq!(a["events"].as_array().unwrap().iter().map(|v| (v["doc_id"].as_str().unwrap().to_string(), v["trigger"]["start"].as_u64().unwrap())).collect::<Vec<_>>(), his.iter().map(|e| (e.doc_id.clone(), e.row.trigger.start as u64)).collect::<Vec<_>>());
}

#[tokio::test]
async fn exports() {
    let f = fixture(with_token());
    ingest_fixture(&f).await;
    let (s, b, ctype) = call(&f.app, Method::GET, "/api/export/events?format=csv", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/csv"));
    let csv = String::from_utf8(b).unwrap();
    let (_, e) = get_json(&f.app, "/api/events?limit=1000").await;
    assert!(csv.starts_with("doc_id,published,event,"), "{csv}");
    assert_eq!(csv.lines().count() as u64, 1 + e["total"].as_u64().unwrap(), "{csv}");

    let (s, b, ctype) = call(&f.app, Method::GET, "/api/export/entities", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ctype, "application/x-ndjson");
    let rows: Vec<Value> = String::from_utf8(b).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.iter().any(|r| r["doc_id"] == "a1" && r["text"].as_str().unwrap().contains("ظريف")));
    for r in &rows {
        let text = if r["doc_id"] == "a1" { DOC_A } else { DOC_B };
        assert_eq!(&text[r["start"].as_u64().unwrap() as usize..r["end"].as_u64().unwrap() as usize], r["text"].as_str().unwrap());
    }
    let (s, b, _) = call(&f.app, Method::GET, "/api/export/quotes?format=csv", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(String::from_utf8(b).unwrap().lines().nth(1).unwrap().starts_with("a1,2020-09-24,test,"));

    // Session 33, qstore: the citation-form speaker name, stored and exported (JSON lines and
    // CSV), null/empty where it is the text as written. wa-yaqūlu anṣāruhu … "His supporters
    // say …" → أنصار محمود عباس.
    let abbas = "وصل محمود عباس إلى القاهرة. ويقول أنصاره إن الزيارة ناجحة.";
    let batch = json!([{"id": "c1", "text": abbas, "source": "test", "published": "2021-05-01"}]);
    let (s, v) = post_json(&f.app, "/api/documents", batch.to_string().as_bytes(), Some(TOKEN)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, b, _) = call(&f.app, Method::GET, "/api/export/quotes", None, None).await;
    assert_eq!(s, StatusCode::OK);
    let rows: Vec<Value> = String::from_utf8(b).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.iter().all(|r| r.as_object().unwrap().contains_key("speaker_name")), "{rows:?}");
    let named: Vec<(&str, &str)> = rows.iter().filter_map(|r| Some((r["doc_id"].as_str()?, r["speaker_name"].as_str()?))).collect();
    assert_eq!(named, [("c1", "أنصار محمود عباس")], "{rows:?}");
    let (s, b, _) = call(&f.app, Method::GET, "/api/export/quotes?format=csv", None, None).await;
    assert_eq!(s, StatusCode::OK);
    let csv = String::from_utf8(b).unwrap();
    assert!(csv.starts_with("doc_id,published,source,speaker,speaker_head,speaker_name,speaker_source,verb,"), "{csv}");
    let row = csv.lines().find(|l| l.starts_with("c1,")).expect("the c1 quote");
    assert_eq!(row.split(',').nth(5), Some("أنصار محمود عباس"), "{row}");
    assert!(csv.lines().filter(|l| l.starts_with("a1,")).all(|l| l.split(',').nth(5) == Some("")), "{csv}");

    let (s, v) = get_json(&f.app, "/api/export/passwords").await;
    assert_error(s, &v, 404, "not_found");
    let (s, v) = get_json(&f.app, "/api/export/..%2F..%2Fetc%2Fpasswd").await;
    assert_error(s, &v, 404, "not_found");
    let (s, v) = get_json(&f.app, "/api/export/events?format=xml").await;
    assert_error(s, &v, 400, "bad_request");
}

#[tokio::test]
async fn app_assets_openapi_and_unknown_routes() {
    let f = fixture(ServerConfig::test());
    let (s, b, ctype) = call(&f.app, Method::GET, "/", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/html"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("dir=\"rtl\"") && html.contains("/app.js"));
    assert!(!html.contains("http://") && !html.contains("https://"), "no external assets");
    for (path, ct) in [("/app.js", "text/javascript"), ("/app.css", "text/css")] {
        let (s, b, ctype) = call(&f.app, Method::GET, path, None, None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(ctype.starts_with(ct));
        let body = String::from_utf8(b).unwrap();
        assert!(!body.contains("https://") && !body.contains("//cdn"), "{path} loads nothing from elsewhere");
    }
    let (s, spec) = get_json(&f.app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(spec["openapi"], "3.0.3");
    let paths: Vec<&str> = spec["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = ["/api/analyze", "/api/documents", "/api/documents/{id}", "/api/search", "/api/events", "/api/actors/{id}", "/api/stats/timeline", "/api/export/{kind}"];
    want.sort_unstable();
    let mut got = paths.clone();
    got.sort_unstable();
    assert_eq!(got, want);
    // Every error code the server can produce is in the spec's enum.
    let codes = &spec["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"];
    for c in ["bad_request", "invalid_json", "payload_too_large", "not_found", "method_not_allowed", "unauthorized", "bad_query", "timeout", "busy", "internal"] {
        assert!(codes.as_array().unwrap().iter().any(|x| x == c), "{c}");
    }

    let (s, v) = get_json(&f.app, "/etc/passwd").await;
    assert_error(s, &v, 404, "not_found");
    let (s, v) = get_json(&f.app, "/api/nothing").await;
    assert_error(s, &v, 404, "not_found");
    let (s, b, _) = call(&f.app, Method::DELETE, "/api/documents/a1", None, None).await;
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_error(s, &v, 405, "method_not_allowed");
}

#[tokio::test]
async fn timeouts_are_json_errors() {
    // Deterministic, not a race: analysing ~2 MB of text takes far longer than 20 ms on any
    // machine (the text core alone runs at ~10 MB/s), so the timeout always fires first.
    let big = DOC_A.repeat((2 << 20) / DOC_A.len());
    let f = fixture(ServerConfig { timeout: std::time::Duration::from_millis(20), max_body_bytes: 4 << 20, ..ServerConfig::test() });
    let body = json!({"text": big}).to_string();
    let (s, v) = post_json(&f.app, "/api/analyze", body.as_bytes(), None).await;
    assert_error(s, &v, 503, "timeout");
}
