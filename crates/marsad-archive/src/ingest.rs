//! Ingesting documents: admission (is it known?), analysis on all cores, one store
//! transaction per batch (a committed batch is acknowledged), then the index.
//!
//! The caller owns reading and pacing. The CLI pipelines batches (analysis of batch N runs
//! while batch N-1 is committed: [`analyze_batch`] and [`Ingester::commit`] borrow disjoint
//! things); a server can call [`Archive::ingest`] for a whole batch at once.

use std::time::{Duration, Instant};

use marsad_engine::{CivilDate, Resources};
use marsad_index::{IndexDoc, IndexWriterHandle};
use marsad_store::{Admission, ContentHash, IngestItem, NewDocument, Outcome};
use rayon::prelude::*;

use crate::dates::{feed_date, iso_date};
use crate::{rows, Archive, ArchiveError};

/// A document as read from some input, before admission.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawDocument {
    /// Where it came from (`file:line`), for error messages and audits.
    pub origin: String,
    /// The corpus id (`docno`/`id`); derived from the content hash when absent.
    pub id: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    /// As written in the input (ISO, RFC 2822, `DD/MM/YYYY`, …).
    pub published: Option<String>,
    pub text: String,
}

/// A document ready for analysis.
#[derive(Debug, Clone)]
pub struct Prepared {
    raw: RawDocument,
    doc_id: String,
    hash: ContentHash,
    published: Option<CivilDate>,
    /// `false` when the same text is already stored (it becomes an exact duplicate).
    analyze: bool,
}

impl Prepared {
    pub fn doc_id(&self) -> &str {
        &self.doc_id
    }
    pub fn origin(&self) -> &str {
        &self.raw.origin
    }
    /// The publication date as written, when it could not be understood (the document is
    /// stored without a date).
    pub fn unparsed_date(&self) -> Option<&str> {
        self.raw.published.as_deref().filter(|_| self.published.is_none())
    }
}

/// The admission decision for one document.
#[derive(Debug, Clone)]
pub enum Admit {
    /// Analyze and commit it.
    Ready(Prepared),
    /// Its id is already stored: nothing to do.
    Known { doc_id: String, seq: marsad_store::Seq },
    /// It cannot be stored (`reason` says why).
    Invalid { origin: String, reason: String },
}

/// What one committed batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchReport {
    /// One outcome per item, in order.
    pub outcomes: Vec<Outcome>,
    pub added: u64,
    /// Added documents that joined an existing cluster.
    pub near_duplicates: u64,
    pub exact_duplicates: u64,
    /// Ids already stored when the batch was committed.
    pub unchanged: u64,
}

impl BatchReport {
    fn absorb(&mut self, other: &BatchReport) {
        self.added += other.added;
        self.near_duplicates += other.near_duplicates;
        self.exact_duplicates += other.exact_duplicates;
        self.unchanged += other.unchanged;
    }
}

/// What [`Archive::ingest`] did with a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// Totals (known ids found at admission are counted in `unchanged`).
    pub totals: BatchReport,
    /// Documents that could not be stored: (origin, reason).
    pub invalid: Vec<(String, String)>,
    /// Documents stored without a date because theirs was not understood: (origin, date).
    pub unparsed_dates: Vec<(String, String)>,
    /// Documents the index caught up with before the batch (after an interrupted ingest).
    pub caught_up: usize,
}

/// Commit the index at least this often (documents) during an ingest; it is also committed
/// at the end. In between, a crash only costs re-indexing from the store.
const INDEX_COMMIT_DOCS: usize = 20_000;
const INDEX_COMMIT_INTERVAL: Duration = Duration::from_secs(60);

impl Archive {
    /// Decide what to do with a document: derive its id, parse its date, look it up.
    pub fn admit(&self, raw: RawDocument) -> Result<Admit, ArchiveError> {
        if raw.text.trim().is_empty() {
            return Ok(Admit::Invalid { origin: raw.origin, reason: "empty text".into() });
        }
        let hash = ContentHash::of_text(&raw.text);
        let doc_id = raw.id.clone().unwrap_or_else(|| format!("sha:{}", hash.to_hex()));
        let published = raw.published.as_deref().and_then(feed_date);
        let analyze = match self.store().admission(&doc_id, &hash).map_err(|e| self.store_err(e))? {
            Admission::KnownId(seq) => return Ok(Admit::Known { doc_id, seq }),
            Admission::SameText(_) => false,
            Admission::New => true,
        };
        Ok(Admit::Ready(Prepared { raw, doc_id, hash, published, analyze }))
    }

    /// Start ingesting: take the index writer (one per data directory) and catch the index
    /// up with the store. Returns the ingester and how many documents were caught up.
    pub fn ingester(&self) -> Result<(Ingester, usize), ArchiveError> {
        let mut writer = self.index_writer()?;
        let caught = self.catch_up(&mut writer)?;
        Ok((Ingester { writer, last_index_commit: None }, caught))
    }

