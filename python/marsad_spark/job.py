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

The tasks write entities/, quotes/ and events/ themselves (pyarrow, under a temporary directory
per task attempt) and return a manifest of their files; the driver commits the files of the
accepted attempts by renaming them. docs/scale-out.md has the commit protocol, the cluster
command line and the column lists.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid

# Fields read from the input; everything is read as a string (numeric ids become their text, as
# in `marsad analyze`). ANT corpus names are aliases.
INPUT_FIELDS = ["id", "docno", "text", "published", "time", "source", "src", "url", "title"]

UNKNOWN_DATE = "unknown"

# Fact tables the tasks write themselves (the `events` one has every event, negated ones too),
# and the hidden table of non-negated events (with `seq` and `source`) that feeds the merge and
# the aggregates.
FACT_TABLES = ("entities", "quotes", "events")
MERGE_INPUT = "merge_input"

# Where task attempts write before the driver commits: OUTPUT/_temporary/<run id>/ (Spark's
# readers skip names starting with `_`).
TEMPORARY = "_temporary"


def _empty_input():
    import pyarrow as pa

    return pa.RecordBatch.from_pydict(
        {"id": pa.array([], pa.string()), "text": pa.array([], pa.string()), "published": pa.array([], pa.string())}
    )


def filesystem(uri):
    """(pyarrow.fs.FileSystem, path) for an output location: a local path, `file:`, `hdfs://`
    (needs libhdfs and the Hadoop CLASSPATH on every node, as pyarrow.fs.HadoopFileSystem
    documents), `s3://`/`s3a://`/`s3n://` (Spark's Hadoop names for S3 map to pyarrow's S3
    filesystem), `gs://`."""
    import pyarrow.fs as pafs

    if "://" not in uri and not uri.startswith("file:"):
        return pafs.LocalFileSystem(), os.path.abspath(uri)
    scheme, rest = uri.split(":", 1)
    if scheme in ("s3a", "s3n"):
        uri = "s3:" + rest
    return pafs.FileSystem.from_uri(uri)


# JSON-lines input is read by the tasks themselves: the driver cuts the files into byte-range
# splits (at most this many bytes each; a `.gz` file is one split), a task reads its split
# through pyarrow.fs and the engine parses the lines (`marsad.read_jsonl`).
MAX_SPLIT_BYTES = 128 << 20
MIN_SPLIT_BYTES = 1 << 20

# How JSON lines are read (docs/scale-out.md, "Input"):
# - `lines` (default): Spark reads text lines (bytes, no JSON parse) and range-partitions them
#   by publication day (about one file per day per table); the tasks' engine parses the JSON
#   (`marsad.read_jsonl`). Arabic texts are never decoded by the JVM.
# - `spark`: Spark's JSON reader, range-partitioned the same way. The JVM decodes every text
#   to UTF-16 and back, in the sampling pass and again before the shuffle.
# - `tasks`: the tasks read byte-range splits themselves: no sampling pass or shuffle, but one
#   file per (task, day).
JSONL_READERS = ("lines", "spark", "tasks")


def _input_files(path):
    """(filesystem, [(path or URI, size)]) of an input: a file, a directory (its files, without
    names starting with `_` or `.`, as Spark lists them) or a glob pattern (`*?[` in any path
    part after the first, e.g. `hdfs:///news/2021/*/*.jsonl.gz`), sorted by name: the input
    order. The names keep the input's own form (local path or URI) for the tasks to open."""
    import fnmatch

    import pyarrow.fs as pafs

    parts = path.rstrip("/").split("/")
    glob_at = next((i for i, p in enumerate(parts) if i > 0 and any(c in p for c in "*?[")), None)
    base = "/".join(parts[:glob_at]) if glob_at is not None else path.rstrip("/")
    pattern = parts[glob_at:] if glob_at is not None else None
    fs, root = filesystem(base)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        raise FileNotFoundError(f"input {path!r} does not exist" if pattern is None else f"input {path!r}: {base!r} does not exist")
    if info.type == pafs.FileType.File and pattern is None:
        return fs, [(base, info.size)]
    files = []
    for f in fs.get_file_info(pafs.FileSelector(root, recursive=pattern is not None and len(pattern) > 1)):
        rel = f.path[len(root) :].lstrip("/").split("/")
        if f.type != pafs.FileType.File or any(r.startswith(("_", ".")) for r in rel):
            continue
        if pattern is not None and (len(rel) != len(pattern) or not all(fnmatch.fnmatchcase(r, g) for r, g in zip(rel, pattern))):
            continue
        files.append((f"{base}/{'/'.join(rel)}", f.size))
    if not files:
        raise FileNotFoundError(f"input {path!r}: no files")
    return fs, sorted(files)


