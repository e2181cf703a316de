//! The data directory as a library: the store (system of record) and the full-text index
//! (derived, caught up from the store on open), with the glue the CLI and the server share —
//! ingest a batch (admission → analysis on all cores → commit → index), search (hits with
//! snippets and facets as plain structs), fetch a document with its analysis rows, and export
//! rows.
//!
//! Dependency order: text → ner → understand/events → engine → store/index → **archive** →
//! server/cli. Plain Rust structs only: serialization belongs to the outer crates (the
//! optional `serde` feature adds `Serialize` derives to the result structs for them).
//! Reading input files, progress bars and printing stay in the callers.

pub mod dates;
pub mod events;
pub mod export;
pub mod ingest;
pub mod rows;
pub mod search;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use marsad_engine::Resources;
use marsad_index::{IndexError, IndexWriterHandle, SearchIndex};
use marsad_store::{AnalysisRows, Counts, SqliteStore, Store, StoreError, StoredDocument};

pub use events::{actor_page, aggregate, event_stats, events_page, for_each_event, sync_merged, ActorDocument, ActorPage, Aggregate, EventFilter, EventPage, GroupBy, MergedEvent, PageRequest, Period};
pub use ingest::{analyze_batch, Admit, BatchReport, IngestReport, Ingester, Prepared, RawDocument};
pub use search::{search_page, FacetBuckets, PageError, SearchHit, SearchOptions, SearchPage, SnippetText, Span};

/// Default data directory.
pub const DEFAULT_DATA: &str = "./marsad-data";

/// Index writer memory budget (bytes).
pub const INDEX_HEAP: usize = 200_000_000;

/// A data-directory operation failed. Every variant names the directory or the operation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ArchiveError {
    #[error("no data in {0} (run `marsad ingest --data {0} FILES…` first)")]
    NoData(String),
    #[error("store in {dir}")]
    Store { dir: String, source: StoreError },
    #[error("index in {dir}")]
    Index { dir: String, source: IndexError },
    #[error("the index of {0} is locked by another writer (is an ingest running on this data directory?)")]
    IndexLocked(String, #[source] IndexError),
    #[error("invalid query")]
    Query(#[source] IndexError),
    #[error(transparent)]
    Filter(#[from] events::FilterError),
}

/// Whether the index shows everything the store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Nothing to catch up.
    Fresh,
    /// The index was behind and has been caught up with this many documents.
    CaughtUp(usize),
    /// The index is behind but another writer (a running ingest) holds it: searches see the
    /// last committed state.
    Busy { behind: u64 },
}

/// A stored document with its analysis rows and its cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentView {
    pub document: StoredDocument,
    pub analysis: AnalysisRows,
    /// Documents of its cluster (sequence number, id), itself included, in ingestion order.
    pub cluster: Vec<(marsad_store::Seq, String)>,
}

/// The store and the index of one data directory, with the analysis resources.
pub struct Archive {
    dir: PathBuf,
    store: Box<dyn Store>,
    index: SearchIndex,
    resources: Arc<Resources>,
}

impl Archive {
    /// Open (creating if needed) the data directory.
    pub fn open(dir: &Path, resources: Arc<Resources>) -> Result<Archive, ArchiveError> {
        let d = dir.display().to_string();
        let mut store = SqliteStore::open(dir).map_err(|source| ArchiveError::Store { dir: d.clone(), source })?;
        // Merged events behind the event rows (a crash between a batch and its merge, or a
        // migrated version-2 store) are brought up to date.
        events::sync_merged(&mut store).map_err(|source| ArchiveError::Store { dir: d.clone(), source })?;
        let index_dir = dir.join("index");
        let index = SearchIndex::open(&index_dir, Arc::new(resources.clitics.clone())).map_err(|source| ArchiveError::Index { dir: index_dir.display().to_string(), source })?;
        Ok(Archive { dir: dir.to_path_buf(), store: Box::new(store), index, resources })
    }

