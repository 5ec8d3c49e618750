"""A verbal noun in the accusative with «على» right after a cue verb is an adjunct, no
subject (round 23, from blind batch 107): «وأكد تعقيبا على ما اعتبره "سوء التفاهم مع
النقابات"، أن …» ("commenting on …"), like «ردا على», «تعليقا على», «احتجاجا على». The speaker
is the one of the sentence before, not «تعقيبا». Pure function of the token view; nothing here
raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.quotes.namewords import first_names, fold
from khabar.quotes.surnames import preposition_ala


def masdar_adjunct(art, region: Sequence[int], names: dict[str, str]) -> int:
    """How many tokens at the start of ``region`` (the subject region of a cue) are a
    «<masdar in tanween alif> على …» adjunct: up to and with the first comma after it, or the
    whole region when no comma follows; 0 when the region opens otherwise. ``names``: the
    article's known name words (a name in «ا» is no masdar)."""
    if len(region) < 2:
        return 0
    i = region[0]
    nm = art.norms[i]
    if not (len(nm) >= 4 and nm.endswith("ا") and not nm.startswith("ال") and nm.isalpha()
            and preposition_ala(art.raw, art.toks[region[1]].start)
            and fold(nm) not in first_names() and nm not in names):
        return 0
    for n, j in enumerate(region[2:], 2):
        if art.norms[j] in ("،", ","):
            return n + 1
    return len(region)


__all__ = ["masdar_adjunct"]
