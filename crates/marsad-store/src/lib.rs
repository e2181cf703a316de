//! The system of record: documents, their analyses (entities, quotes, dates as rows with byte
//! offsets), actors and duplicate clusters, behind the [`Store`] trait. The default
//! implementation, [`SqliteStore`], is an embedded SQLite database in WAL mode.
//!
//! Acknowledgement = commit: [`Store::commit_batch`] writes a whole batch in one transaction and
//! returns only after it is durable, so a `kill -9` loses no document it acknowledged.
//! Idempotency comes from unique keys: a document id is stored once; a text (content hash) is
//! analyzed once — later copies are recorded as exact duplicates of the first.
//!
//! This crate knows nothing about Arabic, analysis, tantivy or the CLI: the caller hands it
//! plain rows (and the search keys that near-duplicate fingerprints are made of).

pub mod fingerprint;
mod sqlite;

pub use fingerprint::{ContentHash, MinHash};
pub use sqlite::SqliteStore;

/// Ingestion order of a stored document: dense, increasing, never reused. The full-text index
/// records the last sequence number it contains (its watermark) and catches up from there.
pub type Seq = i64;

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("database error")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot create data directory {path}")]
    Io { path: String, source: std::io::Error },
    #[error("store {path}: schema version {found} is not supported (this build reads version {expected} and migrates versions 2 to 4): ingest into a new data directory to rebuild it")]
    SchemaVersion { path: String, found: i64, expected: i64 },
}

/// A document as it arrives, before analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocument {
    /// Stable identifier (the corpus `docno`/`id`, else derived from the content hash).
    pub doc_id: String,
    pub content_hash: ContentHash,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date as ISO 8601 `YYYY-MM-DD` when known.
    pub published: Option<String>,
    pub text: String,
    /// Where it came from (`file:line`), for error messages and audits.
    pub origin: String,
}

/// A named entity of a document, linked to an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    pub start: usize,
    pub end: usize,
    /// `PER`, `ORG`, `LOC`, `MISC`, `NORP`.
    pub kind: String,
    /// Surface text (`&text[start..end]`).
    pub text: String,
    /// Search key of the name: actors are the distinct (kind, key) pairs.
    pub key: String,
    /// ISO 3166-1 alpha-3 code.
    pub country: Option<String>,
}

/// A byte range with its surface text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A quote of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRow {
    pub verb: SpanRow,
    pub speaker: Option<SpanRow>,
    pub speaker_head: Option<SpanRow>,
    pub speaker_source: String,
    pub content: SpanRow,
    pub kind: String,
    pub confidence: f32,
    pub provenance: String,
    /// Document actor id of the resolved speaker (knowledge-base id, `country:…`, `name:…`);
    /// `None` when unresolved, and for quotes stored before schema version 3.
    pub speaker_actor: Option<String>,
    /// The speaker's name in citation form (nominative, pronoun possessor spelled out: the
    /// analysis' `Quote::speaker_name`), only when it differs from the `speaker_head` (else
    /// `speaker`) text; `None` otherwise, and for quotes stored before schema version 5.
    pub speaker_name: Option<String>,
}

/// One mention of a document actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `name`, `title`, `counterpart` or `country`.
    pub how: String,
}

/// A document-level actor (the analysis' `actors`) with its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorRow {
    /// Knowledge-base id, `country:IRN` or `name:<search key>`.
    pub id: String,
    pub name_en: Option<String>,
    /// `PER`, `ORG`, `LOC` as far as known.
    pub kind: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub mentions: Vec<MentionRow>,
}

/// A date expression of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: String,
    pub resolved: bool,
    pub granularity: String,
    pub confidence: f32,
    pub provenance: String,
}

/// A participant (actor or recipient) of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Document actor id (knowledge-base id or `name:…`), `None` for agent/country phrases.
    pub id: Option<String>,
    /// CAMEO country code (`IRN`, `IGO`).
    pub country: Option<String>,
    /// CAMEO sector code (`GOV`, `MIL`).
    pub sector: Option<String>,
}

