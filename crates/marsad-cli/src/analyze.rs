//! `marsad analyze`: plain text (one document) or JSON lines (one document per line).

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_engine::{analyze_document, AnalysisConfig, CivilDate, Document, Resources};
use serde::Deserialize;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use marsad_json::DocWriter;

/// Plain text is analyzed in chunks of at least this many bytes, cut at line breaks (no token
/// or sentence crosses a line break), so memory stays bounded on huge inputs.
const CHUNK_BYTES: usize = 1 << 20;

#[derive(Args)]
pub struct AnalyzeArgs {
    /// Input file; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Input format. `auto`: `jsonl` for *.jsonl files, else `text`.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing. Offsets then refer to
    /// the repaired text.
    #[arg(long)]
    pub lossy: bool,
    /// Document id for plain-text input (default: the file name, or `stdin`).
    #[arg(long)]
    pub id: Option<String>,
    /// Publication date of plain-text input (`2020-09-24`): anchors relative dates such as
    /// اليوم "today". JSON lines carry their own `published` field.
    #[arg(long, value_name = "DATE", value_parser = parse_published_arg)]
    pub published: Option<CivilDate>,
    /// Load the NER model from this file instead of the one built into the binary.
    #[arg(long, value_name = "PATH")]
    pub ner_model: Option<PathBuf>,
    /// Print documents, bytes, tokens, time and peak memory to stderr at the end.
    #[arg(long)]
    pub stats: bool,
    /// Analysis threads for JSON lines (default: all cores). Output and messages keep the
    /// input order whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// How quote speakers are chosen: `rules` (the hand-written rules), or `ranked` (the rules'
    /// candidates re-ranked by the learned speaker ranker, docs/quotes.md "Session 12").
    #[arg(long, value_enum, default_value_t = Speakers::Rules)]
    pub speakers: Speakers,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Speakers {
    Rules,
    Ranked,
}

/// Counters for `--stats`.
#[derive(Default)]
struct Stats {
    docs: usize,
    bytes: usize,
    tokens: usize,
}

impl Stats {
    fn add(&mut self, text: &str, analysis: &marsad_engine::Analysis<'_>) {
        self.bytes += text.len();
        self.tokens += analysis.tokens.len();
    }
    fn report(&self, started: std::time::Instant) {
        let secs = started.elapsed().as_secs_f64();
        let rss = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())).unwrap_or_else(|| "unknown".into());
        eprintln!("marsad: {} documents, {:.1} MB, {} tokens in {:.2} s ({:.0} tokens/s); peak RSS {}", self.docs, self.bytes as f64 / 1e6, self.tokens, secs, self.tokens as f64 / secs.max(1e-9), rss);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Auto,
    Text,
    Jsonl,
}

/// One input line of `--format jsonl`.
#[derive(Deserialize)]
struct InDoc {
    id: IdValue,
    text: String,
    #[serde(default)]
    published: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<serde_json::Value>,
    #[serde(default)]
    source: Option<serde_json::Value>,
}

/// Ids may be strings or numbers in the wild; output is always a string.
#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Str(String),
    Num(serde_json::Number),
}

impl IdValue {
    fn into_string(self) -> String {
        match self {
            IdValue::Str(s) => s,
            IdValue::Num(n) => n.to_string(),
        }
    }
}

