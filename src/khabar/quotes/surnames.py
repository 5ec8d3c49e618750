"""Surnames after a title, for the speaker's canonical name (round 16, from blind batch 39).

A title written without the article takes a surname into a PER mention that NER reads as a
name of two words («وأضاف دكتور صمودي أن» after «وقال الدكتور علية الصمودي»): the title is no
given name, so the mention is the surname of the person named before, and takes that name.

The preposition «على» is no given name «علي» before a surname («أطلقه جمهور تشلسي على مورينيو»
is no «على مورينيو»): :func:`preposition_ala`.

A surname NER left out after a given name («وقال رئيس الغرفة، محمد بالشيخ، …» tagged «محمد»
only) is put back when the article writes that word alone right after a verb of saying
elsewhere («وشدد بالشيخ على …»): :func:`surname_after_given`.

Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from itertools import compress

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.finish import HONORIFICS
from khabar.quotes.lexicon import norm_name
from khabar.text.normalize import normalize


def titled_surname(name: str, names: dict[str, str]) -> str | None:
    """The full name of a person known by the surname in ``name`` when ``name`` is a title
    and one word («دكتور صمودي» → «علية الصمودي»); ``names`` maps a normalized surname (with
    and without ال) to a canonical name. None when ``name`` is no such pair."""
    words = name.split()
    if len(words) != 2 or normalize(words[0].rstrip(".")) not in HONORIFICS:
        return None
    full = names.get(norm_name(words[1]))
    if full is None or norm_name(full) == norm_name(name) or len(full.split()) < 2:
        return None
    return full


def preposition_ala(raw: str, start: int) -> bool:
    """The word at raw offset ``start`` is written «على» (with alef maqsura: the preposition;
    the given name is written «علي»)."""
    return raw[start:start + 3] == "على" and raw[start + 3:start + 4] in (" ", "\u00a0", "\n")


def surname_after_given(doc, toks, norms, ents: list[Entity],
                        given: frozenset[str], hits: list | None = None) -> list[Entity]:
    """``ents`` with each one-token PER mention that is a given name of ``given`` (folded
    forms) extended over the next word, when that word follows it after one space, has no
    article, is no particle (complementizer, preposition: «إن», «عن»), and stands elsewhere in the article right after a cue verb («وشدد بالشيخ»); the
    canonical becomes the two words as written. ``hits``: the cue form of each word of
    ``norms`` (:func:`~khabar.quotes.cues.cue_form`), when the caller has them."""
    from khabar.quotes.namewords import fold
    starts = [t.start for t in toks]
    # words right after a cue (``hits``: the cue form of each of ``norms``, when known)
    after_cue = set(compress(norms[1:], hits if hits is not None else map(cue_form, norms)))
    out = []
    for e in ents:
        i = bisect.bisect_left(starts, e.start)
        j = i + 1
        if e.label == "PER" and i < len(toks) and toks[i].start == e.start and \
                toks[i].end == e.end and j < len(toks) and fold(norms[i]) in given and \
                doc.raw[toks[i].end:toks[j].start] == " " and not norms[j].startswith("ال") \
                and norms[j] in after_cue and norms[j][:1].isalpha() and \
                norms.count(norms[j]) > 1 and cue_form(norms[j]) is None and \
                len(norms[j]) > 3 and not is_complementizer(norms[j]) and \
                norms[j] not in C.PHRASE_STOPS:
            e = Entity(e.start, toks[j].end, e.label,
                       " ".join(doc.repaired(Span(e.start, toks[j].end)).split()))
        out.append(e)
    return out


__all__ = ["preposition_ala", "surname_after_given", "titled_surname"]
