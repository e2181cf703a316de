//! Context classes mined from the unlabelled ANT corpus by distant supervision (session 23).
//!
//! For every word (its lookup form: proclitics stripped, the article kept, as
//! `marsad_ner::lookup_key` gives it) count its ANT occurrences and how many of them come right
//! after (window 1) or within two tokens after (window 2) a keyword of each class: a person
//! title with the article (الرئيس al-raʾīs "the president", المدرب al-mudarrib "the coach") →
//! PER, an organisation keyword (نادي nādī "club", شركة sharika "company", بنك bank) → ORG, a
//! place keyword (مدينة madīna "city", محافظة muḥāfaẓa "governorate") → LOC. The keyword lists
//! are the gazetteer lists of `ner.rs` (ORG_KEYWORDS, TITLES, LOC_KEYWORDS). A word then carries
//! its dominant class with a bucket of that class's share of its occurrences and a bucket of the
//! count (`marsad_ner::mined_code`), so الزمالك al-zamālik, seen after نادي hundreds of times,
//! carries an ORG signal where no keyword stands next to it.
//!
//! The counts are cached in `target/ner-cache/mined-ctx.tsv` (hashes and counts only, no
//! corpus text), rebuilt by `train-ner --rebuild-clusters` or when the keyword lists change.
//! Deterministic: counts are order-independent sums and the cache is sorted by hash.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use marsad_ner::key::{hash_str, strip_article, token_key};
use marsad_ner::{lookup_key, mined_code, Lexicon, MINED_LOC, MINED_ORG, MINED_PER};
use marsad_text::TokenKind;

use crate::shared;

/// Which counts make a word's class, and which words are kept.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MinedConfig {
    /// 1: the keyword right before the word; 2: the keyword one or two tokens before it.
    pub window: usize,
    /// Fewest occurrences after a keyword of the dominant class.
    pub min_count: u32,
    /// Smallest share of the word's occurrences that follow a keyword of that class.
    pub min_share: f64,
    /// Which keyword lists: the gazetteer lists of `ner.rs` (false) or the name-introducing
    /// triggers of `ner_induce.rs` (true: نادي، فريق، شركة، بنك ... / مدينة، بلدة ... / الرئيس،
    /// اللاعب، المدرب ...).
    pub triggers: bool,
}

impl MinedConfig {
    /// `W,C,S[,K]` (window, min count, min share, keywords `lists` or `triggers`), e.g. `1,3,0.02`.
    pub fn parse(s: &str) -> Result<MinedConfig> {
        let v: Vec<&str> = s.split(',').collect();
        let (w, c, r, k) = match v.as_slice() {
            [w, c, r] => (w, c, r, &"lists"),
            [w, c, r, k] => (w, c, r, k),
            _ => anyhow::bail!("--mined takes WINDOW,MIN_COUNT,MIN_SHARE[,lists|triggers], e.g. 1,3,0.02, not {s:?}"),
        };
        let triggers = match *k {
            "lists" => false,
            "triggers" => true,
            _ => anyhow::bail!("--mined keywords must be lists or triggers, not {k:?}"),
        };
        let window: usize = w.parse()?;
        if !(1..=2).contains(&window) {
            anyhow::bail!("--mined window must be 1 or 2, not {window}");
        }
        Ok(MinedConfig { window, min_count: c.parse()?, min_share: r.parse()?, triggers })
    }
}

/// Per word: all occurrences, and occurrences after a keyword of each class (PER, ORG, LOC)
/// within window 1 and window 2.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub(crate) struct Ctx {
    pub total: u32,
    pub w1: [u32; 3],
    pub w2: [u32; 3],
}

impl Ctx {
    fn merge(&mut self, o: &Ctx) {
        self.total += o.total;
        for k in 0..3 {
            self.w1[k] += o.w1[k];
            self.w2[k] += o.w2[k];
        }
    }
}

/// The keyword sets, as lookup forms: (PER, ORG, LOC).
pub(crate) struct Keywords {
    sets: [HashSet<String>; 3],
    /// Hash of the three lists, stored in the cache header.
    id: u64,
}

impl Keywords {
    /// PER: the titles that carry the article (الرئيس, not رئيس, which heads رئيس الوزراء
    /// "prime minister"); ORG and LOC: the keyword lists as they are.
    pub fn new(titles: &[&str], org: &[&str], loc: &[&str]) -> Keywords {
        let set = |l: &[&str], def_only: bool| -> HashSet<String> {
            l.iter().map(|w| token_key(w)).filter(|k| !def_only || k.starts_with("ال")).map(|k| lookup_key(&k).into_owned()).collect()
        };
        let sets = [set(titles, true), set(org, false), set(loc, false)];
        let mut all: Vec<String> = sets.iter().enumerate().flat_map(|(c, s)| s.iter().map(move |w| format!("{c}{w}"))).collect();
        all.sort();
        Keywords { id: hash_str(&all.join(" ")), sets }
    }

