//! The data directory as the server sees it: one writing store connection, a small pool of
//! reading connections, and the search index. Events, actor pages and the timeline are read
//! from the store (`facts.rs`, through `marsad_archive`); nothing is held in memory per
//! document. Every function here is blocking; handlers call it from `spawn_blocking`.
//!
//! Row and index-document conversions are `marsad-archive`'s (the same as `marsad ingest`); the
//! server keeps its own connections because `marsad_archive::Archive` holds a single one.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use marsad_engine::{analyze_document, Analysis, AnalysisConfig, CivilDate, Document, Resources};
use marsad_index::{IndexDoc, SearchIndex};
use marsad_archive::dates::{feed_date, iso_date, parse_published};
use marsad_archive::rows::{add_entities, analysis_rows, event_terms, index_doc};
use marsad_store::{Admission, ContentHash, IngestItem, NewDocument, Outcome, Seq, SqliteStore, Store, StoredDocument};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{error_chain, ApiError, ErrorCode};

/// Index writer memory budget for one API ingest.
const INDEX_HEAP: usize = 50_000_000;

/// The opened data directory.
pub struct Archive {
    writer: Mutex<SqliteStore>,
    readers: Vec<Mutex<SqliteStore>>,
    next_reader: AtomicUsize,
    pub index: SearchIndex,
    pub resources: Arc<Resources>,
}

/// One document to ingest, as the API receives it.
#[derive(Debug, Clone, Deserialize)]
pub struct NewDoc {
    pub id: Option<String>,
    pub text: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// What happened to one ingested document.
#[derive(Debug, Clone, Serialize)]
pub struct IngestOutcome {
    pub id: String,
    /// `added`, `near_duplicate`, `exact_duplicate` or `already_stored`.
    pub status: &'static str,
    pub seq: Seq,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Archive {
    /// Open (creating if needed) the data directory.
    pub fn open(dir: &Path, resources: Arc<Resources>, readers: usize) -> Result<Archive, ApiError> {
        let open = || SqliteStore::open(dir).map_err(|e| ApiError::internal(format!("opening the store in {}: {}", dir.display(), error_chain(&e))));
        // The writer opens first: it migrates an older schema and brings the merged events
        // up to date before any reader looks.
        let mut writer = open()?;
        marsad_archive::sync_merged(&mut writer).map_err(|e| ApiError::internal(format!("merging the events of {}: {}", dir.display(), error_chain(&e))))?;
        let writer = Mutex::new(writer);
        let readers = (0..readers.max(1)).map(|_| open().map(Mutex::new)).collect::<Result<Vec<_>, _>>()?;
        let index_dir = dir.join("index");
        let index = SearchIndex::open(&index_dir, Arc::new(resources.clitics.clone())).map_err(|e| ApiError::internal(format!("opening the index in {}: {}", index_dir.display(), error_chain(&e))))?;
        let archive = Archive { writer, readers, next_reader: AtomicUsize::new(0), index, resources, };
        archive.catch_up()?;
        Ok(archive)
    }

    /// A reading store connection (round robin; waits if all are busy).
    pub fn reader(&self) -> MutexGuard<'_, SqliteStore> {
        let n = self.readers.len();
        let start = self.next_reader.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(g) = self.readers[(start + i) % n].try_lock() {
                return g;
            }
        }
        lock(&self.readers[start % n])
    }

    /// Index every stored document above the index watermark (after a crash or a CLI ingest).
    pub fn catch_up(&self) -> Result<usize, ApiError> {
        let store = lock(&self.writer);
        let mut watermark = self.index.watermark()? as i64;
        let last = store.last_seq()?;
        if watermark >= last {
            return Ok(0);
        }
        let mut writer = self.index.writer(INDEX_HEAP).map_err(busy)?;
        let mut added = 0;
        loop {
            let docs = store.indexable_after(watermark, 1000)?;
            if docs.is_empty() {
                break;
            }
            for d in &docs {
                writer.add(&index_doc(d))?;
                watermark = d.seq;
            }
            added += docs.len();
        }
        writer.commit(last as u64)?;
        writer.finish()?;
        self.index.reload()?;
        Ok(added)
    }

