"""Greedy two-pass decoding of the UPOS tagger over cached per-type score rows.

A mixin of :class:`~khabar.morph.tagger.Tagger` (it reads ``T``, ``C``, ``K``, ``pairs``,
``stack``, ``trans``, ``_bounds``, ``_kfix`` and ``two_pass``). Raises nothing itself.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy as np

_MAX = np.maximum.reduce    # = ndarray.max without its Python wrapper


class Decoder:
    """Mixin: :meth:`_tag_batch` and :meth:`_greedy`."""

    def _tag_batch(self, sents: list[list[int]]) -> list[int]:
        """Tag ids of the words of several sentences (each a list of type ids), concatenated.

        Every sentence is tagged on its own exactly as before; the numpy work of all of them
        is done at once (each sentence laid out between two boundary slots on either side).
        Pending score rows must be filled and the lock held."""
        T = self.T
        T2 = 2 * T
        layout: list[int] = []
        pos: list[int] = []       # layout position of each word
        right: list[int] = []     # layout positions of the slots after each sentence
        spans = []                # (first, end) word index of each sentence
        nw = 0
        for ids in sents:
            n = len(ids)
            base = len(layout) + 2
            layout += [0, 0]
            layout += ids
            layout += [0, 0]
            pos.extend(range(base, base + n))
            right += (base + n, base + n + 1)
            spans.append((nw, nw + n))
            nw += n
        N = len(layout)
        lay = np.array(layout)
        G = self.C[lay]
        full = (G[2:N - 2, 0:T2] + G[0:N - 4, T2:2 * T2] + G[1:N - 3, 2 * T2:3 * T2]
                + G[3:N - 1, 3 * T2:4 * T2] + G[4:N, 4 * T2:5 * T2])
        if self.pairs.tables:
            self.pairs.add_scores(full, self.K[lay])
        wpos = np.array(pos, dtype=np.intp)
        # one sentence: its words are every row of ``full`` (no boundary rows between)
        static = full if len(sents) == 1 else full[wpos - 2]
        kfix = self._kfix
        fixed = [kfix[k] for ids in sents for k in ids]
        y = self._greedy(static[:, :T], 0, fixed, spans)
        if self.two_pass:
            # stacking: the first-pass tags on both sides of each word, <S> / <E> beyond
            pad = np.full(N, T, dtype=np.int64)
            pad[wpos] = y
            pad[np.array(right, dtype=np.intp)] = T + 1
            y = self._greedy(self._stacked(static[:, T:], pad, wpos), 1, fixed, spans)
        return y

    def _stacked(self, s2: np.ndarray, pad: np.ndarray, wpos: np.ndarray) -> np.ndarray:
        """The second pass's scores: ``s2`` plus each stacking table's cell, added in
        template order (:func:`fused_stack`: one gather for all tables)."""
        fused = getattr(self, "_fused", None)
        if fused is None or fused[0] is not self.stack:
            fused = self._fused = (self.stack, fused_stack(self.stack, self.T))
        offs, coef, base, big = fused[1]
        if big is None:
            return s2
        idx = pad[wpos[:, None] + offs] @ coef + base
        parts = np.concatenate((s2[:, None, :], big[idx]), axis=1)
        return np.add.reduce(parts, axis=1)

    def _tag_ids(self, ids: list[int]) -> list[int]:
        """Tag ids of one sentence of type ids (pending rows filled; lock held)."""
        return self._tag_batch([ids])

    def _greedy(self, static: np.ndarray, p: int, fixed: list[int | None],
                spans: list[tuple[int, int]]) -> list[int]:
        """Greedy left-to-right decoding of each sentence ``static[i:j]``."""
        trans = self.trans[p]
        lo, hi = self._bounds[p]
        n = len(static)
        lower = static + lo
        upper = static + hi
        best = lower.argmax(1)
        r = np.arange(n)
        lb = lower[r, best]
        upper[r, best] = -np.inf
        # sure: the best tag under its least favourable transitions still beats every other
        # tag under its most favourable ones, so the previous tags cannot change it (float
        # rounding is monotonic, so this holds for the float32 sums too)
        unsure = np.flatnonzero(~(lb > _MAX(upper, 1))).tolist()
        # a fixed tag, else the best; then, left to right, each word that is neither gets the
        # argmax under its two previous tags (already final: sure, fixed or decided before)
        out = [b if f is None else f for b, f in zip(best.tolist(), fixed)]
        T = self.T
        firsts = [i for i, _ in spans]
        one = len(firsts) == 1
        for k in unsure:
            if fixed[k] is not None:
                continue
            i = firsts[0] if one else firsts[bisect_right(firsts, k) - 1]   # its sentence
            p1 = out[k - 1] if k > i else T
            p2 = out[k - 2] if k - 1 > i else T
            out[k] = int((static[k] + trans[p2][p1]).argmax())
        return out


def fused_stack(stack: list[tuple[tuple[int, ...], np.ndarray]], T: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The stacking tables as one: ``(offsets, coef, base, table)`` such that for the
    first-pass tag ids ``at`` (``T`` = <S>, ``T + 1`` = <E>) at ``offsets`` around a word,
    ``(at @ coef + base)[t]`` is the row of ``table`` holding template ``t``'s cell (its code,
    first offset most significant, plus the template's first row). ``table`` is None without
    templates."""
    B = T + 2
    offs = sorted({o for tpl, _ in stack for o in tpl})
    col = {o: j for j, o in enumerate(offs)}
    coef = np.zeros((len(offs), len(stack)), dtype=np.int64)
    base = np.zeros(len(stack), dtype=np.int64)
    first = 0
    for t, (tpl, tab) in enumerate(stack):
        for j, o in enumerate(tpl):
            coef[col[o], t] += B ** (len(tpl) - 1 - j)
        base[t] = first
        first += len(tab)
    big = np.concatenate([tab for _, tab in stack]) if stack else None
    return np.array(offs, dtype=np.intp), coef, base, big
