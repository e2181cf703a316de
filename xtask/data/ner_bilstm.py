#!/usr/bin/env python3
"""Session 16 feasibility experiment (issue #3): a BiLSTM-CRF NER tagger with a character CNN and
word vectors pretrained on the ANT corpus, measured against the shipped averaged perceptron on the
repo's dev split (the last 10% of ANERcorp train sentences). NOT part of the build, CI or the
shipped model: it runs in a venv outside the repo (torch, numpy) on the plain-text inputs that
`cargo xtask dump-ner --out DIR` writes; nothing is downloaded at run time; no data or weights are
written inside the repo. See docs/ner.md, "Session 16 changes".

    python ner_bilstm.py pretrain DIR [--dim 100 --epochs 2 --minutes 15]
    python ner_bilstm.py train DIR [--split dev|test|cv5] [--epochs N] [--no-pretrained] ...
    python ner_bilstm.py speed DIR            # single-thread tagging speed of a saved model

Scoring: CoNLL exact spans (type and both edges) over the corpus's own words, pooled P/R/F1 as in
`cargo xtask train-ner --dev` with NER_GOLD_TOKENS=1.
"""
import argparse
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
# Proclitics stripped for the OOV back-off, as marsad_ner::key::split_proclitic (longest first).
PROCLITICS = ["وبال", "وكال", "فبال", "ولل", "فال", "وال", "بال", "كال", "فلل", "لل", "ال", "وب", "ول",
              "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"]


def split_proclitic(key):
    for p in PROCLITICS:
        if key.startswith(p):
            rest = key[len(p):]
            need = 2 if ("ال" in p or p.endswith("لل")) else 3
            if len(rest) >= need:
                return p, rest
    return "", key


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# Skip-gram with negative sampling on the ANT token keys

