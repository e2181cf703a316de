//! The full-text index: a tantivy schema fed by the project's Arabic analyzer
//! ([`analyzer`]), fielded filters, facets and highlighted snippets.
//!
//! The index is derived data. Its commit payload records a *watermark*: the highest store
//! sequence number it contains. Whoever owns the system of record re-feeds every document
//! above the watermark after a crash; since a tantivy commit is atomic with its payload, no
//! document is ever indexed twice.
//!
//! This crate knows nothing about SQLite, the engine's analysis types, files or the CLI:
//! it indexes [`IndexDoc`]s (plain strings) and answers with sequence numbers.

pub mod analyzer;
mod facets;
mod query;

use std::path::Path;
use std::sync::Arc;

use marsad_text::CliticLexicon;
pub use marsad_understand::dates::CivilDate;
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::{DateOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING};
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

pub use analyzer::{ArabicAnalyzer, Terms};
pub use query::{QueryTerms, Snippet};

const KEYS: &str = "marsad_keys";
const FOLD: &str = "marsad_fold";
/// v2: event types.
const SCHEMA_TAG: &str = "marsad-index-v2";

/// An index operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    #[error("index error")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("cannot open index directory {path}")]
    Io { path: String, source: std::io::Error },
    #[error("invalid query: {0}")]
    Query(String),
    #[error("the index at {0} was built with another schema; delete it to rebuild from the store")]
    Schema(String),
}

/// One document to index (plain strings; `published` is `YYYY-MM-DD`).
#[derive(Debug, Clone, Default)]
pub struct IndexDoc<'a> {
    pub seq: u64,
    pub cluster: u64,
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub source: Option<&'a str>,
    pub published: Option<&'a str>,
    /// Person names (surface) with their search keys.
    pub persons: Vec<(&'a str, &'a str)>,
    pub places: Vec<(&'a str, &'a str)>,
    pub orgs: Vec<(&'a str, &'a str)>,
    /// Actor codes: ISO 3166-1 alpha-3 countries of places and nationalities, and the CAMEO
    /// codes of event participants (`IRN`, `IRNGOV`).
    pub actors: Vec<&'a str>,
    /// PLOVER types of the document's events (`ACCUSE`).
    pub event_types: Vec<&'a str>,
}

#[derive(Clone, Copy)]
struct Fields {
    seq: Field,
    cluster: Field,
    body: Field,
    body_fold: Field,
    title: Field,
    title_fold: Field,
    source: Field,
    published: Field,
    month: Field,
    person: Field,
    person_key: Field,
    place: Field,
    place_key: Field,
    org: Field,
    actor: Field,
    event_type: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tok: &str| TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer(tok).set_index_option(IndexRecordOption::WithFreqsAndPositions));
    let fields = Fields {
        seq: b.add_u64_field("seq", INDEXED | STORED | FAST),
        cluster: b.add_u64_field("cluster", INDEXED | FAST),
        body: b.add_text_field("body", text(KEYS)),
        body_fold: b.add_text_field("body_fold", text(FOLD)),
        title: b.add_text_field("title", text(KEYS)),
        title_fold: b.add_text_field("title_fold", text(FOLD)),
        source: b.add_text_field("source", STRING | FAST),
        published: b.add_date_field("published", DateOptions::default().set_indexed().set_fast()),
        month: b.add_text_field("month", STRING | FAST),
        person: b.add_text_field("person", text(KEYS)),
        person_key: b.add_text_field("person_key", STRING | FAST),
        place: b.add_text_field("place", text(KEYS)),
        place_key: b.add_text_field("place_key", STRING | FAST),
        org: b.add_text_field("org", text(KEYS)),
        actor: b.add_text_field("actor", STRING | FAST),
        event_type: b.add_text_field("event_type", STRING | FAST),
    };
    (b.build(), fields)
}

/// An opened index.
pub struct SearchIndex {
    index: Index,
    fields: Fields,
    reader: IndexReader,
    keys: ArabicAnalyzer,
    facets: facets::FacetCache,
}

/// Writes documents; commit with the new watermark.
pub struct IndexWriterHandle {
    writer: IndexWriter,
    fields: Fields,
    pending: usize,
}

/// A facet bucket list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    pub name: &'static str,
    pub buckets: Vec<(String, u64)>,
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub seq: u64,
    pub score: f32,
}

/// Search results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Vec<Facet>,
    /// What the query matches, for highlighting.
    pub terms: QueryTerms,
}

/// Facets computed with every search: field name and label.
const FACETS: [(&str, &str); 6] = [("actor", "actors"), ("person_key", "persons"), ("place_key", "places"), ("source", "sources"), ("month", "months"), ("event_type", "event_types")];

