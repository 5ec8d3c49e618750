"""The top documents of frequent stems (PostgreSQL, layout 4): a one-word search ranks only
the stem's precomputed candidates, and must give exactly what ranking every match gives."""
from __future__ import annotations

import json

import pytest

from khabar.corpus import ingest, open_store, pgtop
from khabar.corpus.query import parse


def test_one_word_queries_qualify_others_do_not():
    stem, n = pgtop.top_stem(parse("السعودية"), False)
    assert stem and 2 <= n <= 5
    for q in ('"ولي العهد"', "وزير الخارجية", "النفط OR البترول", "كرة -الهلال"):
        assert pgtop.top_stem(parse(q), False) is None, q
    assert pgtop.top_stem(parse("السعودية"), True) is None


FILLER = "وقال مسؤول إن الاجتماع بحث ملفات عدة في المنطقة"
#: Documents with «النفط» 1..8 times in texts of different lengths, two sources.
DOCS = [{"id": f"d{i}", "source": "wire" if i % 2 else "daily",
         "text": " ".join(["ارتفعت أسعار النفط"] * i + [FILLER] * (1 + (i * 3) % 5)) + "."}
        for i in range(1, 9)]


def _jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return str(path)


def _rebuild(st, min_df=2, k=3):
    n = st.rebuild_top_lists(min_df=min_df, k=k)
    assert not st.conn.in_transaction
    return n


def _hits(st, q, **kw):
    return [(h.ext_id, h.score) for h in st.search(q, snippets=False, **kw)]


CASES = [("النفط", dict(limit=2)), ("النفط", dict(limit=3)), ("والنفط", dict(limit=2)),
         ("النفط", dict(limit=10)), ("النفط", dict(limit=2, source="wire")),
         ("أسعار", dict(limit=1)), ("ارتفعت", dict(limit=2, source="daily"))]


@pytest.fixture
def pg(location_factory):
    return location_factory("postgres")


def test_top_lists_give_the_full_ranking(pg, tmp_path, monkeypatch):
    used = []
    ranked = pgtop.ranked
    full = {"on": False}

    def spy(*a, **kw):
        out = None if full["on"] else ranked(*a, **kw)
        used.append(out is not None)
        return out

    def both(st):
        used.clear()
        full["on"] = False
        fast = [_hits(st, q, **kw) for q, kw in CASES]
        answered = list(used)
        full["on"] = True                      # the reference: every match ranked
        ref = [_hits(st, q, **kw) for q, kw in CASES]
        full["on"] = False
        assert fast == ref
        return fast, answered

    monkeypatch.setattr(pgtop, "ranked", spy)
    with open_store(pg) as st:
        ingest(st, [_jsonl(tmp_path / "a.jsonl", DOCS[:6])])
        assert _rebuild(st) >= 3               # النفط, أسعار, ارتفعت, … in ≥ 2 documents
        fast, answered = both(st)
        assert any(answered) and not all(answered)   # from the lists, or not when unsure
        assert len(fast[0]) == 2 and len(fast[3]) == 6
        # New documents enter the lists they rank high in: «النفط» 7 and 8 times.
        ingest(st, [_jsonl(tmp_path / "b.jsonl", DOCS[6:])])
        n_top = st.conn.execute("SELECT count(*) FROM fts_top f JOIN documents d ON d.id = "
                                "f.doc WHERE d.ext_id IN ('d7', 'd8')").fetchone()[0]
        assert n_top >= 1
        fast, answered = both(st)
        assert any(answered) and {"d7", "d8"} & {h[0] for h in fast[0]}
        _rebuild(st, min_df=100)               # no stem is that frequent: lists are empty
        assert st.conn.execute("SELECT count(*) FROM fts_top").fetchone()[0] == 0
        assert both(st)[0] == fast


def test_new_store_has_empty_lists_and_searches(pg, tmp_path):
    with open_store(pg) as st:
        ingest(st, [_jsonl(tmp_path / "a.jsonl", DOCS[:3])])
        assert st.conn.execute("SELECT count(*) FROM fts_top_terms").fetchone()[0] == 0
        hits = st.search("النفط")
        assert sorted(h.ext_id for h in hits) == ["d1", "d2", "d3"]
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_layout_3_store_gets_the_lists(pg, tmp_path, monkeypatch):
    with open_store(pg) as st:
        ingest(st, [_jsonl(tmp_path / "a.jsonl", DOCS)])
        before = _hits(st, "النفط", limit=3)
        for stmt in ("DROP TABLE fts_top", "DROP TABLE fts_top_terms",
                     "UPDATE meta SET value = '3' WHERE key = 'pg_search'"):
            st.conn.execute(stmt)
    monkeypatch.setattr(pgtop, "MIN_DF", 3)
    monkeypatch.setattr(pgtop, "TOP_K", 4)
    monkeypatch.setattr(pgtop.rebuild, "__defaults__", (3, 4))
    with open_store(pg, create=False) as st:
        assert st._meta("pg_search") == "4"
        stems = [r[0] for r in st.conn.execute("SELECT stem FROM fts_top_terms")]
        assert len(stems) >= 3 and st.conn.execute(
            "SELECT count(*) FROM fts_top").fetchone()[0] >= 4 * len(stems)
        assert _hits(st, "النفط", limit=3) == before


def test_ingest_rebuilds_the_lists_when_the_store_has_doubled(pg, tmp_path, monkeypatch):
    monkeypatch.setattr(pgtop, "MIN_DF", 3)
    monkeypatch.setattr(pgtop, "TOP_K", 2)
    with open_store(pg) as st:
        small = ingest(st, [_jsonl(tmp_path / "a.jsonl", DOCS[:2])])
        assert small.optimized == {}                     # fewer documents than MIN_DF
        first = ingest(st, [_jsonl(tmp_path / "b.jsonl", DOCS[2:5])])
        assert first.optimized["documents"] == 5 and first.optimized["top_stems"] >= 1
        assert first.to_json()["optimized"] == first.optimized
        assert st._meta("top_built_docs") == "5"
        more = ingest(st, [_jsonl(tmp_path / "c.jsonl", DOCS[5:8])])
        assert more.optimized == {} and "optimized" not in more.to_json()   # 8 < 2 × 5
        forced = st.optimize(force=True)
        assert forced["documents"] == 8 and st._meta("top_built_docs") == "8"


def test_optimize_on_sqlite_is_a_no_op(tmp_path):
    with open_store(str(tmp_path / "c.db")) as st:
        summary = ingest(st, [_jsonl(tmp_path / "a.jsonl", DOCS[:3])])
        assert summary.optimized == {} and st.optimize(force=True) == {}
