"""The Spark job for real, in local mode: Parquet tables checked row for row against
``khabar.analyze``, error rows, determinism across runs, and ingest from the Parquet output."""
from __future__ import annotations

import glob
import json
import os

import pytest

import khabar
from khabar.corpus.prepare import parse_date
from khabar.io.jsoncodec import dumps

pq = pytest.importorskip("pyarrow.parquet")


def read_table(folder: str) -> list[dict]:
    """Rows of a Spark-written table in part-file order (the order Spark wrote them)."""
    parts = sorted(glob.glob(os.path.join(folder, "part-*.parquet")))
    return [row for p in parts for row in pq.read_table(p).to_pylist()]


@pytest.fixture(scope="module")
def runs(spark, corpus_files, tmp_path_factory):
    """The job run twice over the same input (into two folders), with the summaries."""
    from khabar.spark import run
    jsonl, pages = corpus_files
    out = tmp_path_factory.mktemp("spark-out")
    first = run([str(jsonl), str(pages)], str(out / "a"), spark=spark)
    second = run([str(jsonl), str(pages)], str(out / "b"), spark=spark)
    return out / "a", out / "b", first, second


def _expected(docs, jsonl, pages):
    """(id, text, date, meta) of every good input, in the order the job writes them."""
    from hashlib import sha256
    rows = []
    for d in docs:
        did = d.get("id") or "sha256:" + sha256(d["text"].encode()).hexdigest()[:16]
        meta = {"id": did, **{k: d[k] for k in ("title", "source") if k in d},
                "encoding": "utf-8"}
        date = parse_date(d.get("date"))
        if d.get("date") and date is None:
            meta["date_raw"] = d["date"]
        rows.append((did, d["text"], date, meta))
    return rows


def test_documents_match_the_pipeline_row_for_row(runs, docs, corpus_files):
    a, _, summary, _ = runs
    rows = read_table(str(a / "documents"))
    good = [r for r in rows if r["error"] is None]
    lines = [r for r in good if r["origin"].startswith("file:") and ".jsonl:" in r["origin"]]
    expected = _expected(docs, *corpus_files)
    assert [r["id"] for r in lines] == [e[0] for e in expected]        # input order kept
    for row, (did, text, date, meta) in zip(lines, expected):
        doc = khabar.analyze(text, date=date, meta=meta)
        assert row["text"] == text and row["date"] == date
        assert row["analysis"] == dumps(doc)                            # the same JSON
        assert row["hash"] == khabar.corpus.prepare.content_hash(text)
        assert row["n_tokens"] == len(doc.tokens)
    files = {os.path.basename(r["id"]): r for r in good if r not in lines}
    assert sorted(files) == ["page.html", "page.txt"]                  # notes.csv not read
    page = files["page.txt"]
    assert page["encoding"] == "cp1256"
    expected_page = khabar.analyze(page["text"], meta={"id": page["id"], "encoding": "cp1256"})
    assert page["analysis"] == dumps(expected_page)
    html = files["page.html"]
    assert "<p>" not in html["text"] and html["title"] == "الرياض"
    assert summary.documents == len(rows) == 8 and summary.failed == 2


def test_bad_records_are_error_rows(runs):
    a, _, summary, _ = runs
    rows = read_table(str(a / "documents"))
    errors = {r["origin"].rsplit("/", 1)[-1]: r for r in rows if r["error"]}
    assert sorted(errors) == ["broken.txt", "news.jsonl:4"]
    assert "binary data (PNG image)" in errors["broken.txt"]["error"]
    assert "not valid JSON" in errors["news.jsonl:4"]["error"]
    assert all(r["analysis"] is None and r["n_tokens"] is None for r in errors.values())
    empty = [r for r in rows if r["id"] == "empty"][0]
    assert empty["error"] is None and json.loads(empty["analysis"])["tokens"] == []
    assert sorted(summary.failures) == sorted(r["error"] for r in errors.values())


def test_flat_tables_agree_with_the_analysis(runs):
    a = runs[0]
    docs = {r["id"]: r for r in read_table(str(a / "documents")) if r["error"] is None}
    analyses = {k: json.loads(r["analysis"]) for k, r in docs.items()}
    ents = read_table(str(a / "entities"))
    assert len(ents) == sum(len(x["entities"]) for x in analyses.values()) > 5
    for e in ents:
        want = analyses[e["id"]]["entities"][e["idx"]]
        assert (e["char_start"], e["char_end"], e["label"], e["canonical"]) == \
            (want["start"], want["end"], want["label"], want["canonical"])
        assert docs[e["id"]]["text"][e["char_start"]:e["char_end"]] == e["text"]
        assert e["hash"] == docs[e["id"]]["hash"]
    assert any(e["canonical"] == "الأمم المتحدة" and e["text"] == "لأممالمتحدة" for e in ents)
    for name, key in (("quotes", "content_text"), ("dates", "value"), ("repairs", "replacement")):
        rows = read_table(str(a / name))
        assert len(rows) == sum(len(x[name]) for x in analyses.values()) > 0
    quotes = read_table(str(a / "quotes"))
    q = quotes[0]
    assert docs[q["id"]]["text"][q["content_start"]:q["content_end"]] == q["content_text"]
    dates = {(d["id"], d["value"]) for d in read_table(str(a / "dates"))}
    assert ("un", "2014-01-25") in dates
    repairs = read_table(str(a / "repairs"))
    assert any(r["text"] == "للأممالمتحدة" and r["replacement"] == "للأمم المتحدة"
               for r in repairs)


