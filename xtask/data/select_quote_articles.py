#!/usr/bin/env python3
"""Reproducible selection of the 30 articles of the quote gold standard (docs/gold/quotes-ant30.jsonl).

Rule (see docs/quotes.md):
  * corpus: ../shared/data/corpus/ant_v2.1_multisource.jsonl.gz, read in file order;
  * eligible: cat in {middleEast, internationalNews} (the two news/politics categories of the
    corpus), 800 <= len(text) <= 4000 characters, and the text contains at least one of the
    reporting-verb stems below as a whole word (optionally prefixed by و/ف);
  * per source (alarabia, BBC, CNN, france24, skynews): number its eligible articles 0,1,2,...
    in file order and take those whose index i satisfies i % K == OFFSET, K = n_eligible // 6
    for that source, until 6 are taken -> 6 per source, 30 in all, spread over the whole file.
No randomness; prints the docnos (and, with --show, the texts).
OFFSET is 0 for the development gold (docs/gold/quotes-ant30.jsonl), 3 for the held-out gold
(docs/gold/quotes-ant30-heldout.jsonl), 6 for the test gold (docs/gold/quotes-ant30-test.jsonl),
9 for the fourth (development) gold (docs/gold/quotes-ant30-dev4.jsonl) and 12 for the fifth
(docs/gold/quotes-ant30-dev5.jsonl):
same rule, disjoint articles (0 < OFFSET < K).
Usage: python3 xtask/data/select_quote_articles.py [corpus.jsonl.gz] [--offset N] [--show]
"""
import gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "corpus",
                                        "ant_v2.1_multisource.jsonl.gz"))
CATS = {"middleEast", "internationalNews"}
VERBS = ["قال", "أكد", "أضاف", "أشار", "أوضح", "اعتبر", "شدد", "نفى", "صرح", "أعلن", "ذكر", "تابع", "لفت"]
VERB_RE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:%s)(?![\u0621-\u064A])" % "|".join(VERBS))
PER_SOURCE = 6


def main():
    argv = sys.argv[1:]
    offset = 0
    if "--offset" in argv:
        i = argv.index("--offset")
        if i + 1 >= len(argv) or not argv[i + 1].isdigit():
            sys.exit("--offset needs a non-negative integer")
        offset = int(argv[i + 1])
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    show = "--show" in argv
    path = args[0] if args else DEFAULT
    elig = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = d["text"]
            if d["cat"] in CATS and 800 <= len(t) <= 4000 and VERB_RE.search(t):
                elig.setdefault(d["src"], []).append(d)
    chosen = []
    for src in sorted(elig):
        arts = elig[src]
        k = max(1, len(arts) // PER_SOURCE)
        if offset >= k:
            sys.exit(f"--offset {offset} must be smaller than K = {k} for source {src}")
        picked = [a for i, a in enumerate(arts) if i % k == offset][:PER_SOURCE]
        chosen.extend(picked)
    for d in chosen:
        if show:
            print("=" * 80)
            print(d["docno"], d["src"], d["cat"], len(d["text"]))
            print(d["title"])
            print(d["text"])
        else:
            print(d["docno"], d["src"], d["cat"], len(d["text"]), sep="\t")


if __name__ == "__main__":
    main()
