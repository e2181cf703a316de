//! Reading documents for `marsad ingest`: `.txt`, `.jsonl`, `.jsonl.gz`, `.html`, directories
//! (recursively) and stdin. Every problem is reported per document (file, line, reason) and
//! never stops the batch.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::html;

/// A document as read (the archive's input type).
pub use marsad_archive::RawDocument as RawDoc;

/// A document or the reason one could not be read.
pub enum Item {
    Doc(RawDoc),
    Error { origin: String, reason: String },
}

/// What kind of input a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Jsonl,
    JsonlGz,
    Html,
}

impl Kind {
    pub fn of_path(p: &Path) -> Option<Kind> {
        let name = p.file_name()?.to_string_lossy().to_lowercase();
        if name.ends_with(".jsonl.gz") || name.ends_with(".json.gz") {
            Some(Kind::JsonlGz)
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Some(Kind::Jsonl)
        } else if name.ends_with(".html") || name.ends_with(".htm") {
            Some(Kind::Html)
        } else if name.ends_with(".txt") {
            Some(Kind::Text)
        } else {
            None
        }
    }
}

/// An input to read: a file of a known kind, or stdin.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf, Kind),
    Stdin,
}

/// Expand the command-line paths: directories recursively (sorted, files of known kinds only);
/// files named explicitly with an unknown extension are read as text. `-` is stdin.
pub fn expand(paths: &[PathBuf]) -> (Vec<Input>, Vec<Item>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    if paths.is_empty() {
        inputs.push(Input::Stdin);
    }
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if p.is_dir() {
            walk(p, &mut inputs, &mut errors);
        } else if p.exists() {
            inputs.push(Input::File(p.clone(), Kind::of_path(p).unwrap_or(Kind::Text)));
        } else {
            errors.push(Item::Error { origin: p.display().to_string(), reason: "no such file or directory".into() });
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<Item>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push(Item::Error { origin: dir.display().to_string(), reason: format!("cannot read directory: {e}") });
            return;
        }
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, inputs, errors);
        } else if let Some(kind) = Kind::of_path(&p) {
            inputs.push(Input::File(p, kind));
        }
    }
}

/// Total size in bytes of the file inputs (for the progress bar).
pub fn total_bytes(inputs: &[Input]) -> u64 {
    inputs.iter().map(|i| if let Input::File(p, _) = i { std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) } else { 0 }).sum()
}

/// Counts the bytes read through it (compressed bytes for `.gz`), for progress and ETA.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Read every input, calling `emit` for each document or error, in input order.
pub fn read_all(inputs: &[Input], counter: &Arc<AtomicU64>, emit: &mut dyn FnMut(Item) -> bool) {
    for input in inputs {
        let go_on = match input {
            Input::Stdin => {
                let mut buf = Vec::new();
                if let Err(e) = io::stdin().lock().read_to_end(&mut buf) {
                    emit(Item::Error { origin: "<stdin>".into(), reason: format!("read error: {e}") })
                } else {
                    let kind = sniff(&buf);
                    counter.fetch_add(buf.len() as u64, Ordering::Relaxed);
                    read_one("<stdin>", kind, Box::new(io::Cursor::new(buf)), emit)
                }
            }
            Input::File(path, kind) => {
                let name = path.display().to_string();
                match File::open(path) {
                    Err(e) => emit(Item::Error { origin: name, reason: format!("cannot open: {e}") }),
                    Ok(f) => {
                        let counted = Counting { inner: f, counter: counter.clone() };
                        let reader: Box<dyn Read> = if *kind == Kind::JsonlGz { Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, counted))) } else { Box::new(counted) };
                        read_one(&name, *kind, reader, emit)
                    }
                }
            }
        };
        if !go_on {
            return;
        }
    }
}

/// stdin: JSON lines if it starts with `{`, HTML if with `<`, else plain text.
fn sniff(buf: &[u8]) -> Kind {
    match buf.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Kind::Jsonl,
        Some(b'<') => Kind::Html,
        _ => Kind::Text,
    }
}

fn read_one(name: &str, kind: Kind, reader: Box<dyn Read>, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    match kind {
        Kind::Jsonl | Kind::JsonlGz => read_jsonl(name, BufReader::with_capacity(1 << 16, reader), emit),
        Kind::Text | Kind::Html => {
            let mut bytes = Vec::new();
            let mut reader = reader;
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return emit(Item::Error { origin: name.into(), reason: format!("read error: {e}") });
            }
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => return emit(Item::Error { origin: name.into(), reason: format!("invalid UTF-8 at byte offset {}", e.utf8_error().valid_up_to()) }),
            };
            if kind == Kind::Html {
                let page = html::extract(&text);
                emit(Item::Doc(RawDoc { origin: name.into(), id: page.url.clone(), url: page.url, title: page.title, published: page.published, source: page.site, text: page.text }))
            } else {
                emit(Item::Doc(RawDoc { origin: name.into(), text, ..RawDoc::default() }))
            }
        }
    }
}

fn read_jsonl(name: &str, mut reader: impl BufRead, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    let mut line = Vec::new();
    let mut line_no = 0usize;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => return emit(Item::Error { origin: format!("{name}:{}", line_no + 1), reason: format!("read error: {e}") }),
        }
        line_no += 1;
        let origin = format!("{name}:{line_no}");
        let item = match parse_line(&line) {
            Ok(None) => continue,
            Ok(Some(mut doc)) => {
                doc.origin = origin;
                Item::Doc(doc)
            }
            Err(reason) => Item::Error { origin, reason },
        };
        if !emit(item) {
            return false;
        }
    }
}

/// One JSON line in the ANT corpus' fields (`docno`/`id`, `url`, `src`/`source`, `title`,
/// `time`/`published`, `text`). `Ok(None)` for blank lines.
pub fn parse_line(line: &[u8]) -> Result<Option<RawDoc>, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte offset {} of the line", e.valid_up_to()))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    let obj = v.as_object().ok_or("a JSON line must be an object")?;
    let field = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| match obj.get(*n) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    let body = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("missing \"text\" field".into()),
    };
    Ok(Some(RawDoc {
        origin: String::new(),
        id: field(&["docno", "id"]),
        url: field(&["url"]),
        source: field(&["src", "source"]),
        title: field(&["title"]),
        published: field(&["time", "published"]),
        text: body,
    }))
}
