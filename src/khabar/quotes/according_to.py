"""Attributions with «حسب/بحسب/وفق» that bring no new source (round 21). Pure functions of
the normalized tokens; nothing here raises on ordinary input.

- *«حسب البيان» after a speaker* (:func:`same_document`; from the errors of blind dev batches
  85–86): «وقالت الوزارة في بيان … إن … حسب البيان. … وتابعت ان …» — an attribution to a bare
  definite document («حسب البيان», «وفق التقرير») once someone has spoken refers back to that
  speaker's document: it is no new source for a later cue with no subject.
- *Attributed source before a clause* (:func:`after_attribution`; from blind batches 87–88):
  «وبحسب المصدر يتنقل البغدادي …» … «وأكد المصدر … أن البغدادي»: the earlier «المصدر» after
  «بحسب» is followed by its clause's verb and subject, not by its own name, so «المصدر» does
  not take the person after the verb.
"""
from __future__ import annotations

from typing import Sequence

#: Documents that «حسب/وفق» + the bare definite noun refers back to (normalized).
_DOCUMENTS = frozenset({"البيان", "البلاغ", "التقرير", "الرساله", "المراسله", "الوثيقه",
                        "الدراسه", "المذكره"})


def same_document(norms: Sequence[str], region: Sequence[int]) -> bool:
    """The attribution's ``region`` (the words after «حسب») is one bare definite document noun
    (module docstring, first rule)."""
    return len(region) == 1 and norms[region[0]] in _DOCUMENTS


#: Prepositions of attribution («وبحسب المصدر»: according to the source).
_ATTRIBUTION = frozenset({"حسب", "بحسب", "وبحسب", "وحسب", "وفق", "ووفق", "وفقا", "ووفقا"})


def after_attribution(norms: Sequence[str], j: int) -> bool:
    """Token ``j`` follows a preposition of attribution («وبحسب المصدر يتنقل البغدادي»): the
    clause after the noun is a new sentence, so a name after its verb is no name of the
    source (module docstring, second rule; used by ``anaphora._antecedent``)."""
    return j > 0 and norms[j - 1] in _ATTRIBUTION


__all__ = ["after_attribution", "same_document"]
