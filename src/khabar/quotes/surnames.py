"""Surnames after a title, for the speaker's canonical name (round 16, from blind batch 39).

A title written without the article takes a surname into a PER mention that NER reads as a
name of two words («وأضاف دكتور صمودي أن» after «وقال الدكتور علية الصمودي»): the title is no
given name, so the mention is the surname of the person named before, and takes that name.

The preposition «على» is no given name «علي» before a surname («أطلقه جمهور تشلسي على مورينيو»
is no «على مورينيو»): :func:`preposition_ala`.

Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.finish import HONORIFICS
from khabar.quotes.lexicon import norm_name
from khabar.text.normalize import normalize


def titled_surname(name: str, names: dict[str, str]) -> str | None:
    """The full name of a person known by the surname in ``name`` when ``name`` is a title
    and one word («دكتور صمودي» → «علية الصمودي»); ``names`` maps a normalized surname (with
    and without ال) to a canonical name. None when ``name`` is no such pair."""
    words = name.split()
    if len(words) != 2 or normalize(words[0].rstrip(".")) not in HONORIFICS:
        return None
    full = names.get(norm_name(words[1]))
    if full is None or norm_name(full) == norm_name(name) or len(full.split()) < 2:
        return None
    return full


def preposition_ala(raw: str, start: int) -> bool:
    """The word at raw offset ``start`` is written «على» (with alef maqsura: the preposition;
    the given name is written «علي»)."""
    return raw[start:start + 3] == "على" and raw[start + 3:start + 4] in (" ", "\u00a0", "\n")


__all__ = ["preposition_ala", "titled_surname"]
