"""What only the PostgreSQL store has: URLs and schemas, errors that hide the password, one
writer at a time, and the tsvector/tsquery text built from Khabar's terms."""
from __future__ import annotations

import json

import pytest

from khabar.corpus import ingest, open_store
from khabar.corpus.pgsearch import MAX_POS, tsquery, tsvector
from khabar.corpus.postgres import split_url
from khabar.corpus.query import parse
from khabar.errors import ConfigError


def test_url_parts_and_hidden_password():
    conninfo, schema, shown = split_url("postgresql://u:s3cret@db.example:5433/news?schema=team1"
                                        "&sslmode=disable")
    assert schema == "team1" and "schema" not in conninfo and "sslmode=disable" in conninfo
    assert "s3cret" not in shown and ":***@" in shown
    assert split_url("postgres://u@h/news")[1] == "public"
    with pytest.raises(ConfigError, match="schema"):
        split_url("postgresql://u@h/news?schema=bad-name;drop")
    with pytest.raises(ConfigError, match="database"):
        split_url("postgresql://u@h/")


def test_tsvector_and_tsquery_text():
    cols = ("والمفاوضات في جنيف", "المفاوضات في جنيف", "مفاوضه في جنيف", "مفاوض في جنيف")
    tsv, cut = tsvector(cols, "مفاوض سوري")
    assert not cut
    assert "'s|والمفاوضات':1" in tsv and "'t|جنيف':3" in tsv and "'T|سوري':2" in tsv
    q = tsquery(parse('"مفاوضات جنيف" -سوريا'))
    assert "'t|مفاوض' <-> 't|جنيف'" in q and "& !(" in q
    # A huge document: positions stay within PostgreSQL's limit and the vector is cut to fit.
    words = " ".join(f"كلمه{i}" for i in range(60_000))
    tsv, cut = tsvector((words,) * 4, "")
    assert cut and len(tsv.encode()) < 2_000_000
    assert max(int(p) for lex in tsv.split(" ") for p in lex.split(":")[1].split(",")) <= MAX_POS


@pytest.fixture
def pg(location_factory):
    return location_factory("postgres")


def test_wrong_password_and_missing_corpus_are_clear(pg):
    bad = pg.replace("khabar:khabar@", "khabar:wrong-pw-123@", 1)
    if bad == pg:
        pytest.skip("the test URL does not carry the khabar:khabar credentials")
    with pytest.raises(ConfigError) as exc:
        open_store(bad)
    assert "wrong-pw-123" not in str(exc.value) and "PostgreSQL" in str(exc.value)
    with pytest.raises(ConfigError, match="no Khabar corpus"):
        open_store(pg, create=False)
    with pytest.raises(ConfigError, match="refused|PostgreSQL"):
        open_store("postgresql://nobody:x@127.0.0.1:1/none")


def test_one_writer_at_a_time(pg, tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "أعلنت وزارة الصحة تسجيل إصابات جديدة."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    with open_store(pg) as first, open_store(pg) as second:
        second.conn.execute("SET lock_timeout = '200ms'")
        first._begin()                     # a writer holds the corpus
        try:
            with pytest.raises(ConfigError, match="busy"):
                ingest(second, [str(src)])
        finally:
            first.conn.execute("ROLLBACK")
        s = ingest(second, [str(src)])
        assert s.ingested == 1 and first.stats()["documents"] == 1
        assert first.search("الصحة")[0].ext_id == "a"
