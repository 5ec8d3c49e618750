"""A masculine plural cue with no subject takes the last group that spoke in its own or the
previous sentence (round 18, from blind batch 60): «وقال شهود إن … بينما قالت الشرطة إنها
…. وأضافوا بأن» → «شهود», not the police that spoke last. Pure functions of the tokens and
the speakers said so far; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker

#: Indefinite plural nouns of people that head an unnamed group of sources (normalized).
PLURAL_PEOPLE = frozenset({
    "شهود", "خبراء", "مسؤولون", "مسؤولين", "مسئولون", "سكان", "نشطاء", "ناشطون",
    "مواطنون", "اطباء", "باحثون", "محللون", "مراقبون", "قياديون", "علماء", "دبلوماسيون",
    "اعضاء", "مسؤولو", "مسئولو", "الشهود", "الباحثون", "العلماء", "الخبراء", "السكان",
})


def group_said(art, said: list, lo: int, k: int) -> tuple[Speaker, bool] | None:
    """The last speaker in ``said`` (tuples ``(cue index, speaker, person, gender)``) whose
    cue lies in tokens ``lo`` … ``k - 1`` and whose phrase opens with a plural noun of
    people; None when there is none."""
    for c, sp, person, _ in reversed(said):
        if not lo <= c < k or sp is None:
            continue
        i = art.start_at.get(sp.start)
        if i is not None and art.norms[i] in PLURAL_PEOPLE:
            return sp, person
    return None
