"""The lemmatizer's diacritization step: PADT's vowels for an undiacritized lemma, from the
lexicon or letter by letter from the diacritic classifier (one gather and one ``reduceat`` for
every letter at once). A mixin of :class:`~khabar.morph.lemmatizer.Lemmatizer` (it reads
``base_u``, ``base_a``, ``dfid``, ``DW``, ``marks`` and ``_diac_features``); its pieces are
used by :func:`~khabar.morph._fast_lemmas.diacritize_many` to batch many words. Raises nothing
itself.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from khabar.morph.lemma_rules import join_diacritics


class Vowels:
    """Mixin: :meth:`diacritize` and its pieces."""

    base_u: dict
    base_a: dict
    dfid: dict[str, int]
    DW: np.ndarray
    marks: list[str]
    _diac_features: Callable[[str, str], list[list[str]]]

    def diacritize(self, base: str, upos: str) -> str:
        r = self._known_vowels(base, upos)
        if r is not None:
            return r
        # the classifier for every letter at once: one gather, one sum per letter
        rows: list[int] = []
        starts: list[int] = []
        has = self._diac_rows(base, upos, rows, starts)
        best = np.add.reduceat(self.DW.take(rows, 0), starts, 0).argmax(1).tolist() if rows else []
        return self._join_marks(base, has, best, 0)

    def _known_vowels(self, base: str, upos: str) -> str | None:
        """The diacritized lemma from the lexicon (or a name left bare), else None."""
        r = self.base_u.get((base, upos))
        if r is not None:
            return r
        if upos in ("X", "PROPN"):
            return base
        return self.base_a.get(base)

    def _diac_rows(self, base: str, upos: str, rows: list[int], starts: list[int]) -> list[bool]:
        """Append the diacritic classifier's rows of each letter of ``base`` that has any
        (its start to ``starts``); per letter, whether it has any."""
        dfid = self.dfid
        has: list[bool] = []
        for feats in self._diac_features(base, upos):
            fids = [i for i in map(dfid.get, feats) if i is not None]
            has.append(bool(fids))
            if fids:
                starts.append(len(rows))
                rows += fids
        return has

    def _join_marks(self, base: str, has: list[bool], best: list[int], k: int) -> str:
        """``base`` with the marks ``best[k:]`` on the letters that have rows (``has``)."""
        marks = []
        for h in has:
            if h:
                marks.append(self.marks[best[k]])
                k += 1
            else:
                marks.append("")
        return join_diacritics(base, marks)
