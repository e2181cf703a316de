//! Training: an averaged structured perceptron (Collins 2002), or a linear-chain CRF trained with
//! AdaGrad (an experiment: −2.2 F1 in 5-fold CV, see docs/ner.md), over the same features and
//! decoder the recognizer uses. Both write the same model format. Pure computation; the caller
//! reads the corpora.
//!
//! Deterministic: the only randomness is the per-epoch shuffle, driven by `TrainConfig::seed`.

use marsad_text::{tokenize, Token};

use crate::decode::{allowed, tri, viterbi, viterbi2, N_TRANS2};
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
    /// Which corpus the sentence comes from: 0 is the target domain (ANERcorp news); other
    /// values are extra corpora, kept apart under [`Adaptation::FeatureAugmentation`].
    pub domain: u8,
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
    Sentence { text, tokens, tags: out_tags, domain: 0 }
}

/// Which learner fits the weights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Learner {
    /// Averaged structured perceptron (Collins 2002).
    Perceptron,
    /// Linear-chain CRF: log-likelihood with forward-backward marginals, AdaGrad steps of size
    /// `lr` per sentence, L2 penalty `l2` (applied to the features a sentence touches), and
    /// parameter averaging.
    Crf { lr: f32, l2: f32 },
    /// Linear-chain CRF fitted in batch: whole-training-set log-likelihood with a full L2
    /// penalty, minimised by L-BFGS ([`crate::lbfgs`]); one epoch is
    /// `LbfgsConfig::iters_per_epoch` iterations. No averaging.
    BatchCrf(crate::lbfgs::LbfgsConfig),
}

/// How sentences of other domains (`Sentence::domain` ≠ 0) enter training.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adaptation {
    /// One feature space for all corpora (plain concatenation).
    Concatenate,
    /// Daumé III (2007), "Frustratingly easy domain adaptation": every feature fires twice, once
    /// shared and once as a copy private to the sentence's domain. The model keeps the shared
    /// weights plus the target domain's (0) copy, folded into one table, so run-time cost and
    /// model format are unchanged.
    FeatureAugmentation,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// log2 of the number of feature hash buckets.
    pub bits: u32,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    pub learner: Learner,
    pub adaptation: Adaptation,
    /// Session 36: learn second-order (tag-trigram) transitions too and decode with Viterbi
    /// over tag pairs ([`crate::decode::viterbi2`]); perceptron only (the CRF learners ignore
    /// it). The model then has format version 7.
    pub second_order: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { bits: 19, seed: 7, learner: Learner::Perceptron, adaptation: Adaptation::Concatenate, second_order: false }
    }
}

/// The bucket of the domain-private copy of hashed feature `f` (see
/// [`Adaptation::FeatureAugmentation`]).
#[inline]
fn domain_copy(f: u32, domain: u8, mask: u64) -> u32 {
    (mix(u64::from(f) ^ ((u64::from(domain) + 1) << 40) ^ 0xD0_3A1E_0000_0000) & mask) as u32
}

/// Counts from one pass over the training data.
#[derive(Clone, Copy, Debug, Default)]
pub struct EpochStats {
    pub sentences: usize,
    pub tokens: usize,
    /// Tokens whose predicted tag was wrong before the update (online learners only).
    pub token_errors: usize,
    /// Objective after the pass (batch CRF only: penalised negative log-likelihood).
    pub objective: Option<f64>,
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
    /// Second-order transitions and their averaging sums (`N_TRANS2` each when
    /// `TrainConfig::second_order`, else empty).
    trans2: Vec<f32>,
    trans2_u: Vec<f32>,
    /// AdaGrad sums of squared gradients (CRF only).
    g2: Vec<f32>,
    trans_g2: [[f32; N_TAGS]; N_TAGS],
    start_g2: [f32; N_TAGS],
    c: f32,
    rng: u64,
    epochs: u64,
    /// Fixed emission scores added to every item's (a window network's weighted
    /// log-probabilities, see [`Trainer::set_net`]); empty when there is none.
    prior: Vec<Vec<[f32; N_TAGS]>>,
    /// L-BFGS state (batch CRF only).
    lbfgs: Option<Box<crate::lbfgs::Lbfgs>>,
}

