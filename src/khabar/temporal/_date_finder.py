"""The date finder's driver: scan the tokens, keep the longest parse at each trigger, widen
it to the left (signal, intro and qualifier words), merge «من X إلى Y» into ranges, and write
the values.

The scan visits only tokens that may start a date (a digit run, a word of the tables in
:mod:`khabar.temporal._date_words`, «(» before a number); after a match it resumes at the
match's end, so spans never overlap. At each token every parser runs and the longest match
wins (the earliest parser of :data:`PARSERS` on a tie).
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

from khabar.temporal._date_days import p_relative, p_weekday
from khabar.temporal._date_durations import p_duration, p_misc, point
from khabar.temporal._date_months import p_text, p_year
from khabar.temporal._date_numeric import p_numeric
from khabar.temporal._date_periods import p_period, p_stretch
from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, interval, iso_value
from khabar.temporal._date_words import (DAY_PARTS, DAY_WORDS, DURATION, INTRO, MONTH_WORDS, QUALS,
                                         RANGE_FROM, RANGE_TO, SIGNALS, TRIGGERS, WEEKDAYS,
                                         YEAR_WORDS, trigger_flags)
from khabar.temporal._tokens import Tok, bare_forms

DateSpan = tuple[int, int, "str | None"]
Parser = Callable[[Scan, int], "Match | None"]

PARSERS: tuple[Parser, ...] = (p_numeric, p_text, p_year, p_relative, p_weekday, p_period,
                               p_stretch, p_duration, p_misc)


def find(text: str, toks: list[Tok], doc: dt.date | None) -> list[DateSpan]:
    """Sorted, non-overlapping ``(start, end, value)`` date spans of ``text``."""
    s = Scan(text, toks, doc)
    found: list[Match] = []
    floor = 0
    # The tokens that may trigger (a digit run, a trigger word, «(»), in order; the
    # scan visits them as it would visit every token and skip the others.
    flags = trigger_flags()
    cands = [k for k, t in enumerate(toks) if t.is_num or flags[t.norm]]
    c = 0
    while c < len(cands):
        i = cands[c]
        if not _triggered(s, i):
            c += 1
            continue
        m = _core(s, i)
        if m is None or m.v.kind == "day":
            c += 1
            continue
        _extend_left(s, m, floor)
        found.append(m)
        floor = m.j
        c = bisect.bisect_left(cands, m.j)
    found = _merge_ranges(s, found)
    return [(toks[m.i].start, toks[m.j - 1].end, iso_value(m.v, doc)) for m in found]


def _triggered(s: Scan, i: int) -> bool:
    t = s.t[i]
    if t.is_num:
        return True
    if t.norm == "(":
        return s.num(i + 1) is not None
    return any(f in TRIGGERS for f in bare_forms(t.norm))


def _core(s: Scan, i: int) -> Match | None:
    """The longest match of any parser at ``i``."""
    best = None
    for parse in PARSERS:
        got = parse(s, i)
        if got is not None and (best is None or got.j > best.j):
            best = got
    return best


def _extend_left(s: Scan, m: Match, floor: int) -> None:
    """Take intro, signal, day/month words, qualifiers and brackets before ``m`` into it (not
    before token ``floor``); a duration after «قبل/منذ/بعد» becomes a point in time."""
    k = m.i
    v = m.v
    while k - 1 >= floor:
        p = k - 1
        if s.norm(p) == "(" and s.norm(m.j) == ")" and p - 1 >= floor and (
                s.hit(p - 1, INTRO) or s.hit(p - 1, YEAR_WORDS)
                or s.hit(p - 1, SIGNALS) or s.month(p - 1) is not None):
            mo = s.month(p - 1)
            if mo is not None and mo[0] == p:
                k, m.j = p - 1, m.j + 1
                continue
            if mo is None:
                k, m.j = p - 1, m.j + 1
                continue
        if s.norm(p) == "(" and s.norm(p - 1) == ":" and s.norm(m.j) == ")" \
                and p - 2 >= floor and s.hit(p - 2, INTRO):
            k, m.j = p - 2, m.j + 1
            continue
        if s.norm(p) in (":",) and s.hit(p - 1, INTRO):
            k = p - 1
            continue
        if s.hit(p, INTRO):
            k = p
            continue
        if s.hit(p, DAY_WORDS) and s.norm(p) != "اليوم" and (
                v.d is not None or s.hit(m.i, WEEKDAYS)):
            k = p
            continue
        if s.hit(p, DAY_PARTS) and (v.d is not None or v.kind == "iso" and v.iso is None):
            k = p
            continue
        if s.hit(p, QUALS) and p + 1 == k:
            k = p
            continue
        if s.hit(p, MONTH_WORDS) and v.kind == "date" and v.m is not None and v.d is None:
            k = p
            continue
        sig = s.hit(p, SIGNALS)
        if sig:
            k = p
            if v.kind == "iso" and v.iso and v.iso.startswith("P") and sig in (
                    "قبل", "منذ", "بعد") and v.iso != "P1D" or (
                    v.kind == "iso" and v.iso is None and sig in ("قبل", "منذ", "بعد")
                    and s.hit(m.i, DURATION) is not None):
                m.v = point(m.v.iso, sig, s.doc)
            break
        if m.interval and s.hit(p, RANGE_FROM) and p + 1 == k:
            k = p
            break
        break
    m.i = k


def _merge_ranges(s: Scan, found: list[Match]) -> list[Match]:
    """Join neighbouring dates of the same precision linked by «-», «إلى», «و», «/»."""
    out: list[Match] = []
    for m in found:
        if out:
            a = out[-1]
            gap = list(range(a.j, m.i))
            conn = [s.norm(g) for g in gap]
            from_ = s.hit(a.i - 1, RANGE_FROM) or s.hit(a.i, RANGE_FROM) \
                or s.hit(a.i, SIGNALS) == "منذ"
            wa = not gap and s.norm(m.i).startswith("و") and len(s.norm(m.i)) > 1
            ok = (len(conn) == 1 and conn[0] in RANGE_TO and (
                conn[0] in ("-", "–", "—", "الى") or from_)) \
                or (len(conn) == 2 and conn[0] == "و" and conn[1] in RANGE_TO) \
                or (wa and from_) \
                or (len(conn) == 1 and conn[0] == "/" and s.norm(a.i - 1) == "("
                    and s.norm(m.j) == ")")
            if ok and a.v.kind == "date" and m.v.kind == "date" and not a.interval \
                    and not m.interval and (a.v.d is None) == (m.v.d is None) \
                    and (a.v.m is None) == (m.v.m is None):
                start = a.i
                if s.hit(a.i - 1, RANGE_FROM) and (a.i - 1 >= (out[-2].j if len(
                        out) > 1 else 0)):
                    start = a.i - 1
                end = m.j
                if s.norm(start - 1) == "(" and s.norm(end) == ")" and (
                        s.hit(start - 2, YEAR_WORDS) or s.hit(start - 2, INTRO)):
                    start, end = start - 2, end + 1
                out[-1] = Match(start, end, Parsed("iso", iso=interval(a.v, m.v, s.doc)), True)
                continue
        out.append(m)
    return out
