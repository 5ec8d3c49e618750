"""Batched writing (khabar.corpus.write): a batch gives the rows, ids and near-duplicate
clusters of writing its documents one by one, on both backends; a failed batch leaves nothing;
ingest commits in batches; the cached index terms and word splitting equal the plain ones."""
from __future__ import annotations

import gc
import importlib
import zlib

import pytest

from khabar.corpus import ingest, open_store
from khabar.corpus import terms
from khabar.corpus.prepare import prepare
from khabar.io.readers import Record
from khabar.pipeline import analyze

ingest_mod = importlib.import_module("khabar.corpus.ingest")   # the module, not the function
TEXTS = [
    "دعت الأمم المتحدة يوم الاثنين إلى وقف فوري لإطلاق النار في سورية، وقال المتحدث باسم "
    "المنظمة إن الوسطاء سيلتقون في جنيف الأسبوع المقبل لبحث الوضع الإنساني.",
    "أعلن وزير الخارجية أن والمفاوضات مع الجانب الآخر ستبدأ قريبا في القاهرة بحضور ممثلين "
    "عن الحكومة والمعارضة، مؤكدا أن وقف إطلاق النار صامد منذ أسبوعين.",
    "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة بعد قرار منظمة أوبك خفض "
    "الإنتاج، وتوقع محللون أن تستمر الأسعار في الصعود خلال الأشهر المقبلة.",
]
# Wire copies of the first text (one word changed; two words changed) and an exact copy.
NEAR = TEXTS[0].replace("الاثنين", "الإثنين")
NEAR2 = NEAR.replace("الإنساني", "الإنساني هناك")


def records() -> list[Record]:
    texts = [TEXTS[0], TEXTS[1], NEAR, TEXTS[0], TEXTS[2], NEAR2]
    return [Record(text=t, id=f"d{i}", title="وقف إطلاق النار" if i % 2 else None,
                   date="2021-03-0" + str(i + 1), source="wire", origin=f"d{i}")
            for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def prepared():
    return [prepare(r) for r in records()]


def dump(store) -> dict[str, list]:
    c = store.conn
    out = {}
    for table, order in (("documents", "id"), ("analyses", "doc"), ("entities", "doc, start"),
                         ("quotes", "doc, start"), ("dates", "doc, start"),
                         ("term_offsets", "doc"), ("minhash", "doc"), ("lsh", "doc, key"),
                         ("dups", "doc")):
        rows = []
        for r in c.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall():
            r = [bytes(x) if isinstance(x, memoryview) else x for x in r]
            if table == "documents":
                r[11] = None                      # ingested_at
            rows.append(tuple(zlib.decompress(x) if isinstance(x, bytes) and table in
                              ("documents", "analyses") else x for x in r))
        out[table] = rows
    out["terms"] = c.execute("SELECT rowid, surface, host, lemma, stem, title FROM terms "
                             "ORDER BY rowid").fetchall()
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_batch_equals_one_by_one(prepared, location_factory, backend):
    one, many = location_factory(backend, "one"), location_factory(backend, "many")
    with open_store(one, dup_threshold=0.7) as a, open_store(many, dup_threshold=0.7) as b:
        singles = [a.add(p) for p in prepared]
        batch = b.add_many(prepared)
        assert [(r.status, r.doc, r.cluster) for r in singles] == \
               [(r.status, r.doc, r.cluster) for r in batch]
        assert [r.status for r in batch] == ["ingested"] * 3 + ["skipped", "ingested",
                                                                 "ingested"]
        # Both copies joined the first document's cluster, found inside the same batch.
        docs = [r.doc for r in batch]
        assert batch[2].cluster == docs[0] and batch[5].cluster == docs[0]
        assert batch[1].cluster is None and batch[4].cluster is None
        assert dump(a) == dump(b)
        assert [h.doc for h in b.search("المفاوضات")] == [h.doc for h in a.search("المفاوضات")]


def test_a_failed_batch_leaves_nothing(prepared, tmp_path):
    import dataclasses
    bad = dataclasses.replace(prepared[1], columns=("only", "two"))   # the index insert fails
    with open_store(str(tmp_path / "news.db")) as store:
        with pytest.raises(Exception):
            store.add_many([prepared[0], bad, prepared[2]])
        assert store.stats()["documents"] == 0
        assert store.conn.execute("SELECT count(*) FROM lsh").fetchone()[0] == 0
        assert [r.status for r in store.add_many(prepared[:2])] == ["ingested", "ingested"]


def test_ingest_commits_in_batches(tmp_path, monkeypatch):
    import json
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(TEXTS + [NEAR, TEXTS[1]])), encoding="utf-8")
    sizes: list[int] = []
    monkeypatch.setattr(ingest_mod, "WRITE_BATCH", 2)
    with open_store(str(tmp_path / "news.db"), dup_threshold=0.7) as store:
        real = store.add_many
        monkeypatch.setattr(store, "add_many", lambda ps: sizes.append(len(ps)) or real(ps))
        s = ingest(store, [str(src)])
        assert (s.ingested, s.skipped, s.duplicates, s.seen) == (4, 1, 1, 5)
        assert sizes == [2, 2, 1]          # the repeat, analyzed again, is skipped in the store
        assert store.stats()["documents"] == 4
    assert gc.get_threshold() != ingest_mod.GC_THRESHOLD       # restored after the run
    assert gc.get_freeze_count() == 0


