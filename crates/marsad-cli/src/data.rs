//! The data directory: the store (system of record) and the index (derived, caught up from
//! the store on open), and the conversions between the engine's analysis, store rows and
//! index documents.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use marsad_engine::{analyze_document, Analysis, AnalysisConfig, CivilDate, Document, Resources};
use marsad_index::{IndexDoc, IndexWriterHandle, SearchIndex};
use marsad_store::{AnalysisRows, DateRow, EntityRow, MinHash, QuoteRow, SpanRow, SqliteStore, Store, StoredDocument};
use marsad_text::normalize;

/// Default data directory.
pub const DEFAULT_DATA: &str = "./marsad-data";

/// Index writer memory budget.
pub const INDEX_HEAP: usize = 200_000_000;

/// The store and the index of one data directory.
pub struct Data {
    pub dir: PathBuf,
    pub store: Box<dyn Store>,
    pub index: SearchIndex,
}

impl Data {
    /// Open (creating if needed) the data directory.
    pub fn open(dir: &Path, lexicon: Arc<marsad_text::CliticLexicon>) -> Result<Data> {
        let store = SqliteStore::open(dir).with_context(|| format!("opening the store in {}", dir.display()))?;
        let index_dir = dir.join("index");
        let index = SearchIndex::open(&index_dir, lexicon).with_context(|| format!("opening the index in {}", index_dir.display()))?;
        Ok(Data { dir: dir.to_path_buf(), store: Box::new(store), index })
    }

    /// Feed the index every indexable document above its watermark (after a crash or an
    /// interrupted ingest) and commit. Returns how many were added.
    pub fn catch_up(&self, writer: &mut IndexWriterHandle) -> Result<usize> {
        let mut watermark = self.index.watermark()? as i64;
        let last = self.store.last_seq()?;
        if watermark >= last {
            return Ok(0);
        }
        let mut added = 0;
        loop {
            let docs = self.store.indexable_after(watermark, 1000)?;
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
        self.index.reload()?;
        Ok(added)
    }

    /// How many store documents the index has not caught up with yet.
    pub fn index_lag(&self) -> Result<u64> {
        Ok((self.store.last_seq()? as u64).saturating_sub(self.index.watermark()?))
    }
}

/// The index document of a stored document.
pub fn index_doc(d: &StoredDocument) -> IndexDoc<'_> {
    let mut doc = IndexDoc {
        seq: d.seq as u64,
        cluster: d.cluster as u64,
        title: d.title.as_deref(),
        text: &d.text,
        source: d.source.as_deref(),
        published: d.published.as_deref(),
        ..IndexDoc::default()
    };
    add_entities(&mut doc, &d.entities);
    doc
}

/// Person, place, organisation and actor fields from entity rows.
pub fn add_entities<'a>(doc: &mut IndexDoc<'a>, entities: &'a [EntityRow]) {
    for e in entities {
        match e.kind.as_str() {
            "PER" => doc.persons.push((&e.text, &e.key)),
            "LOC" => doc.places.push((&e.text, &e.key)),
            "ORG" => doc.orgs.push((&e.text, &e.key)),
            _ => {}
        }
        if let Some(c) = &e.country {
            doc.actors.push(c);
        }
    }
}

/// `YYYY-MM-DD`.
pub fn iso_date(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// Analyze a document and turn the result into store rows.
pub fn analysis_rows(text: &str, published: Option<CivilDate>, resources: &Resources) -> AnalysisRows {
    let a = analyze_document(&Document { text, published }, resources, &AnalysisConfig::full());
    rows_of(text, &a)
}

fn span(text: &str, r: &std::ops::Range<usize>) -> SpanRow {
    SpanRow { start: r.start, end: r.end, text: text[r.clone()].to_string() }
}

/// Store rows of an analysis.
pub fn rows_of(text: &str, a: &Analysis<'_>) -> AnalysisRows {
    let entities = a
        .entities
        .iter()
        .map(|e| {
            let surface = &text[e.range.clone()];
            EntityRow { start: e.range.start, end: e.range.end, kind: e.kind.as_str().to_string(), text: surface.to_string(), key: normalize::search_key(surface).into_owned(), country: e.country.as_ref().map(|c| c.as_str().to_string()) }
        })
        .collect();
    let quotes = a
        .quotes
        .iter()
        .map(|q| QuoteRow {
            verb: span(text, &q.verb),
            speaker: q.speaker.as_ref().map(|r| span(text, r)),
            speaker_head: q.speaker_head.as_ref().map(|r| span(text, r)),
            speaker_source: match q.speaker_source {
                marsad_engine::SpeakerSource::Explicit => "explicit",
                marsad_engine::SpeakerSource::Carried => "carried",
                marsad_engine::SpeakerSource::Unknown => "unknown",
            }
            .to_string(),
            content: span(text, &q.content),
            kind: q.kind.as_str().to_string(),
            confidence: q.confidence,
            provenance: q.provenance.to_string(),
        })
        .collect();
    let dates = a
        .dates
        .iter()
        .map(|d| {
            let iso = d.value.iso();
            DateRow {
                start: d.range.start,
                end: d.range.end,
                text: text[d.range.clone()].to_string(),
                resolved: iso.is_some(),
                value: iso.unwrap_or_else(|| d.value.to_string()),
                granularity: d.granularity.as_str().to_string(),
                confidence: d.confidence,
                provenance: d.provenance.to_string(),
            }
        })
        .collect();
    let minhash = MinHash::of_keys(a.tokens.iter().filter(|t| t.token.kind.is_wordlike()).map(|t| t.norm.as_ref()));
    AnalysisRows { entities, quotes, dates, minhash }
}
