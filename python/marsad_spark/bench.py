"""Benchmark: the Spark job in local[2] versus the `marsad` CLI on the ANT corpus.

    python python/marsad_spark/bench.py [--limit N] [--marsad target/release/marsad]

1. Writes the ANT articles (../shared/data/corpus/ant_*.jsonl.gz: 31,525 + 10,161 records) as
   one JSON-lines file with the fields `marsad analyze --format jsonl` reads (id = docno,
   published = time, source = src, url, title, text), in a scratch directory.
2. Times `marsad analyze --format jsonl --threads T FILE > /dev/null` (full analysis incl.
   events, JSON written and discarded) with T = the cores of the Spark master (2 for local[2]):
   the same cores for both.
3. Times `python job.py --master local[2] --input FILE --output DIR` end to end (JVM start,
   reading, analysis in mapInArrow on 2 executor cores, writing entities/quotes/events Parquet,
   the cross-article merge and the aggregates).
4. Prints articles/s for both and the ratio Spark / CLI (target ≥ 0.70), then deletes the
   scratch files.

With --perf each command runs under `perf stat -e task-clock` and its whole process tree's CPU
time is printed too (a fairer comparison on a shared machine); --event-log DIR keeps the
job's Spark event log for `python python/marsad_spark/eventlog.py DIR/*`; --merge auto,spark runs
the job once per merge mode after the same CLI run (the driver's pyarrow merge against Spark SQL's).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
FILES = ["ant_v2.1_multisource.jsonl.gz", "ant_v1.1_jawharafm.jsonl.gz"]


def write_input(path: pathlib.Path, limit: int | None) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for name in FILES:
            with gzip.open(CORPUS / name, "rt", encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    if limit is not None and n >= limit:
                        return n
                    d = json.loads(line)
                    doc = {"id": d.get("docno") or d.get("id"), "text": d.get("text") or "", "published": d.get("time"), "source": d.get("src"), "url": d.get("url"), "title": d.get("title")}
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                    n += 1
    return n


def timed(cmd, perf: bool, scratch: pathlib.Path, **kw) -> float | None:
    """Run cmd (check=True); with perf, under `perf stat -e task-clock` and return the CPU
    seconds of its whole process tree (all threads, all child processes)."""
    if not perf:
        subprocess.run(cmd, check=True, **kw)
        return None
    out = scratch / "perf.csv"
    subprocess.run(["perf", "stat", "-x", ",", "-e", "task-clock", "-o", str(out), "--", *cmd], check=True, **kw)
    for line in out.read_text().splitlines():
        fields = line.split(",")
        if len(fields) > 2 and fields[2].startswith("task-clock"):
            return float(fields[0]) / 1000  # msec
    raise RuntimeError(f"no task-clock line in perf output: {out.read_text()!r}")


def cpu_note(cpu: float | None, n: int) -> str:
    return "" if cpu is None else f"; CPU {cpu:.1f} s ({n / cpu:.0f} articles per CPU-second)"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--limit", type=int, default=None, help="only the first N articles (default: all)")
    p.add_argument("--marsad", default=str(ROOT / "target" / "release" / "marsad"), help="the CLI binary")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--skip-cli", action="store_true", help="time the Spark job only")
    p.add_argument("--perf", action="store_true", help="also report the CPU time of each command's whole process tree (perf stat -e task-clock)")
    p.add_argument("--event-log", default=None, metavar="DIR", help="keep the Spark job's event log in DIR (python/marsad_spark/eventlog.py reads it)")
    p.add_argument(
        "--merge",
        default="auto",
        metavar="MODE[,MODE…]",
        help="the job's --merge (auto, spark, driver); several, comma-separated, run the job once each after the same CLI run (an A/B in one round)",
    )
    args = p.parse_args()
    modes = args.merge.split(",")
    if not set(modes) <= {"auto", "spark", "driver"}:
        p.error(f"--merge {args.merge!r}: modes are auto, spark, driver")

    scratch = pathlib.Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    try:
        data = scratch / "ant.jsonl"
        n = write_input(data, args.limit)
        print(f"input: {n} articles, {data.stat().st_size / 1e6:.1f} MB ({', '.join(FILES)}{', first ' + str(args.limit) if args.limit else ''})")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")

        # local[N] → N threads for the CLI; local[*] or a cluster master → all local cores.
        m = re.fullmatch(r"local\[(\d+)\]", args.master)
        threads = int(m.group(1)) if m else os.cpu_count()
        cli_rate = None
        if not args.skip_cli:
            t = time.perf_counter()
            with open(os.devnull, "wb") as devnull:
                cpu = timed([args.marsad, "analyze", "--format", "jsonl", "--threads", str(threads), str(data)], args.perf, scratch, stdout=devnull)
            cli_secs = time.perf_counter() - t
            cli_rate = n / cli_secs
            print(f"cli:   marsad analyze --format jsonl --threads {threads}: {cli_secs:.1f} s, {cli_rate:.1f} articles/s (load {os.getloadavg()[0]:.1f}){cpu_note(cpu, n)}")

        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
        for mode in modes:
            cmd = [sys.executable, str(pathlib.Path(__file__).with_name("job.py")), "--master", args.master, "--input", str(data), "--output", str(scratch / "out"), "--merge", mode]
            if args.event_log:
                cmd += ["--event-log", args.event_log]
            t = time.perf_counter()
            cpu = timed(cmd, args.perf, scratch, env=env)
            spark_secs = time.perf_counter() - t
            spark_rate = n / spark_secs
            print(f"spark: job.py --master {args.master} --merge {mode} (end to end, incl. JVM start): {spark_secs:.1f} s, {spark_rate:.1f} articles/s (load {os.getloadavg()[0]:.1f}){cpu_note(cpu, n)}")
            if cli_rate:
                ratio = spark_rate / cli_rate
                print(f"ratio spark/cli (--merge {mode}): {ratio:.2f} (target >= 0.70: {'met' if ratio >= 0.70 else 'NOT MET'})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
