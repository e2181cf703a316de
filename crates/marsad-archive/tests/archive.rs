//! The archive as a library (what the server calls): ingest a batch, search, fetch a document
//! with its rows, list merged events, re-ingest, reopen.

use std::sync::Arc;

use marsad_archive::{Admit, Archive, EventFilter, Freshness, RawDocument, SearchOptions};
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
