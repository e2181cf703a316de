//! A window network over dense word vectors (Collobert et al. 2011, "Natural language
//! processing (almost) from scratch", window approach): the inputs of the tokens at positions
//! i−2..=i+2 (PCA-reduced PPMI word vectors from the ANT corpus, plus a few flags) feed one
//! hard-tanh hidden layer and a softmax over the BIO tags. It is trained on its own with
//! token-level cross-entropy by SGD; at decoding its log-probabilities, times
//! [`Net::weight`], are added to the perceptron's emission scores before the constrained
//! Viterbi (a product of experts). The perceptron sees words by identity and hashed
//! templates; the network generalises to rare words through their vectors.

use crate::features::Features;
use crate::key::mix;
use crate::{EMB_DIM, N_TAGS};

/// Tokens in the window: i−2..=i+2.
pub const WINDOW: usize = 5;
/// Gazetteer categories that become inputs (the feature categories, see `features`).
pub(crate) const N_GAZ_INPUTS: usize = 9;
/// Inputs per token: the word vector, then flags (vector known, has proclitic, not Arabic),
/// then one flag per gazetteer category the token is in.
pub const DIN: usize = EMB_DIM + 3 + N_GAZ_INPUTS;
pub(crate) const FLAG_KNOWN: usize = EMB_DIM;
pub(crate) const FLAG_PROCLITIC: usize = EMB_DIM + 1;
pub(crate) const FLAG_NON_ARABIC: usize = EMB_DIM + 2;
pub(crate) const GAZ_INPUT: usize = EMB_DIM + 3;

/// The network's weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Net {
    pub(crate) hidden: usize,
    /// `[position][input][hidden]`.
    pub(crate) w1: Vec<f32>,
    pub(crate) b1: Vec<f32>,
    /// `[hidden][tag]`.
    pub(crate) w2: Vec<f32>,
    pub(crate) b2: [f32; N_TAGS],
    /// Weight of the log-probabilities next to the perceptron's scores.
    pub(crate) weight: f32,
}

/// Settings of [`train_net`].
#[derive(Clone, Debug)]
pub struct NetConfig {
    pub hidden: usize,
    pub epochs: usize,
    /// SGD step size (decays linearly to a tenth over the epochs).
    pub lr: f32,
    pub seed: u64,
}

impl NetConfig {
    /// The settings tuned in 5-fold CV (docs/ner.md).
    pub fn standard() -> NetConfig {
        NetConfig { hidden: 32, epochs: 8, lr: 0.02, seed: 7 }
    }
}

impl Net {
    pub fn hidden(&self) -> usize {
        self.hidden
    }
    pub fn weight(&self) -> f32 {
        self.weight
    }
    /// The same network with another decoding weight.
    pub fn with_weight(mut self, weight: f32) -> Net {
        self.weight = weight;
        self
    }

    /// Pre-activations of the hidden layer for token `i` of `x` (`n × DIN` inputs).
    #[inline]
    fn pre(&self, x: &[f32], n: usize, i: usize, z: &mut [f32]) {
        let h = self.hidden;
        z.copy_from_slice(&self.b1);
        for p in 0..WINDOW {
            let j = i + p;
            if j < 2 || j - 2 >= n {
                continue;
            }
            let xj = &x[(j - 2) * DIN..(j - 1) * DIN];
            let base = p * DIN * h;
            for (d, &v) in xj.iter().enumerate() {
                if v == 0.0 {
                    continue;
                }
                let row = &self.w1[base + d * h..base + d * h + h];
                for (zz, &w) in z.iter_mut().zip(row) {
                    *zz += v * w;
                }
            }
        }
    }

    /// Output scores (before softmax) from hidden activations.
    #[inline]
    fn out(&self, a: &[f32]) -> [f32; N_TAGS] {
        let mut o = self.b2;
        for (hh, &av) in a.iter().enumerate() {
            if av == 0.0 {
                continue;
            }
            let row = &self.w2[hh * N_TAGS..hh * N_TAGS + N_TAGS];
            for t in 0..N_TAGS {
                o[t] += av * row[t];
            }
        }
        o
    }

    /// Add `weight × log p(tag | window)` to every token's emission scores.
    pub(crate) fn add_scores(&self, feats: &Features, em: &mut [[f32; N_TAGS]]) {
        let n = feats.len();
        if feats.dense.len() != n * DIN {
            return; // the lexicon has no word vectors
        }
        let mut z = vec![0f32; self.hidden];
        for (i, e) in em.iter_mut().enumerate().take(n) {
            self.pre(&feats.dense, n, i, &mut z);
            z.iter_mut().for_each(|v| *v = v.clamp(-1.0, 1.0));
            let o = log_softmax(self.out(&z));
            for t in 0..N_TAGS {
                e[t] += self.weight * o[t];
            }
        }
    }

