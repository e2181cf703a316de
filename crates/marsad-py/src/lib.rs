//! `marsad._marsad`: the Python bindings of the Marsad engine (imported through the pure-Python
//! package `marsad`, python/marsad). Glue only: Python values in, the engine, the shared JSON
//! contract (`marsad-json`) or Arrow batches out. The engine's resources load once per process;
//! the GIL is released while Rust works.

use std::sync::OnceLock;

use marsad_engine::{analyze_document, AnalysisConfig, CivilDate, Document, Resources};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

mod arrow_out;
mod jsonl_in;

/// The resources compiled into this build, parsed on first use (once per process: every
/// Spark task of an executor's Python worker shares them).
static RESOURCES: OnceLock<Result<Resources, String>> = OnceLock::new();

fn resources() -> PyResult<&'static Resources> {
    RESOURCES.get_or_init(|| Resources::embedded().map_err(|e| e.to_string())).as_ref().map_err(|e| PyRuntimeError::new_err(format!("marsad: cannot load the embedded resources: {e}")))
}

/// One document extracted from Python values, owned, so the GIL can be released.
struct Doc {
    id: String,
    text: String,
    published: Option<Published>,
}

/// A publication date as given (echoed in the output's `published` field) and as parsed.
#[derive(Clone)]
struct Published {
    value: serde_json::Value,
    date: Option<CivilDate>,
}

fn type_name(v: &Bound<'_, PyAny>) -> String {
    if v.is_none() {
        return "None".into();
    }
    v.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}

/// `str` (or UTF-8 `bytes`) → String; `what` names the argument in errors.
fn extract_text(v: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s.to_cow().map(|c| c.into_owned()).map_err(|e| PyValueError::new_err(format!("{what}: the string cannot be encoded as UTF-8 ({e}); lone surrogates are not text")));
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        return match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(PyValueError::new_err(format!("{what}: invalid UTF-8 at byte offset {} (decode the bytes yourself, e.g. with errors='replace', to analyze them anyway)", e.valid_up_to()))),
        };
    }
    Err(PyTypeError::new_err(format!("{what} must be str (or UTF-8 bytes), got {}", type_name(v))))
}

/// `None`, a date string in the forms news feeds use (`2020-09-24`, RFC 2822, `20200924`), or a
/// `datetime.date`/`datetime.datetime`.
fn extract_published(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<Published>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(None) };
    if let Ok(s) = v.cast::<PyString>() {
        let s = s.to_cow()?.into_owned();
        return match marsad_json::parse_published(&s) {
            Some(d) => Ok(Some(Published { value: serde_json::Value::String(s), date: Some(d) })),
            None => Err(PyValueError::new_err(format!("{what}: unrecognised date {s:?} (expected e.g. '2020-09-24', '20200924' or 'Thu, 24 Sep 2020 10:00:00 +0000')"))),
        };
    }
    let py = v.py();
    let date_type = py.import("datetime")?.getattr("date")?;
    if v.is_instance(&date_type)? {
        let (y, m, d): (i32, u8, u8) = (v.getattr("year")?.extract()?, v.getattr("month")?.extract()?, v.getattr("day")?.extract()?);
        let iso: String = v.call_method0("isoformat")?.extract()?;
        let date = CivilDate::new(y, m, d).ok_or_else(|| PyValueError::new_err(format!("{what}: date {iso} is outside the supported range")))?;
        return Ok(Some(Published { value: serde_json::Value::String(iso), date: Some(date) }));
    }
    Err(PyTypeError::new_err(format!("{what} must be None, str or datetime.date, got {}", type_name(v))))
}

/// Analyze one document and serialize it with the shared JSON contract (no GIL needed).
fn doc_json(doc: &Doc, resources: &Resources) -> std::io::Result<Vec<u8>> {
    let analysis = analyze_document(&Document { text: &doc.text, published: doc.published.as_ref().and_then(|p| p.date) }, resources, &AnalysisConfig::full());
    let extra: Vec<(&str, &serde_json::Value)> = doc.published.iter().map(|p| ("published", &p.value)).collect();
    marsad_json::document_json(&doc.id, &extra, &doc.text, &analysis, resources)
}

/// JSON bytes → Python objects with the C `json` module: one serializer for every surface, so
/// the dict is exactly the CLI's JSON (pythonize was not measured against it).
fn loads<'py>(py: Python<'py>, json: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let loads = py.import("json")?.getattr("loads")?;
    loads.call1((PyBytes::new(py, json),))
}

