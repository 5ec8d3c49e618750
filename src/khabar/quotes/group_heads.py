"""A group named by an indefinite head and its genitive that opens a sentence's verb clause
(«ورفض فريق ترامب التعليق على …، مؤكدا أن», «وطالبت عائلة الضحية بـ …، مشيرة إلى أن»; round
18): the unnamed subject of a participle later in the sentence, the head and the genitive
alone (the object after them is no part of it). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.text.normalize import normalize

#: Indefinite heads of a group of people named by whom they belong to.
GROUP_HEADS = frozenset(normalize(w) for w in ("فريق", "عائلة", "أسرة", "أهالي", "أنصار"))


def group_subject(norms: list[str], region: list[int]) -> list[int] | None:
    """The tokens of ``region`` (the words after the sentence's opening verb) that name a
    group: its head and the one genitive word after it; None when ``region`` opens otherwise."""
    if len(region) < 2 or norms[region[0]] not in GROUP_HEADS:
        return None
    gen = norms[region[1]]
    if not gen.isalpha() or gen in ("علي", "في", "من", "عن", "الي"):
        return None
    return region[:2]
