"""How a cue form and the word after it read (round 17, from blind batch 45). Nothing here
raises on ordinary input.

- An impersonal opinion verb with its own plural source subject is a cue («ويرجح باحثون أن
  يكون …», «ويتوقع خبراء أن»; the bare «يرجح أن» stays impersonal) —
  :func:`opinion_with_subject`, :func:`may_have_opinion`.
- «تقدر/يقدر» with a value, cost or number after it («والذي تقدر قيمته بـ 50 ألف دينار») is
  an estimate, no cue — :func:`estimated_value`.
- The name «علي» after a cue is no preposition «على» — :func:`named_ali`.

(A cue that needs its complementizer may find it after a long adjunct that opens with «في
تصريح …»: :func:`khabar.quotes.adjunct_trigger.statement_adjunct`.)
"""
from __future__ import annotations

from typing import Any, Sequence

from khabar.quotes.cues import FORMS, is_complementizer

#: Impersonal forms that are opinion verbs (not «يذكر», «يشار», «يبدو»).
_OPINION = frozenset({"يرجح", "ويرجح", "يتوقع", "ويتوقع", "يعتبر", "ويعتبر"})

#: Plural source nouns that can be an opinion verb's subject.
_PLURAL_SOURCES = frozenset({"خبراء", "باحثون", "محللون", "مراقبون", "علماء", "اطباء",
                             "مختصون"})

#: What an estimate measures: «تقدر قيمته بـ», «يقدر عددهم بـ».
_MEASURES = frozenset({"قيمته", "قيمتها", "قيمه", "قيمتهم", "كلفته", "كلفتها", "تكلفته",
                       "تكلفتها", "عدد", "عددهم", "عددها", "حجم", "حجمه", "حجمها", "مساحته",
                       "مساحتها", "ثمنه", "ثمنها", "طاقته", "طاقتها"})


def opinion_with_subject(art: Any, k: int) -> tuple[str, str | None, str] | None:
    """``(verb, gender, kind)`` when token ``k`` is an impersonal opinion form followed by a
    plural source noun and a complementizer («ويرجح باحثون أن»), else None."""
    nm = art.norms[k]
    if nm not in _OPINION or k + 2 >= art.n or art.norms[k + 1] not in _PLURAL_SOURCES:
        return None
    if not is_complementizer(art.norms[k + 2]):
        return None
    hit = FORMS.get(nm[1:] if nm.startswith("و") else nm)
    return None if hit is None else (hit[0], None, hit[2])


def estimated_value(art: Any, k: int, verb: str) -> bool:
    """Token ``k`` (a cue of ``verb``) is «تقدر/يقدر» estimating a measure after it."""
    return verb == "قدر" and k + 1 < art.n and art.norms[k + 1] in _MEASURES


def named_ali(art: Any, i: int) -> bool:
    """Token ``i``, normalized like the preposition «على», is the given name «علي» written
    with ya that starts a PER mention («وقال علي بن صميخ المري …، إن»), not «أكد على»."""
    if i >= art.n or art.surf[i] not in ("علي", "وعلي"):
        return False
    start = art.toks[i].start
    return any(e.label == "PER" and e.start == start for e in art.doc.entities)


def may_have_opinion(norms: Sequence[str]) -> bool:
    """Some word of ``norms`` is an opinion form :func:`opinion_with_subject` may take (a
    cheap test that lets a scan skip the call)."""
    return not _OPINION.isdisjoint(norms)


__all__ = ["estimated_value", "may_have_opinion", "named_ali", "opinion_with_subject"]
