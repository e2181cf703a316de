//! Batch linear-chain CRF: negative log-likelihood of the whole training set plus a full L2
//! penalty `‖w‖² / (2σ²)`, minimised by L-BFGS (Nocedal 1980; two-loop recursion, backtracking
//! Armijo line search). Same hashed features, tag set and transition constraints as the
//! perceptron, so the result is an ordinary [`crate::Model`].
//!
//! The gradient is summed over a fixed number of contiguous chunks of the data in parallel
//! (rayon) and the chunk results are added in chunk order, so the result does not depend on
//! the number of threads: training is deterministic.

use rayon::prelude::*;

use crate::decode::allowed;
use crate::features::Features;
use crate::N_TAGS;

/// Chunks the data is split into for the parallel gradient (fixed, for determinism).
const CHUNKS: usize = 4;
/// Offsets of the transition and start parameters after the `N_TAGS << bits` feature weights.
const N_TRANS: usize = N_TAGS * N_TAGS;

/// L-BFGS settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LbfgsConfig {
    /// Prior variance σ² of the Gaussian (L2) penalty.
    pub sigma2: f64,
    /// L-BFGS iterations per call of [`crate::train::Trainer::epoch`].
    pub iters_per_epoch: usize,
    /// Number of correction pairs kept.
    pub memory: usize,
}

impl LbfgsConfig {
    /// σ² = 1, 25 iterations per epoch, 6 correction pairs.
    pub fn standard() -> LbfgsConfig {
        LbfgsConfig { sigma2: 1.0, iters_per_epoch: 25, memory: 6 }
    }
}

/// Optimizer state over the parameter vector `[feature weights | transitions | start]`.
pub(crate) struct Lbfgs {
    cfg: LbfgsConfig,
    n_feat: usize,
    pub(crate) x: Vec<f64>,
    f: f64,
    g: Vec<f64>,
    s: Vec<Vec<f64>>,
    y: Vec<Vec<f64>>,
    rho: Vec<f64>,
    chunk_g: Vec<Vec<f64>>,
    iters: usize,
    /// Set when the line search fails to decrease the objective: nothing more to gain.
    converged: bool,
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

impl Lbfgs {
    pub(crate) fn new(cfg: LbfgsConfig, n_feat: usize) -> Lbfgs {
        let n = n_feat + N_TRANS + N_TAGS;
        Lbfgs {
            cfg,
            n_feat,
            x: vec![0.0; n],
            f: f64::NAN,
            g: vec![0.0; n],
            s: Vec::new(),
            y: Vec::new(),
            rho: Vec::new(),
            chunk_g: vec![Vec::new(); CHUNKS],
            iters: 0,
            converged: false,
        }
    }

    /// The objective at `x`, with its gradient written to `g`.
    fn evaluate(&mut self, data: &[(Features, Vec<u8>)], x: &[f64], g: &mut [f64]) -> f64 {
        let n = x.len();
        let per = data.len().div_ceil(CHUNKS).max(1);
        let n_feat = self.n_feat;
        let losses: Vec<f64> = self
            .chunk_g
            .par_iter_mut()
            .enumerate()
            .map(|(c, cg)| {
                cg.clear();
                cg.resize(n, 0.0);
                let lo = (c * per).min(data.len());
                let hi = ((c + 1) * per).min(data.len());
                let mut work = Work::default();
                data[lo..hi].iter().map(|(f, gold)| sentence_nll(x, n_feat, f, gold, cg, &mut work)).sum()
            })
            .collect();
        g.copy_from_slice(&self.chunk_g[0]);
        for cg in &self.chunk_g[1..] {
            for (a, b) in g.iter_mut().zip(cg) {
                *a += b;
            }
        }
        let inv = 1.0 / self.cfg.sigma2;
        let mut reg = 0.0;
        for (gi, &xi) in g.iter_mut().zip(x) {
            *gi += xi * inv;
            reg += xi * xi;
        }
        losses.iter().sum::<f64>() + 0.5 * reg * inv
    }

