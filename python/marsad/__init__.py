"""Marsad: structured facts from Arabic news, from Python.

    >>> import marsad
    >>> doc = marsad.analyze("وقال وزير الخارجية ...", published="2020-09-24")
    >>> doc["entities"], doc["quotes"], doc["events"]

``analyze`` returns the JSON contract of ``marsad analyze`` (docs/schema.md) as a dict;
``analyze_json`` the same as the exact JSON line; ``analyze_batch`` many documents in parallel;
``analyze_arrow`` takes a pyarrow.RecordBatch (id, text, published) and returns RecordBatches
of entities, quotes and events. The engine's resources load once per process, and the GIL is
released while the Rust engine works.
"""

from marsad._marsad import __version__, analyze, analyze_arrow, analyze_batch, analyze_json, published_day, read_jsonl

__all__ = ["analyze", "analyze_json", "analyze_batch", "analyze_arrow", "published_day", "read_jsonl", "__version__"]