pub fn run(args: AnalyzeArgs) -> Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("starting analysis threads")?;
    }
    let mut resources = Resources::embedded().context("loading embedded resources")?;
    if let Some(path) = &args.ner_model {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read NER model {}", path.display()))?;
        resources.ner = Resources::ner_from_bytes(&bytes, &path.display().to_string())?;
    }
    let config = match args.speakers {
        Speakers::Rules => AnalysisConfig::full(),
        Speakers::Ranked => AnalysisConfig::full_ranked(),
    };
    let (name, reader): (String, Box<dyn Read>) = match &args.input {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            (p.display().to_string(), Box::new(f))
        }
        _ => ("<stdin>".to_string(), Box::new(io::stdin().lock())),
    };
    let format = match args.format {
        Format::Auto if name.ends_with(".jsonl") => Format::Jsonl,
        Format::Auto => Format::Text,
        f => f,
    };
    let reader = BufReader::with_capacity(1 << 16, reader);
    let started = std::time::Instant::now();
    let mut stats = Stats::default();
    let stdout = io::stdout().lock();
    let out = BufWriter::with_capacity(1 << 16, stdout);
    match format {
        Format::Jsonl => {
            let code = run_jsonl(&name, reader, out, &resources, &config, args.lossy, &mut stats)?;
            if args.stats {
                stats.report(started);
            }
            Ok(code)
        }
        _ => {
            let id = args.id.clone().unwrap_or_else(|| match &args.input {
                Some(p) if p.as_os_str() != "-" => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| name.clone()),
                _ => "stdin".to_string(),
            });
            let code = run_text(&name, &id, args.published, reader, out, &resources, &config, args.lossy, &mut stats)?;
            if args.stats {
                stats.report(started);
            }
            Ok(code)
        }
    }
}

fn parse_published_arg(s: &str) -> Result<CivilDate, String> {
    parse_published(s).ok_or_else(|| format!("expected a date like 2020-09-24, got {s:?}"))
}

pub use marsad_engine::parse_published;

