//! `marsad serve`: the JSON API (docs/api.md, `/api/openapi.json`) and the embedded web app
//! over a data directory. Routing, limits and serialization live here; analysis, storage and
//! search are the library crates'. No request path ever reaches the file system: the web
//! app's assets are compiled in, and ids are looked up in the store.

pub mod archive;
pub mod error;
mod export;
mod facts;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use marsad_engine::{analyze_document, AnalysisConfig, Document, Resources};
use serde::{Deserialize, Serialize};

pub use archive::Archive;
pub use error::{ApiError, ErrorCode};

/// Limits and access control of a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Requests taking longer are answered `timeout`.
    pub timeout: Duration,
    /// Requests handled at once; more wait (within the timeout).
    pub max_concurrent: usize,
    /// Requests doing CPU-bound work (analysis, search, store) at once; the others wait in
    /// line. As many as cores: more would only time-slice the cores, so that every request in
    /// flight, short or long, takes as long as the slowest (tail latency).
    pub workers: usize,
    /// Bearer token required by write endpoints (`POST /api/documents`); `None`: open.
    pub token: Option<String>,
    /// Reading store connections.
    pub readers: usize,
}

impl ServerConfig {
    /// Defaults for `marsad serve` on an analyst's machine.
    pub fn local() -> Self {
        ServerConfig { max_body_bytes: 8 << 20, timeout: Duration::from_secs(60), max_concurrent: 64, workers: std::thread::available_parallelism().map_or(2, |n| n.get()), token: None, readers: 4 }
    }

    /// Small limits for tests (a 64 KiB body limit makes "too large" cheap to provoke).
    pub fn test() -> Self {
        ServerConfig { max_body_bytes: 64 << 10, timeout: Duration::from_secs(30), max_concurrent: 16, workers: 2, token: None, readers: 2 }
    }
}

/// Shared state of the handlers.
pub struct AppState {
    pub archive: Archive,
    pub config: ServerConfig,
    /// Permits for CPU-bound work ([`ServerConfig::workers`]).
    pub cpu: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    pub fn new(archive: Archive, config: ServerConfig) -> Self {
        let cpu = Arc::new(tokio::sync::Semaphore::new(config.workers.max(1)));
        AppState { archive, config, cpu }
    }
}

type St = State<Arc<AppState>>;
type ApiResult = Result<Response, ApiError>;

/// Open the data directory and build the application.
pub fn app(data: &std::path::Path, config: ServerConfig) -> Result<Router, ApiError> {
    let resources = Resources::embedded().map_err(|e| ApiError::internal(format!("loading embedded resources: {}", error::error_chain(&e))))?;
    let archive = Archive::open(data, Arc::new(resources), config.readers)?;
    Ok(router(Arc::new(AppState::new(archive, config))))
}

/// The router with its limits.
pub fn router(state: Arc<AppState>) -> Router {
    let cfg = state.config.clone();
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }))
        .route("/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/app.css", get(|| async { asset("text/css; charset=utf-8", APP_CSS) }))
        .route("/api/openapi.json", get(|| async { asset("application/json", OPENAPI) }))
        .route("/api/analyze", post(analyze))
        .route("/api/documents", post(ingest))
        .route("/api/documents/{id}", get(document))
        .route("/api/search", get(search))
        .route("/api/events", get(facts::events))
        .route("/api/actors/{id}", get(facts::actor))
        .route("/api/stats/timeline", get(facts::timeline))
        .route("/api/export/{kind}", get(export::export))
        .fallback(|| async { ApiError::not_found("no such route") })
        .with_state(state)
        .layer(DefaultBodyLimit::max(cfg.max_body_bytes))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(cfg.max_body_bytes))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(cfg.max_concurrent))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, cfg.timeout))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(axum::middleware::from_fn(json_errors))
}

/// Serve until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
const OPENAPI: &str = include_str!("../assets/openapi.json");

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// Error responses made by layers and extractors (413 from the body limit, 405, timeouts,
/// panics) get the JSON error body too.
async fn json_errors(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !status.is_client_error() && !status.is_server_error() || is_json {
        return res;
    }
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => (ErrorCode::PayloadTooLarge, "the request body is larger than the server's limit".to_string()),
        StatusCode::METHOD_NOT_ALLOWED => (ErrorCode::MethodNotAllowed, "this method is not allowed on this route".to_string()),
        StatusCode::NOT_FOUND => (ErrorCode::NotFound, "no such route".to_string()),
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::REQUEST_TIMEOUT => (ErrorCode::Timeout, "the request took longer than the server's timeout".to_string()),
        StatusCode::INTERNAL_SERVER_ERROR => (ErrorCode::Internal, "internal error (a bug: the request handler panicked)".to_string()),
        s if s.is_client_error() => (ErrorCode::BadRequest, format!("bad request ({s})")),
        s => (ErrorCode::Internal, format!("internal error ({s})")),
    };
    ApiError::new(code, message).into_response()
}

/// Run blocking work (analysis, store, index) off the async threads, once one of the `cpu`
/// permits is free (requests queue in arrival order). The permit goes with the work, so a
/// request that times out still holds it until its work ends.
pub(crate) async fn blocking<T: Send + 'static>(cpu: Arc<tokio::sync::Semaphore>, f: impl FnOnce() -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    let permit = cpu.acquire_owned().await.map_err(|e| ApiError::internal(format!("worker pool closed: {e}")))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        f()
    })
    .await
    .map_err(|e| ApiError::internal(format!("request task failed: {e}")))?
}

