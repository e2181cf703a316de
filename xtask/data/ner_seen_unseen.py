#!/usr/bin/env python3
"""Recall of the ANERcorp test entities seen and unseen in train (docs/ner.md, session 13).

An entity is "seen" when the same surface string (the corpus's tokens joined by spaces) is
an entity of the same type somewhere in ANERcorp train. Misses come from the evaluator:

    NER_ERRORS=1 cargo xtask eval-ner > /tmp/ner-err.txt
    python3 xtask/data/ner_seen_unseen.py /tmp/ner-err.txt

A missed gold span (an "FN TYPE:text" line) counts against the seen or unseen group of its
type; boundary errors count as misses, as in CoNLL scoring.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "ner", "anercorp-camel"))


def read(path):
    """Sentences as lists of (token, tag); PERS is renamed PER as in the evaluator."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append((parts[0], parts[-1].replace("PERS", "PER")))
    if cur:
        sents.append(cur)
    return sents


def entities(sents):
    out = []
    for s in sents:
        i = 0
        while i < len(s):
            tag = s[i][1]
            if tag[:2] in ("B-", "I-"):
                typ, j = tag[2:], i + 1
                while j < len(s) and s[j][1] == "I-" + typ:
                    j += 1
                out.append((typ, " ".join(w for w, _ in s[i:j])))
                i = j
            else:
                i += 1
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    train = set(entities(read(os.path.join(DATA, "ANERCorp_CamelLab_train.txt"))))
    test = entities(read(os.path.join(DATA, "ANERCorp_CamelLab_test.txt")))
    missed = collections.Counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            m = re.match(r"FN (\w+):(.*)", line.strip())
            if m:
                missed[(m.group(1), m.group(2))] += 1
    total, seen = collections.Counter(), collections.Counter()
    for typ, text in test:
        total[typ] += 1
        seen[typ] += (typ, text) in train
    miss_seen, miss_unseen = collections.Counter(), collections.Counter()
    for (typ, text), n in missed.items():
        (miss_seen if (typ, text) in train else miss_unseen)[typ] += n
    print("type   entities   seen  recall   unseen  recall")
    for typ in sorted(total) + ["all"]:
        if typ == "all":
            t, s = sum(total.values()), sum(seen.values())
            ms, mu = sum(miss_seen.values()), sum(miss_unseen.values())
        else:
            t, s, ms, mu = total[typ], seen[typ], miss_seen[typ], miss_unseen[typ]
        u = t - s
        print(f"{typ:5} {t:9} {s:6} {100 * (1 - ms / max(1, s)):6.1f}   {u:6} {100 * (1 - mu / max(1, u)):6.1f}")


if __name__ == "__main__":
    main()
