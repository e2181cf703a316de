"""Equivalence of the Spark job with the CLI.

The job (python/marsad_spark/job.py) runs in Spark local[2] on a small corpus of our own
sentences; the CLI runs `marsad analyze --format jsonl corpus.jsonl | marsad events-export
--format plover` on the same file. "Equal" means: the same merged events in the same order
(events merged across articles by type, sorted actor codes, sorted recipient codes, date and
place; negated events excluded), and for each one the same PLOVER record — id (MARSAD-<first
article>-<n>), event type, CAMEO code, quad code, scale, mode, context, date, actors and
recipients (text, code, sector, identifier), trigger text, sentence offsets, place, flags,
confidence, provenance comment and NumMentions / NumSources / NumArticles. Only `cite_info`'s
url and title (article metadata the job does not carry into the event table) are left out.
The per-day aggregates are checked against counts computed from the CLI's `analyze` output.
"""

import collections
import json
import os
import pathlib
import re
import sys
import zipfile

import numpy as np
import pytest

from conftest import run_cli

# Appended, not prepended: python/marsad (the source, without the compiled module) must not
# shadow the installed wheel; only marsad_spark is taken from here.
sys.path.append(str(pathlib.Path(__file__).resolve().parents[1]))
from marsad_spark import job  # noqa: E402

pyspark = pytest.importorskip("pyspark", reason="pyspark is installed by .ci/run")

