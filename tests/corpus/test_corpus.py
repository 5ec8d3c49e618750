"""The corpus store: ingest, idempotency, Arabic-aware search, filters, near-duplicates."""
from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.cli.corpus_cli import main as corpus_main
from khabar.corpus import ingest, open_store
from khabar.corpus.query import parse
from khabar.corpus.snippet import make_snippet
from khabar.corpus.terms import analyze_terms, fold_final_ya, light_stem
from khabar.errors import ConfigError, InputError, KhabarError

DOCS = [
    {"id": "un", "date": "2021-03-01", "source": "wire",
     "text": "دعت الأممالمتحدة يوم الاثنين إلى وقف فوري لإطلاق النار في سورية، وقال المتحدث "
             "باسم المنظمة إن الوسطاء سيلتقون في جنيف الأسبوع المقبل لبحث الوضع الإنساني."},
    {"id": "talks", "date": "2021-03-05", "source": "paper",
     "text": "أعلن وزير الخارجية أن والمفاوضات مع الجانب الآخر ستبدأ قريبا في القاهرة بحضور "
             "ممثلين عن الحكومة والمعارضة، مؤكدا أن وقف إطلاق النار صامد منذ أسبوعين."},
    {"id": "oil", "date": "2020-01-10", "source": "paper",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة بعد قرار منظمة أوبك "
             "خفض الإنتاج، وتوقع محللون أن تستمر الأسعار في الصعود خلال الأشهر المقبلة."},
    {"id": "football", "date": "2019-06-20", "source": "sport",
     "text": "فاز المنتخب الوطني على نظيره بهدفين دون رد في المباراة التي جرت مساء أمس على "
             "الملعب الأولمبي أمام جمهور غفير، وسجل المهاجم الهدفين في الشوط الثاني."},
    {"id": "health", "date": "2020-04-02", "source": "wire",
     "text": "أعلنت وزارة الصحة تسجيل إصابات جديدة بالفيروس في عدة مدن، ودعت المواطنين إلى "
             "الالتزام بالإجراءات الوقائية وتجنب التجمعات في الأماكن العامة."},
]
# A lightly edited wire copy of the first document (one word added, one changed).
COPY = dict(DOCS[0], id="un-copy", source="other", date="2021-03-02",
            text=DOCS[0]["text"].replace("الوضع الإنساني", "الوضع الإنساني هناك")
            .replace("الاثنين", "الإثنين"))


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def corpus(request, tmp_path_factory, locations):
    """(store, summary, source file, location) - the same corpus on each backend."""
    d = tmp_path_factory.mktemp("corpus")
    src = write_jsonl(d / "news.jsonl", DOCS + [COPY])
    db = locations.new(request.param, d)
    store = open_store(db)
    summary = ingest(store, [str(src)])
    yield store, summary, src, db
    store.close()
    locations.drop(db)


def ids(hits):
    return [h.ext_id for h in hits]


# -- store and ingest -------------------------------------------------------------------------

def test_ingest_counts_and_schema(corpus):
    store, summary, _, db = corpus
    assert (summary.ingested, summary.skipped, summary.failed) == (6, 0, [])
    assert summary.duplicates == 1
    if not db.startswith("postgresql://"):
        assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    c = store.conn
    assert c.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert c.execute("SELECT count(*) FROM analyses").fetchone()[0] == 6
    assert c.execute("SELECT count(*) FROM entities").fetchone()[0] > 0
    assert c.execute("SELECT count(*) FROM dates").fetchone()[0] >= 0
    doc = store.document(1)
    assert doc.raw == DOCS[0]["text"] and doc.tokens


def test_reingest_is_a_noop(corpus):
    store, _, src, _ = corpus
    before = store.stats()
    again = ingest(store, [str(src)])
    assert (again.ingested, again.skipped, again.failed) == (0, 6, [])
    assert store.stats()["documents"] == before["documents"]


def test_store_locations(tmp_path):
    with pytest.raises(ConfigError, match="mysql"):
        open_store("mysql://localhost/news")
    with pytest.raises(ConfigError, match=r"\.db"):
        open_store(str(tmp_path / "news.txt"))
    with pytest.raises(ConfigError, match="no such corpus"):
        open_store(str(tmp_path / "missing.db"), create=False)
    s = open_store(f"sqlite:///{tmp_path}/x.db")
    assert s.stats()["documents"] == 0
    s.close()
    (tmp_path / "other.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ConfigError):
        open_store(str(tmp_path / "other.db"))


def test_bad_inputs_are_counted_not_raised(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "نص قصير عن الاقتصاد والأسواق.", "date": "16/08/2016"}\n'
                   '{"no_text": 1}\nnot json\n', encoding="utf-8")
    with open_store(str(tmp_path / "b.db")) as store:
        s = ingest(store, [str(src), str(tmp_path / "missing.txt")])
        assert s.ingested == 1 and len(s.failed) == 3
        assert store.document(1).date == "2016-08-16"    # a day-first date is read


# -- search -----------------------------------------------------------------------------------

def test_clitic_and_repair_aware_matches(corpus):
    store = corpus[0]
    hits = store.search("المتحدة")
    assert "un" in ids(hits)
    un = hits[ids(hits).index("un")]
    assert "«المتحدة»" in un.marked() and "الأمم«المتحدة»" in un.marked()
    talks = store.search("مفاوضات")
    assert ids(talks)[0] == "talks" and "«والمفاوضات»" in talks[0].marked()
    syria = store.search("سوريا")
    assert set(ids(syria)) == {"un", "un-copy"} and "«سورية»" in syria[0].marked()


