//! The archive as a library (what the server calls): ingest a batch, search, fetch a document
//! with its rows, list merged events, re-ingest, reopen.

use std::sync::Arc;

use marsad_archive::export::{Cell, Column, Kind, Table};
use marsad_archive::{actor_page, aggregate, event_stats, events_page, Admit, Archive, EventFilter, Freshness, GroupBy, MergedEvent, PageRequest, Period, RawDocument, SearchOptions};
use marsad_engine::Resources;
use marsad_store::Outcome;

// "Russia imposed new sanctions on Turkey after the plane was downed; the Kremlin said the
// measures would cover trade and tourism." (faraḍat rūsiyā ʿuqūbāt jadīda ʿalā turkiyā …)
const RUSSIA: &str = "فرضت روسيا عقوبات جديدة على تركيا بعد إسقاط الطائرة، وقال الكرملين إن الإجراءات ستشمل قطاعات التجارة والسياحة.";
// "The minister met his counterpart in Amman." — no sanctions.
const AMMAN: &str = "التقى وزير الخارجية الأردني نظيره المصري في عمان لبحث التعاون الاقتصادي بين البلدين.";

fn doc(id: &str, source: &str, published: &str, text: &str) -> RawDocument {
    RawDocument { origin: format!("test:{id}"), id: Some(id.into()), source: Some(source.into()), published: Some(published.into()), text: text.into(), ..RawDocument::default() }
}

#[test]
fn ingest_search_document_events() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let mut archive = Archive::open(tmp.path(), resources.clone()).unwrap();
    let report = archive
        .ingest(vec![doc("r1", "rt", "2015-11-28", RUSSIA), doc("x1", "tass", "28/11/2015", RUSSIA), doc("a1", "petra", "not a date", AMMAN), RawDocument { origin: "test:empty".into(), text: "  ".into(), ..RawDocument::default() }])
        .unwrap();
    assert_eq!((report.totals.added, report.totals.exact_duplicates, report.invalid.len()), (2, 1, 1), "{report:?}");
    assert_eq!(report.unparsed_dates, [("test:a1".to_string(), "not a date".to_string())]);
    assert!(matches!(report.totals.outcomes[1], Outcome::ExactDuplicate { .. }));

    let page = archive.search("عقوبات", &SearchOptions::interactive()).unwrap();
    assert_eq!(page.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["r1"]);
    assert_eq!(page.hits[0].cluster_size, 2);
    let hl = &page.hits[0].snippet.highlights[0];
    assert_eq!(&RUSSIA[hl.start..hl.end], "عقوبات");
    let types = page.facets.iter().find(|f| f.name == "event_types").unwrap();
    assert!(types.buckets.iter().any(|(k, n)| k == "SANCTION" && *n == 1), "{types:?}");
    assert!(matches!(archive.search("type:?", &SearchOptions::interactive()), Err(marsad_archive::ArchiveError::Query(_))));

    // The exact duplicate shows the rows of its analyzed copy.
    let view = archive.document("x1").unwrap().unwrap();
    assert_eq!(view.cluster.iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(), ["r1", "x1"]);
    let sanction = view.analysis.events.iter().find(|e| e.kind == "SANCTION").expect("a SANCTION event");
    assert_eq!(&RUSSIA[sanction.trigger.start..sanction.trigger.end], sanction.trigger.text);
    assert!(archive.document("nope").unwrap().is_none());

    let events = archive.events(&EventFilter::default().with_types(&["sanction".into()]).unwrap()).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!((events[0].doc_id.as_str(), events[0].num_articles, events[0].num_sources), ("r1", 2, 2));

    // Again: nothing new; a known id is known at admission.
    let again = archive.ingest(vec![doc("r1", "rt", "2015-11-28", RUSSIA)]).unwrap();
    assert_eq!((again.totals.added, again.totals.unchanged), (0, 1));
    assert!(matches!(archive.admit(doc("a1", "petra", "", AMMAN)).unwrap(), Admit::Known { .. }));
    let counts = archive.counts().unwrap();
    drop(archive);
    let archive = Archive::open_existing(tmp.path(), resources.clone()).unwrap();
    assert_eq!(archive.counts().unwrap(), counts);
    assert_eq!(archive.refresh_index().unwrap(), Freshness::Fresh);
    assert!(matches!(Archive::open_existing(&tmp.path().join("missing"), resources), Err(marsad_archive::ArchiveError::NoData(_))));
}

