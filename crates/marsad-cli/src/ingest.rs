//! `marsad ingest PATH…`: read (a reader thread), analyze on all cores, store (one transaction
//! per batch: a committed batch is acknowledged), index, and summarize. The data-directory
//! work is `marsad_archive`'s; this file owns the reader, the pipelining, the progress bar and
//! the messages.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use marsad_archive::{analyze_batch, Admit, Archive, BatchReport};
use marsad_engine::Resources;
use marsad_store::IngestItem;

use crate::sources::{self, Item};

#[derive(Args)]
pub struct IngestArgs {
    /// Files (.txt, .jsonl, .jsonl.gz, .html) and directories (recursively); `-` or nothing
    /// reads standard input (JSON lines, HTML or plain text, recognised by the first byte).
    pub paths: Vec<PathBuf>,
    /// Data directory (store and index).
    #[arg(long, default_value = marsad_archive::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Documents per batch (one store transaction each).
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Analysis threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Log every committed batch to stderr (`acknowledged N documents`).
    #[arg(long, short)]
    pub verbose: bool,
}

/// Counters for the summary.
#[derive(Default)]
struct Tally {
    read: u64,
    unchanged: u64,
    failed: u64,
    committed: BatchReport,
}

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("starting analysis threads")?;
    }
    let started = Instant::now();
    let resources = Arc::new(Resources::embedded().context("loading embedded resources")?);
    let mut archive = Archive::open(&args.data, resources.clone())?;
    let (mut ingester, caught) = archive.ingester().context("catching the index up with the store")?;
    if caught > 0 {
        eprintln!("marsad: index caught up with the store: {caught} documents re-indexed");
    }

    let (inputs, input_errors) = sources::expand(&args.paths);
    let total_bytes = sources::total_bytes(&inputs);
    let counter = Arc::new(AtomicU64::new(0));
    let bar = ProgressBar::with_draw_target(Some(total_bytes.max(1)), ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {percent:>3}% {msg} ETA {eta}").expect("valid template"));

    let mut tally = Tally::default();
    for e in input_errors {
        report(&bar, &mut tally, e);
    }

    let batch_size = args.batch.max(1);
    let (tx, rx) = sync_channel::<Vec<Item>>(4);
    let reader = {
        let counter = counter.clone();
        std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(batch_size);
            sources::read_all(&inputs, &counter, &mut |item| {
                batch.push(item);
                if batch.len() >= batch_size {
                    return tx.send(std::mem::replace(&mut batch, Vec::with_capacity(batch_size))).is_ok();
                }
                true
            });
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        })
    };

    let mut pending: Option<Vec<IngestItem>> = None;
    let commit = |archive: &mut Archive, ingester: &mut marsad_archive::Ingester, items: &[IngestItem], tally_committed: &mut BatchReport| -> Result<()> {
        let r = ingester.commit(archive, items).context("committing a batch")?;
        tally_committed.added += r.added;
        tally_committed.near_duplicates += r.near_duplicates;
        tally_committed.exact_duplicates += r.exact_duplicates;
        tally_committed.unchanged += r.unchanged;
        // Acknowledged: the batch is durable.
        if args.verbose {
            bar.suspend(|| eprintln!("marsad: acknowledged {} documents (batch of {})", tally_committed.added + tally_committed.exact_duplicates, items.len()));
        }
        Ok(())
    };
    for batch in rx {
        let mut prepared = Vec::with_capacity(batch.len());
        for item in batch {
            let raw = match item {
                Item::Doc(raw) => raw,
                e @ Item::Error { .. } => {
                    report(&bar, &mut tally, e);
                    continue;
                }
            };
            tally.read += 1;
            match archive.admit(raw)? {
                Admit::Ready(p) => {
                    if let Some(d) = p.unparsed_date() {
                        bar.suspend(|| eprintln!("marsad: warning: {}: unrecognised publication date {d:?}; stored without a date", p.origin()));
                    }
                    prepared.push(p);
                }
                Admit::Known { .. } => tally.unchanged += 1,
                Admit::Invalid { origin, reason } => report(&bar, &mut tally, Item::Error { origin, reason }),
            }
        }
        // Analyze this batch while the previous one is committed and indexed.
        let previous = pending.take();
        let mut committed = std::mem::take(&mut tally.committed);
        let (items, result) = rayon::join(
            || analyze_batch(prepared, &resources),
            || match &previous {
                Some(items) => commit(&mut archive, &mut ingester, items, &mut committed),
                None => Ok(()),
            },
        );
        tally.committed = committed;
        result?;
        if !items.is_empty() {
            pending = Some(items);
        }
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        bar.set_position(counter.load(Ordering::Relaxed));
        bar.set_message(format!("{} docs, {:.0} docs/s", tally.read, tally.read as f64 / secs));
    }
    if let Some(items) = pending.take() {
        commit(&mut archive, &mut ingester, &items, &mut tally.committed)?;
    }
    reader.join().map_err(|_| anyhow::anyhow!("the input reader thread panicked"))?;
    ingester.finish(&archive).context("committing the index")?;
    bar.finish_and_clear();

    let secs = started.elapsed().as_secs_f64();
    let counts = archive.counts()?;
    let c = &tally.committed;
    eprintln!(
        "marsad: read {} documents in {:.1} s ({:.0} docs/s): {} added ({} near-duplicates joined a cluster), {} exact duplicates, {} already stored, {} failed",
        tally.read,
        secs,
        tally.read as f64 / secs.max(1e-9),
        c.added,
        c.near_duplicates,
        c.exact_duplicates,
        tally.unchanged + c.unchanged,
        tally.failed
    );
    eprintln!(
        "marsad: store {}: {} documents ({} exact duplicates) in {} clusters ({} with several documents), {} entities, {} actors, {} quotes, {} events; index: {} documents; CPU {:.1} s; peak RSS {}",
        archive.dir().display(),
        counts.documents,
        counts.exact_duplicates,
        counts.clusters,
        counts.multi_clusters,
        counts.entities,
        counts.actors,
        counts.quotes,
        counts.events,
        archive.index().num_docs(),
        cpu_seconds(),
        peak_rss()
    );
    Ok(if tally.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn report(bar: &ProgressBar, tally: &mut Tally, item: Item) {
    if let Item::Error { origin, reason } = item {
        tally.failed += 1;
        bar.suspend(|| eprintln!("marsad: error: {origin}: {reason}"));
    }
}

/// CPU time (user + system, all threads) of this process so far, from `/proc/self/stat`
/// (clock ticks of 1/100 s, the Linux default); 0 where unavailable.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().skip(11).take(2).filter_map(|v| v.parse().ok()).collect();
    f.iter().sum::<f64>() / 100.0
}

/// Peak resident set size (`VmHWM`), as the kernel reports it.
pub fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}