    /// The class (0 PER, 1 ORG, 2 LOC) of a token key if it is a keyword: its lookup form or
    /// that form without the article (للنادي li-l-nādī "for the club" → النادي → نادي).
    fn class(&self, key: &str) -> Option<usize> {
        let lk = lookup_key(key);
        let bare = strip_article(&lk);
        self.sets.iter().position(|s| s.contains(lk.as_ref()) || s.contains(bare))
    }
}

fn cache(kw: &Keywords) -> PathBuf {
    shared::repo_root().join(format!("target/ner-cache/mined-ctx-{:08x}.tsv", kw.id >> 32))
}

/// Count one range of articles.
///
/// ORG and LOC: the keyword right before the word (window 1), or one or two tokens before it
/// through an Arabic word (window 2). PER: only words without the article, after the title
/// with up to two article words between (الرئيس الروسي بوتين al-raʾīs al-rūsī būtīn "the Russian
/// president Putin"; nationality adjectives and السابق al-sābiq "former" are no names) — window
/// 1 — or one word further, for the family name (window 2).
fn count(docs: &[String], range: std::ops::Range<usize>, kw: &Keywords) -> HashMap<u64, Ctx> {
    let mut out: HashMap<u64, Ctx> = HashMap::new();
    for text in &docs[range] {
        let toks = marsad_text::tokenize(text);
        let keys: Vec<String> = toks.iter().map(|t| token_key(&text[t.range.clone()])).collect();
        let lk: Vec<String> = keys.iter().map(|k| lookup_key(k).into_owned()).collect();
        let arabic: Vec<bool> = toks.iter().map(|t| t.kind == TokenKind::Arabic).collect();
        let class: Vec<Option<usize>> = keys.iter().zip(&arabic).map(|(k, &a)| if a { kw.class(k) } else { None }).collect();
        // PER title reach: the title's index if token j is a non-article word right after it
        // (article words skipped).
        let title_before = |j: usize| -> Option<usize> {
            let mut t = j.checked_sub(1)?;
            for _ in 0..2 {
                if class[t] == Some(0) {
                    return Some(t);
                }
                if !arabic[t] || !lk[t].starts_with("ال") {
                    return None;
                }
                t = t.checked_sub(1)?;
            }
            (class[t] == Some(0)).then_some(t)
        };
        for i in 0..keys.len() {
            if !arabic[i] {
                continue;
            }
            let e = out.entry(hash_str(&lk[i])).or_default();
            e.total += 1;
            let mut w1 = [false; 3];
            let mut w2 = [false; 3];
            for c in 1..3 {
                w1[c] = i >= 1 && class[i - 1] == Some(c);
                w2[c] = w1[c] || (i >= 2 && arabic[i - 1] && class[i - 2] == Some(c));
            }
            if !lk[i].starts_with("ال") {
                w1[0] = title_before(i).is_some();
                w2[0] = w1[0] || (i >= 1 && arabic[i - 1] && !lk[i - 1].starts_with("ال") && title_before(i - 1).is_some());
            }
            for c in 0..3 {
                e.w1[c] += u32::from(w1[c]);
                e.w2[c] += u32::from(w2[c]);
            }
        }
    }
    out
}

