"""Stories: same-event articles grouped across days, wire copies together, incremental."""
from __future__ import annotations

import json
import sqlite3

import pytest

from khabar.cli.corpus_cli import main as corpus_main
from khabar.corpus import ingest, open_store
from khabar.corpus.stories import StoryParams, first_sentence, term_vector
from khabar.errors import InputError

YEMEN_1 = ("أعلنت الأمم المتحدة يوم الاثنين أن مفاوضات السلام بين الحكومة اليمنية وجماعة "
           "الحوثيين ستستأنف في جنيف الأسبوع المقبل برعاية المبعوث الأممي مارتن غريفيث، وأكد "
           "المبعوث أن الطرفين وافقا على بحث تبادل الأسرى وفتح مطار صنعاء.")
DOCS = [
    {"id": "yemen-1", "date": "2021-03-01", "source": "wire", "title": "استئناف مفاوضات اليمن",
     "text": YEMEN_1},
    # The next day's follow-up, written differently.
    {"id": "yemen-2", "date": "2021-03-02", "source": "paper",
     "text": "وصل وفد الحكومة اليمنية إلى جنيف يوم الثلاثاء للمشاركة في مفاوضات السلام مع "
             "الحوثيين التي ترعاها الأمم المتحدة، وقال المبعوث الأممي مارتن غريفيث إن بحث "
             "تبادل الأسرى وفتح مطار صنعاء سيتصدر جدول المفاوضات."},
    # A wire copy of the first one, two days later, from another outlet.
    {"id": "yemen-copy", "date": "2021-03-03", "source": "other",
     "text": YEMEN_1.replace("يوم الاثنين", "يوم الإثنين").replace("صنعاء.",
                                                                  "صنعاء الدولي.")},
    # Unrelated, same days.
    {"id": "oil", "date": "2021-03-02", "source": "paper",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة بعد قرار منظمة أوبك "
             "خفض الإنتاج، وتوقع محللون أن تستمر الأسعار في الصعود خلال الأشهر المقبلة."},
    # An older story over two days.
    {"id": "cup-1", "date": "2020-01-10", "source": "sport",
     "text": "فاز المنتخب المغربي على نظيره التونسي بهدفين دون رد في نصف نهائي كأس العرب "
             "التي جرت مساء أمس في الدوحة، وسجل المهاجم يوسف النصيري الهدفين."},
    {"id": "cup-2", "date": "2020-01-11", "source": "paper",
     "text": "احتفلت الجماهير المغربية بتأهل المنتخب المغربي إلى نهائي كأس العرب في الدوحة "
             "بعد فوزه على المنتخب التونسي بهدفين سجلهما يوسف النصيري."},
    {"id": "undated",
     "text": "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار بمشاركة مئات دور النشر."},
]


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def build(location, folder):
    store = open_store(location)
    summary = ingest(store, [str(write_jsonl(folder / "news.jsonl", DOCS))])
    assert summary.ingested == len(DOCS) and not summary.failed
    update = store.update_stories()
    store.close()
    return update


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db(request, tmp_path_factory, locations):
    """(store location, the first update), on each backend."""
    d = tmp_path_factory.mktemp("stories")
    path = locations.new(request.param, d)
    update = build(path, d)
    yield path, update
    locations.drop(path)


def copy_of(path, tmp_path, location_factory):
    """A copy of the store at ``path`` to modify: a SQLite backup, or the same corpus built
    again in a new PostgreSQL schema."""
    if path.startswith("postgresql://"):
        copy = location_factory("postgres")
        build(copy, tmp_path)
        return copy
    copy = str(tmp_path / "copy.db")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    return copy


def by_ext(store):
    """ext_id → story id, for all placed documents."""
    return dict(store.conn.execute(
        "SELECT d.ext_id, s.story FROM story_docs s JOIN documents d ON d.id = s.doc"))


def test_same_event_forms_one_story(db):
    path, update = db
    assert (update.placed, update.undated, update.rebuilt) == (6, 1, False)
    with open_store(str(path), create=False) as store:
        st = by_ext(store)
        assert st["yemen-1"] == st["yemen-2"] == st["yemen-copy"]
        assert st["oil"] != st["yemen-1"]
        assert st["cup-1"] == st["cup-2"] != st["yemen-1"]
        assert "undated" not in st
        stories = store.stories(min_size=2)
    assert [s.size for s in stories] == [3, 2]
    yemen = stories[0]
    assert (yemen.first_date, yemen.last_date, yemen.days) == ("2021-03-01", "2021-03-03", 3)
    assert yemen.id == 1                                 # the first document's id
    assert yemen.title                                   # a headline or first sentence
    members = {m["id"]: m for m in yemen.members}
    assert members["yemen-copy"]["dup_cluster"] == members["yemen-1"]["doc"]
    assert members["yemen-copy"]["score"] == 1.0


