//! `cargo xtask bench-text [--corpus PATH] [--runs N] [--limit DOCS]`: throughput of the text
//! core (normalize + tokenize + sentences + clitic segmentation + stems) on the ANT corpus.
//!
//! The corpus is decompressed into memory first, so only analysis is timed. Prints per-stage
//! and full-pipeline words/s on one core (median of N runs), the 2-thread figure and its
//! per-core ratio, and peak RSS. Words = word-like tokens (Arabic, Latin, numbers, URLs, ...).
//! Each single-thread stage also gets words per CPU-second of the benchmark thread (median),
//! steadier than wall clock when the machine is shared.

use anyhow::{Context, Result};
use marsad_engine::{analyze, AnalysisConfig, Resources};
use std::io::BufRead;
use std::time::Instant;

use crate::shared;

pub fn run(args: &[String]) -> Result<()> {
    let mut corpus = None;
    let mut runs = 5usize;
    let mut limit = usize::MAX;
    let mut text_only = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => corpus = it.next().cloned(),
            "--runs" => runs = it.next().context("--runs N")?.parse()?,
            "--limit" => limit = it.next().context("--limit DOCS")?.parse()?,
            "--text-only" => text_only = true,
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let path = match corpus {
        Some(p) => std::path::PathBuf::from(p),
        None => shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?,
    };
    let texts = load_texts(&path, limit)?;
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let resources = Resources::embedded()?;
    eprintln!("corpus {}: {} documents, {:.1} MB of text", path.display(), texts.len(), bytes as f64 / 1e6);

    let words = count_words(&texts);
    println!("command: cargo xtask bench-text --runs {runs}");
    println!("machine: {} cores, {}", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1), cpu_model());
    println!("corpus: {} ({} docs, {} words, {:.1} MB)", path.display(), texts.len(), words, bytes as f64 / 1e6);
    println!();
    println!("{:<44} {:>14} {:>12} {:>16}", "stage (1 thread, median of runs)", "words/s", "MB/s", "words/CPU-s");

    let stage = |name: &str, f: &dyn Fn(&str) -> usize| {
        let mut times = Vec::with_capacity(runs);
        let mut cpu = Vec::with_capacity(runs);
        for _ in 0..runs {
            let c0 = thread_cpu_seconds();
            let t0 = Instant::now();
            let mut check = 0usize;
            for t in &texts {
                check += f(t);
            }
            times.push(t0.elapsed().as_secs_f64());
            cpu.push(thread_cpu_seconds().zip(c0).map(|(b, a)| b - a));
            assert!(check > 0, "benchmark did no work");
        }
        times.sort_by(f64::total_cmp);
        let med = times[times.len() / 2];
        let cpu: Option<Vec<f64>> = cpu.into_iter().collect();
        let cpu_rate = cpu.map_or_else(|| "n/a".to_string(), |mut c| {
            c.sort_by(f64::total_cmp);
            format!("{:.0}", words as f64 / c[c.len() / 2])
        });
        println!("{:<44} {:>14.0} {:>12.1} {:>16}", name, words as f64 / med, bytes as f64 / 1e6 / med, cpu_rate);
        words as f64 / med
    };

    stage("tokenize", &|t| marsad_text::tokenize(t).len());
    stage("tokenize + sentences", &|t| {
        let toks = marsad_text::tokenize(t);
        marsad_text::split_sentences(t, &toks).len() + toks.len()
    });
    let tokens_only = AnalysisConfig::tokens_only();
    stage("tokenize + sentences + clitics", &|t| {
        let a = analyze(t, &resources, &AnalysisConfig { clitics: true, ..AnalysisConfig::tokens_only() });
        a.segments.len()
    });
    let _ = tokens_only;
    let full = AnalysisConfig::text_core();
    let single = stage("full text core (+ search keys + stems)", &|t| {
        let a = analyze(t, &resources, &full);
        a.segments.len() + a.tokens.len()
    });
    let with_ner = AnalysisConfig::full();
    if !text_only {
        stage("text core + entities + quotes + dates (full)", &|t| {
        let a = analyze(t, &resources, &with_ner);
        a.entities.len() + a.tokens.len() + a.quotes.len() + a.dates.len()
        });
    }

    // Two threads over halves of the corpus, to show scaling on this 2-core machine.
    let mut times = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        std::thread::scope(|s| {
            let (a, b) = texts.split_at(texts.len() / 2);
            let ha = s.spawn(|| a.iter().map(|t| analyze(t, &resources, &full).tokens.len()).sum::<usize>());
            let hb = s.spawn(|| b.iter().map(|t| analyze(t, &resources, &full).tokens.len()).sum::<usize>());
            let n = ha.join().unwrap_or(0) + hb.join().unwrap_or(0);
            assert!(n > 0, "benchmark did no work");
        });
        times.push(t0.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let two = words as f64 / times[times.len() / 2];
    println!("{:<44} {:>14.0} {:>12.1}", "full text core, 2 threads", two, bytes as f64 / 1e6 / times[times.len() / 2]);
    println!();
    println!("per-core words/s (full, 1 thread): {:.0}   target >= 3,000,000: {}", single, if single >= 3e6 { "MET" } else { "NOT MET" });
    println!("2-thread speed-up: {:.2}x ({:.0} words/s per core)", two / single, two / 2.0);
    println!("peers on this machine class (words/s): Lucene ArabicAnalyzer ~1.5M, PyStemmer ~0.8M, CAMeL word tokenizer ~0.18M");
    println!("peak RSS: {} (includes the decompressed corpus held in memory: {:.1} MB)", peak_rss(), bytes as f64 / 1e6);
    Ok(())
}

/// CPU time this thread has run, in seconds (`/proc/thread-self/schedstat`, nanoseconds on
/// the CPU): on a shared machine, words per CPU-second say more about the code than wall clock.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

/// Word-like tokens in the corpus (the unit of words/s).
fn count_words(texts: &[String]) -> usize {
    texts.iter().map(|t| marsad_text::tokenize(t).iter().filter(|k| k.kind.is_wordlike()).count()).sum()
}

/// Read the `text` field of every line of a (gzipped) JSONL corpus.
pub fn load_texts(path: &std::path::Path, limit: usize) -> Result<Vec<String>> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot open corpus {}", path.display()))?;
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Box::new(std::io::BufReader::new(f))
    };
    #[derive(serde::Deserialize)]
    struct Doc {
        text: String,
    }
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        if out.len() >= limit {
            break;
        }
        let line = line.with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        let doc: Doc = serde_json::from_str(&line).with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        out.push(doc.text);
    }
    Ok(out)
}

/// Peak resident set size of this process (VmHWM), as text.
pub fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).map(|m| m.trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into())
}