impl ParticipantRow {
    /// `IRNGOV`-style CAMEO actor code (empty when nothing is known).
    pub fn code(&self) -> String {
        format!("{}{}", self.country.as_deref().unwrap_or(""), self.sector.as_deref().unwrap_or(""))
    }
}

/// The place of an event (a gazetteer entry and the toponym in the text).
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub geonames_id: Option<u32>,
    pub name_en: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country_code: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A political event of a document (PLOVER type, CAMEO code), deduplicated in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    /// PLOVER type (`ACCUSE`).
    pub kind: String,
    pub mode: Option<String>,
    pub contexts: Vec<String>,
    pub cameo: String,
    pub quad_class: u8,
    /// PLOVER conflict–cooperation score.
    pub score: f32,
    pub actors: Vec<ParticipantRow>,
    pub recipients: Vec<ParticipantRow>,
    /// Trigger of the first mention.
    pub trigger: SpanRow,
    /// Byte range of the sentence of the first mention.
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// ISO date (the sentence's resolved day, else the publication date).
    pub date: Option<String>,
    /// `true` when the date comes from the text rather than from the publication date.
    pub date_in_text: bool,
    pub place: Option<PlaceRow>,
    pub negated: bool,
    pub future: bool,
    pub hypothetical: bool,
    pub reported: bool,
    /// Mentions in the document.
    pub mentions: u32,
    pub confidence: f32,
    pub provenance: String,
}

/// The analysis rows of one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysisRows {
    pub entities: Vec<EntityRow>,
    pub quotes: Vec<QuoteRow>,
    pub dates: Vec<DateRow>,
    pub events: Vec<EventRow>,
    /// Document actors (schema version 3; empty for documents stored before).
    pub actors: Vec<ActorRow>,
    /// Near-duplicate fingerprint; `None` for texts too short to compare.
    pub minhash: Option<MinHash>,
}

/// One document to commit, with its analysis (absent when the caller already knows the text
/// is stored: the store then records an exact duplicate).
#[derive(Debug, Clone)]
pub struct IngestItem {
    pub doc: NewDocument,
    pub analysis: Option<AnalysisRows>,
}

/// What the store knows about a document before it is analyzed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Never seen: analyze it.
    New,
    /// This document id is already stored: nothing to do.
    KnownId(Seq),
    /// The same text is stored under another id: store as an exact duplicate, no analysis.
    SameText(Seq),
}

/// What happened to one committed item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Stored and analyzed; `near_duplicate` when it joined an existing cluster.
    Added { seq: Seq, cluster: Seq, near_duplicate: bool },
    /// Stored as an exact duplicate of `of` (same text), in its cluster; not indexed.
    ExactDuplicate { seq: Seq, of: Seq },
    /// The id was already stored: nothing written.
    AlreadyStored { seq: Seq },
}

/// A stored document's metadata and text, with what a read adds to it (`extra`): the rows
/// the index needs ([`StoredDocument`]) or the size of its cluster ([`DocumentSummary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Document<X> {
    pub seq: Seq,
    pub doc_id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub cluster: Seq,
    pub extra: X,
}

/// What the index needs of a document beyond its metadata and text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexRows {
    pub entities: Vec<EntityRow>,
    /// Distinct event types (PLOVER) and participant codes (`IRN`, `IRNGOV`) of its events.
    pub event_types: Vec<String>,
    pub event_actor_codes: Vec<String>,
}

/// A stored document with what the index needs.
pub type StoredDocument = Document<IndexRows>;

/// The size of a document's cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterSize {
    /// Documents in the cluster, near and exact duplicates included.
    pub cluster_size: usize,
}

/// A stored document for display (a search hit): text and metadata without analysis rows,
/// with the number of documents in its cluster.
pub type DocumentSummary = Document<ClusterSize>;

/// Totals for summaries and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// All stored documents, exact duplicates included.
    pub documents: u64,
    /// Documents stored as exact duplicates (not analyzed, not indexed).
    pub exact_duplicates: u64,
    /// Clusters (a cluster of one is a document without duplicates).
    pub clusters: u64,
    /// Clusters with more than one document.
    pub multi_clusters: u64,
    pub entities: u64,
    pub quotes: u64,
    pub actors: u64,
    pub events: u64,
}

