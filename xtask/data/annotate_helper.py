#!/usr/bin/env python3
"""Annotation helper for the quote gold files (docs/gold/quotes-ant30*.jsonl, docs/quotes.md).

Prints no text to any file: the texts stay in ../shared; the gold stores byte offsets only.

  show DOCNO...            the article text, one sentence per line, each prefixed with its byte
                           offset (--words: every word with its byte offset)
  find DOCNO STRING        byte offsets [s,e) of every occurrence of STRING
  build SPEC OUT           turn an anchor spec (below) into a gold JSON-lines file
  validate GOLD [--render] check a gold file; --render prints every quote with its spans decoded

Spec lines (blank lines and lines starting with '#' ignored), fields separated by ' | ':
  DOCNO | VERB | SPEAKER | SPEAKER_SPAN | CONTENT_START .. CONTENT_END | KIND
  VERB           a whole word, optionally '@n' for its n-th whole-word occurrence (default 1)
  SPEAKER        the speaker name as written in the gold
  SPEAKER_SPAN   '-' (null) or a string; the whole-word occurrence nearest to the verb is taken
                 ('@n' selects the n-th occurrence instead; a '>' prefix the first one after the
                 verb, a '<' prefix the last one before it)
  CONTENT_START  a string: its first occurrence at/after the verb end ('<' prefix: the last one
                 before the verb start); CONTENT_END a string: its first occurrence ending at or
                 after the content start, the content ends after it
  Any anchor may be given as explicit byte offsets 's:e' instead.
Corpus: ../shared/data/corpus/ant_v2.1_multisource.jsonl.gz (--corpus PATH to override).
"""
import gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def default_corpus():
    """`shared/data/corpus/...` beside the checkout (the README's layout), else beside the nearest
    folder above it that has one (a git worktree /work/wt/NAME finds /work/shared)."""
    rel = os.path.join("shared", "data", "corpus", "ant_v2.1_multisource.jsonl.gz")
    beside = os.path.join(os.path.dirname(os.path.normpath(os.path.join(HERE, "..", ".."))), rel)
    for parent in [os.path.normpath(os.path.join(HERE, *[".."] * n)) for n in range(3, 8)]:
        if os.path.exists(os.path.join(parent, rel)):
            return os.path.join(parent, rel)
    return beside


DEFAULT = default_corpus()
LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\w]")
KEYS = ["docno", "verb", "verb_text", "speaker", "speaker_span", "content", "kind"]


def load(path, docnos=None):
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if docnos is not None and not any(d in line for d in docnos):
                continue
            d = json.loads(line)
            if docnos is None or d["docno"] in docnos:
                out[d["docno"]] = d
    return out


def sentences(text):
    """(byte offset, sentence) pairs; splits after . ! ? ؟ and at newlines."""
    res, start = [], 0
    for m in re.finditer(r"[.!?\u061F]+\s*|\n+", text):
        res.append((start, text[start:m.end()]))
        start = m.end()
    if start < len(text):
        res.append((start, text[start:]))
    return [(len(text[:cs].encode()), s.strip()) for cs, s in res]


def byte(text, ci):
    return len(text[:ci].encode())


def char(text, bi):
    return len(text.encode()[:bi].decode())


def occurrences(text, s, whole):
    res, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        ok = not whole or ((i == 0 or not LETTER.match(text[i - 1])) and (j == len(text) or not LETTER.match(text[j])))
        if ok:
            res.append((i, j))
        i = text.find(s, i + 1)
    return res


def explicit(a, text):
    m = re.fullmatch(r"(\d+):(\d+)", a.strip())
    if m:
        return char(text, int(m.group(1))), char(text, int(m.group(2)))
    return None


def nth(a):
    m = re.fullmatch(r"(.*)@(\d+)", a.strip())
    return (m.group(1), int(m.group(2))) if m else (a.strip(), None)


def build_line(line, texts, lineno):
    f = [x.strip() for x in line.split(" | ")]
    if len(f) != 6:
        raise SystemExit(f"spec line {lineno}: expected 6 fields, got {len(f)}: {line}")
    docno, verb, speaker, sspan, content, kind = f
    if docno not in texts:
        raise SystemExit(f"spec line {lineno}: unknown docno {docno}")
    t = texts[docno]["text"]

    def fail(msg):
        raise SystemExit(f"spec line {lineno} ({docno}): {msg}")

    v = explicit(verb, t)
    if v is None:
        w, n = nth(verb)
        occ = occurrences(t, w, True)
        if len(occ) < (n or 1):
            fail(f"verb {w!r} occurrence {n or 1} not found ({len(occ)} found)")
        v = occ[(n or 1) - 1]
    if sspan == "-":
        sp = None
    else:
        sp = explicit(sspan, t)
        if sp is None:
            w, n = nth(sspan)
            side = w[0] if w[:1] in "<>" else None
            if side:
                w = w[1:]
            occ = occurrences(t, w, True) or occurrences(t, w, False)
            if side == ">":
                occ = [o for o in occ if o[0] >= v[1]][:1]
            elif side == "<":
                occ = [o for o in occ if o[1] <= v[0]][-1:]
            if not occ:
                fail(f"speaker span {w!r} not found")
            if n:
                if len(occ) < n:
                    fail(f"speaker span {w!r} occurrence {n} not found")
                sp = occ[n - 1]
            else:
                sp = min(occ, key=lambda o: min(abs(o[0] - v[1]), abs(v[0] - o[1])))
    if " .. " not in content:
        fail("content must be 'START .. END'")
    cs_a, ce_a = [x.strip() for x in content.split(" .. ", 1)]
    cs = explicit(cs_a, t)
    if cs is None:
        if cs_a.startswith("<"):
            i = t.rfind(cs_a[1:], 0, v[0])
        else:
            i = t.find(cs_a, v[1])
        if i < 0:
            fail(f"content start {cs_a!r} not found")
        cs = (i, i + len(cs_a.lstrip("<")))
    ce = explicit(ce_a, t)
    if ce is None:
        i = t.find(ce_a, cs[0])
        while i >= 0 and i + len(ce_a) <= cs[0]:
            i = t.find(ce_a, i + 1)
        if i < 0:
            fail(f"content end {ce_a!r} not found after the content start")
        ce = (i, i + len(ce_a))
    if kind not in ("direct", "indirect"):
        fail(f"kind {kind!r}")
    return {
        "docno": docno,
        "verb": [byte(t, v[0]), byte(t, v[1])],
        "verb_text": t[v[0]:v[1]],
        "speaker": speaker,
        "speaker_span": None if sp is None else [byte(t, sp[0]), byte(t, sp[1])],
        "content": [byte(t, cs[0]), byte(t, ce[1])],
        "kind": kind,
    }