    /// Open a data directory that must already hold a store (for search, export, serving).
    pub fn open_existing(dir: &Path, resources: Arc<Resources>) -> Result<Archive, ArchiveError> {
        if !dir.join(SqliteStore::FILE).exists() {
            return Err(ArchiveError::NoData(dir.display().to_string()));
        }
        Self::open(dir, resources)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
    pub fn store(&self) -> &dyn Store {
        &*self.store
    }
    pub fn store_mut(&mut self) -> &mut dyn Store {
        &mut *self.store
    }
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }
    pub fn resources(&self) -> &Arc<Resources> {
        &self.resources
    }

    pub(crate) fn store_err(&self, source: StoreError) -> ArchiveError {
        ArchiveError::Store { dir: self.dir.display().to_string(), source }
    }
    pub(crate) fn index_err(&self, source: IndexError) -> ArchiveError {
        ArchiveError::Index { dir: self.dir.join("index").display().to_string(), source }
    }

    /// Totals of the store.
    pub fn counts(&self) -> Result<Counts, ArchiveError> {
        self.store.counts().map_err(|e| self.store_err(e))
    }

    /// An index writer (one at a time per data directory).
    pub fn index_writer(&self) -> Result<IndexWriterHandle, ArchiveError> {
        self.index.writer(INDEX_HEAP).map_err(|e| ArchiveError::IndexLocked(self.dir.display().to_string(), e))
    }

    /// Feed the index every indexable document above its watermark (after a crash or an
    /// interrupted ingest) and commit. Returns how many were added.
    pub fn catch_up(&self, writer: &mut IndexWriterHandle) -> Result<usize, ArchiveError> {
        let mut watermark = self.index.watermark().map_err(|e| self.index_err(e))? as i64;
        let last = self.store.last_seq().map_err(|e| self.store_err(e))?;
        if watermark >= last {
            return Ok(0);
        }
        let mut added = 0;
        loop {
            let docs = self.store.indexable_after(watermark, 1000).map_err(|e| self.store_err(e))?;
            if docs.is_empty() {
                break;
            }
            for d in &docs {
                writer.add(&rows::index_doc(d)).map_err(|e| self.index_err(e))?;
                watermark = d.seq;
            }
            added += docs.len();
        }
        writer.commit(last as u64).map_err(|e| self.index_err(e))?;
        self.index.reload().map_err(|e| self.index_err(e))?;
        Ok(added)
    }

    /// How many store documents the index has not caught up with yet.
    pub fn index_lag(&self) -> Result<u64, ArchiveError> {
        let last = self.store.last_seq().map_err(|e| self.store_err(e))? as u64;
        Ok(last.saturating_sub(self.index.watermark().map_err(|e| self.index_err(e))?))
    }

    /// Catch the index up if it is behind and no other writer holds it.
    pub fn refresh_index(&self) -> Result<Freshness, ArchiveError> {
        let behind = self.index_lag()?;
        if behind == 0 {
            return Ok(Freshness::Fresh);
        }
        match self.index.writer(INDEX_HEAP) {
            Ok(mut w) => {
                let n = self.catch_up(&mut w)?;
                w.finish().map_err(|e| self.index_err(e))?;
                Ok(Freshness::CaughtUp(n))
            }
            Err(_) => Ok(Freshness::Busy { behind }),
        }
    }

    /// A document by id, with its analysis rows and cluster; `None` when unknown.
    pub fn document(&self, doc_id: &str) -> Result<Option<DocumentView>, ArchiveError> {
        let Some(seq) = self.store.find(doc_id).map_err(|e| self.store_err(e))? else { return Ok(None) };
        self.document_at(seq)
    }

    /// A document by sequence number (see [`Archive::document`]).
    pub fn document_at(&self, seq: marsad_store::Seq) -> Result<Option<DocumentView>, ArchiveError> {
        let Some(document) = self.store.documents(&[seq]).map_err(|e| self.store_err(e))?.into_iter().next() else { return Ok(None) };
        // Exact duplicates carry no rows of their own: show those of the analyzed copy.
        let analyzed = self.store.analyzed_copy(seq).map_err(|e| self.store_err(e))?;
        let analysis = self.store.analysis(analyzed).map_err(|e| self.store_err(e))?;
        let cluster = self.store.cluster_members(document.cluster).map_err(|e| self.store_err(e))?;
        Ok(Some(DocumentView { document, analysis, cluster }))
    }
}
