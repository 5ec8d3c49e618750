"""Round-3 candidate features of the speaker ranker (khabar.quotes.rank_feats) and the
leave-one-batch-out training helpers (training/train_speakers.py). Entities are set by hand."""
from __future__ import annotations

import dataclasses

import numpy as np

import khabar
from khabar.document import Entity
from khabar.quotes import find_quotes
from khabar.quotes.candidates import BASE, FEATURES
from khabar.quotes.rank_feats import EXTRA, _fem_head, _plural, _prep

TEXT = ("وقال محمد الزغبي لوكالة رويترز إن المفاوضات مع الحكومة ستستأنف الأسبوع المقبل. "
        "وأضاف أن الوفد سيضم خبراء من عدة وزارات.")


def _doc():
    doc = khabar.analyze(TEXT)
    ents = []
    for mention, label in (("محمد الزغبي", "PER"), ("رويترز", "ORG")):
        i = TEXT.index(mention)
        ents.append(Entity(i, i + len(mention), label, mention))
    return dataclasses.replace(doc, entities=tuple(ents))


def _col(X: np.ndarray, row: int, name: str) -> float:
    return float(X[row, FEATURES.index(name)])


def test_features_are_base_then_extra() -> None:
    assert FEATURES == BASE + EXTRA
    assert len(set(FEATURES)) == len(FEATURES)


def test_subject_after_cue_and_outlet_after_lam() -> None:
    trace: list = []
    quotes = find_quotes(_doc(), learned=False, trace=trace)
    assert len(quotes) == 2 and len(trace) == 2
    _, cands, X = trace[0]
    assert X.shape == (len(cands), len(FEATURES))
    row = {c.speaker.canonical: r for r, c in enumerate(cands)}
    per, org = row["محمد الزغبي"], row["رويترز"]
    # the name right after the verb is its subject; the agency follows «لوكالة»
    assert _col(X, per, "subj_after") == 1.0 and _col(X, per, "prep_before") == 0.0
    assert _col(X, org, "prep_before") == 1.0 and _col(X, org, "subj_after") == 0.0
    # «وأضاف» has no subject of its own: the previous speaker continues
    _, cands2, X2 = trace[1]
    prev = [r for r, c in enumerate(cands2) if c.speaker.canonical == "محمد الزغبي"]
    assert prev and _col(X2, prev[0], "implicit_hist") == 1.0
    assert all(_col(X2, r, "explicit_other") == 0.0 for r in range(len(cands2)))


def test_agreement_helpers() -> None:
    assert _plural("ذكروا") and _plural("ووجدوا") and _plural("يقولون")
    assert not _plural("قال") and not _plural("وأكدت")
    assert _fem_head("وزارة الصحة") and _fem_head("السلطات البحرينية")
    assert not _fem_head("مصدر أمني") and not _fem_head("البنك المركزي")
    assert _prep("لوكالة") and _prep("للجوهرة") and _prep("في")
    assert not _prep("لطفي") and not _prep("وزير")


def test_fit_and_leave_one_batch_out() -> None:
    from training.train_speakers import accuracy, fit, lobo, masked
    k = len(FEATURES)
    rng = np.random.default_rng(0)
    data = []
    for n in range(30):
        X = rng.random((3, k)) * 0.1
        X[n % 3, FEATURES.index("subj_after")] = 1.0       # the right candidate
        y = np.zeros(3)
        y[n % 3] = 1.0
        data.append((1 + n % 3, X, y, False))
    data.append((1, None, np.zeros(0), True))                # decided by the rules alone
    w = fit(data, 0.003, steps=300)
    assert accuracy(data, w) == 31 and accuracy(data, None) == 1
    assert lobo(data, 0.003) == 31
    # without the informative column the ranker cannot find the right one every time
    assert accuracy(masked(data, ("subj_after",)), fit(masked(data, ("subj_after",)), 0.003,
                                                       steps=300)) < 31
