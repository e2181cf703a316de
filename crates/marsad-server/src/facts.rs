//! Events, actor pages and the timeline, over the facts table of the most recent documents
//! (see [`crate::archive::Facts`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::archive::{count_sorted, DocFacts};
use crate::{blocking, bounded, path, query, AppState, ApiError, Bucket};

/// Event filters shared by `/api/events`, `/api/stats/timeline` and the events export.
#[derive(Deserialize, Default, Clone)]
pub struct EventFilter {
    /// PLOVER type (`CONSULT`, `ASSAULT`, …), case-insensitive.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// An actor id (`name:ظريف`, a knowledge-base id), a country code (`IRN`) or words of a
    /// participant's text.
    pub actor: Option<String>,
    /// Event dates from/to (inclusive, `YYYY-MM-DD`).
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only this document's events.
    pub doc: Option<String>,
}

fn check_day(name: &str, v: &Option<String>) -> Result<(), ApiError> {
    match v {
        Some(s) if crate::archive::parse_day(s).is_none() => Err(ApiError::bad_request(format!("{name}: expected a date like 2020-09-24, got {s:?}"))),
        _ => Ok(()),
    }
}

impl EventFilter {
    pub fn validate(&self) -> Result<(), ApiError> {
        check_day("from", &self.from)?;
        check_day("to", &self.to)
    }

    fn participant_matches(p: &Value, want: &str) -> bool {
        let s = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
        s("id") == want || s("country").eq_ignore_ascii_case(want) || (!want.is_empty() && s("text").contains(want))
    }

