"""Where a Spark application spent its time, from its event log.

    python python/marsad_spark/eventlog.py EVENT_LOG_FILE

Run the job with `--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=DIR` (or
`job.py --event-log DIR`), then point this at the file Spark wrote in DIR. Prints, per job and
per stage: wall time (submission to completion), number of tasks, the sum of the tasks'
executor run time and executor CPU time (JVM threads only: time spent waiting on Python
workers counts as run time, not CPU), and the stage's name; then the totals and the driver-side
time outside any job (JVM start to the first job, gaps between jobs); then the cores busy over
time: each job and each stretch of driver time between jobs with the average number of tasks
running and the seconds when at most one core worked, and one digit per second.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import subprocess
import sys


def _lines(path):
    """The JSON lines of an event log: a file, or Spark 4's rolling directory (`eventlog_v2_*`
    holding `events_N_*` files); `.zstd`/`.lz4` files are decompressed with the command-line
    tools (`job.py --event-log` writes uncompressed logs)."""
    p = pathlib.Path(path)
    files = sorted(p.glob("events_*"), key=lambda f: int(f.name.split("_")[1])) if p.is_dir() else [p]
    for f in files:
        if f.suffix in (".zstd", ".zst", ".lz4"):
            tool = "zstd" if f.suffix != ".lz4" else "lz4"
            text = subprocess.run([tool, "-dc", str(f)], capture_output=True, check=True).stdout.decode("utf-8")
            yield from text.splitlines()
        else:
            with f.open(encoding="utf-8") as fh:
                yield from fh


def load(path):
    app_start = app_end = None
    jobs = {}  # job id -> dict
    stages = {}  # (stage id, attempt) -> dict
    tasks = collections.defaultdict(lambda: {"n": 0, "run_ms": 0, "cpu_ns": 0, "gc_ms": 0, "shuffle_write": 0, "bytes_written": 0, "files": 0})
    sql = {}  # execution id -> description
    intervals = []  # (launch, finish) of every task, ms
    if True:
        for line in _lines(path):
            e = json.loads(line)
            kind = e["Event"]
            if kind == "SparkListenerApplicationStart":
                app_start = e["Timestamp"]
            elif kind == "SparkListenerApplicationEnd":
                app_end = e["Timestamp"]
            elif kind == "SparkListenerJobStart":
                props = e.get("Properties") or {}
                jobs[e["Job ID"]] = {
                    "start": e["Submission Time"],
                    "stages": e.get("Stage IDs", []),
                    "sql": props.get("spark.sql.execution.id"),
                    "desc": props.get("spark.job.description") or props.get("callSite.short") or "",
                }
            elif kind == "SparkListenerJobEnd":
                jobs.setdefault(e["Job ID"], {})["end"] = e["Completion Time"]
            elif kind == "SparkListenerStageCompleted":
                info = e["Stage Info"]
                stages[(info["Stage ID"], info.get("Stage Attempt ID", 0))] = {
                    "name": info["Stage Name"],
                    "tasks": info["Number of Tasks"],
                    "start": info.get("Submission Time"),
                    "end": info.get("Completion Time"),
                    "details": info.get("Details", ""),
                }
            elif kind == "SparkListenerTaskEnd":
                m = e.get("Task Metrics") or {}
                t = tasks[(e["Stage ID"], e.get("Stage Attempt ID", 0))]
                t["n"] += 1
                t["run_ms"] += m.get("Executor Run Time", 0)
                t["cpu_ns"] += m.get("Executor CPU Time", 0)
                t["gc_ms"] += m.get("JVM GC Time", 0)
                t["shuffle_write"] += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
                t["bytes_written"] += (m.get("Output Metrics") or {}).get("Bytes Written", 0)
                info = e.get("Task Info") or {}
                if info.get("Launch Time") and info.get("Finish Time"):
                    intervals.append((info["Launch Time"], info["Finish Time"]))
            elif kind == "org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart":
                sql[str(e["executionId"])] = e.get("description", "")
    return app_start, app_end, jobs, stages, tasks, sql, intervals


def busy(intervals, start, end):
    """Time-weighted histogram of the number of tasks running between start and end (ms):
    {running tasks: seconds}."""
    points = sorted([(a, 1) for a, _ in intervals] + [(b, -1) for _, b in intervals])
    hist = collections.Counter()
    running, t = 0, start
    for when, step in points:
        if when > t:
            lo, hi = max(t, start), min(when, end)
            if hi > lo:
                hist[running] += (hi - lo) / 1000
            t = when
        running += step
    if end > t:
        hist[running] += (end - max(t, start)) / 1000
    return hist


def timeline(app_start, app_end, jobs, intervals, cores, out=sys.stdout):
    """Cores busy over time: the run cut into phases (each job, and the driver's time between
    jobs), with the average number of tasks running and how long at most one core worked; then
    one digit per second (average tasks running in that second, rounded; `.` = none)."""
    p = lambda *a: print(*a, file=out)  # noqa: E731
    end = app_end or max((b for _, b in intervals), default=app_start)
    phases, t = [], app_start
    for jid in sorted(jobs, key=lambda j: jobs[j]["start"]):
        j = jobs[jid]
        if j["start"] > t:
            phases.append(("driver (no job)", t, j["start"]))
        phases.append((f"job {jid}", j["start"], max(j.get("end", j["start"]), j["start"])))
        t = max(t, j.get("end", j["start"]))
    if end > t:
        phases.append(("driver (no job)", t, end))
    p(f"{'from s':>7} {'to s':>7} {'wall s':>7} {'avg busy':>8} {'<=1 busy s':>10}  phase")
    low_total = collections.Counter()
    for name, a, b in phases:
        h = busy(intervals, a, b)
        wall = (b - a) / 1000
        avg = sum(k * v for k, v in h.items()) / wall if wall else 0
        low = sum(v for k, v in h.items() if k <= 1)
        low_total[name.split()[0]] += low
        p(f"{(a - app_start) / 1000:7.1f} {(b - app_start) / 1000:7.1f} {wall:7.1f} {avg:8.2f} {low:10.1f}  {name}")
    h = busy(intervals, app_start, end)
    total = (end - app_start) / 1000
    dist = ", ".join(f"{k} running {v:.1f} s" for k, v in sorted(h.items()))
    p(f"cores busy over the application ({total:.1f} s, {cores} cores): {dist}")
    p(f"  at most one task running: {sum(v for k, v in h.items() if k <= 1):.1f} s "
      f"(in jobs {low_total['job']:.1f} s, outside jobs {low_total['driver']:.1f} s); "
      f"task-seconds {sum(k * v for k, v in h.items()):.1f} of {cores * total:.1f} available")
    digits = []
    for sec in range(int(total) + 1):
        a = app_start + 1000 * sec
        hs = busy(intervals, a, min(a + 1000, end))
        avg = sum(k * v for k, v in hs.items())
        digits.append("." if avg < 0.05 else str(min(9, round(avg + 1e-9)) or 1 if avg > 0 else "."))
    p("per second (tasks running, rounded; '.' none):")
    for i in range(0, len(digits), 60):
        p(f"  {i:5d} s  {''.join(digits[i:i + 60])}")


def report(path, out=sys.stdout, cores=2):
    app_start, app_end, jobs, stages, tasks, sql, intervals = load(path)
    tot_run = tot_cpu = 0
    in_jobs = 0
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"{'job/stage':>10} {'wall s':>7} {'tasks':>5} {'run s':>7} {'cpu s':>7} {'gc s':>5} {'written MB':>10}  name")
    prev_end = app_start
    gaps = 0
    for jid in sorted(jobs):
        j = jobs[jid]
        wall = (j.get("end", j["start"]) - j["start"]) / 1000
        in_jobs += wall
        if prev_end is not None:
            gaps += max(0, j["start"] - prev_end) / 1000
        prev_end = max(prev_end or 0, j.get("end", j["start"]))
        desc = sql.get(j["sql"], "") if j.get("sql") else ""
        p(f"{'job ' + str(jid):>10} {wall:7.1f} {'':>5} {'':>7} {'':>7} {'':>5} {'':>10}  {(desc or j['desc'])[:90]}")
        for sid in j["stages"]:
            key = (sid, 0)
            if key not in stages:
                continue  # skipped (its shuffle output was reused)
            s, t = stages[key], tasks[key]
            swall = ((s["end"] or 0) - (s["start"] or 0)) / 1000
            tot_run += t["run_ms"] / 1000
            tot_cpu += t["cpu_ns"] / 1e9
            p(
                f"{'stage ' + str(sid):>10} {swall:7.1f} {t['n']:>5} {t['run_ms'] / 1000:7.1f} {t['cpu_ns'] / 1e9:7.1f} "
                f"{t['gc_ms'] / 1000:5.1f} {t['bytes_written'] / 1e6:10.1f}  {s['name'][:90]}"
            )
    p("")
    total = ((app_end or prev_end) - app_start) / 1000 if app_start else 0
    p(f"application: {total:.1f} s wall (Spark context start to stop), {len(jobs)} jobs, {len(stages)} stages run")
    p(f"  in jobs: {in_jobs:.1f} s wall; outside jobs (driver: planning, file listing/commits, Python): {gaps:.1f} s")
    p(f"  tasks: {tot_run:.1f} s executor run time, {tot_cpu:.1f} s executor (JVM) CPU time")
    if app_start:
        p("")
        timeline(app_start, app_end, jobs, intervals, cores, out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("log", help="a Spark event log: a file, or Spark 4's eventlog_v2_* directory")
    ap.add_argument("--cores", type=int, default=2, help="executor cores of the run (local[N]: N), for the busy-time view")
    args = ap.parse_args(argv)
    report(args.log, cores=args.cores)


if __name__ == "__main__":
    main()
