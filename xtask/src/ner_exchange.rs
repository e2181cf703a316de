//! Exchange-algorithm word classes induced from the unlabelled ANT corpus (session 30).
//!
//! Hard word classes by the likelihood of a class bigram model (Kneser & Ney 1993; Martin,
//! Liermann & Ney 1998), in the "predictive exchange" form of Uszkoreit & Brants (2008):
//! P(w | v) = P(w | c(w)) · P(c(w) | v), whose log-likelihood is, up to terms that do not
//! depend on the classes,
//!
//! ```text
//! F = Σ_{v,c} N(v,c) ln N(v,c) − Σ_c N(c) ln N(c)
//! ```
//!
//! with N(v,c) the count of history word v followed by a word of class c and N(c) the count
//! of class c's tokens. Each iteration visits the words by falling frequency and moves each to
//! the class that maximises F, one word at a time (exact updates: F never falls). The
//! Uszkoreit–Brants parallel scheme (a chunk of words evaluated against the same counts, moves
//! applied after) was tried first: with chunks of 512 the most frequent words moved together
//! and F fell from the second iteration on, so the induction is sequential (k = 1000: ~10 s
//! per iteration on the shared machine). Deterministic given the seed.
//!
//! Words: token keys with count ≥ `min_count`, at most `max_vocab` (by frequency); histories:
//! the `HISTORIES` most frequent keys, one bucket for the rest and one for the article start.
//! Cached in `target/ner-cache/xclasses-….tsv` (word keys and class ids only).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::shared;

/// Most frequent words kept as their own history (the rest share one).
const HISTORIES: usize = 20_000;

#[derive(Clone, Debug)]
pub(crate) struct ExchangeConfig {
    /// Class counts, one clustering each (at most `marsad_ner::XCLASS_LEVELS`).
    pub classes: Vec<usize>,
    pub iters: usize,
    pub min_count: u64,
    pub max_vocab: usize,
    pub seed: u64,
}

impl ExchangeConfig {
    /// `K1[/K2[/K3]][,ITERS[,MIN_COUNT[,MAX_VOCAB[,SEED]]]]`, e.g. `64/256/1000,10,5,60000,0`.
    pub fn parse(s: &str) -> Result<ExchangeConfig> {
        let v: Vec<&str> = s.split(',').collect();
        let classes: Vec<usize> = v[0].split('/').map(|k| k.parse::<usize>().with_context(|| format!("--exchange-classes: bad class count {k:?}"))).collect::<Result<_>>()?;
        if classes.is_empty() || classes.len() > marsad_ner::XCLASS_LEVELS as usize || classes.iter().any(|&k| !(2..marsad_ner::XCLASS_NONE as usize).contains(&k)) {
            anyhow::bail!("--exchange-classes takes 1–{} class counts in 2..{}, not {s:?}", marsad_ner::XCLASS_LEVELS, marsad_ner::XCLASS_NONE);
        }
        let num = |i: usize, d: u64| -> Result<u64> { v.get(i).map_or(Ok(d), |x| x.parse::<u64>().with_context(|| format!("--exchange-classes: bad number {x:?}"))) };
        Ok(ExchangeConfig { classes, iters: num(1, 10)? as usize, min_count: num(2, 5)?, max_vocab: num(3, 60_000)? as usize, seed: num(4, 0)? })
    }

    fn cache(&self) -> PathBuf {
        let ks: Vec<String> = self.classes.iter().map(|k| k.to_string()).collect();
        shared::repo_root().join(format!("target/ner-cache/xclasses-{}-i{}-m{}-v{}-s{}.tsv", ks.join("_"), self.iters, self.min_count, self.max_vocab, self.seed))
    }
}

/// f(x) = x ln x, tabulated for small counts.
struct XLogX {
    table: Vec<f64>,
}