impl SearchIndex {
    /// Open or create the index in `dir`.
    pub fn open(dir: &Path, lexicon: Arc<CliticLexicon>) -> Result<Self, IndexError> {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io { path: dir.display().to_string(), source })?;
        let (schema, fields) = schema();
        let tag = dir.join("SCHEMA");
        let index = if dir.join("meta.json").exists() {
            if std::fs::read_to_string(&tag).ok().as_deref() != Some(SCHEMA_TAG) {
                return Err(IndexError::Schema(dir.display().to_string()));
            }
            Index::open_in_dir(dir)?
        } else {
            let index = Index::create_in_dir(dir, schema)?;
            std::fs::write(&tag, SCHEMA_TAG).map_err(|source| IndexError::Io { path: tag.display().to_string(), source })?;
            index
        };
        let keys = ArabicAnalyzer::new(lexicon.clone(), Terms::Keys);
        let fold = ArabicAnalyzer::new(lexicon, Terms::Fold);
        index.tokenizers().register(KEYS, keys.clone());
        index.tokenizers().register(FOLD, fold);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let facets = facets::FacetCache::new(FACETS.iter().map(|(field, _)| *field).collect());
        Ok(SearchIndex { index, fields, reader, keys, facets })
    }

    /// The highest store sequence number the last commit contains (0 for a new index).
    pub fn watermark(&self) -> Result<u64, IndexError> {
        let metas = self.index.load_metas()?;
        Ok(metas.payload.and_then(|p| p.parse().ok()).unwrap_or(0))
    }

    /// Number of indexed documents (as of the last reload).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Make the latest commit visible to searches.
    pub fn reload(&self) -> Result<(), IndexError> {
        Ok(self.reader.reload()?)
    }

    /// A writer (takes the index lock: one writer per index at a time).
    pub fn writer(&self, heap_bytes: usize) -> Result<IndexWriterHandle, IndexError> {
        let writer = self.index.writer_with_num_threads(1, heap_bytes.max(15_000_000))?;
        Ok(IndexWriterHandle { writer, fields: self.fields, pending: 0 })
    }

    /// Search. See [`query`] for the syntax beyond tantivy's (`date:`, `source:`, `actor:`).
    pub fn search(&self, query: &str, limit: usize, facets: usize) -> Result<SearchResults, IndexError> {
        let f = &self.fields;
        let q = query::parse(&self.index, f, query)?;
        let terms = query::QueryTerms::of(&*q, f);
        let searcher = self.reader.searcher();
        let facet_collector = if facets > 0 { Some(self.facets.collector(&searcher)?) } else { None };
        let collector = (TopDocs::with_limit(limit.max(1)).order_by_score(), Count, facet_collector);
        let (top, total, counts) = searcher.search(&*q, &collector)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top.into_iter().take(limit) {
            let col = searcher.segment_reader(addr.segment_ord).fast_fields().u64("seq")?;
            if let Some(seq) = col.first(addr.doc_id) {
                hits.push(Hit { seq, score });
            }
        }
        let out_facets = match counts {
            Some(counts) => self.facets.top(counts, facets).into_iter().zip(FACETS).map(|(buckets, (_, name))| Facet { name, buckets }).collect(),
            None => Vec::new(),
        };
        Ok(SearchResults { total, hits, facets: out_facets, terms })
    }

    /// A highlighted snippet of `text` for `terms`, at most about `max_bytes` long.
    pub fn snippet(&self, text: &str, terms: &QueryTerms, max_bytes: usize) -> Snippet {
        query::snippet(text, terms, &self.keys, max_bytes)
    }
}

impl IndexWriterHandle {
    /// Queue a document (visible after [`Self::commit`]).
    pub fn add(&mut self, d: &IndexDoc<'_>) -> Result<(), IndexError> {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.seq, d.seq);
        doc.add_u64(f.cluster, d.cluster);
        doc.add_text(f.body, d.text);
        doc.add_text(f.body_fold, d.text);
        if let Some(t) = d.title {
            doc.add_text(f.title, t);
            doc.add_text(f.title_fold, t);
        }
        if let Some(s) = d.source {
            doc.add_text(f.source, s.to_lowercase());
        }
        if let Some(date) = d.published.and_then(parse_ymd) {
            doc.add_date(f.published, DateTime::from_timestamp_secs(date.to_days() * 86_400));
            doc.add_text(f.month, format!("{:04}-{:02}", date.year, date.month));
        }
        let mut seen = std::collections::HashSet::new();
        for (name, key) in &d.persons {
            doc.add_text(f.person, name);
            if seen.insert(("p", *key)) {
                doc.add_text(f.person_key, key);
            }
        }
        for (name, key) in &d.places {
            doc.add_text(f.place, name);
            if seen.insert(("l", *key)) {
                doc.add_text(f.place_key, key);
            }
        }
        for (name, _) in &d.orgs {
            doc.add_text(f.org, name);
        }
        for a in &d.actors {
            if seen.insert(("a", *a)) {
                doc.add_text(f.actor, a.to_uppercase());
            }
        }
        for t in &d.event_types {
            if seen.insert(("t", *t)) {
                doc.add_text(f.event_type, t.to_uppercase());
            }
        }
        self.writer.add_document(doc)?;
        self.pending += 1;
        Ok(())
    }

    /// Documents added since the last commit.
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// Commit everything added, recording `watermark` (the highest store sequence number now
    /// in the index) atomically with it.
    pub fn commit(&mut self, watermark: u64) -> Result<(), IndexError> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&watermark.to_string());
        prepared.commit()?;
        self.pending = 0;
        Ok(())
    }

    /// Wait for merges and release the lock.
    pub fn finish(self) -> Result<(), IndexError> {
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}

/// The calendar date at the start of `YYYY-MM-DD` (or a longer ISO timestamp); `None` unless it
/// is a real date (2021-02-30 is not).
pub fn parse_ymd(s: &str) -> Option<CivilDate> {
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u8 = s.get(5..7)?.parse().ok()?;
    let d: u8 = s.get(8..10)?.parse().ok()?;
    CivilDate::new(y, m, d)
}
