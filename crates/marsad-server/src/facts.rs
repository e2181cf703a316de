//! Events, actor pages and the timeline, read from the store through `marsad_archive` (the
//! query path of `marsad events`): cluster-merged events on the store's `merged_events` table,
//! actor pages on its actor-id indexes. Nothing here depends on the archive's size beyond
//! what the store's indexes answer; every list is bounded by a `limit`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use marsad_archive::{EventFilter, MergedEvent, PageRequest};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::{blocking, bounded, path, query, AppState, ApiError, Bucket};

/// The event filters of `/api/events`, `/api/stats/timeline` and `/api/export/events`, as
/// query parameters; [`EventParams::filter`] turns them into the one filter definition,
/// [`marsad_archive::EventFilter`]. Empty values count as absent, except for the dates.
#[derive(Deserialize, Default, Clone)]
pub struct EventParams {
    /// PLOVER types (`CONSULT`, `ASSAULT`; any case; comma-separated for several).
    #[serde(rename = "type")]
    kind: Option<String>,
    /// Source actor: CAMEO code (`IRN`, prefix), actor id, or words of its text.
    actor: Option<String>,
    /// Target actor, like `actor`.
    recipient: Option<String>,
    /// A participant (source or target) with exactly this actor id.
    participant: Option<String>,
    /// Place: Arabic or English name, GeoNames id, country code.
    place: Option<String>,
    /// Event dates from/to (inclusive; `YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    from: Option<String>,
    to: Option<String>,
    /// The document of the first mention.
    doc: Option<String>,
    /// Keep negated events (left out by default).
    negated: Option<bool>,
}

