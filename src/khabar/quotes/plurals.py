"""Indefinite plurals of organisation heads as subjects (round 16, from blind batch 38):
«وقالت منظمات حقوق الإنسان الفلسطينية والإسرائيلية إن» is a group of bodies, an unnamed
source (the phrase), even when NER tags the phrase ORG. Pure functions of normalized
tokens; nothing raises."""
from __future__ import annotations

#: Indefinite plurals of organisation heads (normalized forms).
PLURAL_BODY_HEADS = frozenset({
    "منظمات", "جمعيات", "نقابات", "احزاب", "شركات", "هيئات", "مؤسسات", "وكالات",
    "اتحادات", "حركات", "جماعات",
})


def plural_body(head: str) -> bool:
    """``head`` (the first normalized token of a subject) is an indefinite plural of an
    organisation head («منظمات», «جمعيات»): the subject names no one body."""
    return head in PLURAL_BODY_HEADS
