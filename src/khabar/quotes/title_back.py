"""A definite title tagged as a name («وأضاف الوالي أن …», NER: the family name «الوالي») after
the same title stood in construct before a named person earlier in the article («أكد والي
المهدية، محمد بودن، …»; round 20): a description of that person, who is the speaker.
Pure function of the tokens and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.marks import Article

#: «الرئيس» after «رئيس الحكومة …» is most often another man (the head of state).
_NOT_BACK = frozenset({"رئيس", "رئيسه"})
#: Words between the bare title and the name: its complement (a place, a body), commas.
_MAX_GAP = 4


def titled_before(art: Article, tok: int, e: Entity,
                  entities_in: Callable[[int, int], Sequence[Entity]]) -> Entity | None:
    """Mention ``e`` is the single definite token ``tok`` whose bare form is a title word
    («الوالي» → «والي»), and that bare title stood earlier followed, within four words of its
    complement, by a PER mention of another text («والي المهدية، محمد بودن»): that mention
    (the closest such title before), else None."""
    t = art.toks[tok]
    nm = art.norms[tok]
    if e.start != t.start or e.end != t.end or not nm.startswith("ال") or \
            nm[2:] not in C.TITLE_WORDS or nm[2:] in _NOT_BACK:
        return None
    bare = nm[2:]
    own = " ".join(art.raw[e.start:e.end].split())
    for j in range(tok - 1, -1, -1):
        if art.norms[j] not in (bare, "و" + bare):
            continue
        for k in range(j + 1, min(j + 1 + _MAX_GAP, tok)):
            if art.norms[k] in (".", "؟", "!") or art.norms[k] in C.TITLE_WORDS:
                break
            found = [p for p in entities_in(art.toks[k].start, art.toks[k].end)
                     if p.label == "PER" and p.start == art.toks[k].start and
                     " ".join(art.raw[p.start:p.end].split()) != own]
            if found:
                return found[0]
    return None
