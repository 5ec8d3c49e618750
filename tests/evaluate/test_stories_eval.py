"""``khabar evaluate stories``: the metrics, the baselines, the gold file and a small run."""
from __future__ import annotations

import gzip
from collections import Counter

import pytest

from khabar.corpus import stories_metrics as sm
from khabar.errors import InputError
from khabar.evaluate import stories as ev

GOLD = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "3"}


def test_pairwise_and_bcubed():
    assert sm.pairwise(GOLD, GOLD) == (1.0, 1.0, 1.0)
    assert sm.bcubed(GOLD, GOLD) == (1.0, 1.0, 1.0)
    # a, b together; c alone; d and e wrongly joined.
    pred = {"a": "x", "b": "x", "c": "y", "d": "z", "e": "z"}
    p, r, f = sm.pairwise(GOLD, pred)
    assert (p, r) == (0.5, pytest.approx(1 / 3))       # 1 of 2 predicted pairs; 1 of 3 gold
    assert f == pytest.approx(0.4)
    bp, br, _ = sm.bcubed(GOLD, pred)
    assert bp == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)
    assert br == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    singles = {k: k for k in GOLD}
    assert sm.pairwise(GOLD, singles)[:2] == (0.0, 0.0)
    assert sm.bcubed(GOLD, singles)[0] == 1.0


ARTS = [
    {"id": "x1", "date": "2015-08-01", "title": "الجيش النيجيري يحرر 178 رهينة من بوكو حرام"},
    {"id": "x2", "date": "2015-08-02", "title": "نيجيريا تعلن تحرير 178 رهينة من بوكو حرام"},
    {"id": "x3", "date": "2015-08-09", "title": "بوكو حرام تهاجم قرية في نيجيريا"},
    {"id": "x4", "date": "2015-08-01", "title": "ارتفاع أسعار النفط في الأسواق العالمية"},
]


def test_title_overlap_baseline():
    words = sm.title_words("والجيش النيجيري يحرر 178 رهينة في بوكو حرام")
    assert "جيش" in words and "178" not in words and "في" not in words
    c = sm.title_overlap(ARTS, min_shared=2, window=3)
    assert c["x1"] == c["x2"]                 # shares رهينة، بوكو، حرام
    assert c["x3"] != c["x1"]                 # shares words, but eight days later
    assert c["x4"] != c["x1"]
    wide = sm.title_overlap(ARTS, min_shared=2, window=10)
    assert wide["x3"] == wide["x1"] != wide["x4"]


def test_shipped_gold_is_consistent():
    for split in ("dev", "test"):
        rows = ev.read_gold(split)
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids)) >= 100
        assert all(r["story"].startswith(split + "-") for r in rows)
        assert all(r["id"] == f"snn-{r['day']}-{r['id'][-4:]}" for r in rows)
        sizes = Counter(r["story"] for r in rows).values()
        assert sum(1 for n in sizes if n > 1) >= 25     # real multi-article stories
    dev_days = {r["day"] for r in ev.read_gold("dev")}
    assert not dev_days & {r["day"] for r in ev.read_gold("test")}


def fake_data(tmp_path):
    """A SaudiNewsNet-shaped data folder with five articles and a gold file for them."""
    texts = [
        ("n1", "2015-08-01", "sabq", "أمطار موسمية تقتل المئات في الهند وباكستان",
         "لقي مئات الأشخاص حتفهم في الهند وباكستان وميانمار جراء الفيضانات وانزلاقات التربة "
         "التي نجمت عن الأمطار الموسمية، وقالت السلطات الهندية إن أكثر من 120 شخصا لقوا "
         "مصرعهم وإن عشرات الآلاف لجؤوا إلى المخيمات."),
        ("n2", "2015-08-02", "okaz", "فيضانات آسيا تقتل المئات وتشرد الآلاف",
         "أودت الأمطار الموسمية والفيضانات بحياة مئات الأشخاص في الهند وباكستان وميانمار، "
         "وأعلنت السلطات الهندية أن أكثر من 120 شخصا لقوا مصرعهم فيما لجأ عشرات الآلاف "
         "إلى المخيمات."),
        ("n3", "2015-08-01", "alyaum", "النفط يهبط لأدنى مستوى في ستة أشهر",
         "هبطت أسعار العقود الآجلة للنفط الخام إلى أقل مستوى لها في ستة أشهر بفعل بيانات "
         "ضعيفة من الصين وعلامات جديدة على تخمة المعروض في الأسواق العالمية."),
        ("n4", "2015-08-02", "alriyadh", "الهلال يفوز على الشباب في الدوري",
         "فاز فريق الهلال على ضيفه الشباب بهدفين مقابل هدف في المباراة التي جرت مساء أمس "
         "على ملعب الملك فهد الدولي ضمن منافسات الدوري السعودي للمحترفين."),
        ("n5", "2015-08-03", "sabq", "افتتاح معرض الكتاب في جدة",
         "افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة أكثر من أربعمئة دار "
         "نشر عربية وأجنبية، ويستمر المعرض عشرة أيام."),
    ]
    raw = tmp_path / "raw_news"
    raw.mkdir()
    meta = ["line\tid\tnewspaper\tdate_extracted\turl\ttitle"]
    gold = ["split\tid\tline\tnewspaper\tday\tstory\tsampled_as"]
    story = {"n1": "dev-001", "n2": "dev-001", "n3": "dev-002", "n4": "dev-003", "n5": "dev-004"}
    for i, (sid, day, paper, title, body) in enumerate(texts, 1):
        meta.append(f"{i}\t{sid}\t{paper}\t{day} 10:00:00\thttp://x/{i}\t{title}")
        gold.append(f"dev\t{sid}\t{i}\t{paper}\t{day}\t{story[sid]}\tseed:0")
    with gzip.open(raw / "saudinewsnet.meta.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(meta) + "\n")
    with gzip.open(raw / "saudinewsnet.txt.gz", "wt", encoding="utf-8") as f:
        f.write("".join(f"{t[3]} {t[4]}\n" for t in texts))
    (tmp_path / "gold.tsv").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return tmp_path


def test_run_on_a_small_split(tmp_path, capsys):
    data = fake_data(tmp_path)
    store = str(tmp_path / "cache.db")
    argv = ["--split", "dev", "--data", str(data), "--gold", str(data / "gold.tsv"),
            "--store", store]
    assert ev.main(argv) == 0
    out = capsys.readouterr().out
    assert "5 articles, 4 stories (1 with ≥2 articles)" in out
    line = next(x for x in out.splitlines() if x.startswith("| khabar stories |"))
    assert line.split("|")[3:6] == [" 1.000 ", " 1.000 ", " 1.000 "]   # the floods joined
    assert "| baseline: same day |" in out and "| baseline: all singletons | 5 |" in out
    # The cached store is reused as is (no second ingest).
    assert ev.main(argv + ["--threshold", "0.9"]) == 0
    assert "ingested" not in capsys.readouterr().err
    with pytest.raises(InputError, match="dev only"):
        ev.main(["--split", "test", "--grid", "--gold", str(data / "gold.tsv")])


def test_missing_data_is_a_clear_error(tmp_path):
    data = fake_data(tmp_path)
    (data / "raw_news" / "saudinewsnet.txt.gz").unlink()
    with pytest.raises(InputError, match="not readable"):
        ev.main(["--data", str(data), "--gold", str(data / "gold.tsv")])
