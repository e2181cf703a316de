//! Names induced from the unlabelled ANT corpus (semi-supervised gazetteers, session 7).
//!
//! Two sources, both read only ANT (never ANERcorp test):
//! - **tagged**: a model trained on the labelled training part tags every ANT article; a
//!   phrase the tagger marks as a name in at least `min_docs` articles, `min_count` times, with
//!   one dominant type (≥ `dominance` of its tagged occurrences), and as a name in at least
//!   `tagged_ratio` of all its occurrences in ANT (so common words tagged now and then stay out),
//!   enters the list of that type.
//! - **patterns**: tokens after a trigger word — نادي nādī "club", فريق farīq "team", منتخب
//!   muntakhab "national team", شركة sharika "company", بنك bank, مصرف maṣrif "bank", صحيفة
//!   ṣaḥīfa "newspaper", وكالة wakāla "agency" → ORG; مدينة madīna "city", بلدة balda "town",
//!   محافظة muḥāfaẓa "governorate", ولاية wilāya "state" → LOC; a person title (الرئيس al-raʾīs
//!   "the president", الوزير, اللاعب al-lāʿib "the player", المدرب al-mudarrib "the coach",
//!   السيد al-sayyid "Mr" ...) then, after up to two words with the article (nationality, السابق
//!   al-sābiq "former"), a word without it and optionally one more → PER. A candidate (one or two
//!   words) is kept when it follows its triggers in at least `min_docs` articles and in at least
//!   `pattern_ratio` of all its ANT occurrences, with one dominant type.
//!
//! The result is three phrase lists (keys as the recognizer sees them, the first word without
//! proclitics other than the article) that `Lexicon::add_phrase_keys` turns into the
//! InducedPerson / InducedOrganization / InducedLocation gazetteer categories. Deterministic:
//! counts are order-independent sums and the lists are sorted.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::sync::OnceLock;
use std::time::Instant;

use anyhow::{Context, Result};
use marsad_ner::key::{split_proclitic, token_key};
use marsad_ner::{Category, EntityType, Lexicon, Model};
use marsad_text::TokenKind;

use crate::shared;

/// Which sources feed the induced lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sources {
    Tagged,
    Patterns,
    Both,
}

/// Induction thresholds, with a named preset.
#[derive(Clone, Debug)]
pub(crate) struct InduceConfig {
    pub sources: Sources,
    /// Read only the first N distinct ANT articles (0 = all).
    pub max_docs: usize,
    pub min_docs: u32,
    pub min_count: u32,
    pub dominance: f64,
    pub tagged_ratio: f64,
    pub pattern_ratio: f64,
    /// Jackknife folds for the training features of `tagged` lists (0 or 1 = none).
    pub folds: usize,
}

impl InduceConfig {
    pub fn standard(sources: Sources) -> InduceConfig {
        InduceConfig { sources, max_docs: 0, min_docs: 3, min_count: 5, dominance: 0.8, tagged_ratio: 0.5, pattern_ratio: 0.1, folds: 4 }
    }
    fn tagged(&self) -> bool {
        matches!(self.sources, Sources::Tagged | Sources::Both)
    }
    fn patterns(&self) -> bool {
        matches!(self.sources, Sources::Patterns | Sources::Both)
    }
}

/// The induced lists: phrases as space-joined keys, per type (PER, ORG, LOC).
#[derive(Clone, Debug, Default)]
pub(crate) struct Induced {
    pub per: Vec<String>,
    pub org: Vec<String>,
    pub loc: Vec<String>,
}

impl Induced {
    pub fn add_to(&self, lex: &mut Lexicon) {
        for (list, cat) in [(&self.per, Category::InducedPerson), (&self.org, Category::InducedOrganization), (&self.loc, Category::InducedLocation)] {
            for p in list {
                let keys: Vec<&str> = p.split(' ').collect();
                lex.add_phrase_keys(&keys, cat);
            }
        }
    }
    pub fn len(&self) -> usize {
        self.per.len() + self.org.len() + self.loc.len()
    }
    /// The lists as TSV (phrase, type), for inspection.
    pub fn to_tsv(&self) -> String {
        let mut s = String::new();
        for (list, t) in [(&self.per, "PER"), (&self.org, "ORG"), (&self.loc, "LOC")] {
            for p in list {
                s.push_str(p);
                s.push('\t');
                s.push_str(t);
                s.push('\n');
            }
        }
        s
    }
}

