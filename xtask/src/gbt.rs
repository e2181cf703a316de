//! Gradient-boosted regression trees for the speaker ranker (session 33, `s33-qgbt`): a
//! per-quote softmax ranker whose score is a base margin (the linear ranker's score, or 0) plus
//! a sum of shallow trees over binary candidate features. A split tests "feature present"; each
//! round fits one tree to the softmax gradients (p − q over each quote's candidates, q the
//! model's distribution over the right candidates) with Newton leaf values
//! −shrink·ΣG/(ΣH + λ), H = p(1 − p). Deterministic: fixed summation order, ties between splits
//! keep the lowest feature id.

use std::ops::Range;

/// Training options of the boosted trees.
#[derive(Clone, Debug, PartialEq)]
pub struct GbtCfg {
    pub rounds: usize,
    pub depth: usize,
    pub shrink: f64,
    /// The fewest candidates on each side of a split.
    pub min_leaf: usize,
    /// L2 penalty on leaf values (λ in the Newton step).
    pub lambda: f64,
}

impl Default for GbtCfg {
    fn default() -> Self {
        GbtCfg { rounds: 200, depth: 3, shrink: 0.1, min_leaf: 20, lambda: 1.0 }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// Feature `f` present → `yes`, else `no` (node indices).
    Split { f: u32, yes: u32, no: u32 },
    Leaf(f64),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

impl Tree {
    /// The leaf value for a candidate with the (sorted) features `feats`.
    pub fn eval(&self, feats: &[u32]) -> f64 {
        let mut i = 0usize;
        loop {
            match self.nodes.get(i) {
                Some(Node::Split { f, yes, no }) => i = if feats.binary_search(f).is_ok() { *yes as usize } else { *no as usize },
                Some(Node::Leaf(v)) => return *v,
                None => return 0.0,
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Forest {
    pub trees: Vec<Tree>,
}

impl Forest {
    /// The forest's score of a candidate (sorted, deduplicated feature ids).
    pub fn score(&self, feats: &[u32]) -> f64 {
        self.trees.iter().map(|t| t.eval(feats)).sum()
    }
}

/// The training data: candidates (sorted feature ids, base margin, right) grouped by quote.
pub struct Data<'a> {
    pub feats: &'a [Vec<u32>],
    pub base: &'a [f64],
    pub right: &'a [bool],
    /// Each quote's candidates (ranges into the vectors above); quotes without a right
    /// candidate carry no gradient and should be left out.
    pub groups: &'a [Range<usize>],
    /// Number of feature ids (all ids < nf).
    pub nf: usize,
}

struct Scratch {
    g: Vec<f64>,
    h: Vec<f64>,
    n: Vec<usize>,
    touched: Vec<u32>,
}

/// Trains the forest on `data` (boosting from the base margins).
pub fn train(data: &Data, cfg: &GbtCfg) -> Forest {
    let nc = data.feats.len();
    let mut f = vec![0.0; nc];
    let (mut g, mut h) = (vec![0.0; nc], vec![0.0; nc]);
    let mut forest = Forest::default();
    let mut sc = Scratch { g: vec![0.0; data.nf], h: vec![0.0; data.nf], n: vec![0; data.nf], touched: Vec::new() };
    for _ in 0..cfg.rounds {
        for r in data.groups {
            let s: Vec<f64> = r.clone().map(|i| data.base[i] + f[i]).collect();
            let m = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = s.iter().map(|x| (x - m).exp()).collect();
            let z: f64 = e.iter().sum();
            let zr: f64 = r.clone().zip(&e).filter(|(i, _)| data.right[*i]).map(|(_, e)| e).sum();
            for (i, e) in r.clone().zip(&e) {
                let p = e / z;
                let q = if data.right[i] && zr > 0.0 { e / zr } else { 0.0 };
                g[i] = p - q;
                h[i] = (p * (1.0 - p)).max(1e-6);
            }
        }
        let idx: Vec<usize> = data.groups.iter().flat_map(|r| r.clone()).collect();
        let mut tree = Tree::default();
        grow(data, &g, &h, idx, cfg, 0, &mut tree, &mut sc);
        for r in data.groups {
            for i in r.clone() {
                f[i] += tree.eval(&data.feats[i]);
            }
        }
        forest.trees.push(tree);
    }
    forest
}

/// Grows the subtree over candidates `idx` at `depth`; returns its node index.
#[allow(clippy::too_many_arguments)]
fn grow(data: &Data, g: &[f64], h: &[f64], idx: Vec<usize>, cfg: &GbtCfg, depth: usize, tree: &mut Tree, sc: &mut Scratch) -> u32 {
    let gt: f64 = idx.iter().map(|&i| g[i]).sum();
    let ht: f64 = idx.iter().map(|&i| h[i]).sum();
    let me = tree.nodes.len() as u32;
    let leaf = Node::Leaf(-cfg.shrink * gt / (ht + cfg.lambda));
    tree.nodes.push(leaf.clone());
    if depth >= cfg.depth || idx.len() < 2 * cfg.min_leaf {
        return me;
    }
    for &i in &idx {
        for &x in &data.feats[i] {
            let x = x as usize;
            if sc.n[x] == 0 {
                sc.touched.push(x as u32);
            }
            sc.g[x] += g[i];
            sc.h[x] += h[i];
            sc.n[x] += 1;
        }
    }
    sc.touched.sort_unstable();
    let parent = gt * gt / (ht + cfg.lambda);
    let mut best: Option<(u32, f64)> = None;
    for &x in &sc.touched {
        let (gl, hl, nl) = (sc.g[x as usize], sc.h[x as usize], sc.n[x as usize]);
        if nl < cfg.min_leaf || idx.len() - nl < cfg.min_leaf {
            continue;
        }
        let (gr, hr) = (gt - gl, ht - hl);
        let gain = gl * gl / (hl + cfg.lambda) + gr * gr / (hr + cfg.lambda) - parent;
        if gain > 1e-9 && best.is_none_or(|(_, b)| gain > b + 1e-12) {
            best = Some((x, gain));
        }
    }
    for &x in &sc.touched {
        sc.g[x as usize] = 0.0;
        sc.h[x as usize] = 0.0;
        sc.n[x as usize] = 0;
    }
    sc.touched.clear();
    let Some((x, _)) = best else { return me };
    let (yes, no): (Vec<usize>, Vec<usize>) = idx.into_iter().partition(|&i| data.feats[i].binary_search(&x).is_ok());
    let y = grow(data, g, h, yes, cfg, depth + 1, tree, sc);
    let n = grow(data, g, h, no, cfg, depth + 1, tree, sc);
    tree.nodes[me as usize] = Node::Split { f: x, yes: y, no: n };
    me
}

#[cfg(test)]
mod tests {
    use super::*;

    // Session 33, qgbt

    /// Five quotes of two candidates each; the right one has exactly one of features 0 and 1
    /// (XOR). A linear score cannot rank all of them: w0 > w0 + w1, w1 > w0 + w1 and w0 > 0
    /// contradict each other. (The fifth quote repeats the third: with a perfectly balanced XOR
    /// no single split has any gain, and a greedy tree never starts.)
    fn xor_data() -> (Vec<Vec<u32>>, Vec<bool>, Vec<Range<usize>>) {
        let feats: Vec<Vec<u32>> = vec![vec![0], vec![0, 1], vec![1], vec![0, 1], vec![0], vec![], vec![1], vec![], vec![0], vec![]];
        let right = vec![true, false, true, false, true, false, true, false, true, false];
        let groups = vec![0..2, 2..4, 4..6, 6..8, 8..10];
        (feats, right, groups)
    }

    fn ranked_right(forest: &Forest, feats: &[Vec<u32>], base: &[f64], right: &[bool], groups: &[Range<usize>]) -> usize {
        groups
            .iter()
            .filter(|r| {
                let best = (r.start..r.end).max_by(|&a, &b| (base[a] + forest.score(&feats[a])).total_cmp(&(base[b] + forest.score(&feats[b])))).unwrap();
                right[best]
            })
            .count()
    }

    #[test]
    fn boosted_trees_learn_an_xor_interaction_a_linear_score_cannot() {
        let (feats, right, groups) = xor_data();
        let base = vec![0.0; feats.len()];
        let data = Data { feats: &feats, base: &base, right: &right, groups: &groups, nf: 2 };
        let cfg = GbtCfg { rounds: 50, depth: 2, shrink: 0.3, min_leaf: 1, lambda: 0.1 };
        let forest = train(&data, &cfg);
        assert_eq!(ranked_right(&forest, &feats, &base, &right, &groups), 5);
        // Depth 1 (stumps) is additive, i.e. linear: it cannot get all five.
        let stumps = train(&data, &GbtCfg { depth: 1, ..cfg.clone() });
        assert!(ranked_right(&stumps, &feats, &base, &right, &groups) < 5);
    }

    #[test]
    fn boosting_starts_from_the_base_margin_and_is_deterministic() {
        let (feats, right, groups) = xor_data();
        // A base margin that already ranks every quote right: the trees keep it right.
        let base: Vec<f64> = right.iter().map(|&r| if r { 3.0 } else { 0.0 }).collect();
        let data = Data { feats: &feats, base: &base, right: &right, groups: &groups, nf: 2 };
        let cfg = GbtCfg { rounds: 20, depth: 2, shrink: 0.1, min_leaf: 1, lambda: 1.0 };
        let a = train(&data, &cfg);
        assert_eq!(ranked_right(&a, &feats, &base, &right, &groups), 5);
        assert_eq!(a, train(&data, &cfg));
        assert_eq!(a.trees.len(), 20);
        // min_leaf larger than the data: every tree is one leaf.
        let b = train(&data, &GbtCfg { min_leaf: 10, ..cfg });
        assert!(b.trees.iter().all(|t| t.nodes.len() == 1));
    }
}