/// A rayon pool of `threads` workers, or the global pool for `None`.
fn with_pool<T: Send>(threads: Option<usize>, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        None => Ok(f()),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1 (or None for all cores)")),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}")))?;
            Ok(pool.install(f))
        }
    }
}

/// analyze(text, published=None, id="doc") -> dict
///
/// The analysis of one document as the JSON contract of `marsad analyze` (docs/schema.md):
/// tokens, sentences, entities, quotes, dates, actors, places, events, every span with byte
/// offsets into the UTF-8 encoding of `text`. `published` (str like '2020-09-24', or a
/// datetime.date) anchors relative dates and is echoed in the output.
#[pyfunction]
#[pyo3(signature = (text, published=None, id="doc"))]
fn analyze<'py>(py: Python<'py>, text: &Bound<'py, PyAny>, published: Option<&Bound<'py, PyAny>>, id: &str) -> PyResult<Bound<'py, PyAny>> {
    let json = analyze_json_bytes(py, text, published, id)?;
    loads(py, &json)
}

/// analyze_json(text, published=None, id="doc") -> str
///
/// Like `analyze`, but the JSON text itself: the exact line `marsad analyze --format jsonl`
/// writes for the document `{"id": id, "text": text, "published": published}`.
#[pyfunction]
#[pyo3(signature = (text, published=None, id="doc"))]
fn analyze_json<'py>(py: Python<'py>, text: &Bound<'py, PyAny>, published: Option<&Bound<'py, PyAny>>, id: &str) -> PyResult<String> {
    let json = analyze_json_bytes(py, text, published, id)?;
    String::from_utf8(json).map_err(|e| PyRuntimeError::new_err(format!("marsad: the serializer wrote invalid UTF-8: {e}")))
}

fn analyze_json_bytes(py: Python<'_>, text: &Bound<'_, PyAny>, published: Option<&Bound<'_, PyAny>>, id: &str) -> PyResult<Vec<u8>> {
    let doc = Doc { id: id.to_string(), text: extract_text(text, "text")?, published: extract_published(published, "published")? };
    let resources = resources()?;
    Ok(py.detach(|| doc_json(&doc, resources))?)
}

/// One item of `analyze_batch`: a str/bytes text, or a dict with `text` and optional `id` and
/// `published` (the fields of a `marsad analyze --format jsonl` input line).
fn extract_doc(item: &Bound<'_, PyAny>, index: usize, published: &Option<Published>) -> PyResult<Doc> {
    let what = format!("docs[{index}]");
    if let Ok(d) = item.cast::<PyDict>() {
        let text = d.get_item("text")?.ok_or_else(|| PyValueError::new_err(format!("{what}: the dict has no 'text' key")))?;
        let text = extract_text(&text, &format!("{what}['text']"))?;
        let id = match d.get_item("id")? {
            None => index.to_string(),
            Some(v) if v.is_none() => index.to_string(),
            Some(v) => match v.cast::<PyString>() {
                Ok(s) => s.to_cow()?.into_owned(),
                Err(_) if v.is_instance_of::<pyo3::types::PyInt>() => v.str()?.to_cow()?.into_owned(),
                Err(_) => return Err(PyTypeError::new_err(format!("{what}['id'] must be str or int, got {}", type_name(&v)))),
            },
        };
        let own = extract_published(d.get_item("published")?.as_ref(), &format!("{what}['published']"))?;
        return Ok(Doc { id, text, published: own.or_else(|| published.clone()) });
    }
    Ok(Doc { id: index.to_string(), text: extract_text(item, &what)?, published: published.clone() })
}

/// analyze_batch(docs, published=None, threads=None) -> list[dict]
///
/// Analyze many documents in parallel (rayon; the GIL is released). `docs` is a sequence of
/// str (ids are their positions, '0', '1', …) or of dicts `{"id", "text", "published"}`;
/// `published` is the default publication date; `threads` the number of worker threads
/// (None: all cores). Results are in input order.
#[pyfunction]
#[pyo3(signature = (docs, published=None, threads=None))]
fn analyze_batch<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>, published: Option<&Bound<'py, PyAny>>, threads: Option<usize>) -> PyResult<Bound<'py, PyList>> {
    if docs.is_instance_of::<PyString>() || docs.is_instance_of::<PyBytes>() || docs.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err(format!("docs must be a list of documents, got a single {} (use analyze() for one document)", type_name(docs))));
    }
    let published = extract_published(published, "published")?;
    let iter = docs.try_iter().map_err(|_| PyTypeError::new_err(format!("docs must be a list of documents, got {}", type_name(docs))))?;
    let mut owned = Vec::new();
    for (i, item) in iter.enumerate() {
        owned.push(extract_doc(&item?, i, &published)?);
    }
    let resources = resources()?;
    let jsons: Vec<std::io::Result<Vec<u8>>> = py.detach(|| with_pool(threads, || owned.par_iter().map(|d| doc_json(d, resources)).collect()))?;
    let out = PyList::empty(py);
    for j in jsons {
        out.append(loads(py, &j?)?)?;
    }
    Ok(out)
}

