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
"""
from __future__ import annotations

import bisect

from khabar.lang import units as U
from khabar.temporal._tokens import Tok, bare_forms, norm_key, tokenize

Number = tuple[int, int, "float | int", "str | None"]


def _fold(d: dict) -> dict:
    return {norm_key(k): v for k, v in d.items()}


ONES = _fold(U.ONES)
TEEN_FIRST = _fold(U.TEEN_FIRST)
TEEN_TEN = {norm_key(w) for w in U.TEEN_TEN}
TENS = _fold(U.TENS)
HUNDREDS = _fold(U.HUNDREDS)
SCALES = _fold(U.SCALES)
SCALES_DUAL = _fold(U.SCALES_DUAL)
SCALES_PLURAL = _fold(U.SCALES_PLURAL)
FRACTIONS = _fold(U.FRACTIONS)
PERCENT_WORDS = {norm_key(w) for w in U.PERCENT_WORDS}
PERCENT_AFTER_FI = {norm_key(w) for w in U.PERCENT_AFTER_FI}
UNITS = _fold(U.UNITS)
CURRENCY_PHRASES = _fold(U.CURRENCY_PHRASES)
_WORDS = set(ONES) | set(TEEN_FIRST) | set(TENS) | set(HUNDREDS) | set(SCALES) \
    | set(SCALES_DUAL) | set(SCALES_PLURAL) | set(FRACTIONS)
NUMBER_WORDS = frozenset(_WORDS)


def parse_digits(s: str) -> float | int | None:
    """Value of a digit token (ASCII digits with separators), or None."""
    s = s.replace("٬", "").replace("٫", "\0")
    if "\0" in s:
        s = s.replace(",", "").replace(".", "").replace("\0", ".")
    elif "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            s = s.replace(",", "")
        elif len(groups) == 2:
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    elif s.count(".") > 1:
        groups = s.split(".")
        if not all(len(g) == 3 for g in groups[1:]):
            return None
        s = s.replace(".", "")
    if sum(c.isdigit() for c in s) > 18:
        return None   # an identifier or a digit dump, not a quantity (and no JSON Infinity)
    try:
        v = float(s) if "." in s else int(s)
    except ValueError:
        return None
    return v


def _clean(v: float) -> float | int:
    if isinstance(v, float):
        r = round(v, 6)
        if r.is_integer() and abs(r) < 1e18:
            return int(r)
        return r
    return v


def _word(tok: Tok, first: bool) -> tuple[str, bool] | None:
    """(bare number word, joined-by-و) for a word token, or None."""
    forms = bare_forms(tok.norm)
    if tok.norm in _WORDS:
        return tok.norm, False
    if len(forms) > 1 and forms[1] in _WORDS and tok.norm[0] in "وف" and not first:
        return forms[1], tok.norm[0] == "و"
    if first:
        for f in forms[1:]:
            if f in _WORDS and len(f) >= 3:
                return f, False
    return None


def cardinal_at(toks: list[Tok], i: int, text: str) -> tuple[int, float | int] | None:
    """A cardinal (digits and/or number words) starting at token ``i``: (end index, value).

    Used by the date finder for durations («عشرين عاما»).
    """
    n = len(toks)
    total = 0.0
    cur = 0.0
    have = False
    last = ""  # kind of the last item: num, one, teen, ten, hundred, scale, frac
    last_scale = 0
    j = end = i
    while j < n:
        t = toks[j]
        conj = j > i and toks[j - 1].norm == "و"
        if t.is_num:
            if j > i and (not conj or last not in ("scale", "")):
                break
            v = parse_digits(t.norm)
            if v is None or _latin_glued(text, t):
                break
            cur = cur + v
            have, last = True, "num"
            j = end = j + 1
            continue
        if t.norm == "و" and have and j + 1 < n and toks[j + 1].is_num:
            j += 1
            continue
        w = _word(t, j == i)
        if w is None:
            break
        word, prefixed = w
        conj = conj or prefixed
        if word in SCALES or word in SCALES_DUAL or word in SCALES_PLURAL:
            if word in SCALES_DUAL:
                if cur or (have and not conj):
                    break
                scale, mult = SCALES_DUAL[word] // 2, 2.0
            elif word in SCALES_PLURAL:
                if not cur or last == "scale":
                    break
                scale, mult = SCALES_PLURAL[word], cur
            else:
                if have and last == "scale" and (conj or cur == 0) and not (
                        not conj and cur == 0 and SCALES[word] > last_scale):
                    break
                scale, mult = SCALES[word], (cur if cur else 1.0)
            if last_scale and scale > last_scale and not cur:
                total = total * scale
            else:
                total += mult * scale
            cur = 0.0
            last_scale = scale
            have, last = True, "scale"
            j = end = j + 1
            continue
        if word in FRACTIONS:
            if have or not (j + 1 < n and toks[j + 1].norm in SCALES):
                break
            cur = FRACTIONS[word]
            last = "frac"
            j += 1
            continue
        if word in TEEN_FIRST and j + 1 < n and toks[j + 1].norm in TEEN_TEN and (
                not have or conj):
            cur += 10 + TEEN_FIRST[word]
            have, last = True, "teen"
            j = end = j + 2
            continue
        if word in HUNDREDS:
            v = HUNDREDS[word]
            if have and not conj and last == "one" and v == 100 and 1 <= cur <= 9:
                cur = cur * 100
            elif have and not conj:
                break
            else:
                cur += v
            have, last = True, "hundred"
            j = end = j + 1
            continue
        if have and not conj:
            break
        if word in TENS:
            cur += TENS[word]
            last = "ten"
        elif word in ONES:
            if word in TEEN_TEN and j > 0 and toks[j - 1].norm.startswith("ال"):
                break
            cur += ONES[word]
            last = "one"
        else:
            break
        have = True
        j = end = j + 1
    if not have:
        return None
    return end, _clean(total + cur)


def _latin_glued(text: str, t: Tok) -> bool:
    before = text[t.start - 1] if t.start > 0 else " "
    after = text[t.end] if t.end < len(text) else " "
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _unit_at(toks: list[Tok], j: int) -> tuple[int, str] | None:
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
    """:func:`find_numbers` over pre-computed tokens."""
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
    """Number mentions in ``text`` as ``(start, end, value, unit)`` (see module docstring)."""
    return find_numbers_tokens(text, tokenize(text))