/// Counts per word hash (only words seen after some keyword), sorted by hash; from the cache
/// when it matches `kw`.
pub(crate) fn counts(kw: &Keywords, rebuild: bool) -> Result<Vec<(u64, Ctx)>> {
    let path = cache(kw);
    let header = format!("# mined-ctx v2 keywords {:016x}", kw.id);
    if !rebuild {
        if let Ok(text) = std::fs::read_to_string(&path) {
            let mut lines = text.lines();
            if lines.next() == Some(header.as_str()) {
                let v: Vec<(u64, Ctx)> = lines
                    .filter_map(|l| {
                        let f: Vec<u64> = l.split('\t').map(|x| u64::from_str_radix(x, 16).ok()).collect::<Option<_>>()?;
                        let g = |i: usize| f.get(i).map(|&x| x as u32);
                        Some((f[0], Ctx { total: g(1)?, w1: [g(2)?, g(3)?, g(4)?], w2: [g(5)?, g(6)?, g(7)?] }))
                    })
                    .collect();
                eprintln!("mined contexts: {} words from cache {}", v.len(), path.display());
                return Ok(v);
            }
        }
    }
    let t0 = Instant::now();
    let docs = super::induce::ant_docs()?;
    let parts = 2;
    let n = docs.len();
    let maps: Vec<HashMap<u64, Ctx>> = std::thread::scope(|sc| {
        let hs: Vec<_> = (0..parts).map(|p| sc.spawn(move || count(docs, n * p / parts..n * (p + 1) / parts, kw))).collect();
        hs.into_iter().map(|h| h.join().expect("mining thread panicked")).collect()
    });
    let mut all: HashMap<u64, Ctx> = HashMap::new();
    for m in maps {
        for (k, v) in m {
            all.entry(k).or_default().merge(&v);
        }
    }
    let mut v: Vec<(u64, Ctx)> = all.into_iter().filter(|(_, c)| c.w2.iter().any(|&x| x > 0)).collect();
    v.sort_by_key(|(k, _)| *k);
    let mut s = header;
    s.push('\n');
    for (k, c) in &v {
        s.push_str(&format!("{k:x}\t{:x}\t{:x}\t{:x}\t{:x}\t{:x}\t{:x}\t{:x}\n", c.total, c.w1[0], c.w1[1], c.w1[2], c.w2[0], c.w2[1], c.w2[2]));
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&path, s).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("mined contexts: {} words after keywords in {} ANT articles, {:.1?}", v.len(), n, t0.elapsed());
    Ok(v)
}

/// Share buckets (fraction of the word's occurrences after a keyword of its class).
const SHARE_CUTS: [f64; 6] = [0.02, 0.05, 0.1, 0.2, 0.4, 0.7];
/// Count buckets (occurrences after a keyword of its class).
const COUNT_CUTS: [u32; 6] = [5, 10, 30, 100, 300, 1000];

/// The code of one word under `cfg`, or 0 when it is not kept.
pub(crate) fn code(c: &Ctx, cfg: &MinedConfig) -> u8 {
    let counts = if cfg.window == 1 { &c.w1 } else { &c.w2 };
    let (k, &n) = counts.iter().enumerate().max_by_key(|&(k, &n)| (n, std::cmp::Reverse(k))).unwrap_or((0, &0));
    let share = f64::from(n) / f64::from(c.total.max(1));
    if n < cfg.min_count || share < cfg.min_share {
        return 0;
    }
    let sb = SHARE_CUTS.iter().filter(|&&x| share >= x).count() as u8;
    let cb = COUNT_CUTS.iter().filter(|&&x| n >= x).count() as u8;
    mined_code([MINED_PER, MINED_ORG, MINED_LOC][k], sb, cb)
}

/// Add the kept words to `lex`; returns how many per class (PER, ORG, LOC).
pub(crate) fn add_to(lex: &mut Lexicon, counts: &[(u64, Ctx)], cfg: &MinedConfig) -> [usize; 3] {
    let mut per_class = [0; 3];
    for (h, c) in counts {
        let m = code(c, cfg);
        if m != 0 {
            lex.add_mined(*h, m);
            per_class[usize::from(m & 3) - 1] += 1;
        }
    }
    per_class
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word after an org keyword in most of its occurrences gets ORG with a high share
    /// bucket; a frequent word that follows keywords rarely stays out.
    #[test]
    fn dominant_class_and_buckets() {
        let kw = Keywords::new(&["الرئيس", "رئيس"], &["نادي", "شركة"], &["مدينة"]);
        // نادي الوفاق فاز nādī al-wifāq fāza "al-Wifaq club won"; وفاز الوفاق مجددا "and al-Wifaq
        // won again"; رئيس الوفاق "head of al-Wifaq" (رئيس without the article is no PER keyword).
        let docs = vec!["نادي الوفاق فاز. وفاز الوفاق مجددا. للنادي الوفاق جمهور. رئيس الوفاق".to_string()];
        let m = count(&docs, 0..1, &kw);
        let c = m[&hash_str(&lookup_key(&token_key("الوفاق")))];
        assert_eq!(c.total, 4);
        assert_eq!(c.w1, [0, 2, 0]);
        let cfg = MinedConfig { window: 1, min_count: 2, min_share: 0.1, triggers: false };
        // share 0.5 → bucket 5 (≥ 0.4), count 2 → bucket 0.
        assert_eq!(code(&c, &cfg), mined_code(MINED_ORG, 5, 0));
        // فاز fāza "won" follows الوفاق, not a keyword, within window 1; within window 2 it
        // follows نادي.
        let f = m[&hash_str(&lookup_key(&token_key("فاز")))];
        assert_eq!((f.w1, f.w2), ([0, 0, 0], [0, 1, 0]));
        assert_eq!(code(&f, &cfg), 0);
    }
}