    /// Analyze, store (one transaction: acknowledged when this returns) and index documents.
    pub fn ingest(&self, docs: Vec<NewDoc>) -> Result<Vec<IngestOutcome>, ApiError> {
        for (i, d) in docs.iter().enumerate() {
            if d.text.trim().is_empty() {
                return Err(ApiError::bad_request(format!("document {i}: empty text")));
            }
            if d.id.as_deref() == Some("") {
                return Err(ApiError::bad_request(format!("document {i}: empty id (omit it to derive one from the text)")));
            }
        }
        let mut store = lock(&self.writer);
        let mut warnings = vec![Vec::new(); docs.len()];
        let mut prepared = Vec::with_capacity(docs.len());
        for (i, d) in docs.into_iter().enumerate() {
            let hash = ContentHash::of_text(&d.text);
            let doc_id = d.id.clone().unwrap_or_else(|| format!("sha:{}", hash.to_hex()));
            let published = d.published.as_deref().and_then(feed_date);
            if d.published.is_some() && published.is_none() {
                warnings[i].push(format!("unrecognised publication date {:?}; stored without a date", d.published.as_deref().unwrap_or("")));
            }
            let analyze = matches!(store.admission(&doc_id, &hash)?, Admission::New);
            prepared.push((d, doc_id, hash, published, analyze));
        }
        let resources = &*self.resources;
        let items: Vec<IngestItem> = prepared
            .into_par_iter()
            .map(|(d, doc_id, hash, published, analyze)| IngestItem {
                analysis: analyze.then(|| analysis_rows(&d.text, published, resources)),
                doc: NewDocument { doc_id, content_hash: hash, source: d.source, url: d.url, title: d.title, published: published.map(iso_date), text: d.text, origin: "api".into() },
            })
            .collect();
        let mut writer = self.index.writer(INDEX_HEAP).map_err(busy)?;
        let outcomes = store.commit_batch(&items)?;
        marsad_archive::sync_merged(&mut *store)?;
        let mut out = Vec::with_capacity(items.len());
        for ((item, outcome), warnings) in items.iter().zip(&outcomes).zip(warnings) {
            let (status, seq) = match *outcome {
                Outcome::Added { seq, cluster, near_duplicate } => {
                    let d = &item.doc;
                    let mut doc = IndexDoc { seq: seq as u64, cluster: cluster as u64, title: d.title.as_deref(), text: &d.text, source: d.source.as_deref(), published: d.published.as_deref(), ..IndexDoc::default() };
                    let (types, codes) = item.analysis.as_ref().map(|a| event_terms(&a.events)).unwrap_or_default();
                    if let Some(a) = &item.analysis {
                        add_entities(&mut doc, &a.entities);
                    }
                    doc.event_types.extend(types.iter().map(String::as_str));
                    doc.actors.extend(codes.iter().map(String::as_str));
                    writer.add(&doc)?;
                    (if near_duplicate { "near_duplicate" } else { "added" }, seq)
                }
                Outcome::ExactDuplicate { seq, .. } => ("exact_duplicate", seq),
                Outcome::AlreadyStored { seq } => ("already_stored", seq),
            };
            out.push(IngestOutcome { id: item.doc.doc_id.clone(), status, seq, warnings });
        }
        writer.commit(store.last_seq()? as u64)?;
        writer.finish()?;
        self.index.reload()?;
        Ok(out)
    }

    /// A stored document by its id.
    pub fn document(&self, doc_id: &str) -> Result<Option<StoredDocument>, ApiError> {
        let store = self.reader();
        // A hash no text has: only the id lookup can answer.
        let never = ContentHash([0xff; 16]);
        let seq = match store.admission(doc_id, &never)? {
            Admission::KnownId(seq) => seq,
            _ => return Ok(None),
        };
        Ok(store.documents(&[seq])?.into_iter().find(|d| d.doc_id == doc_id))
    }

    /// The analysis JSON of a stored document (the `marsad analyze` contract) with its metadata
    /// and text.
    pub fn document_json(&self, d: &StoredDocument) -> Result<Value, ApiError> {
        let published = d.published.as_deref().and_then(parse_published);
        let analysis = analyze_document(&Document { text: &d.text, published }, &self.resources, &AnalysisConfig::full());
        let members = self.reader().cluster_members(d.cluster)?;
        let extra: Vec<(&str, Value)> = vec![
            ("title", d.title.clone().into()),
            ("source", d.source.clone().into()),
            ("url", d.url.clone().into()),
            ("published", d.published.clone().into()),
            ("cluster", members.iter().map(|(_, id)| Value::from(id.clone())).collect::<Vec<_>>().into()),
            ("text", d.text.clone().into()),
        ];
        let extra_ref: Vec<(&str, &Value)> = extra.iter().map(|(k, v)| (*k, v)).collect();
        json_of(&d.doc_id, &extra_ref, &d.text, &analysis, &self.resources)
    }

}

fn json_of(id: &str, extra: &[(&str, &Value)], text: &str, analysis: &Analysis<'_>, resources: &Resources) -> Result<Value, ApiError> {
    let bytes = marsad_json::document_json(id, extra, text, analysis, resources).map_err(|e| ApiError::internal(format!("serializing the analysis of {id}: {e}")))?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::internal(format!("re-reading the analysis of {id}: {e}")))
}

/// Lock a mutex, recovering from a poisoned one (a panicking request must not take the server
/// down; the data behind our mutexes stays consistent: stores roll back, caches are rebuilt).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn busy(e: marsad_index::IndexError) -> ApiError {
    ApiError::new(ErrorCode::Busy, format!("the index is being written by another process (a `marsad ingest`?): {}", error_chain(&e)))
}

/// Exactly a valid `YYYY-MM-DD` (API parameters).
pub fn parse_day(s: &str) -> Option<CivilDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    parse_published(s)
}
