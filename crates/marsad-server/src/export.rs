//! `GET /api/export/{events|entities|quotes}?format=jsonl|csv`: analysis rows of the data
//! directory as a download. The file name is fixed per kind; nothing of the request reaches
//! the file system.

use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use marsad_store::Store;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::facts::{event_json, EventParams};
use crate::{blocking, path, query, AppState, ApiError};

#[derive(Deserialize)]
pub struct ExportParams {
    format: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Csv,
}

/// Rows as JSON lines or CSV (header from the first row's keys, in `columns` order).
struct Table {
    format: Format,
    columns: &'static [&'static str],
    out: Vec<u8>,
}

impl Table {
    fn new(format: Format, columns: &'static [&'static str]) -> Self {
        let mut out = Vec::new();
        if format == Format::Csv {
            out.extend_from_slice(columns.join(",").as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        Table { format, columns, out }
    }

    fn row(&mut self, v: &Value) -> Result<(), ApiError> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, v).map_err(|e| ApiError::internal(e.to_string()))?;
                self.out.push(b'\n');
            }
            Format::Csv => {
                for (i, c) in self.columns.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    let cell = match &v[*c] {
                        Value::Null => String::new(),
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    csv_cell(&mut self.out, &cell);
                }
                self.out.extend_from_slice(b"\r\n");
            }
        }
        Ok(())
    }
}

/// RFC 4180 quoting.
fn csv_cell(out: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

const ENTITY_COLUMNS: &[&str] = &["doc_id", "published", "source", "actor_id", "start", "end", "type", "text", "key", "country"];
const QUOTE_COLUMNS: &[&str] = &["doc_id", "published", "source", "speaker", "speaker_head", "speaker_name", "speaker_source", "verb", "content", "content_start", "content_end", "kind", "confidence", "provenance"];
const EVENT_COLUMNS: &[&str] = &["doc_id", "published", "event", "mode", "cameo", "quad_class", "score", "date", "actors", "recipients", "trigger", "trigger_start", "trigger_end", "place", "confidence", "provenance"];

pub async fn export(State(st): State<Arc<AppState>>, kind: Result<Path<String>, PathRejection>, params: Result<Query<ExportParams>, QueryRejection>, filter: Result<Query<EventParams>, QueryRejection>) -> Result<Response, ApiError> {
    let kind = path(kind)?;
    let p = query(params)?;
    let filter = query(filter)?;
    let format = match p.format.as_deref().unwrap_or("jsonl") {
        "jsonl" => Format::Jsonl,
        "csv" => Format::Csv,
        other => return Err(ApiError::bad_request(format!("format: expected jsonl or csv, got {other:?}"))),
    };
    let kind: &'static str = match kind.as_str() {
        "events" => "events",
        "entities" => "entities",
        "quotes" => "quotes",
        other => return Err(ApiError::not_found(format!("no export {other:?} (events, entities or quotes)"))),
    };
    let filter = filter.filter()?;
    let body = blocking(st.cpu.clone(), move || {
        match kind {
            "entities" => {
                let mut t = Table::new(format, ENTITY_COLUMNS);
                let mut err = None;
                st.archive.reader().for_each_entity(&mut |e| {
                    let r = &e.row;
                    let v = json!({"doc_id": e.doc_id, "published": e.published, "source": e.source, "actor_id": e.actor_id, "start": r.start, "end": r.end, "type": r.kind, "text": r.text, "key": r.key, "country": r.country});
                    if let Err(x) = t.row(&v) {
                        err.get_or_insert(x);
                    }
                })?;
                err.map_or(Ok(t.out), Err)
            }
            "quotes" => {
                let mut t = Table::new(format, QUOTE_COLUMNS);
                let mut err = None;
                st.archive.reader().for_each_quote(&mut |q| {
                    let r = &q.row;
                    let v = json!({"doc_id": q.doc_id, "published": q.published, "source": q.source, "speaker": r.speaker.as_ref().map(|s| &s.text), "speaker_head": r.speaker_head.as_ref().map(|s| &s.text), "speaker_name": r.speaker_name, "speaker_source": r.speaker_source, "verb": r.verb.text, "content": r.content.text, "content_start": r.content.start, "content_end": r.content.end, "kind": r.kind, "confidence": r.confidence, "provenance": r.provenance});
                    if let Err(x) = t.row(&v) {
                        err.get_or_insert(x);
                    }
                })?;
                err.map_or(Ok(t.out), Err)
            }
            _ => {
                let mut t = Table::new(format, EVENT_COLUMNS);
                let mut err = None;
                marsad_archive::for_each_event(&*st.archive.reader(), &filter, false, &mut |e| {
                    let e = event_json(&e);
                    let ids = |k: &str| e[k].as_array().into_iter().flatten().map(|p| p["id"].as_str().or(p["text"].as_str()).unwrap_or("")).collect::<Vec<_>>().join(";");
                    let mut v = e.clone();
                    if format == Format::Csv {
                        v["actors"] = ids("actors").into();
                        v["recipients"] = ids("recipients").into();
                        v["trigger_start"] = e["trigger"]["start"].clone();
                        v["trigger_end"] = e["trigger"]["end"].clone();
                        v["trigger"] = e["trigger"]["text"].clone();
                        v["place"] = e["place"]["text"].clone();
                    }
                    match t.row(&v) {
                        Ok(()) => true,
                        Err(x) => {
                            err = Some(x);
                            false
                        }
                    }
                })?;
                err.map_or(Ok(t.out), Err)
            }
        }
    })
    .await?;
    let (ctype, ext) = match format {
        Format::Jsonl => ("application/x-ndjson", "jsonl"),
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
    };
    let mut r = (StatusCode::OK, body).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"marsad-{kind}.{ext}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}
