"""The Spark job's own JSON-lines reader, without Spark: byte-range splits aligned to lines the way
Hadoop's LineRecordReader aligns them (every line read exactly once, in order, whatever the split
size), gzipped files as one split, and `marsad.read_jsonl` (the engine's JSON-lines parser)."""

import gzip
import json
import pathlib
import sys

import pytest

pa = pytest.importorskip("pyarrow")
marsad = pytest.importorskip("marsad")

from conftest import IRAQ, SISI, ZARIF  # noqa: E402

sys.path.append(str(pathlib.Path(__file__).resolve().parents[1]))
from marsad_spark import job  # noqa: E402


def jsonl(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def test_splits_of_every_size_read_every_line_exactly_once_in_order(tmp_path):
    # Lines of different lengths, a blank line, a short line, no newline at the end of the file.
    data = jsonl([{"id": "z", "text": ZARIF}, {"id": "s", "text": SISI}]) + b"\n" + b'{"id":"x","text":""}\n' + jsonl([{"id": "i", "text": IRAQ}])[:-1]
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for size in range(1, len(data) + 2):
        splits = job.plan_splits(str(path), tasks=1 + len(data) // size, min_split_bytes=size)
        assert [s[0] for s in splits] == list(range(len(splits)))
        assert splits[0][2] == 0 and splits[-1][3] == len(data)
        assert all(a[3] == b[2] for a, b in zip(splits, splits[1:]))  # contiguous byte ranges
        pieces = [job.read_split(uri, start, end) for _, uri, start, end in splits]
        assert b"".join(pieces) == data, size
        # A split holds whole lines only (the file's last line has no newline).
        filled = [p for p in pieces if p]
        assert all(p.endswith(b"\n") for p in filled[:-1]) and data.endswith(filled[-1]), size


def test_a_gzipped_file_is_one_split_and_a_directory_lists_its_files_in_name_order(tmp_path):
    a, b = jsonl([{"id": "1", "text": SISI}]), jsonl([{"id": "2", "text": IRAQ}])
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b))
    (tmp_path / "a.jsonl").write_bytes(a)
    (tmp_path / "_SUCCESS").write_bytes(b"")
    splits = job.plan_splits(str(tmp_path), tasks=4)
    assert [(pathlib.Path(uri).name, start, end) for _, uri, start, end in splits] == [("a.jsonl", 0, len(a)), ("b.jsonl.gz", 0, -1)]
    assert job.read_split(splits[1][1], 0, -1) == b
    assert [pathlib.Path(s[1]).name for s in job.plan_splits(str(tmp_path / "*.gz"), tasks=4)] == ["b.jsonl.gz"]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_bytes(a)
    assert [pathlib.Path(s[1]).name for s in job.plan_splits(str(tmp_path / "s*" / "*.jsonl"), tasks=4)] == ["c.jsonl"]
    with pytest.raises(FileNotFoundError, match="no-such"):
        job.plan_splits(str(tmp_path / "no-such.jsonl"), tasks=2)


def test_read_jsonl_reads_fields_as_strings_and_reports_bad_lines():
    data = (
        jsonl([{"id": 7, "text": ZARIF, "published": "2020-09-24", "extra": [1]}])
        + b"  \n"  # blank: skipped, no error
        + b'{"id": "a", "text": \n'  # malformed
        + b'{"id": "b", "text": "\xff"}\n'  # invalid UTF-8
        + b"[1, 2]\n"  # not an object
        + jsonl([{"docno": "d", "text": SISI, "published": None, "title": {"ar": "x"}}])
    )
    batch, errors = marsad.read_jsonl(data, ["id", "docno", "text", "published", "title"])
    assert batch.schema.names == ["id", "docno", "text", "published", "title", "line"]
    assert batch.to_pydict() == {
        "id": ["7", None],  # a number becomes its JSON text, as Spark's JSON reader reads it into a string
        "docno": [None, "d"],
        "text": [ZARIF, SISI],
        "published": ["2020-09-24", None],
        "title": [None, '{"ar":"x"}'],
        "line": [0, 5],
    }
    assert [line for line, _ in errors] == [2, 3, 4]
    assert "malformed JSON document" in errors[0][1] and "EOF" in errors[0][1]
    assert "invalid UTF-8 at byte offset" in errors[1][1]
    assert "malformed JSON document" in errors[2][1]
    with pytest.raises(TypeError, match="data must be bytes, got str"):
        marsad.read_jsonl("{}", ["id"])


def test_articles_of_a_split_have_the_input_order_and_the_cli_source(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        jsonl(
            [
                {"docno": "a", "text": ZARIF, "time": "2020-09-24", "src": "wire"},
                {"id": "b", "text": SISI, "url": "https://news.example/x/1"},
                {"id": "c", "text": IRAQ},
            ]
        )
        + b"not json\n"
    )
    bad = []
    arts = job.articles_of_split(3, str(path), 0, path.stat().st_size, bad)
    assert arts.to_pydict() == {
        "seq": [3 << 32, (3 << 32) + 1, (3 << 32) + 2],
        "id": ["a", "b", "c"],
        "text": [ZARIF, SISI, IRAQ],
        "published": ["2020-09-24", None, None],
        # `source`, else `src`, else the URL's host, else the article id (as `marsad events-export`).
        "source": ["wire", "news.example", "c"],
    }
    assert len(bad) == 1 and "line 4 of the split: malformed JSON document" in bad[0]


def test_articles_of_lines_keep_the_input_order_and_name_bad_lines():
    # The rows Spark's text reader gives the tasks (`--jsonl-reader lines`): the input order,
    # one JSON line each (bytes as read: invalid UTF-8 included), the file.
    values = [
        jsonl([{"docno": "a", "text": ZARIF, "time": "2020-09-24", "src": "wire"}]).rstrip(b"\n"),
        b"   ",  # blank: skipped, no error
        b'{"id": "x", "text": ',  # malformed
        b'{"id": "y", "text": "\xff"}',  # invalid UTF-8
        jsonl([{"id": "b", "text": SISI, "url": "https://news.example/x/1"}]).rstrip(b"\n"),
    ]
    lines = pa.RecordBatch.from_arrays(
        [pa.array([10, 11, 12, 13, 14], pa.int64()), pa.array(values, pa.binary()).cast(pa.string(), safe=False), pa.array(["file:/in/a.jsonl"] * 5)],
        names=["seq", "value", "file"],
    )
    bad = []
    arts = job.articles_of_lines(lines, bad)
    assert arts.to_pydict() == {
        "seq": [10, 14],
        "id": ["a", "b"],
        "text": [ZARIF, SISI],
        "published": ["2020-09-24", None],
        "source": ["wire", "news.example"],
    }
    assert len(bad) == 2
    assert bad[0].startswith("file:/in/a.jsonl: the line starting '{\"id\": \"x\", \"text\": ': malformed JSON document")
    assert "invalid UTF-8 at byte offset" in bad[1] and "\ufffd" in bad[1]