/// analyze_arrow(batch, threads=None) -> dict[str, pyarrow.RecordBatch]
///
/// The Arrow-native batch function: `batch` is a pyarrow.RecordBatch with columns `id` (string
/// or integer), `text` (string, large_string or string_view; read in place, not copied) and
/// optionally `published` (string in the forms of `analyze`, date32 or timestamp). Returns
/// RecordBatches `entities`, `quotes` and `events`, one row per fact with `row` (the input row)
/// and `id`; the values are those of the JSON contract (python/README.md lists the columns).
#[pyfunction]
#[pyo3(signature = (batch, threads=None))]
fn analyze_arrow<'py>(py: Python<'py>, batch: &Bound<'py, PyAny>, threads: Option<usize>) -> PyResult<Bound<'py, PyDict>> {
    use arrow::pyarrow::{FromPyArrow, ToPyArrow};
    let pa = py.import("pyarrow")?;
    let is_batch = batch.is_instance(&pa.getattr("RecordBatch")?)?;
    if !is_batch {
        return Err(PyTypeError::new_err(format!("batch must be a pyarrow.RecordBatch, got {}", type_name(batch))));
    }
    let rb = arrow::record_batch::RecordBatch::from_pyarrow_bound(batch)?;
    let input = arrow_out::Input::new(&rb).map_err(|e| match e {
        arrow_out::InputError::Type(m) => PyTypeError::new_err(m),
        arrow_out::InputError::Value(m) => PyValueError::new_err(m),
    })?;
    let resources = resources()?;
    let tables = py.detach(|| with_pool(threads, || arrow_out::analyze(&input, resources)))?.map_err(|e| PyRuntimeError::new_err(format!("marsad: building Arrow output: {e}")))?;
    let out = PyDict::new(py);
    for (name, rb) in tables {
        out.set_item(name, rb.to_pyarrow(py)?)?;
    }
    Ok(out)
}

/// published_day(value) -> str | None
///
/// The publication day ('2020-09-24') of a `published` value in the forms `analyze` accepts,
/// None when it is not recognised (the rule `marsad analyze` applies to JSON lines).
#[pyfunction]
fn published_day(value: &str) -> Option<String> {
    marsad_json::parse_published(value).map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
}

/// What `read_jsonl` returns: the batch and the (line index, message) of each bad line.
type JsonlBatch<'py> = (Bound<'py, PyAny>, Vec<(usize, String)>);

/// read_jsonl(data, fields) -> (pyarrow.RecordBatch, list[tuple[int, str]])
///
/// Parse JSON lines (`data`: bytes holding whole `\n`-separated lines, e.g. a file or a split
/// of one) into a RecordBatch with one string column per name in `fields` (strings as they are,
/// other JSON values as their JSON text, missing or null fields null) and `line` (int64, the
/// line's index in `data`). Blank lines are skipped; lines that are not valid UTF-8 or not a
/// JSON object give no row and are returned as (line index, message). The GIL is released.
#[pyfunction]
fn read_jsonl<'py>(py: Python<'py>, data: &Bound<'py, PyAny>, fields: Vec<String>) -> PyResult<JsonlBatch<'py>> {
    use arrow::pyarrow::ToPyArrow;
    let bytes = data.cast::<PyBytes>().map_err(|_| PyTypeError::new_err(format!("data must be bytes, got {}", type_name(data))))?.as_bytes();
    let (batch, bad) = py.detach(|| jsonl_in::read(bytes, &fields)).map_err(|e| PyRuntimeError::new_err(format!("marsad: building the Arrow batch: {e}")))?;
    Ok((batch.to_pyarrow(py)?, bad.into_iter().map(|b| (b.line, b.message)).collect()))
}

#[pymodule]
fn _marsad(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(published_day, m)?)?;
    m.add_function(wrap_pyfunction!(read_jsonl, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