/// Distinct ANT v2.1 articles (title and text), read once per process.
pub(crate) fn ant_docs() -> Result<&'static [String]> {
    static DOCS: OnceLock<Vec<String>> = OnceLock::new();
    if let Some(d) = DOCS.get() {
        return Ok(d);
    }
    let t0 = Instant::now();
    let path = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let f = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let rd = BufReader::new(flate2::read::GzDecoder::new(f));
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for (n, line) in rd.lines().enumerate() {
        let line = line.with_context(|| format!("reading {} line {}", path.display(), n + 1))?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = format!("{}\n{}", v["title"].as_str().unwrap_or(""), v["text"].as_str().unwrap_or(""));
        if seen.insert(marsad_ner::key::hash_str(&text)) {
            docs.push(text);
        }
    }
    eprintln!("induce: {} distinct ANT articles read in {:.1?}", docs.len(), t0.elapsed());
    Ok(DOCS.get_or_init(|| docs))
}

/// A key as a phrase's first word is looked up: without proclitics, except that the article
/// stays (والوكرة wa-l-wakra "and al-Wakra" → الوكرة; وبوتين wa-būtīn → بوتين).
fn lookup_form(key: &str) -> String {
    let (pre, rest) = split_proclitic(key);
    if pre.is_empty() || pre == "ال" {
        key.to_string()
    } else if pre.ends_with("ال") || pre.ends_with("لل") {
        format!("ال{rest}")
    } else {
        rest.to_string()
    }
}

/// Words that end a two-word pattern candidate early (شركة ابل في sharikat ābil fī "the Apple
/// company in": ابل في is no name).
const STOPWORDS: &[&str] = &[
    "في", "من", "على", "الى", "إلى", "عن", "ان", "أن", "إن", "مع", "قد", "لا", "ما", "هذا", "هذه", "التي", "الذي", "كما", "بعد", "قبل",
    "ايضا", "أيضا", "خلال", "او", "أو", "ثم", "منذ", "حتى", "عند", "بين", "كان", "كانت", "قال", "يوم", "اليوم", "امس", "أمس", "الذين",
];

pub(crate) const ORG_TRIGGERS: &[&str] = &["نادي", "فريق", "منتخب", "شركة", "بنك", "مصرف", "صحيفة", "وكالة"];
pub(crate) const LOC_TRIGGERS: &[&str] = &["مدينة", "بلدة", "محافظة", "ولاية"];
pub(crate) const PER_TRIGGERS: &[&str] = &["الرئيس", "الوزير", "اللاعب", "المدرب", "السيد", "السيدة", "الشيخ", "الملك", "الأمير", "الدكتور", "الجنرال", "المهاجم"];

/// Per-phrase counts: occurrences per type (PER, ORG, LOC, MISC), and distinct articles.
#[derive(Clone, Copy, Default)]
struct Stat {
    by_type: [u32; 4],
    docs: u32,
    last_doc: u32,
}

impl Stat {
    fn add(&mut self, ty: usize, doc: u32) {
        self.by_type[ty] += 1;
        if self.docs == 0 || self.last_doc != doc {
            self.docs += 1;
            self.last_doc = doc;
        }
    }
    fn merge(&mut self, o: &Stat) {
        for (a, b) in self.by_type.iter_mut().zip(&o.by_type) {
            *a += b;
        }
        self.docs += o.docs;
    }
    fn total(&self) -> u32 {
        self.by_type.iter().sum()
    }
    /// The dominant type and its share.
    fn dominant(&self) -> (usize, f64) {
        let (t, &c) = self.by_type.iter().enumerate().max_by_key(|&(t, &c)| (c, std::cmp::Reverse(t))).unwrap_or((0, &0));
        (t, f64::from(c) / f64::from(self.total().max(1)))
    }
}

