"""Phrases built on an institution head («مركز», «مستشفى», «المدرسة» …) that name no person
speaker (round 21). Pure functions of the token layer; nothing here raises on ordinary input.

- *Title of a local unit* (:func:`titled_unit`; from the errors of blind dev batches 85–86):
  «نفى رئيس مركز شرطة بوسالم في تصريح … ما وجه له من تهم، معتبرا أن …» — a bare title in
  construct with an institution head («رئيس مركز …», «مدير مستشفى …») and no person named in
  it is the unnamed subject a participle later in the sentence goes on with (as «معتمد»/«والي»
  + place already are), not the person who spoke last. (The sentence may open with a contrast
  adjunct, «في المقابل، نفى …»: :func:`khabar.quotes.openers.skip_contrast`.)
- *Institution named after a person* (:func:`school_adjective`; from blind batches 87–88):
  «عن المدرسة الابتدائية الحبيب ثامر ببوسالم» — a person's name after an institution head and
  its definite adjective names the school, not a speaker (used by ``phrases._in_institution``).
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C


def titled_unit(art: object, region: Sequence[int], ents: Sequence[Entity]) -> bool:
    """``region`` (a subject from its head on) is «TITLE INSTITUTION …» of three words or more,
    the title without the article, and no PER mention in it."""
    if len(region) < 3:
        return False
    head, unit = art.norms[region[0]], art.norms[region[1]]
    if head not in C.TITLE_WORDS or head.startswith("ال") or unit not in C.INSTITUTION_HEADS:
        return False
    lo, hi = art.toks[region[0]].start, art.toks[region[-1]].end
    return not any(e.label == "PER" and e.start < hi and lo < e.end for e in ents)


def school_adjective(art, i: int) -> bool:
    """Token ``i`` of article ``art`` is a definite adjective right after an institution head
    («المدرسة الابتدائية», «المعهد النموذجي»), so a person's name after it names the
    institution («عن المدرسة الابتدائية الحبيب ثامر ببوسالم», second rule of the module
    docstring)."""
    if i < 1 or not art.norms[i].startswith("ال") or not art.toks[i].words or \
            art.toks[i].words[-1].upos != "ADJ":
        return False
    nm = art.norms[i - 1]
    return any(w in C.INSTITUTION_HEADS for w in (nm, nm[1:], nm[2:], nm[3:]))


__all__ = ["school_adjective", "titled_unit"]