def validate(path, texts, render):
    errs, golds = [], []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {i}: bad JSON: {e}")
            continue
        golds.append((i, g))
    seen = {}
    for i, g in golds:
        where = f"line {i} ({g.get('docno')})"
        if list(g.keys()) != KEYS:
            errs.append(f"{where}: keys {list(g.keys())} != {KEYS}")
            continue
        if g["docno"] not in texts:
            errs.append(f"{where}: docno not in corpus")
            continue
        b = texts[g["docno"]]["text"].encode()
        spans = {"verb": g["verb"], "content": g["content"]}
        if g["speaker_span"] is not None:
            spans["speaker_span"] = g["speaker_span"]
        dec = {}
        for k, sp in spans.items():
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
                errs.append(f"{where}: {k} is not [s,e]")
                continue
            s, e = sp
            if not (0 <= s < e <= len(b)):
                errs.append(f"{where}: {k} {sp} outside the text (0..{len(b)}) or empty")
                continue
            try:
                dec[k] = b[s:e].decode()
            except UnicodeDecodeError:
                errs.append(f"{where}: {k} {sp} not on character boundaries")
                continue
            if dec[k] != dec[k].strip():
                errs.append(f"{where}: {k} {sp} has leading/trailing space")
        if "verb" in dec and dec["verb"] != g["verb_text"]:
            errs.append(f"{where}: verb_text {g['verb_text']!r} != text at verb {dec['verb']!r}")
        if not g["speaker"] or not isinstance(g["speaker"], str):
            errs.append(f"{where}: empty speaker")
        if g["kind"] not in ("direct", "indirect"):
            errs.append(f"{where}: kind {g['kind']!r}")
        key = (g["docno"], tuple(g["verb"]))
        if key in seen:
            errs.append(f"{where}: duplicate verb span of line {seen[key]}")
        seen[key] = i
        for (d, v), j in seen.items():
            if d == g["docno"] and j != i and v[0] < g["verb"][1] and g["verb"][0] < v[1] and (d, v) != key:
                errs.append(f"{where}: verb overlaps the verb of line {j}")
        if render:
            print(f"--- {where} {g['kind']}  speaker={g['speaker']}")
            print(f"  verb    {g['verb']} {dec.get('verb')}")
            print(f"  mention {g['speaker_span']} {dec.get('speaker_span')}")
            print(f"  content {g['content']} {dec.get('content')}")
    docs = {g["docno"] for _, g in golds}
    n = len(golds)
    ind = sum(g["kind"] == "indirect" for _, g in golds)
    null = sum(g["speaker_span"] is None for _, g in golds)
    print(f"{path}: {n} quotes in {len(docs)} articles ({ind} indirect, {n - ind} direct; "
          f"{null} without a speaker mention of their own)")
    for e in errs:
        print("ERROR", e)
    return not errs


def main():
    argv = sys.argv[1:]
    corpus = DEFAULT
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = argv[i + 1]
        del argv[i:i + 2]
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    cmd, rest = args[0], args[1:]
    if cmd == "show":
        texts = load(corpus, set(rest))
        for d in rest:
            if d not in texts:
                sys.exit(f"{d}: not in {corpus}")
            t = texts[d]["text"]
            print("=" * 60, d, f"({len(t.encode())} bytes)")
            print("TITLE", texts[d]["title"])
            for off, s in sentences(t):
                if "--words" in flags:
                    base = char(t, off)
                    for m in re.finditer(r"\S+", s):
                        ci = t.find(m.group(), base)
                        print(f"  {byte(t, ci):6d} {m.group()}")
                        base = ci + len(m.group())
                else:
                    print(f"[{off}] {s}")
    elif cmd == "find":
        texts = load(corpus, {rest[0]})
        t = texts[rest[0]]["text"]
        for s, e in occurrences(t, rest[1], False):
            print(f"{byte(t, s)}:{byte(t, e)}  …{t[max(0, s - 20):e + 20]}…")
    elif cmd == "build":
        spec, out = rest
        lines = [(i, l.rstrip("\n")) for i, l in enumerate(open(spec, encoding="utf-8"), 1)
                 if l.strip() and not l.lstrip().startswith("#")]
        texts = load(corpus, {l.split(" | ")[0].strip() for _, l in lines})
        with open(out, "w", encoding="utf-8") as f:
            for i, l in lines:
                f.write(json.dumps(build_line(l, texts, i), ensure_ascii=False) + "\n")
        print(f"wrote {len(lines)} quotes to {out}")
    elif cmd == "validate":
        docnos = {json.loads(l)["docno"] for l in open(rest[0], encoding="utf-8") if l.strip()}
        texts = load(corpus, docnos)
        sys.exit(0 if validate(rest[0], texts, "--render" in flags) else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
