"""Number-word tables of :mod:`khabar.temporal.numbers`: the :mod:`khabar.lang.units` word
lists keyed by their normalized form (:func:`khabar.temporal._tokens.norm_key`).

Built once at import from the small constant lists (a few hundred entries, no I/O).
"""
from __future__ import annotations

from khabar.lang import units as U
from khabar.temporal._tokens import norm_key


def _fold(d: dict) -> dict:
    """``d`` with every key normalized. Raises nothing."""
    return {norm_key(k): v for k, v in d.items()}


ONES = _fold(U.ONES)
TEEN_FIRST = _fold(U.TEEN_FIRST)
TEEN_TEN = {norm_key(w) for w in U.TEEN_TEN}
TENS = _fold(U.TENS)
HUNDREDS = _fold(U.HUNDREDS)
SCALES = _fold(U.SCALES)
SCALES_DUAL = _fold(U.SCALES_DUAL)
SCALES_PLURAL = _fold(U.SCALES_PLURAL)
FRACTIONS = _fold(U.FRACTIONS)
PERCENT_WORDS = {norm_key(w) for w in U.PERCENT_WORDS}
PERCENT_AFTER_FI = {norm_key(w) for w in U.PERCENT_AFTER_FI}
UNITS = _fold(U.UNITS)
CURRENCY_PHRASES = _fold(U.CURRENCY_PHRASES)
_WORDS = set(ONES) | set(TEEN_FIRST) | set(TENS) | set(HUNDREDS) | set(SCALES) \
    | set(SCALES_DUAL) | set(SCALES_PLURAL) | set(FRACTIONS)
NUMBER_WORDS = frozenset(_WORDS)
