"""A complementizer after a long adjunct set off by commas (round 16, from blind batch 39):
«وأبرز شاكر، خلال جلسة استماع عقدتها لجنة المالية بمجلس نواب الشعب لمناقشة قانون المالية
لسنة 2016، ان …». :func:`find_trigger <khabar.quotes.spans.find_trigger>` looks only 14 words
ahead for a verb that needs its complementizer; :func:`adjunct_trigger` is the fallback when
the words in between are a short subject (or up to 13 words ending in a name: round 17) and
one adjunct between commas. Two more cues whose complementizer may stand after an adjunct:

- a verb cue followed right away by «في/خلال» + a statement noun («وبين في تصريح لوكالة تونس
  افريقيا للانباء على هامش … أن»; round 17, from blind batch 45) may find it after a long
  adjunct (:func:`statement_adjunct`);
- a noun cue followed by an adjunct set off by two commas («ونقلت وسائل إعلام … عن … سوارنا
  سوبا راو قوله، في مداخلة …، إن "…"»; round 21, from blind batches 87–88): the
  complementizer after the closing comma is the noun cue's (:func:`noun_parenthesis`, used by
  ``spans.find_trigger``).

Pure functions of the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.marks import Article

#: Heads of an adjunct opened by a comma («، خلال جلسة …», «، على هامش …»; normalized).
ADJUNCT_HEADS = frozenset({"خلال", "في", "علي", "اثناء", "لدي", "عقب", "اثر", "بمناسبه"})


def adjunct_trigger(art: Article, k: int, kind: str) -> int | None:
    """Index of the complementizer of the verb cue at ``k`` when a subject of four words at
    most, then «،» + an adjunct head, then up to 30 words and «،» come right before it, with no
    sentence end, quotation mark or other cue on the way; None otherwise."""
    if kind != "verb":
        return None
    i = k + 1
    while i < art.n and i - k <= 14 and art.norms[i] not in ("،", ","):
        if not art.norms[i].isalnum():
            return None
        i += 1
    if i >= art.n - 2 or i == k + 1 or art.norms[i] not in ("،", ",") or \
            art.norms[i + 1] not in ADJUNCT_HEADS:
        return None
    if i - k > 5 and not _name_ends(art, i - 1):
        return None     # a long subject only when a name ends it (round 17)
    for j in range(i + 2, min(art.n, i + 34)):
        nm = art.norms[j]
        if art.is_end(j) or art.is_quote(j) or cue_form(nm) is not None:
            return None
        if is_complementizer(nm):
            return j if art.norms[j - 1] in ("،", ",") and j + 1 < art.n and \
                art.norms[j + 1].isalnum() else None
    return None


def _name_ends(art: Article, i: int) -> bool:
    """A PER mention ends at token ``i`` («كشف المستشار لدى رئيس الحكومة المكلف بمتابعة
    البرامج … رضا السعيدي، في حوار …، أن»: a long title, then the name; round 17)."""
    end = art.toks[i].end
    return any(e.label == "PER" and e.end == end for e in art.doc.entities)


#: Nouns of a statement that an adjunct right after the cue opens («في تصريح», «خلال ندوة»).
_STATEMENT_NOUNS = frozenset({"تصريح", "تصريحات", "حوار", "حديث", "مداخله", "لقاء", "مقابله",
                              "ندوه", "كلمه", "اتصال", "ندوته", "مؤتمر"})


def statement_adjunct(art: Article, k: int) -> bool:
    """The cue at ``k`` is followed right away by «في/خلال» + a statement noun («وبين في تصريح
    لوكالة تونس افريقيا للانباء على هامش … اليوم السبت بالعاصمة أن»): its complementizer may
    come after a long adjunct (round 17)."""
    return k + 2 < art.n and art.norms[k + 1] in ("في", "خلال") and \
        art.norms[k + 2] in _STATEMENT_NOUNS


def noun_parenthesis(art: Article, k: int) -> bool:
    """The noun cue at token ``k`` of article ``art`` («قوله») is followed by an adjunct set
    off by two commas and then its complementizer («قوله، في مداخلة خلال منتدى … بمدينة
    حيدر آباد، إن "…"», module docstring), within sixteen tokens and one sentence."""
    if k + 1 >= art.n or art.norms[k + 1] not in ("،", ","):
        return False
    for c in range(k + 2, min(k + 18, art.n - 1)):
        if art.is_end(c):
            return False
        if art.norms[c] in ("،", ","):
            return is_complementizer(art.norms[c + 1])
    return False


__all__ = ["ADJUNCT_HEADS", "adjunct_trigger", "noun_parenthesis", "statement_adjunct"]