impl XLogX {
    fn new(n: usize) -> XLogX {
        XLogX { table: (0..n).map(|x| if x == 0 { 0.0 } else { x as f64 * (x as f64).ln() }).collect() }
    }
    #[inline]
    fn f(&self, x: u64) -> f64 {
        match self.table.get(x as usize) {
            Some(&v) => v,
            None => x as f64 * (x as f64).ln(),
        }
    }
}

/// The bigram statistics of the clustered words: for word w, `pred[off[w]..off[w+1]]` are
/// (history, count) pairs.
struct Bigrams {
    off: Vec<usize>,
    pred: Vec<(u32, u32)>,
    count: Vec<u64>,
    n_hist: usize,
}

fn bigrams(ant: &super::AntTokens, vocab: &[u32]) -> Bigrams {
    let n_words = ant.words.len();
    let mut word_of = vec![u32::MAX; n_words];
    for (r, &id) in vocab.iter().enumerate() {
        word_of[id as usize] = r as u32;
    }
    let nh = HISTORIES.min(vocab.len());
    let (other, start) = (nh as u32, nh as u32 + 1);
    let mut hist_of = vec![other; n_words];
    for (r, &id) in vocab.iter().take(nh).enumerate() {
        hist_of[id as usize] = r as u32;
    }
    // Packed (word, history) keys, sorted and run-length counted.
    let mut keys: Vec<u64> = Vec::new();
    for doc in &ant.docs {
        let mut h = start;
        for &id in doc {
            let w = word_of[id as usize];
            if w != u32::MAX {
                keys.push(u64::from(w) << 32 | u64::from(h));
            }
            h = hist_of[id as usize];
        }
    }
    keys.sort_unstable();
    let mut off = vec![0usize; vocab.len() + 1];
    let mut pred = Vec::new();
    let mut count = vec![0u64; vocab.len()];
    for run in keys.chunk_by(|a, b| a == b) {
        let k = run[0];
        let w = (k >> 32) as usize;
        pred.push(((k & 0xFFFF_FFFF) as u32, run.len() as u32));
        off[w + 1] += 1;
        count[w] += run.len() as u64;
    }
    for w in 0..vocab.len() {
        off[w + 1] += off[w];
    }
    Bigrams { off, pred, count, n_hist: nh + 2 }
}

/// The best class for word `w` (now in class `a`) against counts `nvc` (histories × k) and
/// `nc` (k = `nc.len()`), as if `w` were first removed from its class; ties keep the lower class id, and the
/// word stays where it is unless another class is strictly better.
fn best_class(w: usize, a: usize, bg: &Bigrams, nvc: &[u32], nc: &[u64], fx: &XLogX, delta: &mut [f64]) -> u32 {
    let k = nc.len();
    let preds = &bg.pred[bg.off[w]..bg.off[w + 1]];
    let nw = bg.count[w];
    delta.iter_mut().for_each(|d| *d = 0.0);
    for &(v, n) in preds {
        let row = &nvc[v as usize * k..(v as usize + 1) * k];
        let n = u64::from(n);
        let fn_ = fx.f(n);
        for (b, (&r, d)) in row.iter().zip(delta.iter_mut()).enumerate() {
            let r = u64::from(r);
            if b == a {
                *d += fx.f(r) - fx.f(r - n);
            } else if r == 0 {
                *d += fn_;
            } else {
                *d += fx.f(r + n) - fx.f(r);
            }
        }
    }
    for (b, d) in delta.iter_mut().enumerate() {
        let c = nc[b];
        *d -= if b == a { fx.f(c) - fx.f(c - nw) } else { fx.f(c + nw) - fx.f(c) };
    }
    let mut best = a;
    for (b, &d) in delta.iter().enumerate() {
        if d > delta[best] + 1e-9 {
            best = b;
        }
    }
    best as u32
}

