"""Cardinals (digits and/or number words) at a token for :mod:`khabar.temporal.numbers` and
the date finder: «خمسة وعشرون ألفا» = 25000, «75 ألف» = 75000, «نصف مليون» = 500000.
"""
from __future__ import annotations

from khabar.temporal._num_digits import _clean, parse_digits
from khabar.temporal._num_words import (_WORDS, FRACTIONS, HUNDREDS, ONES, SCALES, SCALES_DUAL,
                                        SCALES_PLURAL, TEEN_FIRST, TEEN_TEN, TENS)
from khabar.temporal._tokens import Tok, bare_forms


def _word(tok: Tok, first: bool) -> tuple[str, bool] | None:
    """(bare number word, joined-by-و) for a word token, or None. Raises nothing."""
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

    Used by the date finder for durations («عشرين عاما»). Raises nothing.
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
    """Whether ``t`` touches a Latin letter in ``text`` (H1N1). Raises nothing."""
    before = text[t.start - 1] if t.start > 0 else " "
    after = text[t.end] if t.end < len(text) else " "
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
