"""Abbreviations that end in a full stop without ending a sentence (data only, no logic).

Used by :mod:`khabar.segment.sentences`. Entries are written without their final full stop;
inner full stops are kept (``"ص.ب"`` is «ص.ب.»). Latin entries are matched case-insensitively
(stored lowercase).
"""
from __future__ import annotations

# Arabic: any single Arabic letter followed by a full stop is an abbreviation («د.» doctor,
# «م.» after a year, «هـ.» hijri, «ص.» page, «ج.» part, «ت.» telephone, «ق.» before ...).
# The splitter treats every single letter so; the multi-letter forms below are the others.
ARABIC = frozenset({
    "هـ",      # hijri (with tatweel)
    "أ.د", "ا.د",  # professor doctor
    "ص.ب",     # post office box
    "ق.م",     # before Christ
    "ج.م.ع",   # Arab Republic of Egypt
    "م.م",
    "ش.م.م", "ش.م.ع", "ش.م.ب", "ش.م.ك",  # company forms
    "د.ك", "ر.س", "د.إ", "ج.م", "ل.ل", "د.ت",  # currencies
    "م.ب", "ت.ض",
    "سم", "كلم", "كغ", "كجم", "ملم",  # units written with a stop in some papers
    "انظر",
})

# Latin abbreviations (lowercase, no final stop). Titles and frequent news abbreviations.
LATIN = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "capt", "sgt",
    "gov", "sen", "rep", "rev", "hon", "pres", "mt", "ft", "ave", "blvd", "rd",
    "inc", "ltd", "co", "corp", "bros", "no", "nos", "vol", "vols", "pp", "p", "fig", "figs",
    "ed", "eds", "est", "approx", "dept", "univ", "assn", "intl", "vs", "etc", "al", "cf",
    "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "ph.d", "b.a", "m.a", "m.d",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "mme", "mlle", "m",
})
