"""What only the PostgreSQL store has: URLs and schemas, errors that hide the password, one
writer at a time, the tsvector/tsquery text built from Khabar's terms, the narrow ranking
vector, the filter vector and the migration of stores of search layouts 1 and 2."""
from __future__ import annotations

import json

import pytest

from khabar.corpus import ingest, open_store
from khabar.corpus.pgsearch import MAX_POS, RANK_VECTOR_SQL, rank_tsvector, tsquery, tsvector
from khabar.corpus.pgschema import SEARCH_LAYOUT
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


def test_until_bound_is_the_next_period():
    from khabar.corpus.sqlbase import date_after
    assert [date_after(u) for u in ("2015-07-31", "2016-02-28", "2015-12-31", "2015-12",
                                    "2015-07", "2015", "9999-12")] == \
        ["2015-08-01", "2016-02-29", "2016-01-01", "2016-01", "2015-08", "2016", None]
    # The bound keeps every date whose prefix is ≤ --until (string order).
    for date in ("2015-07-31", "2015-07-31T23:59:59", "2015-07", "2015"):
        assert date < date_after("2015-07-31") and date < date_after("2015-07")


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


def test_placeholders_and_percent_signs(pg):
    from khabar.corpus.postgres import connect
    conn, schema, _ = connect(pg)
    try:
        assert conn.execute("SELECT '5%'").fetchone()[0] == "5%"
        assert conn.execute("SELECT '5%' || ?", ("؟",)).fetchone()[0] == "5%؟"
        assert conn.execute("SELECT current_schema()").fetchone()[0] == schema
    finally:
        conn.close()


def _write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return str(path)


DOCS = [
    {"id": "a", "title": "مفاوضات جنيف",
     "text": "استؤنفت المفاوضات في جنيف بين الوفود. وقال المبعوث إن المفاوضات صعبة."},
    {"id": "b", "text": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك."},
    {"id": "c", "text": "أعلنت وزارة الصحة تسجيل إصابات جديدة في الرياض وجدة."},
]


def test_rank_vector_python_and_sql_agree(pg):
    cols = ("والمفاوضات في جنيف جنيف", "المفاوضات في جنيف جنيف", "مفاوضه في جنيف جنيف",
            "مفاوض في جنيف جنيف")
    tsv, _ = tsvector(cols, "مفاوض سوري")
    rank = rank_tsvector(tsv)
    assert "'t|جنيف':3,4" in rank and "'T|سوري':2" in rank and "'s|" not in rank
    from khabar.corpus.postgres import connect
    conn, _, _ = connect(pg)
    try:
        sql = RANK_VECTOR_SQL.format(tsv="?::tsvector")
        same = conn.execute(f"SELECT {sql} = ?::tsvector, {sql}::text", (tsv, rank, tsv))
        ok, text = same.fetchone()
        assert ok, text
    finally:
        conn.close()


def test_layout_1_store_is_migrated_and_add_writes_the_rank_vector(pg, tmp_path):
    with open_store(pg) as st:
        ingest(st, [_write_jsonl(tmp_path / "two.jsonl", DOCS[:2])])
        before = [(h.ext_id, round(h.score, 5)) for h in st.search("المفاوضات")]
        # Rebuild the layout-1 tables: the vector in terms, no fts table, no pg_search key.
        c = st.conn
        c.execute("ALTER TABLE terms ADD COLUMN tsv TSVECTOR")
        c.execute("UPDATE terms t SET tsv = f.tsv FROM fts f WHERE f.doc = t.rowid")
        c.execute("DROP TABLE fts")
        c.execute("DELETE FROM meta WHERE key = 'pg_search'")
    with open_store(pg, create=False) as st:
        assert st._meta("pg_search") == str(SEARCH_LAYOUT)
        assert not st.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND "
            "table_name = 'terms' AND column_name = 'tsv'", (st.schema,)).fetchall()
        assert [(h.ext_id, round(h.score, 5)) for h in st.search("المفاوضات")] == before
        assert before and before[0][0] == "a"
        ingest(st, [_write_jsonl(tmp_path / "three.jsonl", DOCS)])
        n, empty = st.conn.execute("SELECT count(*), count(*) FILTER (WHERE "
                                   "length(rank_tsv) = 0) FROM fts").fetchone()
        assert (n, empty) == (3, 0)
        hits = st.search("وزارة الصحة")
        assert [h.ext_id for h in hits] == ["c"] and hits[0].score > 0
        # A search inside a caller's transaction leaves that transaction open.
        st.conn.execute("BEGIN")
        assert st.search("النفط")[0].ext_id == "b" and st.conn.in_transaction
        st.conn.execute("ROLLBACK")


# -- the filter vector (layout 3) --------------------------------------------------------------

LONG_NAME = " ".join(["منظمة"] * 200)    # 2,199 UTF-8 bytes: too long for a lexeme
ODD_KEY = "it's a \\ b: 'x' | y"


def _prepared(text, ext_id, **fields):
    from dataclasses import replace

    from khabar.corpus.prepare import prepare
    from khabar.io.readers import Record
    p = prepare(Record(text=text, id=ext_id, origin=ext_id))
    assert p.error is None
    return replace(p, **fields)