def test_cached_document_terms_equal_token_terms(monkeypatch):
    doc = analyze(TEXTS[1] + " " + TEXTS[2] + " وللمفاوضات، والمفاوضات!")
    plain = [t for t in map(terms.token_terms, doc.tokens) if t is not None]
    assert terms.document_terms(doc.tokens) == plain
    assert terms.document_terms(doc.tokens) == plain          # from the cache
    monkeypatch.setattr(terms, "_CACHE", {})
    monkeypatch.setattr(terms, "_CACHE_MAX", 3)                # cleared when full
    assert terms.document_terms(doc.tokens) == plain
    assert len(terms._CACHE) <= 3


def test_raw_words_are_alphanumeric_runs():
    def reference(text: str) -> list[str]:
        out, cur = [], []
        for c in terms.normalize(text):
            if c.isalnum():
                cur.append(c)
            elif cur:
                out.append("".join(cur))
                cur = []
        return out + (["".join(cur)] if cur else [])
    text = "قالَ المتحدث_الرسمي: «السلام» ٣٤٥ x²y ½ ـــ 2021-03-05 a\u0301b"
    assert terms.raw_words(text) == reference(text)
    assert terms.raw_words(text)[:5] == ["قال", "المتحدث", "الرسمي", "السلام", "345"]


def test_minhash_arithmetic_and_vectors_equal_the_plain_ones():
    """The division-free ``mod p`` of the MinHash signature and the one-pass PostgreSQL
    vectors give exactly what the plain computations give."""
    import hashlib

    import numpy as np

    from khabar.corpus import minhash
    from khabar.corpus.pgsearch import rank_tsvector, tsvector, vectors
    p = (1 << 61) - 1
    edge = [0, 1, p - 1, p, p + 1, 2 * p - 1, 2 * p, 7 * p + 6, (1 << 64) - 1, (1 << 61) * 7 - 1]
    rng = np.random.RandomState(7)
    ys = np.array(edge + list(rng.randint(0, 1 << 63, size=500, dtype=np.uint64) * 2 + 1),
                  dtype=np.uint64)
    assert [int(v) for v in minhash.mod_p(ys.copy())] == [int(v) % p for v in ys]
    words = terms.raw_words(TEXTS[0] + " " + TEXTS[1])
    sh = minhash.shingles(words)
    x = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")
         for s in sh]
    plain = [min(((int(a) * v + int(b)) % p) & 0xFFFFFFFF for v in x)
             for a, b in zip(minhash._A, minhash._B)]
    assert minhash.signature(words).tolist() == plain
    cols = terms.columns(terms.document_terms(analyze(TEXTS[1]).tokens))
    tsv, rank, cut = vectors(cols, "مفاوض سوري")
    assert (tsv, cut) == tsvector(cols, "مفاوض سوري") and rank == rank_tsvector(tsv) and rank
