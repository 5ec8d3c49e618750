"""A body named by a head word before an organisation's name (round 19, from blind batch 61):
«وأكد صندوق الأمم المتحدة للطفولة (اليونيسف) أن» — NER tags «الأمم المتحدة للطفولة» and the
speaker phrase «صندوق الأمم المتحدة للطفولة» was left unnamed. A speaker with no canonical
name whose span is one indefinite body head («صندوق», «برنامج», «مفوضية» …) followed by
exactly one ORG mention is that named body: its canonical is the span as written. Pure
function; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Entity, Speaker
from khabar.text.normalize import normalize

#: Indefinite heads of a body named after a larger organisation (normalized).
BODY_HEADS = frozenset({"صندوق", "برنامج", "مفوضيه", "منظمه", "وكاله", "هيئه", "مكتب"})


def headed_org(raw: str, ents: Sequence[Entity], sp: Speaker) -> Speaker | None:
    """``sp`` named by its own text when it is «<body head> <ORG mention>»; None otherwise."""
    if sp.canonical is not None:
        return None
    words = raw[sp.start:sp.end].split()
    if len(words) < 3 or normalize(words[0]) not in BODY_HEADS:
        return None
    rest = sp.start + len(words[0]) + 1
    if not any(e.label == "ORG" and e.start == rest and e.end == sp.end for e in ents):
        return None
    return Speaker(sp.start, sp.end, " ".join(words))