# Our own articles. Transliteration — gloss in the comments.
CORPUS = [
    # iltaqā wazīru al-khārijiyyati al-amrīkiyyu naẓīrahu al-faransiyya fī bārīs al-yawma wa-baḥathā
    # al-azmata fī lubnān — "The US secretary of state met his French counterpart in Paris today and
    # they discussed the crisis in Lebanon."
    {"id": "a1", "source": "wire", "published": "2021-03-02",
     "text": "التقى وزير الخارجية الأمريكي نظيره الفرنسي في باريس اليوم وبحثا الأزمة في لبنان."},
    # wa-ttahamat al-ḥukūmatu al-ʿirāqiyyatu īrāna bi-qaṣfi qurā fī kurdistān — "The Iraqi
    # government accused Iran of shelling villages in Kurdistan." (reported by two sources)
    {"id": "a2", "source": "wire", "published": "2021-03-02",
     "text": "واتهمت الحكومة العراقية إيران بقصف قرى في كردستان. وقال متحدث باسم الحكومة إن القصف استمر يومين."},
    {"id": "a3", "url": "https://news.example/ar/2021/03/02/iraq", "published": "Tue, 02 Mar 2021 09:00:00 +0000",
     "text": "اتهمت الحكومة العراقية إيران بقصف قرى في كردستان."},
    # taẓāhara ālāfu al-muwāṭinīna amsi fī bayrūta iḥtijājan ʿalā ightiyāli ṣaḥafiyyin — "Thousands of
    # citizens demonstrated yesterday in Beirut protesting the assassination of a journalist."
    {"id": "b1", "source": "daily", "published": "2021-03-03",
     "text": "تظاهر آلاف المواطنين أمس في بيروت احتجاجا على اغتيال صحفي. واعتقلت الشرطة عشرات المتظاهرين."},
    # lam yaltaqi ar-raʾīsu al-miṣriyyu naẓīrahu as-sūdāniyya — "The Egyptian president did not meet
    # his Sudanese counterpart" (negated: excluded from the export)
    {"id": "c1", "source": "daily",
     "text": "لم يلتق الرئيس المصري نظيره السوداني خلال القمة. وأدان الرئيس المصري الهجوم على الحدود."},
    # numeric id, no published date: "Egypt condemned the attack and called for restraint."
    {"id": 42, "source": "weekly", "published": "2021-03-04",
     "text": "وأدانت مصر الهجوم على الحدود ودعت إلى ضبط النفس."},
]


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    # The workers unpickle `analyze_partition` by reference to `marsad_spark.job`, so they must
    # import that module: ship it the way a cluster job does (a zip through addPyFile), without
    # putting python/ itself on their path (its source `marsad/` would shadow the installed
    # wheel with the compiled module).
    ship = tmp_path_factory.mktemp("pyfiles") / "marsad_spark.zip"
    with zipfile.ZipFile(ship, "w") as z:
        for f in sorted(pathlib.Path(job.__file__).parent.glob("*.py")):
            z.write(f, f"marsad_spark/{f.name}")
    s.sparkContext.addPyFile(str(ship))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    path = d / "corpus.jsonl"
    path.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in CORPUS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_out(spark, corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    counts = job.run(spark, str(corpus), str(out), partitions=2)
    assert counts["articles"] == len(CORPUS) and counts["rejected"] == 0
    # A small merge input: the driver merges it (merge="auto"); the Spark SQL merge is compared
    # with it in test_the_spark_merge_writes_the_same_tables_as_the_driver_merge.
    assert counts["merge"] == "driver"
    return out


@pytest.fixture(scope="module")
def cli_analyzed(marsad_bin, corpus):
    return run_cli(marsad_bin, ["analyze", "--format", "jsonl", str(corpus)], b"")


def f32(x):
    return None if x is None else float(np.float32(x))


def plover_from_spark(r):
    """The PLOVER record `marsad events-export` writes, from a row of events_merged."""
    def entity(p):
        o = {"entity_text": p["text"]}
        if p["country"] is not None:
            o["code"] = p["country"]
        if p["sector"] is not None:
            o["sector"] = p["sector"]
        if p["id"] is not None:
            o["identifier_id"] = p["id"]
        return o

    rec = {
        "id": f"MARSAD-{r['doc_id']}-{r['global_event_id']:04}",
        "date": r["date"],
        "actor": [entity(p) for p in r["actors"]],
        "recipient": [entity(p) for p in r["recipients"]],
        "event": [r["event"]],
        "event_text": [r["trigger"]],
        "quad_code": r["quad_class"],
        "event_scale": f32(r["score"]),
        "mode": [r["mode"]] if r["mode"] is not None else [],
        "context": list(r["context"]),
        "text_info": {"start": r["sentence_start"], "end": r["sentence_end"]},
        "citation": r["doc_id"],
        "comment": r["provenance"],
        "cameo": r["cameo"],
        "num_mentions": r["num_mentions"],
        "num_sources": r["num_sources"],
        "num_articles": r["num_articles"],
        "negated": r["negated"], "future": r["future"], "hypothetical": r["hypothetical"], "reported": r["reported"],
        "confidence": f32(r["confidence"]),
    }
    if r["place"] is not None:
        rec["event_loc"] = {"extracted_place": r["place"], "resolved_place": r["place_name_en"], "geonameid": r["place_geonames_id"],
                            "lat": r["place_lat"], "lon": r["place_lon"], "country_code": r["place_country_code"]}
    return rec


def plover_from_cli(rec):
    keep = {k: v for k, v in rec.items() if k not in ("has_event", "cite_info", "coder")}
    keep["citation"] = rec["cite_info"]["citation"]
    keep["event_scale"] = f32(rec["event_scale"])
    keep["confidence"] = f32(rec["confidence"])
    return keep


def test_merged_events_equal_the_cli_export(marsad_bin, spark, spark_out, cli_analyzed):
    exported = run_cli(marsad_bin, ["events-export", "--format", "plover", "-"], cli_analyzed)
    cli = [plover_from_cli(json.loads(line)) for line in exported.decode().splitlines()]
    rows = spark.read.parquet(str(spark_out / "events_merged")).orderBy("global_event_id").collect()
    ours = [plover_from_spark(r.asDict(recursive=True)) for r in rows]
    # The corpus exercises the export: events of several types, a merge across two sources.
    assert len(cli) >= 4, cli
    assert {e["event"][0] for e in cli} >= {"CONSULT", "ACCUSE", "PROTEST"}, cli
    assert any(e["num_articles"] == 2 and e["num_sources"] == 2 for e in cli), cli
    assert ours == cli


def test_fact_tables_equal_the_cli_analysis(spark, spark_out, cli_analyzed):
    docs = [json.loads(line) for line in cli_analyzed.decode().splitlines()]
    ents = spark.read.parquet(str(spark_out / "entities")).collect()
    got = sorted((r["doc_id"], r["start"], r["end"], r["text"], r["type"]) for r in ents)
    want = sorted((d["id"], e["start"], e["end"], e["text"], e["type"]) for d in docs for e in d["entities"])
    assert got == want and got
    quotes = spark.read.parquet(str(spark_out / "quotes")).collect()
    assert sorted((r["doc_id"], r["verb_start"], r["content"]) for r in quotes) == sorted(
        (d["id"], q["verb"]["start"], q["content"]["text"]) for d in docs for q in d["quotes"])
    events = spark.read.parquet(str(spark_out / "events")).collect()
    assert sorted((r["doc_id"], r["index"], r["event"], r["cameo"], r["trigger_start"], r["negated"]) for r in events) == sorted(
        (d["id"], i, e["event"], e["cameo"], e["trigger"]["start"], e["negated"]) for d in docs for i, e in enumerate(d["events"]))
    # Partitioned by the article's publication day.
    parts = sorted(p.name for p in (spark_out / "events").iterdir() if p.name.startswith("pub_date="))
    assert "pub_date=2021-03-02" in parts and "pub_date=unknown" in parts, parts


def test_aggregates_match_counts_from_the_cli(spark, spark_out, cli_analyzed):
    docs = [json.loads(line) for line in cli_analyzed.decode().splitlines()]
    by_type, by_pair = collections.Counter(), collections.Counter()
    for d in docs:
        pub = job_day(d.get("published"))
        for e in d["events"]:
            if e["negated"]:
                continue
            day = e["date"][:10] if e["date"] and re.match(r"\d{4}-\d{2}-\d{2}", e["date"]) else pub
            by_type[(day, e["event"])] += 1
            code = lambda ps: ((ps[0]["country"] or "") + (ps[0]["sector"] or "")) if ps else ""  # noqa: E731
            by_pair[(day, code(e["actors"]), code(e["recipients"]))] += 1
    got_type = {(r["day"], r["event"]): r["events"] for r in spark.read.parquet(str(spark_out / "events_by_type_day")).collect()}
    got_pair = {(r["day"], r["actor1_code"], r["actor2_code"]): r["events"] for r in spark.read.parquet(str(spark_out / "events_by_actor_pair_day")).collect()}
    assert got_type == dict(by_type) and got_type
    assert got_pair == dict(by_pair)


def job_day(published):
    import marsad

    return marsad.published_day(published) if isinstance(published, str) else None


@pytest.mark.parametrize("reader", ["spark", "tasks"])
def test_the_other_json_lines_readers_give_the_same_tables(spark, corpus, spark_out, tmp_path, monkeypatch, reader):
    """`--jsonl-reader spark` (Spark's JSON reader) and `--jsonl-reader tasks` (byte-range
    splits read by the tasks, here ~200-byte splits: several per task, lines cut at every
    place) write the same rows in all six tables as the default reader (`lines`: Spark reads
    text lines, the engine parses them), the same merged-event numbering included (the input
    order survives the splits)."""
    monkeypatch.setattr(job, "MIN_SPLIT_BYTES", 200)
    out = tmp_path / "out"
    counts = job.run(spark, str(corpus), str(out), partitions=8, jsonl_reader=reader)
    assert counts["articles"] == len(CORPUS) and counts["rejected"] == 0 and counts["bad"] == []
    if reader == "tasks":
        assert len(job.plan_splits(str(corpus), 8)) > 3
    for table in ("entities", "quotes", "events", "events_merged", "events_by_type_day", "events_by_actor_pair_day"):
        # `seq` (events_merged's input-order key) differs by reader: only its order is meaningful.
        a, b = (sorted(repr(r.asDict(recursive=True)) for r in spark.read.parquet(str(d / table)).drop("seq").collect()) for d in (spark_out, out))
        assert a == b and a, table


MERGE_TABLES = ("events_merged", "events_by_type_day", "events_by_actor_pair_day")


def test_the_spark_merge_writes_the_same_tables_as_the_driver_merge(spark, corpus, spark_out, tmp_path):
    """`merge="spark"` (Spark SQL, for merge inputs above MERGE_ON_DRIVER_ROWS) and the driver's
    pyarrow merge (`spark_out`, merge="auto" on a small input) write the same `events_merged`
    schema and rows, `seq` and `global_event_id` included (the driver's file in
    `global_event_id` order), and the same aggregates (Spark SQL's either way)."""
    out = tmp_path / "out"
    counts = job.run(spark, str(corpus), str(out), partitions=2, merge="spark")
    assert counts["merge"] == "spark"
    for table in MERGE_TABLES:
        a, b = (spark.read.parquet(str(d / table)) for d in (spark_out, out))
        assert a.schema == b.schema, table
        rows = [sorted(repr(r.asDict(recursive=True)) for r in t.collect()) for t in (a, b)]
        assert rows[0] == rows[1] and rows[0], table
    driver = lambda t: [r.asDict(recursive=True) for r in spark.read.parquet(str(spark_out / t)).collect()]  # noqa: E731
    assert [r["global_event_id"] for r in driver("events_merged")] == list(range(1, len(driver("events_merged")) + 1))


def test_code_lists_get_exact_group_keys_or_none():
    import pyarrow as pa

    lists = pa.array([["USA", "IRN"], [], None, [""], ["USAGOV"]], pa.list_(pa.string()))
    keys = job._code_list_key(lists).to_pylist()
    # [] and [""] differ; a null list stays null; no two different lists share a key.
    assert keys == ["2:USA" + job.CODE_SEPARATOR + "IRN", "0:", None, "1:", "1:USAGOV"]
    # A code holding the separator has no exact key: the merge goes to Spark.
    assert job._code_list_key(pa.array([["A" + job.CODE_SEPARATOR + "B"]], pa.list_(pa.string()))) is None


@pytest.mark.parametrize("mode", ["overwrite", "append", "ignore", "error"])
def test_the_driver_merge_writes_its_tables_with_spark_save_modes(tmp_path, mode):
    import pyarrow as pa
    import pyarrow.parquet as pq

    old, new = pa.table({"x": [1]}), pa.table({"x": [2]})
    job._write_single_table(old, str(tmp_path), "t", "run1", "overwrite")
    if mode == "error":
        with pytest.raises(FileExistsError, match="t already exists"):
            job._write_single_table(new, str(tmp_path), "t", "run2", mode)
        return
    job._write_single_table(new, str(tmp_path), "t", "run2", mode)
    got = sorted(pq.read_table(str(tmp_path / "t")).column("x").to_pylist())
    assert got == {"overwrite": [2], "append": [1, 2], "ignore": [1]}[mode]
    assert (tmp_path / "t" / "_SUCCESS").exists()