    /// Run `iters_per_epoch` iterations; returns the objective after them.
    pub(crate) fn run(&mut self, data: &[(Features, Vec<u8>)]) -> f64 {
        let n = self.x.len();
        if self.iters == 0 {
            let (x, mut g) = (std::mem::take(&mut self.x), std::mem::take(&mut self.g));
            self.f = self.evaluate(data, &x, &mut g);
            self.x = x;
            self.g = g;
        }
        let mut xn = vec![0.0; n];
        let mut gn = vec![0.0; n];
        for _ in 0..self.cfg.iters_per_epoch {
            if self.converged {
                break;
            }
            // Two-loop recursion: d = −H g.
            let mut d: Vec<f64> = self.g.iter().map(|v| -v).collect();
            let k = self.s.len();
            let mut alpha = vec![0.0; k];
            for i in (0..k).rev() {
                alpha[i] = self.rho[i] * dot(&self.s[i], &d);
                for (dj, yj) in d.iter_mut().zip(&self.y[i]) {
                    *dj -= alpha[i] * yj;
                }
            }
            if k > 0 {
                let gamma = dot(&self.s[k - 1], &self.y[k - 1]) / dot(&self.y[k - 1], &self.y[k - 1]);
                d.iter_mut().for_each(|v| *v *= gamma);
            }
            for i in 0..k {
                let b = self.rho[i] * dot(&self.y[i], &d);
                for (dj, sj) in d.iter_mut().zip(&self.s[i]) {
                    *dj += (alpha[i] - b) * sj;
                }
            }
            let mut gd = dot(&self.g, &d);
            if gd >= 0.0 {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                self.s.clear();
                self.y.clear();
                self.rho.clear();
                d = self.g.iter().map(|v| -v).collect();
                gd = dot(&self.g, &d);
            }
            let mut step = if k == 0 { 1.0 / dot(&self.g, &self.g).sqrt().max(1e-12) } else { 1.0 };
            let mut accepted = None;
            for _ in 0..30 {
                for ((a, &x), &di) in xn.iter_mut().zip(&self.x).zip(&d) {
                    *a = x + step * di;
                }
                let fnew = self.evaluate(data, &xn, &mut gn);
                if fnew.is_finite() && fnew <= self.f + 1e-4 * step * gd {
                    accepted = Some(fnew);
                    break;
                }
                step *= 0.5;
            }
            let Some(fnew) = accepted else {
                self.converged = true;
                break;
            };
            let s: Vec<f64> = xn.iter().zip(&self.x).map(|(a, b)| a - b).collect();
            let y: Vec<f64> = gn.iter().zip(&self.g).map(|(a, b)| a - b).collect();
            let sy = dot(&s, &y);
            if sy > 1e-10 * dot(&y, &y) {
                if self.s.len() == self.cfg.memory.max(1) {
                    self.s.remove(0);
                    self.y.remove(0);
                    self.rho.remove(0);
                }
                self.s.push(s);
                self.y.push(y);
                self.rho.push(1.0 / sy);
            }
            std::mem::swap(&mut self.x, &mut xn);
            std::mem::swap(&mut self.g, &mut gn);
            let rel = (self.f - fnew).abs() / self.f.abs().max(1.0);
            self.f = fnew;
            self.iters += 1;
            if rel < 1e-9 {
                self.converged = true;
            }
        }
        self.f
    }

