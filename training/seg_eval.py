"""Words F1 of the segmenter on gold tokens, and the ``--cv`` cross-validation of
:mod:`training.train_segmenter`.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from training.seg_an import train_an
from training.seg_padt import FOLDS, Sent, drop_final_runs
from training.seg_rank import build_model

Segment = Callable[[list[str]], list[tuple[str, ...]]]


def lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``. Raises nothing."""
    m = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            m[i][j] = m[i + 1][j + 1] + 1 if a[i] == b[j] else max(m[i + 1][j], m[i][j + 1])
    return m[0][0]


def words_f1(sents: list[Sent], seg: Segment) -> tuple[float, float]:
    """Words F1 on gold tokens (CoNLL 2018 alignment reduces to per-token LCS) and token acc.
    Raises ZeroDivisionError when ``sents`` holds no token or nothing matches."""
    g = s = c = ok = n = 0
    for sent in sents:
        pred = seg([f for f, _ in sent])
        for (form, gw), pw in zip(sent, pred):
            n += 1
            g += len(gw)
            s += len(pw)
            if len(gw) == 1 and len(pw) == 1:
                c += 1
                ok += 1
            else:
                c += lcs(gw, pw)
                ok += tuple(gw) == tuple(pw)
    p, r = c / s, c / g
    return 200 * p * r / (p + r), 100 * ok / n


def cross_validate(sents: list[Sent], news: dict[str, int], spell: dict[str, str],
                   epochs: int) -> tuple[list[float], list[float]]:
    """Words F1 (gold tokens) of each of :data:`FOLDS` folds of ``sents`` (sentence ``i`` in
    fold ``i % FOLDS``), the model (ranking, tables, context, إن/أن) trained on the rest
    (:func:`~training.seg_rank.build_model`), and the same scores with the held-out fold's
    export artefacts (:func:`~training.seg_padt.drop_final_runs`) left out.
    Installs each fold's model in :mod:`khabar.morph.segmenter` and reloads the shipped one
    at the end. Raises nothing of its own."""
    from khabar.morph import segmenter
    scores, clean = [], []
    for k in range(FOLDS):
        held = [s for i, s in enumerate(sents) if i % FOLDS == k]
        rest = [s for i, s in enumerate(sents) if i % FOLDS != k]
        model, memo = build_model(rest, news, spell, epochs)
        tables = {key: model[key] for key in ("weights", "unsplit", "host", "hostword",
                                              "rewrite", "hostspell")}
        tables["memo"] = {b: (w if len(w) > 1 else ()) for b, w in memo.items()}
        tables["context"] = {b: {p: tuple(w.split(" ")) if w else () for p, w in d.items()}
                             for b, d in model["context"].items()}
        tables.update(news=news, spell=spell, an=train_an(rest))
        segmenter.install(tables)
        scores.append(words_f1(held, segmenter.segment_tokens)[0])
        clean.append(words_f1(drop_final_runs(held), segmenter.segment_tokens)[0])
        print(f"fold {k}: Words F1 {scores[-1]:.3f} (without artefacts {clean[-1]:.3f})",
              file=sys.stderr)
    segmenter.reload()
    return scores, clean