impl Trainer {
    /// Prepare features for every sentence once. Tags the tagger does not learn become O.
    ///
    /// A text of several lines (consecutive sentences of a document) gets its features from the
    /// whole text, so document context is seen, but is learned from one line at a time.
    pub fn new(cfg: TrainConfig, lex: Lexicon, sentences: &[Sentence]) -> Trainer {
        Trainer::build(cfg, lex, sentences, None, None)
    }

    /// Like [`Trainer::new`], but sentence k's features are extracted with
    /// `feature_lex[which[k]]` instead of `lex` (the model still carries `lex`). For lexicon
    /// parts induced by a model trained on the same sentences (names induced from ANT): each
    /// chunk of sentences sees lists induced without it — jackknifed — so the learner does
    /// not over-trust them.
    pub fn new_with_lexicons(cfg: TrainConfig, lex: Lexicon, sentences: &[Sentence], feature_lex: &[Lexicon], which: &[usize]) -> Trainer {
        Trainer::build(cfg, lex, sentences, None, Some((feature_lex, which)))
    }

    /// A second-stage trainer: every sentence's features get the stacked features computed
    /// from `stage1[k]`, the first-stage tags of `sentences[k]` (from a model that did not see
    /// that sentence — jackknifed — so they are as noisy as at run time). Combine the result
    /// with the first stage by [`Model::with_stage2`].
    pub fn new_stacked(cfg: TrainConfig, lex: Lexicon, sentences: &[Sentence], stage1: &[Vec<u8>]) -> Trainer {
        Trainer::build(cfg, lex, sentences, Some(stage1), None)
    }

    fn build(cfg: TrainConfig, lex: Lexicon, sentences: &[Sentence], stage1: Option<&[Vec<u8>]>, feature_lex: Option<(&[Lexicon], &[usize])>) -> Trainer {
        let mut data = Vec::new();
        let mask = (1u64 << cfg.bits) - 1;
        for (k, s) in sentences.iter().enumerate().filter(|(_, s)| !s.tokens.is_empty()) {
            let mut f = Features::default();
            let flex = feature_lex.and_then(|(l, w)| w.get(k).and_then(|&i| l.get(i))).unwrap_or(&lex);
            extract(&s.text, &s.tokens, flex, cfg.bits, &mut f);
            if let Some(t1) = stage1.and_then(|t| t.get(k)).filter(|t| t.len() == s.tokens.len()) {
                f = crate::features::add_stacked(&f, t1, cfg.bits);
            }
            let tags: Vec<u8> = s.tags.iter().map(|t| t.index().unwrap_or(0)).collect();
            let mut a = 0;
            for b in 1..=s.tokens.len() {
                let cut = b == s.tokens.len() || s.text[s.tokens[b - 1].range.end..s.tokens[b].range.start].contains('\n');
                if cut {
                    let mut part = Features { ids: Vec::new(), offsets: vec![0], keys: Vec::new(), dense: Vec::new() };
                    for i in a..b {
                        part.ids.extend_from_slice(f.of(i));
                        if cfg.adaptation == Adaptation::FeatureAugmentation {
                            part.ids.extend(f.of(i).iter().map(|&x| domain_copy(x, s.domain, mask)));
                        }
                        part.offsets.push(part.ids.len() as u32);
                        if !f.dense.is_empty() {
                            part.dense.extend_from_slice(&f.dense[i * crate::nn::DIN..(i + 1) * crate::nn::DIN]);
                        }
                    }
                    data.push((part, tags[a..b].to_vec()));
                    a = b;
                }
            }
        }
        let n = N_TAGS << cfg.bits;
        let g2 = if matches!(cfg.learner, Learner::Crf { .. }) { vec![0.0; n] } else { Vec::new() };
        let n2 = if cfg.second_order && cfg.learner == Learner::Perceptron { N_TRANS2 } else { 0 };
        Trainer {
            trans2: vec![0.0; n2],
            trans2_u: vec![0.0; n2],
            g2,
            trans_g2: [[0.0; N_TAGS]; N_TAGS],
            start_g2: [0.0; N_TAGS],
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
            prior: Vec::new(),
            lbfgs: None,
        }
    }

