"""Entity timelines: mentions over time, co-occurrence, quotes by a person, unknown names."""
from __future__ import annotations

import json

import pytest

from khabar.cli.corpus_cli import main as corpus_main
from khabar.corpus import ingest, open_store
from khabar.errors import InputError

DOCS = [
    {"id": "ban", "date": "2021-03-01",
     "text": "وقال الأمين العام للأمم المتحدة بان كي مون إن الأزمة طويلة."},
    {"id": "geneva", "date": "2021-03-01",
     "text": "دعت الأمم المتحدة إلى وقف إطلاق النار في سوريا، وأعلنت أن الوسطاء سيلتقون في "
             "جنيف الأسبوع المقبل."},
    {"id": "aid", "date": "2021-03-04",
     "text": "أرسلت الأمم المتحدة قافلة مساعدات إلى سوريا، وقالت الأمم المتحدة إن الوضع "
             "الإنساني صعب."},
    {"id": "april", "date": "2021-04-15",
     "text": "وقال الأمين العام للأمم المتحدة بان كي مون إن السلام ممكن في المنطقة."},
    {"id": "oil",
     "text": "ارتفعت أسعار النفط بعد قرار منظمة أوبك خفض الإنتاج."},
]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db(request, tmp_path_factory, locations):
    """The store location, on each backend."""
    d = tmp_path_factory.mktemp("entity")
    src = d / "news.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in DOCS),
                   encoding="utf-8")
    path = locations.new(request.param, d)
    with open_store(str(path)) as store:
        s = ingest(store, [str(src)])
        assert s.ingested == len(DOCS) and not s.failed
    yield path
    locations.drop(path)


def test_pipeline_gives_the_names_and_the_quote(db):
    with open_store(str(db), create=False) as store:
        ents = set(store.conn.execute("SELECT canonical, label FROM entities"))
        quotes = list(store.conn.execute("SELECT speaker, content FROM quotes ORDER BY doc"))
    assert {("الأمم المتحدة", "ORG"), ("بان كي مون", "PER"), ("سوريا", "LOC")} <= ents
    assert ("بان كي مون", "الأزمة طويلة") in quotes


def test_timeline_counts_and_buckets(db):
    with open_store(str(db), create=False) as store:
        tl = store.entity("الأمم المتحدة")
        assert (tl.canonical, tl.label) == ("الأمم المتحدة", "ORG")
        # «للأمم المتحدة» in ban and april, once in geneva, twice in aid.
        assert tl.documents == 4 and tl.mentions == 5
        assert (tl.first_date, tl.last_date, tl.bucket) == ("2021-03-01", "2021-04-15", "day")
        assert tl.timeline == [
            {"period": "2021-03-01", "mentions": 2, "documents": 2},
            {"period": "2021-03-04", "mentions": 2, "documents": 1},
            {"period": "2021-04-15", "mentions": 1, "documents": 1}]
        month = store.entity("الأمم المتحدة", bucket="month")
        assert [(b["period"], b["mentions"], b["documents"]) for b in month.timeline] == [
            ("2021-03", 4, 3), ("2021-04", 1, 1)]
        co = {c["canonical"]: c["documents"] for c in tl.cooccurring}
        assert co["بان كي مون"] == 2 and co["سوريا"] == 2
        assert "الأمم المتحدة" not in co
        assert [c["documents"] for c in tl.cooccurring] == \
            sorted((c["documents"] for c in tl.cooccurring), reverse=True)
        # The same entity through unnormalized spelling.
        assert store.entity("الامم المتحده").mentions == 5
        assert store.entity("  الأمم   المتحدة ").keys == tl.keys
        with pytest.raises(InputError):
            store.entity("الأمم المتحدة", bucket="week")


def test_quotes_by_a_person(db):
    with open_store(str(db), create=False) as store:
        tl = store.entity("بان كي مون")
        assert tl.label == "PER" and tl.documents == 2
        assert [(q["date"], q["content"]) for q in tl.quotes] == [
            ("2021-03-01", "الأزمة طويلة"), ("2021-04-15", "السلام ممكن في المنطقة")]
        assert tl.quotes_total == 2
        assert len(store.entity("بان كي مون", quotes=1).quotes) == 1
        # An organization can speak too («وقالت الأمم المتحدة إن …»).
        org = store.entity("الأمم المتحدة")
        assert "الوضع الإنساني صعب" in [q["content"] for q in org.quotes]
        assert all(q["speaker"] == "الأمم المتحدة" for q in org.quotes)


def test_unknown_entity_and_suggestions(db):
    with open_store(str(db), create=False) as store:
        assert store.entity("منظمة الصحة العالمية") is None
        names = [s["canonical"] for s in store.suggest_entities("الأمم")]
        assert names[0] == "الأمم المتحدة"
        assert [s["canonical"] for s in store.suggest_entities("كي مون")] == ["بان كي مون"]
        assert store.suggest_entities("زززز") == []
        with pytest.raises(InputError):
            store.entity("   ")


def test_cli_entity(db, capsys):
    assert corpus_main(["entity", "الامم المتحده", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "الأمم المتحدة (ORG)" in out and "5 mentions in 4 documents" in out
    assert "2021-03-04" in out and "بان كي مون (PER)" in out
    assert corpus_main(["entity", "بان كي مون", "--db", str(db), "--json"]) == 0
    j = json.loads(capsys.readouterr().out)
    assert j["found"] and j["quotes"][0]["content"] == "الأزمة طويلة"
    assert corpus_main(["entity", "بان كي مون", "--db", str(db)]) == 0
    assert "«الأزمة طويلة»" in capsys.readouterr().out
    assert corpus_main(["entity", "الأمم", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no entity named «الأمم»" in err and "did you mean: الأمم المتحدة" in err
    assert corpus_main(["entity", "الأمم", "--db", str(db), "--json"]) == 1
    j = json.loads(capsys.readouterr().out)
    assert not j["found"] and j["suggestions"][0]["canonical"] == "الأمم المتحدة"
