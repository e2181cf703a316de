//! `cargo xtask bench-serve --data DIR [--connections 32] [--seconds 30] [--url URL]
//! [--endpoint search|events|timeline|actors]`: load on one endpoint (default `GET /api/search`).
//! Starts the server in-process on a loopback port over DIR (or targets a running
//! `marsad serve` at `--url`), opens N keep-alive HTTP/1 connections, and has each send requests
//! back to back for the duration. Search queries are `bench-search`'s realistic mix drawn from
//! the stored documents; event, timeline and actor requests are a mix of the web app's calls
//! built from the store's own counts (no filter, each type, the most frequent actor ids as
//! `participant`, CAMEO codes as `actor` and `recipient`, names as `actor`, places by Arabic
//! and English name and country code, month ranges, deep offsets). Prints requests/s,
//! latency p50/p90/p99/max and the error count (any non-200 answer or transport failure).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use marsad_store::SqliteStore;

pub fn run(args: &[String]) -> Result<()> {
    let mut data = PathBuf::from("marsad-data");
    let mut connections = 32usize;
    let mut seconds = 30u64;
    let mut url: Option<String> = None;
    let mut endpoint = "search".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = it.next().context("--data DIR")?.into(),
            "--connections" => connections = it.next().context("--connections N")?.parse()?,
            "--seconds" => seconds = it.next().context("--seconds S")?.parse()?,
            "--url" => url = Some(it.next().context("--url http://HOST:PORT")?.clone()),
            "--endpoint" => endpoint = it.next().context("--endpoint search|events|timeline|actors")?.clone(),
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    anyhow::ensure!(data.join("marsad.sqlite").exists(), "no data in {} (run `marsad ingest --data {} ../shared/data/corpus` first)", data.display(), data.display());
    let (paths, what): (Vec<String>, String) = {
        let store = SqliteStore::open(&data)?;
        if endpoint == "search" {
            let queries = crate::bench_search::sample_queries(&store, 1000)?;
            let n = paths_len(&queries);
            (queries.iter().map(|q| format!("/api/search?limit=10&facets=5&q={}", percent(q))).collect(), format!("GET /api/search, {n} distinct queries"))
        } else {
            let p = fact_paths(&store, &endpoint)?;
            let n = p.len();
            (p, format!("GET /api/{endpoint}, {n} distinct requests"))
        }
    };
    let paths = Arc::new(paths);

    // The server gets its own runtime (its own worker threads), as in `marsad serve`.
    let server_rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let addr = match &url {
        Some(u) => u.trim_start_matches("http://").trim_end_matches('/').parse().context("--url http://HOST:PORT")?,
        None => {
            let app = marsad_server::app(&data, marsad_server::ServerConfig::local()).map_err(|e| anyhow::anyhow!("{}", e.message))?;
            let listener = server_rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
            let addr = listener.local_addr()?;
            server_rt.spawn(async move {
                let _ = marsad_server::serve(listener, app).await;
            });
            addr
        }
    };
    let client_rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build()?;
    let (times, errors, wall, docs) = client_rt.block_on(async move {
        // Warm-up: one pass of 50 queries on one connection.
        let mut warm = connect(addr).await?;
        for p in paths.iter().take(50) {
            get(&mut warm, p).await?;
        }
        let docs = {
            let (_, body) = get(&mut warm, "/api/search?q=*&limit=1&facets=0").await?;
            serde_json::from_slice::<serde_json::Value>(&body).ok().and_then(|v| v["total"].as_u64()).unwrap_or(0)
        };
        let started = Instant::now();
        let deadline = started + Duration::from_secs(seconds);
        let mut tasks = Vec::new();
        for c in 0..connections {
            let paths = paths.clone();
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                let mut errors = 0u64;
                let mut conn = connect(addr).await.ok();
                let mut i = c * 31;
                while Instant::now() < deadline {
                    let p = &paths[i % paths.len()];
                    i += 1;
                    let t = Instant::now();
                    let ok = match conn.as_mut() {
                        Some(s) => matches!(get(s, p).await, Ok((200, _))),
                        None => false,
                    };
                    times.push(t.elapsed().as_secs_f64() * 1e3);
                    if !ok {
                        errors += 1;
                        conn = connect(addr).await.ok();
                    }
                }
                (times, errors)
            }));
        }
        let mut times = Vec::new();
        let mut errors = 0;
        for t in tasks {
            let (ts, e) = t.await?;
            times.extend(ts);
            errors += e;
        }
        anyhow::Ok((times, errors, started.elapsed().as_secs_f64(), docs))
    })?;
    drop(server_rt);
    let mut times = times;
    times.sort_by(f64::total_cmp);
    anyhow::ensure!(!times.is_empty(), "no request completed");
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!("bench-serve: {what}, {connections} connections for {seconds} s on {} ({docs} indexed documents)", data.display());
    println!("  {} requests, {:.0} requests/s, {} errors", times.len(), times.len() as f64 / wall, errors);
    println!("  latency ms: p50 {:.1}, p90 {:.1}, p99 {:.1}, max {:.1}", p(0.5), p(0.9), p(0.99), times[times.len() - 1]);
    Ok(())
}

