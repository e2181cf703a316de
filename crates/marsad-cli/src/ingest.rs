//! `marsad ingest PATH…`: read, analyze on all cores, store (one transaction per batch: a
//! committed batch is acknowledged), index, and summarize.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use marsad_engine::Resources;
use marsad_index::{IndexDoc, IndexWriterHandle};
use marsad_store::{Admission, ContentHash, IngestItem, NewDocument, Outcome, Store};
use rayon::prelude::*;

use crate::analyze::parse_published;
use crate::data::{self, Data};
use crate::sources::{self, Item, RawDoc};

#[derive(Args)]
pub struct IngestArgs {
    /// Files (.txt, .jsonl, .jsonl.gz, .html) and directories (recursively); `-` or nothing
    /// reads standard input (JSON lines, HTML or plain text, recognised by the first byte).
    pub paths: Vec<PathBuf>,
    /// Data directory (store and index).
    #[arg(long, default_value = data::DEFAULT_DATA)]
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
}

/// A document ready for analysis.
struct Prepared {
    raw: RawDoc,
    doc_id: String,
    hash: ContentHash,
    published: Option<marsad_engine::CivilDate>,
    analyze: bool,
}

/// Commit the index at least this often (documents) during an ingest; it is also committed
/// at the end. In between, a crash only costs re-indexing from the store.
const INDEX_COMMIT_DOCS: usize = 20_000;
const INDEX_COMMIT_INTERVAL: Duration = Duration::from_secs(60);

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("starting analysis threads")?;
    }
    let started = Instant::now();
    let resources = Resources::embedded().context("loading embedded resources")?;
    let lexicon = Arc::new(resources.clitics.clone());
    let mut data = Data::open(&args.data, lexicon)?;
    let mut writer = data.index.writer(data::INDEX_HEAP).context("opening the index for writing (is another ingest running on this data directory?)")?;
    let caught = data.catch_up(&mut writer).context("catching the index up with the store")?;
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

    let mut commit = Committer { verbose: args.verbose, ..Committer::default() };
    let mut pending: Option<Vec<IngestItem>> = None;
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
            if raw.text.trim().is_empty() {
                report(&bar, &mut tally, Item::Error { origin: raw.origin, reason: "empty text".into() });
                continue;
            }
            let hash = ContentHash::of_text(&raw.text);
            let doc_id = raw.id.clone().unwrap_or_else(|| format!("sha:{}", hash.to_hex()));
            let published = raw.published.as_deref().and_then(feed_date);
            if raw.published.is_some() && published.is_none() {
                bar.suspend(|| eprintln!("marsad: warning: {}: unrecognised publication date {:?}; stored without a date", raw.origin, raw.published.as_deref().unwrap_or("")));
            }
            let analyze = match data.store.admission(&doc_id, &hash)? {
                Admission::KnownId(_) => {
                    tally.unchanged += 1;
                    continue;
                }
                Admission::SameText(_) => false,
                Admission::New => true,
            };
            prepared.push(Prepared { raw, doc_id, hash, published, analyze });
        }
        // Analyze this batch while the previous one is committed and indexed.
        let previous = pending.take();
        let (items, committed) = rayon::join(
            || analyze_batch(prepared, &resources),
            || match previous {
                Some(items) => commit.batch(&mut *data.store, &mut writer, &items, &bar),
                None => Ok(()),
            },
        );
        committed?;
        if !items.is_empty() {
            pending = Some(items);
        }
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        bar.set_position(counter.load(Ordering::Relaxed));
        bar.set_message(format!("{} docs, {:.0} docs/s", tally.read, tally.read as f64 / secs));
    }
    if let Some(items) = pending.take() {
        commit.batch(&mut *data.store, &mut writer, &items, &bar)?;
    }
    reader.join().map_err(|_| anyhow::anyhow!("the input reader thread panicked"))?;
    writer.commit(data.store.last_seq()? as u64).context("committing the index")?;
    writer.finish()?;
    data.index.reload()?;
    bar.finish_and_clear();

    let secs = started.elapsed().as_secs_f64();
    let counts = data.store.counts()?;
    eprintln!(
        "marsad: read {} documents in {:.1} s ({:.0} docs/s): {} added ({} near-duplicates joined a cluster), {} exact duplicates, {} already stored, {} failed",
        tally.read,
        secs,
        tally.read as f64 / secs.max(1e-9),
        commit.added,
        commit.near_duplicates,
        commit.exact_duplicates,
        tally.unchanged + commit.unchanged,
        tally.failed
    );
    eprintln!(
        "marsad: store {}: {} documents ({} exact duplicates) in {} clusters ({} with several documents), {} entities, {} actors, {} quotes; index: {} documents; peak RSS {}",
        data.dir.display(),
        counts.documents,
        counts.exact_duplicates,
        counts.clusters,
        counts.multi_clusters,
        counts.entities,
        counts.actors,
        counts.quotes,
        data.index.num_docs(),
        peak_rss()
    );
    let _ = &mut data;
    Ok(if tally.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// A publication date as feeds write it: what `analyze --published` accepts, plus the
/// day-first `DD/MM/YYYY` of Arabic sites (JawharaFM: `17/05/2015`).
fn feed_date(s: &str) -> Option<marsad_engine::CivilDate> {
    parse_published(s).or_else(|| {
        let mut it = s.trim().split(['/', '.']);
        let (d, m, y) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.get(..4)?.parse().ok()?);
        marsad_engine::CivilDate::new(y, m, d)
    })
}