    /// Train the perceptron on top of a (fixed, already trained) window network: its weighted
    /// log-probabilities join every emission score, so the perceptron learns what the network
    /// gets wrong. The model must then be used with the same network ([`Model::with_net`]).
    pub fn set_net(&mut self, net: &crate::nn::Net) {
        self.prior = self
            .data
            .iter()
            .map(|(f, _)| {
                let mut em = vec![[0f32; N_TAGS]; f.len()];
                net.add_scores(f, &mut em);
                em
            })
            .collect();
    }

    fn next_rand(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.rng)
    }

    /// One shuffled pass over the training data.
    pub fn epoch(&mut self) -> EpochStats {
        let mut order: Vec<usize> = (0..self.data.len()).collect();
        for i in (1..order.len()).rev() {
            let j = (self.next_rand() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        match self.cfg.learner {
            Learner::Perceptron => self.perceptron_epoch(&order),
            Learner::Crf { lr, l2 } => self.crf_epoch(&order, lr, l2),
            Learner::BatchCrf(cfg) => self.batch_crf_epoch(cfg),
        }
    }

    fn emissions(&self, feats: &Features, em: &mut Vec<[f32; N_TAGS]>) {
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
    }

    /// `iters_per_epoch` L-BFGS iterations of the batch CRF; the current parameters become the
    /// trainer's weights (no averaging: `u` stays zero).
    fn batch_crf_epoch(&mut self, cfg: crate::lbfgs::LbfgsConfig) -> EpochStats {
        let n = self.w.len();
        let opt = self.lbfgs.get_or_insert_with(|| Box::new(crate::lbfgs::Lbfgs::new(cfg, n)));
        let f = opt.run(&self.data);
        let (w, trans, start) = opt.params();
        self.w = w;
        self.trans = trans;
        self.start = start;
        self.epochs += 1;
        EpochStats {
            sentences: self.data.len(),
            tokens: self.data.iter().map(|d| d.1.len()).sum(),
            token_errors: 0,
            objective: Some(f),
        }
    }

    /// One AdaGrad pass of the CRF log-likelihood, one sentence per step.
    fn crf_epoch(&mut self, order: &[usize], lr: f32, l2: f32) -> EpochStats {
        const EPS: f32 = 1e-6;
        let mut stats = EpochStats::default();
        let mut em: Vec<[f32; N_TAGS]> = Vec::new();
        let mut node: Vec<[f32; N_TAGS]> = Vec::new();
        let mut edge = [[0f32; N_TAGS]; N_TAGS];
        let mut start_g = [0f32; N_TAGS];
        let data = std::mem::take(&mut self.data);
        for &k in order {
            let (feats, gold) = &data[k];
            self.emissions(feats, &mut em);
            let pred = viterbi(&em, &self.trans, &self.start);
            stats.sentences += 1;
            stats.tokens += gold.len();
            stats.token_errors += pred.iter().zip(gold).filter(|(a, b)| a != b).count();
            marginals(&em, &self.trans, &self.start, &mut node, &mut edge, &mut start_g);
            // Gradient of the negative log-likelihood: expected − observed counts.
            for (i, &g) in gold.iter().enumerate() {
                node[i][usize::from(g)] -= 1.0;
                if i == 0 {
                    start_g[usize::from(g)] -= 1.0;
                } else {
                    edge[usize::from(gold[i - 1])][usize::from(g)] -= 1.0;
                }
            }
            let c = self.c;
            for (i, grad) in node.iter().enumerate() {
                for &f in feats.of(i) {
                    let base = f as usize * N_TAGS;
                    for t in 0..N_TAGS {
                        let g = grad[t] + l2 * self.w[base + t];
                        if g == 0.0 {
                            continue;
                        }
                        self.g2[base + t] += g * g;
                        let d = lr * g / (self.g2[base + t] + EPS).sqrt();
                        self.w[base + t] -= d;
                        self.u[base + t] -= c * d;
                    }
                }
            }
            for a in 0..N_TAGS {
                for b in 0..N_TAGS {
                    let g = edge[a][b];
                    if g != 0.0 {
                        self.trans_g2[a][b] += g * g;
                        let d = lr * g / (self.trans_g2[a][b] + EPS).sqrt();
                        self.trans[a][b] -= d;
                        self.trans_u[a][b] -= c * d;
                    }
                }
                let g = start_g[a];
                if g != 0.0 {
                    self.start_g2[a] += g * g;
                    let d = lr * g / (self.start_g2[a] + EPS).sqrt();
                    self.start[a] -= d;
                    self.start_u[a] -= c * d;
                }
            }
            self.c += 1.0;
        }
        self.data = data;
        self.epochs += 1;
        stats
    }

    /// One pass with perceptron updates.
    fn perceptron_epoch(&mut self, order: &[usize]) -> EpochStats {
        let mut stats = EpochStats::default();
        let mut em: Vec<[f32; N_TAGS]> = Vec::new();
        let data = std::mem::take(&mut self.data);
        for &k in order {
            let (feats, gold) = &data[k];
            self.emissions(feats, &mut em);
            if let Some(p) = self.prior.get(k) {
                for (e, q) in em.iter_mut().zip(p) {
                    for t in 0..N_TAGS {
                        e[t] += q[t];
                    }
                }
            }
            let pred = if self.trans2.is_empty() { viterbi(&em, &self.trans, &self.start) } else { viterbi2(&em, &self.trans, &self.trans2, &self.start) };
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
                    if i >= 2 && !self.trans2.is_empty() {
                        let g3 = tri(usize::from(gold[i - 2]), usize::from(gold[i - 1]), g);
                        let p3 = tri(usize::from(pred[i - 2]), usize::from(pred[i - 1]), p);
                        if g3 != p3 {
                            self.trans2[g3] += 1.0;
                            self.trans2_u[g3] += c;
                            self.trans2[p3] -= 1.0;
                            self.trans2_u[p3] -= c;
                        }
                    }
                }
            }
            self.c += 1.0;
        }
        self.data = data;
        self.epochs += 1;
        stats
    }

    /// The averaged weights as a quantized model.
    pub fn model(&self) -> Model {
        self.model_with_bias(0.0)
    }

    /// The averaged weights as a quantized model whose decoder favours entity tags: every O
    /// costs `o_bias` (folded into the transition and start scores, so the format is unchanged).
    /// F1 peaks near precision ≈ recall, and the learners under-predict entities.
    pub fn model_with_bias(&self, o_bias: f32) -> Model {
        Trainer::bagged(std::slice::from_ref(self), o_bias)
    }

    /// The mean of several trainers' averaged weights (same data and settings, different
    /// shuffle seeds: bagging over example orders) as one quantized model, so tagging cost and
    /// format are those of a single model. `trainers[0]` gives the settings and lexicon.
    pub fn bagged(trainers: &[Trainer], o_bias: f32) -> Model {
        let Some(first) = trainers.first() else {
            return Model::from_float(19, &vec![0.0; N_TAGS << 19], [[0.0; N_TAGS]; N_TAGS], [0.0; N_TAGS], Lexicon::new());
        };
        let k = trainers.len() as f32;
        let mut w = vec![0f32; first.w.len()];
        let mut trans = [[0f32; N_TAGS]; N_TAGS];
        let mut start = [0f32; N_TAGS];
        for t in trainers {
            let (tw, ttrans, tstart) = t.averaged();
            for (a, b) in w.iter_mut().zip(&tw) {
                *a += b / k;
            }
            for (ra, rb) in trans.iter_mut().zip(&ttrans) {
                for (a, b) in ra.iter_mut().zip(rb) {
                    *a += b / k;
                }
            }
            for (a, b) in start.iter_mut().zip(&tstart) {
                *a += b / k;
            }
        }
        for row in &mut trans {
            row[0] -= o_bias;
        }
        start[0] -= o_bias;
        let mut model = Model::from_float(first.cfg.bits, &w, trans, start, first.lex.clone());
        if !first.trans2.is_empty() {
            let mut t2 = vec![0f32; N_TRANS2];
            for t in trainers {
                let c = t.c;
                for (a, (x, u)) in t2.iter_mut().zip(t.trans2.iter().zip(&t.trans2_u)) {
                    *a += (x - u / c) / k;
                }
            }
            model.trans2 = Some(t2);
        }
        model
    }

    /// Averaged float parameters (weights, transitions, start scores).
    #[allow(clippy::type_complexity)]
    fn averaged(&self) -> (Vec<f32>, [[f32; N_TAGS]; N_TAGS], [f32; N_TAGS]) {
        let c = self.c;
        let mut w: Vec<f32> = self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect();
        if self.cfg.adaptation == Adaptation::FeatureAugmentation {
            // Target-domain scoring: shared weight + the target copy's weight, in one bucket.
            let mask = (1u64 << self.cfg.bits) - 1;
            let avg = w.clone();
            for (b, row) in w.chunks_exact_mut(N_TAGS).enumerate() {
                let d = domain_copy(b as u32, 0, mask) as usize * N_TAGS;
                for (t, x) in row.iter_mut().enumerate() {
                    *x += avg[d + t];
                }
            }
        }
        let trans: [[f32; N_TAGS]; N_TAGS] = std::array::from_fn(|a| std::array::from_fn(|b| self.trans[a][b] - self.trans_u[a][b] / c));
        let start: [f32; N_TAGS] = std::array::from_fn(|t| self.start[t] - self.start_u[t] / c);
        (w, trans, start)
    }
}

