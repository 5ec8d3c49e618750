"""An outlet described by its kind and nationality, then named in quotation marks (round 16,
from blind batch 38): «ذكرت وكالة الأنباء الكورية الجنوبية "يونهاب"» → «يونهاب», as «هيئة
الإذاعة البريطانية "بي بي سي"» → «بي بي سي» in the guidelines (the outlet goes by its
name); an agency of a field that is no news agency is a state body named by its whole phrase
(«صرحت وكالة الاستخبارات الوطنية الكورية أن» → that phrase, not «الاستخبارات»). Pure
functions of the article's token view; nothing raises on ordinary input."""
from __future__ import annotations

from collections.abc import Sequence

from khabar.quotes.marks import Article


def _nisba(norm: str) -> bool:
    """A definite relational adjective («الكوريه», «الجنوبيه», «الفرنسيه»)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4


#: Fields of agencies that are state bodies, not outlets (normalized, after «وكالة»).
AGENCY_FIELDS = frozenset({"الاستخبارات", "المخابرات", "الطاقه", "الفضاء", "الامن"})


def field_agency(art: Article, region: Sequence[int]) -> int:
    """How many tokens of ``region`` name an agency of a field with its nisbas («وكالة
    الاستخبارات الوطنية الكورية»: 4); 0 when ``region`` opens with no such agency."""
    if len(region) < 2 or art.norms[region[0]] != "وكاله" or \
            art.norms[region[1]] not in AGENCY_FIELDS:
        return 0
    n = 2
    while n < len(region) and n < 5 and _nisba(art.norms[region[n]]):
        n += 1
    return n


def quoted_name_after(art: Article, region: Sequence[int], n: int) -> tuple[int, int] | None:
    """Token range (first, last) of a name of one to five words in quotation marks that
    follows ``region[n:]`` after at most three nisba adjectives; None when there is none."""
    i = n
    while i < len(region) and i < n + 3 and _nisba(art.norms[region[i]]):
        i += 1
    if i >= len(region) or not art.is_quote(region[i]):
        return None
    j = i + 1
    while j < len(region) and not art.is_quote(region[j]) and j - i <= 5:
        if not art.norms[region[j]][:1].isalnum():
            return None
        j += 1
    if j >= len(region) or not art.is_quote(region[j]) or j == i + 1:
        return None
    return region[i + 1], region[j - 1]
