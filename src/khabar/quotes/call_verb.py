"""«دعا» (to call on someone to do something) reports no speech and is no cue (round 23: no
gold quote in batches 1–108 has it; «ودعا الحاضرات إلى أن يكن …» took the object as a
speaker), but a clause of its own still ends the search for an earlier cue's complementizer:
«وأكدت الحرص على مزيد العناية …، داعية نقابة اطباء الاسنان إلى مواصلة … خاصة وان» — the
«وان» is no complement of «وأكدت» (:func:`call_verb`).

Pure function of a normalized token; nothing here raises on ordinary input.
"""
from __future__ import annotations

#: Forms (normalized, no «و/ف») of «دعا»: past, imperfect, participle.
CALL_FORMS = frozenset({"دعا", "دعت", "دعوا", "دعون", "يدعو", "تدعو", "يدعون", "تدعون",
                        "ندعو", "ادعو", "داعيا", "داعيه", "داعين", "داعيين", "داعيات"})


def call_verb(norm: str) -> bool:
    """``norm`` (a normalized token) is a form of «دعا», a «و» or «ف» before it allowed."""
    return norm in CALL_FORMS or (norm[:1] in "وف" and norm[1:] in CALL_FORMS)


__all__ = ["CALL_FORMS", "call_verb"]
