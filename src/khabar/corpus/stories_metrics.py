"""Scoring a story clustering against gold, and the title-overlap baseline.

Used by ``khabar evaluate stories`` (:mod:`khabar.evaluate.stories`): a clustering is a
``dict`` from article id to cluster label (:data:`Clusters`); :func:`pairwise` and
:func:`bcubed` give precision, recall and F1; :func:`title_overlap` is the baseline that
links articles whose titles share words.
"""
from __future__ import annotations

from itertools import product

Clusters = dict[str, str]  # article id -> cluster label


def pairwise(gold: Clusters, pred: Clusters) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``pred`` against ``gold`` (same keys); a side
    with no pairs scores 1.0 when the other has none either, else 0.0."""
    def pairs(c: Clusters) -> set[tuple[str, str]]:
        return {(a, b) for a, b in product(c, c) if a < b and c[a] == c[b]}
    g, p = pairs(gold), pairs(pred)
    tp = sum(1 for x in p if x in g)
    prec = tp / len(p) if p else float(not g)
    rec = tp / len(g) if g else 1.0
    return prec, rec, _f1(prec, rec)


def bcubed(gold: Clusters, pred: Clusters) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (per-article averages)."""
    gm: dict[str, set[str]] = {}
    pm: dict[str, set[str]] = {}
    for k in gold:
        gm.setdefault(gold[k], set()).add(k)
        pm.setdefault(pred[k], set()).add(k)
    ps, rs = [], []
    for k in gold:
        both = len(gm[gold[k]] & pm[pred[k]])
        ps.append(both / len(pm[pred[k]]))
        rs.append(both / len(gm[gold[k]]))
    prec, rec = sum(ps) / len(ps), sum(rs) / len(rs)
    return prec, rec, _f1(prec, rec)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def title_words(title: str) -> set[str]:
    """Normalized content words of a title (stop words, digits and one-letter words
    dropped; a leading و/ال/بال/لل cut when three letters stay)."""
    from khabar.lang.stopwords import normalized
    from khabar.topics.data import norm_tokens
    stop = normalized()
    out = set()
    for w in norm_tokens(title):
        if w in stop or len(w) < 2 or not w.isalpha():
            continue
        for p in ("وال", "بال", "فال", "لل", "ال", "و"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        out.add(w)
    return out


def title_overlap(arts: list[dict[str, str]], min_shared: int = 2,
                  window: int = 3) -> Clusters:
    """Connected components of articles whose titles share ``min_shared`` words and whose
    days are at most ``window`` apart."""
    from khabar.corpus.stories_cluster import day_ordinal
    words = [title_words(a["title"]) for a in arts]
    days = [day_ordinal(a["date"]) for a in arts]
    parent = list(range(len(arts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i in range(len(arts)):
        for j in range(i + 1, len(arts)):
            if abs(days[i] - days[j]) <= window and len(words[i] & words[j]) >= min_shared:
                parent[find(i)] = find(j)
    return {a["id"]: str(find(i)) for i, a in enumerate(arts)}


__all__ = ["Clusters", "bcubed", "pairwise", "title_overlap", "title_words"]