/// A JSON response from bytes we serialized.
pub(crate) fn json_bytes(status: StatusCode, bytes: Vec<u8>) -> Response {
    let mut r = (status, bytes).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

pub(crate) fn json<T: Serialize>(v: &T) -> ApiResult {
    let bytes = serde_json::to_vec(v).map_err(|e| ApiError::internal(format!("serializing the response: {e}")))?;
    Ok(json_bytes(StatusCode::OK, bytes))
}

/// The body, parsed as JSON of type `T`.
pub(crate) fn parse_body<T: serde::de::DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, ApiError> {
    let bytes = body.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(ErrorCode::PayloadTooLarge, "the request body is larger than the server's limit")
        } else {
            ApiError::bad_request(format!("reading the request body: {}", r.body_text()))
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::new(ErrorCode::InvalidJson, format!("request body: {e}")))
}

pub(crate) fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(v)| v).map_err(|r| ApiError::bad_request(format!("query string: {}", r.body_text())))
}

pub(crate) fn path<T>(p: Result<Path<T>, PathRejection>) -> Result<T, ApiError> {
    p.map(|Path(v)| v).map_err(|r| ApiError::bad_request(format!("path: {}", r.body_text())))
}

/// A number parameter within bounds.
pub(crate) fn bounded(name: &str, v: Option<u64>, default: u64, min: u64, max: u64) -> Result<usize, ApiError> {
    let v = v.unwrap_or(default);
    if v < min || v > max {
        return Err(ApiError::bad_request(format!("{name} must be between {min} and {max}, got {v}")));
    }
    Ok(v as usize)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnalyzeRequest {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

/// `POST /api/analyze`: the `marsad analyze` JSON of a text; nothing is stored.
async fn analyze(State(st): St, body: Result<Bytes, BytesRejection>) -> ApiResult {
    let req: AnalyzeRequest = parse_body(body)?;
    let published = match req.published.as_deref() {
        None => None,
        Some(s) => Some(archive::parse_day(s).ok_or_else(|| ApiError::bad_request(format!("published: expected a date like 2020-09-24, got {s:?}")))?),
    };
    let bytes = blocking(st.cpu.clone(), move || {
        let resources = &st.archive.resources;
        let analysis = analyze_document(&Document { text: &req.text, published }, resources, &AnalysisConfig::full());
        marsad_json::document_json(req.id.as_deref().unwrap_or("input"), &[], &req.text, &analysis, resources).map_err(|e| ApiError::internal(format!("serializing the analysis: {e}")))
    })
    .await?;
    Ok(json_bytes(StatusCode::OK, bytes))
}

/// One document or a batch.
#[derive(Deserialize)]
#[serde(untagged)]
enum IngestRequest {
    Batch(Vec<archive::NewDoc>),
    One(archive::NewDoc),
}

/// Bearer-token check for write endpoints (constant-time comparison).
fn authorize(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &st.config.token else { return Ok(()) };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or("");
    let (a, b) = (given.as_bytes(), token.as_bytes());
    let same = a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0;
    if same {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::Unauthorized, "this endpoint requires `Authorization: Bearer <token>` with the server's token"))
    }
}

/// Documents per ingest request.
const MAX_BATCH: usize = 1000;

/// `POST /api/documents`: analyze, store and index one document or a batch.
async fn ingest(State(st): St, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> ApiResult {
    authorize(&st, &headers)?;
    let docs = match parse_body::<IngestRequest>(body) {
        Ok(IngestRequest::Batch(v)) => v,
        Ok(IngestRequest::One(d)) => vec![d],
        Err(e) if e.code == ErrorCode::InvalidJson => return Err(ApiError::new(ErrorCode::InvalidJson, "request body: expected a document object {\"text\": …, \"id\"?, \"title\"?, \"source\"?, \"url\"?, \"published\"?} or an array of them")),
        Err(e) => return Err(e),
    };
    if docs.is_empty() || docs.len() > MAX_BATCH {
        return Err(ApiError::bad_request(format!("a batch holds 1 to {MAX_BATCH} documents, got {}", docs.len())));
    }
    let results = blocking(st.cpu.clone(), move || st.archive.ingest(docs)).await?;
    let bytes = serde_json::to_vec(&serde_json::json!({ "results": results })).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(json_bytes(StatusCode::OK, bytes))
}

/// `GET /api/documents/{id}`: the stored document with its analysis.
async fn document(State(st): St, id: Result<Path<String>, PathRejection>) -> ApiResult {
    let id = path(id)?;
    let v = blocking(st.cpu.clone(), move || {
        let d = st.archive.document(&id)?.ok_or_else(|| ApiError::not_found(format!("no document with id {id:?}")))?;
        st.archive.document_json(&d)
    })
    .await?;
    json(&v)
}

#[derive(Deserialize)]
struct SearchParams {
    q: String,
    limit: Option<u64>,
    facets: Option<u64>,
    snippet: Option<u64>,
}

#[derive(Serialize)]
pub(crate) struct Bucket {
    pub key: String,
    pub count: u64,
}

/// `GET /api/search`: the `marsad search --json` object.
async fn search(State(st): St, params: Result<Query<SearchParams>, QueryRejection>) -> ApiResult {
    let p = query(params)?;
    let limit = bounded("limit", p.limit, 10, 1, 100)?;
    let facets = bounded("facets", p.facets, 5, 0, 20)?;
    let snippet = bounded("snippet", p.snippet, 300, 40, 2000)?;
    let v = blocking(st.cpu.clone(), move || {
        let a = &st.archive;
        let store = a.reader();
        marsad_archive::search_page(&a.index, &*store, &p.q, &marsad_archive::SearchOptions { limit, facets, snippet }).map_err(|e| match e {
            marsad_archive::PageError::Index(e) => ApiError::from(e),
            marsad_archive::PageError::Store(e) => ApiError::from(e),
        })
    })
    .await?;
    json(&v)
}