/// One entity row for export, with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityExport {
    pub doc_id: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub actor_id: i64,
    pub row: EntityRow,
}

/// One quote row for export, with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteExport {
    pub doc_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub row: QuoteRow,
}

/// One event row for export, with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct EventExport {
    /// Row id (store order within a document).
    pub id: i64,
    pub seq: Seq,
    pub cluster: Seq,
    pub doc_id: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub row: EventRow,
}

/// An exact duplicate (same text, another id) of an analyzed document: it shares its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateRef {
    /// The analyzed copy.
    pub of: Seq,
    pub doc_id: String,
    pub source: Option<String>,
}

/// One cluster-merged event as the store keeps it: the event row of its first mention and the
/// counts over the cluster (computed by the caller: the store knows nothing of merge keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergedRow {
    /// `events.id` of the first mention.
    pub event: i64,
    pub num_mentions: u32,
    pub num_sources: u32,
    pub num_articles: u32,
}

/// A stored merged event with its first mention and document.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedExport {
    pub event: EventExport,
    pub num_mentions: u32,
    pub num_sources: u32,
    pub num_articles: u32,
}

/// A condition on the participants of one role (source or target) of an event: it holds
/// when one participant of that role meets any of the given alternatives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParticipantQuery {
    /// CAMEO code (`country` + `sector`) starting with this (upper case; `""`: any non-empty
    /// code).
    pub code_prefix: Option<String>,
    /// Exactly this document actor id.
    pub id: Option<String>,
    /// The search key of the participant's text contains this (non-empty) search key.
    pub key: Option<String>,
}

/// A condition on an event's place: it holds when the event has a place meeting any of the
/// alternatives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceQuery {
    /// The search key of the place's text contains this search key (`""`: any place).
    pub key: String,
    /// The English name equals this, ASCII case-insensitively.
    pub name_en: String,
    /// The GeoNames id is this.
    pub geonames_id: Option<u32>,
    /// The ISO country code equals this, ASCII case-insensitively.
    pub country: String,
}

/// The conditions on merged events, all evaluated by the store in SQL on its tables and
/// indexes (every field optional; all given ones must hold).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergedQuery {
    /// PLOVER types (any of them; upper case).
    pub types: Vec<String>,
    /// Inclusive bounds compared with the date's prefix of the bound's length (`2018-03`
    /// keeps every day of March 2018); events without a date fail any bound.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub keep_negated: bool,
    /// The first mention's document id.
    pub doc: Option<String>,
    /// A participant (actor or recipient) with exactly this actor id.
    pub participant: Option<String>,
    /// A source participant (role 0) meeting this.
    pub actor: Option<ParticipantQuery>,
    /// A target participant (role 1) meeting this.
    pub recipient: Option<ParticipantQuery>,
    /// The place meeting this.
    pub place: Option<PlaceQuery>,
    /// Newest first (descending store order) instead of store order (cluster, first mention).
    pub descending: bool,
}

/// Counts of the merged events of a [`MergedQuery`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergedStats {
    pub total: u64,
    /// Events per type, largest first (then by name).
    pub types: Vec<(String, u64)>,
    /// Participant occurrences (actors and recipients with an actor id) per id, largest first,
    /// at most the requested number.
    pub actors: Vec<(String, u64)>,
    /// Dated events per (day, type), by day then type.
    pub days: Vec<(String, String, u64)>,
}

/// A mention of an actor, with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMentionExport {
    pub seq: Seq,
    pub doc_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub name_en: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub mention: MentionRow,
}