// "Zarif said in Moscow that the talks with Lavrov were constructive, and Iran accused
// Washington of violating the agreement." (qāla ẓarīf fī mūskū …, wa-ittahamat īrān wāshinṭun …)
const ZARIF: &str = "وقال وزير الخارجية الايراني محمد جواد ظريف في موسكو ان المحادثات مع لافروف كانت بناءة، واتهمت ايران واشنطن بانتهاك الاتفاق.";
// "Russia imposed sanctions on Ukraine; Moscow accused Kyiv of shelling." (faraḍat rūsiyā …)
const UKRAINE: &str = "فرضت روسيا عقوبات على اوكرانيا، واتهمت موسكو كييف بقصف المدن الحدودية.";

// "Turkey did not impose sanctions on Russia." (lam tafriḍ turkiyā ʿuqūbāt ʿalā rūsiyā) — negated.
const TURKEY: &str = "لم تفرض تركيا عقوبات على روسيا رغم الضغوط الأمريكية.";
// "Russian forces shelled positions in Idlib in northern Syria, and Damascus accused Ankara of
// supporting the armed groups." (qaṣafat al-quwwāt ar-rūsiyya mawāqiʿ fī idlib …)
const IDLIB: &str = "قصفت القوات الروسية مواقع في ادلب شمال سوريا، واتهمت دمشق انقرة بدعم الجماعات المسلحة.";
// "Saudi Arabia accused Iran of supporting the Houthis in Yemen." (ittahamat as-saʿūdiyya īrān …)
const SAUDI: &str = "اتهمت السعودية ايران بدعم الحوثيين في اليمن، وقالت الرياض إن طهران تهدد أمن المنطقة.";

fn corpus() -> Vec<RawDocument> {
    vec![
        doc("r1", "rt", "2015-11-28", RUSSIA),
        doc("x1", "tass", "2015-11-29", RUSSIA),
        doc("z1", "irna", "2020-09-24", ZARIF),
        doc("u1", "bbc", "2022-03-01", UKRAINE),
        doc("a1", "petra", "2019-01-01", AMMAN),
        doc("t1", "aa", "2016-01-05", TURKEY),
        doc("i1", "sana", "2019-06-10", IDLIB),
        doc("s1", "spa", "2018-03-10", SAUDI),
    ]
}

