"""Given names the person gazetteer lacks (no logic), in folded spelling
(:func:`khabar.quotes.namewords.fold`: normalized, ة→ه, ى→ي, no article).

Maghrebi women's given names read from blind batches 91–92 (round 21) and their common
siblings; names that are also everyday nouns heading a construct («حياة» "the life of",
«أحلام» "the dreams of", «زهرة», «سيدة») are left out on purpose.
"""
from __future__ import annotations

#: Women's given names (folded) that NER leaves out before a surname it tags.
FEMALE_GIVEN = frozenset({
    "نزيهه", "بشري", "الفه", "سنيه", "منيه", "نجيبه", "فوزيه", "راضيه", "وداد", "هنده",
    "بدره", "ساميه", "منجيه", "نبيهه", "جليله", "نوره", "نزهه", "كلثوم", "نعيمه", "حليمه",
    "ربيعه", "دليله", "رشيده", "صابره",
})

__all__ = ["FEMALE_GIVEN"]