def _odd_corpus(st):
    from khabar.text.normalize import normalize
    long_norm = normalize(LONG_NAME)
    text = "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك {}."
    docs = [("a", dict(source="Wire", topic="Economy",
                       entities=[("الأمم المتحدة", "الامم المتحده", "ORG", 0, 5)])),
            ("b", dict(source="WIRE", topic="economy")),
            ("c", dict(source="Économie", topic="ثقافة")),
            ("d", dict(source="\u212a", topic=None)),          # KELVIN SIGN: lower() is "k"
            ("e", dict(source=ODD_KEY, topic="Economy",
                       entities=[(ODD_KEY, ODD_KEY, "ORG", 0, 5),
                                 (LONG_NAME, long_norm, "ORG", 0, 5)]))]
    st.add_many([_prepared(text.format(i), ext, **kw) for i, (ext, kw) in enumerate(docs)])
    return long_norm


FILTER_CASES = [{"source": v} for v in ("wire", "WIRE", "économie", "ÉCONOMIE", "k", "K",
                                         "\u212a", ODD_KEY, "none")] + \
               [{"topic": v} for v in ("economy", "ECONOMY", "ثقافة")]


def _expected(st, kw):
    (col, value), = kw.items()
    return sorted(r[0] for r in st.conn.execute(
        f"SELECT ext_id FROM documents WHERE lower({col}) = lower(?)", (value,)))


def test_filter_vector_matches_the_sql_conditions(pg):
    from khabar.corpus.pgfilters import filter_tsvector, fold_key
    assert fold_key("internationalNews") == "internationalnews" and fold_key("الرياض") == \
        "الرياض" and fold_key("Économie") is None
    with open_store(pg) as st:
        lit = filter_tsvector("Economy", ODD_KEY, [ODD_KEY, "الامم المتحده", ""])
        same = st.conn.execute("SELECT ?::tsvector = array_to_tsvector(?::text[])",
                               (lit, ["C|economy", "S|" + ODD_KEY, "E|" + ODD_KEY,
                                      "E|الامم المتحده"]))
        assert same.fetchone()[0], lit
        long_norm = _odd_corpus(st)
        for kw in FILTER_CASES:
            got = sorted(h.ext_id for h in st.search("النفط", **kw))
            assert got == _expected(st, kw), kw
        assert sorted(h.ext_id for h in st.search("النفط", source="WIRE", topic="economy")) \
            == ["a", "b"]
        assert [h.ext_id for h in st.search("النفط", entity="الأمم المتحدة")] == ["a"]
        # A key too long for a lexeme: answered from the entities table.
        assert [h.ext_id for h in st.search("النفط", entity=LONG_NAME)] == ["e"]
        assert len(long_norm.encode()) > 1000
        n = st.conn.execute("SELECT count(*) FROM fts WHERE filters @@ ?::tsquery",
                            ("'C|economy'",)).fetchone()[0]
        assert n == 3


@pytest.mark.parametrize("killed", [False, True])
def test_layout_2_store_is_migrated_to_the_filter_vector(pg, killed):
    """A layout-2 store, or one whose migration was killed after its first transaction (the
    filter columns written, not the index), ends at the current layout with the same results."""
    with open_store(pg) as st:
        _odd_corpus(st)
        cases = FILTER_CASES + [{"entity": "الأمم المتحدة"}, {"entity": LONG_NAME}]
        before = [[(h.ext_id, round(h.score, 5)) for h in st.search("النفط", **kw)]
                  for kw in cases]
        c = st.conn
        drop = "ALTER TABLE fts DROP COLUMN date, DROP COLUMN topic, DROP COLUMN source, " \
               "DROP COLUMN filters"
        for stmt in ("DROP INDEX fts_search", "DROP INDEX fts_date",
                     "SELECT 1" if killed else drop,
                     "CREATE INDEX fts_tsv ON fts USING GIN (tsv)",
                     "UPDATE meta SET value = '2' WHERE key = 'pg_search'"):
            c.execute(stmt)
    with open_store(pg, create=False) as st:
        assert st._meta("pg_search") == str(SEARCH_LAYOUT)
        indexes = {r[0] for r in st.conn.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = 'fts'",
            (st.schema,))}
        assert {"fts_search", "fts_date"} <= indexes and "fts_tsv" not in indexes
        after = [[(h.ext_id, round(h.score, 5)) for h in st.search("النفط", **kw)]
                 for kw in cases]
        assert after == before and any(before)


def test_ingest_summary_hides_the_password(pg, tmp_path, capsys):
    from khabar.cli import corpus_cli
    from urllib.parse import urlsplit
    password = urlsplit(pg).password
    if not password:
        pytest.skip("the test URL carries no password")
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "أعلنت وزارة الصحة في جنيف تسجيل إصابات جديدة."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        assert corpus_cli.main(["ingest", str(src), "--db", pg] + extra) == 0
        cap = capsys.readouterr()
        assert ":***@" in cap.out + cap.err
        assert f":{password}@" not in cap.out + cap.err


def test_reindex_is_refused_with_what_to_do(pg):
    """PostgreSQL stores cannot rebuild their index in place yet: a clear error, no change."""
    with open_store(pg) as st:
        with pytest.raises(ConfigError, match="ingest the inputs again into a new database"):
            st.reindex()
