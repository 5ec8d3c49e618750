"""Lemmas of many (form, UPOS) pairs at once: the diacritic classifier's numpy work batched.

:func:`lemmas_of` equals ``[lem.lemma(form, upos) for form, upos in pairs]``. Each distinct
pair the cache and the lexicon do not settle gets its undiacritized lemma one at a time
(:meth:`~khabar.morph.lemmatizer.Lemmatizer.predict_base`), then the diacritic classifier's
scores of every letter of all of them are summed with one gather and one ``reduceat`` (each
letter's rows added in the same order as :meth:`Lemmatizer.diacritize` adds them, so the
float32 sums are the same). Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.lemmatizer import _LEMMA_CACHE, Lemmatizer


def lemmas_of(lem: Lemmatizer, pairs: list[tuple[str, str]]) -> list[str | None]:
    """The lemma of each ``(form, UPOS)`` pair (cached as :meth:`Lemmatizer.lemma` caches)."""
    cache = lem.cache
    lookup = lem._lookup
    stored = lem.stored()
    out: list[str | None] = [None] * len(pairs)
    todo: dict[tuple[str, str], list[int]] = {}    # pair → its positions, to be predicted
    for i, key in enumerate(pairs):
        r = cache.get(key)
        if r is None:
            at = todo.get(key)
            if at is not None:
                at.append(i)
                continue
            r = lookup(key[0], key[1])
            if r is None:
                r = stored.get(key)
            if r is None:
                todo[key] = [i]
                continue
            if len(cache) >= _LEMMA_CACHE:
                cache.clear()
            cache[key] = r
        out[i] = r
    if todo:
        keys = list(todo)
        bases = predict_bases(lem, keys)
        for key, r in zip(keys, diacritize_many(lem, bases, [u for _, u in keys])):
            _store(cache, key, r)
            for i in todo[key]:
                out[i] = r
    return out


def _store(cache: dict, key: tuple[str, str], value: str) -> None:
    if len(cache) >= _LEMMA_CACHE:
        cache.clear()
    cache[key] = value


def predict_bases(lem: Lemmatizer, pairs: list[tuple[str, str]]) -> list[str]:
    """:meth:`Lemmatizer.predict_base` of each pair, one word at a time: its class scores
    are one gather of float32 rows and one sum, which batching words does not make cheaper
    (measured: equal for a few words, slower for hundreds)."""
    predict = lem.predict_base
    return [predict(form, upos) for form, upos in pairs]


def diacritize_many(lem: Lemmatizer, bases: list[str], upos: list[str]) -> list[str]:
    """:meth:`Lemmatizer.diacritize` of each (base, UPOS)."""
    out: list[str] = list(bases)
    rows: list[int] = []
    starts: list[int] = []
    plan: list[tuple[int, list[bool], int]] = []   # (word, letters with rows, first best)
    for j, (base, u) in enumerate(zip(bases, upos)):
        r = lem._known_vowels(base, u)
        if r is not None:
            out[j] = r
            continue
        k = len(starts)
        plan.append((j, lem._diac_rows(base, u, rows, starts), k))
    if not plan:
        return out
    best = np.add.reduceat(lem.DW.take(rows, 0), starts, 0).argmax(1).tolist() if rows else []
    join = lem._join_marks
    for j, has, k in plan:
        out[j] = join(bases[j], has, best, k)
    return out
