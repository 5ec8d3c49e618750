"""The one spoken to right after a cue verb, written as ل + a noun with a possessive pronoun
(«قال لزملائه في التربص: "…"», «قال لمدربه إنه …», «أكد لأصدقائه أنه …»; round 18): an
adjunct, never the verb's subject (the subject is before the verb: «أن رونالدو قال لزملائه»).
Likewise a participle of addressing right after the verb («وأضاف مخاطبا زوكربيرغ "…"»,
«وقالت موجهة كلامها للحكومة»; round 19, from blind batches 63–64) opens an adjunct naming the
one spoken to, never the subject, even when a proper noun follows it —
:func:`addressing_first`.
Pure functions of the surface token and the normalized words; nothing here raises on
ordinary input.
"""
from __future__ import annotations

#: Possessive pronoun suffixes, longest first (the surface form: «ة» is no pronoun).
_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "ه")


def pronoun_addressee(surface: str) -> bool:
    """``surface`` is ل + a noun of at least three letters + a possessive pronoun
    («لزملائه», «لأصدقائها», «لمدربهم»; not «لجنة», «لطفي», «له», «لها»)."""
    w = surface.strip("\"«»“”'")
    if not w.startswith("ل") or w.startswith("لل"):
        return False
    stem = next((w[1:-len(s)] for s in _SUFFIXES if w.endswith(s)), None)
    return stem is not None and len(stem) >= 3 and stem.isalpha()


#: Participles of addressing (normalized): the words after them name the addressee.
ADDRESSING = frozenset({"مخاطبا", "مخاطبه", "موجها", "موجهه", "متوجها", "متوجهه"})


def addressing_first(norms: list[str], region: list[int]) -> bool:
    """``region`` (the words after a cue verb) opens with a participle of addressing."""
    return bool(region) and norms[region[0]] in ADDRESSING
