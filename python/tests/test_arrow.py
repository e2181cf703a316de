"""analyze_arrow: RecordBatches of documents in, entities / quotes / events out, with the values
of the JSON contract (compared with `analyze` field by field)."""

import datetime

import pyarrow as pa
import pytest

import marsad
from conftest import BEIRUT, IRAQ, SISI, ZARIF

TEXTS = [ZARIF, SISI, IRAQ + " " + BEIRUT, ""]
IDS = ["z", "s", "ib", "empty"]


def batch(text_type=pa.string(), published=None):
    cols = {"id": pa.array(IDS), "text": pa.array(TEXTS, text_type)}
    if published is not None:
        cols["published"] = published
    return pa.RecordBatch.from_pydict(cols)


def rows(rb: pa.RecordBatch):
    return rb.to_pylist()


def expected(published=None):
    return [marsad.analyze(t, published=published, id=i) for t, i in zip(TEXTS, IDS)]


def test_entities_match_analyze():
    out = marsad.analyze_arrow(batch())
    assert set(out) == {"entities", "quotes", "events"}
    got = [(r["row"], r["id"], r["start"], r["end"], r["text"], r["type"], r["country"]) for r in rows(out["entities"])]
    want = [(n, d["id"], e["start"], e["end"], e["text"], e["type"], e.get("country")) for n, d in enumerate(expected()) for e in d["entities"]]
    assert got == want and got


def test_quotes_match_analyze():
    got = rows(marsad.analyze_arrow(batch())["quotes"])
    want = [(n, q) for n, d in enumerate(expected()) for q in d["quotes"]]
    assert len(got) == len(want) == 1
    for r, (n, q) in zip(got, want):
        assert r["row"] == n
        assert (r["verb_start"], r["verb_end"], r["verb"]) == (q["verb"]["start"], q["verb"]["end"], q["verb"]["text"])
        assert (r["content_start"], r["content_end"], r["content"]) == (q["content"]["start"], q["content"]["end"], q["content"]["text"])
        assert r["speaker"] == q["speaker"]["text"] and r["speaker_head"] == q["speaker_head"]["text"]
        assert r["speaker_actor_id"] == (q["speaker_actor"] or {}).get("id")
        assert (r["kind"], r["speaker_source"], r["provenance"]) == (q["kind"], q["speaker_source"], q["provenance"])
        assert r["confidence"] == pytest.approx(q["confidence"])


def participants(ps):
    return [(p["start"], p["end"], p["text"], p["id"], p["country"], p["sector"]) for p in ps]


@pytest.mark.parametrize("published", ["2020-09-24", None])
def test_events_match_analyze(published):
    pub = pa.array([published] * len(TEXTS), pa.string())
    got = rows(marsad.analyze_arrow(batch(published=pub))["events"])
    want = [(n, i, e) for n, d in enumerate(expected(published)) for i, e in enumerate(d["events"])]
    assert len(got) == len(want) >= 2
    for r, (n, i, e) in zip(got, want):
        assert (r["row"], r["index"]) == (n, i)
        for k in ("event", "mode", "context", "cameo", "quad_class", "date", "negated", "future", "hypothetical", "reported", "mentions", "provenance"):
            assert r[k] == e[k], k
        assert r["score"] == pytest.approx(e["score"]) and r["confidence"] == pytest.approx(e["confidence"])
        assert (r["trigger_start"], r["trigger_end"], r["trigger"]) == (e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"])
        assert (r["sentence_start"], r["sentence_end"]) == (e["sentence"]["start"], e["sentence"]["end"])
        assert [participants([p]) for p in r["actors"]] == [participants([p]) for p in e["actors"]]
        assert participants(r["recipients"]) == participants(e["recipients"])
        assert [p["code"] for p in r["actors"]] == [(p["country"] or "") + (p["sector"] or "") for p in e["actors"]]
        place = e["place"]
        assert r["place"] == (place and place["text"])
        assert r["place_geonames_id"] == (place and place["geonames_id"])


@pytest.mark.parametrize("text_type", [pa.string(), pa.large_string(), pa.string_view()])
def test_every_string_layout_gives_the_same_rows(text_type):
    ref = marsad.analyze_arrow(batch())
    out = marsad.analyze_arrow(batch(text_type))
    for k in ref:
        assert out[k].equals(ref[k]), k


def test_published_as_date32_timestamp_or_string_is_the_same():
    day = datetime.date(2020, 9, 24)
    as_str = marsad.analyze_arrow(batch(published=pa.array(["2020-09-24"] * 4)))
    as_date = marsad.analyze_arrow(batch(published=pa.array([day] * 4, pa.date32())))
    as_ts = marsad.analyze_arrow(batch(published=pa.array([datetime.datetime(2020, 9, 24, 12)] * 4, pa.timestamp("us"))))
    no_date = marsad.analyze_arrow(batch())
    for k in as_str:
        assert as_date[k].equals(as_str[k]) and as_ts[k].equals(as_str[k]), k
    assert not as_str["events"].equals(no_date["events"])  # اليوم / أمس resolved


def test_integer_ids_and_empty_batches():
    rb = pa.record_batch({"id": pa.array([10, 11], pa.int64()), "text": [SISI, IRAQ]})
    out = marsad.analyze_arrow(rb, threads=1)
    assert set(out["events"].column("id").to_pylist()) <= {"10", "11"}
    empty = marsad.analyze_arrow(pa.record_batch({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}))
    for k, rb in empty.items():
        assert rb.num_rows == 0 and rb.schema == out[k].schema, k
