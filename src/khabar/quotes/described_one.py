"""The one described after «وصف» (round 19, from blind batch 62): «وأعلن تنظيم "داعش"
مسؤوليته عن الهجوم ووصف عامري بأنه واحد من "جنود التنظيم"» — a person's name alone between
«وصف» (no object pronoun on the verb) and «بأنه/بأنها» is the verb's object, the one
described: the subject is dropped and comes from the sentence («ووصف الوزير الاتفاق بأنه»
keeps its subject: two nouns; «ووصفها الوزير بأنها»: the object is the pronoun). Pure
function of the token view and the entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Entity
from khabar.quotes.marks import Article

#: The bare verb forms (normalized; no object pronoun).
_FORMS = frozenset({"وصف", "ووصف", "وصفت", "ووصفت"})
#: «بأنه» / «بأنها» (normalized).
_BI_ANNA = frozenset({"بانه", "بانها"})


def described_person(art: Article, k: int, t: int, region: Sequence[int],
                     ents: Sequence[Entity]) -> bool:
    """Whether ``region`` (tokens between the cue ``k`` and its trigger ``t``) is one person
    name, the object of a bare «وصف» before «بأنه/بأنها» (module docstring)."""
    if not region or art.norms[k] not in _FORMS or t >= len(art.norms) or \
            art.norms[t] not in _BI_ANNA or region[-1] != t - 1:
        return False
    s, e = art.toks[region[0]].start, art.toks[region[-1]].end
    return any(m.label == "PER" and m.start == s and m.end == e for m in ents)
