"""Marsad on Apache Spark: analyze articles on the executors, write facts and event aggregates.

    spark-submit --master local[2] python/marsad_spark/job.py --input articles.jsonl --output out/

Reads JSON lines (plain or .gz) or Parquet articles with the fields of `marsad analyze
--format jsonl` input (`id`, `text`, `published`, `source`, `url`, `title`; the ANT corpus'
`docno`, `time`, `src` are accepted too), runs the Rust engine (the `marsad` Python package) in
`mapInArrow` on the executors, and writes under OUTPUT:

    entities/pub_date=YYYY-MM-DD/  one row per named entity     (partitioned by the article's
    quotes/pub_date=YYYY-MM-DD/    one row per quote             publication day; articles
    events/pub_date=YYYY-MM-DD/    one row per event per article without one: pub_date=unknown)
    events_merged/              events merged across articles like `marsad events-export`
                                (same key, counts and order; negated events excluded)
    events_by_type_day/         aggregates of `marsad events`: events per day and PLOVER type
    events_by_actor_pair_day/   events per day and (actor code, recipient code) pair

docs/scale-out.md has the cluster command line and the column lists.
"""

from __future__ import annotations

import argparse
import sys
import time

# Fields read from the input; everything is read as a string (numeric ids become their text, as
# in `marsad analyze`). ANT corpus names are aliases.
INPUT_FIELDS = ["id", "docno", "text", "published", "time", "source", "src", "url", "title"]

UNKNOWN_DATE = "unknown"

# The analysed articles (one nested row each), written once under OUTPUT and removed at the end;
# Spark's readers skip names starting with `_`.
STAGING = "_analysed"


def _empty_input():
    import pyarrow as pa

    return pa.RecordBatch.from_pydict(
        {"id": pa.array([], pa.string()), "text": pa.array([], pa.string()), "published": pa.array([], pa.string())}
    )


def nested_batch(docs, tables):
    """One row per article: its passthrough columns and the lists of its entities, quotes and
    events (the rows `analyze_arrow` returned, grouped by their input `row`)."""
    import numpy as np
    import pyarrow as pa

    n = docs.num_rows
    cols = {name: docs.column(name) for name in ("seq", "id", "pub_date", "source", "rejected")}
    for kind in ("entities", "quotes", "events"):
        t = tables[kind]
        rows = t.column("row").to_numpy()
        counts = np.bincount(rows, minlength=n) if len(rows) else np.zeros(n, dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
        fields = [f for f in t.schema if f.name not in ("row", "id")]
        values = pa.StructArray.from_arrays([t.column(f.name) for f in fields], fields=fields)
        cols[kind] = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values)
    return pa.RecordBatch.from_pydict(cols)


def analyze_partition(batches):
    """mapInArrow body, run on the executors: articles in, one nested row per article out.
    Rows without an id or a text (malformed documents: `marsad analyze` reports and skips such
    lines) come out flagged `rejected`, with no facts, so the job counts them without another
    pass over the input."""
    import pyarrow as pa
    import pyarrow.compute as pc

    import marsad

    for batch in batches:
        if batch.num_rows == 0:
            continue
        ok = pc.and_(pc.is_valid(batch.column("id")), pc.is_valid(batch.column("text")))
        for rejected, part in ((False, batch.filter(ok)), (True, batch.filter(pc.invert(ok)))):
            if part.num_rows == 0:
                continue
            # One engine thread per Spark task: Spark already runs one task per core.
            inputs = part.select(["id", "text", "published"]) if not rejected else _empty_input()
            tables = marsad.analyze_arrow(inputs, threads=1)
            days = [marsad.published_day(p) if p is not None else None for p in part.column("published").to_pylist()]
            docs = pa.RecordBatch.from_pydict(
                {
                    "seq": part.column("seq"),
                    "id": part.column("id"),
                    "pub_date": pa.array([d or UNKNOWN_DATE for d in days], pa.string()),
                    "source": part.column("source"),
                    "rejected": pa.array([rejected] * part.num_rows, pa.bool_()),
                }
            )
            yield nested_batch(docs, tables)


