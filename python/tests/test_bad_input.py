"""Bad input gives Python exceptions (TypeError / ValueError) with messages naming what and where."""

import pyarrow as pa
import pytest

import marsad
from conftest import SISI


@pytest.mark.parametrize("value,name", [(None, "None"), (42, "int"), (["نص"], "list"), (3.5, "float")])
def test_non_string_text_is_a_type_error(value, name):
    with pytest.raises(TypeError, match=f"text must be str \\(or UTF-8 bytes\\), got {name}"):
        marsad.analyze(value)


def test_invalid_utf8_bytes_name_the_offset():
    bad = "سلام".encode() + b"\xff" + "عليكم".encode()
    with pytest.raises(ValueError, match="text: invalid UTF-8 at byte offset 8"):
        marsad.analyze(bad)


def test_lone_surrogates_are_not_text():
    with pytest.raises(ValueError, match="text: the string cannot be encoded as UTF-8"):
        marsad.analyze("نص \ud800")


def test_bad_published():
    with pytest.raises(ValueError, match="published: unrecognised date \"tomorrow\""):
        marsad.analyze(SISI, published="tomorrow")
    with pytest.raises(TypeError, match="published must be None, str or datetime.date, got int"):
        marsad.analyze(SISI, published=20200924)


def test_batch_errors_name_the_item():
    with pytest.raises(TypeError, match=r"docs\[1\] must be str \(or UTF-8 bytes\), got None"):
        marsad.analyze_batch([SISI, None])
    with pytest.raises(ValueError, match=r"docs\[0\]\['text'\]: invalid UTF-8 at byte offset 0"):
        marsad.analyze_batch([{"id": "x", "text": b"\xc3("}])
    with pytest.raises(ValueError, match=r"docs\[0\]: the dict has no 'text' key"):
        marsad.analyze_batch([{"id": "x"}])
    with pytest.raises(TypeError, match=r"docs\[0\]\['id'\] must be str or int, got float"):
        marsad.analyze_batch([{"id": 1.5, "text": SISI}])
    with pytest.raises(ValueError, match=r"docs\[0\]\['published'\]: unrecognised date"):
        marsad.analyze_batch([{"text": SISI, "published": "soon"}])
    with pytest.raises(TypeError, match="docs must be a list of documents, got a single str"):
        marsad.analyze_batch(SISI)
    with pytest.raises(TypeError, match="docs must be a list of documents, got int"):
        marsad.analyze_batch(5)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        marsad.analyze_batch([SISI], threads=0)


def test_arrow_bad_input():
    with pytest.raises(TypeError, match="batch must be a pyarrow.RecordBatch, got dict"):
        marsad.analyze_arrow({"id": ["a"], "text": [SISI]})
    with pytest.raises(ValueError, match="the batch has no `text` column \\(columns: id, body\\)"):
        marsad.analyze_arrow(pa.record_batch({"id": ["a"], "body": [SISI]}))
    with pytest.raises(TypeError, match="column `text` must be string, large_string or string_view, got Int64"):
        marsad.analyze_arrow(pa.record_batch({"id": ["a"], "text": [5]}))
    with pytest.raises(ValueError, match='column `text` is null at row 1 \\(id "b"\\)'):
        marsad.analyze_arrow(pa.record_batch({"id": ["a", "b"], "text": [SISI, None]}))
    with pytest.raises(ValueError, match="column `id` is null at row 0"):
        marsad.analyze_arrow(pa.record_batch({"id": pa.array([None], pa.string()), "text": [SISI]}))
    with pytest.raises(TypeError, match="column `id` must be string or integer, got Float64"):
        marsad.analyze_arrow(pa.record_batch({"id": [1.5], "text": [SISI]}))
    with pytest.raises(TypeError, match="column `published` must be string, date or timestamp, got Int64"):
        marsad.analyze_arrow(pa.record_batch({"id": ["a"], "text": [SISI], "published": [20200924]}))
