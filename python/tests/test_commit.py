"""The Spark job's commit protocol, without Spark: a task attempt (`AnalyzeAndWrite`) writes its
facts under its own temporary directory and returns a manifest; the driver (`commit`) moves only
the manifest's files to their final names and `_remove_temporary` deletes what failed or
speculative attempts left behind."""

import pathlib
import sys

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from conftest import IRAQ, SISI, ZARIF  # noqa: E402

sys.path.append(str(pathlib.Path(__file__).resolve().parents[1]))
from marsad_spark import job  # noqa: E402


def articles():
    return pa.RecordBatch.from_pydict(
        {
            "seq": pa.array([0, 1, 2, 3], pa.int64()),
            "id": pa.array(["z", "s", None, "i"], pa.string()),  # row 2: no id → rejected
            "text": pa.array([ZARIF, SISI, IRAQ, IRAQ], pa.string()),
            "published": pa.array(["2020-09-24", "Thu, 24 Sep 2020 10:00:00 +0000", None, None], pa.string()),
            "source": pa.array(["wire", "wire", "daily", "daily"], pa.string()),
        }
    )


def run_attempt(temporary):
    """One task attempt outside Spark (no TaskContext: partition 0, attempt 0)."""
    batches = list(job.AnalyzeAndWrite(str(temporary))(iter([articles()])))
    assert len(batches) == 1 and batches[0].schema == job.manifest_schema()
    return batches[0].to_pylist()


def test_a_task_attempt_writes_one_file_per_day_under_its_own_directory(tmp_path):
    manifest = run_attempt(tmp_path / "_temporary" / "run1")
    counts = {m["kind"]: m["rows"] for m in manifest if m["kind"].startswith("_")}
    assert counts == {"_articles": 3, "_rejected": 1}
    files = {(m["kind"], m["day"]): m for m in manifest if not m["kind"].startswith("_")}
    # Two articles of 2020-09-24 (two spellings of the date) share one file; the undated one.
    assert ("entities", "2020-09-24") in files and ("entities", "unknown") in files
    assert ("events", "unknown") in files and ("merge_input", None) in files
    for m in files.values():
        assert m["path"].startswith("task-00000-0/"), m
        t = pq.read_table(tmp_path / "_temporary" / "run1" / m["path"])
        assert t.num_rows == m["rows"] > 0
    ents = pq.read_table(tmp_path / "_temporary" / "run1" / files[("entities", "2020-09-24")]["path"])
    # The partition column lives in the directory name, as in Spark's partitioned writes.
    assert ents.column_names[0] == "doc_id" and "pub_date" not in ents.column_names and "seq" not in ents.column_names
    assert set(ents.column("doc_id").to_pylist()) == {"z", "s"}
    merge = pq.read_table(tmp_path / "_temporary" / "run1" / files[("merge_input", None)]["path"])
    assert merge.column_names[:4] == ["seq", "doc_id", "pub_date", "source"]
    assert not any(merge.column("negated").to_pylist())


def test_commit_moves_only_the_manifest_files_and_cleans_up(tmp_path):
    out = tmp_path / "out"
    temporary = out / "_temporary" / "run1"
    manifest = run_attempt(temporary)
    # A failed (or losing speculative) attempt of the same partition left files behind, and an
    # earlier run left a table the overwrite replaces.
    stale = temporary / "task-00000-7" / "entities" / "pub_date=2020-09-24"
    stale.mkdir(parents=True)
    (stale / "part-00000.parquet").write_bytes(b"partial")
    old = out / "entities" / "pub_date=1999-01-01"
    old.mkdir(parents=True)
    (old / "part-old.parquet").write_bytes(b"old")

    merge_files, counts = job.commit(str(out), "run1", manifest, "overwrite")
    assert counts == {"articles": 3, "rejected": 1}
    assert merge_files == [f"{out}/_temporary/run1/task-00000-0/merge_input/part-00000.parquet"]
    committed = sorted(str(p.relative_to(out)) for p in out.glob("*/pub_date=*/*.parquet"))
    want = sorted(f"{m['kind']}/pub_date={m['day']}/part-00000-run1.parquet" for m in manifest if m["kind"] in job.FACT_TABLES)
    assert committed == want
    for kind in job.FACT_TABLES:
        assert (out / kind / "_SUCCESS").exists()
    # The accepted attempt's emptied fact-table directories are gone already, its merge input
    # stays for the merge; the stale attempt stays until the temporary directory is removed.
    assert sorted(p.name for p in (temporary / "task-00000-0").iterdir()) == ["merge_input"]
    assert (temporary / "task-00000-0" / "merge_input" / "part-00000.parquet").exists()
    assert (stale / "part-00000.parquet").exists()
    job._remove_temporary(str(out), "run1")
    assert not (out / "_temporary").exists()

    with pytest.raises(FileExistsError, match="entities already exists"):
        job.commit(str(out), "run2", [], "errorifexists")
