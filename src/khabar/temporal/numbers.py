"""Numbers in Arabic text: digits of three scripts, number words, scales, percent, units.

``find_numbers(text)`` returns ``(start, end, value, unit)`` spans, sorted, non-overlapping:

- digits: Western, Arabic-Indic (٠-٩) and Persian (۰-۹). Separators: «٫» is decimal and «٬»
  thousands; «,» is thousands when every group after it has three digits («1,200»), else
  decimal («2,5»); a single «.» is decimal («2.5», and also «1.200» → 1.2); several «.»
  with three-digit groups are thousands («1.200.000»); with both «,» and «.» the last one
  is the decimal separator. Digits glued to Latin letters (H1N1) are skipped.
- words: واحد … عشرة (both genders), أحد عشر … تسعة عشر, عشرون/عشرين …, مئة/مائة/مئتان,
  ثلاثمئة …, ألف/ألفان/آلاف, مليون/مليونان/ملايين, مليار/ملياران/مليارات, joined by و
  («خمسة وعشرون ألفا» = 25000); «نصف مليون» = 500000. Plural scales alone («آلاف
  الأشخاص») are vague and not numbers; «أحد» alone is "someone", not 1.
- mixed: «75 ألف» = 75000, «2.5 مليار» = 2.5e9, «3 ملايين» = 3e6.
- percent: «40%», «٤٠ بالمئة», «40 في المائة» → unit "%" (the span covers the percent words).
- a unit (currency or measure, :mod:`khabar.lang.units`) right after the number is kept and
  covered by the span: «2.5 مليار دولار» → (2500000000, "USD").
- ordinal words (الأول، الثاني) are not numbers. Every number is returned, including years
  inside dates and the «2» of «جنيف 2» (a name); the caller drops numbers inside date spans.
Values are ``int`` when integral, else ``float``.

Parts: :mod:`khabar.temporal._num_words` (word tables), :mod:`khabar.temporal._num_digits`
(digit tokens), :mod:`khabar.temporal._num_cardinal` (:func:`cardinal_at`); their public
names are re-exported here.
"""
from __future__ import annotations

import bisect

from khabar.lang import units as U
from khabar.temporal._num_cardinal import cardinal_at
from khabar.temporal._num_digits import parse_digits
from khabar.temporal._num_words import (_WORDS, CURRENCY_PHRASES, FRACTIONS, HUNDREDS, NUMBER_WORDS,
                                        ONES, PERCENT_AFTER_FI, PERCENT_WORDS, SCALES, SCALES_DUAL,
                                        SCALES_PLURAL, TEEN_FIRST, TEEN_TEN, TENS, UNITS)
from khabar.temporal._tokens import Tok, bare_forms, tokenize

__all__ = ["CURRENCY_PHRASES", "FRACTIONS", "HUNDREDS", "NUMBER_WORDS", "ONES",
           "PERCENT_AFTER_FI", "PERCENT_WORDS", "SCALES", "SCALES_DUAL", "SCALES_PLURAL",
           "TEEN_FIRST", "TEEN_TEN", "TENS", "UNITS", "Number", "cardinal_at", "find_numbers",
           "find_numbers_tokens", "parse_digits"]

Number = tuple[int, int, "float | int", "str | None"]


def _unit_at(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """(end index, unit) of a percent sign/word, currency or measure at token ``j``, or None.
    Raises nothing."""
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    if t.norm in U.PERCENT_SIGNS:
        return j + 1, "%"
    if t.norm in PERCENT_WORDS:
        return j + 1, "%"
    if t.norm == "في" and j + 1 < n and toks[j + 1].norm in PERCENT_AFTER_FI:
        return j + 2, "%"
    if t.norm in U.CURRENCY_SIGNS:
        return j + 1, U.CURRENCY_SIGNS[t.norm]
    if j + 1 < n and (t.norm, toks[j + 1].norm) in CURRENCY_PHRASES:
        return j + 2, CURRENCY_PHRASES[(t.norm, toks[j + 1].norm)]
    if t.norm in UNITS:
        return j + 1, UNITS[t.norm]
    return None


class _Kinds(dict):
    """What a non-digit token norm may start: 1 a number word (bare or after proclitics),
    2 a currency sign (which may precede digits), 0 nothing."""

    def __missing__(self, norm: str) -> int:
        if norm in _WORDS or (len(norm) > 2 and not _WORDS.isdisjoint(bare_forms(norm)[1:])):
            kind = 1
        else:
            kind = 2 if norm in U.CURRENCY_SIGNS else 0
        self[norm] = kind
        return kind


_KINDS = _Kinds()


def find_numbers_tokens(text: str, toks: list[Tok]) -> list[Number]:
    """:func:`find_numbers` over pre-computed tokens. Raises nothing."""
    out: list[Number] = []
    n = len(toks)
    kinds = _KINDS
    if len(kinds) > 1 << 16:
        kinds.clear()
    # The tokens that may start a number, in order; the scan skips every other token.
    cands = [k for k, t in enumerate(toks) if t.is_num or kinds[t.norm]]
    c = 0
    while c < len(cands):
        i = cands[c]
        t = toks[i]
        if not t.is_num and kinds[t.norm] == 2:
            if i + 1 < n and toks[i + 1].is_num:
                got = cardinal_at(toks, i + 1, text)
                if got:
                    j, v = got
                    out.append((t.start, toks[j - 1].end, v, U.CURRENCY_SIGNS[t.norm]))
                    c = bisect.bisect_left(cands, j)
                    continue
            c += 1
            continue
        got = cardinal_at(toks, i, text)
        if got is None:
            c += 1
            continue
        j, v = got
        unit = None
        u = _unit_at(toks, j)
        if u is not None:
            j, unit = u
        out.append((t.start, toks[j - 1].end, v, unit))
        c = bisect.bisect_left(cands, j)
    return out


def find_numbers(text: str) -> list[Number]:
    """Number mentions in ``text`` as ``(start, end, value, unit)`` (see module docstring).
    Raises nothing."""
    return find_numbers_tokens(text, tokenize(text))