fn type_index(t: EntityType) -> Option<usize> {
    match t {
        EntityType::Person => Some(0),
        EntityType::Organization => Some(1),
        EntityType::Location => Some(2),
        EntityType::Misc => Some(3),
        _ => None,
    }
}

#[derive(Default)]
struct Counts {
    tagged: HashMap<String, Stat>,
    pattern: HashMap<String, Stat>,
}

fn phrase(keys: &[String], a: usize, b: usize) -> String {
    let mut s = lookup_form(&keys[a]);
    for k in &keys[a + 1..b] {
        s.push(' ');
        s.push_str(k);
    }
    s
}

/// Pass 1 over articles `range`: tagged spans and pattern candidates.
fn count_candidates(docs: &[String], range: std::ops::Range<usize>, model: Option<&Model>, cfg: &InduceConfig) -> Counts {
    let org: HashSet<String> = ORG_TRIGGERS.iter().map(|w| token_key(w)).collect();
    let loc: HashSet<String> = LOC_TRIGGERS.iter().map(|w| token_key(w)).collect();
    let per: HashSet<String> = PER_TRIGGERS.iter().map(|w| token_key(w)).collect();
    let stop: HashSet<String> = STOPWORDS.iter().map(|w| token_key(w)).collect();
    let mut c = Counts::default();
    for d in range {
        let text = &docs[d];
        let toks = marsad_text::tokenize(text);
        let keys: Vec<String> = toks.iter().map(|t| token_key(&text[t.range.clone()])).collect();
        let arabic = |i: usize| i < toks.len() && toks[i].kind == TokenKind::Arabic;
        if let (Some(m), true) = (model, cfg.tagged()) {
            let tags = marsad_ner::tag_tokens(text, &toks, m);
            for (a, b, t) in super::gold_spans(&tags) {
                if let (Some(ti), true) = (type_index(t), b - a <= 4) {
                    c.tagged.entry(phrase(&keys, a, b)).or_default().add(ti, d as u32);
                }
            }
        }
        if !cfg.patterns() {
            continue;
        }
        for i in 0..keys.len() {
            let trig = lookup_form(&keys[i]);
            let ty = if org.contains(&trig) {
                1
            } else if loc.contains(&trig) {
                2
            } else if per.contains(&trig) {
                0
            } else {
                continue;
            };
            let mut a = i + 1;
            if ty == 0 {
                // Skip up to two words with the article (nationality, السابق "former").
                let mut skipped = 0;
                while skipped < 2 && arabic(a) && keys[a].starts_with("ال") {
                    a += 1;
                    skipped += 1;
                }
                if !arabic(a) || keys[a].starts_with("ال") || !split_proclitic(&keys[a]).0.is_empty() {
                    continue;
                }
            } else if !arabic(a) {
                continue;
            }
            c.pattern.entry(phrase(&keys, a, a + 1)).or_default().add(ty, d as u32);
            if arabic(a + 1) {
                let (pre, _) = split_proclitic(&keys[a + 1]);
                if (pre.is_empty() || pre == "ال") && !stop.contains(&keys[a + 1]) {
                    c.pattern.entry(phrase(&keys, a, a + 2)).or_default().add(ty, d as u32);
                }
            }
        }
    }
    c
}

/// Pass 2 over articles `range`: all occurrences of the candidate phrases.
fn count_occurrences(docs: &[String], range: std::ops::Range<usize>, cands: &HashMap<String, usize>, max_len: usize) -> Vec<u32> {
    let mut occ = vec![0u32; cands.len()];
    let mut s = String::new();
    for d in range {
        let text = &docs[d];
        let toks = marsad_text::tokenize(text);
        let keys: Vec<String> = toks.iter().map(|t| token_key(&text[t.range.clone()])).collect();
        for i in 0..keys.len() {
            s.clear();
            s.push_str(&lookup_form(&keys[i]));
            for len in 1..=max_len.min(keys.len() - i) {
                if len > 1 {
                    s.push(' ');
                    s.push_str(&keys[i + len - 1]);
                }
                if let Some(&k) = cands.get(s.as_str()) {
                    occ[k] += 1;
                }
            }
        }
    }
    occ
}