def test_phrase_and_and_semantics(corpus):
    store = corpus[0]
    # "وقف إطلاق النار" is adjacent only in "talks" ("وقف فوري لإطلاق النار" in "un").
    phrase = store.search('"وقف إطلاق النار"')
    assert ids(phrase) == ["talks"]
    assert "«وقف» «إطلاق» «النار»" in phrase[0].marked()
    # Unquoted, all three words are in both; the AND hits come first.
    loose = store.search("وقف إطلاق النار")
    assert {"un", "talks"} <= set(ids(loose)) and not any(h.relaxed for h in loose[:2])
    assert ids(store.search("النفط -أوبك")) == []
    assert ids(store.search("النفط OR الفيروس")) and \
        set(ids(store.search("النفط OR الفيروس"))) == {"oil", "health"}


def test_relaxed_results_follow_full_matches(corpus):
    hits = corpus[0].search("النفط المنتخب")
    assert {h.ext_id for h in hits} == {"oil", "football"} and all(h.relaxed for h in hits)


def test_filters(corpus):
    store = corpus[0]
    assert set(ids(store.search("النار", since="2021-03-03"))) == {"talks"}
    assert set(ids(store.search("النار", until="2021-03-01"))) == {"un"}
    assert set(ids(store.search("النار", until="2021-03"))) == {"un", "un-copy", "talks"}
    assert set(ids(store.search("النار", source="WIRE"))) == {"un"}
    assert ids(store.search("الأسعار", source="wire")) == []
    assert set(ids(store.search("جنيف", entity="الأمم المتحدة"))) == {"un", "un-copy"}
    topic = store.search("النفط")[0].topic
    assert ids(store.search("النفط", topic=topic)) == ["oil"]
    with pytest.raises(InputError, match="topic"):
        store.search("النفط", topic="no-such-topic")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        store.search("النفط", since="yesterday")


@pytest.mark.parametrize("query, message", [
    ('"وقف إطلاق', "unclosed quote"),
    ("OR النفط", "OR needs"),
    ("النفط OR", "ends with OR"),
    ("النفط NOT", "ends with NOT"),
    ("-النفط", "only excludes"),
    ("!!! ... ؟؟", "no words"),
    ("", "no words"),
])
def test_bad_queries_say_what_to_change(corpus, query, message):
    with pytest.raises(KhabarError, match=message):
        corpus[0].search(query)


ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوية ءآأؤإئ ًٌٍَُِّْ \"«»“”-()*:^+|'")
                           + ["OR", "NOT", "AND", " ", "NEAR", "{", "}", "\u200f", "٣", "x"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=25).map("".join) | st.text(max_size=40))
def test_search_never_crashes(corpus, q):
    try:
        hits = corpus[0].search(q, limit=3)
    except KhabarError as exc:
        assert str(exc)
    else:
        assert isinstance(hits, list)


# -- near duplicates --------------------------------------------------------------------------

def test_edited_copy_is_grouped_not_deleted(corpus):
    store = corpus[0]
    clusters = store.dup_clusters()
    assert len(clusters) == 1
    members = {m["id"] for m in clusters[0]["members"]}
    assert members == {"un", "un-copy"}
    assert store.stats()["documents"] == 6


# -- analyzer and helpers ---------------------------------------------------------------------

def test_terms():
    assert fold_final_ya("سوريا") == "سوريه" and fold_final_ya("دنيا") == "دنيا"
    assert light_stem("المفاوضات") == light_stem("مفاوضات") == light_stem("مفاوضه") == "مفاوض"
    (t,) = analyze_terms("والمفاوضات")
    assert t.surface == "والمفاوضات" and t.host == "المفاوضات" and t.stem == "مفاوض"
    assert [x.surface for x in analyze_terms("الأممالمتحدة")] == ["الامم", "المتحده"]
    assert parse("الأممالمتحدة").groups[0][0].phrase


def test_snippet_marks_and_cuts_at_spaces():
    text = "كلمة " * 100 + "هدف " + "كلمة " * 100
    s, hl = make_snippet(text, [(500, 503, 0)])
    assert s.startswith("…") and s.endswith("…") and len(s) < 260
    assert [s[a:b] for a, b in hl] == ["هدف"]


# -- command line -----------------------------------------------------------------------------

def test_cli_search_dups_and_errors(corpus, capsys, tmp_path):
    _, _, src, db = corpus
    assert corpus_main(["search", "سوريا", "--db", str(db), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "«سورية»" in out and "1." in out
    assert corpus_main(["search", "سوريا", "--db", str(db), "--json", "--limit", "1"]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    s = rec["snippet"]
    assert [s[a:b] for a, b in rec["highlights"]] == ["سورية"]
    assert corpus_main(["dups", "--db", str(db)]) == 0
    assert "cluster" in capsys.readouterr().out
    assert corpus_main(["search", '"open', "--db", str(db)]) == 2
    assert "unclosed quote" in capsys.readouterr().err
    assert corpus_main(["search", "x", "--db", str(tmp_path / "none.db")]) == 2
    assert corpus_main(["ingest", str(src), "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["skipped"] == 6