fn log_sum_exp(xs: &[f32; N_TAGS]) -> f32 {
    let m = xs.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    if m == f32::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|&x| (x - m).exp()).sum::<f32>().ln()
}

/// Forward-backward over the constrained tag lattice: per-token tag marginals (`node`), summed
/// transition marginals (`edge`) and first-tag marginals (`start_m`).
fn marginals(
    em: &[[f32; N_TAGS]],
    trans: &[[f32; N_TAGS]; N_TAGS],
    start: &[f32; N_TAGS],
    node: &mut Vec<[f32; N_TAGS]>,
    edge: &mut [[f32; N_TAGS]; N_TAGS],
    start_m: &mut [f32; N_TAGS],
) {
    let n = em.len();
    node.clear();
    *edge = [[0.0; N_TAGS]; N_TAGS];
    *start_m = [0.0; N_TAGS];
    if n == 0 {
        return;
    }
    let t_ok: [[f32; N_TAGS]; N_TAGS] = std::array::from_fn(|a| std::array::from_fn(|b| if allowed(Some(a), b) { trans[a][b] } else { f32::NEG_INFINITY }));
    let mut alpha = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    for t in 0..N_TAGS {
        if allowed(None, t) {
            alpha[0][t] = start[t] + em[0][t];
        }
    }
    for i in 1..n {
        for cur in 0..N_TAGS {
            let xs: [f32; N_TAGS] = std::array::from_fn(|p| alpha[i - 1][p] + t_ok[p][cur]);
            alpha[i][cur] = log_sum_exp(&xs) + em[i][cur];
        }
    }
    let mut beta = vec![[0f32; N_TAGS]; n];
    for i in (0..n - 1).rev() {
        for p in 0..N_TAGS {
            let xs: [f32; N_TAGS] = std::array::from_fn(|c| t_ok[p][c] + em[i + 1][c] + beta[i + 1][c]);
            beta[i][p] = log_sum_exp(&xs);
        }
    }
    let log_z = log_sum_exp(&alpha[n - 1]);
    for i in 0..n {
        node.push(std::array::from_fn(|t| (alpha[i][t] + beta[i][t] - log_z).exp()));
    }
    *start_m = node[0];
    for i in 1..n {
        for p in 0..N_TAGS {
            if alpha[i - 1][p] == f32::NEG_INFINITY {
                continue;
            }
            for c in 0..N_TAGS {
                let v = alpha[i - 1][p] + t_ok[p][c] + em[i][c] + beta[i][c] - log_z;
                if v > -30.0 {
                    edge[p][c] += v.exp();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityType;

    fn sentence(words: &[&str], tags: &[Bio], domain: u8) -> Sentence {
        Sentence { domain, ..align(words, tags) }
    }

    /// Bagging over shuffle seeds: one trainer gives the plain model, identical trainers give
    /// it too (the mean of equal weights), and trainers with other seeds give the mean of
    /// their averaged weights.
    #[test]
    fn bagged_model_is_the_mean_of_the_trainers() {
        use Bio::{B, O};
        let (per, loc) = (EntityType::Person, EntityType::Location);
        // زار سامي دمشق zāra sāmī dimashq "Sami visited Damascus"; زار محمد القاهرة zāra
        // muḥammad al-qāhira "Muhammad visited Cairo"; قال سامي في بيروت qāla sāmī fī bayrūt
        // "Sami said in Beirut".
        let data = vec![
            sentence(&["زار", "سامي", "دمشق"], &[O, B(per), B(loc)], 0),
            sentence(&["زار", "محمد", "القاهرة"], &[O, B(per), B(loc)], 0),
            sentence(&["قال", "سامي", "في", "بيروت"], &[O, B(per), O, B(loc)], 0),
        ];
        let train = |seed: u64| {
            let cfg = TrainConfig { bits: 12, seed, ..TrainConfig::default() };
            let mut tr = Trainer::new(cfg, Lexicon::new(), &data);
            for _ in 0..3 {
                tr.epoch();
            }
            tr
        };
        let (a, a2, b) = (train(3), train(3), train(4));
        let single = a.model_with_bias(0.5).to_bytes();
        assert_eq!(Trainer::bagged(std::slice::from_ref(&a), 0.5).to_bytes(), single);
        let same = [a, a2];
        assert_eq!(Trainer::bagged(&same, 0.5).to_bytes(), single);
        let [a, _] = same;
        let (wa, ta, _) = a.averaged();
        let (wb, tb, _) = b.averaged();
        let both = [a, b];
        let m = Trainer::bagged(&both, 0.0);
        for (i, (x, y)) in wa.iter().zip(&wb).enumerate() {
            let got = f32::from(m.weights[i]) * m.scale;
            assert!((got - (x + y) / 2.0).abs() <= m.scale, "weight {i}: {got} vs mean of {x} and {y}");
        }
        assert!((m.trans[1][2] - (ta[1][2] + tb[1][2]) / 2.0).abs() < 1e-5);
    }

    /// Feature augmentation keeps the shared weights plus the target copy folded into one
    /// table: the shipped model must score a target-domain sentence exactly as the trainer's
    /// augmented (shared + target copy) features do, up to i16 quantization.
    #[test]
    fn augmented_model_folds_target_copy_into_shared_weights() {
        use Bio::{B, I, O};
        let (per, loc) = (EntityType::Person, EntityType::Location);
        // قال محمد علي في القاهرة qāla muḥammad ʿalī fī al-qāhira "Muhammad Ali said in Cairo";
        // زار سامي دمشق zāra sāmī dimashq "Sami visited Damascus".
        let data = vec![
            sentence(&["قال", "محمد", "علي", "في", "القاهرة"], &[O, B(per), I(per), O, B(loc)], 0),
            sentence(&["زار", "سامي", "دمشق"], &[O, B(per), B(loc)], 1),
            sentence(&["زار", "محمد", "القاهرة"], &[O, B(per), B(loc)], 1),
        ];
        let cfg = TrainConfig { bits: 12, seed: 3, learner: Learner::Perceptron, adaptation: Adaptation::FeatureAugmentation, second_order: false };
        let mut tr = Trainer::new(cfg, Lexicon::new(), &data);
        for _ in 0..3 {
            tr.epoch();
        }
        let model = tr.model();
        let c = tr.c;
        let avg: Vec<f32> = tr.w.iter().zip(&tr.u).map(|(w, u)| w - u / c).collect();
        // The trainer's augmented features of the target sentence (shared ids, then copies).
        let (feats, _) = &tr.data[0];
        let mut f = Features::default();
        extract(&data[0].text, &data[0].tokens, &Lexicon::new(), 12, &mut f);
        let mut nonzero = 0;
        for i in 0..f.len() {
            assert_eq!(feats.of(i).len(), 2 * f.of(i).len(), "token {i}: shared + target copy");
            for t in 0..N_TAGS {
                let want: f32 = feats.of(i).iter().map(|&x| avg[x as usize * N_TAGS + t]).sum();
                let got: f32 = f.of(i).iter().map(|&x| f32::from(model.weights[x as usize * N_TAGS + t]) * model.scale).sum();
                assert!((want - got).abs() <= model.scale * f.of(i).len() as f32, "token {i} tag {t}: {want} vs {got}");
                nonzero += usize::from(want != 0.0);
            }
        }
        assert!(nonzero > 0, "the model learned something");
        // A source-domain sentence gets its own copies, not the target's.
        let (src, _) = &tr.data[1];
        let mut g = Features::default();
        extract(&data[1].text, &data[1].tokens, &Lexicon::new(), 12, &mut g);
        let mask = (1u64 << 12) - 1;
        assert_eq!(src.of(0)[g.of(0).len()], domain_copy(g.of(0)[0], 1, mask));
        assert_ne!(domain_copy(g.of(0)[0], 1, mask), domain_copy(g.of(0)[0], 0, mask));
    }

    /// Session 36: a second-order model learns its tag-trigram table, serializes as format
    /// version 7, round-trips, and tags with the tag-pair Viterbi; bagging averages the table;
    /// first-order models keep their format.
    #[test]
    fn second_order_model_round_trips_and_tags() {
        use Bio::{B, I, O};
        let (per, loc) = (EntityType::Person, EntityType::Location);
        // قال محمد علي في القاهرة qāla muḥammad ʿalī fī al-qāhira "Muhammad Ali said in Cairo";
        // زار سامي دمشق zāra sāmī dimashq "Sami visited Damascus".
        let data = vec![
            sentence(&["قال", "محمد", "علي", "في", "القاهرة"], &[O, B(per), I(per), O, B(loc)], 0),
            sentence(&["زار", "سامي", "دمشق"], &[O, B(per), B(loc)], 0),
        ];
        let train = |seed: u64, second_order: bool| {
            let cfg = TrainConfig { bits: 12, seed, second_order, ..TrainConfig::default() };
            let mut tr = Trainer::new(cfg, Lexicon::new(), &data);
            for _ in 0..4 {
                tr.epoch();
            }
            tr
        };
        let first = train(3, false).model_with_bias(0.5);
        assert!(!first.is_second_order());
        assert_eq!(u32::from_le_bytes(first.to_bytes()[8..12].try_into().unwrap()), 1);
        let (a, b) = (train(3, true), train(4, true));
        let model = a.model_with_bias(0.5);
        let t2 = model.trans2.as_ref().expect("second-order table");
        assert_eq!(t2.len(), N_TRANS2);
        assert!(t2.iter().any(|&x| x != 0.0), "the table learned something");
        let bytes = model.to_bytes();
        assert_eq!(u32::from_le_bytes(bytes[8..12].try_into().unwrap()), 7, "format version 7");
        let back = Model::from_bytes(&bytes).expect("second-order model loads");
        assert_eq!(back.to_bytes(), bytes);
        assert!(back.is_second_order());
        for cut in [1, 100, 9 * 9 * 9 * 4] {
            assert!(Model::from_bytes(&bytes[..bytes.len() - cut]).is_err());
        }
        for s in &data {
            let mut f = Features::default();
            extract(&s.text, &s.tokens, &Lexicon::new(), 12, &mut f);
            let em = crate::decode::tests_emissions(&back, &f);
            let want = viterbi2(&em, &back.trans, back.trans2.as_deref().unwrap(), &back.start);
            assert_eq!(crate::decode::tag(&back, &f), want);
            let gold: Vec<u8> = s.tags.iter().map(|t| t.index().unwrap_or(0)).collect();
            assert_eq!(want, gold, "fits the training sentences");
        }
        let bag = [a, b];
        let m = Trainer::bagged(&bag, 0.0);
        let mean = |t: &Trainer, j: usize| t.trans2[j] - t.trans2_u[j] / t.c;
        for j in [tri(0, 1, 2), tri(1, 2, 0), tri(0, 0, 1)] {
            let want = (mean(&bag[0], j) + mean(&bag[1], j)) / 2.0;
            assert!((m.trans2.as_ref().unwrap()[j] - want).abs() < 1e-5);
        }
    }

    /// A two-stage model: the second stage sees the first stage's tags, serializes as format
    /// version 2, round-trips, decodes with both stages, and its truncations are errors.
    #[test]
    fn stacked_model_round_trips_and_tags() {
        use Bio::{B, I, O};
        let (per, loc) = (EntityType::Person, EntityType::Location);
        // قال محمد علي في القاهرة ثم قال علي qāla muḥammad ʿalī fī al-qāhira thumma qāla ʿalī
        // "Muhammad Ali said in Cairo, then Ali said"; زار سامي دمشق zāra sāmī dimashq "Sami visited Damascus".
        let data = vec![
            sentence(&["قال", "محمد", "علي", "في", "القاهرة", "ثم", "قال", "علي"], &[O, B(per), I(per), O, B(loc), O, O, B(per)], 0),
            sentence(&["زار", "سامي", "دمشق"], &[O, B(per), B(loc)], 0),
        ];
        let cfg = TrainConfig { bits: 12, seed: 3, ..TrainConfig::default() };
        let mut first = Trainer::new(cfg.clone(), Lexicon::new(), &data);
        for _ in 0..4 {
            first.epoch();
        }
        let first = first.model();
        let stage1: Vec<Vec<u8>> = data.iter().map(|s| crate::tag_tokens(&s.text, &s.tokens, &first).iter().map(|t| t.index().unwrap_or(0)).collect()).collect();
        let mut second = Trainer::new_stacked(cfg, Lexicon::new(), &data, &stage1);
        // Stacked features come on top of the token's own.
        let mut plain = Features::default();
        extract(&data[0].text, &data[0].tokens, &Lexicon::new(), 12, &mut plain);
        assert!(second.data[0].0.of(0).len() > plain.of(0).len());
        let errors: Vec<usize> = (0..6).map(|_| second.epoch().token_errors).collect();
        assert!(errors[5] < errors[0], "the second stage learns: {errors:?}");
        let model = first.clone().with_stage2(second.model());
        assert!(model.is_stacked() && !model.first_stage().is_stacked());
        let bytes = model.to_bytes();
        assert_eq!(u32::from_le_bytes(bytes[8..12].try_into().unwrap()), 2, "format version 2");
        let back = Model::from_bytes(&bytes).expect("stacked model loads");
        assert_eq!(back.to_bytes(), bytes);
        // Decoding runs the first stage, then the second over the stacked features.
        for s in &data {
            let mut f = Features::default();
            extract(&s.text, &s.tokens, &Lexicon::new(), 12, &mut f);
            let t1 = crate::decode::tag(&first, &f);
            let stacked = crate::features::add_stacked(&f, &t1, 12);
            let l = back.stage2.as_ref().expect("second stage");
            let mut em = vec![[0f32; N_TAGS]; stacked.len()];
            for (i, e) in em.iter_mut().enumerate() {
                for (t, v) in e.iter_mut().enumerate() {
                    let acc: i32 = stacked.of(i).iter().map(|&x| i32::from(l.weights[x as usize * N_TAGS + t])).sum();
                    *v = acc as f32 * l.scale;
                }
            }
            let want = viterbi(&em, &l.trans, &l.start);
            assert_eq!(crate::decode::tag(&back, &f), want);
            assert_eq!(crate::decode::tag(&model, &f), want);
        }
        // A first-stage-only model keeps format version 1.
        assert_eq!(u32::from_le_bytes(first.to_bytes()[8..12].try_into().unwrap()), 1);
        for cut in [1, 100, bytes.len() / 4] {
            assert!(Model::from_bytes(&bytes[..bytes.len() - cut]).is_err());
        }
    }
}