def plan_splits(path, tasks, min_split_bytes=None):
    """The byte-range splits of JSON-lines input, in input order: (split, uri, start, end), about
    `tasks` splits of equal size (at most MAX_SPLIT_BYTES; a gzipped file is one split with
    end = -1). A split owns the lines that start in (start, end] (split 0 of a file: [0, end]),
    as Hadoop's LineRecordReader splits text: see `read_split`."""
    _, files = _input_files(path)
    plain = sum(size for uri, size in files if not uri.endswith(".gz"))
    size = max(min_split_bytes or MIN_SPLIT_BYTES, min(MAX_SPLIT_BYTES, -(-plain // max(tasks, 1))))
    splits = []
    for uri, n in files:
        if uri.endswith(".gz"):
            splits.append((len(splits), uri, 0, -1))
            continue
        for start in range(0, max(n, 1), size):
            splits.append((len(splits), uri, start, min(start + size, n)))
    return splits


def read_split(uri, start, end):
    """The bytes of the whole lines a split owns. Split at 0: from the file's start; else from
    after the first newline at or after `start` (that line belongs to the split before). Then
    through the line that crosses `end` (or starts at it). A gzipped file (end = -1) is read
    whole."""
    fs, path = filesystem(uri)
    if end < 0:
        with fs.open_input_stream(path, compression="gzip") as f:
            return f.read()
    with fs.open_input_file(path) as f:
        f.seek(start)
        data = f.read(end - start)
        tail = []
        while True:
            more = f.read(1 << 16)
            if not more:
                break
            cut = more.find(b"\n")
            if cut >= 0:
                tail.append(more[: cut + 1])
                break
            tail.append(more)
    if tail:
        data += b"".join(tail)
    if start > 0:
        cut = data.find(b"\n")
        data = data[cut + 1 :] if cut >= 0 else b""
    return data


def articles_of_split(split, uri, start, end, bad):
    """The articles of one split as one RecordBatch with the columns of `read_articles`
    (`seq` = split << 32 | line index in the split: the input order); lines that are not JSON
    documents are appended to `bad` as messages."""
    import pyarrow as pa
    import pyarrow.compute as pc

    import marsad

    batch, errors = marsad.read_jsonl(read_split(uri, start, end), INPUT_FIELDS)
    for line, message in errors:
        bad.append(f"{uri}: split {split} (bytes {start}-{end}), line {line + 1} of the split: {message}")
    return _article_columns(batch, pc.add(pc.cast(batch.column("line"), pa.int64()), pa.scalar(split << 32, pa.int64())))


def articles_of_lines(lines, bad):
    """The articles of a batch of input lines (`seq`, `value` = one JSON line as Spark's text
    reader gives it, `file` = its file) as one RecordBatch with the columns of `read_articles`;
    the engine parses the JSON (`marsad.read_jsonl`). Lines that are not JSON documents are
    appended to `bad` as messages naming their file and start."""
    import pyarrow as pa
    import pyarrow.compute as pc

    import marsad

    values = lines.column("value")
    # One buffer of the batch's lines, `\n`-separated (no Python strings in between).
    joined = pc.binary_join(pa.ListArray.from_arrays(pa.array([0, len(values)], pa.int32()), values), "\n")[0]
    batch, errors = marsad.read_jsonl(joined.as_buffer().to_pybytes() if joined.is_valid else b"", INPUT_FIELDS)
    raw = pc.cast(values, pa.binary()) if errors else None  # bytes: a bad line may not be UTF-8
    for line, message in errors:
        start = raw[line].as_py()[:60].decode("utf-8", "replace")
        bad.append(f"{lines.column('file')[line].as_py()}: the line starting {start!r}: {message}")
    return _article_columns(batch, lines.column("seq").take(batch.column("line")))


def _article_columns(batch, seq):
    """The columns of `read_articles` from a batch of `INPUT_FIELDS` and the input order `seq`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    col = batch.column
    doc_id = pc.coalesce(col("id"), col("docno"))
    url = col("url")
    host = pc.struct_field(pc.extract_regex(url, r"^.*?//(?P<host>[^/]*)"), [0])
    return pa.RecordBatch.from_arrays(
        [
            seq,
            doc_id,
            col("text"),
            pc.coalesce(col("published"), col("time")),
            pc.coalesce(col("source"), col("src"), host, doc_id),
        ],
        names=["seq", "id", "text", "published", "source"],
    )


def fact_tables(part, days, tables):
    """Per article fact kind, the rows a task writes: `seq` (input order), `doc_id`, `pub_date`,
    then the engine's columns; plus `merge_input`, the non-negated events with `source`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    out = {}
    for kind in FACT_TABLES:
        t = tables[kind]
        rows = t.column("row")
        names = ["seq", "doc_id", "pub_date"]
        cols = [part.column("seq").take(rows), part.column("id").take(rows), days.take(rows)]
        if kind == "events":
            names.append("source")
            cols.append(part.column("source").take(rows))
        for f in t.schema:
            if f.name not in ("row", "id"):
                names.append(f.name)
                cols.append(t.column(f.name))
        out[kind] = pa.Table.from_arrays(cols, names=names)
    events = out["events"]
    out[MERGE_INPUT] = merge_keys(events.filter(pc.invert(events.column("negated"))))
    out["events"] = events.drop_columns(["source"])
    return out


# Columns of the merge input that the tasks compute (vectorized, per task) so that the merge and
# the aggregates read flat columns instead of decoding the nested actor lists on every pass.
MERGE_KEY_COLUMNS = ("actor_codes", "recipient_codes", "place_key", "actor1_code", "actor2_code", "day")


def _codes(lists):
    """Per event, from the `code` fields of a list<struct> column (actors or recipients): the
    sorted list (as Spark's `array_sort(transform(l, a -> a.code))`) and the first code or ''
    (as `coalesce(try_element_at(l, 1).code, '')`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lists = lists.combine_chunks() if isinstance(lists, pa.ChunkedArray) else lists
    offsets = pc.subtract(lists.offsets, lists.offsets[0])
    codes = pc.struct_field(pc.list_flatten(lists), "code")
    parents = pc.list_parent_indices(lists)
    order = pc.sort_indices(pa.table({"p": parents, "c": codes}), sort_keys=[("p", "ascending"), ("c", "ascending")])
    sorted_codes = pa.ListArray.from_arrays(offsets, codes.take(order), mask=lists.is_null())
    lengths = pc.fill_null(pc.list_value_length(lists), 0)
    first = pc.if_else(pc.greater(lengths, 0), offsets.slice(0, len(lists)), pa.scalar(None, offsets.type))
    return sorted_codes, pc.fill_null(codes.take(first), "")


def merge_keys(events):
    """The merge input with MERGE_KEY_COLUMNS added: the merge key's parts (sorted actor and
    recipient codes, the place key = GeoNames id as text, else the place), the first actor and
    recipient codes of `events_by_actor_pair_day`, and the day an event is counted on in both
    aggregates: its own resolved day (`date` = YYYY-MM-DD…), else the article's publication day."""
    import pyarrow as pa
    import pyarrow.compute as pc

    col = events.column
    date = col("date")
    resolved = pc.fill_null(pc.match_substring_regex(date, r"^\d{4}-\d{2}-\d{2}"), False)
    published = col("pub_date")
    day = pc.if_else(
        resolved,
        pc.utf8_slice_codeunits(date, 0, 10),
        pc.if_else(pc.fill_null(pc.not_equal(published, UNKNOWN_DATE), False), published, pa.scalar(None, pa.string())),
    )
    (actor_codes, actor1), (recipient_codes, actor2) = _codes(col("actors")), _codes(col("recipients"))
    place_key = pc.coalesce(pc.cast(col("place_geonames_id"), pa.string()), col("place"))
    extra = [actor_codes, recipient_codes, place_key, actor1, actor2, day]
    for name, values in zip(MERGE_KEY_COLUMNS, extra):
        events = events.append_column(name, values)
    return events


def manifest_schema():
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("kind", pa.string()),  # a table name, `_articles` / `_rejected` (counts), `_bad` (a message)
            pa.field("day", pa.string()),  # the pub_date partition of a fact-table file
            pa.field("path", pa.string()),  # the file, relative to OUTPUT/_temporary/<run>/ (`_bad`: the message)
            pa.field("rows", pa.int64()),
            pa.field("partition", pa.int32()),
        ]
    )


