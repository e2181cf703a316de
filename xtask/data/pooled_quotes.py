#!/usr/bin/env python3
"""Pooled quote speaker accuracy over the development gold files (docs/quotes.md).

Runs `target/release/xtask eval-quotes --gold F [--ranked]` for every docs/gold/quotes-ant30*.jsonl
except the annotators' parts (-a/-b/-c), the test set and the current blind sets (--blind, a comma
list, default dev54,dev55,dev56; `--blind none` pools them all), and sums gold / system / matched quotes and right speakers. Build first:
`cargo build --release -p xtask`. Usage:
  python3 xtask/data/pooled_quotes.py [--ranked] [--per-file] [--files dev27,test] [--root DIR]
(quotes-ant30.jsonl is "dev1"; --files picks sets by short name, the test set included.)
"""
import glob, os, re, subprocess, sys, argparse
ap = argparse.ArgumentParser()
ap.add_argument('--ranked', action='store_true')
ap.add_argument('--per-file', action='store_true')
ap.add_argument('--files', default=None, help='comma list of short names e.g. dev25,test')
ap.add_argument('--root', default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')))
ap.add_argument('--blind', default='dev54,dev55,dev56', help='comma list of blind sets left out')
a = ap.parse_args()
root = a.root
gd = os.path.join(root, 'docs/gold')
def short(p):
    b = os.path.basename(p)[len('quotes-ant30'):-len('.jsonl')]
    return b.lstrip('-') or 'dev1'
if a.files:
    want = a.files.split(',')
    files = [p for p in glob.glob(gd + '/quotes-ant30*.jsonl') if short(p) in want]
else:
    files = [p for p in sorted(glob.glob(gd + '/quotes-ant30*.jsonl'))
             if not re.search(r'-[abc]\.jsonl$', p) and short(p) not in ('test', *a.blind.split(','))]
tg = ts = tm = tq = tqg = 0
for p in sorted(files, key=short):
    cmd = [os.path.join(root, 'target/release/xtask'), 'eval-quotes', '--gold', p]
    if a.ranked: cmd.append('--ranked')
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
    txt = out.stdout + out.stderr
    m = re.search(r'gold\s+(\d+)\s+system\s+(\d+)\s+matched\s+(\d+)', txt)
    q = re.search(r'matched quotes: (\d+)/(\d+)', txt)
    if not m:
        print('FAIL', p, txt[-500:]); continue
    g, s, mm = map(int, m.groups())
    tg += g; ts += s; tm += mm
    if q:
        tq += int(q.group(1)); tqg += int(q.group(2))
    if a.per_file:
        print(f"{short(p):10s} gold {g} sys {s} matched {mm} speakers {q.group(1) if q else '?'}/{mm}")
print(f"files {len(files)} gold {tg} system {ts} matched {tm}  speaker-correct {tq}/{tqg} = {100*tq/max(tqg,1):.1f}% of matched (headline); {tq}/{tg} all gold")