/// Split `0..n` into `parts` contiguous ranges and run `f` on each in its own thread.
fn parallel<T: Send>(n: usize, parts: usize, f: impl Fn(std::ops::Range<usize>) -> T + Sync) -> Vec<T> {
    std::thread::scope(|sc| {
        let hs: Vec<_> = (0..parts).map(|p| {
            let f = &f;
            sc.spawn(move || f(n * p / parts..n * (p + 1) / parts))
        }).collect();
        hs.into_iter().map(|h| h.join().expect("induction thread panicked")).collect()
    })
}

/// Threads for the ANT passes (the machine is shared: at most 2).
fn threads() -> usize {
    std::env::var("NER_THREADS").ok().and_then(|v| v.parse().ok()).unwrap_or(2).clamp(1, 2)
}

/// Induce the name lists from ANT, tagging with `model` when the sources include `tagged`.
pub(crate) fn induce(model: Option<&Model>, cfg: &InduceConfig) -> Result<Induced> {
    let t0 = Instant::now();
    let all = ant_docs()?;
    let docs = if cfg.max_docs > 0 { &all[..cfg.max_docs.min(all.len())] } else { all };
    let parts = parallel(docs.len(), threads(), |r| count_candidates(docs, r, model, cfg));
    let mut counts = Counts::default();
    for p in parts {
        for (k, v) in p.tagged {
            counts.tagged.entry(k).or_default().merge(&v);
        }
        for (k, v) in p.pattern {
            counts.pattern.entry(k).or_default().merge(&v);
        }
    }
    // Candidates that pass the count filters; their denominators come from pass 2.
    let mut cand: Vec<String> = counts
        .tagged
        .iter()
        .filter(|(_, s)| s.docs >= cfg.min_docs && s.total() >= cfg.min_count && s.dominant().1 >= cfg.dominance)
        .chain(counts.pattern.iter().filter(|(_, s)| s.docs >= cfg.min_docs && s.dominant().1 >= cfg.dominance))
        .map(|(k, _)| k.clone())
        .collect();
    cand.sort();
    cand.dedup();
    let index: HashMap<String, usize> = cand.iter().enumerate().map(|(i, k)| (k.clone(), i)).collect();
    let max_len = cand.iter().map(|c| c.split(' ').count()).max().unwrap_or(1);
    let mut occ = vec![0u32; cand.len()];
    for p in parallel(docs.len(), threads(), |r| count_occurrences(docs, r, &index, max_len)) {
        for (a, b) in occ.iter_mut().zip(p) {
            *a += b;
        }
    }
    let mut out = Induced::default();
    let mut push = |k: &str, ty: usize| match ty {
        0 => out.per.push(k.to_string()),
        1 => out.org.push(k.to_string()),
        2 => out.loc.push(k.to_string()),
        _ => {}
    };
    let (mut n_tagged, mut n_pattern) = (0, 0);
    for (i, k) in cand.iter().enumerate() {
        let n = f64::from(occ[i].max(1));
        let mut types = [false; 4];
        if let Some(s) = counts.tagged.get(k) {
            let (ty, share) = s.dominant();
            if s.docs >= cfg.min_docs && s.total() >= cfg.min_count && share >= cfg.dominance && f64::from(s.total()) / n >= cfg.tagged_ratio {
                types[ty] = true;
                n_tagged += 1;
            }
        }
        if let Some(s) = counts.pattern.get(k) {
            let (ty, share) = s.dominant();
            if s.docs >= cfg.min_docs && share >= cfg.dominance && f64::from(s.total()) / n >= cfg.pattern_ratio {
                types[ty] = true;
                n_pattern += 1;
            }
        }
        for (ty, _) in types.iter().enumerate().filter(|(_, &on)| on) {
            push(k, ty);
        }
    }
    eprintln!(
        "induce ({:?}): {} articles; {} tagged + {} pattern phrases kept of {} candidates → PER {}, ORG {}, LOC {} in {:.1?}",
        cfg.sources,
        docs.len(),
        n_tagged,
        n_pattern,
        cand.len(),
        out.per.len(),
        out.org.len(),
        out.loc.len(),
        t0.elapsed()
    );
    Ok(out)
}