class AnalyzeAndWrite:
    """mapInArrow body, run on the executors: analyses the task's articles, writes their facts
    as Parquet under the task attempt's own temporary directory, and returns only a manifest
    (the files written, the article counts) for the driver to commit.

    Attempt directory: OUTPUT/_temporary/<run>/task-<partition>-<attempt id>/ (the attempt id is
    Spark's unique task attempt id), holding <table>/pub_date=<day>/part-<partition>.parquet (one
    file per publication day the task holds) and merge_input/part-<partition>.parquet. A failed,
    retried or speculative attempt writes in a directory of its own; only the manifest of the
    attempt whose result Spark accepted reaches the driver (docs/scale-out.md, "commit protocol").

    Rows without an id or a text (malformed documents: `marsad analyze` reports and skips such
    lines) are counted as rejected and produce no facts."""

    def __init__(self, temporary, rows="articles", batch_rows=256):
        self.temporary = temporary
        # What the input rows are: `articles` (read_articles), `lines` (JSON lines: `seq`,
        # `value`, `file`) or `splits` (byte ranges of JSON lines: plan_splits).
        self.rows = rows
        self.batch_rows = batch_rows

    def _article_batches(self, batches, bad):
        if self.rows == "articles":
            yield from batches
            return
        if self.rows == "lines":
            for b in batches:
                yield articles_of_lines(b, bad)
            return
        for b in batches:
            for split, uri, start, end in zip(*(b.column(c).to_pylist() for c in ("split", "uri", "start", "end"))):
                arts = articles_of_split(split, uri, start, end, bad)
                for offset in range(0, arts.num_rows, self.batch_rows):
                    yield arts.slice(offset, self.batch_rows)

    def __call__(self, batches):
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq
        from pyspark import TaskContext

        import marsad

        ctx = TaskContext.get()
        partition, attempt = (ctx.partitionId(), ctx.taskAttemptId()) if ctx is not None else (0, 0)
        parts = {kind: [] for kind in (*FACT_TABLES, MERGE_INPUT)}
        articles = rejected = 0
        bad = []
        # CPU seconds of this Python worker by step (MARSAD_SPARK_PROFILE=1 prints them per task).
        clock, cpu = time.process_time, dict.fromkeys(("read", "analyze", "facts", "write"), 0.0)
        mark = clock()
        for batch in self._article_batches(batches, bad):
            now = clock()
            cpu["read"] += now - mark
            mark = now
            if batch.num_rows == 0:
                continue
            ok = pc.and_(pc.is_valid(batch.column("id")), pc.is_valid(batch.column("text")))
            part = batch.filter(ok)
            rejected += batch.num_rows - part.num_rows
            if part.num_rows == 0:
                continue
            articles += part.num_rows
            # One engine thread per Spark task: Spark already runs one task per core.
            tables = marsad.analyze_arrow(part.select(["id", "text", "published"]), threads=1)
            now = clock()
            cpu["analyze"] += now - mark
            mark = now
            days = pa.array(
                [(marsad.published_day(p) if p is not None else None) or UNKNOWN_DATE for p in part.column("published").to_pylist()],
                pa.string(),
            )
            for kind, t in fact_tables(part, days, tables).items():
                if t.num_rows:
                    parts[kind].append(t)
            now = clock()
            cpu["facts"] += now - mark
            mark = now

        fs, root = filesystem(self.temporary)
        task_dir = f"task-{partition:05d}-{attempt}"  # the manifest's paths are relative to the run's directory
        base = f"{root}/{task_dir}"
        rejected += len(bad)
        manifest = [("_articles", None, None, articles, partition), ("_rejected", None, None, rejected, partition)]
        manifest += [("_bad", None, message, None, partition) for message in bad[:10]]
        for kind, tables in parts.items():
            if not tables:
                continue
            t = pa.concat_tables(tables)
            name = f"part-{partition:05d}.parquet"
            if kind == MERGE_INPUT:
                fs.create_dir(f"{base}/{kind}", recursive=True)
                pq.write_table(t, f"{base}/{kind}/{name}", filesystem=fs)
                manifest.append((kind, None, f"{task_dir}/{kind}/{name}", t.num_rows, partition))
                continue
            # One file per publication day: sort by (day, input order), slice the runs.
            t = t.sort_by([("pub_date", "ascending"), ("seq", "ascending")])
            counts = pc.value_counts(t.column("pub_date")).flatten()
            offset = 0
            for day, n in zip(counts[0].to_pylist(), counts[1].to_pylist()):
                d = f"{base}/{kind}/pub_date={day}"
                fs.create_dir(d, recursive=True)
                pq.write_table(t.slice(offset, n).drop_columns(["seq", "pub_date"]), f"{d}/{name}", filesystem=fs)
                manifest.append((kind, day, f"{task_dir}/{kind}/pub_date={day}/{name}", n, partition))
                offset += n
        cpu["write"] += clock() - mark
        if os.environ.get("MARSAD_SPARK_PROFILE"):
            steps = ", ".join(f"{k} {v:.2f}" for k, v in cpu.items())
            print(f"marsad-spark profile: task {partition}: {articles} articles, worker CPU s: {steps}", file=sys.stderr)
        cols = list(zip(*manifest))
        yield pa.RecordBatch.from_arrays([pa.array(c, f.type) for c, f in zip(cols, manifest_schema())], schema=manifest_schema())


