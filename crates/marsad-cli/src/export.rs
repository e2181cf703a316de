//! `marsad export entities|quotes`: analysis rows of the whole store as CSV (events come with
//! the events issue).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_store::{SqliteStore, Store};

use crate::data;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Entities,
    Quotes,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
}

#[derive(Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub table: Table,
    /// Data directory.
    #[arg(long, default_value = data::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Output file (default: stdout).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// Entity columns. Offsets are UTF-8 byte offsets into the document text.
pub const ENTITY_COLUMNS: [&str; 10] = ["doc_id", "published", "source", "start", "end", "type", "text", "key", "country", "actor_id"];
/// Quote columns.
pub const QUOTE_COLUMNS: [&str; 16] =
    ["doc_id", "published", "source", "speaker", "speaker_start", "speaker_end", "speaker_head", "speaker_source", "verb", "verb_start", "verb_end", "content", "content_start", "content_end", "kind", "confidence"];

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    if !args.data.join("marsad.sqlite").exists() {
        anyhow::bail!("no data in {}", args.data.display());
    }
    let store = SqliteStore::open(&args.data).with_context(|| format!("opening the store in {}", args.data.display()))?;
    let out: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut w = BufWriter::new(out);
    let mut err: Option<io::Error> = None;
    let mut rows = 0u64;
    match args.table {
        Table::Entities => {
            csv_row(&mut w, ENTITY_COLUMNS.iter().map(|s| s.to_string()))?;
            store.for_each_entity(&mut |e| {
                if err.is_none() {
                    let r = &e.row;
                    let cells = [e.doc_id, e.published.unwrap_or_default(), e.source.unwrap_or_default(), r.start.to_string(), r.end.to_string(), r.kind.clone(), r.text.clone(), r.key.clone(), r.country.clone().unwrap_or_default(), e.actor_id.to_string()];
                    err = csv_row(&mut w, cells.into_iter()).err();
                    rows += 1;
                }
            })?;
        }
        Table::Quotes => {
            csv_row(&mut w, QUOTE_COLUMNS.iter().map(|s| s.to_string()))?;
            store.for_each_quote(&mut |q| {
                if err.is_none() {
                    let r = q.row;
                    let opt = |s: &Option<marsad_store::SpanRow>, f: fn(&marsad_store::SpanRow) -> String| s.as_ref().map(f).unwrap_or_default();
                    let cells = [
                        q.doc_id,
                        q.published.unwrap_or_default(),
                        q.source.unwrap_or_default(),
                        opt(&r.speaker, |s| s.text.clone()),
                        opt(&r.speaker, |s| s.start.to_string()),
                        opt(&r.speaker, |s| s.end.to_string()),
                        opt(&r.speaker_head, |s| s.text.clone()),
                        r.speaker_source,
                        r.verb.text,
                        r.verb.start.to_string(),
                        r.verb.end.to_string(),
                        r.content.text,
                        r.content.start.to_string(),
                        r.content.end.to_string(),
                        r.kind,
                        format!("{:.3}", r.confidence),
                    ];
                    err = csv_row(&mut w, cells.into_iter()).err();
                    rows += 1;
                }
            })?;
        }
    }
    if let Some(e) = err {
        return Err(e.into());
    }
    w.flush()?;
    eprintln!("marsad: exported {rows} rows");
    Ok(ExitCode::SUCCESS)
}

/// One RFC 4180 row: fields with commas, quotes or line breaks are quoted.
fn csv_row(w: &mut impl Write, cells: impl Iterator<Item = String>) -> io::Result<()> {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        if c.contains([',', '"', '\n', '\r']) {
            write!(w, "\"{}\"", c.replace('"', "\"\""))?;
        } else {
            w.write_all(c.as_bytes())?;
        }
    }
    w.write_all(b"\r\n")
}
