"""The clause a participle cue («قائلا», «واصفة») belongs to, when it is not the sentence's
main clause (round 20, from blind batch 70):

- a relative «ما/الذي/التي» + a verb with its resumptive object pronoun, then the verb's
  subject right before the participle, no comma between («وهو ما أدانته منظمات حقوقية
  واصفة …»): that subject speaks (the verb-object-subject order leaves no doubt);
- a participle whose gender differs from every cue of its sentence, after «أن» + a named
  person whose verb it follows («وذكرت صحيفة "الإندبندت" أن هيليل نوير، …، انتقد هذه
  الخطوة قائلا إن …»): the person after «أن», not the outlet.

Pure functions of the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from khabar.document import Entity, Speaker
from khabar.quotes.cues import Cue, is_complementizer
from khabar.quotes.marks import Article

#: Relatives before a verb with a resumptive object pronoun («ما أدانته», «الذي رفضه»).
_RELATIVES = frozenset({"ما", "الذي", "التي", "والذي", "والتي"})
#: Object pronoun suffixes, normalized («ـه» is also a folded «ة»: the relative decides).
_OBJECT_SUFFIXES = ("ها", "هم", "هما", "ه")
_STOPS = frozenset({"،", ",", ":", ";", "؛", "(", ")"})


def relative_subject(art: Article, k: int) -> list[int] | None:
    """Tokens of the subject of «ما/الذي/التي VERB+pronoun» right before participle ``k``
    (one to three words, no punctuation between), else None."""
    for v in range(k - 2, max(0, k - 5), -1):
        between = range(v + 1, k)
        if any(art.norms[i] in _STOPS or art.is_quote(i) or art.is_end(i) for i in between):
            return None
        nv = art.norms[v]
        if v >= 1 and art.norms[v - 1] in _RELATIVES and len(nv) >= 4 and \
                nv.endswith(_OBJECT_SUFFIXES) and not nv.startswith("ال"):
            words = art.toks[v + 1].words
            # a noun opens the subject («منظمات»), not a preposition («التي سيجريها
            # لنظيره الأمريكي مؤكدا»: an adjunct, the subject is the verb's own)
            noun = bool(words) and words[0].upos in ("NOUN", "PROPN", "X")
            return list(between) if noun else None
    return None


def person_after_complementizer(art: Article, lo: int, k: int,
                                entities_in: Callable[[int, int], Sequence[Entity]]
                                ) -> Entity | None:
    """The PER mention right after the last «أن/إن» between tokens ``lo`` and participle
    ``k`` of one sentence («أن هيليل نوير، …، انتقد …، قائلا»), with no other complementizer
    after it; None when there is none."""
    for c in range(k - 2, lo - 1, -1):
        if not is_complementizer(art.norms[c]):
            continue
        nxt = art.toks[c + 1]
        found = [e for e in entities_in(nxt.start, nxt.end)
                 if e.label == "PER" and e.start == nxt.start]
        return found[0] if found else None
    return None


def participle_clause_speaker(rules: Any, cue: Cue, i: int) -> tuple[Speaker | None, bool] | None:
    """The speaker of participle ``cue`` from its own clause (the two cases above), for the
    speaker rules ``rules`` (their ``art``, ``said``, ``entities_in`` and ``_subject``);
    ``i`` is the token before the sentence. None when neither case applies."""
    art, k = rules.art, cue.index
    near = relative_subject(art, k)     # «ما أدانته منظمات حقوقية واصفة»
    if near is not None and cue.gender == "f" and art.norms[near[0]].endswith(("ون", "ين")):
        near = None     # «التي وجهها المحتجون للقاضية … موضحة»: a masculine plural subject
        #                 does not agree with the feminine participle
    if near is not None:
        found = rules._subject(cue, near)
        if found[0] is not None:
            return found
    genders = [g for c, _, _, g in rules.said if i < c < k]
    if cue.gender and genders and all(g and g != cue.gender for g in genders):
        e = person_after_complementizer(art, i + 1, k, rules.entities_in)
        if e is not None:   # «وذكرت صحيفة … أن هيليل نوير … انتقد … قائلا»
            return Speaker(e.start, e.end, e.canonical), True
    return None
