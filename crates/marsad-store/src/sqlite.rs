//! The embedded default store: one SQLite file in WAL mode, one transaction per batch.

use std::collections::HashMap;
use std::path::Path;

use marsad_text::normalize::search_key;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::fingerprint::{MinHash, NEAR_DUPLICATE_JACCARD};
use crate::{
    ActorMentionExport, ActorRow, ClusterSize, Document, DocumentSummary, IndexRows, MentionRow, MergedExport, MergedQuery, MergedRow, MergedStats, ParticipantQuery, Admission, AnalysisRows, ContentHash, Counts, DateRow, DuplicateRef, EntityExport, EventExport, EventRow, ParticipantRow, PlaceRow, EntityRow, IngestItem, Outcome, QuoteExport, QuoteRow, Seq, SpanRow, Store, StoreError, StoredDocument,
};

/// 2: events and their participants. 3: cluster-merged events (`merged_events`), document
/// actors (`actor_mentions`), the speaker's actor id on quotes, indexes by actor id. 4: what
/// the actor, recipient and place filters read in SQL (participant codes and search keys,
/// place keys and columns on merged events), indexed. 5: the speaker's name in citation form
/// on quotes (`quotes.speaker_name`, NULL for quotes stored before).
const SCHEMA_VERSION: i64 = 5;