def test_rerun_gives_identical_tables(runs):
    a, b, first, second = runs
    for table in ("documents", "entities", "quotes", "dates", "repairs"):
        assert read_table(str(a / table)) == read_table(str(b / table)), table
    assert first.rows == second.rows and first.failures == second.failures


def test_ingest_from_the_parquet_output_without_reanalysis(runs, tmp_path, monkeypatch):
    import importlib
    from khabar.cli.main import main
    from khabar.corpus import open_store

    def boom(*a, **k):
        raise AssertionError("the pipeline ran again")
    monkeypatch.setattr(importlib.import_module("khabar.corpus.ingest"), "prepare", boom)
    db = str(tmp_path / "news.db")
    assert main(["ingest", str(runs[0]), "--db", db, "--no-progress"]) == 2   # 2 bad records
    with open_store(db, create=False) as store:
        assert store.stats()["documents"] == 6
        hits = store.search("الإبراهيمي")
        assert [h.ext_id for h in hits] == ["geneva"]
        row = [r for r in read_table(str(runs[0] / "documents")) if r["id"] == "geneva"][0]
        assert store.document(hits[0].hash) == khabar.Document.from_json(row["analysis"])


def test_analyze_dataframe_library_call(spark, docs):
    from khabar.spark import analyze_dataframe, flat_tables
    df = spark.createDataFrame([(d["id"], d["text"], d["date"]) for d in docs[:2]] +
                               [("bytes", None, None)], "id string, text string, date string")
    out = analyze_dataframe(df, default_date="2014-03-01").collect()
    assert [r["id"] for r in out] == ["un", "geneva", "bytes"]
    doc = khabar.analyze(docs[1]["text"], date="2014-02-10", meta={"id": "geneva"})
    assert out[1]["analysis"] == dumps(doc)
    assert out[2]["error"] and "no text" in out[2]["error"]
    ents = flat_tables(analyze_dataframe(df)).get("entities").where("id = 'geneva'").collect()
    assert [(e["text"], e["label"]) for e in ents] == \
        [(doc.text(e), e.label) for e in doc.entities]
    from khabar.errors import InputError
    with pytest.raises(InputError, match="no 'body' column"):
        analyze_dataframe(df, text_col="body")


def test_cli_writes_tables_and_reports_failures(spark, corpus_files, tmp_path, capsys):
    from khabar.cli.main import main
    out = tmp_path / "cli"
    jsonl = corpus_files[0]
    assert main(["spark-analyze", str(jsonl), str(out), "--json"]) == 2
    summary = json.loads(capsys.readouterr().out)
    assert summary["documents"] == 5 and summary["failed"] == 1
    assert sorted(os.listdir(out)) == ["dates", "documents", "entities", "quotes", "repairs"]
    assert main(["spark-analyze", str(tmp_path / "missing.jsonl"), str(out)]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["spark-analyze", str(tmp_path / "none" / "*.jsonl"), str(out)]) == 2
    err = capsys.readouterr().err                       # a glob matching nothing: one line
    assert "Spark cannot read the input" in err and "Traceback" not in err
    assert not spark.sparkContext._jsc.sc().isStopped()        # an embedding session survives


def test_read_back_in_whole_files_restores_the_split_size(spark, corpus_files, tmp_path):
    """The flat tables read the documents table in whole files; the session's own input
    split size (2 MB, for the analysis) is back afterwards, also when the write fails."""
    from khabar.spark.job import _whole_files
    key = "spark.sql.files.maxPartitionBytes"
    before = spark.conf.get(key)
    with _whole_files(spark):
        assert int(spark.conf.get(key)) >= 1 << 30
    assert spark.conf.get(key) == before
    with pytest.raises(RuntimeError):
        with _whole_files(spark):
            raise RuntimeError("a failed write")
    assert spark.conf.get(key) == before
    from khabar.spark import run
    assert run([str(corpus_files[0])], str(tmp_path / "o"), spark=spark).documents == 5
    assert spark.conf.get(key) == before
