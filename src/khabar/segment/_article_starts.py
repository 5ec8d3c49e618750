"""Candidate headline starts of a page for :mod:`khabar.segment.articles`.

A headline can start where a clause can: the page start, a sentence start, a line start that
is no soft (hard-wrapped, :mod:`._line_breaks`) break, or just after a closing quote inside a
sentence (``... منه" الأمم المتحدة تعترف ...``).
"""
from __future__ import annotations

import bisect
import re

from khabar.segment._article_params import Span
from khabar.segment._line_breaks import LineLayout

_QUOTES = re.compile(r"[\"«»“”]")


def candidate_starts(text: str, sents: list[Span], wstart: list[int]) -> list[tuple[int, str, int]]:
    """Candidate headline starts: (word index, kind, index of the sentence).

    ``sents`` are sorted, non-empty sentence spans of ``text`` and ``wstart`` the start
    offsets of their words. ``kind`` is "page", "blank" (after an empty line), "line",
    "sent" or "quote". Never raises.
    """
    out: list[tuple[int, str, int]] = []
    nw = len(wstart)
    lo, hi = sents[0][0], sents[-1][1]
    quotes = [m.start() for m in _QUOTES.finditer(text, lo, hi)]
    layout = LineLayout(text, lo, hi)
    prev_end = None
    for k, (ss, se) in enumerate(sents):
        wi = bisect.bisect_left(wstart, ss)
        if wi >= nw or wstart[wi] >= se:
            prev_end = se
            continue
        gap = text[prev_end:ss] if prev_end is not None else ""
        kind = "page" if prev_end is None else (
            "blank" if gap.count("\n") >= 2 else "line" if "\n" in gap else "sent")
        if kind != "line" or not layout.soft_break(prev_end):  # type: ignore[arg-type]
            out.append((wi, kind, k))
        # After a closing quote inside the sentence.
        depth = 0
        for x in range(bisect.bisect_left(quotes, ss), bisect.bisect_left(quotes, se)):
            pos = quotes[x]
            c = text[pos]
            if c in "«“":
                depth += 1
                continue
            if c == '"' and depth % 2 == 0 and c != "»":
                depth += 1
                continue
            depth = max(0, depth - 1)
            q = pos + 1
            while q < se and text[q] in " \t":
                q += 1
            if q >= se or q == pos + 1 or not text[q].isalpha():
                continue
            qi = bisect.bisect_left(wstart, q)
            if qi < nw and wstart[qi] == q:
                out.append((qi, "quote", k))
        prev_end = se
    return out
