//! `marsad export entities|quotes`: analysis rows of the whole store as CSV or Parquet (events
//! come with the events issue).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_store::{SpanRow, SqliteStore, Store};
use parquet::basic::{Compression, ConvertedType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

use crate::data;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Entities,
    Quotes,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Parquet,
}

#[derive(Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub table: Table,
    /// Data directory.
    #[arg(long, default_value = data::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Output format (default: from the --out extension, else csv).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Output file (default: stdout; Parquet needs a file).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// Column types.
#[derive(Clone, Copy)]
enum Kind {
    Str,
    Int,
    Float,
}

/// A column: name, type, whether it may be empty.
struct Column(&'static str, Kind, bool);

const ENTITY_COLUMNS: &[Column] = &[
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

const QUOTE_COLUMNS: &[Column] = &[
    Column("doc_id", Kind::Str, false),
    Column("published", Kind::Str, true),
    Column("source", Kind::Str, true),
    Column("speaker", Kind::Str, true),
    Column("speaker_start", Kind::Int, true),
    Column("speaker_end", Kind::Int, true),
    Column("speaker_head", Kind::Str, true),
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

/// One cell.
#[derive(Clone, Debug)]
enum Cell {
    Str(Option<String>),
    Int(Option<i64>),
    Float(Option<f64>),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Str(s) => s.clone().unwrap_or_default(),
            Cell::Int(i) => i.map(|i| i.to_string()).unwrap_or_default(),
            Cell::Float(f) => f.map(|f| format!("{f:.3}")).unwrap_or_default(),
        }
    }
}

/// Where rows go.
trait Sink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()>;
    fn finish(self: Box<Self>) -> Result<()>;
}

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    if !args.data.join("marsad.sqlite").exists() {
        anyhow::bail!("no data in {}", args.data.display());
    }
    let store = SqliteStore::open(&args.data).with_context(|| format!("opening the store in {}", args.data.display()))?;
    let format = args.format.unwrap_or(match &args.out {
        Some(p) if p.extension().is_some_and(|e| e == "parquet") => ExportFormat::Parquet,
        _ => ExportFormat::Csv,
    });
    let columns = match args.table {
        Table::Entities => ENTITY_COLUMNS,
        Table::Quotes => QUOTE_COLUMNS,
    };
    let mut sink: Box<dyn Sink> = match format {
        ExportFormat::Csv => {
            let out: Box<dyn Write> = match &args.out {
                Some(p) => Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
                None => Box::new(io::stdout().lock()),
            };
            let mut csv = Csv(BufWriter::new(out));
            csv.write(columns.iter().map(|c| c.0.to_string()))?;
            Box::new(csv)
        }
        ExportFormat::Parquet => {
            let path = args.out.as_deref().context("Parquet export needs --out FILE")?;
            Box::new(Parquet::create(path, columns)?)
        }
    };
    let mut rows = 0u64;
    let mut failure: Option<anyhow::Error> = None;
    let mut push = |cells: Vec<Cell>| {
        if failure.is_none() {
            failure = sink.row(cells).err();
            rows += 1;
        }
    };
    let s = |v: Option<String>| Cell::Str(v);
    let i = |v: usize| Cell::Int(Some(v as i64));
    match args.table {
        Table::Entities => store.for_each_entity(&mut |e| {
            let r = e.row;
            push(vec![s(Some(e.doc_id)), s(e.published), s(e.source), i(r.start), i(r.end), s(Some(r.kind)), s(Some(r.text)), s(Some(r.key)), s(r.country), Cell::Int(Some(e.actor_id))]);
        })?,
        Table::Quotes => store.for_each_quote(&mut |q| {
            let r = q.row;
            let text = |x: &Option<SpanRow>| Cell::Str(x.as_ref().map(|x| x.text.clone()));
            let at = |x: &Option<SpanRow>, end: bool| Cell::Int(x.as_ref().map(|x| if end { x.end } else { x.start } as i64));
            push(vec![
                s(Some(q.doc_id)),
                s(q.published),
                s(q.source),
                text(&r.speaker),
                at(&r.speaker, false),
                at(&r.speaker, true),
                text(&r.speaker_head),
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
        })?,
    }
    if let Some(e) = failure {
        return Err(e);
    }
    sink.finish()?;
    eprintln!("marsad: exported {rows} rows");
    Ok(ExitCode::SUCCESS)
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; CRLF line ends.
struct Csv<W: Write>(W);

impl<W: Write> Csv<W> {
    fn write(&mut self, cells: impl Iterator<Item = String>) -> io::Result<()> {
        for (i, c) in cells.enumerate() {
            if i > 0 {
                self.0.write_all(b",")?;
            }
            if c.contains([',', '"', '\n', '\r']) {
                write!(self.0, "\"{}\"", c.replace('"', "\"\""))?;
            } else {
                self.0.write_all(c.as_bytes())?;
            }
        }
        self.0.write_all(b"\r\n")
    }
}

impl<W: Write> Sink for Csv<W> {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        Ok(self.write(cells.iter().map(Cell::text))?)
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        Ok(self.0.flush()?)
    }
}

/// Rows per Parquet row group.
const ROW_GROUP: usize = 100_000;

/// Parquet (Snappy) with UTF-8 string, INT64 and DOUBLE columns; optional columns are nullable.
struct Parquet {
    writer: SerializedFileWriter<File>,
    kinds: Vec<(Kind, bool)>,
    buffered: Vec<Vec<Cell>>,
}

impl Parquet {
    fn create(path: &Path, columns: &[Column]) -> Result<Self> {
        let fields = columns
            .iter()
            .map(|Column(name, kind, optional)| {
                let (physical, converted) = match kind {
                    Kind::Str => (PhysicalType::BYTE_ARRAY, ConvertedType::UTF8),
                    Kind::Int => (PhysicalType::INT64, ConvertedType::NONE),
                    Kind::Float => (PhysicalType::DOUBLE, ConvertedType::NONE),
                };
                let repetition = if *optional { Repetition::OPTIONAL } else { Repetition::REQUIRED };
                Type::primitive_type_builder(name, physical).with_converted_type(converted).with_repetition(repetition).build().map(Arc::new)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let schema = Arc::new(Type::group_type_builder("schema").with_fields(fields).build()?);
        let props = Arc::new(WriterProperties::builder().set_compression(Compression::SNAPPY).build());
        let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        let writer = SerializedFileWriter::new(file, schema, props)?;
        Ok(Parquet { writer, kinds: columns.iter().map(|c| (c.1, c.2)).collect(), buffered: Vec::new() })
    }

    fn flush(&mut self) -> Result<()> {
        if self.buffered.is_empty() {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        for (col, &(kind, optional)) in self.kinds.iter().enumerate() {
            let mut writer = group.next_column()?.context("parquet column count")?;
            let cells = self.buffered.iter().map(|r| &r[col]);
            let defs: Vec<i16> = cells.clone().map(|c| i16::from(!matches!(c, Cell::Str(None) | Cell::Int(None) | Cell::Float(None)))).collect();
            let defs = optional.then_some(&defs[..]);
            match kind {
                Kind::Str => {
                    let values: Vec<ByteArray> = cells.filter_map(|c| if let Cell::Str(Some(s)) = c { Some(ByteArray::from(s.as_str())) } else { None }).collect();
                    writer.typed::<ByteArrayType>().write_batch(&values, defs, None)?;
                }
                Kind::Int => {
                    let values: Vec<i64> = cells.filter_map(|c| if let Cell::Int(v) = c { *v } else { None }).collect();
                    writer.typed::<Int64Type>().write_batch(&values, defs, None)?;
                }
                Kind::Float => {
                    let values: Vec<f64> = cells.filter_map(|c| if let Cell::Float(v) = c { *v } else { None }).collect();
                    writer.typed::<DoubleType>().write_batch(&values, defs, None)?;
                }
            }
            writer.close()?;
        }
        group.close()?;
        self.buffered.clear();
        Ok(())
    }
}

impl Sink for Parquet {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        self.buffered.push(cells);
        if self.buffered.len() >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        self.flush()?;
        self.writer.close()?;
        Ok(())
    }
}