def _fs_path(output, root, uri):
    """The path, on `filesystem(output)` (whose path for `output` is `root`), of `uri`, a
    location under `output` such as a merge-input file of `manifest_inputs`."""
    return root + uri[len(output) :]


def merge_input_schema(output=None, files=()):
    """The Spark schema of the merge input files: that of the first file the tasks wrote (a
    Parquet footer, read by the driver through pyarrow.fs), or without files the Arrow schema
    the engine returns for no documents (so the two never drift apart; this loads the engine's
    resources in the driver, ~1-2 s, which the first way avoids)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql.pandas.types import from_arrow_schema

    import marsad

    if files:
        fs, root = filesystem(output)
        return from_arrow_schema(pq.read_schema(_fs_path(output, root, files[0]), filesystem=fs))

    probe = marsad.analyze_arrow(_empty_input(), threads=1)
    part = pa.RecordBatch.from_pydict(
        {"seq": pa.array([], pa.int64()), "id": pa.array([], pa.string()), "source": pa.array([], pa.string())}
    )
    return from_arrow_schema(fact_tables(part, pa.array([], pa.string()), probe)[MERGE_INPUT].schema)


def manifest_inputs(output, run_id, manifest):
    """From the collected manifests: the merge-input files (URIs under the run's temporary
    directory: they are read in place, not moved) and the article counts."""
    merge_files, counts = [], {"articles": 0, "rejected": 0}
    for m in manifest:
        if m["kind"] in ("_articles", "_rejected"):
            counts[m["kind"][1:]] += m["rows"]
        elif m["kind"] == MERGE_INPUT:
            merge_files.append(f"{output}/{TEMPORARY}/{run_id}/{m['path']}")  # read by Spark: the output's URI
    return merge_files, counts


def commit(output, run_id, manifest, mode):
    """The driver's half of the commit protocol: move the files of the accepted task attempts
    (the manifest) to their final names, OUTPUT/<table>/pub_date=<day>/part-<partition>-<run>.parquet,
    after removing the tables of an earlier run (`overwrite`); mark each table with `_SUCCESS`.
    Returns the committed merge-input files (they stay in the temporary directory) and the
    article counts."""
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow.fs as pafs

    fs, root = filesystem(output)
    temporary = f"{TEMPORARY}/{run_id}"
    merge_files, counts = manifest_inputs(output, run_id, manifest)
    moves = [
        (f"{root}/{temporary}/{m['path']}", f"{root}/{m['kind']}/pub_date={m['day']}/part-{m['partition']:05d}-{run_id}.parquet")
        for m in manifest
        if m["kind"] in FACT_TABLES
    ]
    commit_check(output, mode)
    for kind in FACT_TABLES:
        if mode == "overwrite" and fs.get_file_info(f"{root}/{kind}").type != pafs.FileType.NotFound:
            fs.delete_dir(f"{root}/{kind}")
    for d in sorted({dst.rsplit("/", 1)[0] for _, dst in moves} | {f"{root}/{kind}" for kind in FACT_TABLES}):
        fs.create_dir(d, recursive=True)

    def move(src_dst):
        fs.move(*src_dst)

    # Renames are metadata operations on HDFS and local disks, copies on object stores: in parallel.
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(move, moves))
    for kind in FACT_TABLES:
        with fs.open_output_stream(f"{root}/{kind}/_SUCCESS"):
            pass
    # The accepted attempts' fact-table directories are empty now (one per publication day:
    # thousands on a large run, seconds to delete): remove them here, on the commit's thread,
    # rather than at the end of the job. Their merge_input files stay for the merge; other
    # attempts' directories are removed with the run's temporary directory at the end.
    emptied = sorted({f"{root}/{temporary}/{m['path'].split('/', 1)[0]}/{m['kind']}" for m in manifest if m["kind"] in FACT_TABLES})
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(fs.delete_dir, emptied))
    return merge_files, counts


def commit_check(output, mode):
    """Mode `error`/`errorifexists`: fail if a fact table exists already."""
    import pyarrow.fs as pafs

    if mode not in ("error", "errorifexists"):
        return
    fs, root = filesystem(output)
    for kind in FACT_TABLES:
        if fs.get_file_info(f"{root}/{kind}").type != pafs.FileType.NotFound:
            raise FileExistsError(f"{output}/{kind} already exists (mode {mode!r})")


def _remove_temporary(output, run_id):
    import pyarrow.fs as pafs

    fs, root = filesystem(output)
    fs.delete_dir(f"{root}/{TEMPORARY}/{run_id}")
    tmp = f"{root}/{TEMPORARY}"
    if not fs.get_file_info(pafs.FileSelector(tmp, allow_not_found=True)):
        fs.delete_dir(tmp)


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


def _json_string_field(line, name):
    """Spark expression: the string value of the top-level field `name` of a JSON line, found
    without parsing the line (a JSON parser, even one that skips values, decodes every text to
    UTF-16: the cost this avoids): the text after the last `"name"` up to 48 characters, if it
    is `: "value"`; else ''. Inside a JSON string a quote is escaped, so `"name"` is a key (or
    a whole string value: then no `:` follows and the result is ''). Only for grouping the
    input by day: the facts' days come from the engine's own parse."""
    from pyspark.sql import functions as F

    head = F.substring(F.substring_index(line, f'"{name}"', -1), 1, 48)
    return F.regexp_extract(head, r'^\s*:\s*"([^"\\]*)"', 1)


def profile(message):
    """A driver-side timing line on stderr with MARSAD_SPARK_PROFILE=1."""
    if os.environ.get("MARSAD_SPARK_PROFILE"):
        print(f"marsad-spark profile: {message}", file=sys.stderr)


def merge_and_aggregate(spark, output, merge_files, mode="overwrite", merge="spark", run_id=None):
    """The jobs after the analysis: from the merge-input files the tasks wrote, the aggregates of
    `marsad events` (`events_by_type_day`, `events_by_actor_pair_day`) in Spark SQL, and the
    cross-article merge (`events_merged`, as `marsad events-export`) in Spark SQL (`merge` =
    "spark") or on the driver with pyarrow ("driver": `merge_events_arrow`, which hands a merge
    input it cannot key exactly back to Spark SQL). Returns where the merge ran."""
    from concurrent.futures import ThreadPoolExecutor

    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    # The non-negated events (with input order and source) feed the merge and both aggregates.
    events = spark.read.schema(merge_input_schema(output, merge_files)).parquet(*merge_files) if merge_files else spark.createDataFrame([], merge_input_schema())

    # The aggregates of `marsad events` read only the merge input, not the merge: they run
    # as jobs of their own on a second driver thread, alongside the merge's jobs, so the
    # scheduler fills the core that the merge's small and one-task stages leave idle.
    def aggregates():
        # The aggregates of `marsad events`, over the non-negated events of every article.
        events.createOrReplaceTempView("marsad_events")
        by_type = spark.sql(
            """
            SELECT day, event, count(*) AS events, sum(mentions) AS mentions, size(collect_set(doc_id)) AS articles
            FROM marsad_events GROUP BY day, event
            """
        )
        by_pair = spark.sql(
            """
            SELECT day, actor1_code, actor2_code, count(*) AS events, sum(mentions) AS mentions,
                   size(collect_set(doc_id)) AS articles
            FROM marsad_events
            GROUP BY day, actor1_code, actor2_code
            """
        )
        # A few thousand rows each: one sorted file, sorted in one task (`orderBy` would add a
        # range-sampling job and a shuffle per table).
        by_type.coalesce(1).sortWithinPartitions("day", "event").write.mode(mode).parquet(f"{output}/events_by_type_day")
        by_pair.coalesce(1).sortWithinPartitions("day", "actor1_code", "actor2_code").write.mode(mode).parquet(f"{output}/events_by_actor_pair_day")

    aggregator = ThreadPoolExecutor(1, thread_name_prefix="marsad-aggregates")
    aggregated = aggregator.submit(aggregates)
    # The driver's merge runs while Spark computes the aggregates (pyarrow releases the GIL).
    if merge == "driver" and merge_events_arrow(output, merge_files, mode, run_id):
        aggregated.result()  # re-raises what the aggregates raised
        aggregator.shutdown()
        return "driver"

    # Cross-article merge, as `marsad events-export`: key = type, sorted actor codes, sorted
    # recipient codes, the event's date, place (GeoNames id, else its text); NumMentions = sum
    # of the articles' mentions, NumSources / NumArticles = distinct sources / article ids; the
    # representative is the first mention in input order, and merged events are numbered in
    # the order of their first mentions.
    # The key's parts (sorted actor and recipient codes, place key) come from the tasks
    # (`merge_keys`); `events_merged` keeps them, not the aggregates' columns.
    keyed = events.select(*(c for c in events.columns if c not in ("actor1_code", "actor2_code", "day")))
    key = ["event", "actor_codes", "recipient_codes", "date", "place_key"]
    # One aggregation per key (first mention by (seq, index), the counts), joined back to the
    # representative rows on (seq, index) — unique per event row — instead of three windows.
    reps = keyed.groupBy(*key).agg(
        F.min(F.struct("seq", "index")).alias("_first"),
        F.sum("mentions").alias("num_mentions"),
        F.size(F.collect_set("source")).cast("int").alias("num_sources"),
        F.size(F.collect_set("doc_id")).cast("int").alias("num_articles"),
    ).select(F.col("_first.seq").alias("seq"), F.col("_first.index").alias("index"), "num_mentions", "num_sources", "num_articles")
    # Number the merged events in the order of their first mentions without a global sort in
    # one task (a window over all rows): two passes, as RDD.zipWithIndex numbers. `seq`'s high
    # 32 bits are the input partition or split (monotonically_increasing_id: partition << 33;
    # the task reader: split << 32), so the groups g = seq >> 32 follow the input order. Pass 1
    # counts the first mentions per group (a few rows to the driver), the driver adds them up
    # into each group's offset, pass 2 numbers within each group in parallel (a window
    # partitioned by g) and adds the offset. Only the narrow (seq, index, counts) rows of the
    # first mentions are numbered (cached: both passes and the join reuse them); the full event
    # rows are joined to them and written in parallel.
    reps = reps.withColumn("_group", F.shiftrightunsigned("seq", 32)).cache()
    sizes = sorted((r["_group"], r["n"]) for r in reps.groupBy("_group").agg(F.count(F.lit(1)).alias("n")).collect())
    offsets, total = [], 0
    for group, n in sizes:
        offsets += [F.lit(group), F.lit(total)]
        total += n
    # The offsets travel in the plan as a map literal (one entry per group), not as a DataFrame
    # built from Python rows (that costs a Python job to evaluate).
    offset = F.element_at(F.create_map(*offsets), F.col("_group")) if offsets else F.lit(0)
    numbered = reps.select(
        "seq",
        "index",
        "num_mentions",
        "num_sources",
        "num_articles",
        (F.row_number().over(Window.partitionBy("_group").orderBy("seq", "index")) + offset).cast("int").alias("global_event_id"),
    )
    merged = keyed.join(F.broadcast(numbered), on=["seq", "index"]).select(*keyed.columns, "num_mentions", "num_sources", "num_articles", "global_event_id")
    merged.write.mode(mode).parquet(f"{output}/events_merged")
    reps.unpersist()

    aggregated.result()  # re-raises what the aggregates raised
    aggregator.shutdown()
    return "spark"


# The cross-article merge's input is small next to the articles it comes from (all 41,686 ANT
# articles: ~72,500 rows, 4.6 MB of Parquet), and Spark SQL spends several seconds of fixed cost
# on it (the merge's aggregation, the numbering's two passes, the broadcast join, the write:
# about seven small jobs, some of one task). Up to this many merge-input rows (`merge="auto"`)
# the driver merges with pyarrow instead (`merge_events_arrow`: the same rows, types and
# numbering) while Spark SQL computes the aggregates; above it, or with `merge="spark"`, Spark
# SQL merges too, as on a cluster-sized input. In memory a merge-input row is ~425 bytes of
# Arrow data (ANT), so the driver holds at most ~0.4 GB of it (about three times that at the
# peak of the sort and the take).
MERGE_ON_DRIVER_ROWS = 1_000_000
MERGE_MODES = ("auto", "spark", "driver")

# Separator of the codes in the driver merge's text form of a code list (CAMEO codes are
# letters and digits; a code holding it sends the merge to Spark, see `_code_list_key`).
CODE_SEPARATOR = "\u001f"


def _code_list_key(lists):
    """A groupable text per code list (pyarrow's group_by takes no list keys): the list's
    length, `:`, its codes joined by CODE_SEPARATOR; a null list stays null. Equal texts ⇔
    equal lists as long as no code holds the separator (`None` is returned then)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lists = lists.combine_chunks() if isinstance(lists, pa.ChunkedArray) else lists
    flat = pc.list_flatten(lists)
    if len(flat) and (pc.any(pc.is_null(flat)).as_py() or pc.any(pc.match_substring(flat, CODE_SEPARATOR)).as_py()):
        return None
    lengths = pc.cast(pc.list_value_length(lists), pa.string())
    return pc.binary_join_element_wise(lengths, pc.binary_join(lists, CODE_SEPARATOR), ":")


def _write_single_table(table, output, name, run_id, mode):
    """Write `table` as OUTPUT/<name>/part-00000-<run>.parquet with `_SUCCESS`, honouring the
    save mode as Spark's `DataFrameWriter.mode` does for a directory."""
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs, root = filesystem(output)
    d = f"{root}/{name}"
    exists = fs.get_file_info(d).type != pafs.FileType.NotFound
    if exists and mode in ("error", "errorifexists"):
        raise FileExistsError(f"{output}/{name} already exists (mode {mode!r})")
    if exists and mode == "ignore":
        return
    if exists and mode == "overwrite":
        fs.delete_dir(d)
    fs.create_dir(d, recursive=True)
    pq.write_table(table, f"{d}/part-00000-{run_id}.parquet", filesystem=fs)
    with fs.open_output_stream(f"{d}/_SUCCESS"):
        pass


def merge_events_arrow(output, merge_files, mode="overwrite", run_id=None):
    """The cross-article merge of `merge_and_aggregate` on the driver with pyarrow, for a merge
    input of at most MERGE_ON_DRIVER_ROWS rows: the same `events_merged` table (rows, types,
    `global_event_id`) as Spark SQL writes, as one file in `global_event_id` order. Returns
    False, having written nothing, when the input does not suit it (no files, or a code list
    that has no exact text form): the caller then merges in Spark SQL."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    if not merge_files:
        return False
    run_id = run_id or uuid.uuid4().hex[:12]
    fs, root = filesystem(output)
    events = ds.dataset([_fs_path(output, root, f) for f in merge_files], format="parquet", filesystem=fs).to_table()
    # Cross-article merge, as in `merge_and_aggregate`: the first mention of each key in input
    # order (seq, index) represents it; merged events are numbered in the order of their first
    # mentions. Rows sorted by (seq, index) and grouped without threads keep that order, so
    # `first` is the first mention.
    events = events.sort_by([("seq", "ascending"), ("index", "ascending")])
    actor_key, recipient_key = _code_list_key(events.column("actor_codes")), _code_list_key(events.column("recipient_codes"))
    if actor_key is None or recipient_key is None:
        return False
    keys = pa.table(
        {
            "event": events.column("event"),
            "actors": actor_key,
            "recipients": recipient_key,
            "date": events.column("date"),
            "place_key": events.column("place_key"),
            "row": pa.array(range(events.num_rows), pa.int64()),
            "mentions": events.column("mentions"),
            "source": events.column("source"),
            "doc_id": events.column("doc_id"),
        }
    )
    groups = keys.group_by(["event", "actors", "recipients", "date", "place_key"], use_threads=False).aggregate(
        [("row", "first"), ("mentions", "sum"), ("source", "count_distinct"), ("doc_id", "count_distinct")]
    )
    groups = groups.sort_by([("row_first", "ascending")])
    keyed = events.drop_columns(["actor1_code", "actor2_code", "day"])
    merged = keyed.take(groups.column("row_first"))
    merged = merged.append_column("num_mentions", groups.column("mentions_sum"))
    merged = merged.append_column("num_sources", pc.cast(groups.column("source_count_distinct"), pa.int32()))
    merged = merged.append_column("num_articles", pc.cast(groups.column("doc_id_count_distinct"), pa.int32()))
    merged = merged.append_column("global_event_id", pa.array(range(1, merged.num_rows + 1), pa.int32()))
    _write_single_table(merged, output, "events_merged", run_id, mode)
    return True


def run(spark, input_path, output, fmt="auto", batch_rows=256, partitions=None, mode="overwrite", jsonl_reader="lines", merge="auto"):
    """Run the whole job; returns the counts (`articles`, `rejected`), `bad`, messages naming the
    first input lines that were not JSON documents, and `merge`, where the merge ran (`spark` or
    `driver`; `merge` chooses: MERGE_MODES, see MERGE_ON_DRIVER_ROWS)."""
    from concurrent.futures import ThreadPoolExecutor

    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    if "://" not in output and not output.startswith("file:"):
        output = os.path.abspath(output)  # the tasks resolve it, not only the driver
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch_rows))
    # 4 tasks per core: articles differ in length, so equal article counts are unequal work (on
    # all of ANT with 2 tasks per core the 4 analysis tasks took 66-146 s); with the range
    # partitioning below more tasks cost at most one more file per table per task.
    parts = partitions or 4 * spark.sparkContext.defaultParallelism
    # Shuffles (the merge, the aggregates) default to 200 partitions: 200 tasks and 200 shuffle
    # blocks per map task for a few MB of events. Size them to the cores unless the user chose.
    if not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        spark.conf.set("spark.sql.shuffle.partitions", str(parts))
    if fmt == "auto":
        fmt = "parquet" if input_path.rstrip("/").endswith(".parquet") else "jsonl"
    run_id = uuid.uuid4().hex[:12]
    temporary = f"{output}/{TEMPORARY}/{run_id}"
    if jsonl_reader not in JSONL_READERS:
        raise ValueError(f"jsonl_reader must be one of {JSONL_READERS}, got {jsonl_reader!r}")
    if merge not in MERGE_MODES:
        raise ValueError(f"merge must be one of {MERGE_MODES}, got {merge!r}")
    if fmt == "jsonl" and jsonl_reader == "tasks":
        # JSON lines: no JVM reader. The driver cuts the input into byte-range splits (listing
        # and sizes only); one task per split reads its lines through pyarrow.fs, the engine
        # parses them (`marsad.read_jsonl`), analyses them and writes the facts. The input
        # order is (split, line): `seq` = split << 32 | line.
        from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

        splits = plan_splits(input_path, parts)
        schema = StructType([StructField("split", IntegerType()), StructField("uri", StringType()), StructField("start", LongType()), StructField("end", LongType())])
        tasks = spark.createDataFrame(spark.sparkContext.parallelize(splits, len(splits)), schema)
        body = AnalyzeAndWrite(temporary, rows="splits", batch_rows=batch_rows)
    elif fmt == "jsonl" and jsonl_reader == "lines":
        # JSON lines: Spark reads the lines as text (bytes, no JSON parse) and range-partitions
        # them by a publication day key; the tasks' engine parses the JSON.
        lines = spark.read.text(input_path)
        keyed = lines.select(
            F.monotonically_increasing_id().alias("seq"),
            "value",
            F.col("_metadata.file_path").alias("file"),
        )
        published, time_ = (_json_string_field("value", name) for name in ("published", "time"))
        day_key = F.regexp_replace(F.when(published != "", published).otherwise(time_), r"[T ]+\d{1,2}:\d{2}.*$", "")
        tasks = keyed.repartitionByRange(parts, day_key, "seq")
        body = AnalyzeAndWrite(temporary, rows="lines")
    else:
        arts = read_articles(spark, input_path, fmt)
        # Articles of one publication day go to one task (so each day of each fact table is one
        # Parquet file, not one per task: ANT spans 538 days), and the tasks stay balanced
        # however many days there are (one day of news → split by input order): a range
        # partitioning on (day key, seq). The key is the publication field without its time of
        # day (`2021-03-02T09:00Z` → `2021-03-02`, `Tue, 02 Mar 2021 09:00:00 +0000` → `Tue, 02
        # Mar 2021`): it only groups, the day itself comes from the engine (`published_day`).
        day_key = F.regexp_replace(F.coalesce("published", F.lit("")), r"[T ]+\d{1,2}:\d{2}.*$", "")
        tasks = arts.repartitionByRange(parts, day_key, "seq")
        body = AnalyzeAndWrite(temporary)
    # The analysis runs exactly once, in one job: each task writes its facts as Parquet itself
    # (pyarrow, through pyarrow.fs: local, HDFS, S3) under its attempt's temporary directory and
    # returns a manifest of its files; the driver collects the manifests (a few rows per task,
    # no article data) and commits the files by renaming them (commit protocol above `commit`).
    manifest = [r.asDict() for r in tasks.mapInArrow(body, from_arrow_schema(manifest_schema())).collect()]
    # The commit (moving the fact-table files: thousands of renames) runs on a driver thread
    # while Spark merges and aggregates: those read only the merge-input files, which stay in
    # place. An existing table is checked (mode) before the merge starts.
    merge_files, counts = manifest_inputs(output, run_id, manifest)
    if mode in ("error", "errorifexists"):
        commit_check(output, mode)
    committer = ThreadPoolExecutor(1, thread_name_prefix="marsad-commit")

    def timed_commit():
        began = time.perf_counter()
        result = commit(output, run_id, manifest, mode)
        profile(f"commit (driver thread, alongside the merge): {time.perf_counter() - began:.2f} s, {len(manifest)} manifest rows")
        return result

    committed = committer.submit(timed_commit)
    # The first lines each task could not read (not JSON documents; all are counted as rejected).
    bad = [m["path"] for m in manifest if m["kind"] == "_bad"]

    merge_rows = sum(m["rows"] for m in manifest if m["kind"] == MERGE_INPUT)
    began = time.perf_counter()
    on_driver = merge == "driver" or (merge == "auto" and merge_rows <= MERGE_ON_DRIVER_ROWS)
    where = merge_and_aggregate(spark, output, merge_files, mode, "driver" if on_driver else "spark", run_id)
    profile(f"merge and aggregates ({where}, {merge_rows} merge-input rows): {time.perf_counter() - began:.2f} s")
    began = time.perf_counter()
    committed.result()  # re-raises what the commit raised
    committer.shutdown()
    waited = time.perf_counter() - began
    _remove_temporary(output, run_id)
    profile(f"driver after the last job: waiting for the commit {waited:.2f} s, removing the temporary directory {time.perf_counter() - began - waited:.2f} s")
    return dict(counts, bad=bad, merge=where)


def class_archive_option(cache="auto"):
    """(JVM option, pending archive or None) to start the local-mode driver from a dynamic
    class-data-sharing (CDS) archive of Spark's classes: `-XX:SharedArchiveFile=A` when the
    archive A exists; else `-XX:ArchiveClassesAtExit=A.<pid>`: this run records the classes it
    loads, the JVM writes them when it exits, and `main` then renames the file to A (so
    concurrent first runs never write one file, and a run killed midway leaves no half archive
    under the final name; such leftovers are removed by the next run). A is named after the
    pyspark install and the Java runtime, so another Spark or Java gets its own archive; the JVM
    checks an archive against its build and class path itself and starts without it (with a
    warning) if they differ."""
    import hashlib
    import shutil

    import pyspark

    if cache == "auto":
        cache = os.environ.get("MARSAD_SPARK_CACHE") or os.path.expanduser("~/.cache/marsad-spark")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java") or "java"
    java = os.path.realpath(java)
    key = "\0".join([pyspark.__version__, os.path.dirname(os.path.realpath(pyspark.__file__)), java, str(os.path.getmtime(java)) if os.path.exists(java) else ""])
    archive = os.path.join(cache, f"spark-{pyspark.__version__}-{hashlib.sha1(key.encode()).hexdigest()[:12]}.jsa")
    if os.path.exists(archive):
        return f"-XX:SharedArchiveFile={archive}", None
    os.makedirs(cache, exist_ok=True)
    for name in os.listdir(cache):
        head, _, pid = name.rpartition(".")
        if head == os.path.basename(archive) and pid.isdigit() and not _alive(int(pid)):
            os.remove(os.path.join(cache, name))  # left by a run that did not finish
    pending = f"{archive}.{os.getpid()}"
    # -Xlog:cds=off: the dump lists every class it cannot archive (generated, signed-JAR classes) as a warning.
    return f"-XX:ArchiveClassesAtExit={pending} -Xlog:cds=off", pending


def _finish_class_archive(gateway, pending):
    """After spark.stop() on a run that records the class archive: let the driver JVM exit (it
    exits when its stdin closes), wait while it writes the archive, then give it its final name."""
    proc = getattr(gateway, "proc", None)
    if proc is None:
        return
    try:
        proc.stdin.close()
        proc.wait(timeout=300)
    except Exception as e:  # the archive is only a start-up cache: never fail the job for it
        print(f"marsad-spark: warning: JVM class archive not written: {e}", file=sys.stderr)
        return
    if os.path.exists(pending) and os.path.getsize(pending) > 0:
        os.replace(pending, pending.rsplit(".", 1)[0])


def _shut_accumulator_server_early(sc):
    """Start shutting down PySpark's accumulator-update server on a thread of its own, before
    `spark.stop()` (called after the last job: no task sends updates any more). Its loop checks
    for a shutdown every 0.5 s, and `stop()` asks for it only after the JVM side has stopped:
    begun here, the wait overlaps the JVM's stop instead of following it (~0.25-0.5 s). `stop()`'s
    own request then returns at once. Only for the TCP server (the Unix-socket one removes its
    socket file, which two closers could race on); a missing attribute (another PySpark) skips it."""
    import socketserver
    import threading

    server = getattr(sc, "_accumulatorServer", None)
    unix = getattr(socketserver, "UnixStreamServer", None)
    if isinstance(server, socketserver.TCPServer) and not (unix is not None and isinstance(server, unix)):
        threading.Thread(target=server.shutdown, name="marsad-accumulator-shutdown", daemon=True).start()


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True, help="articles: JSON lines (.jsonl, .jsonl.gz, a directory or glob) or Parquet")
    p.add_argument("--output", required=True, help="output directory (Parquet tables)")
    p.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    p.add_argument("--master", default=None, help="Spark master when run with python (spark-submit sets its own), e.g. local[2]")
    p.add_argument("--batch-rows", type=int, default=256, help="articles per Arrow batch handed to the engine")
    p.add_argument(
        "--jsonl-reader",
        choices=JSONL_READERS,
        default="lines",
        help="JSON lines read as text lines by Spark and parsed by the engine (default), by Spark's JSON reader (both: about one "
        "file per day), or by the tasks themselves (byte-range splits, one file per (task, day)); see docs/scale-out.md",
    )
    p.add_argument(
        "--merge",
        choices=MERGE_MODES,
        default="auto",
        help=f"where the cross-article merge (events_merged) runs: Spark SQL, or pyarrow on the driver (the same table; "
        f"auto: the driver up to {MERGE_ON_DRIVER_ROWS:,} merge-input rows, else Spark); the aggregates are always Spark SQL's",
    )
    p.add_argument("--partitions", type=int, default=None, help="range-partition the articles into N tasks (default: 4 per core)")
    p.add_argument("--event-log", default=None, metavar="DIR", help="write Spark's event log to DIR (read it with marsad_spark/eventlog.py)")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable), as spark-submit --conf")
    p.add_argument(
        "--jvm-class-cache",
        default="auto",
        metavar="auto|off|DIR",
        help="local mode: keep a class-data-sharing archive of the driver JVM's classes (~160 MB) in DIR "
        "(auto: $MARSAD_SPARK_CACHE or ~/.cache/marsad-spark) and start from it (the first run writes it; "
        "docs/scale-out.md); off: plain JVM start",
    )
    args = p.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("marsad")
    if args.master:
        builder = builder.master(args.master)
    if args.event_log:
        builder = builder.config("spark.eventLog.enabled", "true").config("spark.eventLog.dir", args.event_log)
    confs, pending_archive = {}, None
    for kv in args.conf:
        key, sep, value = kv.partition("=")
        if not sep:
            p.error(f"--conf {kv!r}: expected KEY=VALUE")
        confs[key] = value
    if (args.master or "").startswith("local") and "spark.driver.extraJavaOptions" not in confs:
        # In local mode the driver JVM runs every task, and a run is minutes long: HotSpot's C2
        # compiler spent 54 of 162 CPU-seconds of a 10,000-article run compiling Spark
        # (docs/scale-out.md); C1 alone costs 7.5 s and the tasks ran no slower.
        options = ["-XX:TieredStopAtLevel=1"]
        if args.jvm_class_cache != "off":
            option, pending_archive = class_archive_option(args.jvm_class_cache)
            options.append(option)
        confs["spark.driver.extraJavaOptions"] = " ".join(options)
    if (args.master or "").startswith("local") and "spark.ui.enabled" not in confs:
        # No web UI for a local run (its Jetty server and listeners cost start-up time and CPU;
        # --event-log keeps the record). On a cluster spark-submit's own settings apply.
        confs["spark.ui.enabled"] = "false"
    for key, value in confs.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    started = time.time()
    counts = run(spark, args.input, args.output, args.format, args.batch_rows, args.partitions, jsonl_reader=args.jsonl_reader, merge=args.merge)
    secs = time.time() - started
    for message in counts["bad"]:
        print(f"marsad-spark: error: {message}", file=sys.stderr)
    if counts["rejected"]:
        print(f"marsad-spark: {counts['rejected']} input rows without an id or a text were skipped", file=sys.stderr)
    print(f"marsad-spark: {counts['articles']} articles in {secs:.1f} s ({counts['articles'] / max(secs, 1e-9):.1f} articles/s); output in {args.output}", file=sys.stderr)
    gateway = spark.sparkContext._gateway
    began = time.perf_counter()
    _shut_accumulator_server_early(spark.sparkContext)
    spark.stop()
    profile(f"spark.stop(): {time.perf_counter() - began:.2f} s")
    if pending_archive:
        _finish_class_archive(gateway, pending_archive)


if __name__ == "__main__":
    main()
