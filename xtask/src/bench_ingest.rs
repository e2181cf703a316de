//! `cargo xtask bench-ingest [--limit N] [--keep DIR]`: ingest `../shared/data/corpus` (all
//! 41,686 articles, or the first N) with `target/release/marsad ingest` into a scratch data
//! directory, and print articles/s, CPU time per article, peak RSS, index and store size; then
//! run `bench-search` on the result. Build first: `cargo build --release -p marsad-cli`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::shared;

fn dir_size(p: &Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(p) else { return 0 };
    rd.flatten()
        .map(|e| {
            let m = e.metadata().ok();
            if m.as_ref().is_some_and(|m| m.is_dir()) {
                dir_size(&e.path())
            } else {
                m.map_or(0, |m| m.len())
            }
        })
        .sum()
}

pub fn run(args: &[String]) -> Result<()> {
    let mut limit: Option<usize> = None;
    let mut keep: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--limit" => limit = Some(it.next().context("--limit N")?.parse()?),
            "--keep" => keep = Some(it.next().context("--keep DIR")?.into()),
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let marsad = shared::repo_root().join("target/release/marsad");
    anyhow::ensure!(marsad.exists(), "{} is missing: run `cargo build --release -p marsad-cli` first", marsad.display());
    let corpus = shared::file("data/corpus")?;
    let scratch = tempfile::tempdir().context("scratch directory")?;
    let data = keep.clone().unwrap_or_else(|| scratch.path().join("data"));
    anyhow::ensure!(!data.join("marsad.sqlite").exists(), "{} already holds a store", data.display());

    // The input: the corpus directory, or its first N articles as one JSON-lines file.
    let input = match limit {
        None => corpus.clone(),
        Some(n) => {
            let path = scratch.path().join("first.jsonl");
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
            let mut left = n;
            let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)?.flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".jsonl.gz")).collect();
            files.sort();
            'files: for f in files {
                for line in BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(&f)?)).lines() {
                    if left == 0 {
                        break 'files;
                    }
                    writeln!(out, "{}", line?)?;
                    left -= 1;
                }
            }
            out.flush()?;
            path
        }
    };
    println!("bench-ingest: {} → {} (2 cores shared with other work: expect noise)", input.display(), data.display());
    let started = Instant::now();
    let out = Command::new(&marsad).arg("ingest").arg("--data").arg(&data).arg(&input).output().context("running marsad ingest")?;
    let wall = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Per-document errors make the exit status 1; the summary still tells what happened.
    let summary: Vec<&str> = stderr.lines().filter(|l| l.starts_with("marsad: read ") || l.starts_with("marsad: store ") || l.starts_with("marsad: resources ")).collect();
    anyhow::ensure!(summary.len() >= 2, "marsad ingest failed ({}): {}", out.status, stderr.lines().rev().take(5).collect::<Vec<_>>().join("\n"));
    for l in &summary {
        println!("  {l}");
    }
    let field = |key: &str| -> Option<f64> { summary.iter().find_map(|l| l.split(key).nth(1)).and_then(|r| r.split_whitespace().next()).and_then(|v| v.trim_end_matches([',', ';']).parse().ok()) };
    let read = field("read ").context("document count in the summary")?;
    let cpu = field("CPU ").context("CPU time in the summary")?;
    let rss_kb = field("peak RSS ").context("peak RSS in the summary")?;
    let index = dir_size(&data.join("index"));
    let store = dir_size(&data) - index;
    println!(
        "  {read:.0} articles in {wall:.1} s wall: {:.0} articles/s; CPU {cpu:.1} s = {:.2} ms per article; peak RSS {:.0} MiB; index {:.1} MiB, store {:.1} MiB",
        read / wall,
        cpu * 1e3 / read.max(1.0),
        rss_kb / 1024.0,
        index as f64 / 1048576.0,
        store as f64 / 1048576.0
    );
    crate::bench_search::run(&["--data".to_string(), data.display().to_string()])?;
    Ok(())
}
