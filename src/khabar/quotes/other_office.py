"""A title phrase is not the article's one named person when the article gives that person
another office (round 20, from blind batch 78): «قال علي قيقة، الناطق الرسمي باسم محكمة
الاستئناف …» and then «… وهو الأمر الذى نفاه المعتمد موضحا … أنّ …» — the delegate is
someone else, unnamed; the naming of a title phrase by the only named person
(:func:`khabar.quotes.titled.name_titled`) is not applied when the phrase's office title
(:data:`khabar.lang.quote_heads.OFFICE_TITLES`, offices of one holder each) is not among
the office titles written next to the person's name (right before it, «وزير النقل، NAME»,
or after «NAME،») while some other one is. Pure function of strings; nothing here raises on
ordinary input."""
from __future__ import annotations

import re

from khabar.lang.quote_heads import OFFICE_TITLES
from khabar.text.normalize import normalize

_WORD = re.compile(r"[^\s،,.:؛;()\"«»“”]+|،|,")


def _bare(norm: str) -> str:
    if norm in OFFICE_TITLES:
        return norm     # («وزير», «والي»: no conjunction)
    for pre in ("وال", "ال", "و"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return norm[len(pre):]
    return norm


def _offices_near(words: list[str], name: list[str]) -> set[str]:
    """Office titles written right before ``name`` (up to three words, one comma right
    before the name allowed) or right after «name ،» in ``words`` (normalized)."""
    found: set[str] = set()
    n = len(name)
    for i in range(len(words) - n + 1):
        if words[i:i + n] != name:
            continue
        top = i - 1 if i > 0 and words[i - 1] in ("،", ",") else i    # «وزير النقل، NAME»
        for j in range(top - 1, max(-1, top - 4), -1):
            if words[j] in ("،", ","):
                break
            if _bare(words[j]) in OFFICE_TITLES:
                found.add(_bare(words[j]))
                break
        if i + n + 1 < len(words) and words[i + n] in ("،", ",") and \
                _bare(words[i + n + 1]) in OFFICE_TITLES:
            found.add(_bare(words[i + n + 1]))
    return found


def other_office(raw: str, phrase: str, name: str) -> bool:
    """``phrase`` (a title phrase) opens with an office title that the article ``raw`` never
    writes next to ``name`` while it writes another office title there."""
    first = _bare(normalize(phrase.split()[0])) if phrase.split() else ""
    if first not in OFFICE_TITLES:
        return False
    words = [normalize(w) for w in _WORD.findall(raw)]
    offices = _offices_near(words, [normalize(w) for w in name.split()])
    return bool(offices) and first not in offices