/// Decode `bytes` (which start at byte `base` of input `name`) as UTF-8.
fn decode<'a>(bytes: &'a [u8], name: &str, what: &str, base: usize, lossy: bool) -> Result<std::borrow::Cow<'a, str>> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.into()),
        Err(e) => {
            let at = base + e.valid_up_to();
            if lossy {
                eprintln!("marsad: warning: {name}: {what}invalid UTF-8 at byte offset {at} replaced with U+FFFD; offsets refer to the repaired text");
                Ok(String::from_utf8_lossy(bytes))
            } else {
                anyhow::bail!("{name}: {what}invalid UTF-8 at byte offset {at} (use --lossy to replace it)")
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn run_text(name: &str, id: &str, published: Option<CivilDate>, mut reader: impl BufRead, out: impl Write, resources: &Resources, config: &AnalysisConfig, lossy: bool, stats: &mut Stats) -> Result<ExitCode> {
    stats.docs += 1;
    // The object is opened only once the first chunk decoded, so bad input yields no output.
    let mut out = Some(out);
    let mut writer: Option<DocWriter<_>> = None;
    let mut chunk: Vec<u8> = Vec::with_capacity(CHUNK_BYTES + 4096);
    let mut base = 0usize; // byte offset of `chunk` in the input
    let mut read_total = 0usize; // bytes read from the input
    // With --lossy, offsets refer to the repaired text: track its length separately.
    let mut text_base = 0usize;
    loop {
        let n = reader.read_until(b'\n', &mut chunk).with_context(|| format!("reading {name}"))?;
        read_total += n;
        let eof = n == 0;
        if chunk.len() >= CHUNK_BYTES || (eof && !chunk.is_empty()) {
            let text = decode(&chunk, name, "", base, lossy)?;
            let analysis = analyze_document(&Document { text: &text, published }, resources, config);
            stats.add(&text, &analysis);
            let w = match writer.as_mut() {
                Some(w) => w,
                None => writer.insert(DocWriter::begin(out.take().expect("output taken once"), id, &[])?),
            };
            w.chunk(text_base, &text, &analysis, resources)?;
            text_base += text.len();
            base = read_total;
            chunk.clear();
        }
        if eof {
            break;
        }
    }
    let writer = match writer {
        Some(w) => w,
        None => DocWriter::begin(out.take().expect("output taken once"), id, &[])?,
    };
    let mut out = writer.finish()?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// JSON lines are analyzed in chunks of this many lines (or [`JSONL_CHUNK_BYTES`], whichever
/// comes first), the documents of a chunk in parallel; output and messages keep input order.
const JSONL_CHUNK_LINES: usize = 512;
const JSONL_CHUNK_BYTES: usize = 8 << 20;

/// What one input line yields: messages for stderr (in order), and the output line or a failure.
struct LineOut {
    messages: Vec<String>,
    result: LineResult,
}

enum LineResult {
    Blank,
    Failed,
    Doc { json: Vec<u8>, bytes: usize, tokens: usize },
}

/// Decode, parse, analyze and serialize one JSON line (no shared state: runs on any thread).
fn jsonl_line(name: &str, line_no: usize, line_start: usize, line: &[u8], resources: &Resources, config: &AnalysisConfig, lossy: bool) -> Result<LineOut> {
    let mut messages = Vec::new();
    let what = format!("line {line_no}: ");
    // As `decode`, with the messages kept for the writer (lines are analyzed in parallel).
    let text: std::borrow::Cow<str> = match std::str::from_utf8(line) {
        Ok(s) => s.into(),
        Err(e) => {
            let at = line_start + e.valid_up_to();
            if !lossy {
                messages.push(format!("marsad: error: {name}: {what}invalid UTF-8 at byte offset {at} (use --lossy to replace it)"));
                return Ok(LineOut { messages, result: LineResult::Failed });
            }
            messages.push(format!("marsad: warning: {name}: {what}invalid UTF-8 at byte offset {at} replaced with U+FFFD; offsets refer to the repaired text"));
            String::from_utf8_lossy(line)
        }
    };
    if text.trim().is_empty() {
        return Ok(LineOut { messages, result: LineResult::Blank });
    }
    let doc: InDoc = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            messages.push(format!("marsad: error: {name}: line {line_no}: malformed JSON document: {e}"));
            return Ok(LineOut { messages, result: LineResult::Failed });
        }
    };
    let published = match &doc.published {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => match parse_published(s) {
            Some(d) => Some(d),
            None => {
                messages.push(format!("marsad: warning: {name}: line {line_no}: unrecognised published date {s:?}; relative dates stay relative"));
                None
            }
        },
        Some(other) => {
            messages.push(format!("marsad: warning: {name}: line {line_no}: published should be a string, got {other}; ignored"));
            None
        }
    };
    let analysis = analyze_document(&Document { text: &doc.text, published }, resources, config);
    let mut extra: Vec<(&str, &serde_json::Value)> = Vec::new();
    for (k, v) in [("published", &doc.published), ("title", &doc.title), ("url", &doc.url), ("source", &doc.source)] {
        if let Some(v) = v {
            extra.push((k, v));
        }
    }
    let id = doc.id.into_string();
    let mut w = DocWriter::begin(Vec::with_capacity(doc.text.len() * 8), &id, &extra)?;
    w.chunk(0, &doc.text, &analysis, resources)?;
    let json = w.finish()?;
    Ok(LineOut { messages, result: LineResult::Doc { json, bytes: doc.text.len(), tokens: analysis.tokens.len() } })
}

#[allow(clippy::too_many_arguments)]
fn run_jsonl(name: &str, mut reader: impl BufRead, mut out: impl Write, resources: &Resources, config: &AnalysisConfig, lossy: bool, stats: &mut Stats) -> Result<ExitCode> {
    use rayon::prelude::*;
    let mut line_no = 0usize;
    let mut offset = 0usize;
    let mut failed = 0usize;
    let mut eof = false;
    while !eof {
        // A chunk of (line number, byte offset, line).
        let mut chunk: Vec<(usize, usize, Vec<u8>)> = Vec::new();
        let mut chunk_bytes = 0usize;
        while chunk.len() < JSONL_CHUNK_LINES && chunk_bytes < JSONL_CHUNK_BYTES {
            let mut line = Vec::new();
            let n = reader.read_until(b'\n', &mut line).with_context(|| format!("reading {name}"))?;
            if n == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            chunk.push((line_no, offset, line));
            offset += n;
            chunk_bytes += n;
        }
        let outs: Vec<Result<LineOut>> = chunk.par_iter().map(|(no, start, line)| jsonl_line(name, *no, *start, line, resources, config, lossy)).collect();
        for o in outs {
            let o = o?;
            for m in &o.messages {
                eprintln!("{m}");
            }
            match o.result {
                LineResult::Blank => {}
                LineResult::Failed => failed += 1,
                LineResult::Doc { json, bytes, tokens } => {
                    stats.docs += 1;
                    stats.bytes += bytes;
                    stats.tokens += tokens;
                    out.write_all(&json)?;
                }
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("marsad: {failed} of {line_no} lines failed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