def output_schema():
    """The Spark schema of `analyze_partition`'s batches, from the Arrow schema the engine
    returns (so the two never drift apart)."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import from_arrow_schema

    import marsad

    probe = marsad.analyze_arrow(_empty_input(), threads=1)
    docs = pa.RecordBatch.from_pydict(
        {
            "seq": pa.array([], pa.int64()),
            "id": pa.array([], pa.string()),
            "pub_date": pa.array([], pa.string()),
            "source": pa.array([], pa.string()),
            "rejected": pa.array([], pa.bool_()),
        }
    )
    return from_arrow_schema(nested_batch(docs, probe).schema)


def read_articles(spark, path, fmt):
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    if fmt == "parquet":
        raw = spark.read.parquet(path)
        for name in INPUT_FIELDS:
            if name not in raw.columns:
                raw = raw.withColumn(name, F.lit(None).cast("string"))
            else:
                raw = raw.withColumn(name, F.col(name).cast("string"))
    else:
        schema = StructType([StructField(name, StringType()) for name in INPUT_FIELDS])
        raw = spark.read.schema(schema).option("mode", "PERMISSIVE").json(path)
    # The input order: monotonically increasing along the files and their partitions, so the
    # "first article" of a merged event is the one `marsad events-export` reports.
    arts = raw.select(
        F.monotonically_increasing_id().alias("seq"),
        F.coalesce("id", "docno").alias("id"),
        "text",
        F.coalesce("published", "time").alias("published"),
        # The source of an article for NumSources, as `marsad events-export` counts it: the
        # `source` field, else the host of its URL, else the article itself.
        F.coalesce(
            F.coalesce("source", "src"),
            F.when(F.instr("url", "//") > 0, F.regexp_extract("url", r"^.*?//([^/]*)", 1)),
            F.coalesce("id", "docno"),
        ).alias("source"),
    )
    return arts


def day_expr(date_col, published_day_col):
    """The day an event is counted on: its own resolved day (`date` = YYYY-MM-DD…), else the
    article's publication day."""
    from pyspark.sql import functions as F

    return F.when(F.col(date_col).rlike(r"^\d{4}-\d{2}-\d{2}"), F.substring(F.col(date_col), 1, 10)).otherwise(
        F.when(F.col(published_day_col) != UNKNOWN_DATE, F.col(published_day_col))
    )