/// Filters of every form (code prefix, actor id, name substring, place by name, English name,
/// GeoNames id and country code, recipients, combinations, negated events), built from what the
/// store holds.
fn filter_table(all: &[MergedEvent]) -> Vec<EventFilter> {
    let f = EventFilter::default;
    let parts = || all.iter().flat_map(|e| e.row.actors.iter().chain(&e.row.recipients));
    let id = parts().find_map(|p| p.id.clone()).expect("a participant with an actor id");
    let places: Vec<&marsad_store::PlaceRow> = all.iter().filter_map(|e| e.row.place.as_ref()).collect();
    assert!(!places.is_empty(), "the corpus has events with places");
    let place = places.iter().find(|p| p.geonames_id.is_some()).expect("a place with a GeoNames id");
    let g = place.geonames_id.unwrap();
    let mut v = vec![f(), EventFilter { keep_negated: true, ..f() }];
    for q in ["IRN", "irn", "IR", "RUS", "RUSMIL", "RUSGOV", "SYR", "TUR", "USA", "ZZZ", "", "ظريف", "محمد جواد", "روسيا", "الروسية", "x-y", "42"] {
        v.push(EventFilter { actor: Some(q.into()), ..f() });
        v.push(EventFilter { recipient: Some(q.into()), keep_negated: true, ..f() });
        v.push(EventFilter { place: Some(q.into()), ..f() });
    }
    v.push(EventFilter { actor: Some(id.clone()), ..f() });
    v.push(EventFilter { recipient: Some(id.clone()), ..f() });
    v.push(EventFilter { participant: Some(id.clone()), actor: Some("IRN".into()), ..f() });
    for p in &places {
        v.push(EventFilter { place: Some(p.text.clone()), ..f() });
        v.push(EventFilter { place: Some(p.country_code.to_lowercase()), ..f() });
        if let Some(n) = &p.name_en {
            v.push(EventFilter { place: Some(n.to_uppercase()), keep_negated: true, ..f() });
        }
    }
    v.push(EventFilter { place: Some(g.to_string()), ..f() });
    v.push(EventFilter { place: Some(format!("0{g}")), ..f() });
    v.push(EventFilter { place: Some(format!("+{g}")), ..f() });
    v.push(EventFilter { actor: Some("RUS".into()), place: Some(place.country_code.clone()), ..f() }.with_types(&["assault".into(), "sanction".into()]).unwrap());
    v.push(EventFilter { actor: Some("RUS".into()), recipient: Some("UKR".into()), ..f() }.with_dates("2022..").unwrap());
    v.push(EventFilter { actor: Some("روسيا".into()), keep_negated: true, ..f() }.with_dates("2015..2016-01").unwrap());
    v.push(EventFilter { recipient: Some("RUS".into()), keep_negated: true, ..f() }.with_types(&["sanction".into()]).unwrap());
    v.push(EventFilter { actor: Some("SAU".into()), recipient: Some("IRN".into()), doc: Some("s1".into()), ..f() });
    v
}

