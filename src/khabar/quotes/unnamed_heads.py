"""Subjects that name no speaker although a name stands in them (round 23, from blind
batches 101 and 102):

- «وقال مقربون من إيمانويل ماكرون "إنها …"»: people close to someone («مقربون من»,
  «المقربين من», «مقرب من») are an unnamed source, not the person they are close to
  (:func:`close_to_at`);
- «وقال مكتب الرئاسة في كوريا الجنوبية إنه»: an office («مكتب X») is an unnamed source
  (as «مكتب الرئيس», «مكتب نتنياهو» in the gold) when nothing else in the subject speaks
  (:func:`office_at`);
- «وقالت شركة (إس.إن.سي.بي) لتشغيل القطارات إن»: a body's head with its name in brackets
  after it is named by that name (:func:`bracket_name`).

Pure functions of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import MEDIA_HEADS
from khabar.quotes.marks import Article

#: «مقرب» and its forms (normalized), which take «من» and the person one is close to.
CLOSE_WORDS = frozenset({"مقرب", "مقربه", "مقربون", "مقربين", "مقربو", "المقرب", "المقربه",
                         "المقربون", "المقربين", "ومقربون", "ومقربين"})

#: Heads of a body or an outlet (normalized) whose name may follow in brackets: «شركة (…)»,
#: «شبكة (سي.إن.إن)», «محطة (سي.ان.ان ترك)».
BRACKET_HEADS = C.ORG_HEADS | MEDIA_HEADS | frozenset({"شبكه"})

#: Heads of an office or bureau (normalized, indefinite: in construct with its owner).
OFFICE_HEADS = frozenset({"مكتب", "ديوان"})


def close_to_at(norms: Sequence[str], region: Sequence[int]) -> bool:
    """The subject ``region`` (token indexes into ``norms``) opens with «مقربون من»."""
    return len(region) > 2 and norms[region[0]] in CLOSE_WORDS and norms[region[1]] == "من"


def office_at(norms: Sequence[str], region: Sequence[int]) -> bool:
    """The subject ``region`` opens with an office head in construct («مكتب الرئاسة»)."""
    return len(region) > 1 and norms[region[0]] in OFFICE_HEADS




def bracket_name(art: Article, region: Sequence[int]) -> tuple[int, int] | None:
    """``(start, end)`` of the name in brackets right after an indefinite organisation head
    that opens the subject ``region`` («وقالت شركة (إس.إن.سي.بي) لتشغيل القطارات إن» → «إس.إن.سي.بي»);
    None when the head has no bracketed name after it (round 23)."""
    if not region or art.norms[region[0]] not in BRACKET_HEADS or \
            art.norms[region[0]].startswith("ال"):
        return None     # (not «الوكالة (سانا)»: a description of a body named before)
    i = region[0] + 1
    if i + 2 >= art.n or art.surf[i] != "(":
        return None
    for j in range(i + 2, min(i + 12, art.n)):
        if art.surf[j] == ")":
            name = art.raw[art.toks[i + 1].start:art.toks[j - 1].end]
            return (art.toks[i + 1].start, art.toks[j - 1].end) if any(
                ch.isalpha() for ch in name) else None
        if art.surf[j] in ("(", "،", ",", ":") or art.is_quote(j):
            return None
    return None


__all__ = ["BRACKET_HEADS", "CLOSE_WORDS", "OFFICE_HEADS", "bracket_name", "close_to_at", "office_at"]
