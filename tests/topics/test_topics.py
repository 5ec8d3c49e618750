"""Topic classifier: shipped model, real Arabic, never crashes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from khabar.topics.classifier import classify, classify_doc, labels
from khabar.topics.data import LABELS, norm_tokens
from khabar.topics.features import clean_tokens, featurize, stem, terms

SPORT = ("فاز الترجي الرياضي على النادي الإفريقي بهدفين دون رد في مباراة الدربي ضمن الجولة "
         "العاشرة من بطولة الرابطة المحترفة الأولى لكرة القدم وسجل المهاجم الهدف الأول في "
         "الدقيقة العشرين من الشوط الأول قبل أن يضيف زميله الهدف الثاني")
ECONOMY = ("ارتفعت نسبة التضخم في تونس إلى 6 بالمائة خلال شهر مارس وفق المعهد الوطني للإحصاء "
           "بينما تراجع سعر صرف الدينار مقابل الأورو والدولار وأعلن البنك المركزي رفع نسبة "
           "الفائدة المديرية لمواجهة عجز الميزان التجاري وتراجع الاستثمار والصادرات")


def test_labels_are_ants_nine():
    assert set(labels()) == set(LABELS) and len(LABELS) == 9


@pytest.mark.parametrize("text,label", [(SPORT, "sport"), (ECONOMY, "economy")])
def test_obvious_texts(text, label):
    got, p = classify(norm_tokens(text))
    assert got in LABELS
    assert 0.0 < p <= 1.0
    assert got == label


def test_outlet_signature_removed():
    toks = norm_tokens("وفق ما أكده مراسل الجوهرة أف أم بالجهة")
    assert "الجوهره" not in clean_tokens(toks)
    assert "اف" not in clean_tokens(toks)


def test_features_are_normalized_and_deterministic():
    i1, v1 = featurize(norm_tokens(SPORT))
    i2, v2 = featurize(norm_tokens(SPORT))
    assert (i1 == i2).all() and (v1 == v2).all()
    assert abs(float((v1 * v1).sum()) - 1.0) < 1e-4


def test_empty_and_document(page):
    lab, p = classify([])
    assert lab in LABELS and 0 < p <= 1
    import khabar
    doc = khabar.analyze(page)
    lab, p = classify_doc(doc)
    assert lab in LABELS
    assert classify_doc(khabar.analyze("")) is None


def test_light_stems_share_one_term():
    assert stem("والحكومات") == stem("الحكومه") == stem("حكومه") == "حكوم"
    assert stem("بالمدينه") == "مدين"
    assert stem("في") == "في"                 # short words are left alone
    t = terms(norm_tokens("وزير الداخلية"))
    assert t == [stem("وزير"), stem("الداخليه"), stem("وزير") + " " + stem("الداخليه")]


def test_outlet_name_never_reaches_the_model():
    a = featurize(norm_tokens("مراسل الجوهرة أف أم " + SPORT))
    b = featurize(norm_tokens("مراسل " + SPORT))
    assert (a[0] == b[0]).all() and (a[1] == b[1]).all()


def test_unknown_words_give_an_empty_vector():
    idx, val = featurize(["qqqzzz", "ذذذذذذذ"])
    assert len(idx) == 0 and len(val) == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30))
def test_never_crashes(tokens):
    lab, p = classify(tokens)
    assert lab in LABELS and 0 <= p <= 1


def test_missing_or_inconsistent_model_is_a_resource_error(tmp_path):
    import gzip
    import shutil

    from khabar.errors import ResourceError
    from khabar.topics.classifier import MODEL_DIR, TopicModel
    with pytest.raises(ResourceError):
        TopicModel(tmp_path)
    for f in ("model.json", "model.npz"):
        shutil.copy(MODEL_DIR / f, tmp_path / f)
    with gzip.open(tmp_path / "vocab.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("كلمة\n")
    with pytest.raises(ResourceError):
        TopicModel(tmp_path)


def test_char_grams_inside_stems():
    from khabar.topics.features import char_grams
    assert char_grams("حكم") == []                       # short stems give none
    g = char_grams("حكوم")
    assert "#<حك" in g and "#حكوم>" in g and "#<حكوم" in g
    assert len(g) == 4 + 3 + 2                          # 3-, 4- and 5-grams of «<حكوم>»
    plain = terms(norm_tokens("وزير الداخلية"))
    assert terms(norm_tokens("وزير الداخلية"), chars=True)[:len(plain)] == plain


def test_probabilities_follow_the_scale():
    import numpy as np
    from khabar.topics.classifier import model
    m = model()
    toks = norm_tokens(SPORT)
    p = m.probabilities(toks)
    assert abs(float(p.sum()) - 1.0) < 1e-6 and int(p.argmax()) == m.labels.index("sport")
    old = m.scale
    try:
        m.scale = old * 3
        sharper = m.probabilities(toks)
    finally:
        m.scale = old
    assert sharper.max() > p.max() and int(sharper.argmax()) == int(p.argmax())
    assert np.all(sharper >= 0)


def test_training_learners_separate_a_toy_problem():
    pytest.importorskip("scipy")
    import numpy as np
    from scipy import sparse

    from training.train_topic import fit_scale, train_lr, train_svm
    # three classes, each owning one feature (+ a shared noise feature)
    X = sparse.csr_matrix(np.array([[1, 0, 0, 1], [1, 0, 0, 0], [0, 1, 0, 1], [0, 1, 0, 0],
                                    [0, 0, 1, 1], [0, 0, 1, 0]], dtype=float))
    y = np.array([0, 0, 1, 1, 2, 2])
    for train in (train_svm, train_lr):
        W, b = train(X, y, 3, 10.0, 0.5, 200)
        assert (np.asarray(X @ W + b).argmax(1) == y).all()
    W, b = train_svm(X, y, 3, 10.0, 0.5, 200)
    t = fit_scale(np.asarray(X @ W + b), y)
    assert t > 1.0          # separable data: sharpening lowers the log loss
