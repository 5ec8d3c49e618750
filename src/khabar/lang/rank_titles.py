"""Rank titles written like a person's name (round 22): the Tunisian police rank «حافظ
الأمن» («guardian of security», a rank of the national security corps) starts with the given
name «حافظ», so NER tags it PER. Normalized two-word forms, the feminine too."""
from __future__ import annotations

#: Rank titles whose first word is also a given name (normalized).
NAME_LIKE_RANKS = frozenset({"حافظ الامن", "حافظ امن", "حافظه الامن", "حافظه امن"})

__all__ = ["NAME_LIKE_RANKS"]