def pretrain(a):
    torch.manual_seed(7)
    rng = np.random.default_rng(7)
    t0 = time.time()
    counts = {}
    docs = []
    with open(os.path.join(a.dir, "ant_keys.txt"), encoding="utf-8") as f:
        for line in f:
            toks = line.split()
            docs.append(toks)
            for t in toks:
                counts[t] = counts.get(t, 0) + 1
    vocab = sorted((w for w, c in counts.items() if c >= a.min_count), key=lambda w: (-counts[w], w))
    wid = {w: i for i, w in enumerate(vocab)}
    freq = np.array([counts[w] for w in vocab], dtype=np.float64)
    total = freq.sum()
    corpus = np.array([wid.get(t, -1) for d in docs for t in d], dtype=np.int64)
    corpus = corpus[corpus >= 0]
    log(f"pretrain: {len(docs)} articles, {len(corpus)} in-vocabulary tokens, vocab {len(vocab)} (count >= {a.min_count}), read in {time.time() - t0:.0f}s")
    del docs
    # Negative-sampling table (unigram^0.75).
    p = freq ** 0.75
    p /= p.sum()
    table = rng.choice(len(vocab), size=10_000_000, p=p)
    table = torch.from_numpy(table)
    f = freq / total
    keep_p = np.minimum(1.0, np.sqrt(a.sample / f) + a.sample / f)
    n = len(vocab)
    # Plain word2vec SGD with hand-written gradients (no autograd, no optimizer state):
    # learning rate decays linearly from --lr to 1e-4 * --lr over the planned pairs.
    w_in = (torch.rand(n, a.dim) - 0.5) / a.dim
    w_out = torch.zeros(n, a.dim)
    deadline = t0 + a.minutes * 60
    stopped = False
    planned, done = None, 0
    for ep in range(a.epochs):
        keep = rng.random(len(corpus)) < keep_p[corpus]
        c = corpus[keep]
        cen, ctx = [], []
        for d in range(1, a.window + 1):
            # dynamic window: offset d is used with probability (W - d + 1) / W
            m = rng.random(len(c) - d) < (a.window - d + 1) / a.window
            i = np.nonzero(m)[0]
            cen += [c[i], c[i + d]]
            ctx += [c[i + d], c[i]]
        cen = np.concatenate(cen)
        ctx = np.concatenate(ctx)
        perm = rng.permutation(len(cen))
        cen = torch.from_numpy(cen[perm])
        ctx = torch.from_numpy(ctx[perm])
        if planned is None:
            planned = len(cen) * a.epochs
        log(f"pretrain epoch {ep + 1}: {len(c)} tokens after subsampling, {len(cen)} pairs")
        tot, nb = 0.0, 0
        for s in range(0, len(cen), a.batch):
            lr = a.lr * max(1e-4, 1.0 - done / planned)
            ci, oi = cen[s:s + a.batch], ctx[s:s + a.batch]
            ni = table[torch.randint(0, len(table), (len(ci), a.neg))]
            u, v, ng = w_in[ci], w_out[oi], w_out[ni]
            sp = torch.sigmoid((u * v).sum(1))
            sn = torch.sigmoid(torch.bmm(ng, u.unsqueeze(2)).squeeze(2))
            gp = (1 - sp).unsqueeze(1)            # d log sigma(u.v) / d(u.v)
            gn = (-sn).unsqueeze(2)               # d log sigma(-n.u) / d(n.u)
            du = gp * v + (gn * ng).sum(1)
            w_out.index_add_(0, oi, lr * gp * u)
            w_out.index_add_(0, ni.reshape(-1), (lr * gn * u.unsqueeze(1)).reshape(-1, a.dim))
            w_in.index_add_(0, ci, lr * du)
            done += len(ci)
            nb += 1
            if nb % 500 == 0:
                loss = -(torch.log(sp + 1e-7).mean() + torch.log(1 - sn + 1e-7).sum(1).mean()).item()
                log(f"  batch {nb}/{len(cen) // a.batch + 1} lr {lr:.4f} batch loss {loss:.4f}")
                if time.time() > deadline:
                    log("pretrain: time box reached, stopping")
                    stopped = True
                    break
        log(f"pretrain epoch {ep + 1} done, {time.time() - t0:.0f}s")
        if stopped:
            break
    emb_in = nn.Embedding.from_pretrained(w_in)
    w = emb_in.weight.detach().numpy().astype(np.float32)
    np.save(os.path.join(a.dir, f"sgns{a.dim}.npy"), w)
    with open(os.path.join(a.dir, f"sgns{a.dim}.vocab"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    # Sanity check: nearest neighbours of a few keys.
    wn = w / (np.linalg.norm(w, axis=1, keepdims=True) + 1e-9)
    for q in ["موسكو", "محمد", "الرئيس", "ريال"]:
        if q in wid:
            sims = wn @ wn[wid[q]]
            best = [vocab[j] for j in np.argsort(-sims)[1:8]]
            log(f"  nn({q}) = {' '.join(best)}")
    log(f"pretrain: wrote {w.shape} in {time.time() - t0:.0f}s")


# ------------------------------------------------------------------------------------------------
# Data

def read_tsv(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            key, surface, tag = line.split("\t")
            cur.append((key, surface, tag))
    if cur:
        sents.append(cur)
    return sents


def spans(tags):
    """CoNLL exact spans (start, end, type) of a BIO sequence; an I-X not continuing X starts a span."""
    out, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
                start, typ = None, None
            if t != "O":
                start, typ = i, t[2:]
    return out


def score(gold_sents, pred_sents):
    per = {}
    for g, p in zip(gold_sents, pred_sents):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs | ps:
            d = per.setdefault(s[2], [0, 0, 0])
            if s in gs and s in ps:
                d[0] += 1
            elif s in ps:
                d[1] += 1
            else:
                d[2] += 1
    tp = sum(v[0] for v in per.values())
    fp = sum(v[1] for v in per.values())
    fn = sum(v[2] for v in per.values())

    def prf(tp, fp, fn):
        p = 100 * tp / max(tp + fp, 1)
        r = 100 * tp / max(tp + fn, 1)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    return prf(tp, fp, fn), {k: prf(*v) + tuple(v) for k, v in sorted(per.items())}, (tp, fp, fn)


# ------------------------------------------------------------------------------------------------
# Model

class CRF(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))  # trans[i, j]: score of tag i -> tag j
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        # Hard constraint as in the perceptron's Viterbi: I-X only after B-X or I-X.
        bad = torch.zeros(n, n, dtype=torch.bool)
        bad_start = torch.zeros(n, dtype=torch.bool)
        for j, t in enumerate(TAGS):
            if t.startswith("I-"):
                bad_start[j] = True
                for i, s in enumerate(TAGS):
                    if s[2:] != t[2:] or s == "O":
                        bad[i, j] = True
        self.register_buffer("bad", bad)
        self.register_buffer("bad_start", bad_start)

    def _t(self):
        return self.trans.masked_fill(self.bad, -1e4), self.start.masked_fill(self.bad_start, -1e4)

    def nll(self, em, tags, mask):
        # em: B x T x n, tags: B x T, mask: B x T (bool)
        trans, start = self._t()
        B, T, n = em.shape
        # gold path score
        s = start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, T):
            m = mask[:, t]
            step = trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            s = s + step * m
        lengths = mask.sum(1)
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        s = s + self.end[last]
        # partition
        alpha = start.unsqueeze(0) + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
        z = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (z - s).sum()

    def decode(self, em, mask):
        trans, start = self._t()
        B, T, n = em.shape
        score = start.unsqueeze(0) + em[:, 0]
        back = []
        for t in range(1, T):
            cand = score.unsqueeze(2) + trans.unsqueeze(0)
            best, idx = cand.max(1)
            nxt = best + em[:, t]
            m = mask[:, t].unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(torch.where(m, idx, torch.arange(n).unsqueeze(0).expand(B, n)))
        score = score + self.end.unsqueeze(0)
        best = score.argmax(1)
        path = [best]
        for idx in reversed(back):
            best = idx.gather(1, best.unsqueeze(1)).squeeze(1)
            path.append(best)
        path.reverse()
        return torch.stack(path, 1)


class Tagger(nn.Module):
    def __init__(self, n_words, n_chars, a, pretrained=None):
        super().__init__()
        self.word = nn.Embedding(n_words, a.wdim, padding_idx=0)
        if pretrained is not None:
            with torch.no_grad():
                self.word.weight.copy_(pretrained)
        self.word.weight.requires_grad = not a.freeze
        self.char = nn.Embedding(n_chars, a.cdim, padding_idx=0)
        self.conv = nn.Conv1d(a.cdim, a.cfilters, 3, padding=1)
        self.drop = nn.Dropout(a.dropout)
        self.lstm = nn.LSTM(a.wdim + a.cfilters + 1, a.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * a.hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, words, chars, known):
        B, T, L = chars.shape
        c = self.char(chars.view(B * T, L)).transpose(1, 2)  # (BT) x cdim x L
        c = torch.relu(self.conv(c)).max(2).values.view(B, T, -1)
        x = torch.cat([self.word(words), c, known.unsqueeze(2)], 2)
        h, _ = self.lstm(self.drop(x))
        return self.out(self.drop(h))


class Vocab:
    def __init__(self, pre_vocab, train_sents, a):
        # word ids: 0 pad, 1 unk, then the pretrained vocabulary, then train keys not in it
        self.w = {"<pad>": 0, "<unk>": 1}
        for w in pre_vocab:
            self.w.setdefault(w, len(self.w))
        self.n_pre = len(self.w)
        cnt = {}
        for s in train_sents:
            for k, _, _ in s:
                cnt[k] = cnt.get(k, 0) + 1
        for k in sorted(cnt):
            if k not in self.w and cnt[k] >= a.train_min:
                self.w[k] = len(self.w)
        self.c = {"<pad>": 0, "<unk>": 1}
        for s in train_sents:
            for k, _, _ in s:
                for ch in k:
                    self.c.setdefault(ch, len(self.c))

    def word_id(self, k):
        if k in self.w:
            return self.w[k], 1.0
        _, stem = split_proclitic(k)  # back off to the clitic-stripped stem
        if stem in self.w:
            return self.w[stem], 1.0
        return 1, 0.0


def batchify(sents, voc, max_chars=20):
    B = len(sents)
    T = max(len(s) for s in sents)
    words = torch.zeros(B, T, dtype=torch.long)
    known = torch.zeros(B, T)
    chars = torch.zeros(B, T, max_chars, dtype=torch.long)
    tags = torch.zeros(B, T, dtype=torch.long)
    mask = torch.zeros(B, T, dtype=torch.bool)
    for b, s in enumerate(sents):
        for t, (k, _, tag) in enumerate(s):
            words[b, t], known[b, t] = voc.word_id(k)
            for j, ch in enumerate(k[:max_chars]):
                chars[b, t, j] = voc.c.get(ch, 1)
            tags[b, t] = TAG_ID[tag]
            mask[b, t] = True
    return words, chars, known, tags, mask


def predict(model, sents, voc, bs=64):
    model.eval()
    out = [None] * len(sents)
    idx = sorted(range(len(sents)), key=lambda i: len(sents[i]))  # length-sorted batches
    with torch.no_grad():
        for i in range(0, len(idx), bs):
            ids = idx[i:i + bs]
            chunk = [sents[j] for j in ids]
            words, chars, known, _, mask = batchify(chunk, voc)
            path = model.crf.decode(model.emissions(words, chars, known), mask)
            for b, j in enumerate(ids):
                out[j] = [TAGS[k] for k in path[b, :len(sents[j])].tolist()]
    return out


def load_pretrained(a):
    if a.no_pretrained:
        return [], None
    if a.vectors == "ppmi":
        # The tagger's own PPMI vectors (session 5): target/ner-cache/vectors-ppmi.bin, f32 LE
        # rows of 32 whitened PCA dims, aligned with the lines of clusters-ppmi.tsv.
        cache = a.ppmi_cache
        vocab = [l.split("\t")[0] for l in open(os.path.join(cache, "clusters-ppmi.tsv"), encoding="utf-8").read().split("\n") if l]
        vec = np.fromfile(os.path.join(cache, "vectors-ppmi.bin"), dtype="<f4").reshape(len(vocab), -1)
        if vec.shape[1] != a.wdim:
            raise SystemExit(f"--vectors ppmi has {vec.shape[1]} dims: pass --wdim {vec.shape[1]}")
        return vocab, vec
    vocab = open(os.path.join(a.dir, f"sgns{a.wdim}.vocab"), encoding="utf-8").read().split("\n")[:-1]
    vec = np.load(os.path.join(a.dir, f"sgns{a.wdim}.npy"))
    return vocab, vec


def train_eval(a, train, evals, pre_vocab, pre_vec, tag=""):
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    voc = Vocab(pre_vocab, train, a)
    init = None
    if pre_vec is not None:
        init = torch.empty(len(voc.w), a.wdim).uniform_(-0.1, 0.1)
        init[0] = 0
        v = torch.from_numpy(pre_vec)
        v = v / v.norm(dim=1, keepdim=True).clamp_min(1e-6) * a.init_norm
        init[2:voc.n_pre] = v
    model = Tagger(len(voc.w), len(voc.c), a, init)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=a.lr)
    order = list(range(len(train)))
    history = []
    for ep in range(a.epochs):
        model.train()
        random.shuffle(order)
        # sort groups of 20 batches of the shuffled order by length to cut padding
        g = 20 * a.batch
        order = [j for i in range(0, len(order), g) for j in sorted(order[i:i + g], key=lambda j: len(train[j]))]
        starts = list(range(0, len(order), a.batch))
        random.shuffle(starts)
        t0 = time.time()
        tot = 0.0
        for i in starts:
            chunk = [train[j] for j in order[i:i + a.batch]]
            words, chars, known, tags, mask = batchify(chunk, voc)
            if a.word_dropout > 0:
                drop = (torch.rand(words.shape) < a.word_dropout) & mask
                words = words.masked_fill(drop, 1)
                known = known.masked_fill(drop, 0.0)
            loss = model.crf.nll(model.emissions(words, chars, known), tags, mask) / len(chunk)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            tot += loss.item() * len(chunk)
        row = [ep + 1, tot / len(train), time.time() - t0]
        for name, sents in evals:
            pred = predict(model, sents, voc)
            (p, r, f), per, counts = score([[t for _, _, t in s] for s in sents], pred)
            row.append((name, p, r, f, per, counts))
        history.append(row)
        msg = " ".join(f"{n} P {p:.2f} R {r:.2f} F1 {f:.2f}" for n, p, r, f, _, _ in row[3:])
        log(f"{tag}epoch {ep + 1}: loss {row[1]:.3f} ({row[2]:.0f}s); {msg}")
    return model, voc, history


