"""Datelines of a page for :mod:`khabar.segment.articles`.

A dateline (``موسكو 15 - 7 (اف ب) -``, ``القاهرة (رويترز) -``, ``سبق - ينبع:``) opens the lede
of a wire story, so the words before it are likely a headline. Agencies and cities come from
:mod:`khabar.lang.segment_cues`.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from khabar.lang import segment_cues as cues
from khabar.segment._article_index import anchored_finditer
from khabar.text.normalize import normalize


def _agency_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alts = []
    for a in sorted(set(cues.AGENCIES), key=len, reverse=True):
        parts = [re.escape(p) for p in re.split(r"[\s.]+", a) if p]
        alts.append(r"[\s.]*".join(parts))
    ag = "(?:" + "|".join(alts) + ")"
    return re.compile(
        r"\(\s*" + ag + r"\s*\)\s*[-–—:]?"          # (اف ب) -   (رويترز)
        r"|[-–—]\s*[«\"]?" + ag + r"[»\"]?\s*[-–—:]"  # - واس :
        r"|(?<![\w])\d{1,2}\s*[-/]\s*\d{1,2}\s*(?:\(|:)"  # 15 - 7 (   15 - 7 :
    ), re.compile(r"(?<![\w])" + ag + r"\s*[-–—]\s*\w+(?:[ \t]\w+)?\s*:")  # سبق - ينبع:


_AGENCY, _AGENCY_FIRST = _agency_pattern()
_DATE_BEFORE = re.compile(r"\d{1,2}\s*[-/]\s*\d{1,2}\s*$")
_PAREN_BEFORE = re.compile(r"\([^()\n]{0,40}\)\s*$")
_CITIES = frozenset(normalize(c) for c in cues.CITIES)
_MAX_CITY = max(len(c.split()) for c in cues.CITIES)
_DASH_TAIL = re.compile(r"[-–—]\s*\w+(?:[ \t]\w+)?\s*:")  # how an _AGENCY_FIRST match ends


def agency_matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_AGENCY.finditer(text, lo, hi)``: a match starts at "(", at a dash, or at one of
    the two digits before a "-" or "/" (and spaces)."""

    def starts() -> Iterator[int]:
        for c in "(-–—/":
            q = text.find(c, lo, hi)
            while q >= 0:
                if c != "/":
                    yield q
                if c in "-/":
                    r = q - 1
                    while r >= lo and text[r].isspace():
                        r -= 1
                    yield r
                    yield r - 1
                q = text.find(c, q + 1, hi)
    return anchored_finditer(_AGENCY, text, lo, hi, starts())


def agency_first_matches(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """``_AGENCY_FIRST.finditer(text, lo, hi)``, skipped when no dash has its tail."""
    for c in "-–—":
        q = text.find(c, lo, hi)
        while q >= 0:
            if _DASH_TAIL.match(text, q, hi):
                return _AGENCY_FIRST.finditer(text, lo, hi)
            q = text.find(c, q + 1, hi)
    return ()


def find_datelines(text: str, lo: int, hi: int, wstart: list[int],
                   tokens: list[str]) -> dict[int, float]:
    """Word indexes where a dateline in ``text[lo:hi]`` starts, with a strength.

    ``wstart`` are the start offsets of the words ``tokens`` of ``text[lo:hi]``. Never raises.
    """
    out: dict[int, float] = {}
    for m in agency_matches(text, lo, hi):
        a = m.start()
        strong = not m.group().lstrip()[:1].isdigit()
        k = a
        seg = text[max(lo, k - 80):k]
        d = _DATE_BEFORE.search(seg)
        if d and strong:
            seg = seg[:d.start()]
        p = _PAREN_BEFORE.search(seg)
        if p:
            seg = seg[:p.start()]
        end_city = max(lo, k - 80) + len(seg.rstrip())
        wi = bisect.bisect_left(wstart, end_city) - 1  # last city word
        if wi < 0:
            continue
        # Longest known city ending at wi, else one word.
        start = wi
        for n in range(min(_MAX_CITY, wi + 1), 0, -1):
            cand = " ".join(normalize(t) for t in tokens[wi - n + 1:wi + 1])
            if cand in _CITIES:
                start = wi - n + 1
                break
        out[start] = max(out.get(start, 0.0), 1.0 if strong else 0.7)
    for m in agency_first_matches(text, lo, hi):
        wi = bisect.bisect_left(wstart, m.start())
        if wi < len(wstart) and wstart[wi] == m.start():
            out[wi] = max(out.get(wi, 0.0), 0.9)
    return out
