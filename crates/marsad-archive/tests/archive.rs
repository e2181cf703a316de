//! The archive as a library (what the server calls): ingest a batch, search, fetch a document
//! with its rows, list merged events, re-ingest, reopen.

use std::sync::Arc;

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

fn corpus() -> Vec<RawDocument> {
    vec![
        doc("r1", "rt", "2015-11-28", RUSSIA),
        doc("x1", "tass", "2015-11-29", RUSSIA),
        doc("z1", "irna", "2020-09-24", ZARIF),
        doc("u1", "bbc", "2022-03-01", UKRAINE),
        doc("a1", "petra", "2019-01-01", AMMAN),
    ]
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

/// A version-2 store (no merged events, no actor rows, no speaker ids) opens as version 3 with
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
        assert_eq!(c.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get::<_, String>(0)).unwrap(), "3");
        c.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'", []).unwrap();
    }
    let err = Archive::open_existing(tmp.path(), resources).err().expect("version 9 is refused");
    let msg = format!("{err}: {}", std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_default());
    assert!(msg.contains("marsad.sqlite") && msg.contains("version 9"), "{msg}");
}