/// Analyze a batch on all cores.
fn analyze_batch(prepared: Vec<Prepared>, resources: &Resources) -> Vec<IngestItem> {
    prepared
        .into_par_iter()
        .map(|p| {
            let analysis = p.analyze.then(|| data::analysis_rows(&p.raw.text, p.published, resources));
            IngestItem {
                doc: NewDocument {
                    doc_id: p.doc_id,
                    content_hash: p.hash,
                    source: p.raw.source,
                    url: p.raw.url,
                    title: p.raw.title,
                    published: p.published.map(data::iso_date),
                    text: p.raw.text,
                    origin: p.raw.origin,
                },
                analysis,
            }
        })
        .collect()
}

/// Commits batches to the store (acknowledgement) and feeds the index.
#[derive(Default)]
struct Committer {
    verbose: bool,
    added: u64,
    near_duplicates: u64,
    exact_duplicates: u64,
    unchanged: u64,
    last_index_commit: Option<Instant>,
}

impl Committer {
    fn batch(&mut self, store: &mut dyn Store, writer: &mut IndexWriterHandle, items: &[IngestItem], bar: &ProgressBar) -> Result<()> {
        let outcomes = store.commit_batch(items).context("committing a batch to the store")?;
        // Acknowledged: the batch is durable.
        for (item, outcome) in items.iter().zip(&outcomes) {
            match *outcome {
                Outcome::Added { seq, cluster, near_duplicate } => {
                    self.added += 1;
                    self.near_duplicates += u64::from(near_duplicate);
                    let d = &item.doc;
                    let empty = Vec::new();
                    let entities = item.analysis.as_ref().map_or(&empty, |a| &a.entities);
                    let mut doc = IndexDoc { seq: seq as u64, cluster: cluster as u64, title: d.title.as_deref(), text: &d.text, source: d.source.as_deref(), published: d.published.as_deref(), ..IndexDoc::default() };
                    data::add_entities(&mut doc, entities);
                    writer.add(&doc)?;
                }
                Outcome::ExactDuplicate { .. } => self.exact_duplicates += 1,
                Outcome::AlreadyStored { .. } => self.unchanged += 1,
            }
        }
        if self.verbose {
            bar.suspend(|| eprintln!("marsad: acknowledged {} documents (batch of {})", self.added + self.exact_duplicates, items.len()));
        }
        let last = *self.last_index_commit.get_or_insert_with(Instant::now);
        if writer.pending() >= INDEX_COMMIT_DOCS || last.elapsed() >= INDEX_COMMIT_INTERVAL {
            writer.commit(store.last_seq()? as u64)?;
            self.last_index_commit = Some(Instant::now());
        }
        Ok(())
    }
}

fn report(bar: &ProgressBar, tally: &mut Tally, item: Item) {
    if let Item::Error { origin, reason } = item {
        tally.failed += 1;
        bar.suspend(|| eprintln!("marsad: error: {origin}: {reason}"));
    }
}

/// Peak resident set size (`VmHWM`), as the kernel reports it.
pub fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}