def print_table(name, p, r, f, per, counts):
    print(f"{name}\ntype           P       R      F1     tp     fp     fn")
    for k, (pp, rr, ff, tp, fp, fn) in per.items():
        print(f"{k:<8} {pp:7.2f} {rr:7.2f} {ff:7.2f} {tp:6d} {fp:6d} {fn:6d}")
    print(f"overall  {p:7.2f} {r:7.2f} {f:7.2f} {counts[0]:6d} {counts[1]:6d} {counts[2]:6d}", flush=True)


def train_cmd(a):
    torch.set_num_threads(a.threads)
    train_all = read_tsv(os.path.join(a.dir, "anercorp_train.tsv"))
    if a.limit:
        train_all = train_all[:a.limit]  # smoke tests only
    pre_vocab, pre_vec = load_pretrained(a)
    if a.split == "cv5":
        # 5 contiguous folds of train, pooled counts per epoch (as `train-ner --cv 5`)
        n = len(train_all)
        bounds = [n * k // 5 for k in range(6)]
        pooled = {}
        for k in range(5):
            held = train_all[bounds[k]:bounds[k + 1]]
            part = train_all[:bounds[k]] + train_all[bounds[k + 1]:]
            _, _, hist = train_eval(a, part, [("fold", held)], pre_vocab, pre_vec, tag=f"fold {k + 1} ")
            for row in hist:
                tp, fp, fn = row[3][5]
                c = pooled.setdefault(row[0], [0, 0, 0])
                c[0] += tp; c[1] += fp; c[2] += fn
        for ep, (tp, fp, fn) in sorted(pooled.items()):
            p = 100 * tp / max(tp + fp, 1); r = 100 * tp / max(tp + fn, 1)
            print(f"cv5 epoch {ep}: P {p:.2f} R {r:.2f} F1 {2 * p * r / (p + r):.2f}", flush=True)
        return
    if a.split == "dev":
        cut = len(train_all) - len(train_all) // 10
        train, evals = train_all[:cut], [("dev", train_all[cut:])]
    else:
        train, evals = train_all, [("test", read_tsv(os.path.join(a.dir, "anercorp_test.tsv")))]
    log(f"train {len(train)} sentences; " + ", ".join(f"{n} {len(s)}" for n, s in evals))
    model, voc, hist = train_eval(a, train, evals, pre_vocab, pre_vec)
    last = hist[-1]
    for name, p, r, f, per, counts in last[3:]:
        print_table(f"{name} after {a.epochs} epochs", p, r, f, per, counts)
    best = max(hist, key=lambda row: row[3][3])
    print(f"per-epoch {last[3][0]} F1: " + " ".join(f"{row[3][3]:.2f}" for row in hist) + f"; best {best[3][3]:.2f} at epoch {best[0]}")
    if a.save:
        torch.save({"model": model.state_dict(), "words": voc.w, "chars": voc.c, "n_pre": voc.n_pre, "args": vars(a)}, a.save)
        log(f"saved {a.save}")


def speed_cmd(a):
    torch.set_num_threads(1)
    ck = torch.load(a.save, weights_only=False)
    args = argparse.Namespace(**ck["args"])
    voc = Vocab([], [], args)
    voc.w, voc.c, voc.n_pre = ck["words"], ck["chars"], ck["n_pre"]
    model = Tagger(len(voc.w), len(voc.c), args)
    model.load_state_dict(ck["model"])
    sents = read_tsv(os.path.join(a.dir, "anercorp_test.tsv"))
    n_tok = sum(len(s) for s in sents)
    predict(model, sents[:50], voc)  # warm-up
    for bs in (1, 64):
        t0 = time.time()
        predict(model, sents, voc, bs=bs)
        el = time.time() - t0
        print(f"speed (torch, 1 thread, batch {bs}, batching/featurising included): {n_tok} tokens in {el:.2f}s = {n_tok / el:.0f} tokens/s")
    # Time of the network alone (no Python featurisation), batch 64.
    srt = sorted(sents, key=len)
    batches = [batchify(srt[i:i + 64], voc) for i in range(0, len(srt), 64)]
    model.eval()
    with torch.no_grad():
        t0 = time.time()
        for words, chars, known, _, mask in batches:
            model.crf.decode(model.emissions(words, chars, known), mask)
        el = time.time() - t0
        t0 = time.time()
        for words, chars, known, _, mask in batches:
            model.emissions(words, chars, known)
        el2 = time.time() - t0
    print(f"speed (torch, 1 thread, batch 64 length-sorted, network + Viterbi only): {n_tok / el:.0f} tokens/s; network only {n_tok / el2:.0f} tokens/s")
    n_params = {k: v.numel() for k, v in ck["model"].items()}
    total = sum(n_params.values())
    emb = n_params["word.weight"]
    print(f"parameters: {total} ({emb} word embeddings = {emb * 4 / 1e6:.1f} MB f32, {emb / 1e6:.1f} MB i8; rest {(total - emb) * 4 / 1e6:.2f} MB f32)")
    h, d_in = args.hidden, args.wdim + args.cfilters + 1
    lstm = 2 * 4 * h * (d_in + h)
    conv = 8 * args.cdim * 3 * args.cfilters  # ~8 characters per token
    outl = 2 * h * len(TAGS)
    print(f"multiply-adds per token: LSTM {lstm} (input part {2 * 4 * h * d_in}, recurrent {2 * 4 * h * h}), char CNN ~{conv}, output {outl}; total ~{lstm + conv + outl}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["pretrain", "train", "speed"])
    ap.add_argument("dir")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--neg", type=int, default=5)
    ap.add_argument("--sample", type=float, default=1e-4)
    ap.add_argument("--minutes", type=float, default=15)
    ap.add_argument("--split", default="dev", choices=["dev", "test", "cv5"])
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--wdim", type=int, default=100)
    ap.add_argument("--cdim", type=int, default=30)
    ap.add_argument("--cfilters", type=int, default=50)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--word-dropout", type=float, default=0.05)
    ap.add_argument("--init-norm", type=float, default=1.0)
    ap.add_argument("--train-min", type=int, default=1)
    ap.add_argument("--freeze", action="store_true")
    ap.add_argument("--no-pretrained", action="store_true")
    ap.add_argument("--vectors", default="sgns", choices=["sgns", "ppmi"])
    ap.add_argument("--ppmi-cache", default="target/ner-cache")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--save", default=None)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    if a.cmd == "pretrain":
        a.batch = a.batch or 2048
        a.lr = a.lr or 0.025
        torch.set_num_threads(a.threads)
        pretrain(a)
    elif a.cmd == "train":
        a.batch = a.batch or 16
        a.lr = a.lr or 0.002
        train_cmd(a)
    else:
        speed_cmd(a)


if __name__ == "__main__":
    main()
