"""«أوضحت جمعية إبن الهيثم للعلوم والفلك بمدينة عين فكرون» (round 19, blind batch 67): NER
closed the body's name after the head of the place that follows it («بمدينة», «بولاية»), so
the speaker ended with a dangling place head. That last word, with «ب» or «في» and no place
name after it in the speaker, is no part of the name: the span and the canonical stop before
it. Pure function of strings; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.text.normalize import normalize

#: Place heads that cannot end a body's name (normalized, without their preposition).
_PLACE_HEADS = frozenset({"مدينه", "ولايه", "منطقه", "جهه", "معتمديه", "بلديه", "محافظه",
                          "مقاطعه", "قريه"})


def _dangling(word: str) -> bool:
    w = normalize(word)
    return w.startswith("ب") and w[1:] in _PLACE_HEADS


def without_dangling_place(raw: str, sp: Speaker) -> Speaker | None:
    """``sp`` without a last word «بمدينة/بولاية …» when the canonical name ends with it too
    and keeps two words or more; None when there is nothing to drop."""
    if not sp.canonical:
        return None
    words = sp.canonical.split()
    text = raw[sp.start:sp.end].rstrip()
    if len(words) < 3 or not _dangling(words[-1]) or not text.endswith(words[-1]):
        return None
    end = sp.start + len(text[:-len(words[-1])].rstrip())
    return Speaker(sp.start, end, " ".join(words[:-1]))