/// Requests of the web app's event views, from the store's counts.
fn fact_paths(store: &SqliteStore, endpoint: &str) -> Result<Vec<String>> {
    use marsad_store::Store;
    let stats = store.merged_stats(&marsad_store::MergedQuery::default(), 40)?;
    anyhow::ensure!(stats.total > 0, "the store has no merged events");
    let months: Vec<String> = {
        let mut m: Vec<String> = stats.days.iter().filter_map(|(d, _, _)| d.get(..7).map(str::to_string)).collect();
        m.dedup();
        m
    };
    let mut filters: Vec<String> = vec![String::new()];
    filters.extend(stats.types.iter().map(|(t, _)| format!("type={t}")));
    filters.extend(stats.actors.iter().take(20).map(|(a, _)| format!("participant={}", percent(a))));
    filters.extend(["IRN", "USA", "RUS", "SYR", "ISR", "SAU"].iter().map(|c| format!("actor={c}")));
    filters.extend(["USA", "IRN", "ISR"].iter().map(|c| format!("recipient={c}")));
    // Names (search-key substrings) and places in each form: Arabic name, English name,
    // country code.
    filters.extend(["ظريف", "ترامب", "الحوثي"].iter().map(|n| format!("actor={}", percent(n))));
    filters.extend(["سوريا", "اليمن", "Damascus", "SY", "IQ"].iter().map(|p| format!("place={}", percent(p))));
    filters.push(format!("actor=IRN&type=ACCUSE&place={}", percent("سوريا")));
    filters.extend(months.iter().step_by((months.len() / 10).max(1)).map(|m| format!("from={m}&to={m}")));
    Ok(match endpoint {
        "events" => {
            let mut v: Vec<String> = filters.iter().map(|f| format!("/api/events?limit=100&{f}")).collect();
            let total = stats.total;
            v.extend([total / 10, total / 2, total.saturating_sub(100)].iter().map(|o| format!("/api/events?limit=100&offset={o}")));
            v.push("/api/events?limit=500".into());
            v
        }
        "timeline" => filters.iter().map(|f| format!("/api/stats/timeline?{f}")).collect(),
        "actors" => stats.actors.iter().map(|(a, _)| format!("/api/actors/{}", percent(a))).collect(),
        other => anyhow::bail!("--endpoint: expected search, events, timeline or actors, got {other:?}"),
    })
}

fn paths_len(q: &[String]) -> usize {
    let mut v: Vec<&String> = q.iter().collect();
    v.sort();
    v.dedup();
    v.len()
}

type Sender = hyper::client::conn::http1::SendRequest<Empty<Bytes>>;

async fn connect(addr: std::net::SocketAddr) -> Result<Sender> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    Ok(sender)
}

async fn get(s: &mut Sender, path: &str) -> Result<(u16, Bytes)> {
    s.ready().await?;
    let req = hyper::Request::get(path).header("host", "127.0.0.1").body(Empty::<Bytes>::new())?;
    let res = s.send_request(req).await?;
    let status = res.status().as_u16();
    let body = res.into_body().collect().await?.to_bytes();
    Ok((status, body))
}

/// Percent-encode a query-string value.
fn percent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