/// Tables. `documents.seq` is the ingestion order (the index watermark counts in it).
/// Events are rows keyed by `seq` and `cluster`, so the events of one cluster can be merged
/// with mention, source and article counts; their participants are rows of
/// `event_participants` (role 0 = actor/source, 1 = recipient/target).
const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    seq          INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL UNIQUE,
    content_hash BLOB NOT NULL,
    source       TEXT,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    origin       TEXT NOT NULL,
    cluster      INTEGER NOT NULL,
    duplicate_of INTEGER,
    minhash      BLOB
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
CREATE TABLE IF NOT EXISTS clusters (
    id        INTEGER PRIMARY KEY,   -- the seq of the cluster's first document
    size      INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    name     TEXT NOT NULL,          -- first surface form seen
    country  TEXT,
    mentions INTEGER NOT NULL,
    UNIQUE (kind, key)
);
CREATE TABLE IF NOT EXISTS entities (
    seq      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    text     TEXT NOT NULL,
    key      TEXT NOT NULL,
    country  TEXT,
    actor_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_seq ON entities(seq);
CREATE TABLE IF NOT EXISTS quotes (
    seq            INTEGER NOT NULL,
    verb_start     INTEGER NOT NULL, verb_end INTEGER NOT NULL, verb TEXT NOT NULL,
    speaker_start  INTEGER, speaker_end INTEGER, speaker TEXT,
    head_start     INTEGER, head_end INTEGER, head TEXT,
    speaker_source TEXT NOT NULL,
    content_start  INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
    kind           TEXT NOT NULL,
    confidence     REAL NOT NULL,
    provenance     TEXT NOT NULL,
    speaker_actor  TEXT               -- document actor id of the speaker (v3)
);
CREATE INDEX IF NOT EXISTS quotes_seq ON quotes(seq);
CREATE TABLE IF NOT EXISTS dates (
    seq         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    resolved    INTEGER NOT NULL,
    granularity TEXT NOT NULL,
    confidence  REAL NOT NULL,
    provenance  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_seq ON dates(seq);
CREATE TABLE IF NOT EXISTS events (
    id             INTEGER PRIMARY KEY,
    seq            INTEGER NOT NULL,
    cluster        INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    contexts       TEXT NOT NULL,    -- ';'-separated PLOVER contexts
    cameo          TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    score          REAL NOT NULL,
    trigger_start  INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    date           TEXT,
    date_in_text   INTEGER NOT NULL,
    place_start    INTEGER, place_end INTEGER, place TEXT,
    place_geonames INTEGER, place_name_en TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
    negated        INTEGER NOT NULL, future INTEGER NOT NULL, hypothetical INTEGER NOT NULL, reported INTEGER NOT NULL,
    mentions       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    provenance     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_seq ON events(seq);
CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster);
CREATE TABLE IF NOT EXISTS event_participants (
    event   INTEGER NOT NULL,
    role    INTEGER NOT NULL,        -- 0 actor (source), 1 recipient (target)
    ord     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    actor   TEXT,                    -- document actor id
    country TEXT,
    sector  TEXT
);
CREATE INDEX IF NOT EXISTS event_participants_event ON event_participants(event);
"#;

/// Added by version 3 (created by a new store and by the migration from version 2).
/// `merged_events`: one row per cluster-merged event, pointing at the event row of its first
/// mention, with the type, date and negation copied for filtering; maintained by the caller
/// (`replace_merged`) up to `meta.merged_upto`. `actor_mentions`: the document actors of the
/// analysis, one row per mention (documents stored before version 3 have none: see
/// `meta.actors_from`).
const SCHEMA_V3: &str = r#"
CREATE TABLE IF NOT EXISTS merged_events (
    event        INTEGER PRIMARY KEY,   -- events.id of the first mention
    cluster      INTEGER NOT NULL,
    type         TEXT NOT NULL,
    date         TEXT,
    negated      INTEGER NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_sources  INTEGER NOT NULL,
    num_articles INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS merged_events_cluster ON merged_events(cluster, event);
CREATE INDEX IF NOT EXISTS merged_events_type ON merged_events(type, cluster, event);
CREATE TABLE IF NOT EXISTS actor_mentions (
    seq     INTEGER NOT NULL,
    actor   TEXT NOT NULL,            -- document actor id
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    how     TEXT NOT NULL,
    name_en TEXT,
    kind    TEXT,
    country TEXT,
    sector  TEXT
);
CREATE INDEX IF NOT EXISTS actor_mentions_actor ON actor_mentions(actor, seq);
CREATE INDEX IF NOT EXISTS actor_mentions_seq ON actor_mentions(seq);
CREATE INDEX IF NOT EXISTS quotes_speaker_actor ON quotes(speaker_actor, seq);
CREATE INDEX IF NOT EXISTS event_participants_actor ON event_participants(actor, event);
"#;

/// Added by version 4 (to a new store and by the migration from version 3, after
/// [`add_v4_columns`]). `event_participants.code`: the CAMEO code (`country` + `sector`, NULL
/// when empty), indexed by role for prefix ranges; `event_participants.key`: the search key of
/// the participant's text (substring filters scan it inside SQLite, one pass over a covering
/// index); `events.place_key` and the place columns of `merged_events`: the search key of the
/// place's text, its English name, GeoNames id and country code, copied for filtering.
const SCHEMA_V4: &str = r#"
CREATE INDEX IF NOT EXISTS event_participants_code ON event_participants(role, code, event);
CREATE INDEX IF NOT EXISTS event_participants_key ON event_participants(role, key, event);
CREATE INDEX IF NOT EXISTS merged_events_geonames ON merged_events(place_geonames);
"#;

/// Version 3 → 4 columns, filled from the stored rows (on an empty store: nothing to fill).
fn add_v4_columns(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch(
        "ALTER TABLE event_participants ADD COLUMN code TEXT;
         ALTER TABLE event_participants ADD COLUMN key TEXT;
         ALTER TABLE events ADD COLUMN place_key TEXT;
         ALTER TABLE merged_events ADD COLUMN place_key TEXT;
         ALTER TABLE merged_events ADD COLUMN place_name_en TEXT;
         ALTER TABLE merged_events ADD COLUMN place_geonames INTEGER;
         ALTER TABLE merged_events ADD COLUMN place_country TEXT;
         UPDATE event_participants SET code = NULLIF(COALESCE(country, '') || COALESCE(sector, ''), '');",
    )?;
    // Search keys are computed in Rust (the one normalization of the project).
    for (table, text, key) in [("event_participants", "text", "key"), ("events", "place", "place_key")] {
        let rows: Vec<(i64, String)> = {
            let mut stmt = tx.prepare(&format!("SELECT rowid, {text} FROM {table} WHERE {text} IS NOT NULL"))?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            rows
        };
        let mut upd = tx.prepare(&format!("UPDATE {table} SET {key} = ?2 WHERE rowid = ?1"))?;
        for (rowid, t) in rows {
            upd.execute(params![rowid, search_key(&t).as_ref()])?;
        }
    }
    tx.execute_batch(
        "UPDATE merged_events SET place_key = e.place_key, place_name_en = e.place_name_en, place_geonames = e.place_geonames, place_country = e.place_country
         FROM events e WHERE e.id = merged_events.event;",
    )?;
    tx.execute_batch(SCHEMA_V4)?;
    Ok(())
}

/// Version 4 → 5: `quotes.speaker_name`, the citation-form speaker name of the analysis
/// (`Quote::speaker_name`, session 33): nullable, NULL when the name is the head (else speaker)
/// text as written and for every quote stored before version 5 (not recomputed: the store keeps
/// no analysis to derive it from).
fn add_v5_columns(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute_batch("ALTER TABLE quotes ADD COLUMN speaker_name TEXT;")?;
    Ok(())
}

fn set_meta(tx: &Transaction<'_>, key: &str, value: i64) -> Result<(), StoreError> {
    tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", params![key, value.to_string()])?;
    Ok(())
}

/// SQLite implementation of [`Store`].
pub struct SqliteStore {
    conn: Connection,
    /// LSH band key → documents having it; loaded at open, kept in step with commits.
    bands: HashMap<u64, Vec<Seq>>,
    signatures: HashMap<Seq, (MinHash, Seq)>,
    /// Signatures are loaded on the first commit: readers (search, export) never need them.
    signatures_loaded: bool,
    /// (type, key) → actor id, filled as actors are met (cleared if a batch fails).
    actors: HashMap<(String, String), i64>,
}

impl SqliteStore {
    /// The database file's name inside the data directory.
    pub const FILE: &'static str = "marsad.sqlite";

    /// Open (creating if needed) the store in `dir` (file `dir/marsad.sqlite`).
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io { path: dir.display().to_string(), source })?;
        let conn = Connection::open(dir.join(Self::FILE))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a committed batch survives power loss too, not only a killed process.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        // 64 MiB page cache: the unique-key indexes stay in memory during a long ingest.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let file = dir.join(Self::FILE).display().to_string();
        conn.execute_batch("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")?;
        let version: Option<String> = conn.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0)).optional()?;
        match version.as_deref().map(|v| v.parse::<i64>().map_err(|_| v)) {
            None => {
                // A new store takes the same steps as a migrated one: one layout.
                let tx = conn.unchecked_transaction()?;
                tx.execute_batch(SCHEMA)?;
                tx.execute_batch(SCHEMA_V3)?;
                add_v4_columns(&tx)?;
                add_v5_columns(&tx)?;
                set_meta(&tx, "schema_version", SCHEMA_VERSION)?;
                set_meta(&tx, "merged_upto", 0)?;
                set_meta(&tx, "actors_from", 0)?;
                tx.commit()?;
            }
            // Versions 2–4 step up one version at a time inside one transaction.
            Some(Ok(found @ 2..=4)) => {
                let tx = conn.unchecked_transaction()?;
                if found <= 2 {
                    Self::migrate_v2(&tx)?;
                }
                if found <= 3 {
                    add_v4_columns(&tx)?;
                }
                add_v5_columns(&tx)?;
                set_meta(&tx, "schema_version", SCHEMA_VERSION)?;
                tx.commit()?;
            }
            Some(Ok(SCHEMA_VERSION)) => {}
            Some(Ok(v)) => return Err(StoreError::SchemaVersion { path: file, found: v, expected: SCHEMA_VERSION }),
            Some(Err(_)) => return Err(StoreError::SchemaVersion { path: file, found: -1, expected: SCHEMA_VERSION }),
        }
        Ok(SqliteStore { conn, bands: HashMap::new(), signatures: HashMap::new(), signatures_loaded: false, actors: HashMap::new() })
    }

    /// Version 2 → 3 (inside the caller's transaction, which goes on to versions 4 and 5): old rows
    /// stay as they are and readable (quotes get a NULL speaker actor id; documents stored so
    /// far have no actor rows, recorded in `meta.actors_from`); merged events are rebuilt from
    /// the event rows by the caller (`merged_upto` = 0 makes every cluster pending).
    fn migrate_v2(tx: &Transaction<'_>) -> Result<(), StoreError> {
        tx.execute_batch("ALTER TABLE quotes ADD COLUMN speaker_actor TEXT;")?;
        tx.execute_batch(SCHEMA_V3)?;
        let last: Seq = tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| r.get(0))?;
        set_meta(tx, "merged_upto", 0)?;
        set_meta(tx, "actors_from", last + 1)?;
        Ok(())
    }

    /// A number of the `meta` table (0 when absent).
    fn meta_number(&self, key: &str) -> Result<i64, StoreError> {
        let v: Option<String> = self.conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| r.get(0)).optional()?;
        Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// The first sequence number whose document has actor rows (documents before it were
    /// stored by schema version 2).
    pub fn actors_from(&self) -> Result<Seq, StoreError> {
        self.meta_number("actors_from")
    }

    fn load_signatures(&mut self) -> Result<(), StoreError> {
        if self.signatures_loaded {
            return Ok(());
        }
        self.signatures_loaded = true;
        let mut stmt = self.conn.prepare("SELECT seq, cluster, minhash FROM documents WHERE minhash IS NOT NULL AND duplicate_of IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Seq>(0)?, r.get::<_, Seq>(1)?, r.get::<_, Vec<u8>>(2)?)))?;
        let mut loaded = Vec::new();
        for row in rows {
            let (seq, cluster, bytes) = row?;
            if let Some(sig) = MinHash::from_bytes(&bytes) {
                loaded.push((seq, cluster, sig));
            }
        }
        drop(stmt);
        for (seq, cluster, sig) in loaded {
            self.remember(seq, cluster, sig);
        }
        Ok(())
    }

    fn remember(&mut self, seq: Seq, cluster: Seq, sig: MinHash) {
        for b in sig.bands() {
            self.bands.entry(b).or_default().push(seq);
        }
        self.signatures.insert(seq, (sig, cluster));
    }

    /// The cluster of the most similar stored document, if any is a near-duplicate.
    fn nearest_cluster(&self, sig: &MinHash) -> Option<Seq> {
        let mut best: Option<(f32, Seq)> = None;
        let mut seen = Vec::new();
        for b in sig.bands() {
            for &cand in self.bands.get(&b).map(Vec::as_slice).unwrap_or(&[]) {
                if seen.contains(&cand) {
                    continue;
                }
                seen.push(cand);
                let (other, cluster) = &self.signatures[&cand];
                let s = sig.similarity(other);
                if s >= NEAR_DUPLICATE_JACCARD && best.is_none_or(|(bs, _)| s > bs) {
                    best = Some((s, *cluster));
                }
            }
        }
        best.map(|(_, c)| c)
    }

    fn commit_one(tx: &Transaction<'_>, item: &IngestItem, cluster_hint: Option<Seq>, actors: &mut HashMap<(String, String), i64>, mentions: &mut HashMap<i64, i64>) -> Result<(Outcome, Option<(Seq, Seq)>), StoreError> {
        let doc = &item.doc;
        if let Some(seq) = tx.query_row("SELECT seq FROM documents WHERE doc_id = ?1", params![doc.doc_id], |r| r.get::<_, Seq>(0)).optional()? {
            return Ok((Outcome::AlreadyStored { seq }, None));
        }
        let same_text: Option<(Seq, Seq)> = tx
            .query_row("SELECT seq, cluster FROM documents WHERE content_hash = ?1 AND duplicate_of IS NULL ORDER BY seq LIMIT 1", params![&doc.content_hash.0[..]], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let insert_doc = |cluster: Option<Seq>, duplicate_of: Option<Seq>, minhash: Option<Vec<u8>>| -> Result<Seq, StoreError> {
            tx.execute(
                "INSERT INTO documents (doc_id, content_hash, source, url, title, published, text, origin, cluster, duplicate_of, minhash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE(?9, 0), ?10, ?11)",
                params![doc.doc_id, &doc.content_hash.0[..], doc.source, doc.url, doc.title, doc.published, doc.text, doc.origin, cluster, duplicate_of, minhash],
            )?;
            let seq = tx.last_insert_rowid();
            Ok(seq)
        };
        if let Some((of, cluster)) = same_text {
            let seq = insert_doc(Some(cluster), Some(of), None)?;
            tx.execute("UPDATE clusters SET size = size + 1, last_seq = ?2 WHERE id = ?1", params![cluster, seq])?;
            return Ok((Outcome::ExactDuplicate { seq, of }, None));
        }
        let analysis = item.analysis.clone().unwrap_or_default();
        let seq = insert_doc(cluster_hint, None, analysis.minhash.as_ref().map(MinHash::to_bytes))?;
        let (cluster, near_duplicate) = match cluster_hint {
            Some(c) => {
                tx.execute("UPDATE clusters SET size = size + 1, last_seq = ?2 WHERE id = ?1", params![c, seq])?;
                (c, true)
            }
            None => {
                tx.execute("UPDATE documents SET cluster = ?1 WHERE seq = ?1", params![seq])?;
                tx.execute("INSERT INTO clusters (id, size, last_seq) VALUES (?1, 1, ?1)", params![seq])?;
                (seq, false)
            }
        };
        {
            let mut actor_get = tx.prepare_cached("SELECT id FROM actors WHERE kind = ?1 AND key = ?2")?;
            let mut actor_new = tx.prepare_cached("INSERT INTO actors (kind, key, name, country, mentions) VALUES (?1, ?2, ?3, ?4, 0)")?;
            let mut ent = tx.prepare_cached("INSERT INTO entities (seq, start, end, kind, text, key, country, actor_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for e in &analysis.entities {
                let actor = match actors.get(&(e.kind.clone(), e.key.clone())) {
                    Some(&id) => id,
                    None => {
                        let id = match actor_get.query_row(params![e.kind, e.key], |r| r.get::<_, i64>(0)).optional()? {
                            Some(id) => id,
                            None => {
                                actor_new.execute(params![e.kind, e.key, e.text, e.country])?;
                                tx.last_insert_rowid()
                            }
                        };
                        actors.insert((e.kind.clone(), e.key.clone()), id);
                        id
                    }
                };
                *mentions.entry(actor).or_default() += 1;
                ent.execute(params![seq, e.start as i64, e.end as i64, e.kind, e.text, e.key, e.country, actor])?;
            }
            let mut q = tx.prepare_cached(
                "INSERT INTO quotes (seq, verb_start, verb_end, verb, speaker_start, speaker_end, speaker, head_start, head_end, head, speaker_source,
                 content_start, content_end, content, kind, confidence, provenance, speaker_actor, speaker_name) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)",
            )?;
            for x in &analysis.quotes {
                let sp = x.speaker.as_ref();
                let hd = x.speaker_head.as_ref();
                q.execute(params![
                    seq,
                    x.verb.start as i64,
                    x.verb.end as i64,
                    x.verb.text,
                    sp.map(|s| s.start as i64),
                    sp.map(|s| s.end as i64),
                    sp.map(|s| s.text.as_str()),
                    hd.map(|s| s.start as i64),
                    hd.map(|s| s.end as i64),
                    hd.map(|s| s.text.as_str()),
                    x.speaker_source,
                    x.content.start as i64,
                    x.content.end as i64,
                    x.content.text,
                    x.kind,
                    x.confidence as f64,
                    x.provenance,
                    x.speaker_actor,
                    x.speaker_name
                ])?;
            }
            let mut am = tx.prepare_cached("INSERT INTO actor_mentions (seq, actor, start, end, text, how, name_en, kind, country, sector) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")?;
            for a in &analysis.actors {
                for m in &a.mentions {
                    am.execute(params![seq, a.id, m.start as i64, m.end as i64, m.text, m.how, a.name_en, a.kind, a.country, a.sector])?;
                }
            }
            let mut d = tx.prepare_cached("INSERT INTO dates (seq, start, end, text, value, resolved, granularity, confidence, provenance) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")?;
            for x in &analysis.dates {
                d.execute(params![seq, x.start as i64, x.end as i64, x.text, x.value, x.resolved, x.granularity, x.confidence as f64, x.provenance])?;
            }
            let mut ev = tx.prepare_cached(
                "INSERT INTO events (seq, cluster, type, mode, contexts, cameo, quad_class, score, trigger_start, trigger_end, trigger, sentence_start, sentence_end,
                 date, date_in_text, place_start, place_end, place, place_geonames, place_name_en, place_country, place_lat, place_lon,
                 negated, future, hypothetical, reported, mentions, confidence, provenance, place_key)
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31)",
            )?;
            let mut part = tx.prepare_cached("INSERT INTO event_participants (event, role, ord, start, end, text, actor, country, sector, code, key) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")?;
            for x in &analysis.events {
                let p = x.place.as_ref();
                ev.execute(params![
                    seq,
                    cluster,
                    x.kind,
                    x.mode,
                    x.contexts.join(";"),
                    x.cameo,
                    x.quad_class,
                    x.score as f64,
                    x.trigger.start as i64,
                    x.trigger.end as i64,
                    x.trigger.text,
                    x.sentence_start as i64,
                    x.sentence_end as i64,
                    x.date,
                    x.date_in_text,
                    p.map(|p| p.start as i64),
                    p.map(|p| p.end as i64),
                    p.map(|p| p.text.as_str()),
                    p.and_then(|p| p.geonames_id),
                    p.and_then(|p| p.name_en.as_deref()),
                    p.map(|p| p.country_code.as_str()),
                    p.and_then(|p| p.lat),
                    p.and_then(|p| p.lon),
                    x.negated,
                    x.future,
                    x.hypothetical,
                    x.reported,
                    x.mentions,
                    x.confidence as f64,
                    x.provenance,
                    p.map(|p| search_key(&p.text))
                ])?;
                let id = tx.last_insert_rowid();
                for (role, list) in [(0, &x.actors), (1, &x.recipients)] {
                    for (i, a) in list.iter().enumerate() {
                        let code = Some(a.code()).filter(|c| !c.is_empty());
                        part.execute(params![id, role, i as i64, a.start as i64, a.end as i64, a.text, a.id, a.country, a.sector, code, search_key(&a.text)])?;
                    }
                }
            }
        }
        let remember = analysis.minhash.map(|_| (seq, cluster));
        Ok((Outcome::Added { seq, cluster, near_duplicate }, remember))
    }

    /// Fill in the participants of events (event id, row without participants) with one
    /// query for all of them.
    fn fill_participants<'a>(&self, rows: impl IntoIterator<Item = (i64, &'a mut EventRow)>) -> Result<(), StoreError> {
        let mut by_id: HashMap<i64, &mut EventRow> = rows.into_iter().collect();
        if by_id.is_empty() {
            return Ok(());
        }
        let ids = format!("[{}]", by_id.keys().map(i64::to_string).collect::<Vec<_>>().join(","));
        let mut stmt = self.conn.prepare_cached(
            "SELECT event, role, start, end, text, actor, country, sector FROM event_participants WHERE event IN (SELECT value FROM json_each(?1)) ORDER BY event, role, ord",
        )?;
        let mut rows = stmt.query(params![ids])?;
        while let Some(r) = rows.next()? {
            let Some(row) = by_id.get_mut(&r.get::<_, i64>(0)?) else { continue };
            let p = ParticipantRow { start: r.get::<_, i64>(2)? as usize, end: r.get::<_, i64>(3)? as usize, text: r.get(4)?, id: r.get(5)?, country: r.get(6)?, sector: r.get(7)? };
            if r.get::<_, i64>(1)? == 0 {
                row.actors.push(p);
            } else {
                row.recipients.push(p);
            }
        }
        Ok(())
    }

    fn entities_of(&self, seq: Seq) -> Result<Vec<EntityRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT start, end, kind, text, key, country FROM entities WHERE seq = ?1 ORDER BY start")?;
        let rows = stmt.query_map(params![seq], |r| {
            Ok(EntityRow { start: r.get::<_, i64>(0)? as usize, end: r.get::<_, i64>(1)? as usize, kind: r.get(2)?, text: r.get(3)?, key: r.get(4)?, country: r.get(5)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn read_docs(&self, sql: &str, p: impl rusqlite::Params) -> Result<Vec<StoredDocument>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(p, |r| document(r, IndexRows::default()))?;
        let mut docs: Vec<StoredDocument> = rows.collect::<Result<_, _>>()?;
        for d in &mut docs {
            d.extra.entities = self.entities_of(d.seq)?;
            let mut types = self.conn.prepare_cached("SELECT DISTINCT type FROM events WHERE seq = ?1 ORDER BY type")?;
            d.extra.event_types = types.query_map(params![d.seq], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let mut codes = self.conn.prepare_cached(
                "SELECT DISTINCT c FROM (SELECT p.country AS c FROM event_participants p JOIN events e ON e.id = p.event WHERE e.seq = ?1 AND p.country IS NOT NULL
                 UNION SELECT p.country || p.sector FROM event_participants p JOIN events e ON e.id = p.event WHERE e.seq = ?1 AND p.country IS NOT NULL AND p.sector IS NOT NULL) ORDER BY c",
            )?;
            d.extra.event_actor_codes = codes.query_map(params![d.seq], |r| r.get(0))?.collect::<Result<_, _>>()?;
        }
        Ok(docs)
    }
}

/// Event columns read back (the id first), in [`event_row`] order after it.
const EVENT_COLUMNS: &str = "id, type, mode, contexts, cameo, quad_class, score, trigger_start, trigger_end, trigger, sentence_start, sentence_end, date, date_in_text, \
place_start, place_end, place, place_geonames, place_name_en, place_country, place_lat, place_lon, negated, future, hypothetical, reported, mentions, confidence, provenance";

/// An event row (without participants) from the columns of [`EVENT_COLUMNS`] after the id,
/// starting at `at`.
fn event_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<EventRow> {
    let u = |i: usize| -> rusqlite::Result<usize> { Ok(r.get::<_, i64>(at + i)? as usize) };
    let contexts: String = r.get(at + 2)?;
    let place_start: Option<i64> = r.get(at + 13)?;
    let place = match place_start {
        Some(start) => Some(PlaceRow {
            start: start as usize,
            end: u(14)?,
            text: r.get(at + 15)?,
            geonames_id: r.get(at + 16)?,
            name_en: r.get(at + 17)?,
            country_code: r.get(at + 18)?,
            lat: r.get(at + 19)?,
            lon: r.get(at + 20)?,
        }),
        None => None,
    };
    Ok(EventRow {
        kind: r.get(at)?,
        mode: r.get(at + 1)?,
        contexts: contexts.split(';').filter(|c| !c.is_empty()).map(str::to_string).collect(),
        cameo: r.get(at + 3)?,
        quad_class: r.get(at + 4)?,
        score: r.get::<_, f64>(at + 5)? as f32,
        actors: Vec::new(),
        recipients: Vec::new(),
        trigger: SpanRow { start: u(6)?, end: u(7)?, text: r.get(at + 8)? },
        sentence_start: u(9)?,
        sentence_end: u(10)?,
        date: r.get(at + 11)?,
        date_in_text: r.get(at + 12)?,
        place,
        negated: r.get(at + 21)?,
        future: r.get(at + 22)?,
        hypothetical: r.get(at + 23)?,
        reported: r.get(at + 24)?,
        mentions: r.get(at + 25)?,
        confidence: r.get::<_, f64>(at + 26)? as f32,
        provenance: r.get(at + 27)?,
    })
}

/// Events whose participants are read with one query.
const PARTICIPANT_CHUNK: usize = 1024;

/// An event with its document (participants not filled in) from `seq, cluster, doc_id,
/// published, source, url, title` and [`EVENT_COLUMNS`].
fn event_export(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventExport> {
    let row = event_row(r, 8)?;
    Ok(EventExport { id: r.get(7)?, seq: r.get(0)?, cluster: r.get(1)?, doc_id: r.get(2)?, published: r.get(3)?, source: r.get(4)?, url: r.get(5)?, title: r.get(6)?, row })
}

const DOC_COLUMNS: &str = "seq, doc_id, source, url, title, published, text, cluster";

/// A document from the [`DOC_COLUMNS`] at the start of a row, with what the read adds.
fn document<X>(r: &rusqlite::Row<'_>, extra: X) -> rusqlite::Result<Document<X>> {
    Ok(Document { seq: r.get(0)?, doc_id: r.get(1)?, source: r.get(2)?, url: r.get(3)?, title: r.get(4)?, published: r.get(5)?, text: r.get(6)?, cluster: r.get(7)?, extra })
}

impl Store for SqliteStore {
    fn admission(&self, doc_id: &str, hash: &ContentHash) -> Result<Admission, StoreError> {
        if let Some(seq) = self.conn.prepare_cached("SELECT seq FROM documents WHERE doc_id = ?1")?.query_row(params![doc_id], |r| r.get::<_, Seq>(0)).optional()? {
            return Ok(Admission::KnownId(seq));
        }
        let same = self
            .conn
            .prepare_cached("SELECT seq FROM documents WHERE content_hash = ?1 AND duplicate_of IS NULL LIMIT 1")?
            .query_row(params![&hash.0[..]], |r| r.get::<_, Seq>(0))
            .optional()?;
        Ok(same.map_or(Admission::New, Admission::SameText))
    }

    fn commit_batch(&mut self, items: &[IngestItem]) -> Result<Vec<Outcome>, StoreError> {
        self.load_signatures()?;
        let mut outcomes = Vec::with_capacity(items.len());
        let mut remembered = Vec::new();
        let tx = self.conn.unchecked_transaction()?;
        // Mention counts are added once per actor per batch.
        let mut mentions: HashMap<i64, i64> = HashMap::new();
        // Signatures of this batch are compared too, so two rewrites in one batch cluster.
        let mut batch_sigs: Vec<(MinHash, Seq)> = Vec::new();
        for item in items {
            let sig = item.analysis.as_ref().and_then(|a| a.minhash.as_ref());
            let hint = sig.and_then(|s| {
                let stored = self.nearest_cluster(s).map(|c| (1.0f32, c));
                let in_batch = batch_sigs.iter().map(|(o, c)| (s.similarity(o), *c)).filter(|(x, _)| *x >= NEAR_DUPLICATE_JACCARD).max_by(|a, b| a.0.total_cmp(&b.0));
                stored.or(in_batch).map(|(_, c)| c)
            });
            let (outcome, remember) = match Self::commit_one(&tx, item, hint, &mut self.actors, &mut mentions) {
                Ok(r) => r,
                Err(e) => {
                    // Actors inserted by this transaction are rolled back with it.
                    self.actors.clear();
                    return Err(e);
                }
            };
            if let (Some((seq, cluster)), Some(s)) = (remember, sig) {
                batch_sigs.push((s.clone(), cluster));
                remembered.push((seq, cluster, s.clone()));
            }
            outcomes.push(outcome);
        }
        let flushed = (|| -> Result<(), StoreError> {
            let mut bump = tx.prepare_cached("UPDATE actors SET mentions = mentions + ?2 WHERE id = ?1")?;
            for (id, n) in &mentions {
                bump.execute(params![id, n])?;
            }
            drop(bump);
            Ok(tx.commit()?)
        })();
        if let Err(e) = flushed {
            self.actors.clear();
            return Err(e);
        }
        for (seq, cluster, sig) in remembered {
            self.remember(seq, cluster, sig);
        }
        Ok(outcomes)
    }

    fn indexable_after(&self, after: Seq, limit: usize) -> Result<Vec<StoredDocument>, StoreError> {
        self.read_docs(&format!("SELECT {DOC_COLUMNS} FROM documents WHERE seq > ?1 AND duplicate_of IS NULL ORDER BY seq LIMIT ?2"), params![after, limit as i64])
    }

    fn documents(&self, seqs: &[Seq]) -> Result<Vec<StoredDocument>, StoreError> {
        let mut out = Vec::with_capacity(seqs.len());
        for &s in seqs {
            out.extend(self.read_docs(&format!("SELECT {DOC_COLUMNS} FROM documents WHERE seq = ?1"), params![s])?);
        }
        Ok(out)
    }

    fn summaries(&self, seqs: &[Seq]) -> Result<Vec<DocumentSummary>, StoreError> {
        // The document columns are unambiguous in this join (`clusters` has id, size, last_seq).
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {DOC_COLUMNS}, COALESCE(c.size, 1) FROM documents d LEFT JOIN clusters c ON c.id = d.cluster WHERE d.seq = ?1"))?;
        let mut out = Vec::with_capacity(seqs.len());
        for &s in seqs {
            let row = stmt
                .query_row(params![s], |r| {
                    let cluster_size = r.get::<_, i64>(8)? as usize;
                    document(r, ClusterSize { cluster_size })
                })
                .optional()?;
            out.extend(row);
        }
        Ok(out)
    }

    fn last_seq(&self) -> Result<Seq, StoreError> {
        Ok(self.conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| r.get(0))?)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let one = |sql: &str| -> Result<u64, StoreError> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        Ok(Counts {
            documents: one("SELECT COUNT(*) FROM documents")?,
            exact_duplicates: one("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL")?,
            clusters: one("SELECT COUNT(*) FROM clusters")?,
            multi_clusters: one("SELECT COUNT(*) FROM clusters WHERE size > 1")?,
            entities: one("SELECT COUNT(*) FROM entities")?,
            quotes: one("SELECT COUNT(*) FROM quotes")?,
            actors: one("SELECT COUNT(*) FROM actors")?,
            events: one("SELECT COUNT(*) FROM events")?,
        })
    }

    fn for_each_entity(&self, f: &mut dyn FnMut(EntityExport)) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_id, d.published, d.source, e.actor_id, e.start, e.end, e.kind, e.text, e.key, e.country
             FROM entities e JOIN documents d ON d.seq = e.seq ORDER BY e.seq, e.start",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(EntityExport {
                doc_id: r.get(0)?,
                published: r.get(1)?,
                source: r.get(2)?,
                actor_id: r.get(3)?,
                row: EntityRow { start: r.get::<_, i64>(4)? as usize, end: r.get::<_, i64>(5)? as usize, kind: r.get(6)?, text: r.get(7)?, key: r.get(8)?, country: r.get(9)? },
            });
        }
        Ok(())
    }

    fn for_each_quote(&self, f: &mut dyn FnMut(QuoteExport)) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_id, d.published, d.source, d.title, q.verb_start, q.verb_end, q.verb, q.speaker_start, q.speaker_end, q.speaker,
                    q.head_start, q.head_end, q.head, q.speaker_source, q.content_start, q.content_end, q.content, q.kind, q.confidence, q.provenance, q.speaker_actor, q.speaker_name
             FROM quotes q JOIN documents d ON d.seq = q.seq ORDER BY q.seq, q.verb_start",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let row = quote_row(r, 4)?;
            f(QuoteExport { doc_id: r.get(0)?, published: r.get(1)?, source: r.get(2)?, title: r.get(3)?, row });
        }
        Ok(())
    }

    fn cluster_members(&self, cluster: Seq) -> Result<Vec<(Seq, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT seq, doc_id FROM documents WHERE cluster = ?1 ORDER BY seq")?;
        let rows = stmt.query_map(params![cluster], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn find(&self, doc_id: &str) -> Result<Option<Seq>, StoreError> {
        Ok(self.conn.prepare_cached("SELECT seq FROM documents WHERE doc_id = ?1")?.query_row(params![doc_id], |r| r.get::<_, Seq>(0)).optional()?)
    }

    fn analyzed_copy(&self, seq: Seq) -> Result<Seq, StoreError> {
        let of: Option<Option<Seq>> = self.conn.prepare_cached("SELECT duplicate_of FROM documents WHERE seq = ?1")?.query_row(params![seq], |r| r.get(0)).optional()?;
        Ok(of.flatten().unwrap_or(seq))
    }

    fn analysis(&self, seq: Seq) -> Result<AnalysisRows, StoreError> {
        let entities = self.entities_of(seq)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT verb_start, verb_end, verb, speaker_start, speaker_end, speaker, head_start, head_end, head, speaker_source,
                    content_start, content_end, content, kind, confidence, provenance, speaker_actor, speaker_name FROM quotes WHERE seq = ?1 ORDER BY verb_start",
        )?;
        let quotes = stmt.query_map(params![seq], |r| quote_row(r, 0))?.collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached("SELECT start, end, text, value, resolved, granularity, confidence, provenance FROM dates WHERE seq = ?1 ORDER BY start")?;
        let dates = stmt
            .query_map(params![seq], |r| {
                Ok(DateRow {
                    start: r.get::<_, i64>(0)? as usize,
                    end: r.get::<_, i64>(1)? as usize,
                    text: r.get(2)?,
                    value: r.get(3)?,
                    resolved: r.get(4)?,
                    granularity: r.get(5)?,
                    confidence: r.get::<_, f64>(6)? as f32,
                    provenance: r.get(7)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE seq = ?1 ORDER BY id"))?;
        let mut events = stmt.query_map(params![seq], |r| Ok((r.get::<_, i64>(0)?, event_row(r, 1)?)))?.collect::<Result<Vec<_>, _>>()?;
        self.fill_participants(events.iter_mut().map(|(id, row)| (*id, row)))?;
        let events = events.into_iter().map(|(_, row)| row).collect();
        let mut stmt = self.conn.prepare_cached("SELECT actor, name_en, kind, country, sector, start, end, text, how FROM actor_mentions WHERE seq = ?1 ORDER BY rowid")?;
        let mut rows = stmt.query(params![seq])?;
        let mut actors: Vec<ActorRow> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let m = MentionRow { start: r.get::<_, i64>(5)? as usize, end: r.get::<_, i64>(6)? as usize, text: r.get(7)?, how: r.get(8)? };
            match actors.iter_mut().find(|a| a.id == id) {
                Some(a) => a.mentions.push(m),
                None => actors.push(ActorRow { id, name_en: r.get(1)?, kind: r.get(2)?, country: r.get(3)?, sector: r.get(4)?, mentions: vec![m] }),
            }
        }
        Ok(AnalysisRows { entities, quotes, dates, events, actors, minhash: None })
    }

    fn for_each_event(&self, f: &mut dyn FnMut(EventExport)) -> Result<(), StoreError> {
        let cols: String = EVENT_COLUMNS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ");
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.seq, e.cluster, d.doc_id, d.published, d.source, d.url, d.title, {cols} FROM events e JOIN documents d ON d.seq = e.seq ORDER BY e.cluster, e.seq, e.id"
        ))?;
        let mut rows = stmt.query([])?;
        let mut chunk: Vec<EventExport> = Vec::with_capacity(PARTICIPANT_CHUNK);
        loop {
            let next = rows.next()?;
            let done = next.is_none();
            if let Some(r) = next {
                chunk.push(event_export(r)?);
            }
            if chunk.len() >= PARTICIPANT_CHUNK || done {
                self.fill_participants(chunk.iter_mut().map(|e| (e.id, &mut e.row)))?;
                chunk.drain(..).for_each(&mut *f);
            }
            if done {
                return Ok(());
            }
        }
    }

    fn merge_pending(&self) -> Result<(Vec<Seq>, Seq), StoreError> {
        let upto = self.meta_number("merged_upto")?;
        let last = self.last_seq()?;
        let mut stmt = self.conn.prepare_cached("SELECT DISTINCT cluster FROM documents WHERE seq > ?1 ORDER BY cluster")?;
        let clusters = stmt.query_map(params![upto], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok((clusters, last))
    }

    fn cluster_events(&self, cluster: Seq) -> Result<(Vec<EventExport>, Vec<DuplicateRef>), StoreError> {
        let cols: String = EVENT_COLUMNS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ");
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT e.seq, e.cluster, d.doc_id, d.published, d.source, d.url, d.title, {cols} FROM events e JOIN documents d ON d.seq = e.seq WHERE e.cluster = ?1 ORDER BY e.seq, e.id"
        ))?;
        let mut events = stmt.query_map(params![cluster], event_export)?.collect::<Result<Vec<_>, _>>()?;
        self.fill_participants(events.iter_mut().map(|e| (e.id, &mut e.row)))?;
        let mut stmt = self.conn.prepare_cached("SELECT duplicate_of, doc_id, source FROM documents WHERE cluster = ?1 AND duplicate_of IS NOT NULL ORDER BY seq")?;
        let dups = stmt.query_map(params![cluster], |r| Ok(DuplicateRef { of: r.get(0)?, doc_id: r.get(1)?, source: r.get(2)? }))?.collect::<Result<_, _>>()?;
        Ok((events, dups))
    }

    fn replace_merged(&mut self, clusters: &[(Seq, Vec<MergedRow>)], upto: Option<Seq>) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut del = tx.prepare_cached("DELETE FROM merged_events WHERE cluster = ?1")?;
            let mut ins = tx.prepare_cached(
                "INSERT INTO merged_events (event, cluster, type, date, negated, num_mentions, num_sources, num_articles, place_key, place_name_en, place_geonames, place_country)
                 SELECT id, cluster, type, date, negated, ?2, ?3, ?4, place_key, place_name_en, place_geonames, place_country FROM events WHERE id = ?1",
            )?;
            for (cluster, rows) in clusters {
                del.execute(params![cluster])?;
                for m in rows {
                    ins.execute(params![m.event, m.num_mentions, m.num_sources, m.num_articles])?;
                }
            }
        }
        if let Some(upto) = upto {
            set_meta(&tx, "merged_upto", upto)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn merged_events(&self, q: &MergedQuery, skip: u64, f: &mut dyn FnMut(MergedExport) -> bool) -> Result<(), StoreError> {
        let cols: String = EVENT_COLUMNS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ");
        let (cond, args) = merged_where(q);
        let dir = if q.descending { "DESC" } else { "ASC" };
        let sql = format!(
            "SELECT e.seq, e.cluster, d.doc_id, d.published, d.source, d.url, d.title, m.num_mentions, m.num_sources, m.num_articles, {cols}
             FROM merged_events m JOIN events e ON e.id = m.event JOIN documents d ON d.seq = e.seq
             WHERE {cond} ORDER BY m.cluster {dir}, m.event {dir} LIMIT -1 OFFSET {skip}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        // Participants are read per chunk of rows (small first: a page stops early).
        let (mut chunk, mut cap): (Vec<MergedExport>, usize) = (Vec::new(), 32);
        loop {
            let next = rows.next()?;
            let done = next.is_none();
            if let Some(r) = next {
                let row = event_row(r, 11)?;
                let event = EventExport { id: r.get(10)?, seq: r.get(0)?, cluster: r.get(1)?, doc_id: r.get(2)?, published: r.get(3)?, source: r.get(4)?, url: r.get(5)?, title: r.get(6)?, row };
                chunk.push(MergedExport { event, num_mentions: r.get(7)?, num_sources: r.get(8)?, num_articles: r.get(9)? });
            }
            if chunk.len() >= cap || done {
                self.fill_participants(chunk.iter_mut().map(|m| (m.event.id, &mut m.event.row)))?;
                for m in chunk.drain(..) {
                    if !f(m) {
                        return Ok(());
                    }
                }
                cap = (cap * 2).min(PARTICIPANT_CHUNK);
            }
            if done {
                return Ok(());
            }
        }
    }

    fn merged_stats(&self, q: &MergedQuery, actors: usize) -> Result<MergedStats, StoreError> {
        let (cond, args) = merged_where(q);
        let p = || rusqlite::params_from_iter(args.iter());
        let mut stats = MergedStats::default();
        let mut stmt = self.conn.prepare_cached(&format!("SELECT m.type, COUNT(*) FROM merged_events m WHERE {cond} GROUP BY m.type ORDER BY 2 DESC, 1"))?;
        stats.types = stmt.query_map(p(), |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?.collect::<Result<_, _>>()?;
        stats.total = stats.types.iter().map(|t| t.1).sum();
        if actors > 0 {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT p.actor, COUNT(*) FROM merged_events m JOIN event_participants p ON p.event = m.event WHERE {cond} AND p.actor IS NOT NULL GROUP BY p.actor ORDER BY 2 DESC, 1 LIMIT {actors}"
            ))?;
            stats.actors = stmt.query_map(p(), |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?.collect::<Result<_, _>>()?;
        }
        let mut stmt = self.conn.prepare_cached(&format!("SELECT m.date, m.type, COUNT(*) FROM merged_events m WHERE {cond} AND m.date IS NOT NULL GROUP BY m.date, m.type ORDER BY 1, 2"))?;
        stats.days = stmt.query_map(p(), |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64)))?.collect::<Result<_, _>>()?;
        Ok(stats)
    }

    fn actor_mentions(&self, actor: &str, limit: usize) -> Result<Vec<ActorMentionExport>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.seq, d.doc_id, d.title, d.published, d.source, a.name_en, a.kind, a.country, a.sector, a.start, a.end, a.text, a.how
             FROM actor_mentions a JOIN documents d ON d.seq = a.seq WHERE a.actor = ?1 ORDER BY a.seq DESC, a.start LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![actor, limit as i64], |r| {
            Ok(ActorMentionExport {
                seq: r.get(0)?,
                doc_id: r.get(1)?,
                title: r.get(2)?,
                published: r.get(3)?,
                source: r.get(4)?,
                name_en: r.get(5)?,
                kind: r.get(6)?,
                country: r.get(7)?,
                sector: r.get(8)?,
                mention: MentionRow { start: r.get::<_, i64>(9)? as usize, end: r.get::<_, i64>(10)? as usize, text: r.get(11)?, how: r.get(12)? },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn speaker_quotes(&self, actor: &str, limit: usize) -> Result<Vec<QuoteExport>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.published, d.source, d.title, q.verb_start, q.verb_end, q.verb, q.speaker_start, q.speaker_end, q.speaker,
                    q.head_start, q.head_end, q.head, q.speaker_source, q.content_start, q.content_end, q.content, q.kind, q.confidence, q.provenance, q.speaker_actor, q.speaker_name
             FROM quotes q JOIN documents d ON d.seq = q.seq WHERE q.speaker_actor = ?1 ORDER BY q.seq DESC, q.verb_start LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![actor, limit as i64])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let row = quote_row(r, 4)?;
            out.push(QuoteExport { doc_id: r.get(0)?, published: r.get(1)?, source: r.get(2)?, title: r.get(3)?, row });
        }
        Ok(out)
    }

    fn exact_duplicates(&self) -> Result<Vec<DuplicateRef>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT duplicate_of, doc_id, source FROM documents WHERE duplicate_of IS NOT NULL ORDER BY seq")?;
        let rows = stmt.query_map([], |r| Ok(DuplicateRef { of: r.get(0)?, doc_id: r.get(1)?, source: r.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The WHERE clause (over `merged_events m`) and its parameters for a query: every condition
/// on the merged events' own columns or an indexed subquery, nothing left to the caller.
fn merged_where(q: &MergedQuery) -> (String, Vec<Value>) {
    let mut cond = vec!["1".to_string()];
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    let text = |s: &str| Value::Text(s.to_string());
    if !q.keep_negated {
        cond.push("m.negated = 0".into());
    }
    if !q.types.is_empty() {
        let list: Vec<String> = q.types.iter().map(|t| arg(text(t), &mut args)).collect();
        cond.push(format!("m.type IN ({})", list.join(", ")));
    }
    // Prefix comparison: `2018-03` as a lower bound keeps 2018-03-01; as an upper bound it
    // keeps 2018-03-31.
    if let Some(a) = &q.date_from {
        let x = arg(text(a), &mut args);
        cond.push(format!("length(m.date) >= length({x}) AND substr(m.date, 1, length({x})) >= {x}"));
    }
    if let Some(b) = &q.date_to {
        let x = arg(text(b), &mut args);
        cond.push(format!("length(m.date) >= length({x}) AND substr(m.date, 1, length({x})) <= {x}"));
    }
    if let Some(d) = &q.doc {
        let x = arg(text(d), &mut args);
        cond.push(format!("m.event IN (SELECT e.id FROM events e JOIN documents d ON d.seq = e.seq WHERE d.doc_id = {x})"));
    }
    if let Some(a) = &q.participant {
        let x = arg(text(a), &mut args);
        cond.push(format!("m.event IN (SELECT event FROM event_participants WHERE actor = {x})"));
    }
    for (role, pq) in [(0, &q.actor), (1, &q.recipient)] {
        if let Some(pq) = pq {
            cond.push(participant_cond(role, pq, &mut |v| arg(v, &mut args)));
        }
    }
    if let Some(p) = &q.place {
        // One pass over the merged events' place columns (no index serves a substring).
        let mut alt = vec![format!("instr(m.place_key, {}) > 0", arg(text(&p.key), &mut args))];
        alt.push(format!("m.place_name_en = {} COLLATE NOCASE", arg(text(&p.name_en), &mut args)));
        alt.push(format!("m.place_country = {} COLLATE NOCASE", arg(text(&p.country), &mut args)));
        if let Some(g) = p.geonames_id {
            alt.push(format!("m.place_geonames = {}", arg(Value::Integer(i64::from(g)), &mut args)));
        }
        cond.push(format!("m.place_key IS NOT NULL AND ({})", alt.join(" OR ")));
    }
    (cond.join(" AND "), args)
}

/// `m.event IN (…)` for the participants of one role meeting a [`ParticipantQuery`]: a union
/// of index range scans (code prefix on (role, code, event), actor id on (actor, event)) and
/// one pass over the (role, key, event) index for a key substring.
fn participant_cond(role: i64, pq: &ParticipantQuery, arg: &mut dyn FnMut(Value) -> String) -> String {
    let mut parts = Vec::new();
    if let Some(prefix) = &pq.code_prefix {
        match next_prefix(prefix) {
            Some(hi) => {
                let (lo, hi) = (arg(Value::Text(prefix.clone())), arg(Value::Text(hi)));
                parts.push(format!("SELECT event FROM event_participants WHERE role = {role} AND code >= {lo} AND code < {hi}"));
            }
            None if prefix.is_empty() => parts.push(format!("SELECT event FROM event_participants WHERE role = {role} AND code IS NOT NULL")),
            None => {
                let x = arg(Value::Text(prefix.clone()));
                parts.push(format!("SELECT event FROM event_participants WHERE role = {role} AND substr(code, 1, length({x})) = {x}"));
            }
        }
    }
    if let Some(id) = &pq.id {
        let x = arg(Value::Text(id.clone()));
        // `+role`: the (actor, event) index, not a scan of the role's rows.
        parts.push(format!("SELECT event FROM event_participants WHERE actor = {x} AND +role = {role}"));
    }
    if let Some(key) = pq.key.as_ref().filter(|k| !k.is_empty()) {
        let x = arg(Value::Text(key.clone()));
        parts.push(format!("SELECT event FROM event_participants WHERE role = {role} AND instr(key, {x}) > 0"));
    }
    if parts.is_empty() {
        return "0".into();
    }
    format!("m.event IN ({})", parts.join(" UNION "))
}

/// The least string above every string starting with `prefix` (the last character + 1), for
/// a range scan; `None` for an empty prefix or one ending in `char::MAX`.
fn next_prefix(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    let last = chars.pop()?;
    let next = (u32::from(last) + 1..=u32::from(char::MAX)).find_map(char::from_u32)?;
    chars.push(next);
    Some(chars.into_iter().collect())
}

/// A quote row from 18 columns starting at `at` (verb, speaker, head spans, speaker source,
/// content span, kind, confidence, provenance, speaker actor id, speaker name).
fn quote_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<QuoteRow> {
    let span = |i: usize| -> rusqlite::Result<Option<SpanRow>> {
        let start: Option<i64> = r.get(i)?;
        Ok(match start {
            Some(s) => Some(SpanRow { start: s as usize, end: r.get::<_, i64>(i + 1)? as usize, text: r.get(i + 2)? }),
            None => None,
        })
    };
    let empty = || SpanRow { start: 0, end: 0, text: String::new() };
    Ok(QuoteRow {
        verb: span(at)?.unwrap_or_else(empty),
        speaker: span(at + 3)?,
        speaker_head: span(at + 6)?,
        speaker_source: r.get(at + 9)?,
        content: span(at + 10)?.unwrap_or_else(empty),
        kind: r.get(at + 13)?,
        confidence: r.get::<_, f64>(at + 14)? as f32,
        provenance: r.get(at + 15)?,
        speaker_actor: r.get(at + 16)?,
        speaker_name: r.get(at + 17)?,
    })
}
