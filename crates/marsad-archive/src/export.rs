//! Export tables: typed columns and rows of cells, streamed from the store. The writers (CSV,
//! Parquet, GDELT TSV, JSON) live in the outer crates.

use marsad_store::SpanRow;

use crate::{Archive, ArchiveError};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Entities,
    Quotes,
    /// Cluster-merged events (negated ones left out), see [`crate::events`].
    Events,
}

/// Column types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Str,
    Int,
    Float,
}

/// A column: name, type, whether it may be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column(pub &'static str, pub Kind, pub bool);

pub const ENTITY_COLUMNS: &[Column] = &[
    Column("doc_id", Kind::Str, false),
    Column("published", Kind::Str, true),
    Column("source", Kind::Str, true),
    Column("start", Kind::Int, false),
    Column("end", Kind::Int, false),
    Column("type", Kind::Str, false),
    Column("text", Kind::Str, false),
    Column("key", Kind::Str, false),
    Column("country", Kind::Str, true),
    Column("actor_id", Kind::Int, false),
];

pub const QUOTE_COLUMNS: &[Column] = &[
    Column("doc_id", Kind::Str, false),
    Column("published", Kind::Str, true),
    Column("source", Kind::Str, true),
    Column("speaker", Kind::Str, true),
    Column("speaker_start", Kind::Int, true),
    Column("speaker_end", Kind::Int, true),
    Column("speaker_head", Kind::Str, true),
    // Session 33: the citation-form speaker name (schema version 5; empty when it is the
    // speaker_head (else speaker) text as written, and for quotes stored before).
    Column("speaker_name", Kind::Str, true),
    Column("speaker_source", Kind::Str, false),
    Column("verb", Kind::Str, false),
    Column("verb_start", Kind::Int, false),
    Column("verb_end", Kind::Int, false),
    Column("content", Kind::Str, false),
    Column("content_start", Kind::Int, false),
    Column("content_end", Kind::Int, false),
    Column("kind", Kind::Str, false),
    Column("confidence", Kind::Float, false),
];

pub const EVENT_COLUMNS: &[Column] = &[
    Column("event_id", Kind::Int, false),
    Column("cluster", Kind::Int, false),
    Column("doc_id", Kind::Str, false),
    Column("published", Kind::Str, true),
    Column("source", Kind::Str, true),
    Column("url", Kind::Str, true),
    Column("type", Kind::Str, false),
    Column("mode", Kind::Str, true),
    Column("contexts", Kind::Str, true),
    Column("cameo", Kind::Str, false),
    Column("quad_class", Kind::Int, false),
    Column("score", Kind::Float, false),
    Column("actor", Kind::Str, true),
    Column("actor_id", Kind::Str, true),
    Column("actor_code", Kind::Str, true),
    Column("actor_start", Kind::Int, true),
    Column("actor_end", Kind::Int, true),
    Column("recipient", Kind::Str, true),
    Column("recipient_id", Kind::Str, true),
    Column("recipient_code", Kind::Str, true),
    Column("recipient_start", Kind::Int, true),
    Column("recipient_end", Kind::Int, true),
    Column("trigger", Kind::Str, false),
    Column("trigger_start", Kind::Int, false),
    Column("trigger_end", Kind::Int, false),
    Column("sentence_start", Kind::Int, false),
    Column("sentence_end", Kind::Int, false),
    Column("date", Kind::Str, true),
    Column("place", Kind::Str, true),
    Column("place_name_en", Kind::Str, true),
    Column("place_country", Kind::Str, true),
    Column("geonames_id", Kind::Int, true),
    Column("lat", Kind::Float, true),
    Column("lon", Kind::Float, true),
    Column("future", Kind::Int, false),
    Column("hypothetical", Kind::Int, false),
    Column("reported", Kind::Int, false),
    Column("num_mentions", Kind::Int, false),
    Column("num_sources", Kind::Int, false),
    Column("num_articles", Kind::Int, false),
    Column("confidence", Kind::Float, false),
    Column("provenance", Kind::Str, false),
];

