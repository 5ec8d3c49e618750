"""The topic trainer's parts (training/topic_*.py) and its whole run on a tiny ANT-shaped set."""
from __future__ import annotations

import gzip
import json
from collections import Counter

import numpy as np
import pytest

from khabar.topics.data import LABELS, read_split, split_file

#: One short article per ANT label (the trainer needs every label in train).
TEXTS = {
    "localNews": "أعلنت الولاية عن أشغال تهيئة الطريق الرابطة بين المعتمديات ابتداء من الأسبوع",
    "sport": "فاز المنتخب الوطني على نظيره بهدفين في المباراة وسجل المهاجم هدفا في الشوط الثاني",
    "internationalNews": "بحث وزراء خارجية الدول الأوروبية في بروكسل الأزمة الأوكرانية والعقوبات",
    "society": "نظمت الجمعية حملة تبرع بالدم لفائدة المستشفى الجهوي بمشاركة عشرات المتطوعين",
    "politic": "صادق البرلمان على قانون الانتخابات البلدية بعد نقاش بين الأحزاب والحكومة",
    "diverse": "عثر صياد على سلحفاة بحرية نادرة عالقة في شباكه قرب الشاطئ فأعادها إلى البحر",
    "economy": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج وتراجع الدينار",
    "culture": "افتتح المهرجان الدولي للمسرح دورته بعرض مسرحية جديدة وتكريم ممثلين ومخرجين",
    "technology": "أطلقت الشركة هاتفا ذكيا جديدا بمعالج أسرع وتطبيقات للذكاء الاصطناعي والإنترنت",
}


def test_train_topic_keeps_its_public_names():
    import training.train_topic as tt
    from training import topic_features, topic_learners, topic_select, topic_split
    assert tt.make_split is topic_split.make_split and tt.SEED == 20240601
    assert tt.build_vocab is topic_features.build_vocab and tt.matrix is topic_features.matrix
    assert tt.train_svm is topic_learners.train_svm and tt.train_lr is topic_learners.train_lr
    assert tt.fit_scale is topic_select.fit_scale and tt.macro_f1 is topic_select.macro_f1
    assert tt.choose_prior_shift is topic_select.choose_prior_shift


def test_split_is_stratified_seeded_and_round_trips(tmp_path):
    from training.topic_split import make_split, write_split
    rows = [{"docno": f"{lab}-{i:03d}", "label": lab} for lab in LABELS[:3] for i in range(50)]
    split = make_split(rows)
    assert split == make_split(list(reversed(rows)))          # sorted docnos: order-free
    assert split != make_split(rows, seed=1)
    for lab in LABELS[:3]:
        c = Counter(p for d, p in split.items() if d.startswith(lab + "-"))
        assert c == {"train": 40, "dev": 5, "test": 5}
    path = tmp_path / "sub" / "ant_split.tsv"
    write_split(split, path)
    assert path.read_text(encoding="utf-8").startswith("# ANT v1.1 topic split")
    assert read_split(path) == split


def test_vocabulary_idf_and_rows():
    pytest.importorskip("scipy")
    from training.topic_features import build_vocab, matrix
    docs = [["منتخب", "مباراه", "مباراه"], ["منتخب", "نفط"], ["برلمان"]]
    vocab, idf = build_vocab(docs, min_df=1)
    assert list(vocab) == sorted(vocab) and len(vocab) == 4
    assert idf[vocab["منتخب"]] == pytest.approx(np.log(4 / 3) + 1)
    vocab2, _ = build_vocab(docs, min_df=2)
    assert list(vocab2) == ["منتخب"]
    X = matrix(docs + [["كلمه_مجهوله"]], vocab, idf)
    norms = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel())
    assert np.allclose(norms, [1, 1, 1, 0])                   # unknown terms only: a zero row
    row = X.toarray()[0]
    assert row[vocab["مباراه"]] / row[vocab["منتخب"]] == pytest.approx(
        (1 + np.log(2)) * idf[vocab["مباراه"]] / idf[vocab["منتخب"]])


def test_sample_weights_favour_the_rare_label():
    from training.topic_learners import sample_weights
    sw = sample_weights(np.array([0, 0, 0, 1]), 2, 0.5)
    assert sw.mean() == pytest.approx(1.0) and sw[3] > sw[0]
    assert np.allclose(sample_weights(np.array([0, 0, 1, 1]), 2, 0.5), 1.0)


def test_macro_f1():
    from training.topic_select import macro_f1
    y = np.array([0, 0, 1, 1])
    assert macro_f1(y, y, 2) == 1.0
    assert macro_f1(y, np.array([0, 0, 0, 0]), 2) == pytest.approx((2 / 3) / 2)


def test_main_trains_and_writes_a_model_on_a_tiny_set(tmp_path):
    """The whole run on 54 short articles under docnos of the fixed split (never rewritten)."""
    pytest.importorskip("scipy")
    if not split_file().exists():
        pytest.skip("evaluation/ant_split.tsv is missing (main would write it)")
    from training.train_topic import main
    split = read_split()
    assert set(TEXTS) == set(LABELS)
    rows = []
    for lab, text in TEXTS.items():
        for part, n in (("train", 4), ("dev", 2)):
            docnos = sorted(d for d, p in split.items() if p == part)[:n]
            rows += [{"docno": d, "category": lab, "title": "", "text": text + f" {i}"}
                     for i, d in enumerate(docnos)]
            split = {d: p for d, p in split.items() if d not in docnos}
    data = tmp_path / "data"
    (data / "ant_corpus_v1.1_topics").mkdir(parents=True)
    with gzip.open(data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz", "wt",
                   encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out = tmp_path / "model"
    assert main(["--data", str(data), "--out", str(out), "--no-idf", "--min-df", "1",
                 "--c-grid", "1", "--max-iter", "50", "--nbsvm"]) == 0
    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert meta["train_docs"] == 36 and meta["learner"] == "svm+nbsvm"
    assert meta["dev_accuracy"] == 1.0 and meta["C"] == 1.0
    with np.load(out / "model.npz") as z:
        assert set(z.files) == {"W", "b", "idf", "W2", "b2"}
        assert z["W"].shape == (meta["vocabulary"], len(LABELS))
    with gzip.open(out / "vocab.txt.gz", "rt", encoding="utf-8") as f:
        assert len(f.read().split("\n")) - 1 == meta["vocabulary"]
