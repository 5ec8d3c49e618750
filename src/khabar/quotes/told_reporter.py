"""The reporter a speaker talked to is no subject (round 23, from blind batch 108): «وقال
الناطق الرسمي باسم حركة حماس عبر الهاتف لزميلنا أشرف بن عبد السلام، إن …» — the name after
«لزميلنا» ("to our colleague") is the one spoken to; the subject is the titled phrase before
it. The subject region of a cue ends at «ل» + a colleague or reporter noun, bare or with «نا»
(«لزميلنا», «لزميلتنا», «لمراسلنا», «لموفدتنا», «لصحفي»). Pure function of the normalized
tokens; nothing here raises.
"""
from __future__ import annotations

from typing import Sequence

_REPORTERS = ("زميل", "زميله", "مراسل", "مراسله", "موفد", "موفده", "مبعوث", "مبعوثه",
              "صحفي", "صحفيه", "صحافي", "صحافيه")
#: «ل» + a reporter noun, bare or with «نا» (normalized).
TOLD_REPORTER = frozenset({"ل" + w for w in _REPORTERS} |
                          {"ل" + w + "نا" for w in _REPORTERS if not w.endswith("ه")} |
                          {"ل" + w[:-1] + "تنا" for w in _REPORTERS if w.endswith("ه")})


def before_reporter(norms: Sequence[str], region: list[int]) -> list[int]:
    """``region`` up to (not with) its first token in :data:`TOLD_REPORTER` when words stand
    before it; ``region`` unchanged otherwise."""
    for n, i in enumerate(region):
        if norms[i] in TOLD_REPORTER:
            return region[:n] if n else region
    return region


__all__ = ["TOLD_REPORTER", "before_reporter"]
