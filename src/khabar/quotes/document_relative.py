"""A document subject with a relative verb of its own before the cue (round 19, from blind
batches 63–64): «لكن دراسة نشرتها دورية (ساينس) أشارت إلى أن» — the study is the speaker
(SVO), not an earlier study — :func:`doc_relative_before`. Pure function of the token layer;
nothing here raises on ordinary input.
"""
from __future__ import annotations

#: Words that may stand right before a sentence-initial document subject.
_OPENERS = frozenset({"لكن", "ولكن", "و", "كما", ".", "،", ",", "؛", ":"})


def doc_relative_before(art, k: int) -> int | None:
    """The start (a character offset) of a document subject written before the cue verb ``k`` with a
    relative verb of its own («لكن دراسة نشرتها دورية (ساينس) أشارت إلى أن», «ودراسة أجراها
    باحثون … أظهرت أن»): a document head (:data:`~khabar.quotes.lexicon.DOC_HEADS`, bare or
    definite) opening its clause, right after it a verb with an attached pronoun, then up to
    five words with no verb nor comma up to the cue; None otherwise."""
    from khabar.quotes.lexicon import DOC_HEADS
    for h in range(max(0, k - 8), k - 2):
        head = art.norms[h]
        head = head[1:] if head[:1] == "و" and head[1:].removeprefix("ال") in DOC_HEADS \
            else head
        bare = head[2:] if head.startswith("ال") else head
        if bare not in DOC_HEADS:
            continue
        if h > 0 and art.norms[h - 1] not in _OPENERS:
            continue
        rel = [w.upos for w in art.toks[h + 1].words]
        if rel[:1] != ["VERB"] or "PRON" not in rel[1:]:
            continue
        mid = range(h + 2, k)
        if all("VERB" not in [w.upos for w in art.toks[j].words] and
               art.norms[j] not in ("،", ",", ".", "؛") for j in mid):
            return art.toks[h].start + (head != art.norms[h])  # after a glued «و»
    return None


__all__ = ["doc_relative_before"]
