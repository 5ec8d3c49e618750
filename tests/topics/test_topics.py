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


def test_nbsvm_member_separates_a_toy_problem_and_folds_into_w2():
    pytest.importorskip("scipy")
    import numpy as np

    from training.topic_nbsvm import binary_matrix, train_nbsvm
    docs = [["كره", "هدف"], ["كره", "مباراه"], ["دينار", "تضخم"], ["دينار", "بنك"],
            ["انتخاب", "برلمان"], ["انتخاب", "حزب"]]
    vocab = {w: i for i, w in enumerate(sorted({t for d in docs for t in d}))}
    y = np.array([0, 0, 1, 1, 2, 2])
    B, N = binary_matrix(docs, vocab)
    assert abs(float(N.multiply(N).sum(1).max()) - 1.0) < 1e-9
    W2, b2 = train_nbsvm(B, N, y, 3, C=10.0, max_iter=200)
    assert W2.shape == (len(vocab), 3)
    assert (np.asarray(N @ W2 + b2).argmax(1) == y).all()


def test_model_with_an_nbsvm_member_adds_its_scores(tmp_path):
    import shutil

    import numpy as np
    from khabar.topics.classifier import MODEL_DIR, TopicModel
    for f in ("model.json", "vocab.txt.gz"):
        shutil.copy(MODEL_DIR / f, tmp_path / f)
    with np.load(MODEL_DIR / "model.npz") as z:
        parts = {k: z[k] for k in z.files}
    V, K = parts["W"].shape
    W2 = np.zeros((V, K), np.float16)
    b2 = np.zeros(K, np.float32)
    b2[list(TopicModel().labels).index("economy")] = 50.0  # a member that always says economy
    parts.update(W2=W2, b2=b2)
    np.savez(tmp_path / "model.npz", **parts)
    m = TopicModel(tmp_path)
    assert m.W2 is not None
    assert m.classify(norm_tokens(SPORT))[0] == "economy"


def test_prior_shift_moves_borderline_documents_to_rare_labels(tmp_path):
    import json
    import shutil

    import numpy as np
    from khabar.topics.classifier import MODEL_DIR, TopicModel
    for f in ("model.npz", "vocab.txt.gz"):
        shutil.copy(MODEL_DIR / f, tmp_path / f)
    meta = json.loads((MODEL_DIR / "model.json").read_text(encoding="utf-8"))
    K = len(meta["labels"])
    rare = meta["labels"].index("technology")
    log_prior = [0.0] * K
    log_prior[rare] = -1000.0                  # a vanishingly rare label, a large shift
    meta.update(prior_shift=1.0, log_prior=log_prior)
    (tmp_path / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    m = TopicModel(tmp_path)
    assert m.shift[rare] == 1000.0 and np.count_nonzero(m.shift) == 1
    assert m.classify(norm_tokens(SPORT))[0] == "technology"
    meta.update(log_prior=[0.0] * (K - 1))     # wrong length: a damaged model
    (tmp_path / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    from khabar.errors import ResourceError
    with pytest.raises(ResourceError):
        TopicModel(tmp_path)


def test_choose_prior_shift_on_dev_scores():
    import numpy as np

    from training.train_topic import choose_prior_shift
    # label 1 is rare; two of its documents lose narrowly to label 0
    S = np.array([[1.0, 0.0], [1.0, 0.9], [1.0, 0.95], [0.0, 1.0], [1.0, 0.0], [1.0, 0.2]])
    y = np.array([0, 1, 1, 1, 0, 0])
    log_prior = np.log(np.array([0.9, 0.1]))
    a, T = choose_prior_shift(S, y, log_prior, [0.0, 0.1, 1.0])
    assert a == 0.1                      # 0.1 fixes both; 1.0 also flips the 0.2 document
    assert (T.argmax(1) == y).all()
    assert choose_prior_shift(S, y, log_prior, [0.0])[0] == 0.0
