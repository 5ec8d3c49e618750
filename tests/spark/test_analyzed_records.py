"""Pre-analyzed input for ``khabar ingest`` (no Spark needed): analyzed JSONL, a documents
Parquet table, the executor-side worker, and the message without pyspark."""
from __future__ import annotations

import importlib
import json
import sys

import pytest

import khabar
from khabar.corpus import ingest, open_store
from khabar.errors import ConfigError
from khabar.io.readers import Record, iter_records


def _no_reanalysis(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("the pipeline ran on a pre-analyzed record")
    # khabar.corpus re-exports a function named ingest, hiding the module's name
    monkeypatch.setattr(importlib.import_module("khabar.corpus.ingest"), "prepare", boom)


def _analyzed_jsonl(path, docs):
    lines = []
    for d in docs:
        doc = khabar.analyze(d["text"], date=d.get("date"), meta={"id": d["id"]})
        lines.append(json.dumps({"id": d["id"], **doc.to_json()}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_analyzed_jsonl_is_recognized(tmp_path, docs):
    p = _analyzed_jsonl(tmp_path / "a.jsonl", docs[:2])
    recs = list(iter_records([str(p)]))
    assert [r.id for r in recs] == ["un", "geneva"]
    assert recs[0].text == docs[0]["text"] and recs[0].date == "2014-01-26"
    assert recs[0].analysis["schema"] == 1 and recs[0].analysis["tokens"]
    assert "tokens" not in recs[0].meta                 # layers are not taken for metadata
    plain = list(iter_records([str(tmp_path / "x.jsonl")]))
    assert plain[0].error                                 # missing file still an error record


def test_error_line_of_analyze_output_is_a_failure(tmp_path):
    p = tmp_path / "out.jsonl"
    p.write_text('{"id": "x", "error": "x: looks like binary data"}\n', encoding="utf-8")
    [rec] = iter_records([str(p)])
    assert not rec.ok and "looks like binary data" in rec.error


def test_ingest_stores_the_given_analysis(tmp_path, docs, monkeypatch):
    p = _analyzed_jsonl(tmp_path / "a.jsonl", docs[:2])
    _no_reanalysis(monkeypatch)
    with open_store(str(tmp_path / "n.db")) as store:
        s = ingest(store, [str(p)])
        assert (s.ingested, s.failed) == (2, [])
        hits = store.search("المفاوضات")
        assert [h.ext_id for h in hits] == ["un"]
        doc = store.document(hits[0].hash)
        assert doc == khabar.Document.from_json(json.loads(p.read_text().splitlines()[0]))
        assert ingest(store, [str(p)]).skipped == 2


def test_tampered_analysis_is_rejected_not_stored(tmp_path, docs, monkeypatch):
    doc = khabar.analyze(docs[1]["text"])
    data = {"id": "bad", **doc.to_json()}
    data["entities"][0]["start"] += 1                    # the span no longer fits its text
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    _no_reanalysis(monkeypatch)
    with open_store(str(tmp_path / "n.db")) as store:
        s = ingest(store, [str(p)], jobs=1)
        assert s.ingested == 0 and len(s.failed) == 1
        assert "stored analysis rejected" in s.failed[0] and "entities" in s.failed[0]


def test_documents_parquet_folder_is_read_in_order(tmp_path, docs, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from khabar.spark.schema import DOCUMENT_NAMES
    from khabar.spark.worker import analyze_record
    rows = [analyze_record(Record(text=d["text"], id=d["id"], date=d["date"], origin=d["id"]))
            for d in docs[:2]]
    rows.append(analyze_record(Record(text=None, id="b", error="b: looks like binary data",
                                      origin="b")))
    table = pa.Table.from_pylist([{k: r[k] for k in DOCUMENT_NAMES} for r in rows])
    out = tmp_path / "out" / "documents"
    out.mkdir(parents=True)
    pq.write_table(table.slice(0, 1), out / "part-00000-x.snappy.parquet")
    pq.write_table(table.slice(1), out / "part-00001-x.snappy.parquet")
    (out / "_SUCCESS").write_text("")
    recs = list(iter_records([str(tmp_path / "out")]))
    assert [r.id for r in recs] == ["un", "geneva", "b"]
    assert [r.ok for r in recs] == [True, True, False] and "binary" in recs[2].error
    assert recs[0].analysis == rows[0]["analysis"]
    _no_reanalysis(monkeypatch)
    with open_store(str(tmp_path / "n.db")) as store:
        s = ingest(store, [str(tmp_path / "out")], jobs=2)
        assert s.ingested == 2 and len(s.failed) == 1
        assert [h.ext_id for h in store.search("الإبراهيمي")] == ["geneva"]


def test_worker_turns_failures_into_rows(docs):
    from khabar.spark.worker import analyze_record
    row = analyze_record(Record(text=None, id="f", error="f: no such file", origin="f"))
    assert row["error"] == "f: no such file" and row["analysis"] is None
    row = analyze_record(Record(text=12345, id="n", origin="n"))      # not a str: no crash
    assert row["error"] and row["analysis"] is None and row["entities"] == []
    row = analyze_record(Record(text=docs[2]["text"], id="o", date="20/07/2015", origin="o"))
    assert row["error"] is None and row["date"] == "2015-07-20"
    assert json.loads(row["analysis"])["date"] == "2015-07-20"


def test_without_pyspark_the_message_says_what_to_install(monkeypatch):
    from khabar.spark.session import require_pyspark
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(ConfigError, match=r"pip install 'khabar\[spark\]'"):
        require_pyspark()
    from khabar.cli.main import main
    assert main(["spark-analyze", "in.jsonl", "out"]) == 2