    /// Ingest a batch in one go: admission, analysis on all cores, one store transaction
    /// (acknowledgement), index commit.
    pub fn ingest(&mut self, docs: Vec<RawDocument>) -> Result<IngestReport, ArchiveError> {
        let (mut ingester, caught_up) = self.ingester()?;
        let mut report = IngestReport { caught_up, ..IngestReport::default() };
        let mut prepared = Vec::with_capacity(docs.len());
        for raw in docs {
            match self.admit(raw)? {
                Admit::Ready(p) => {
                    if let Some(d) = p.unparsed_date() {
                        report.unparsed_dates.push((p.origin().to_string(), d.to_string()));
                    }
                    prepared.push(p);
                }
                Admit::Known { .. } => report.totals.unchanged += 1,
                Admit::Invalid { origin, reason } => report.invalid.push((origin, reason)),
            }
        }
        let items = analyze_batch(prepared, self.resources());
        let batch = ingester.commit(self, &items)?;
        report.totals.absorb(&batch);
        report.totals.outcomes = batch.outcomes;
        ingester.finish(self)?;
        Ok(report)
    }
}

/// Analyze prepared documents on all cores (the rayon pool) into store items.
pub fn analyze_batch(prepared: Vec<Prepared>, resources: &Resources) -> Vec<IngestItem> {
    prepared
        .into_par_iter()
        .map(|p| {
            let analysis = p.analyze.then(|| rows::analysis_rows(&p.raw.text, p.published, resources));
            IngestItem {
                doc: NewDocument {
                    doc_id: p.doc_id,
                    content_hash: p.hash,
                    source: p.raw.source,
                    url: p.raw.url,
                    title: p.raw.title,
                    published: p.published.map(iso_date),
                    text: p.raw.text,
                    origin: p.raw.origin,
                },
                analysis,
            }
        })
        .collect()
}

/// Commits batches to the store and feeds the index; holds the index writer.
pub struct Ingester {
    writer: IndexWriterHandle,
    last_index_commit: Option<Instant>,
}

impl Ingester {
    /// Commit a batch to the store (when this returns `Ok`, the batch is acknowledged), then
    /// add its new documents to the index (committed every 20,000 documents or minute, and
    /// by [`Ingester::finish`]).
    pub fn commit(&mut self, archive: &mut Archive, items: &[IngestItem]) -> Result<BatchReport, ArchiveError> {
        let outcomes = archive.store_mut().commit_batch(items).map_err(|e| archive.store_err(e))?;
        crate::events::sync_merged(archive.store_mut()).map_err(|e| archive.store_err(e))?;
        let mut report = BatchReport::default();
        for (item, outcome) in items.iter().zip(&outcomes) {
            match *outcome {
                Outcome::Added { seq, cluster, near_duplicate } => {
                    report.added += 1;
                    report.near_duplicates += u64::from(near_duplicate);
                    let d = &item.doc;
                    let empty = Vec::new();
                    let entities = item.analysis.as_ref().map_or(&empty, |a| &a.entities);
                    let mut doc = IndexDoc { seq: seq as u64, cluster: cluster as u64, title: d.title.as_deref(), text: &d.text, source: d.source.as_deref(), published: d.published.as_deref(), ..IndexDoc::default() };
                    rows::add_entities(&mut doc, entities);
                    let (types, codes) = item.analysis.as_ref().map(|a| rows::event_terms(&a.events)).unwrap_or_default();
                    doc.event_types.extend(types.iter().map(String::as_str));
                    doc.actors.extend(codes.iter().map(String::as_str));
                    self.writer.add(&doc).map_err(|e| archive.index_err(e))?;
                }
                Outcome::ExactDuplicate { .. } => report.exact_duplicates += 1,
                Outcome::AlreadyStored { .. } => report.unchanged += 1,
            }
        }
        report.outcomes = outcomes;
        let last = *self.last_index_commit.get_or_insert_with(Instant::now);
        if self.writer.pending() >= INDEX_COMMIT_DOCS || last.elapsed() >= INDEX_COMMIT_INTERVAL {
            let seq = archive.store().last_seq().map_err(|e| archive.store_err(e))?;
            self.writer.commit(seq as u64).map_err(|e| archive.index_err(e))?;
            self.last_index_commit = Some(Instant::now());
        }
        Ok(report)
    }

    /// Commit the index with the store's last sequence number, wait for merges, release the
    /// writer and make the new documents searchable.
    pub fn finish(mut self, archive: &Archive) -> Result<(), ArchiveError> {
        let seq = archive.store().last_seq().map_err(|e| archive.store_err(e))?;
        self.writer.commit(seq as u64).map_err(|e| archive.index_err(e))?;
        self.writer.finish().map_err(|e| archive.index_err(e))?;
        archive.index().reload().map_err(|e| archive.index_err(e))?;
        Ok(())
    }
}