/// The store's merged-event table, its pages, counts and actor pages agree with merging the
/// event rows in memory and filtering the whole list.
#[test]
fn merged_events_pages_stats_and_actor_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let mut archive = Archive::open(tmp.path(), resources.clone()).unwrap();
    // Two batches: the exact duplicate joins the first document's cluster later.
    let mut docs = corpus();
    let x1 = docs.remove(1);
    archive.ingest(docs).unwrap();
    archive.ingest(vec![x1]).unwrap();

    let all = archive.events(&EventFilter::default()).unwrap();
    assert!(all.len() >= 4, "{all:?}");
    let stored: Vec<(usize, u32, u32)> = all.iter().map(|e| (e.number, e.num_mentions, e.num_articles)).collect();
    let recomputed = archive.events_recomputed().unwrap();
    let store = archive.store();
    let mut keep = Vec::new();
    store.merged_events(&marsad_store::MergedQuery::default(), 0, &mut |m| {
        keep.push(m.event.id);
        true
    })
    .unwrap();
    // Negated events are left out of `events` (and of the query above); compare the same set.
    let recomputed: Vec<_> = recomputed.into_iter().filter(|m| keep.contains(&m.event)).collect();
    assert_eq!(recomputed.iter().map(|m| (m.num_mentions, m.num_articles)).collect::<Vec<_>>(), stored.iter().map(|s| (s.1, s.2)).collect::<Vec<_>>());
    let sanction = all.iter().find(|e| e.row.kind == "SANCTION" && e.doc_id == "r1").expect("the RT sanction");
    assert_eq!((sanction.num_articles, sanction.num_sources), (2, 2));

    // Pages in both orders are slices of the whole list; counts are those of the list.
    for filter in [
        EventFilter::default(),
        EventFilter::default().with_types(&["accuse".into()]).unwrap(),
        EventFilter { actor: Some("ظريف".into()), ..EventFilter::default() },
        EventFilter { actor: Some("RUS".into()), ..EventFilter::default() },
        EventFilter::default().with_dates("2020..2022-03").unwrap(),
        EventFilter { doc: Some("u1".into()), ..EventFilter::default() },
        EventFilter { recipient: Some("IRN".into()), keep_negated: true, ..EventFilter::default() },
        EventFilter { place: Some("SY".into()), ..EventFilter::default() },
        EventFilter { actor: Some("RUS".into()), ..EventFilter::default() }.with_types(&["sanction".into()]).unwrap().with_dates("2015..2020").unwrap(),
    ] {
        let whole = archive.events(&filter).unwrap();
        for (desc, offset, limit) in [(false, 0, 2), (false, 1, 100), (true, 0, 3), (true, 2, 1)] {
            let page = events_page(store, &filter, &PageRequest { offset, limit, descending: desc, facets: 10 }).unwrap();
            let mut want: Vec<&MergedEvent> = whole.iter().collect();
            if desc {
                want.reverse();
            }
            let want: Vec<(String, usize)> = want.iter().skip(offset as usize).take(limit).map(|e| (e.doc_id.clone(), e.row.trigger.start)).collect();
            assert_eq!(page.events.iter().map(|e| (e.doc_id.clone(), e.row.trigger.start)).collect::<Vec<_>>(), want, "{filter:?} {desc} {offset}");
            assert_eq!(page.stats.total, whole.len() as u64, "{filter:?}");
        }
        let stats = event_stats(store, &filter, 100).unwrap();
        let mut days: Vec<(String, String, u64)> = aggregate(&whole, GroupBy::Type, Period::Day).into_iter().filter(|a| a.period != "undated").map(|a| (a.period, a.key, a.events)).collect();
        days.sort();
        assert_eq!(stats.days, days, "{filter:?}");
        assert_eq!(stats.types.iter().map(|t| t.1).sum::<u64>(), whole.len() as u64);
        let ids: u64 = whole.iter().flat_map(|e| e.row.actors.iter().chain(&e.row.recipients)).filter(|p| p.id.is_some()).count() as u64;
        assert_eq!(stats.actors.iter().map(|a| a.1).sum::<u64>(), ids, "{filter:?}");
    }

    // The actor page of Zarif: name mentions, the quote he speaks, his events.
    let view = archive.document("z1").unwrap().unwrap();
    let zarif = view.analysis.quotes.iter().find_map(|q| q.speaker_actor.clone()).expect("the quote's speaker resolved");
    assert!(view.analysis.actors.iter().any(|a| a.id == zarif));
    let page = actor_page(store, &zarif, 10).unwrap().expect("an actor page");
    assert!(page.names.iter().any(|(n, _)| n.contains("ظريف")), "{page:?}");
    assert!(page.quotes.iter().all(|q| q.row.speaker_actor.as_deref() == Some(zarif.as_str())) && !page.quotes.is_empty());
    assert_eq!(page.documents[0].doc_id, "z1");
    let mut his = archive.events(&EventFilter { participant: Some(zarif.clone()), ..EventFilter::default() }).unwrap();
    his.reverse();
    assert_eq!(page.events.iter().map(|e| &e.row).collect::<Vec<_>>(), his.iter().map(|e| &e.row).collect::<Vec<_>>());
    assert!(actor_page(store, "name:nobody", 10).unwrap().is_none());
}

