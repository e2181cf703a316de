//! `marsad export entities|quotes|events`: analysis rows of the whole store as CSV or Parquet;
//! cluster-merged events also as GDELT 2.0 TSV or PLOVER JSON lines (the serializers of
//! `events_export`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_archive::export::{self, Cell, Column, Kind};
use marsad_archive::Archive;
use marsad_engine::Resources;
use parquet::basic::{Compression, ConvertedType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

use crate::events_export::{self, EventsFormat};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Entities,
    Quotes,
    /// Cluster-merged events (negated ones left out) with NumMentions/NumSources/NumArticles.
    Events,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Parquet,
    /// GDELT 2.0 event table, 61 tab-separated columns, no header (events only).
    Gdelt,
    /// PLOVER JSON lines (events only).
    Plover,
}

#[derive(Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub table: Table,
    /// Data directory.
    #[arg(long, default_value = marsad_archive::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Output format (default: from the --out extension, else csv).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Output file (default: stdout; Parquet needs a file).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// Where rows go.
trait Sink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()>;
    fn finish(self: Box<Self>) -> Result<()>;
}

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let resources = Arc::new(Resources::embedded().context("loading embedded resources")?);
    let archive = Archive::open_existing(&args.data, resources)?;
    let format = args.format.unwrap_or(match &args.out {
        Some(p) if p.extension().is_some_and(|e| e == "parquet") => ExportFormat::Parquet,
        _ => ExportFormat::Csv,
    });
    let table = match args.table {
        Table::Entities => export::Table::Entities,
        Table::Quotes => export::Table::Quotes,
        Table::Events => export::Table::Events,
    };
    if let ExportFormat::Gdelt | ExportFormat::Plover = format {
        anyhow::ensure!(table == export::Table::Events, "--format gdelt and plover export events only (use csv or parquet for entities and quotes)");
        let out: Box<dyn Write> = match &args.out {
            Some(p) => Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
            None => Box::new(io::stdout().lock()),
        };
        let mut out = BufWriter::new(out);
        let events = archive.events(&marsad_archive::EventFilter::default())?;
        let values: Vec<(serde_json::Value, serde_json::Value, marsad_engine::MergedCounts)> = events.iter().map(|e| {
            let (d, v) = crate::events::event_value(e);
            (d, v, crate::events::counts(e))
        }).collect();
        let format = if format == ExportFormat::Gdelt { EventsFormat::Gdelt } else { EventsFormat::Plover };
        let n = events_export::write_events(&mut out, format, values.iter().map(|(d, v, c)| (d, v, *c)))?;
        out.flush()?;
        eprintln!("marsad: exported {n} events");
        return Ok(ExitCode::SUCCESS);
    }
    let columns = table.columns();
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
        ExportFormat::Gdelt | ExportFormat::Plover => unreachable!("handled above"),
    };
    let mut rows = 0u64;
    let mut failure: Option<anyhow::Error> = None;
    let mut push = |cells: Vec<Cell>| {
        if failure.is_none() {
            failure = sink.row(cells).err();
            rows += 1;
        }
    };
    archive.export_rows(table, &mut push)?;
    if let Some(e) = failure {
        return Err(e);
    }
    sink.finish()?;
    eprintln!("marsad: exported {rows} rows");
    Ok(ExitCode::SUCCESS)
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; CRLF line ends.
pub struct Csv<W: Write>(pub W);

impl<W: Write> Csv<W> {
    pub fn write(&mut self, cells: impl Iterator<Item = String>) -> io::Result<()> {
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
            let defs: Vec<i16> = cells.clone().map(|c| i16::from(!c.is_null())).collect();
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
