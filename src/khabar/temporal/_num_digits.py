"""Digit-token values for :mod:`khabar.temporal.numbers`: separators («٫» «٬» «,» «.») and
the int/float cleaning of computed values.
"""
from __future__ import annotations


def parse_digits(s: str) -> float | int | None:
    """Value of a digit token (ASCII digits with separators), or None. Raises nothing."""
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
    """``v`` rounded to 6 places, as an int when integral (below 1e18). Raises nothing."""
    if isinstance(v, float):
        r = round(v, 6)
        if r.is_integer() and abs(r) < 1e18:
            return int(r)
        return r
    return v
