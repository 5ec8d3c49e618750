"""The date finder's state: the text, its tokens, the document date, and token look-ups.

Every parser of the finder (``_date_numeric``, ``_date_months``, ``_date_days``,
``_date_periods``, ``_date_durations``) is a function ``p_*(s: Scan, i: int) -> Match | None``
that reads tokens through these helpers. An index outside the tokens is never an error: its
norm is ``""``, it has no forms and no number.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from khabar.temporal._date_words import G_ERA, GM1, GM2, H_ERA, HM1, HM2, SEPS
from khabar.temporal._tokens import Tok, bare_forms

#: (end, value, matched word) of a lexicon entry.
Entry = tuple[int, Any, str]


class Scan:
    """Tokens ``t`` of ``text`` (``n`` of them) and the document date ``doc`` (or None)."""

    __slots__ = ("doc", "n", "t", "text")

    def __init__(self, text: str, toks: list[Tok], doc: dt.date | None) -> None:
        self.text = text
        self.t = toks
        self.n = len(toks)
        self.doc = doc

    def norm(self, i: int) -> str:
        """The norm of token ``i``, ``""`` outside the text."""
        return self.t[i].norm if 0 <= i < self.n else ""

    def forms(self, i: int) -> tuple[str, ...]:
        """Token ``i`` with and without its proclitics (:func:`bare_forms`)."""
        return bare_forms(self.t[i].norm) if 0 <= i < self.n else ()

    def hit(self, i: int, words: Collection[str]) -> str | None:
        """The first form of token ``i`` that is in ``words``, else None."""
        for f in self.forms(i):
            if f in words:
                return f
        return None

    def num(self, i: int) -> int | None:
        """The value of token ``i`` when it is a run of at most 9 digits."""
        if (0 <= i < self.n and self.t[i].is_num and self.t[i].norm.isdigit()
                and len(self.t[i].norm) <= 9):   # longer digit runs are no date part
            return int(self.t[i].norm)
        return None

    def day_num(self, i: int) -> int | None:
        """Token ``i`` as a day of the month: one or two digits, 1-31."""
        v = self.num(i)
        if v is not None and 1 <= v <= 31 and len(self.t[i].norm) <= 2:
            return v
        return None

    def multi(self, i: int, one: dict[str, Any], multi: dict[str, dict[tuple[str, ...], Any]],
              clitics: bool = True) -> Entry | None:
        """(end, value, word) of a possibly multi-word lexicon entry at i."""
        forms = self.forms(i) if clitics else (self.norm(i),)
        for f in forms:
            if f in multi:
                for rest, v in sorted(multi[f].items(), key=lambda kv: -len(kv[0])):
                    if all(self.norm(i + 1 + k) == w for k, w in enumerate(rest)):
                        return i + 1 + len(rest), v, f
            if f in one:
                return i + 1, one[f], f
        return None

    def month(self, i: int) -> Entry | None:
        """A Gregorian month name at i (both Levantine and western names)."""
        got = self.multi(i, GM1, GM2)
        if got is not None and got[2] == "اب" and "آ" not in self.text[
                self.t[i].start:self.t[i].end]:
            return None  # «أب» father, «إب» (a Yemeni city): only «آب» is August
        return got

    def hmonth(self, i: int) -> Entry | None:
        """A Hijri month name at i."""
        return self.multi(i, HM1, HM2)

    def alt_month(self, j: int, m: int) -> int:
        """Skip «/مارس», «(شباط)», «- فبراير» after a month name when it names month m."""
        k = j
        paren = False
        if self.norm(k) in SEPS or self.norm(k) in ("(", "،", ","):
            paren = self.norm(k) == "("
            k += 1
        got = self.month(k)
        if got is None or got[1] != m:
            return j
        k = got[0]
        if paren:
            if self.norm(k) != ")":
                return j
            k += 1
        return k

    def year_at(self, i: int, need_context: bool) -> tuple[int, int, bool, bool] | None:
        """(end, year, hijri, era) of a year at i: «2014», «( 1948 )», «2014م», «1435 هـ»."""
        k = i
        paren = self.norm(k) == "("
        if paren:
            k += 1
        y = self.num(k)
        if y is None or not (100 <= y <= 2200) or len(self.t[k].norm) not in (3, 4):
            return None
        k += 1
        if paren:
            if self.norm(k) != ")":
                return None
            k += 1
        era = self.norm(k)
        hij = False
        has_era = False
        if era in H_ERA or era == "ه":
            hij = has_era = True
            k += 1
        elif era in G_ERA and (need_context or 1500 <= y <= 2100 or era != "م"):
            has_era = True
            k += 1
        if not need_context and not has_era and not (1800 <= y <= 2099):
            return None
        if paren and not has_era and not need_context:
            return None  # «( 1948 )» alone: the core is the inner year
        return k, y, hij, has_era
