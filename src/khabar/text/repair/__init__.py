"""Repair of scraped text (placeholder: proposes nothing yet)."""
from __future__ import annotations

from khabar.document import Repair


def propose_repairs(raw: str) -> list[Repair]:
    """Repairs of ``raw`` as sorted, non-overlapping spans."""
    return []
