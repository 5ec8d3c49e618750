"""A title's place glued to «لـ» (round 19, from blind batch 65): «وشدد الرئيس المحتمل لفرنسا
على أن …» — the last word of the subject is the country the title governs, not a name, so no
name is guessed from «المحتمل لفرنسا» and the description resolves to the person it stands for.
Pure functions of normalized words; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Container


def lam_place(norm: str, places: Container[str]) -> bool:
    """Normalized word ``norm`` is a place of ``places`` glued to «لـ» («لفرنسا», «للجزائر»
    read as «الجزائر»)."""
    if norm.startswith("لل") and len(norm) > 4 and "ال" + norm[2:] in places:
        return True
    return norm.startswith("ل") and len(norm) > 3 and norm[1:] in places


#: Indefinite heads of a unit inside a body («رئيسة قسم علم الأوبئة», «مدير وحدة الطب
#: الشرعي»), normalized: the words after them are the unit's field in a construct, no name.
UNIT_HEADS = frozenset({"قسم", "شعبه", "وحده", "مصلحه", "كليه", "دائره", "مختبر", "مخبر",
                        "اداره", "مكتب", "فرع"})


def unit_head(norm: str) -> bool:
    """Normalized word ``norm`` is an indefinite unit head (:data:`UNIT_HEADS`)."""
    return norm in UNIT_HEADS
