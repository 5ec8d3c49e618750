"""A person NER missed, named right before a title (round 20, from blind batch 73).

«من جهتها نفت رحاب المهذبي الناطقة الرسمية باسم المحكمة … الإتهامات …، موضحة أن»: the
subject after the sentence's opening verb is a given name of the gazetteer and one or two name
words, then a definite title in apposition («الناطقة», «الوزير», «المدير»); with no PER
mention there, those words are the person, and the participle later in the sentence is theirs.
Pure function of the speaker state; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.names import first_names, fold


def definite_title(norm: str) -> bool:
    """``norm`` is a definite title word, masculine or feminine («الناطق», «الناطقة»)."""
    if not norm.startswith("ال"):
        return False
    return norm in C.TITLE_WORDS or (norm.endswith("ه") and norm[:-1] in C.TITLE_WORDS)


def name_before_title(spk: Any, region: list[int]) -> Speaker | None:
    """The person named by the first two or three tokens of ``region`` (the words after an
    opening verb): an indefinite given name of the gazetteer, one or two name-like words, then
    a definite title (:func:`definite_title`); None otherwise, or when a PER/ORG mention starts
    there (NER's reading stands)."""
    art = spk.art
    if len(region) < 3:
        return None
    first = region[0]
    nm = art.norms[first]
    if nm.startswith("ال") or fold(nm) not in first_names() or not spk._name_like(first):
        return None
    if spk.entities_in(art.toks[first].start, art.toks[region[-1]].end):
        return None
    for n in (2, 3):
        if n >= len(region):
            return None
        words = region[:n]
        if not all(spk._name_like(i) for i in words[1:]):
            return None
        if definite_title(art.norms[region[n]]):
            return spk._name_speaker(words)
    return None


__all__ = ["definite_title", "name_before_title"]