def test_since_until_and_min_size(db):
    path, _ = db
    with open_store(str(path), create=False) as store:
        assert [s.size for s in store.stories(since="2021-01-01")] == [3]
        assert [s.size for s in store.stories(until="2020")] == [2]
        assert [s.first_date for s in store.stories(since="2020-01-11", until="2020-01")] \
            == ["2020-01-10"]
        sizes = sorted(s.size for s in store.stories(min_size=1))
        assert sizes == [1, 2, 3]                        # oil alone
        with pytest.raises(InputError, match="--since"):
            store.stories(since="yesterday")


def test_incremental_equals_rebuild(db, tmp_path, location_factory):
    path, _ = db
    copy = copy_of(path, tmp_path, location_factory)
    with open_store(str(copy), create=False) as store:
        c = store.conn
        full = sorted(c.execute("SELECT doc, story, score FROM story_docs"))
        stories = sorted(c.execute("SELECT * FROM stories"))
        # Forget the documents of March 2nd and later: an update places them again.
        c.execute("DELETE FROM story_docs WHERE doc IN "
                  "(SELECT id FROM documents WHERE date >= '2021-03-02')")
        upd = store.update_stories()
        assert (upd.placed, upd.rebuilt) == (3, False)
        assert sorted(c.execute("SELECT doc, story, score FROM story_docs")) == full
        assert sorted(c.execute("SELECT * FROM stories")) == stories
        # A document older than the newest placed one: the update rebuilds.
        c.execute("DELETE FROM story_docs WHERE doc = "
                  "(SELECT id FROM documents WHERE ext_id = 'cup-2')")
        upd = store.update_stories()
        assert upd.rebuilt and "dated before" in upd.reason and upd.placed == 6
        assert sorted(c.execute("SELECT doc, story, score FROM story_docs")) == full
        # Nothing new: nothing placed. Other parameters: a rebuild.
        assert store.update_stories().placed == 0
        upd = store.update_stories(params=StoryParams(window=0))
        assert upd.rebuilt and "parameters" in upd.reason
        with pytest.raises(InputError, match="--window"):
            store.update_stories(params=StoryParams(window=-1))


def test_window_keeps_far_apart_days_apart(db, tmp_path, location_factory):
    path, _ = db
    copy = copy_of(path, tmp_path, location_factory)
    with open_store(str(copy), create=False) as store:
        store.update_stories(rebuild=True, params=StoryParams(window=0))
        st = by_ext(store)
        assert st["cup-1"] != st["cup-2"]                # one day apart, window 0
        assert st["yemen-copy"] == st["yemen-1"]         # a wire copy joins anyway


def test_cli_stories(db, capsys):
    path, _ = db
    assert corpus_main(["stories", "--db", str(path), "--since", "2021-03-01"]) == 0
    out, err = capsys.readouterr()
    assert "3 documents · 2021-03-01 → 2021-03-03 (3 days)" in out
    assert "(wire copy)" in out and "cup-1" not in out
    assert "0 documents placed" in err and "1 undated" in err
    assert corpus_main(["stories", "--db", str(path), "--json", "--min-size", "1"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["size"] for r in rows] == [3, 2, 1]
    assert {m["id"] for m in rows[1]["members"]} == {"cup-1", "cup-2"}
    assert corpus_main(["stories", "--db", str(path), "--rebuild"]) == 0
    assert "rebuilt" in capsys.readouterr().err
    assert corpus_main(["stories", "--db", str(path), "--until", "soon"]) == 2


def test_features():
    vec, keys = term_vector("في مفاوضات السلام في جنيف", "في مفاوض سلام في جنيف")
    assert "في" not in vec and set(keys) == {"مفاوض", "سلام", "جنيف"}
    assert abs(sum(v * v for v in vec.values()) - 1.0) < 1e-9
    assert first_sentence("  وصل الوفد إلى جنيف. ثم بدأت المفاوضات") == "وصل الوفد إلى جنيف."
    long = " ".join(["كلمة"] * 60)
    assert first_sentence(long).endswith("…") and len(first_sentence(long)) <= 141


def test_clusterer_needs_content_not_only_names():
    from khabar.corpus.stories import Clusterer, Doc
    from khabar.corpus.stories_cluster import day_ordinal

    def doc(i, vec, ents):
        return Doc(id=i, date="2015-08-01", day=day_ordinal("2015-08-01"), vec=vec,
                   keys=sorted(vec), ents=set(ents), dates={"2015-08-01"})
    names = {"بوكو حرام", "نيجيريا"}
    cl = Clusterer(StoryParams())
    assert cl.place(doc(1, {"رهين": 0.8, "تحرير": 0.6}, names)) == (1, 1.0)
    # Same names and day, but another subject (cosine 0.1 < min_content): a new story.
    assert cl.place(doc(2, {"رهين": 0.1, "هجوم": 0.995}, names))[0] == 2
    # The same subject: joins the first story with its score.
    sid, score = cl.place(doc(3, {"رهين": 0.6, "تحرير": 0.8}, names))
    assert sid == 1 and StoryParams().threshold <= score < 1.0