/// A version-2 store (no merged events, no actor rows, no speaker ids) opens as version 5 with
/// its events merged again and its old rows readable; an unknown version is refused by name.
#[test]
fn migrates_a_version_2_store() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let before = {
        let mut archive = Archive::open(tmp.path(), resources.clone()).unwrap();
        archive.ingest(corpus()).unwrap();
        (archive.events(&EventFilter::default()).unwrap(), archive.document("z1").unwrap().unwrap())
    };
    let db = tmp.path().join("marsad.sqlite");
    {
        // Back to the version-2 layout.
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(V5_TO_V4).unwrap();
        c.execute_batch(V4_TO_V3).unwrap();
        c.execute_batch(
            "DROP TABLE merged_events; DROP TABLE actor_mentions; DROP INDEX quotes_speaker_actor; DROP INDEX event_participants_actor;
             ALTER TABLE quotes DROP COLUMN speaker_actor; DELETE FROM meta WHERE key IN ('merged_upto', 'actors_from');
             UPDATE meta SET value = '2' WHERE key = 'schema_version';",
        )
        .unwrap();
    }
    let archive = Archive::open_existing(tmp.path(), resources.clone()).unwrap();
    let after = archive.events(&EventFilter::default()).unwrap();
    assert_eq!(after, before.0);
    let view = archive.document("z1").unwrap().unwrap();
    assert_eq!(view.analysis.events, before.1.analysis.events);
    assert_eq!(view.analysis.quotes.len(), before.1.analysis.quotes.len());
    assert!(view.analysis.quotes.iter().all(|q| q.speaker_actor.is_none()), "old quotes have no speaker id");
    assert!(view.analysis.actors.is_empty());
    drop(archive);
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(c.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).unwrap(), "5");
        c.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'", []).unwrap();
    }
    let err = Archive::open_existing(tmp.path(), resources).err().expect("version 9 is refused");
    let msg = format!("{err}: {}", std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_default());
    assert!(msg.contains("marsad.sqlite") && msg.contains("version 9"), "{msg}");
}

/// The store's SQL answer to every filter of [`filter_table`] is the reference predicate
/// (`EventFilter::matches`) applied to all merged events, in the same order.
#[test]
fn sql_filters_equal_the_reference_predicate() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let mut archive = Archive::open(tmp.path(), resources).unwrap();
    archive.ingest(corpus()).unwrap();
    let all = archive.events(&EventFilter { keep_negated: true, ..EventFilter::default() }).unwrap();
    assert!(all.iter().any(|e| e.row.negated), "the corpus has a negated event: {all:#?}");
    assert!(all.iter().any(|e| !e.row.recipients.is_empty()), "the corpus has recipients");
    let mut empty = Vec::new();
    for filter in filter_table(&all) {
        let want: Vec<(&str, &marsad_store::EventRow)> = all.iter().filter(|e| filter.matches(e)).map(|e| (e.doc_id.as_str(), &e.row)).collect();
        let got = archive.events(&filter).unwrap();
        assert_eq!(got.iter().map(|e| (e.doc_id.as_str(), &e.row)).collect::<Vec<_>>(), want, "{filter:?}");
        assert!(got.iter().enumerate().all(|(i, e)| e.number == i + 1), "{filter:?}");
        let stats = event_stats(archive.store(), &filter, 100).unwrap();
        assert_eq!(stats.total, want.len() as u64, "{filter:?}");
        if want.is_empty() {
            empty.push(filter);
        }
    }
    // Each form selects something (the table is not a list of empty answers).
    let g = all.iter().find_map(|e| e.row.place.as_ref().and_then(|p| p.geonames_id)).unwrap();
    for f in [
        EventFilter { actor: Some("irn".into()), ..EventFilter::default() },
        EventFilter { actor: Some("ظريف".into()), ..EventFilter::default() },
        EventFilter { recipient: Some("USA".into()), keep_negated: true, ..EventFilter::default() },
        EventFilter { place: Some(g.to_string()), ..EventFilter::default() },
        EventFilter { recipient: Some("RUS".into()), keep_negated: true, ..EventFilter::default() }.with_types(&["sanction".into()]).unwrap(),
    ] {
        assert!(!empty.contains(&f), "{f:?} selects nothing");
    }
    assert!(empty.len() * 2 <= filter_table(&all).len(), "{} of {} filters select nothing: {empty:?}", empty.len(), filter_table(&all).len());
}