    /// The fitted parameters as f32 weights, transitions and start scores.
    pub(crate) fn params(&self) -> (Vec<f32>, [[f32; N_TAGS]; N_TAGS], [f32; N_TAGS]) {
        let w = self.x[..self.n_feat].iter().map(|&v| v as f32).collect();
        let t = &self.x[self.n_feat..self.n_feat + N_TRANS];
        let trans = std::array::from_fn(|a| std::array::from_fn(|b| t[a * N_TAGS + b] as f32));
        let st = &self.x[self.n_feat + N_TRANS..];
        let start = std::array::from_fn(|t| st[t] as f32);
        (w, trans, start)
    }
}

#[derive(Default)]
struct Work {
    em: Vec<[f64; N_TAGS]>,
    alpha: Vec<[f64; N_TAGS]>,
    beta: Vec<[f64; N_TAGS]>,
    scale: Vec<f64>,
}

/// Negative log-likelihood of one sentence under parameters `x`; adds its gradient
/// (expected − observed feature counts) to `g`. Forward-backward in probability space with
/// per-position scaling: emissions are shifted by their per-token maximum before `exp`.
fn sentence_nll(x: &[f64], n_feat: usize, feats: &Features, gold: &[u8], g: &mut [f64], w: &mut Work) -> f64 {
    let n = feats.len();
    if n == 0 {
        return 0.0;
    }
    let trans = &x[n_feat..n_feat + N_TRANS];
    let start = &x[n_feat + N_TRANS..n_feat + N_TRANS + N_TAGS];
    let t_exp: [[f64; N_TAGS]; N_TAGS] = std::array::from_fn(|a| std::array::from_fn(|b| if allowed(Some(a), b) { trans[a * N_TAGS + b].exp() } else { 0.0 }));
    let s_exp: [f64; N_TAGS] = std::array::from_fn(|t| if allowed(None, t) { start[t].exp() } else { 0.0 });
    // Emission scores, then exp(score − max) in place; log Z collects the maxima.
    w.em.clear();
    let mut gold_score = start[usize::from(gold[0])];
    let mut log_z = 0.0;
    for i in 0..n {
        let mut e = [0f64; N_TAGS];
        for &f in feats.of(i) {
            let row = &x[f as usize * N_TAGS..f as usize * N_TAGS + N_TAGS];
            for t in 0..N_TAGS {
                e[t] += row[t];
            }
        }
        gold_score += e[usize::from(gold[i])];
        if i > 0 {
            gold_score += trans[usize::from(gold[i - 1]) * N_TAGS + usize::from(gold[i])];
        }
        let m = e.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        log_z += m;
        for v in &mut e {
            *v = (*v - m).exp();
        }
        w.em.push(e);
    }
    w.alpha.clear();
    w.scale.clear();
    for i in 0..n {
        let mut a = [0f64; N_TAGS];
        if i == 0 {
            for t in 0..N_TAGS {
                a[t] = s_exp[t] * w.em[0][t];
            }
        } else {
            let prev = w.alpha[i - 1];
            for (p, &ap) in prev.iter().enumerate() {
                if ap == 0.0 {
                    continue;
                }
                for c in 0..N_TAGS {
                    a[c] += ap * t_exp[p][c];
                }
            }
            for c in 0..N_TAGS {
                a[c] *= w.em[i][c];
            }
        }
        let z: f64 = a.iter().sum();
        // z > 0 always: O is allowed everywhere and exp(em − max) of the best tag is 1, so
        // only an extreme (> e^700) spread of scores could underflow it.
        let z = if z > 0.0 && z.is_finite() { z } else { f64::MIN_POSITIVE };
        for v in &mut a {
            *v /= z;
        }
        log_z += z.ln();
        w.scale.push(z);
        w.alpha.push(a);
    }
    w.beta.clear();
    w.beta.resize(n, [0.0; N_TAGS]);
    w.beta[n - 1] = [1.0; N_TAGS];
    for i in (0..n - 1).rev() {
        let mut b = [0f64; N_TAGS];
        let nxt: [f64; N_TAGS] = std::array::from_fn(|c| w.em[i + 1][c] * w.beta[i + 1][c] / w.scale[i + 1]);
        for (p, bp) in b.iter_mut().enumerate() {
            *bp = (0..N_TAGS).map(|c| t_exp[p][c] * nxt[c]).sum();
        }
        w.beta[i] = b;
    }
    // Gradient: node marginals on the features, edge marginals on the transitions.
    for i in 0..n {
        let mut node: [f64; N_TAGS] = std::array::from_fn(|t| w.alpha[i][t] * w.beta[i][t]);
        node[usize::from(gold[i])] -= 1.0;
        for &f in feats.of(i) {
            let row = &mut g[f as usize * N_TAGS..f as usize * N_TAGS + N_TAGS];
            for t in 0..N_TAGS {
                row[t] += node[t];
            }
        }
        if i == 0 {
            for t in 0..N_TAGS {
                g[n_feat + N_TRANS + t] += node[t];
            }
        } else {
            let nxt: [f64; N_TAGS] = std::array::from_fn(|c| w.em[i][c] * w.beta[i][c] / w.scale[i]);
            for p in 0..N_TAGS {
                let ap = w.alpha[i - 1][p];
                if ap == 0.0 {
                    continue;
                }
                for c in 0..N_TAGS {
                    g[n_feat + p * N_TAGS + c] += ap * t_exp[p][c] * nxt[c];
                }
            }
            g[n_feat + usize::from(gold[i - 1]) * N_TAGS + usize::from(gold[i])] -= 1.0;
        }
    }
    log_z - gold_score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vec<(Features, Vec<u8>)> {
        // Three "sentences" of hashed feature ids with gold tags (O = 0, B-PER = 1, I-PER = 2,
        // B-LOC = 3 …); ids are small buckets of a 2^4 table.
        let mk = |ids: &[&[u32]], tags: &[u8]| {
            let mut f = Features { offsets: vec![0], ..Features::default() };
            for t in ids {
                f.ids.extend_from_slice(t);
                f.offsets.push(f.ids.len() as u32);
            }
            (f, tags.to_vec())
        };
        vec![
            mk(&[&[1, 2], &[3, 4], &[5], &[6, 2]], &[0, 1, 2, 0]),
            mk(&[&[7], &[3, 8], &[9, 10]], &[0, 1, 3]),
            mk(&[&[3], &[5, 11]], &[1, 2]),
        ]
    }

    /// The analytic gradient matches central finite differences of the objective, at a
    /// non-zero point (so transitions, start scores and the L2 term all contribute).
    #[test]
    fn gradient_matches_finite_differences() {
        let data = toy();
        let n_feat = N_TAGS << 4;
        let mut opt = Lbfgs::new(LbfgsConfig { sigma2: 2.0, iters_per_epoch: 1, memory: 3 }, n_feat);
        let n = opt.x.len();
        let x: Vec<f64> = (0..n).map(|i| ((i * 37 % 101) as f64 / 101.0 - 0.5) * 0.8).collect();
        let mut g = vec![0.0; n];
        opt.evaluate(&data, &x, &mut g);
        let mut scratch = vec![0.0; n];
        let h = 1e-5;
        let mut checked = 0;
        for i in (0..n).step_by(7) {
            let mut xp = x.clone();
            xp[i] += h;
            let fp = opt.evaluate(&data, &xp, &mut scratch);
            xp[i] -= 2.0 * h;
            let fm = opt.evaluate(&data, &xp, &mut scratch);
            let num = (fp - fm) / (2.0 * h);
            assert!((num - g[i]).abs() < 1e-5 * (1.0 + num.abs()), "param {i}: numeric {num} vs analytic {}", g[i]);
            checked += 1;
        }
        assert!(checked > 20);
    }

    /// L-BFGS decreases the objective monotonically and fits the toy data: the decoded tags of
    /// every training sentence equal the gold ones.
    #[test]
    fn lbfgs_decreases_objective_and_fits() {
        let data = toy();
        let n_feat = N_TAGS << 4;
        let mut opt = Lbfgs::new(LbfgsConfig { sigma2: 10.0, iters_per_epoch: 5, memory: 4 }, n_feat);
        let mut last = f64::INFINITY;
        for _ in 0..6 {
            let f = opt.run(&data);
            assert!(f <= last, "objective went up: {f} after {last}");
            last = f;
        }
        let start = data.iter().map(|d| d.1.len()).sum::<usize>() as f64 * (N_TAGS as f64).ln();
        assert!(last < 0.5 * start, "objective {last} vs ~{start} at zero");
        let (w, trans, st) = opt.params();
        for (f, gold) in &data {
            let em: Vec<[f32; N_TAGS]> = (0..f.len())
                .map(|i| std::array::from_fn(|t| f.of(i).iter().map(|&id| w[id as usize * N_TAGS + t]).sum()))
                .collect();
            assert_eq!(&crate::decode::viterbi(&em, &trans, &st), gold);
        }
    }
}