/// The storage interface. The embedded [`SqliteStore`] is the default; a server-backed store
/// (PostgreSQL, …) implements the same trait.
pub trait Store: Send {
    /// Look a document up by id and content hash, before analyzing it.
    fn admission(&self, doc_id: &str, hash: &ContentHash) -> Result<Admission, StoreError>;
    /// Commit a batch in one transaction; returns one outcome per item, in order. When this
    /// returns `Ok`, every item is durable (acknowledged). Items repeating an id or text of an
    /// earlier item of the same batch are handled like repeats of stored documents.
    fn commit_batch(&mut self, items: &[IngestItem]) -> Result<Vec<Outcome>, StoreError>;
    /// Indexable documents (exact duplicates left out) with `seq > after`, in order, at most
    /// `limit`.
    fn indexable_after(&self, after: Seq, limit: usize) -> Result<Vec<StoredDocument>, StoreError>;
    /// Fetch documents by sequence number (missing ones are skipped).
    fn documents(&self, seqs: &[Seq]) -> Result<Vec<StoredDocument>, StoreError>;
    /// Fetch documents for display (no analysis rows; see [`DocumentSummary`]), in the order
    /// of `seqs` (missing ones are skipped).
    fn summaries(&self, seqs: &[Seq]) -> Result<Vec<DocumentSummary>, StoreError>;
    /// The highest sequence number stored (0 when empty).
    fn last_seq(&self) -> Result<Seq, StoreError>;
    fn counts(&self) -> Result<Counts, StoreError>;
    /// Visit every entity row (document order).
    fn for_each_entity(&self, f: &mut dyn FnMut(EntityExport)) -> Result<(), StoreError>;
    /// Visit every quote row (document order).
    fn for_each_quote(&self, f: &mut dyn FnMut(QuoteExport)) -> Result<(), StoreError>;
    /// The documents of a cluster, in sequence order.
    fn cluster_members(&self, cluster: Seq) -> Result<Vec<(Seq, String)>, StoreError>;
    /// Visit every event row, ordered by cluster then document.
    fn for_each_event(&self, f: &mut dyn FnMut(EventExport)) -> Result<(), StoreError>;
    /// Every exact duplicate with the analyzed document it copies.
    fn exact_duplicates(&self) -> Result<Vec<DuplicateRef>, StoreError>;
    /// The sequence number of a document id.
    fn find(&self, doc_id: &str) -> Result<Option<Seq>, StoreError>;
    /// The analyzed document holding the rows of `seq`: itself, or for an exact duplicate the
    /// first copy of its text.
    fn analyzed_copy(&self, seq: Seq) -> Result<Seq, StoreError>;
    /// The analysis rows of an analyzed document (empty for unknown ones; no fingerprint).
    fn analysis(&self, seq: Seq) -> Result<AnalysisRows, StoreError>;

    /// Clusters whose merged events are not current (documents stored after the last
    /// [`Store::replace_merged`]), and the sequence number that call should record.
    fn merge_pending(&self) -> Result<(Vec<Seq>, Seq), StoreError>;
    /// The event rows of one cluster (by document, then row) and its exact duplicates.
    fn cluster_events(&self, cluster: Seq) -> Result<(Vec<EventExport>, Vec<DuplicateRef>), StoreError>;
    /// Replace the merged events of these clusters and, when given, record `upto` as the
    /// sequence number they are current with (one transaction).
    fn replace_merged(&mut self, clusters: &[(Seq, Vec<MergedRow>)], upto: Option<Seq>) -> Result<(), StoreError>;
    /// Visit the merged events passing `q`, in its order, skipping the first `skip`, until `f`
    /// returns `false`.
    fn merged_events(&self, q: &MergedQuery, skip: u64, f: &mut dyn FnMut(MergedExport) -> bool) -> Result<(), StoreError>;
    /// Total, type counts, the `actors` largest participant ids and per-day type counts of
    /// the merged events passing `q` (aggregates on the store's tables, nothing per event).
    fn merged_stats(&self, q: &MergedQuery, actors: usize) -> Result<MergedStats, StoreError>;
    /// Mentions of a document actor (by its id, on an index), newest documents first, at
    /// most `limit`.
    fn actor_mentions(&self, actor: &str, limit: usize) -> Result<Vec<ActorMentionExport>, StoreError>;
    /// Quotes whose speaker is this actor (on an index), newest documents first, at most
    /// `limit`.
    fn speaker_quotes(&self, actor: &str, limit: usize) -> Result<Vec<QuoteExport>, StoreError>;
}
