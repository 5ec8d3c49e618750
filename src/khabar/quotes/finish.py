"""Last touches on a speaker's canonical name, whatever rule found it.

- Stray punctuation at the edges is dropped, and an unmatched parenthesis cuts the name
  («إدارة الطيران والفضاء الأمريكية (ناسا» → «إدارة الطيران والفضاء الأمريكية»).
- A personal honorific or profession in front of a name of two words or more is no part of
  it («بروفيسور كيفن ماكونواي» → «كيفن ماكونواي», «الشيخ محمد بن عبد الرحمن آل ثاني»), nor
  is an attribution word («حسب الزهراني»); a club goes by its name («نادي إشبيلية» →
  «إشبيلية»; not «النادي الإفريقي»), without a nationality after its name («نادي قالاتاسراي
  التركي» → «قالاتاسراي», round 17).
- An acronym or short name given in parentheses after a name («… الأمريكية (ناسا)») is an
  alias: a later speaker named by the alias alone takes the full name (:class:`Aliases`).
- A body named by the first words of a longer name that spoke before, a place after them,
  takes the longer name (:func:`longer_body`); so does a body whose words the article wrote
  before with a place nisba after them («وزارة الداخلية» after «وجهت وزارة الداخلية
  المصرية …», round 9: :func:`written_with_nisba`).
- A body of an institution («إدارة المسرح الوطني») speaks for the institution: the canonical
  name is the institution's name as written at its longest in the article («المسرح الوطني
  التونسي»).

Pure functions of strings and the article's tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

import re
from typing import Sequence

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective
from khabar.quotes.press_name import paper_name
from khabar.text.normalize import normalize

#: Honorifics and professions written before a person's name (normalized).
HONORIFICS = frozenset({
    "بروفيسور", "البروفيسور", "بروفسور", "البروفسور", "بروفيسوره", "البروفيسوره",
    "الدكتور", "الدكتوره", "دكتور", "دكتوره", "د", "الاستاذ", "الاستاذه", "استاذ",
    "السيد", "السيده", "المهندس", "المهندسه", "الحاج", "الشيخ", "البرفيسور",
    "الاعلامي", "الاعلاميه", "الصحفي", "الصحفيه", "المحامي", "المحاميه", "الطبيب",
    "الطبيبه", "الفنان", "الفنانه", "الباحث", "الباحثه", "الخبير", "الخبيره"})

#: Bodies of an institution that speak for it («إدارة المسرح», «مجلس إدارة الشركة»).
BODY_WORDS = frozenset({"اداره", "الاداره", "مجلس اداره", "هيئه اداره", "الهيئه المديره",
                        "المكتب التنفيذي", "الهيئه التنفيذيه", "المكتب الجامعي"})

#: Institutions a body speaks for (normalized, without ال), besides the institution heads of
#: :data:`khabar.lang.quote_cues.INSTITUTION_HEADS`.
INSTITUTIONS = frozenset({"مسرح", "مهرجان", "نادي", "فريق", "بنك", "شركه", "جمعيه", "فندق",
                          "مصنع", "سجن", "مستشفي", "ديوان", "صندوق", "هيئه", "منظمه"})

_EDGE = " \t\n\"'«»“”,،:؛;.-–—_/\\[]{}"
_WORD = re.compile(r"\S+")


def _norm(s: str) -> str:
    return " ".join(normalize(w) for w in s.split())


#: Heads written before a name in quotation marks that the canonical leaves out (an outlet,
#: an organisation, a company: «منظمة "أنا يقظ"» → «أنا يقظ»; not a party's «حزب»).
_NAMED_IN_MARKS = MEDIA_HEADS | {"منظمه", "شركه"}


def tidy(name: str) -> str:
    """``name`` without stray punctuation at its edges, cut at an unmatched parenthesis,
    and without a leading honorific when two words or more remain."""
    if "(" in name and ")" not in name[name.index("("):]:
        name = name[:name.index("(")]
    if ")" in name and "(" not in name[:name.index(")")]:
        name = name[name.index(")") + 1:]
    for mark in ('"', "«", "“"):
        head, _, rest = name.partition(mark)
        if head.strip() and rest.strip() and len(head.split()) == 1 and \
                normalize(head.strip()) in _NAMED_IN_MARKS:
            name = rest     # «منظمة "أنا يقظ"» → «أنا يقظ»: the body by its name (round 12)
            break
    name = " ".join(name.strip(_EDGE).split())
    words = name.split()
    while len(words) > 2 and normalize(words[0].rstrip(".")) in HONORIFICS:
        words = words[1:]
    if len(words) > 1 and normalize(words[0]) in ("حسب", "بحسب", "وفق", "وفقا"):
        words = words[1:]       # «حسب الزهراني»: an attribution word taken into the name
    if len(words) > 1 and normalize(words[0]) == "نادي" and not words[1].startswith("ال"):
        words = words[1:]       # «نادي إشبيلية» → «إشبيلية» (a club by its name, like «شركة أبل»)
        if len(words) > 1 and is_place_adjective(normalize(words[-1])):
            words = words[:-1]  # «نادي قالاتاسراي التركي» → «قالاتاسراي» (round 17, batch 49)
    words = paper_name(words, is_place_adjective)   # «صحيفة الشروق التونسية» (round 20)
    return " ".join(words) or name


class Aliases:
    """Short names given in parentheses after a longer name in one article."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.full: dict[str, str] = {}      # normalized alias → full name

    def note(self, start: int, end: int, full: str) -> None:
        """Record the alias written in parentheses right after the name at raw offsets
        ``start..end`` (inside that span when the name took the parenthesis)."""
        m = re.compile(r"\s*\(([^()\n]{2,30})\)").match(self.raw, end)
        if m is None:
            k = self.raw.rfind("(", start, end)
            if k < 0:
                return
            m = re.compile(r"\(([^()\n]{2,30})\)").match(self.raw, k)
        if m is None:
            return
        alias = " ".join(m.group(1).split())
        if 1 <= len(alias.split()) <= 3 and not any(ch.isdigit() for ch in alias) and \
                _norm(alias) != _norm(full):
            self.full.setdefault(_norm(alias), full)

    def expand(self, name: str) -> str:
        """The full name of which ``name`` is a recorded alias (with or without the article:
        «(هايكا)» … «الهايكا»), else ``name``."""
        key = _norm(name)
        return self.full.get(key) or (self.full.get(key[2:]) if key.startswith("ال") else
                                      None) or name


