"""The repaired View of a raw text and the offset map back to raw.

Stages read ``View.text`` (the raw text with repairs applied) and map every span they
produce back to raw with :meth:`View.to_raw`. The map is a sorted list of pieces
``(view_start, view_end, raw_start, raw_end, exact)``: an exact piece maps character for
character; an inexact piece (a spelling replacement, an inserted space) maps every view
position inside it to its whole raw range, so spans snap outward to the repair's edges,
and an inserted space maps to a zero-width raw position.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Repair
from khabar.errors import KhabarError


class View:
    """The repaired string plus its offset map; immutable after construction."""

    __slots__ = ("raw", "text", "_vs", "_rs", "_pieces", "identity")

    def __init__(self, raw: str, repairs: Sequence[Repair] = ()) -> None:
        """Apply ``repairs`` (sorted, non-overlapping raw spans) to ``raw``.

        Raises :class:`KhabarError` if repairs overlap or fall outside ``raw``.
        """
        self.raw = raw
        self.identity = not repairs
        if not repairs:
            self.text = raw
            self._pieces = [(0, len(raw), 0, len(raw), True)]
            self._vs = [0]
            self._rs = [0]
            return
        parts: list[str] = []
        pieces: list[tuple[int, int, int, int, bool]] = []
        r = v = 0
        for rep in sorted(repairs, key=lambda x: x.start):
            if rep.start < r or rep.end > len(raw) or rep.start > rep.end:
                raise KhabarError(f"repair {rep!r} overlaps another or lies outside the text")
            if rep.start > r:
                n = rep.start - r
                pieces.append((v, v + n, r, rep.start, True))
                parts.append(raw[r:rep.start])
                v += n
            v = _apply(raw[rep.start:rep.end], rep, v, pieces)
            parts.append(rep.replacement)
            r = rep.end
        if r < len(raw):
            pieces.append((v, v + len(raw) - r, r, len(raw), True))
            parts.append(raw[r:])
        self.text = "".join(parts)
        self._pieces = pieces or [(0, 0, 0, 0, True)]
        self._vs = [p[0] for p in self._pieces]
        self._rs = [p[2] for p in self._pieces]

    @property
    def pieces(self) -> list[tuple[int, int, int, int, bool]]:
        """The offset map: sorted ``(view_start, view_end, raw_start, raw_end, exact)``."""
        return self._pieces

    def _piece(self, v: int) -> tuple[int, int, int, int, bool]:
        i = bisect.bisect_right(self._vs, v) - 1
        # Skip empty pieces (a deletion) so that v lands in the piece that holds it.
        while i + 1 < len(self._pieces) and self._pieces[i][1] <= v and self._pieces[i + 1][0] <= v:
            i += 1
        return self._pieces[max(i, 0)]

    def raw_start(self, v: int) -> int:
        """Raw offset where a span starting at view offset ``v`` starts."""
        if self.identity:
            return v
        if v >= len(self.text):
            return len(self.raw)
        vs, ve, rs, re_, exact = self._piece(v)
        return rs + (v - vs) if exact else rs

    def raw_end(self, v: int) -> int:
        """Raw offset where a span ending (exclusive) at view offset ``v`` ends."""
        if self.identity:
            return v
        if v <= 0:
            return 0
        vs, ve, rs, re_, exact = self._piece(v - 1)
        return rs + (v - vs) if exact else re_

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span ``[start, end)`` to a raw span (snapping outward)."""
        if self.identity:
            return start, end
        rs = self.raw_start(start)
        re_ = self.raw_end(end) if end > start else rs
        return rs, max(rs, re_)

    def view_span(self, start: int, end: int) -> tuple[int, int]:
        """The view span of the raw span ``[start, end)`` (a whole repair when it touches one).

        Used to read the repaired text of a token or an entity: ``view.text[a:b]``.
        """
        if self.identity:
            return start, end
        rstarts = self._rs
        i = bisect.bisect_right(rstarts, start) - 1
        vs = None
        for k in range(max(i, 0), len(self._pieces)):
            pv, pe, pr, pre, exact = self._pieces[k]
            if pr <= start < pre or (pr == pre == start and k == len(self._pieces) - 1):
                vs = pv + (start - pr) if exact else pv
                break
        if vs is None:
            vs = len(self.text) if start >= len(self.raw) else 0
        if end <= start:
            return vs, vs
        j = bisect.bisect_left(rstarts, end) - 1
        ve = len(self.text)
        for k in range(max(j, 0), -1, -1):
            pv, pe, pr, pre, exact = self._pieces[k]
            if pr < end <= pre:
                ve = pv + (end - pr) if exact else pe
                break
        return vs, max(vs, ve)

    def to_view(self, r: int) -> int:
        """The view offset of raw offset ``r`` (the start of the piece for inexact pieces)."""
        if self.identity:
            return r
        for vs, ve, rs, re_, exact in self._pieces:
            if rs <= r < re_ or (r == re_ == len(self.raw) and ve == len(self.text)):
                return vs + (r - rs) if exact else vs
        return len(self.text) if r >= len(self.raw) else 0


def _apply(seg: str, rep: Repair, v: int, pieces: list) -> int:
    """Append pieces for one repair; a split (spaces inserted only) maps letter for letter."""
    new = rep.replacement
    if seg and " " not in seg and new.replace(" ", "") == seg:
        r = rep.start
        run_v = v
        run_r = r
        for ch in new:
            if ch == " ":
                if v > run_v:
                    pieces.append((run_v, v, run_r, r, True))
                pieces.append((v, v + 1, r, r, False))
                v += 1
                run_v, run_r = v, r
            else:
                v += 1
                r += 1
        if v > run_v:
            pieces.append((run_v, v, run_r, r, True))
        return v
    pieces.append((v, v + len(new), rep.start, rep.end, False))
    return v + len(new)
