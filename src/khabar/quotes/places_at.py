"""Place names that NER tagged as persons inside a subject (round 16, from blind batch 38):
«أكد رئيس النيابة الخصوصية بسيدي بوزيد، عبد السلام خذر أنه» — «بسيدي بوزيد» is «in Sidi
Bouzid» (the preposition ب glued to a place of the gazetteer), never the speaker. Pure
functions of the raw text; the gazetteer is read on first use (:func:`~khabar.quotes.lexicon.
places`); nothing raises on ordinary input."""
from __future__ import annotations

from khabar.quotes.lexicon import places
from khabar.text.normalize import normalize


def _letter(ch: str) -> bool:
    return ch.isalpha()


def place_after_bi(raw: str, start: int, end: int) -> bool:
    """The mention ``raw[start:end]`` is a gazetteer place with the preposition ب glued in
    front of it (inside the mention, «بسيدي بوزيد», or right before it)."""
    text = " ".join(raw[start:end].split())
    if text[:1] == "ب" and " ".join(normalize(text[1:]).split()) in places():
        return True
    glued = start >= 1 and raw[start - 1] == "ب" and (start < 2 or not _letter(raw[start - 2]))
    return glued and " ".join(normalize(text).split()) in places()