def longer_body(name: str, earlier: Sequence[str]) -> str:
    """A body named by the first words of a longer name that spoke before, the rest a place
    («إدارة الإطفاء والإنقاذ» after «إدارة الإطفاء والإنقاذ بمدينة أتلانتا الأمريكية»: the
    first word left out begins with ب or is a place nisba), takes that name (round 8); else
    ``name`` (not «الأمم المتحدة» after «الأمم المتحدة للطفولة»)."""
    words = _norm(name).split()
    if len(words) < 2:
        return name
    for c in reversed(earlier):
        cw = _norm(c).split()
        if len(cw) > len(words) and cw[:len(words)] == words and \
                (cw[len(words)].startswith("ب") or is_place_adjective(cw[len(words)])):
            return c
    return name


def written_with_nisba(name: str, norms: Sequence[str], surf: Sequence[str]) -> str:
    """A body of two words or more headed by an organisation word («وزارة الداخلية»), as
    first written in ``norms`` with a place nisba right after it («وزارة الداخلية المصرية»);
    else ``name``."""
    words = _norm(name).split()
    if len(words) < 2 or words[0] not in C.ORG_HEADS:
        return name
    n = len(words)
    for i in range(len(norms) - n):
        if list(norms[i:i + n]) == words:
            if is_place_adjective(norms[i + n]):
                return " ".join(surf[i:i + n + 1])
            return name     # first written as it is now
    return name


def institution_of(name: str, norms: Sequence[str], surf: Sequence[str]) -> str | None:
    """«إدارة المسرح الوطني» → «المسرح الوطني التونسي»: the institution a body word names,
    as written at its longest in the article (its words followed by nisba adjectives);
    None when ``name`` names no body of a written institution of two words or more."""
    words = _norm(name).split()
    rest = None
    for k in (2, 1):
        if len(words) > k and " ".join(words[:k]) in BODY_WORDS:
            rest = words[k:]
            break
    if not rest or not rest[0].startswith("ال") or (
            rest[0][2:] not in INSTITUTIONS and rest[0][2:] not in C.INSTITUTION_HEADS):
        return None     # («إدارة الطيران والفضاء الأمريكية» is a name of its own)
    bare = list(rest)
    best: list[int] | None = None
    n = len(bare)
    for i in range(len(norms) - n + 1):
        if list(norms[i:i + n]) != bare:
            continue
        j = i + n
        while j < len(norms) and norms[j].startswith("ال") and norms[j].endswith(("ي", "يه")) \
                and norms[j] not in ("الذي", "التي") and j - i < 6:
            j += 1
        if best is None or j - i > len(best):
            best = list(range(i, j))
    if best is None or len(best) < 2:
        return None
    return " ".join(surf[i] for i in best)


__all__ = ["Aliases", "HONORIFICS", "institution_of", "tidy", "written_with_nisba"]