/// The SQL answers the same filters after a version-3 store is migrated to version 4 (the new
/// columns are derived from the stored rows) and on to 5, old data stays readable.
#[test]
fn migrates_a_version_3_store() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let (before, answers) = {
        let mut archive = Archive::open(tmp.path(), resources.clone()).unwrap();
        archive.ingest(corpus()).unwrap();
        let all = archive.events(&EventFilter { keep_negated: true, ..EventFilter::default() }).unwrap();
        let answers: Vec<Vec<MergedEvent>> = filter_table(&all).iter().map(|f| archive.events(f).unwrap()).collect();
        (all, answers)
    };
    let db = tmp.path().join("marsad.sqlite");
    {
        // Back to the version-3 layout.
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(V5_TO_V4).unwrap();
        c.execute_batch(V4_TO_V3).unwrap();
        c.execute_batch("UPDATE meta SET value = '3' WHERE key = 'schema_version';").unwrap();
    }
    let archive = Archive::open_existing(tmp.path(), resources).unwrap();
    let all = archive.events(&EventFilter { keep_negated: true, ..EventFilter::default() }).unwrap();
    assert_eq!(all, before);
    for (f, want) in filter_table(&all).iter().zip(&answers) {
        assert_eq!(&archive.events(f).unwrap(), want, "{f:?}");
    }
    drop(archive);
    let c = rusqlite::Connection::open(&db).unwrap();
    assert_eq!(c.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).unwrap(), "5");
}

// Session 33, qstore. "Mahmoud Abbas arrived in Cairo. His supporters say the visit is a
// success." (waṣala maḥmūd ʿabbās ilā l-qāhira. wa-yaqūlu anṣāruhu inna z-ziyāra nājiḥa): the
// speaker أنصاره is named in citation form أنصار محمود عباس (marsad-engine tests/speaker_name.rs).
const ABBAS: &str = "وصل محمود عباس إلى القاهرة. ويقول أنصاره إن الزيارة ناجحة.";
// The same in Amman, a second text (a copy of the first would be an exact duplicate, not analyzed).
const ABBAS_AMMAN: &str = "وصل محمود عباس إلى عمان. ويقول أنصاره إن الزيارة ناجحة.";

/// The citation-form speaker name of the quote by أنصاره in a stored document.
fn supporters_name(archive: &Archive, id: &str) -> Option<String> {
    let view = archive.document(id).unwrap().unwrap();
    let q = view.analysis.quotes.iter().find(|q| q.speaker_head.as_ref().or(q.speaker.as_ref()).is_some_and(|s| s.text.contains("أنصاره"))).unwrap_or_else(|| panic!("{id}: a quote by his supporters: {:#?}", view.analysis.quotes));
    q.speaker_name.clone()
}

/// The quote export's `speaker_name` cells by document id (non-null ones).
fn exported_names(archive: &Archive) -> Vec<(String, String)> {
    let cols = Table::Quotes.columns();
    let at = |name: &str| cols.iter().position(|c| c.0 == name).unwrap_or_else(|| panic!("no column {name}"));
    let (doc, name, head) = (at("doc_id"), at("speaker_name"), at("speaker_head"));
    assert_eq!(name, head + 1, "speaker_name follows speaker_head (as in the analyze contract)");
    assert_eq!(cols[name], Column("speaker_name", Kind::Str, true));
    let mut out = Vec::new();
    archive
        .export_rows(Table::Quotes, &mut |cells| {
            assert_eq!(cells.len(), cols.len());
            if let Cell::Str(Some(n)) = &cells[name] {
                out.push((cells[doc].text(), n.clone()));
            }
        })
        .unwrap();
    out
}

