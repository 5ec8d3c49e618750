"""The UPOS tagger's per-type cache: type ids, their score rows in ``C`` (five parts of
``2T`` scores each, filled in batches by :meth:`TypeCache._fill`) and their word-class ids
in ``K``.

A mixin of :class:`~khabar.morph.tagger.Tagger` (reads ``T``, ``W``, ``pairs``, ``tag_masks``,
``_tix``, ``_ctx_forms``, ``_word_class`` (:func:`~khabar.morph.tag_pairs.word_class`) and
:meth:`~khabar.morph.tag_rows.TypeRows._type_rows`). Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import BOUNDARY, normalize, rule_tag
from khabar.morph.tag_pairs import char_shape
from khabar.morph.tag_sentences import _CACHE_LIMIT


class TypeCache:
    """Mixin: :meth:`_reset_cache`, :meth:`_new`, :meth:`_fill`, :meth:`_ids_of`."""

    C: np.ndarray
    K: np.ndarray

    def _reset_cache(self) -> None:
        """Forget every per-type entry (the score rows are overwritten as types come back)."""
        self.key_id: dict[tuple[str, str], int] = {}
        self._kform: list[str] = []          # type id → form
        self._kfix: list[int | None] = []    # type id → tag fixed by rule_tag, if any
        self._ctx_ids: set[int] = set()      # type ids whose form has context lemma rules
        self._seg_ids: dict[tuple[str, ...], tuple[int, ...]] = {}   # token's words → ids
        self._wcache: dict[int, object] = {}     # id * T + tag → Word
        self._tcache: dict[int, tuple] = {}      # id * T + tag → (Word,)
        self._pending: list[tuple[int, tuple[str, str], str, str]] = []   # id, key, nm, sh
        self._new(BOUNDARY)
        self._fill()

    def _new(self, key: tuple[str, str]) -> int:
        """A fresh type id for ``key``; its score rows are computed by :meth:`_fill`."""
        i = len(self._kform)
        if i >= len(self.C):  # only a huge sentence overflows the slack
            self.C = np.concatenate([self.C, np.zeros_like(self.C)])
            self.K = np.concatenate([self.K, np.zeros_like(self.K)])
        form = key[0]
        nm, sh = normalize(form), char_shape(form)     # shared by the class and the rows
        self.key_id[key] = i
        self._kform.append(form)
        r = rule_tag(form)
        self._kfix.append(self._tix.get(r) if r is not None else None)
        pairs = self.pairs
        if pairs.tables:
            self.K[i] = pairs.cix.get(self._word_class(form, key[1], sh, nm), pairs.unknown)
        if form in self._ctx_forms:
            self._ctx_ids.add(i)
        self._pending.append((i, key, nm, sh))
        return i

    def _fill(self) -> None:
        """Score rows of the pending types: own part, then the parts at OFFSETS, each the
        sum of its features' weight rows (one gather and one reduceat for all of them)."""
        pending = self._pending
        if not pending:
            return
        rows: list[int] = []
        starts: list[int] = []
        type_rows = self._type_rows
        for _, key, nm, sh in pending:
            type_rows(key[0], key[1], rows, starts, nm, sh)
        sums = np.add.reduceat(self.W.take(rows, axis=0), starts, axis=0)
        n = len(pending)
        i0 = pending[0][0]
        if pending[-1][0] == i0 + n - 1:   # new ids are consecutive: one slice
            self.C[i0:i0 + n] = sums.reshape(n, -1)
        else:
            self.C[[p[0] for p in pending]] = sums.reshape(n, -1)
        masks = self.tag_masks
        if masks:
            for i, key, _, _ in pending:
                m = masks.get(key[0])
                if m is not None:
                    self.C[i, :2 * self.T] += m
        self._pending = []

    def _ids_of(self, seg: tuple[str, ...]) -> tuple[int, ...]:
        """Type ids of the words of one surface token (position codes S / B I… E)."""
        n = len(seg)
        codes = ("S",) if n == 1 else ("B",) + ("I",) * (n - 2) + ("E",)
        kid = self.key_id
        ids = tuple(kid[k] if k in kid else self._new(k) for k in zip(seg, codes))
        if len(self._seg_ids) < _CACHE_LIMIT:
            self._seg_ids[seg] = ids
        return ids