/// The cells of a merged event ([`EVENT_COLUMNS`]); the first actor and recipient fill the
/// actor/recipient columns (PLOVER and JSON exports carry all of them).
pub fn event_cells(e: &crate::MergedEvent) -> Vec<Cell> {
    let r = &e.row;
    let s = |v: Option<&str>| Cell::Str(v.map(str::to_string));
    let i = |v: i64| Cell::Int(Some(v));
    let mut cells = vec![
        i(e.number as i64),
        i(e.cluster),
        s(Some(&e.doc_id)),
        s(e.published.as_deref()),
        s(e.source.as_deref()),
        s(e.url.as_deref()),
        s(Some(&r.kind)),
        s(r.mode.as_deref()),
        Cell::Str((!r.contexts.is_empty()).then(|| r.contexts.join(";"))),
        s(Some(&r.cameo)),
        i(i64::from(r.quad_class)),
        Cell::Float(Some(f64::from(r.score))),
    ];
    for p in [r.actors.first(), r.recipients.first()] {
        let code = p.map(|p| p.code()).filter(|c| !c.is_empty());
        cells.extend([s(p.map(|p| p.text.as_str())), s(p.and_then(|p| p.id.as_deref())), Cell::Str(code), Cell::Int(p.map(|p| p.start as i64)), Cell::Int(p.map(|p| p.end as i64))]);
    }
    let pl = r.place.as_ref();
    cells.extend([
        s(Some(&r.trigger.text)),
        i(r.trigger.start as i64),
        i(r.trigger.end as i64),
        i(r.sentence_start as i64),
        i(r.sentence_end as i64),
        s(r.date.as_deref()),
        s(pl.map(|p| p.text.as_str())),
        s(pl.and_then(|p| p.name_en.as_deref())),
        s(pl.map(|p| p.country_code.as_str())),
        Cell::Int(pl.and_then(|p| p.geonames_id).map(i64::from)),
        Cell::Float(pl.and_then(|p| p.lat)),
        Cell::Float(pl.and_then(|p| p.lon)),
        i(i64::from(r.future)),
        i(i64::from(r.hypothetical)),
        i(i64::from(r.reported)),
        i(i64::from(e.num_mentions)),
        i(i64::from(e.num_sources)),
        i(i64::from(e.num_articles)),
        Cell::Float(Some(f64::from(r.confidence))),
        s(Some(&r.provenance)),
    ]);
    cells
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Str(Option<String>),
    Int(Option<i64>),
    Float(Option<f64>),
}

impl Cell {
    /// The cell as text (empty when null; floats with 3 decimals).
    pub fn text(&self) -> String {
        match self {
            Cell::Str(s) => s.clone().unwrap_or_default(),
            Cell::Int(i) => i.map(|i| i.to_string()).unwrap_or_default(),
            Cell::Float(f) => f.map(|f| format!("{f:.3}")).unwrap_or_default(),
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Str(None) | Cell::Int(None) | Cell::Float(None))
    }
}

impl Table {
    pub fn columns(self) -> &'static [Column] {
        match self {
            Table::Entities => ENTITY_COLUMNS,
            Table::Quotes => QUOTE_COLUMNS,
            Table::Events => EVENT_COLUMNS,
        }
    }
}

impl Archive {
    /// Visit every row of `table` (document order), cells in [`Table::columns`] order.
    pub fn export_rows(&self, table: Table, f: &mut dyn FnMut(Vec<Cell>)) -> Result<(), ArchiveError> {
        let s = Cell::Str;
        let i = |v: usize| Cell::Int(Some(v as i64));
        let r = match table {
            Table::Events => {
                for e in self.events(&crate::EventFilter::default())? {
                    f(event_cells(&e));
                }
                return Ok(());
            }
            Table::Entities => self.store().for_each_entity(&mut |e| {
                let r = e.row;
                f(vec![s(Some(e.doc_id)), s(e.published), s(e.source), i(r.start), i(r.end), s(Some(r.kind)), s(Some(r.text)), s(Some(r.key)), s(r.country), Cell::Int(Some(e.actor_id))]);
            }),
            Table::Quotes => self.store().for_each_quote(&mut |q| {
                let r = q.row;
                let text = |x: &Option<SpanRow>| Cell::Str(x.as_ref().map(|x| x.text.clone()));
                let at = |x: &Option<SpanRow>, end: bool| Cell::Int(x.as_ref().map(|x| if end { x.end } else { x.start } as i64));
                f(vec![
                    s(Some(q.doc_id)),
                    s(q.published),
                    s(q.source),
                    text(&r.speaker),
                    at(&r.speaker, false),
                    at(&r.speaker, true),
                    text(&r.speaker_head),
                    s(r.speaker_name),
                    s(Some(r.speaker_source)),
                    s(Some(r.verb.text)),
                    i(r.verb.start),
                    i(r.verb.end),
                    s(Some(r.content.text)),
                    i(r.content.start),
                    i(r.content.end),
                    s(Some(r.kind)),
                    Cell::Float(Some(f64::from(r.confidence))),
                ]);
            }),
        };
        r.map_err(|e| self.store_err(e))
    }
}
