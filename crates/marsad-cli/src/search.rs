//! `marsad search QUERY`: Arabic-aware full-text search with filters, facets and highlighted
//! snippets; human output or `--json`.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use marsad_engine::Resources;

use marsad_archive::{Archive, Freshness, SearchOptions, SearchPage};

#[derive(Args)]
pub struct SearchArgs {
    /// The query: words (spelling variants, diacritics and clitics do not matter), "phrases",
    /// AND/OR/NOT, +must/-not, (groups), and filters: source:bbc, date:2018-03..2018-05,
    /// actor:IRN, person:ظريف, place:موسكو, org:…
    pub query: String,
    /// Data directory.
    #[arg(long, default_value = marsad_archive::DEFAULT_DATA)]
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

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let resources = Arc::new(Resources::embedded().context("loading embedded resources")?);
    let archive = Archive::open_existing(&args.data, resources)?;
    // Catch up if no ingest holds the index; otherwise search what is committed.
    if let Freshness::Busy { .. } = archive.refresh_index()? {
        eprintln!("marsad: warning: an ingest is running; the index does not show the latest documents yet");
    }
    let page = archive.search(&args.query, &SearchOptions { limit: args.limit, facets: args.facets, snippet: args.snippet }).context("searching")?;
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer(&mut w, &page)?;
        writeln!(w)?;
    } else {
        human(&mut w, &page)?;
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn human(w: &mut impl Write, r: &SearchPage) -> io::Result<()> {
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
        for f in &r.facets {
            let items: Vec<String> = f.buckets.iter().map(|(key, count)| format!("{key} ({count})")).collect();
            if !items.is_empty() {
                writeln!(w, "{}: {}", f.name, items.join(", "))?;
            }
        }
    }
    Ok(())
}
