//! `cargo xtask eval-events`: event coding on the UniversalPetrarch Arabic GSR (dev half) and
//! the false-positive rate on hand-checked non-event ANT sentences.
//!
//! GSR metrics, per sentence (each has one gold PROTEST or ASSAULT event):
//! (a) type recall: some coded event has the gold type;
//! (b) UniversalPetrarch's criterion: some event of the gold type whose actor code and
//!     recipient code both equal the gold `COUNTRY SECTOR` codes (`None` = unknown must match
//!     unknown; an event without actor codes as `None None`);
//! (c) source and target accuracy separately (same "some event of the gold type" rule).
//! Codes compared: the first actor's / recipient's country and the first three letters of its
//! sector.

use anyhow::{Context, Result};
use marsad_engine::{analyze_document, AnalysisConfig, CivilDate, Document, Event, EventType, Resources};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::BufRead;

use crate::shared;

#[derive(Deserialize)]
struct Gsr {
    date: String,
    text: String,
    plover: String,
    source_code: String,
    target_code: String,
}

type Code = (Option<String>, Option<String>);

fn parse_code(s: &str) -> Code {
    let mut it = s.split_whitespace();
    let f = |x: Option<&str>| x.filter(|v| *v != "None" && !v.is_empty()).map(str::to_string);
    (f(it.next()), f(it.next()))
}

fn code_of(ps: &[marsad_engine::Participant]) -> Code {
    match ps.first() {
        Some(p) => (p.country.clone(), p.sector.as_ref().map(|s| s.chars().take(3).collect())),
        None => (None, None),
    }
}

fn show(c: &Code) -> String {
    format!("{} {}", c.0.as_deref().unwrap_or("None"), c.1.as_deref().unwrap_or("None"))
}

pub fn run(args: &[String]) -> Result<()> {
    let errors = args.iter().any(|a| a == "--errors");
    if let Some(i) = args.iter().position(|a| a == "--sample") {
        let n: usize = args.get(i + 1).context("--sample N")?.parse()?;
        let seed: u64 = match args.iter().position(|a| a == "--seed") {
            Some(j) => args.get(j + 1).context("--seed S")?.parse()?,
            None => 0x5eed_e7e4,
        };
        return sample(n, seed);
    }
    let dump = match args.iter().position(|a| a == "--dump") {
        Some(i) => Some(std::path::PathBuf::from(args.get(i + 1).context("--dump PATH")?)),
        None => None,
    };
    let resources = shared::resources()?;
    let config = AnalysisConfig::full();
    gsr(&resources, &config, errors, dump.as_deref())?;
    nonevents(&resources, &config, errors)?;
    Ok(())
}

/// `--dump PATH`: one JSON line per GSR sentence (gold codes, every coded event with its codes,
/// participant texts and provenance), for analysing misses by rule.
fn gsr(resources: &Resources, config: &AnalysisConfig, errors: bool, dump: Option<&std::path::Path>) -> Result<()> {
    let path = shared::file("data/events/gsr-arabic-dev.jsonl")?;
    let mut dump_out = match dump {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)),
        None => None,
    };
    let text = std::fs::read_to_string(&path)?;
    let (mut n, mut typ, mut crit, mut src, mut tgt) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut by_type: HashMap<String, (usize, usize, usize)> = HashMap::new();
    let mut coded_events = 0usize;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let g: Gsr = serde_json::from_str(line).context("GSR line")?;
        let published = marsad_understand::kb::KbDate::parse_compact(&g.date).map(|d| CivilDate { year: d.year as i32, month: d.month, day: d.day });
        let a = analyze_document(&Document { text: &g.text, published }, resources, config);
        coded_events += a.events.len();
        let gold_type = EventType::parse(&g.plover).context("gold type")?;
        let (gs, gt) = (parse_code(&g.source_code), parse_code(&g.target_code));
        let of_type: Vec<&Event> = a.events.iter().filter(|e| e.event == gold_type).collect();
        n += 1;
        let t = !of_type.is_empty();
        let s = of_type.iter().any(|e| code_of(&e.actors) == gs);
        let r = of_type.iter().any(|e| code_of(&e.recipients) == gt);
        let c = of_type.iter().any(|e| code_of(&e.actors) == gs && code_of(&e.recipients) == gt);
        typ += t as usize;
        src += s as usize;
        tgt += r as usize;
        crit += c as usize;
        let bt = by_type.entry(g.plover.clone()).or_default();
        bt.0 += 1;
        bt.1 += t as usize;
        bt.2 += c as usize;
        if let Some(w) = dump_out.as_mut() {
            use std::io::Write;
            let part = |ps: &[marsad_engine::Participant]| -> serde_json::Value {
                match ps.first() {
                    Some(p) => serde_json::json!({"code": show(&code_of(ps)), "text": &g.text[p.range.clone()], "id": p.id}),
                    None => serde_json::json!({"code": "None None"}),
                }
            };
            let coded: Vec<serde_json::Value> = a.events.iter().map(|e| serde_json::json!({"type": e.event.as_str(), "trigger": &g.text[e.trigger.clone()], "actor": part(&e.actors), "recipient": part(&e.recipients), "provenance": e.provenance})).collect();
            let rec = serde_json::json!({"text": g.text, "type": g.plover, "source": g.source_code, "target": g.target_code, "hit": {"type": t, "source": s, "target": r, "criterion": c}, "events": coded});
            writeln!(w, "{rec}")?;
        }
        if errors && !c {
            let coded: Vec<String> = a.events.iter().map(|e| format!("{}[{}] {} -> {} ({})", e.event.as_str(), &g.text[e.trigger.clone()], show(&code_of(&e.actors)), show(&code_of(&e.recipients)), e.provenance)).collect();
            println!("MISS {} gold {} -> {}\n  {}\n  coded: {}", g.plover, g.source_code, g.target_code, g.text, coded.join(" || "));
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
    println!("GSR Arabic dev ({}): {n} sentences, {coded_events} events coded", path.display());
    println!("  (a) type recall               {:5.1}%  ({typ}/{n})", pct(typ));
    println!("  (b) type + source + target    {:5.1}%  ({crit}/{n})  [UniversalPetrarch criterion]", pct(crit));
    println!("  (c) source code accuracy      {:5.1}%  ({src}/{n})", pct(src));
    println!("      target code accuracy      {:5.1}%  ({tgt}/{n})", pct(tgt));
    let mut keys: Vec<_> = by_type.keys().cloned().collect();
    keys.sort();
    for k in keys {
        let (m, t, c) = by_type[&k];
        println!("      {k:8} {m:3} sentences: type {:5.1}%, criterion {:5.1}%", 100.0 * t as f64 / m as f64, 100.0 * c as f64 / m as f64);
    }
    Ok(())
}