fn cluster(bg: &Bigrams, k: usize, cfg: &ExchangeConfig) -> Vec<u32> {
    let nv = bg.count.len();
    // Start: by frequency rank, round robin from a seeded offset.
    let mut class: Vec<u32> = (0..nv).map(|r| ((r as u64 + cfg.seed) % k as u64) as u32).collect();
    let mut nvc = vec![0u32; bg.n_hist * k];
    let mut nc = vec![0u64; k];
    for w in 0..nv {
        let c = class[w] as usize;
        nc[c] += bg.count[w];
        for &(v, n) in &bg.pred[bg.off[w]..bg.off[w + 1]] {
            nvc[v as usize * k + c] += n;
        }
    }
    let fx = XLogX::new(1 << 20);
    let mut delta = vec![0f64; k];
    for it in 0..cfg.iters {
        let t = Instant::now();
        let mut moved = 0usize;
        for w in 0..nv {
            let b = best_class(w, class[w] as usize, bg, &nvc, &nc, &fx, &mut delta);
            let a = class[w];
            if a == b {
                continue;
            }
            moved += 1;
            let (a, b) = (a as usize, b as usize);
            nc[a] -= bg.count[w];
            nc[b] += bg.count[w];
            for &(v, n) in &bg.pred[bg.off[w]..bg.off[w + 1]] {
                nvc[v as usize * k + a] -= n;
                nvc[v as usize * k + b] += n;
            }
            class[w] = b as u32;
        }
        let mut obj = -nc.iter().map(|&c| fx.f(c)).sum::<f64>();
        obj += nvc.iter().map(|&c| fx.f(u64::from(c))).sum::<f64>();
        eprintln!("exchange classes k={k}: iteration {} moved {moved} words, F = {obj:.6e} ({:.1?})", it + 1, t.elapsed());
        if moved == 0 {
            break;
        }
    }
    class
}

/// Word keys with their class ids (one per clustering of `cfg.classes`), from the cache or
/// induced from ANT (`rebuild` forces the latter).
pub(crate) fn classes(cfg: &ExchangeConfig, rebuild: bool) -> Result<Vec<(String, Vec<u32>)>> {
    let cache = cfg.cache();
    if !rebuild {
        if let Ok(text) = std::fs::read_to_string(&cache) {
            let v: Vec<(String, Vec<u32>)> = text
                .lines()
                .filter_map(|l| {
                    let (w, cs) = l.split_once('\t')?;
                    Some((w.to_string(), cs.split(',').map(|c| c.parse().ok()).collect::<Option<Vec<u32>>>()?))
                })
                .collect();
            if !v.is_empty() {
                eprintln!("exchange classes: {} words from cache {}", v.len(), cache.display());
                return Ok(v);
            }
        }
    }
    let t0 = Instant::now();
    let ant = super::read_ant()?;
    let mut order: Vec<u32> = (0..ant.words.len() as u32).collect();
    order.sort_by(|&a, &b| ant.counts[b as usize].cmp(&ant.counts[a as usize]).then_with(|| ant.words[a as usize].cmp(&ant.words[b as usize])));
    let vocab: Vec<u32> = order.iter().copied().take_while(|&id| ant.counts[id as usize] >= cfg.min_count).take(cfg.max_vocab).collect();
    let bg = bigrams(&ant, &vocab);
    eprintln!("exchange classes: {} words, {} histories, {} distinct bigrams ({:.1?})", vocab.len(), bg.n_hist, bg.pred.len(), t0.elapsed());
    let per: Vec<Vec<u32>> = cfg.classes.iter().map(|&k| cluster(&bg, k, cfg)).collect();
    let out: Vec<(String, Vec<u32>)> = vocab.iter().enumerate().map(|(r, &id)| (ant.words[id as usize].clone(), per.iter().map(|c| c[r]).collect())).collect();
    if let Some(dir) = cache.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut text = String::new();
    for (w, cs) in &out {
        let cs: Vec<String> = cs.iter().map(|c| c.to_string()).collect();
        text.push_str(&format!("{w}\t{}\n", cs.join(",")));
    }
    std::fs::write(&cache, text).with_context(|| format!("writing {}", cache.display()))?;
    eprintln!("exchange classes: induced in {:.1?}, cached in {}", t0.elapsed(), cache.display());
    Ok(out)
}
