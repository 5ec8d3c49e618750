"""The grammatical gender of an attribution's verb («في ما ذكرت العاملة أنه …»), so that the
unnamed source it names is remembered with it: a later implicit subject of a verb of the other
gender («وأضاف أنه …») then passes over it (round 23, from blind batch 106). A named source
keeps no gender, as before: a body is taken up by a description of the other gender («وفق ما
ذكرت صحيفة "تلغراف"» … «وأوضح المصدر»). Nothing here raises.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.quotes.cues import cue_form


def attribution_gender(norm: str) -> str | None:
    """The gender (``"m"``/``"f"``) of the verb ``norm`` (a normalized token) of an
    attribution, an object pronoun ه/ها after it allowed («أكدته» → f, «أكده» → m); None
    for a preposition («وفق», «حسب») or a word that is no verb of saying."""
    for cut in (0, 1, 2):
        if cut and not (len(norm) > cut + 2 and norm.endswith(("ه", "ها")[cut - 1])):
            continue
        form = cue_form(norm[:len(norm) - cut])
        if form is not None and form[2] == "verb":
            return form[1]
    return None


def source_gender(norm: str, source: Speaker) -> str | None:
    """The gender to remember with the attribution ``source`` found after the verb ``norm``:
    the verb's gender for an unnamed source (no canonical), else None."""
    return attribution_gender(norm) if source.canonical is None else None


__all__ = ["attribution_gender", "source_gender"]