/// A new store is version 5 and stores the speaker name; a version-4 store (the v4 layout: no
/// `quotes.speaker_name`) opens as version 5 with its old quotes read back with no name and
/// otherwise unchanged, and quotes ingested after the migration round-trip the name (document
/// rows and the quote export).
#[test]
fn migrates_a_version_4_store_and_stores_speaker_names() {
    let tmp = tempfile::tempdir().unwrap();
    let resources = Arc::new(Resources::embedded().unwrap());
    let db = tmp.path().join("marsad.sqlite");
    let before = {
        let mut archive = Archive::open(tmp.path(), resources.clone()).unwrap();
        let mut docs = corpus();
        docs.push(doc("ab1", "wafa", "2021-05-01", ABBAS));
        archive.ingest(docs).unwrap();
        // Version 5 round trip: stored, read back, exported.
        assert_eq!(supporters_name(&archive, "ab1").as_deref(), Some("أنصار محمود عباس"));
        assert_eq!(exported_names(&archive), [("ab1".to_string(), "أنصار محمود عباس".to_string())]);
        ["ab1", "z1", "x1"].map(|id| archive.document(id).unwrap().unwrap().analysis.quotes)
    };
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(c.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).unwrap(), "5");
        // Back to the version-4 layout.
        c.execute_batch(V5_TO_V4).unwrap();
        c.execute_batch("UPDATE meta SET value = '4' WHERE key = 'schema_version';").unwrap();
        let cols: Vec<String> = c.prepare("SELECT name FROM pragma_table_info('quotes')").unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        assert!(!cols.iter().any(|c| c == "speaker_name") && cols.iter().any(|c| c == "speaker_actor"), "{cols:?}");
    }
    let mut archive = Archive::open_existing(tmp.path(), resources).unwrap();
    // Old rows: no name, everything else as stored.
    let after = ["ab1", "z1", "x1"].map(|id| archive.document(id).unwrap().unwrap().analysis.quotes);
    for (b, a) in before.iter().zip(&after) {
        assert!(a.iter().all(|q| q.speaker_name.is_none()), "{a:#?}");
        let unnamed: Vec<marsad_store::QuoteRow> = b.iter().cloned().map(|q| marsad_store::QuoteRow { speaker_name: None, ..q }).collect();
        assert_eq!(a, &unnamed);
    }
    assert!(exported_names(&archive).is_empty());
    // New rows after the migration carry the name.
    archive.ingest(vec![doc("ab2", "wafa", "2021-05-02", ABBAS_AMMAN)]).unwrap();
    assert_eq!(supporters_name(&archive, "ab2").as_deref(), Some("أنصار محمود عباس"));
    assert_eq!(supporters_name(&archive, "ab1"), None);
    assert_eq!(exported_names(&archive), [("ab2".to_string(), "أنصار محمود عباس".to_string())]);
    drop(archive);
    let c = rusqlite::Connection::open(&db).unwrap();
    assert_eq!(c.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).unwrap(), "5");
    let nulls: i64 = c.query_row("SELECT COUNT(*) FROM quotes WHERE speaker_name IS NULL", [], |r| r.get(0)).unwrap();
    let all: i64 = c.query_row("SELECT COUNT(*) FROM quotes", [], |r| r.get(0)).unwrap();
    assert_eq!(all - nulls, 1, "one stored name (ab2)");
}

/// Undo version 5 (its column).
const V5_TO_V4: &str = "ALTER TABLE quotes DROP COLUMN speaker_name;";

/// Undo version 4 (its indexes and columns).
const V4_TO_V3: &str = "DROP INDEX event_participants_code; DROP INDEX event_participants_key; DROP INDEX merged_events_geonames;
    ALTER TABLE event_participants DROP COLUMN code; ALTER TABLE event_participants DROP COLUMN key; ALTER TABLE events DROP COLUMN place_key;
    ALTER TABLE merged_events DROP COLUMN place_key; ALTER TABLE merged_events DROP COLUMN place_name_en;
    ALTER TABLE merged_events DROP COLUMN place_geonames; ALTER TABLE merged_events DROP COLUMN place_country;";
