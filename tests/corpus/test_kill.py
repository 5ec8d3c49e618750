"""A real ingest subprocess killed with SIGKILL mid-run leaves a consistent store (SQLite and
PostgreSQL); a re-run completes the rest and skips what was committed."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib

import pytest

from _paths import ROOT
from khabar.corpus import open_store

SENTENCES = [
    "قال وزير الخارجية إن المفاوضات مع الجانب الآخر ستبدأ في القاهرة بحضور ممثلين عن الحكومة.",
    "وأعلنت الأمم المتحدة أن قافلة مساعدات إنسانية وصلت إلى المدينة المحاصرة صباح اليوم.",
    "وارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.",
    "وأكد المتحدث باسم الرئاسة أن الاجتماع المقبل سيعقد في جنيف يوم 5 مارس 2021.",
    "وفاز المنتخب الوطني على نظيره بهدفين دون رد في المباراة التي جرت مساء أمس.",
    "ودعت وزارة الصحة المواطنين إلى الالتزام بالإجراءات الوقائية وتجنب التجمعات.",
]
N_DOCS = 40


def make_corpus(path):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N_DOCS):
            body = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(12))
            text = f"الخبر رقم {i + 1}: " + body + f" وانتهى الخبر {i + 1}."
            f.write(json.dumps({"id": f"d{i}", "text": text, "date": "2021-03-01"},
                               ensure_ascii=False) + "\n")


def ingest_cmd(src, db):
    return [sys.executable, "-m", "khabar.cli.corpus_cli", "ingest", str(src), "--db", str(db),
            "--no-progress", "--json", "--dup-threshold", "0.99"]


def env():
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + e.get("PYTHONPATH", "")
    return e


def count(db) -> int:
    """Committed documents, read from another connection (0 before the schema exists)."""
    if db.startswith("postgresql://"):
        from khabar.corpus.postgres import connect
        from khabar.errors import KhabarError
        try:
            conn, _, _ = connect(db)
        except KhabarError:
            return 0
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except Exception:               # the schema's tables are not created yet
            return 0
        finally:
            conn.close()
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.Error:
        return 0


def check_consistent(db) -> int:
    if not db.startswith("postgresql://"):
        assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = open_store(db, create=False)
    c = store.conn
    docs = [r[0] for r in c.execute("SELECT id FROM documents")]
    for doc in docs:
        (blob,) = c.execute("SELECT json FROM analyses WHERE doc = ?", (doc,)).fetchone()
        data = json.loads(zlib.decompress(blob))
        n_ent = c.execute("SELECT count(*) FROM entities WHERE doc = ?", (doc,)).fetchone()[0]
        n_dates = c.execute("SELECT count(*) FROM dates WHERE doc = ?", (doc,)).fetchone()[0]
        assert n_ent == len(data["entities"])
        assert n_dates == len([d for d in data["dates"] if d["value"] is not None])
        for table, col in (("terms", "rowid"), ("term_offsets", "doc"), ("minhash", "doc")):
            assert c.execute(f"SELECT count(*) FROM {table} WHERE {col} = ?",
                             (doc,)).fetchone()[0] == 1, (table, doc)
    # Nothing dangles: no rows for documents that are not there.
    for table, col in (("analyses", "doc"), ("entities", "doc"), ("dates", "doc"),
                       ("term_offsets", "doc"), ("minhash", "doc"), ("lsh", "doc")):
        assert c.execute(f"SELECT count(*) FROM {table} WHERE {col} NOT IN "
                         f"(SELECT id FROM documents)").fetchone()[0] == 0, table
    assert c.execute("SELECT count(*) FROM terms WHERE rowid NOT IN "
                     "(SELECT id FROM documents)").fetchone()[0] == 0
    store.close()
    return len(docs)


def kill_after(src, db, at_least: int, timeout: float = 90.0) -> int:
    p = subprocess.Popen(ingest_cmd(src, db), env=env(), cwd=ROOT, start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.time()
    try:
        while time.time() - t0 < timeout and p.poll() is None:
            if count(db) >= at_least:
                break
            time.sleep(0.02)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
    return p.returncode


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_sigkill_mid_ingest_then_resume(tmp_path, location_factory, backend):
    src, db = tmp_path / "news.jsonl", location_factory(backend)
    make_corpus(src)
    rc = kill_after(src, db, at_least=3)
    assert rc == -signal.SIGKILL, "the ingest finished before it could be killed"
    first = check_consistent(db)
    assert 3 <= first < N_DOCS
    rc = kill_after(src, db, at_least=first + 4)
    second = check_consistent(db)
    assert second >= first
    done = subprocess.run(ingest_cmd(src, db), env=env(), cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["skipped"] == second and summary["ingested"] == N_DOCS - second
    assert summary["failed"] == 0
    assert check_consistent(db) == N_DOCS
