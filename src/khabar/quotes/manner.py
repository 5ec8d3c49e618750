"""Manner participles right after a cue (round 18, from blind batch 59): «وتقول مازحة "…"»,
«وقالت ضاحكة إن» — the participle is a circumstantial (حال) of the implicit subject, not the
subject itself (the masculine «مازحا» is already read as an accusative). Pure functions of
normalized tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

#: Stems of participles of manner or mood (normalized, without the final ه / ا).
MANNER_STEMS = frozenset({
    "مازح", "ممازح", "ضاحك", "مبتسم", "باكي", "ساخر", "متهكم", "متسائل", "مستنكر",
    "متحسر", "غاضب", "منفعل", "متاثر", "مستغرب", "متعجب", "متحمس", "متفائل", "مبتهج",
    "مداعب", "متنهد", "مستهزئ", "متوعد", "متباهي", "متفاخر", "مفتخر",
})


def manner_participle(norm: str) -> bool:
    """``norm`` (one normalized token) is a manner participle, feminine («مازحه») or
    masculine accusative («مازحا»)."""
    return len(norm) > 3 and norm[-1] in "ها" and norm[:-1] in MANNER_STEMS


def manner_only(norms: list[str], region: list[int]) -> bool:
    """``region`` (the token indices between a cue and its complement) is one manner
    participle and nothing else: the cue has no subject of its own there."""
    return len(region) == 1 and manner_participle(norms[region[0]])