/// The committed list of hand-checked non-event sentences: `docno <TAB> start <TAB> end`
/// (byte offsets into the article's `text` field of ANT v2.1).
const NONEVENT_LIST: &str = "docs/gold/events-nonevent-ant200.tsv";

#[derive(Deserialize)]
struct Ant {
    text: String,
    #[serde(default)]
    time: Option<String>,
}

fn ant_published(t: &Option<String>) -> Option<CivilDate> {
    let t = t.as_deref()?;
    let d = marsad_understand::kb::KbDate::parse_iso(t.get(..10)?)?;
    Some(CivilDate { year: d.year as i32, month: d.month, day: d.day })
}

fn nonevents(resources: &Resources, config: &AnalysisConfig, errors: bool) -> Result<()> {
    let list_path = match std::env::var_os("MARSAD_NONEVENTS") {
        Some(p) => std::path::PathBuf::from(p),
        None => shared::repo_root().join(NONEVENT_LIST),
    };
    let list = std::fs::read_to_string(&list_path).with_context(|| format!("reading {}", list_path.display()))?;
    let mut wanted: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for l in list.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = l.split('\t').collect();
        anyhow::ensure!(f.len() >= 3, "{}: bad line {l:?}", list_path.display());
        wanted.entry(f[0].to_string()).or_default().push((f[1].parse()?, f[2].parse()?));
    }
    let corpus = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(&corpus)?));
    let (mut sentences, mut events, mut with_event) = (0usize, 0usize, 0usize);
    for line in reader.lines() {
        let line = line?;
        let Some(docno) = line.split("\"docno\": \"").nth(1).or_else(|| line.split("\"docno\":\"").nth(1)).and_then(|r| r.split('"').next()) else { continue };
        let Some(spans) = wanted.remove(docno) else { continue };
        let doc: Ant = serde_json::from_str(&line)?;
        for (s, e) in spans {
            let sent = doc.text.get(s..e).with_context(|| format!("{docno}: offsets {s}..{e} not on char boundaries"))?;
            let a = analyze_document(&Document { text: sent, published: ant_published(&doc.time) }, resources, config);
            sentences += 1;
            let coded: Vec<&Event> = a.events.iter().filter(|e| !e.flags.negated).collect();
            events += coded.len();
            with_event += (!coded.is_empty()) as usize;
            if errors && !coded.is_empty() {
                let c: Vec<String> = coded.iter().map(|e| format!("{}[{}] ({})", e.event.as_str(), &sent[e.trigger.clone()], e.provenance)).collect();
                println!("FP {docno} {s}..{e}: {sent}\n  coded: {}", c.join(" || "));
            }
        }
        if wanted.is_empty() {
            break;
        }
    }
    anyhow::ensure!(wanted.is_empty(), "documents not found in the corpus: {:?}", wanted.keys().collect::<Vec<_>>());
    println!("Non-event ANT sentences ({}): {sentences} sentences", list_path.display());
    println!("  false positives: {events} events ({:.1} per 100 sentences), {with_event} sentences with any event", 100.0 * events as f64 / sentences.max(1) as f64);
    Ok(())
}

