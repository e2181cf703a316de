"""The package API: analyze, analyze_json, analyze_batch, published_day, and their equality with
the `marsad analyze` CLI (the same JSON contract, byte for byte)."""

import datetime
import json
import threading

import pytest

import marsad
from conftest import BEIRUT, IRAQ, SISI, ZARIF, run_cli

KEYS = ["id", "tokens", "sentences", "entities", "quotes", "dates", "actors", "places", "events"]


def span(text: str, item: dict) -> str:
    """The surface form at an item's byte range (offsets are into the UTF-8 encoding)."""
    return text.encode()[item["start"] : item["end"]].decode()


def test_analyze_returns_the_json_contract():
    doc = marsad.analyze(ZARIF, id="z1")
    assert list(doc) == KEYS
    assert doc["id"] == "z1"
    assert span(ZARIF, doc["tokens"][0]) == "وقال"
    for e in doc["entities"]:
        assert span(ZARIF, e) == e["text"]
    [quote] = doc["quotes"]
    assert span(ZARIF, quote["verb"]) == "وقال"
    assert "ظريف" in span(ZARIF, quote["speaker"])
    assert [span(ZARIF, p) for p in doc["places"]] == ["موسكو"]


def test_published_is_echoed_and_anchors_relative_dates():
    doc = marsad.analyze(SISI, published="2020-09-24")
    assert list(doc)[:2] == ["id", "published"]
    assert doc["published"] == "2020-09-24"
    [today] = [d for d in doc["dates"] if d["text"] == "اليوم"]
    assert today["value"] == "2020-09-24" and today["resolved"]
    # Without a publication date the same expression stays relative.
    [rel] = [d for d in marsad.analyze(SISI)["dates"] if d["text"] == "اليوم"]
    assert not rel["resolved"]
    # A datetime.date (or datetime) is the same date, echoed in ISO form.
    assert marsad.analyze(SISI, published=datetime.date(2020, 9, 24)) == doc
    assert marsad.analyze(SISI, published=datetime.datetime(2020, 9, 24, 10, 0))["dates"] == doc["dates"]


@pytest.mark.parametrize("text", [ZARIF, SISI, IRAQ, BEIRUT, "", "ينتهي النص هنا\n\nفقرة ثانية."])
def test_analyze_json_is_byte_identical_to_the_cli(marsad_bin, text):
    line = json.dumps({"id": "d7", "text": text, "published": "2020-09-24"}, ensure_ascii=False) + "\n"
    cli = run_cli(marsad_bin, ["analyze", "--format", "jsonl", "-"], line.encode())
    ours = marsad.analyze_json(text, published="2020-09-24", id="d7")
    assert ours.encode() == cli
    assert marsad.analyze(text, published="2020-09-24", id="d7") == json.loads(cli)


def test_analyze_equals_cli_text_mode(marsad_bin):
    text = SISI + "\n" + IRAQ + "\n" + BEIRUT
    cli = run_cli(marsad_bin, ["analyze", "--id", "t", "-"], text.encode())
    assert marsad.analyze(text, id="t") == json.loads(cli)
    assert marsad.analyze_json(text, id="t").encode() == cli


def test_utf8_bytes_are_text():
    assert marsad.analyze(ZARIF.encode()) == marsad.analyze(ZARIF)


def test_events_are_coded():
    events = marsad.analyze(IRAQ + " " + BEIRUT, published="2020-09-24")["events"]
    kinds = {e["event"] for e in events}
    assert "ACCUSE" in kinds and "PROTEST" in kinds, events
    for e in events:
        assert e["cameo"] and e["quad_class"] in (1, 2, 3, 4)


def test_published_day():
    assert marsad.published_day("2020-09-24T10:00:00Z") == "2020-09-24"
    assert marsad.published_day("Thu, 24 Sep 2020 10:00:00 +0000") == "2020-09-24"
    assert marsad.published_day("20200924") == "2020-09-24"
    assert marsad.published_day("yesterday") is None


def test_analyze_batch_equals_analyze():
    texts = [ZARIF, SISI, IRAQ, BEIRUT]
    batch = marsad.analyze_batch(texts, published="2020-09-24")
    assert batch == [marsad.analyze(t, published="2020-09-24", id=str(i)) for i, t in enumerate(texts)]
    assert marsad.analyze_batch(texts, published="2020-09-24", threads=1) == batch
    assert marsad.analyze_batch([]) == []


def test_analyze_batch_dicts_carry_id_and_published():
    docs = [{"id": "a", "text": SISI, "published": "2021-01-05"}, {"id": 7, "text": IRAQ}, {"text": BEIRUT}]
    out = marsad.analyze_batch(docs, published="2020-09-24")
    assert [d["id"] for d in out] == ["a", "7", "2"]
    assert out[0] == marsad.analyze(SISI, published="2021-01-05", id="a")
    assert out[1] == marsad.analyze(IRAQ, published="2020-09-24", id="7")  # the default date
    assert marsad.analyze_batch(iter([SISI])) == [marsad.analyze(SISI, id="0")]  # any iterable


def test_concurrent_calls_from_python_threads_agree():
    expected = marsad.analyze(ZARIF)
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(marsad.analyze(ZARIF))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 20 and all(r == expected for r in results)
