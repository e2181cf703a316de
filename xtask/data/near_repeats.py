#!/usr/bin/env python3
"""Near-repeat check for a new quote gold selection (docs/quotes.md, "Article selection").

For each docno of a selection (the output of select_quote_articles.py), prints the largest share
of its word 6-shingles found in one article already in the gold (any docs/gold/quotes-ant30*.jsonl)
and that article. Articles above the fixed bar 0.3 repeat earlier gold and are dropped from the
new set. Usage:
  python3 xtask/data/select_quote_articles.py --offset N > sel.txt
  python3 xtask/data/near_repeats.py sel.txt [--corpus PATH] | sort -k2 -n -r | head
"""
import argparse, glob, gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "corpus", "ant_v2.1_multisource.jsonl.gz"))


def shingles(text):
    w = re.findall(r"\w+", text)
    return {" ".join(w[i:i + 6]) for i in range(len(w) - 5)}


def main():
    ap = argparse.ArgumentParser(description="near repeats of earlier quote gold in a new selection")
    ap.add_argument("selection", help="output of select_quote_articles.py (docno first on each line)")
    ap.add_argument("--corpus", default=DEFAULT)
    a = ap.parse_args()
    corpus = a.corpus
    sel = [l.split("\t")[0] for l in open(a.selection, encoding="utf-8") if l.strip()]
    gold = set()
    for f in glob.glob(os.path.join(ROOT, "docs", "gold", "quotes-ant30*.jsonl")):
        gold |= {json.loads(l)["docno"] for l in open(f, encoding="utf-8") if l.strip()}
    texts = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            if d["docno"] in gold or d["docno"] in sel:
                texts[d["docno"]] = d["text"]
    missing = [d for d in sel if d not in texts]
    if missing:
        sys.exit(f"not in {corpus}: {' '.join(missing)}")
    gs = {d: shingles(texts[d]) for d in gold if d in texts}
    for d in sel:
        s = shingles(texts[d])
        best, other = 0.0, "-"
        for g, x in gs.items():
            if g in sel:  # the selection's own articles (re-checking a set already in the gold)
                continue
            r = len(s & x) / max(1, len(s))
            if r > best:
                best, other = r, g
        print(f"{d}\t{best:.2f}\t{other}")


if __name__ == "__main__":
    main()