fn given(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl EventParams {
    pub fn filter(self) -> Result<EventFilter, ApiError> {
        let bad = |e: marsad_archive::events::FilterError| ApiError::bad_request(e.0);
        let types: Vec<String> = given(self.kind).map(|t| t.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()).unwrap_or_default();
        let mut f = EventFilter {
            actor: given(self.actor),
            recipient: given(self.recipient),
            participant: given(self.participant),
            place: given(self.place),
            doc: given(self.doc),
            keep_negated: self.negated.unwrap_or(false),
            ..EventFilter::default()
        }
        .with_types(&types)
        .map_err(|e| ApiError::bad_request(format!("type: {}", e.0)))?;
        // Dates are checked as given: an empty bound is a bad request, not an open end.
        if let Some(from) = self.from {
            f = f.with_bound("from", &from, false).map_err(bad)?;
        }
        if let Some(to) = self.to {
            f = f.with_bound("to", &to, true).map_err(bad)?;
        }
        Ok(f)
    }
}

/// Paging of `/api/events`.
#[derive(Deserialize)]
pub struct PageParams {
    limit: Option<u64>,
    offset: Option<u64>,
    /// `desc` (newest first, the default) or `asc` (store order, as `marsad events`).
    order: Option<String>,
}

fn descending(order: Option<&str>) -> Result<bool, ApiError> {
    match order.unwrap_or("desc") {
        "desc" => Ok(true),
        "asc" => Ok(false),
        other => Err(ApiError::bad_request(format!("order: expected asc or desc, got {other:?}"))),
    }
}

/// An event row: the analyze contract's event (without `mention_triggers`, which the store
/// does not keep; [`marsad_json::stored_event_json`]) with its first document and the
/// cluster-merge counts.
pub fn event_json(e: &MergedEvent) -> Value {
    let mut v = marsad_json::stored_event_json(&e.row);
    for (k, x) in [
        ("doc_id", json!(e.doc_id)),
        ("doc_title", json!(e.title)),
        ("doc_source", json!(e.source)),
        ("doc_url", json!(e.url)),
        ("published", json!(e.published)),
        ("cluster", json!(e.cluster)),
        ("number", json!(e.number)),
        ("num_mentions", json!(e.num_mentions)),
        ("num_sources", json!(e.num_sources)),
        ("num_articles", json!(e.num_articles)),
    ] {
        v[k] = x;
    }
    v
}

fn buckets(v: &[(String, u64)], n: usize) -> Vec<Bucket> {
    v.iter().take(n).map(|(key, count)| Bucket { key: key.clone(), count: *count }).collect()
}

/// Type and actor facets of `/api/events`.
const FACETS: usize = 30;

/// `GET /api/events`: a page of cluster-merged events with the counts of all matches.
pub async fn events(State(st): State<Arc<AppState>>, params: Result<Query<EventParams>, QueryRejection>, page: Result<Query<PageParams>, QueryRejection>) -> Result<Response, ApiError> {
    let filter = query(params)?.filter()?;
    let page = query(page)?;
    let limit = bounded("limit", page.limit, 100, 1, 1000)?;
    let offset = bounded("offset", page.offset, 0, 0, u32::MAX as u64)?;
    let desc = descending(page.order.as_deref())?;
    let v = blocking(st.cpu.clone(), move || {
        let store = st.archive.reader();
        let p = marsad_archive::events_page(&*store, &filter, &PageRequest { offset: offset as u64, limit, descending: desc, facets: FACETS })?;
        let events: Vec<Value> = p.events.iter().map(event_json).collect();
        Ok(json!({"total": p.stats.total, "offset": offset, "order": if desc { "desc" } else { "asc" }, "events": events, "facets": {"types": buckets(&p.stats.types, FACETS), "actors": buckets(&p.stats.actors, FACETS)}}))
    })
    .await?;
    crate::json(&v)
}

/// `GET /api/stats/timeline`: dated merged events per day by type.
pub async fn timeline(State(st): State<Arc<AppState>>, params: Result<Query<EventParams>, QueryRejection>) -> Result<Response, ApiError> {
    let filter = query(params)?.filter()?;
    let v = blocking(st.cpu.clone(), move || {
        let store = st.archive.reader();
        let stats = marsad_archive::event_stats(&*store, &filter, 0)?;
        let mut days: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        let mut types: BTreeMap<String, u64> = BTreeMap::new();
        for (day, kind, n) in stats.days {
            *days.entry(day).or_default().entry(kind.clone()).or_default() += n;
            *types.entry(kind).or_default() += n;
        }
        let days: Vec<Value> = days.into_iter().map(|(date, counts)| json!({"date": date, "total": counts.values().sum::<u64>(), "counts": counts})).collect();
        Ok(json!({"types": types, "days": days}))
    })
    .await?;
    crate::json(&v)
}

#[derive(Deserialize)]
pub struct ActorParams {
    limit: Option<u64>,
}

/// `GET /api/actors/{id}`: names, roles, documents, quotes and events of a document actor.
pub async fn actor(State(st): State<Arc<AppState>>, id: Result<Path<String>, PathRejection>, params: Result<Query<ActorParams>, QueryRejection>) -> Result<Response, ApiError> {
    let id = path(id)?;
    let limit = bounded("limit", query(params)?.limit, 100, 1, 1000)?;
    let v = blocking(st.cpu.clone(), move || {
        let store = st.archive.reader();
        let Some(a) = marsad_archive::actor_page(&*store, &id, limit)? else {
            return Err(ApiError::not_found(format!("no actor with id {id:?} in the store (no mention, quote or event)")));
        };
        let counted = |v: &[(String, u64)]| v.iter().map(|(k, c)| json!({"text": k, "count": c})).collect::<Vec<_>>();
        let quotes: Vec<Value> = a
            .quotes
            .iter()
            .map(|q| {
                let r = &q.row;
                let span = |s: &marsad_store::SpanRow| json!({"start": s.start, "end": s.end, "text": s.text});
                json!({"doc_id": q.doc_id, "doc_title": q.title, "published": q.published, "verb": span(&r.verb), "content": span(&r.content), "speaker": r.speaker.as_ref().map(span), "speaker_name": r.speaker_name, "kind": r.kind})
            })
            .collect();
        Ok(json!({
            "id": a.id,
            "name_en": a.name_en,
            "type": a.kind,
            "country": a.country,
            "sector": a.sector,
            "names_ar": counted(&a.names),
            "roles": counted(&a.roles),
            "documents": a.documents.iter().map(|d| json!({"id": d.doc_id, "title": d.title, "published": d.published, "source": d.source})).collect::<Vec<_>>(),
            "quotes": quotes,
            "events": a.events.iter().map(event_json).collect::<Vec<_>>(),
            "events_total": a.events_total,
        }))
    })
    .await?;
    crate::json(&v)
}
