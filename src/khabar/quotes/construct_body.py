"""A body first named in the construct state, «<head> <definite noun> [في <place>]» («أعلنت
سلطة الطاقة في قطاع غزة …»), that a later one-word definite head refers back to («وقالت
السلطة …»; round 17). A body's name ends before an indefinite noun in construct right after
its definite words («كما استنكرت وزارة المرأة والاسرة والطفولة طريقة تناول …»: the verb's
object, :func:`construct_object`; round 18). Nothing here raises on ordinary input."""
from __future__ import annotations

from typing import Any, Sequence

from khabar.document import Entity, Span, Speaker


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def construct_object(art: Any, region: Sequence[int], n: int) -> bool:
    """Token ``region[n]`` (n > 1) is an indefinite noun after a definite word and followed by
    another noun («… والطفولة طريقة تناول»): a construct phrase that begins the verb's object,
    no part of the body's name before it."""
    if n < 2 or n + 1 >= len(region):
        return False
    i = region[n]
    nm, prev = art.norms[i], art.norms[i - 1]

    def tagged(j: int, tags: tuple[str, ...]) -> bool:
        words = art.toks[j].words
        return len(words) == 1 and words[0].upos in tags
    # (the verbal noun after it is often tagged VERB: «تناول»)
    return nm.isalpha() and not nm.startswith(("ال", "وال", "لل", "بال")) and \
        prev.startswith(("ال", "وال")) and tagged(i, ("NOUN",)) and \
        tagged(region[n + 1], ("NOUN", "VERB")) and art.norms[region[n + 1]].isalpha()


def construct_head(norms: Sequence[str], j: int, head: str) -> bool:
    """``norms[j]`` is the definite ``head`` in the construct state, a definite genitive
    after it («سلطة الطاقة» for «السلطة»)."""
    return head.startswith("ال") and norms[j] == _bare(head) and j + 1 < len(norms) and \
        norms[j + 1].startswith("ال") and norms[j + 1].isalpha()


def construct_body(art: Any, j: int, ents: Sequence[Entity]) -> Speaker | None:
    """The body whose construct head is token ``j`` of ``art``: the head, its definite
    genitive, and «في» + a place ending in a LOC mention two tokens on at most («في قطاع
    غزة», «في تونس»); None when ``j`` opens no such body."""
    if j + 1 >= art.n or not art.norms[j + 1].startswith("ال"):
        return None
    end = j + 1
    if end + 2 < art.n and art.norms[end + 1] == "في":
        for last in (end + 2, end + 3):
            tok = art.toks[min(last, art.n - 1)]
            if last < art.n and any(e.label == "LOC" and e.end == tok.end and
                                    e.start >= art.toks[end + 2].start for e in ents):
                end = last
                break
    s, e = art.toks[j].start, art.toks[end].end
    return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))


__all__ = ["construct_object", "construct_body", "construct_head"]
