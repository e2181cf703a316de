//! A context-only view of a token (co-training, Collins & Singer 1999): a multiclass logistic
//! regression over hashed features of the token's *context* only — the keys and stems of the
//! words at −2, −1, +1, +2, the pair (−1, +1), the token's own proclitic, and the neighbours'
//! word clusters — never the token's own word. Trained (in `xtask`) on tokens of unlabelled
//! news tagged by a tagger, it tells the main tagger what kind of slot a word sits in, learned
//! from far more contexts than the labelled corpus has.
//!
//! Labels are entity types: 0 = O, 1..=4 = PER, ORG, LOC, MISC. Deterministic training: fixed
//! example order, plain SGD.

use crate::key::{hash_str, mix, split_proclitic};
use crate::model::Lexicon;
use crate::{CLUSTER_BITS, CLUSTER_LEVELS};

/// Number of labels (O, PER, ORG, LOC, MISC).
pub const N_TYPES: usize = 5;

/// A trained context classifier: `2^bits` hashed feature rows of `N_TYPES` weights.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextModel {
    pub(crate) bits: u32,
    pub(crate) w: Vec<f32>,
}

const PAD: u64 = 0x5EED_C0DE_0000_0000;

fn cluster(lex: &Lexicon, key: &str) -> u64 {
    lex.clusters.get(&hash_str(key)).map_or(0xFFFF_FFFF, |&p| u64::from(p))
}

fn clevel(c: u64, level: u32) -> u64 {
    if c == 0xFFFF_FFFF { c } else { (c >> (CLUSTER_BITS * (CLUSTER_LEVELS - level))) | (u64::from(level) << 20) }
}

/// Number of feature ids [`context_features`] produces per token.
pub const N_FEATURES: usize = 19;

/// Hashed context features of token `i` of `keys` (never its own word), masked to `bits`:
/// exactly [`N_FEATURES`] ids in `out` (cleared first).
pub fn context_features(keys: &[String], i: usize, lex: &Lexicon, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let mask = (1u64 << bits) - 1;
    let n = keys.len();
    let at = |o: isize| -> (u64, u64, u64) {
        match i.checked_add_signed(o).filter(|&j| j < n) {
            Some(j) => {
                let k = &keys[j];
                let (_, stem) = split_proclitic(k);
                (hash_str(k), hash_str(stem), cluster(lex, k))
            }
            None => {
                let v = PAD | (o + 8) as u64;
                (v, v, v)
            }
        }
    };
    let mut push = |t: u64, a: u64| out.push((mix(a ^ t.wrapping_mul(0x9E37_79B9_7F4A_7C15)) & mask) as u32);
    let (m2, m1, p1, p2) = (at(-2), at(-1), at(1), at(2));
    push(0, 0);
    push(1, m1.0);
    push(2, p1.0);
    push(3, m1.1);
    push(4, p1.1);
    push(5, m2.1);
    push(6, p2.1);
    push(7, mix(m1.0 ^ p1.0.rotate_left(23)));
    push(8, mix(m2.1 ^ m1.1.rotate_left(17)));
    push(9, mix(p1.1 ^ p2.1.rotate_left(29)));
    push(10, hash_str(split_proclitic(&keys[i]).0));
    push(11, clevel(m1.2, 3));
    push(12, clevel(m1.2, 4));
    push(13, clevel(p1.2, 3));
    push(14, clevel(p1.2, 4));
    push(15, clevel(m2.2, 3));
    push(16, clevel(p2.2, 3));
    push(17, mix(clevel(m1.2, 3) ^ clevel(p1.2, 3).rotate_left(11)));
    push(18, mix(hash_str(split_proclitic(&keys[i]).0) ^ m1.1.rotate_left(7)));
}

impl ContextModel {
    /// Train on examples given as `N_FEATURES` feature ids each (from [`context_features`]
    /// with the same `bits`) in `feats`, and a label 0..N_TYPES each in `labels`, by `epochs`
    /// passes of SGD on the multiclass log loss, step `lr / (1 + t/n)`.
    pub fn train(bits: u32, feats: &[u32], labels: &[u8], epochs: usize, lr: f32) -> ContextModel {
        let mut w = vec![0.0f32; (1usize << bits) * N_TYPES];
        let n = labels.len().max(1) as f32;
        let mut t = 0f32;
        for _ in 0..epochs {
            for (f, y) in feats.chunks_exact(N_FEATURES).zip(labels) {
                let s = scores_of(&w, f);
                let p = softmax(s);
                let eta = lr / (1.0 + t / n);
                t += 1.0;
                for (c, &pc) in p.iter().enumerate() {
                    let g = pc - if c == usize::from(*y) { 1.0 } else { 0.0 };
                    if g.abs() < 1e-6 {
                        continue;
                    }
                    for &id in f {
                        w[id as usize * N_TYPES + c] -= eta * g;
                    }
                }
            }
        }
        ContextModel { bits, w }
    }