def run(spark, input_path, output, fmt="auto", batch_rows=256, partitions=None, mode="overwrite"):
    """Run the whole job; returns a dict of counts."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch_rows))
    # 4 tasks per core: articles differ in length, so equal article counts are unequal work (on
    # all of ANT with 2 tasks per core the 4 analysis tasks took 66-146 s); with the range
    # partitioning below more tasks cost at most one more file per table per task.
    parts = partitions or 4 * spark.sparkContext.defaultParallelism
    # Shuffles (the merge, the aggregates) default to 200 partitions: 200 tasks and 200 shuffle
    # blocks per map task for a few MB of events. Size them to the cores unless the user chose.
    if not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        spark.conf.set("spark.sql.shuffle.partitions", str(parts))
    arts = read_articles(spark, input_path, fmt)
    # Articles of one publication day go to one task (so each day of each fact table is one
    # Parquet file, not one per task: ANT spans 538 days), and the tasks stay balanced
    # however many days there are (one day of news → split by input order): a range
    # partitioning on (day key, seq). The key is the publication field without its time of day
    # (`2021-03-02T09:00Z` → `2021-03-02`, `Tue, 02 Mar 2021 09:00:00 +0000` → `Tue, 02 Mar
    # 2021`): it only groups, the day itself comes from the engine (`published_day`).
    day_key = F.regexp_replace(F.coalesce("published", F.lit("")), r"[T ]+\d{1,2}:\d{2}.*$", "")
    arts = arts.repartitionByRange(parts, day_key, "seq")
    # The analysis runs exactly once: its nested per-article rows are written to a staging
    # table and every output below reads them back. (With `persist()` instead, Spark's event
    # log showed the Python analysis running again in the stage of each of the 3 fact-table
    # writes: 4 analyses of every article.)
    staging = f"{output}/{STAGING}"
    arts.mapInArrow(analyze_partition, output_schema()).write.mode(mode).parquet(staging)
    docs = spark.read.parquet(staging)
    by_flag = {r["rejected"]: r["count"] for r in docs.groupBy("rejected").count().collect()}
    counts = {"articles": by_flag.get(False, 0), "rejected": by_flag.get(True, 0)}
    docs = docs.where(~F.col("rejected"))

    def facts(kind):
        return docs.select("seq", F.col("id").alias("doc_id"), "pub_date", "source", F.explode(kind).alias("x")).select(
            "seq", "doc_id", "pub_date", "source", "x.*"
        )

    # Each staging file holds a range of days (above), so each task writes the days it has.
    for kind in ("entities", "quotes", "events"):
        facts(kind).drop("seq", "source").write.mode(mode).partitionBy("pub_date").parquet(f"{output}/{kind}")

    # The non-negated events feed the merge and both aggregates: read and explode them once.
    events = facts("events").where(~F.col("negated")).persist()

    # Cross-article merge, as `marsad events-export`: key = type, sorted actor codes, sorted
    # recipient codes, the event's date, place (GeoNames id, else its text); NumMentions = sum
    # of the articles' mentions, NumSources / NumArticles = distinct sources / article ids; the
    # representative is the first mention in input order, and merged events are numbered in
    # the order of their first mentions.
    keyed = events.select(
        "*",
        F.array_sort(F.transform("actors", lambda a: a["code"])).alias("actor_codes"),
        F.array_sort(F.transform("recipients", lambda a: a["code"])).alias("recipient_codes"),
        F.coalesce(F.col("place_geonames_id").cast("string"), F.col("place")).alias("place_key"),
    )
    key = ["event", "actor_codes", "recipient_codes", "date", "place_key"]
    group = Window.partitionBy(*key)
    merged = (
        keyed.withColumn("_n", F.row_number().over(group.orderBy("seq", "index")))
        .withColumn("num_mentions", F.sum("mentions").over(group))
        .withColumn("num_sources", F.size(F.collect_set("source").over(group)))
        .withColumn("num_articles", F.size(F.collect_set("doc_id").over(group)))
        .where(F.col("_n") == 1)
        .drop("_n")
    )
    merged = merged.withColumn("global_event_id", F.row_number().over(Window.orderBy("seq", "index")))
    merged.write.mode(mode).parquet(f"{output}/events_merged")

    # The aggregates of `marsad events`, over the non-negated events of every article.
    events.withColumn("day", day_expr("date", "pub_date")).createOrReplaceTempView("marsad_events")
    by_type = spark.sql(
        """
        SELECT day, event, count(*) AS events, sum(mentions) AS mentions, count(DISTINCT doc_id) AS articles
        FROM marsad_events GROUP BY day, event
        """
    )
    by_pair = spark.sql(
        """
        SELECT day, actor1_code, actor2_code, count(*) AS events, sum(mentions) AS mentions,
               count(DISTINCT doc_id) AS articles
        FROM (SELECT day, mentions, doc_id,
                     coalesce(try_element_at(actors, 1).code, '') AS actor1_code,
                     coalesce(try_element_at(recipients, 1).code, '') AS actor2_code
              FROM marsad_events)
        GROUP BY day, actor1_code, actor2_code
        """
    )
    by_type.orderBy("day", "event").write.mode(mode).parquet(f"{output}/events_by_type_day")
    by_pair.orderBy("day", "actor1_code", "actor2_code").write.mode(mode).parquet(f"{output}/events_by_actor_pair_day")
    events.unpersist()
    _delete(spark, staging)
    return counts


def _delete(spark, path):
    """Remove a directory through Hadoop's FileSystem (local, HDFS, S3A alike)."""
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(p, True)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True, help="articles: JSON lines (.jsonl, .jsonl.gz, a directory or glob) or Parquet")
    p.add_argument("--output", required=True, help="output directory (Parquet tables)")
    p.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    p.add_argument("--master", default=None, help="Spark master when run with python (spark-submit sets its own), e.g. local[2]")
    p.add_argument("--batch-rows", type=int, default=256, help="articles per Arrow batch handed to the engine")
    p.add_argument("--partitions", type=int, default=None, help="range-partition the articles into N tasks (default: 4 per core)")
    p.add_argument("--event-log", default=None, metavar="DIR", help="write Spark's event log to DIR (read it with marsad_spark/eventlog.py)")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable), as spark-submit --conf")
    args = p.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("marsad")
    if args.master:
        builder = builder.master(args.master)
    if args.event_log:
        builder = builder.config("spark.eventLog.enabled", "true").config("spark.eventLog.dir", args.event_log)
    confs = {}
    for kv in args.conf:
        key, sep, value = kv.partition("=")
        if not sep:
            p.error(f"--conf {kv!r}: expected KEY=VALUE")
        confs[key] = value
    if (args.master or "").startswith("local") and "spark.driver.extraJavaOptions" not in confs:
        # In local mode the driver JVM runs every task, and a run is minutes long: HotSpot's C2
        # compiler spent 54 of 162 CPU-seconds of a 10,000-article run compiling Spark
        # (docs/scale-out.md); C1 alone costs 7.5 s and the tasks ran no slower.
        confs["spark.driver.extraJavaOptions"] = "-XX:TieredStopAtLevel=1"
    for key, value in confs.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    started = time.time()
    counts = run(spark, args.input, args.output, args.format, args.batch_rows, args.partitions)
    secs = time.time() - started
    if counts["rejected"]:
        print(f"marsad-spark: {counts['rejected']} input rows without an id or a text were skipped", file=sys.stderr)
    print(f"marsad-spark: {counts['articles']} articles in {secs:.1f} s ({counts['articles'] / max(secs, 1e-9):.1f} articles/s); output in {args.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