    pub fn matches(&self, d: &DocFacts, e: &Value) -> bool {
        if let Some(doc) = &self.doc {
            if &d.doc_id != doc {
                return false;
            }
        }
        if let Some(k) = &self.kind {
            if !e["event"].as_str().unwrap_or("").eq_ignore_ascii_case(k.trim()) {
                return false;
            }
        }
        if let Some(a) = &self.actor {
            let a = a.trim();
            let parts = e["actors"].as_array().into_iter().chain(e["recipients"].as_array()).flatten();
            if !parts.into_iter().any(|p| Self::participant_matches(p, a)) {
                return false;
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(date) = e["date"].as_str() else { return false };
            let day = date.get(..10).unwrap_or(date);
            if self.from.as_deref().is_some_and(|f| day < f) || self.to.as_deref().is_some_and(|t| day > t) {
                return false;
            }
        }
        true
    }
}

/// An event row: the analyze contract's event with its document.
pub fn event_row(d: &DocFacts, e: &Value) -> Value {
    let mut row = Map::new();
    row.insert("doc_id".into(), d.doc_id.clone().into());
    row.insert("doc_title".into(), d.title.clone().into());
    row.insert("doc_source".into(), d.source.clone().into());
    row.insert("published".into(), d.published.clone().into());
    if let Value::Object(m) = e {
        for (k, v) in m {
            row.insert(k.clone(), v.clone());
        }
    }
    Value::Object(row)
}

/// All matching event rows, most recent documents first.
pub fn matching_events(st: &AppState, f: &EventFilter) -> Result<Vec<Value>, ApiError> {
    let facts = st.archive.facts()?;
    Ok(facts.docs.iter().rev().flat_map(|d| d.events.iter().filter(|e| f.matches(d, e)).map(move |e| event_row(d, e))).collect())
}

#[derive(Deserialize)]
pub struct EventsParams {
    #[serde(rename = "type")]
    kind: Option<String>,
    actor: Option<String>,
    from: Option<String>,
    to: Option<String>,
    doc: Option<String>,
    limit: Option<u64>,
    offset: Option<u64>,
}

fn buckets(v: Vec<(String, usize)>, n: usize) -> Vec<Bucket> {
    v.into_iter().take(n).map(|(key, c)| Bucket { key, count: c as u64 }).collect()
}

/// `GET /api/events`.
pub async fn events(State(st): State<Arc<AppState>>, params: Result<Query<EventsParams>, QueryRejection>) -> Result<Response, ApiError> {
    let p = query(params)?;
    let filter = EventFilter { kind: p.kind, actor: p.actor, from: p.from, to: p.to, doc: p.doc };
    filter.validate()?;
    let limit = bounded("limit", p.limit, 100, 1, 1000)?;
    let offset = bounded("offset", p.offset, 0, 0, u32::MAX as u64)?;
    let v = blocking(st.cpu.clone(), move || {
        let rows = matching_events(&st, &filter)?;
        let types = count_sorted(rows.iter().filter_map(|r| r["event"].as_str().map(str::to_string)));
        let actors = count_sorted(rows.iter().flat_map(|r| r["actors"].as_array().into_iter().chain(r["recipients"].as_array()).flatten().filter_map(|p| p["id"].as_str().map(str::to_string)).collect::<Vec<_>>()));
        let total = rows.len();
        let page: Vec<Value> = rows.into_iter().skip(offset).take(limit).collect();
        Ok(json!({"total": total, "offset": offset, "events": page, "facets": {"types": buckets(types, 30), "actors": buckets(actors, 30)}}))
    })
    .await?;
    crate::json(&v)
}

/// `GET /api/stats/timeline`: events per day by type.
pub async fn timeline(State(st): State<Arc<AppState>>, params: Result<Query<EventFilter>, QueryRejection>) -> Result<Response, ApiError> {
    let f = query(params)?;
    f.validate()?;
    let v = blocking(st.cpu.clone(), move || {
        let rows = matching_events(&st, &f)?;
        let mut days: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        let mut types: BTreeMap<String, u64> = BTreeMap::new();
        for r in &rows {
            let (Some(date), Some(kind)) = (r["date"].as_str(), r["event"].as_str()) else { continue };
            let Some(day) = date.get(..10).filter(|d| d.len() == 10) else { continue };
            *days.entry(day.to_string()).or_default().entry(kind.to_string()).or_default() += 1;
            *types.entry(kind.to_string()).or_default() += 1;
        }
        let days: Vec<Value> = days.into_iter().map(|(date, counts)| json!({"date": date, "total": counts.values().sum::<u64>(), "counts": counts})).collect();
        Ok(json!({"types": types, "days": days}))
    })
    .await?;
    crate::json(&v)
}

/// `GET /api/actors/{id}`: names, roles, quotes and events of a document actor.
pub async fn actor(State(st): State<Arc<AppState>>, id: Result<Path<String>, PathRejection>) -> Result<Response, ApiError> {
    let id = path(id)?;
    let v = blocking(st.cpu.clone(), move || {
        let facts = st.archive.facts()?;
        let mut found: Option<&Value> = None;
        let mut names = Vec::new();
        let mut roles = Vec::new();
        let mut documents = Vec::new();
        let mut quotes = Vec::new();
        let mut events = Vec::new();
        for d in facts.docs.iter().rev() {
            let mut here = false;
            for a in d.actors.iter().filter(|a| a["id"].as_str() == Some(id.as_str())) {
                found.get_or_insert(a);
                here = true;
                for m in a["mentions"].as_array().into_iter().flatten() {
                    let text = m["text"].as_str().unwrap_or("").to_string();
                    match m["how"].as_str() {
                        Some("title") | Some("counterpart") => roles.push(text),
                        _ => names.push(text),
                    }
                }
            }
            for q in d.quotes.iter().filter(|q| q["speaker_actor"]["id"].as_str() == Some(id.as_str())) {
                here = true;
                quotes.push(json!({"doc_id": d.doc_id, "doc_title": d.title, "published": d.published, "verb": q["verb"], "content": q["content"], "speaker": q["speaker"], "kind": q["kind"]}));
            }
            for e in &d.events {
                let parts = e["actors"].as_array().into_iter().chain(e["recipients"].as_array()).flatten();
                if parts.into_iter().any(|p| p["id"].as_str() == Some(id.as_str())) {
                    here = true;
                    events.push(event_row(d, e));
                }
            }
            if here {
                documents.push(json!({"id": d.doc_id, "title": d.title, "published": d.published, "source": d.source}));
            }
        }
        let Some(a) = found.or_else(|| events.first().and_then(|e| e["actors"].as_array().into_iter().chain(e["recipients"].as_array()).flatten().find(|p| p["id"].as_str() == Some(id.as_str())))) else {
            return Err(ApiError::not_found(format!("no actor with id {id:?} in the documents the server has analyzed")));
        };
        let names_ar: Vec<Value> = count_sorted(names).into_iter().map(|(k, c)| json!({"text": k, "count": c})).collect();
        let roles: Vec<Value> = count_sorted(roles).into_iter().map(|(k, c)| json!({"text": k, "count": c})).collect();
        Ok(json!({
            "id": id,
            "name_en": a.get("name_en").cloned().unwrap_or(Value::Null),
            "type": a.get("type").cloned().unwrap_or(Value::Null),
            "country": a.get("country").cloned().unwrap_or(Value::Null),
            "sector": a.get("sector").cloned().unwrap_or(Value::Null),
            "names_ar": names_ar,
            "roles": roles,
            "documents": documents,
            "quotes": quotes,
            "events": events,
        }))
    })
    .await?;
    crate::json(&v)
}