    /// Class probabilities for a feature list.
    pub fn probs(&self, f: &[u32]) -> [f32; N_TYPES] {
        softmax(scores_of(&self.w, f))
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }
}

fn scores_of(w: &[f32], f: &[u32]) -> [f32; N_TYPES] {
    let mut s = [0f32; N_TYPES];
    for &id in f {
        let row = &w[id as usize * N_TYPES..(id as usize + 1) * N_TYPES];
        for (a, b) in s.iter_mut().zip(row) {
            *a += b;
        }
    }
    s
}

fn softmax(s: [f32; N_TYPES]) -> [f32; N_TYPES] {
    let m = s.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut e = s.map(|x| (x - m).exp());
    let z: f32 = e.iter().sum();
    for x in &mut e {
        *x /= z;
    }
    e
}

/// Context-model evidence for every token: (best non-O type 1..=4, bucket of its
/// probability 0..=4, bucket of P(entity) 0..=4). Empty without a context model.
pub(crate) fn evidence(keys: &[String], lex: &Lexicon) -> Vec<(u8, u8, u8)> {
    let Some(cm) = lex.context.as_deref() else { return Vec::new() };
    let mut f = Vec::with_capacity(24);
    (0..keys.len())
        .map(|i| {
            context_features(keys, i, lex, cm.bits, &mut f);
            let p = cm.probs(&f);
            let (best, pb) = (1..N_TYPES).map(|c| (c, p[c])).fold((1, f32::MIN), |a, b| if b.1 > a.1 { b } else { a });
            (best as u8, bucket(pb), bucket(1.0 - p[0]))
        })
        .collect()
}

fn bucket(p: f32) -> u8 {
    match p {
        x if x < 0.05 => 0,
        x if x < 0.15 => 1,
        x if x < 0.35 => 2,
        x if x < 0.6 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key::token_key;

    fn keys(s: &str) -> Vec<String> {
        marsad_text::tokenize(s).iter().map(|t| token_key(&s[t.range.clone()])).collect()
    }

    /// The features never see the centre word: two sentences that differ only there give the
    /// same features.
    #[test]
    fn features_ignore_the_centre_word() {
        // قال اللاعب هايل امس qāla al-lāʿib hāyil ams "the player Hayil said yesterday"
        // قال اللاعب سمير امس "the player Samir said yesterday"
        let (a, b) = (keys("قال اللاعب هايل امس"), keys("قال اللاعب سمير امس"));
        let lex = Lexicon::new();
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        context_features(&a, 2, &lex, 16, &mut fa);
        context_features(&b, 2, &lex, 16, &mut fb);
        assert_eq!(fa, fb);
        context_features(&a, 1, &lex, 16, &mut fa);
        context_features(&b, 1, &lex, 16, &mut fb);
        assert_ne!(fa, fb, "the neighbour word is a feature");
    }

    /// A toy set: after اللاعب "the player" comes a person, after في "in" a place.
    #[test]
    fn learns_a_slot() {
        let lex = Lexicon::new();
        let (mut ex, mut ys) = (Vec::new(), Vec::new());
        let mut f = Vec::new();
        // اللاعب X قال al-lāʿib X qāla "the player X said" → PER; في X امس fī X ams "in X yesterday" → LOC
        for (s, y) in [("اللاعب سمير قال", 1u8), ("اللاعب كريم قال", 1), ("في دمشق امس", 3), ("في حلب امس", 3)] {
            context_features(&keys(s), 1, &lex, 12, &mut f);
            assert_eq!(f.len(), N_FEATURES);
            ex.extend_from_slice(&f);
            ys.push(y);
        }
        let m = ContextModel::train(12, &ex, &ys, 20, 0.5);
        context_features(&keys("اللاعب جديد قال"), 1, &lex, 12, &mut f);
        let p = m.probs(&f);
        assert!(p[1] > 0.5, "{p:?}");
        context_features(&keys("في جديد امس"), 1, &lex, 12, &mut f);
        assert!(m.probs(&f)[3] > 0.5);
    }
}
