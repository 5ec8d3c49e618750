"""The SQLite store's schema module (khabar.corpus.sqlschema) and index rebuild
(khabar.corpus.sqlreindex)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from khabar.corpus import ingest, open_store, sqlite as sqlite_store
from khabar.corpus.sqlreindex import reindex
from khabar.corpus.sqlschema import (DDL, RANK_WEIGHTS, SCHEMA_VERSION, check_version,
                                     create_schema, locked_error)
from khabar.errors import ConfigError

DOCS = [
    {"id": "talks", "date": "2021-03-05", "title": "مفاوضات في القاهرة",
     "text": "أعلن وزير الخارجية أن المفاوضات مع الجانب الآخر ستبدأ قريبا في القاهرة بحضور "
             "ممثلين عن الحكومة والمعارضة."},
    {"id": "oil", "date": "2020-01-10", "title": "أسعار النفط",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج."},
]


def test_the_store_module_keeps_its_names():
    assert sqlite_store.SCHEMA_VERSION == SCHEMA_VERSION == 1
    assert sqlite_store.RANK_WEIGHTS is RANK_WEIGHTS
    assert sorted(sqlite_store.__all__) == ["RANK_WEIGHTS", "SCHEMA_VERSION", "SQLiteStore"]


def test_new_store_has_every_table_and_its_settings(tmp_path):
    with open_store(str(tmp_path / "n.db"), dup_threshold=0.5) as store:
        c = store.conn
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        for stmt in DDL.split(";\n"):
            if stmt.strip():
                assert stmt.split("EXISTS ")[1].split("(")[0].split(" ")[0] in names
        meta = dict(c.execute("SELECT key, value FROM meta"))
        assert meta["schema_version"] == "1" and meta["dup_threshold"] == "0.5"
        assert store.bands == int(meta["lsh_bands"]) and store.dup_threshold == 0.5
        rank = c.execute("SELECT v FROM terms_config WHERE k = 'rank'").fetchone()[0]
        assert rank == "bm25(1.0, 1.0, 1.0, 1.0, 1.0)"


def test_a_failed_creation_leaves_no_schema():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE lsh(x)")              # no column "key": the index fails
    with pytest.raises(sqlite3.OperationalError):
        create_schema(conn, None)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert names == {"lsh"}


def test_schema_versions_and_the_busy_message():
    check_version("news.db", "1")
    with pytest.raises(ConfigError, match="newer than this Khabar"):
        check_version("news.db", "2")
    err = locked_error("news.db", sqlite3.OperationalError("database is locked"))
    assert isinstance(err, ConfigError) and "one ingest at a time" in str(err)


def test_reindex_rebuilds_a_damaged_index(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS),
                   encoding="utf-8")
    with open_store(str(tmp_path / "r.db")) as store:
        ingest(store, [str(src)])
        c = store.conn
        rows = c.execute("SELECT rowid, * FROM terms ORDER BY rowid").fetchall()
        offsets = c.execute("SELECT * FROM term_offsets ORDER BY doc").fetchall()
        hits = [(h.ext_id, h.snippet) for h in store.search("المفاوضات")]
        assert [h[0] for h in hits] == ["talks"]
        c.execute("DELETE FROM terms WHERE rowid = 1")
        c.execute("DELETE FROM term_offsets")
        assert store.search("المفاوضات") == []
        seen: list[tuple[int, int]] = []
        assert reindex(c, lambda n, total: seen.append((n, total))) == 2
        assert seen == [(1, 2), (2, 2)]
        assert c.execute("SELECT rowid, * FROM terms ORDER BY rowid").fetchall() == rows
        assert c.execute("SELECT * FROM term_offsets ORDER BY doc").fetchall() == offsets
        assert [(h.ext_id, h.snippet) for h in store.search("المفاوضات")] == hits
        assert store.reindex() == 2                          # the method is the same rebuild
