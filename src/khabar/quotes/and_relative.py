"""«والذين/والذي/والتي» + a verb cue ends the content of an earlier quote before the relative
(round 23, from blind batch 107): «وذكر ان الوزارة ماضية …، داعيا المتفقدين المشاركين في
اعمال هذه الورشة والذين وصفهم بأنهم "…"» — the relative clause with a report of its own is
no part of the quote before it, nor is its pronoun (round 20's
:func:`khabar.quotes.cue_stops.relative_cue_stop` does this after a comma). Pure function
of the token view; nothing here raises.
"""
from __future__ import annotations

_AND_RELATIVES = frozenset({"والذي", "والتي", "والذين", "واللذين", "واللتين", "واللواتي"})


def and_relative_stop(art, k: int, kind: str) -> int | None:
    """The index of «والذي/والتي/والذين» right before the verb cue ``k``; None otherwise."""
    if kind != "verb" or k < 1 or art.norms[k - 1] not in _AND_RELATIVES:
        return None
    return k - 1


__all__ = ["and_relative_stop"]