/// `--sample N`: print N candidate sentences (`docno, start, end, text`) drawn with a fixed seed
/// from ANT v2.1 (one per sampled article, 60–400 bytes, Arabic), before any coding, for hand
/// checking. Sentences judged free of any PLOVER event go to the non-event list.
fn sample(n: usize, seed: u64) -> Result<()> {
    let corpus = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(&corpus)?));
    let mut state: u64 = seed;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut printed = 0;
    for line in reader.lines() {
        let line = line?;
        // About one article in 60.
        if next() % 60 != 0 {
            continue;
        }
        #[derive(Deserialize)]
        struct Doc {
            docno: String,
            text: String,
        }
        let Ok(doc) = serde_json::from_str::<Doc>(&line) else { continue };
        let tokens = marsad_text::tokenize(&doc.text);
        let sentences = marsad_text::split_sentences(&doc.text, &tokens);
        let ok: Vec<_> = sentences.iter().filter(|s| (60..400).contains(&s.range.len()) && !doc.text[s.range.clone()].contains('\n')).collect();
        if ok.is_empty() {
            continue;
        }
        let s = ok[next() % ok.len()];
        println!("{}\t{}\t{}\t{}", doc.docno, s.range.start, s.range.end, &doc.text[s.range.clone()]);
        printed += 1;
        if printed == n {
            break;
        }
    }
    Ok(())
}

/// `cargo xtask bench-events [--limit DOCS] [--runs N]`: full analysis with and without event
/// coding on the first DOCS ANT v2.1 articles, 1 thread (median of N runs). Checks its own
/// work (events coded > 0) and prints words/s per core against the 100,000 target.
pub fn bench(args: &[String]) -> Result<()> {
    let mut limit = 2000usize;
    let mut runs = 3usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--limit" => limit = it.next().context("--limit DOCS")?.parse()?,
            "--runs" => runs = it.next().context("--runs N")?.parse()?,
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let path = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let texts = crate::bench::load_texts(&path, limit)?;
    let words: usize = texts.iter().map(|t| marsad_text::tokenize(t).iter().filter(|k| k.kind.is_wordlike()).count()).sum();
    let resources = Resources::embedded()?;
    // Both configurations document by document, interleaved, so the load of other processes on
    // this shared machine falls on both alike; median of the runs.
    let without = AnalysisConfig { events: false, ..AnalysisConfig::full() };
    let with = AnalysisConfig::full();
    let (mut t0s, mut t1s) = (Vec::new(), Vec::new());
    let mut events = 0;
    for _ in 0..runs {
        let (mut t0, mut t1) = (0.0, 0.0);
        events = 0;
        for t in &texts {
            let doc = Document { text: t, published: None };
            let a = std::time::Instant::now();
            let n0 = analyze_document(&doc, &resources, &without).tokens.len();
            let b = std::time::Instant::now();
            let e = analyze_document(&doc, &resources, &with);
            let c = std::time::Instant::now();
            anyhow::ensure!(n0 == e.tokens.len(), "same tokens with and without events");
            events += e.events.len();
            t0 += (b - a).as_secs_f64();
            t1 += (c - b).as_secs_f64();
        }
        t0s.push(t0);
        t1s.push(t1);
    }
    t0s.sort_by(f64::total_cmp);
    t1s.sort_by(f64::total_cmp);
    let (t0, t1) = (t0s[t0s.len() / 2], t1s[t1s.len() / 2]);
    anyhow::ensure!(events > 0, "benchmark coded no events");
    println!("command: cargo xtask bench-events --limit {limit} --runs {runs}");
    println!("machine: {} cores (shared)", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    println!("corpus: {} (first {} docs, {} words)", path.display(), texts.len(), words);
    println!("full analysis without events: {:>10.0} words/s (1 thread)", words as f64 / t0);
    println!("full analysis with events:    {:>10.0} words/s (1 thread), {} events coded", words as f64 / t1, events);
    // The two medians come from separate passes; on a noisy machine the difference can be
    // zero or negative, and a rate from it would be meaningless.
    if t1 > t0 {
        println!("event coding alone:           {:>10.0} words/s ({:.1}% of the full time)", words as f64 / (t1 - t0), 100.0 * (t1 - t0) / t1);
    } else {
        println!("event coding alone:           below the timing noise (median with events {:.3}s <= without {:.3}s)", t1, t0);
    }
    println!("target >= 100,000 words/s per core with events: {}", if words as f64 / t1 >= 1e5 { "MET" } else { "NOT MET" });
    Ok(())
}