    /// Log-probabilities per token.
    #[cfg(test)]
    pub(crate) fn log_probs(&self, feats: &Features) -> Vec<[f32; N_TAGS]> {
        let mut em = vec![[0f32; N_TAGS]; feats.len()];
        self.clone().with_weight(1.0).add_scores(feats, &mut em);
        em
    }
}

fn log_softmax(o: [f32; N_TAGS]) -> [f32; N_TAGS] {
    let m = o.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let lse = m + o.iter().map(|&x| (x - m).exp()).sum::<f32>().ln();
    std::array::from_fn(|t| o[t] - lse)
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in [−1, 1).
    fn unit(&mut self) -> f32 {
        ((self.next() >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}

/// Train a window network on training sentences (features extracted here with `lex`, which
/// must hold word vectors).
pub fn train_sentences(cfg: &NetConfig, lex: &crate::Lexicon, sentences: &[crate::train::Sentence]) -> Net {
    let prepared: Vec<(Features, Vec<u8>)> = sentences
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .map(|s| {
            let mut f = Features::default();
            crate::features::extract(&s.text, &s.tokens, lex, 1, &mut f);
            (f, s.tags.iter().map(|t| t.index().unwrap_or(0)).collect())
        })
        .collect();
    let data: Vec<(&Features, &[u8])> = prepared.iter().map(|(f, t)| (f, t.as_slice())).collect();
    train_net(cfg, &data)
}

/// Train a window network on prepared sentences: `data[k]` is a token sequence's features
/// (with dense inputs) and its gold tag indices. Token-level cross-entropy, plain SGD, one
/// shuffled pass over the sentences per epoch. Deterministic given `cfg.seed`.
pub fn train_net(cfg: &NetConfig, data: &[(&Features, &[u8])]) -> Net {
    let h = cfg.hidden.max(1);
    let mut rng = Rng(cfg.seed ^ 0x4E45_5432);
    let r1 = (6.0 / (WINDOW * DIN + h) as f32).sqrt();
    let r2 = (6.0 / (h + N_TAGS) as f32).sqrt();
    let mut net = Net {
        hidden: h,
        w1: (0..WINDOW * DIN * h).map(|_| rng.unit() * r1).collect(),
        b1: vec![0.0; h],
        w2: (0..h * N_TAGS).map(|_| rng.unit() * r2).collect(),
        b2: [0.0; N_TAGS],
        weight: 1.0,
    };
    let mut order: Vec<usize> = (0..data.len()).filter(|&k| data[k].0.dense.len() == data[k].0.len() * DIN).collect();
    let mut z = vec![0f32; h];
    let mut a = vec![0f32; h];
    let mut da = vec![0f32; h];
    let total_steps = (cfg.epochs * order.len()).max(1) as f32;
    let mut step = 0f32;
    for _ in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let (feats, gold) = data[k];
            let n = feats.len();
            let lr = cfg.lr * (1.0 - 0.9 * step / total_steps);
            step += 1.0;
            for (i, &g) in gold.iter().enumerate().take(n) {
                net.pre(&feats.dense, n, i, &mut z);
                for (av, &zv) in a.iter_mut().zip(&z) {
                    *av = zv.clamp(-1.0, 1.0);
                }
                let lp = log_softmax(net.out(&a));
                // d loss / d out = p − onehot(gold).
                let go: [f32; N_TAGS] = std::array::from_fn(|t| lp[t].exp() - f32::from(u8::from(t == usize::from(g))));
                for hh in 0..h {
                    let row = &mut net.w2[hh * N_TAGS..hh * N_TAGS + N_TAGS];
                    let mut s = 0f32;
                    for t in 0..N_TAGS {
                        s += row[t] * go[t];
                        row[t] -= lr * a[hh] * go[t];
                    }
                    // Hard tanh passes gradient only inside (−1, 1).
                    da[hh] = if z[hh] > -1.0 && z[hh] < 1.0 { s } else { 0.0 };
                }
                for t in 0..N_TAGS {
                    net.b2[t] -= lr * go[t];
                }
                for p in 0..WINDOW {
                    let j = i + p;
                    if j < 2 || j - 2 >= n {
                        continue;
                    }
                    let xj = &feats.dense[(j - 2) * DIN..(j - 1) * DIN];
                    let base = p * DIN * h;
                    for (d, &v) in xj.iter().enumerate() {
                        if v == 0.0 {
                            continue;
                        }
                        let row = &mut net.w1[base + d * h..base + d * h + h];
                        for (w, &dd) in row.iter_mut().zip(&da) {
                            *w -= lr * v * dd;
                        }
                    }
                }
                for (b, &dd) in net.b1.iter_mut().zip(&da) {
                    *b -= lr * dd;
                }
            }
        }
    }
    net
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::{align, Sentence, TrainConfig, Trainer};
    use crate::{Bio, EntityType, Lexicon, Model};

    /// A lexicon whose word vectors put person names in one direction and places in another.
    fn lexicon() -> Lexicon {
        // سامي sāmī, كريم karīm, هالة hāla (names); دمشق dimashq "Damascus", بيروت bayrūt
        // "Beirut", عمان ʿammān "Amman" (places); زار zāra "visited", قال qāla "said".
        let words = ["سامي", "كريم", "هالة", "دمشق", "بيروت", "عمان", "زار", "قال"];
        let mut vecs = vec![0f32; words.len() * crate::EMB_DIM];
        for (i, v) in vecs.chunks_exact_mut(crate::EMB_DIM).enumerate() {
            v[if i < 3 { 0 } else if i < 6 { 1 } else { 2 }] = 2.0;
            v[3 + i] = 0.5;
        }
        let mut lex = Lexicon::new();
        lex.set_embeddings(&words, &vecs);
        lex
    }

    fn data() -> Vec<Sentence> {
        use Bio::{B, O};
        let (per, loc) = (EntityType::Person, EntityType::Location);
        vec![
            align(&["زار", "سامي", "دمشق"], &[O, B(per), B(loc)]),
            align(&["قال", "كريم"], &[O, B(per)]),
            align(&["زار", "كريم", "بيروت"], &[O, B(per), B(loc)]),
        ]
    }

    /// The network learns from word vectors alone: a name and a place it never saw in training
    /// (هالة, عمان), whose vectors resemble seen ones, get the right types.
    #[test]
    fn window_network_generalises_through_word_vectors() {
        let lex = lexicon();
        let cfg = NetConfig { hidden: 8, epochs: 60, lr: 0.1, seed: 1 };
        let net = train_sentences(&cfg, &lex, &data());
        let s = align(&["زار", "هالة", "عمان"], &[Bio::O; 3]);
        let mut f = Features::default();
        crate::features::extract(&s.text, &s.tokens, &lex, 10, &mut f);
        let lp = net.log_probs(&f);
        let best = |i: usize| (0..N_TAGS).max_by(|&a, &b| lp[i][a].total_cmp(&lp[i][b])).map(|t| Bio::from_index(t as u8));
        assert_eq!(best(0), Some(Bio::O));
        assert_eq!(best(1), Some(Bio::B(EntityType::Person)));
        assert_eq!(best(2), Some(Bio::B(EntityType::Location)));
        // Deterministic given the seed.
        assert_eq!(train_sentences(&cfg, &lex, &data()), net);
    }

    /// A model with a network serializes as format version 3, round-trips (vectors and
    /// weights), tags like the in-memory model, and its truncations are errors.
    #[test]
    fn model_with_network_round_trips() {
        let lex = lexicon();
        let mut tr = Trainer::new(TrainConfig { bits: 10, ..TrainConfig::default() }, lex.clone(), &data());
        for _ in 0..3 {
            tr.epoch();
        }
        let net = train_sentences(&NetConfig { hidden: 4, epochs: 5, lr: 0.05, seed: 2 }, &lex, &data()).with_weight(2.0);
        let model = tr.model().with_net(net.clone());
        let bytes = model.to_bytes();
        assert_eq!(u32::from_le_bytes(bytes[8..12].try_into().unwrap()), 3, "format version 3");
        let back = Model::from_bytes(&bytes).expect("model with network loads");
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.net(), Some(&net));
        assert_eq!(back.lexicon().n_embeddings(), 8);
        for s in data() {
            assert_eq!(crate::tag_tokens(&s.text, &s.tokens, &back), crate::tag_tokens(&s.text, &s.tokens, &model));
        }
        for cut in [1, 9, 100, bytes.len() / 3] {
            assert!(Model::from_bytes(&bytes[..bytes.len() - cut]).is_err());
        }
    }
}
