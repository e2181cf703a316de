//! `marsad search QUERY`: Arabic-aware full-text search with filters, facets and highlighted
//! snippets; human output or `--json`.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use marsad_engine::Resources;
use serde::Serialize;

use crate::data::{self, Data};

#[derive(Args)]
pub struct SearchArgs {
    /// The query: words (spelling variants, diacritics and clitics do not matter), "phrases",
    /// AND/OR/NOT, +must/-not, (groups), and filters: source:bbc, date:2018-03..2018-05,
    /// actor:IRN, person:ظريف, place:موسكو, org:…
    pub query: String,
    /// Data directory.
    #[arg(long, default_value = data::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Number of hits.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Buckets per facet (0: no facets).
    #[arg(long, default_value_t = 5)]
    pub facets: usize,
    /// Snippet length in bytes.
    #[arg(long, default_value_t = 300)]
    pub snippet: usize,
    /// One JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Highlight {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct SnippetOut {
    start: usize,
    end: usize,
    text: String,
    highlights: Vec<Highlight>,
}

#[derive(Serialize)]
struct HitOut {
    id: String,
    score: f32,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    cluster: i64,
    cluster_size: usize,
    snippet: SnippetOut,
}

#[derive(Serialize)]
struct Bucket {
    key: String,
    count: u64,
}

#[derive(Serialize)]
struct Results {
    query: String,
    total: usize,
    hits: Vec<HitOut>,
    facets: serde_json::Map<String, serde_json::Value>,
}

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    if !args.data.join("marsad.sqlite").exists() {
        anyhow::bail!("no data in {} (run `marsad ingest --data {} FILES…` first)", args.data.display(), args.data.display());
    }
    let resources = Resources::embedded().context("loading embedded resources")?;
    let data = Data::open(&args.data, Arc::new(resources.clitics.clone()))?;
    let lag = data.index_lag()?;
    if lag > 0 {
        // Catch up if no ingest holds the index; otherwise search what is committed.
        match data.index.writer(data::INDEX_HEAP) {
            Ok(mut w) => {
                data.catch_up(&mut w)?;
                w.finish()?;
            }
            Err(_) => eprintln!("marsad: warning: an ingest is running; the index does not show the latest documents yet"),
        }
    }
    let results = data.index.search(&args.query, args.limit, args.facets).context("searching")?;
    let seqs: Vec<i64> = results.hits.iter().map(|h| h.seq as i64).collect();
    let docs = data.store.documents(&seqs)?;
    let mut hits = Vec::with_capacity(docs.len());
    for (hit, doc) in results.hits.iter().zip(docs) {
        let sn = data.index.snippet(&doc.text, &results.terms, args.snippet);
        let cluster_size = data.store.cluster_members(doc.cluster)?.len();
        hits.push(HitOut {
            id: doc.doc_id,
            score: hit.score,
            title: doc.title,
            source: doc.source,
            url: doc.url,
            published: doc.published,
            cluster: doc.cluster,
            cluster_size,
            snippet: SnippetOut { start: sn.range.start, end: sn.range.end, text: doc.text[sn.range.clone()].to_string(), highlights: sn.highlights.iter().map(|r| Highlight { start: r.start, end: r.end }).collect() },
        });
    }
    let mut facets = serde_json::Map::new();
    for f in &results.facets {
        let buckets: Vec<Bucket> = f.buckets.iter().map(|(k, c)| Bucket { key: k.clone(), count: *c }).collect();
        facets.insert(f.name.to_string(), serde_json::to_value(buckets)?);
    }
    let out = Results { query: args.query.clone(), total: results.total, hits, facets };
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer(&mut w, &out)?;
        writeln!(w)?;
    } else {
        human(&mut w, &out)?;
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn human(w: &mut impl Write, r: &Results) -> io::Result<()> {
    writeln!(w, "{} documents match {:?}", r.total, r.query)?;
    for (i, h) in r.hits.iter().enumerate() {
        let meta: Vec<&str> = [h.source.as_deref(), h.published.as_deref()].into_iter().flatten().collect();
        writeln!(w, "\n{:>2}. {}  [{}]  ({}, score {:.2}{})", i + 1, h.title.as_deref().unwrap_or("(untitled)"), meta.join(", "), h.id, h.score, if h.cluster_size > 1 { format!(", cluster of {}", h.cluster_size) } else { String::new() })?;
        // Mark highlights with «…» in the snippet text.
        let mut line = String::new();
        let mut at = h.snippet.start;
        for hl in &h.snippet.highlights {
            line.push_str(&h.snippet.text[at - h.snippet.start..hl.start - h.snippet.start]);
            line.push('«');
            line.push_str(&h.snippet.text[hl.start - h.snippet.start..hl.end - h.snippet.start]);
            line.push('»');
            at = hl.end;
        }
        line.push_str(&h.snippet.text[at - h.snippet.start..]);
        writeln!(w, "    {}", line.split_whitespace().collect::<Vec<_>>().join(" "))?;
    }
    if !r.facets.is_empty() {
        writeln!(w)?;
        for (name, buckets) in &r.facets {
            let items: Vec<String> = buckets.as_array().into_iter().flatten().map(|b| format!("{} ({})", b["key"].as_str().unwrap_or(""), b["count"])).collect();
            if !items.is_empty() {
                writeln!(w, "{name}: {}", items.join(", "))?;
            }
        }
    }
    Ok(())
}
