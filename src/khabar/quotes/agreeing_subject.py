"""Round 20 (blind batches 81–82): a report nested in a report whose verb does not agree with
the speaker of the outer report. «كما أفاد الشيباني، بأن خبراء المعهد الوطني للتراث، قد أكدوا
أنها …» (a plural verb), «وقال …، إن دراسة ثانية أنجزها المعهد …، أظهرت، أيضا، أن …» (a
feminine verb after a man): the subject is the noun phrase that opens the complement clause
of the outer report, an unnamed source, not the person who spoke last. Used by
:meth:`khabar.quotes.speakers.Speakers.resolve` in place of the implicit speaker. Nothing here
raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable

from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article

#: Complementizers that open the outer report's clause, normalized.
_OPENERS = frozenset({"ان", "بان"})
#: Words that may stand between the subject phrase and the verb.
_BETWEEN = frozenset({"،", ",", "قد", "ايضا", "بدورها", "بدورهم"})


def plural_verb(norm: str) -> bool:
    """A perfect or imperfect verb form in the masculine plural («أكدوا», «يؤكدون»)."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return bare.endswith("وا") or (bare.endswith("ون") and bare[:1] in "يت")


def opening_subject(art: Article, k: int, feminine: bool,
                    is_name: Callable[[int], bool]) -> tuple[int, int] | None:
    """Token range of the noun phrase after the nearest «أن/إن/بأن» before the verb cue at
    ``k`` in its sentence (within 25 tokens): its head is a noun that is no name
    (``is_name``), feminine (ة) when ``feminine``; the phrase runs over adjectives and
    definite genitives, up to four words, stopping at a verb, a comma or a mark. None when
    there is no such phrase."""
    c = k - 1
    while c >= 0 and k - c <= 25 and not art.is_end(c) and art.norms[c] not in _OPENERS:
        c -= 1
    if c < 0 or k - c > 25 or art.is_end(c) or art.norms[c] not in _OPENERS:
        return None
    h = c + 1
    if h >= k or is_name(h) or not art.norms[h][:1].isalpha():
        return None
    words = art.toks[h].words
    if not words or words[-1].upos != "NOUN" or (feminine and not art.norms[h].endswith("ه")):
        return None
    end = h
    while end + 1 < k and end - h < 3 and art.norms[end + 1][:1].isalpha() and \
            not art.is_quote(end + 1) and art.toks[end + 1].words and \
            (art.toks[end + 1].words[-1].upos == "ADJ" or is_place_adjective(art.norms[end + 1])
             or (art.norms[end + 1].startswith(("ال", "لل")) and
                 art.toks[end + 1].words[-1].upos in ("NOUN", "ADJ"))):
        end += 1
    between = range(end + 1, k)
    if not feminine and any(art.norms[i] not in _BETWEEN for i in between):
        return None     # a plural verb: the phrase right before it («…، قد أكدوا»)
    return h, end
