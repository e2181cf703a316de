//! `cargo xtask bench-search [--data DIR] [--queries N]`: search latency on a data directory
//! built by `marsad ingest` (the benchmark ingests all of `../shared/data/corpus`).
//!
//! Queries are drawn deterministically from the stored documents themselves, in nine kinds
//! (one word, two words, a two-word phrase, OR, word + `source:`, word + `date:` month range,
//! `actor:` + word, `person:`, `type:` + word), so they match realistic amounts of text. Each is timed like
//! `marsad search` without process start (`marsad_archive::search_page`): parse, search top 10
//! with 5-bucket facets on six fields, fetch the hits from the store and cut highlighted
//! snippets. A second pass times the stages separately. Prints p50/p90/p99/max
//! and the total hits (proof of work).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use marsad_engine::Resources;
use marsad_index::SearchIndex;
use marsad_store::{SqliteStore, Store};

pub fn run(args: &[String]) -> Result<()> {
    let mut data = PathBuf::from("marsad-data");
    let mut n = 1000usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = it.next().context("--data DIR")?.into(),
            "--queries" => n = it.next().context("--queries N")?.parse()?,
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    anyhow::ensure!(data.join("marsad.sqlite").exists(), "no data in {} (run `marsad ingest --data {} ../shared/data/corpus` first)", data.display(), data.display());
    let store = SqliteStore::open(&data)?;
    let resources = Resources::embedded()?;
    let index = SearchIndex::open(&data.join("index"), Arc::new(resources.clitics.clone()))?;
    let queries = sample_queries(&store, n)?;

    // Warm-up (page cache, lazy segment readers), then time each query.
    for q in queries.iter().take(50) {
        index.search(q, 10, 5)?;
    }
    let mut times = Vec::with_capacity(n);
    let mut hits_total = 0usize;
    let mut matched_total = 0usize;
    let started = Instant::now();
    for q in &queries {
        let t = Instant::now();
        let page = marsad_archive::search_page(&index, &store, q, &marsad_archive::SearchOptions::interactive()).with_context(|| format!("query {q:?}"))?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        hits_total += page.hits.len();
        matched_total += page.total;
    }
    let wall = started.elapsed().as_secs_f64();
    // Where the time goes: the same queries again, stage by stage.
    let (mut t_nofacet, mut t_facet, mut t_store, mut t_snip) = (0f64, 0f64, 0f64, 0f64);
    for q in &queries {
        let t = Instant::now();
        std::hint::black_box(index.search(q, 10, 0)?);
        t_nofacet += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let r = index.search(q, 10, 5)?;
        t_facet += t.elapsed().as_secs_f64();
        let seqs: Vec<i64> = r.hits.iter().map(|h| h.seq as i64).collect();
        let t = Instant::now();
        let docs = store.summaries(&seqs)?;
        t_store += t.elapsed().as_secs_f64();
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(index.snippet(&d.text, &r.terms, 300));
        }
        t_snip += t.elapsed().as_secs_f64();
    }
    let ms = |s: f64| s * 1e3 / n as f64;
    let stages = format!("index search {:.2} + facets {:.2} + store fetch {:.2} + snippets {:.2}", ms(t_nofacet), ms(t_facet - t_nofacet), ms(t_store), ms(t_snip));
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!("bench-search: {} queries on {} ({} indexed documents)", n, data.display(), index.num_docs());
    println!("  examples: {}", queries.iter().take(8).map(|q| format!("{q:?}")).collect::<Vec<_>>().join(", "));
    println!("  latency ms: p50 {:.2}, p90 {:.2}, p99 {:.2}, max {:.2}, mean {:.2}; {:.0} queries/s on one thread", p(0.5), p(0.9), p(0.99), times[times.len() - 1], times.iter().sum::<f64>() / n as f64, n as f64 / wall);
    println!("  mean ms per stage: {stages}");
    println!("  proof of work: {hits_total} hits returned, {matched_total} matches counted");
    Ok(())
}

/// `n` realistic queries drawn deterministically from the stored documents (see the module doc).
pub fn sample_queries(store: &SqliteStore, n: usize) -> Result<Vec<String>> {
    let last = store.last_seq()?;
    anyhow::ensure!(last > 0, "empty store");
    // Deterministic sample of documents → queries.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut queries = Vec::with_capacity(n);
    while queries.len() < n {
        let seq = (next() % last as u64) as i64 + 1;
        let Some(doc) = store.documents(&[seq])?.into_iter().next() else { continue };
        let words: Vec<&str> = doc.title.as_deref().unwrap_or("").split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).collect();
        if words.len() < 2 {
            continue;
        }
        let pick = |r: u64| words[(r % words.len() as u64) as usize];
        let i = (next() % (words.len() as u64 - 1)) as usize;
        let q = match queries.len() % 9 {
            0 => pick(next()).to_string(),
            1 => format!("{} {}", pick(next()), pick(next())),
            2 => format!("\"{} {}\"", words[i], words[i + 1]),
            3 => format!("{} OR {}", pick(next()), pick(next())),
            4 => match &doc.source {
                Some(s) if !s.contains(' ') => format!("{} source:{s}", pick(next())),
                _ => pick(next()).to_string(),
            },
            5 => match doc.published.as_deref().and_then(|p| p.get(..7)) {
                Some(m) => format!("{} date:{m}..{m}", pick(next())),
                None => pick(next()).to_string(),
            },
            6 => match doc.extra.entities.iter().find_map(|e| e.country.clone()) {
                Some(c) => format!("actor:{c} {}", pick(next())),
                None => pick(next()).to_string(),
            },
            8 => match doc.extra.event_types.first() {
                Some(t) => format!("type:{t} {}", pick(next())),
                None => pick(next()).to_string(),
            },
            _ => match doc.extra.entities.iter().find(|e| e.kind == "PER").and_then(|e| e.text.split_whitespace().last()) {
                Some(name) => format!("person:{name}"),
                None => pick(next()).to_string(),
            },
        };
        queries.push(q);
    }

    Ok(queries)
}
