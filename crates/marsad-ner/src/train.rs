//! Training: an averaged structured perceptron (Collins 2002) over the same features and
//! decoder the recognizer uses. Pure computation; the caller reads the corpora.
//!
//! Deterministic: the only randomness is the per-epoch shuffle, driven by `TrainConfig::seed`.

use marsad_text::{tokenize, Token};

use crate::decode::viterbi;
use crate::features::{extract, Features};
use crate::key::mix;
use crate::model::{Lexicon, Model};
use crate::{Bio, N_TAGS};

/// A training sentence on marsad-text tokens.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub text: String,
    pub tokens: Vec<Token>,
    pub tags: Vec<Bio>,
}

/// Project word-level gold tags (corpus tokenization) onto marsad-text tokens: the words are
/// joined by single spaces and re-tokenized; every token inherits the tag of the word it lies
/// in, with B only on the word's first token (`(د` → `(` + `د`).
pub fn align(words: &[&str], tags: &[Bio]) -> Sentence {
    let mut text = String::new();
    let mut word_spans = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let s = text.len();
        text.push_str(w);
        word_spans.push(s..text.len());
    }
    let tokens = tokenize(&text);
    let mut out_tags = Vec::with_capacity(tokens.len());
    let mut w = 0;
    let mut last_word = usize::MAX;
    for t in &tokens {
        while w < word_spans.len() && word_spans[w].end <= t.range.start {
            w += 1;
        }
        let tag = tags.get(w).copied().unwrap_or(Bio::O);
        let tag = match tag {
            Bio::B(k) if last_word == w => Bio::I(k),
            other => other,
        };
        last_word = w;
        out_tags.push(tag);
    }
    Sentence { text, tokens, tags: out_tags }
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// log2 of the number of feature hash buckets.
    pub bits: u32,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { bits: 19, seed: 7 }
    }
}

/// Counts from one pass over the training data.
#[derive(Clone, Copy, Debug, Default)]
pub struct EpochStats {
    pub sentences: usize,
    pub tokens: usize,
    /// Tokens whose predicted tag was wrong before the update.
    pub token_errors: usize,
}

/// Perceptron state. `u` accumulates `c · Δw` for the averaging trick: avg = w − u / c.
pub struct Trainer {
    cfg: TrainConfig,
    lex: Lexicon,
    data: Vec<(Features, Vec<u8>)>,
    w: Vec<f32>,
    u: Vec<f32>,
    trans: [[f32; N_TAGS]; N_TAGS],
    trans_u: [[f32; N_TAGS]; N_TAGS],
    start: [f32; N_TAGS],
    start_u: [f32; N_TAGS],
    c: f32,
    rng: u64,
    epochs: u64,
}

impl Trainer {
    /// Prepare features for every sentence once. Tags the tagger does not learn become O.
    pub fn new(cfg: TrainConfig, lex: Lexicon, sentences: &[Sentence]) -> Trainer {
        let data = sentences
            .iter()
            .filter(|s| !s.tokens.is_empty())
            .map(|s| {
                let mut f = Features::default();
                extract(&s.text, &s.tokens, &lex, cfg.bits, &mut f);
                f.keys = Vec::new();
                let tags = s.tags.iter().map(|t| t.index().unwrap_or(0)).collect();
                (f, tags)
            })
            .collect();
        let n = N_TAGS << cfg.bits;
        Trainer {
            rng: cfg.seed,
            cfg,
            lex,
            data,
            w: vec![0.0; n],
            u: vec![0.0; n],
            trans: [[0.0; N_TAGS]; N_TAGS],
            trans_u: [[0.0; N_TAGS]; N_TAGS],
            start: [0.0; N_TAGS],
            start_u: [0.0; N_TAGS],
            c: 1.0,
            epochs: 0,
        }
    }

    fn next_rand(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.rng)
    }

    /// One shuffled pass with perceptron updates.
    pub fn epoch(&mut self) -> EpochStats {
        let mut order: Vec<usize> = (0..self.data.len()).collect();
        for i in (1..order.len()).rev() {
            let j = (self.next_rand() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut stats = EpochStats::default();
        let mut em: Vec<[f32; N_TAGS]> = Vec::new();
        for &k in &order {
            let (feats, gold) = &self.data[k];
            em.clear();
            em.extend((0..feats.len()).map(|i| {
                let mut e = [0f32; N_TAGS];
                for &f in feats.of(i) {
                    let row = &self.w[f as usize * N_TAGS..f as usize * N_TAGS + N_TAGS];
                    for t in 0..N_TAGS {
                        e[t] += row[t];
                    }
                }
                e
            }));
            let pred = viterbi(&em, &self.trans, &self.start);
            stats.sentences += 1;
            stats.tokens += gold.len();
            if pred != *gold {
                let c = self.c;
                for i in 0..gold.len() {
                    let (g, p) = (usize::from(gold[i]), usize::from(pred[i]));
                    if g != p {
                        stats.token_errors += 1;
                        for &f in feats.of(i) {
                            let base = f as usize * N_TAGS;
                            self.w[base + g] += 1.0;
                            self.u[base + g] += c;
                            self.w[base + p] -= 1.0;
                            self.u[base + p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 { (None, None) } else { (Some(usize::from(gold[i - 1])), Some(usize::from(pred[i - 1]))) };
                    if (gp, g) != (pp, p) {
                        match gp {
                            None => {
                                self.start[g] += 1.0;
                                self.start_u[g] += c;
                            }
                            Some(gp) => {
                                self.trans[gp][g] += 1.0;
                                self.trans_u[gp][g] += c;
                            }
                        }
                        match pp {
                            None => {
                                self.start[p] -= 1.0;
                                self.start_u[p] -= c;
                            }
                            Some(pp) => {
                                self.trans[pp][p] -= 1.0;
                                self.trans_u[pp][p] -= c;
                            }
                        }
                    }
                }
            }
            self.c += 1.0;
        }
        self.epochs += 1;
        stats
    }

    /// The averaged weights as a quantized model.
    pub fn model(&self) -> Model {
        let c = self.c;
        let w: Vec<f32> = self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect();
        let trans: [[f32; N_TAGS]; N_TAGS] = std::array::from_fn(|a| std::array::from_fn(|b| self.trans[a][b] - self.trans_u[a][b] / c));
        let start: [f32; N_TAGS] = std::array::from_fn(|t| self.start[t] - self.start_u[t] / c);
        Model::from_float(self.cfg.bits, &w, trans, start, self.lex.clone())
    }
}
