"""Person names NER missed, two words right after a cue verb (round 20, from blind batches
79–80). Pure functions of the token view and the mentions; nothing here raises on ordinary
input.

- «اعتبرت مباركة عواينية أرملة الشهيد محمد البراهمي، "أن …"»: two words right after a cue
  verb, the first shaped like a given name (no article, no title, head or cue word) and the
  second a word of letters, then a kinship word or an indefinite title head («أرملة», «زوجة»,
  «رئيس», «أمين» …): the two words are the name of the one so described, not part of the
  description — :func:`name_before_description`.
- «طالبت الأمينة العامة لحزب تونس للجميع سندة التونسي، …» … «وبينت سندة التونسي أن»: the
  same two words after a cue verb and before its complementizer, the first shaped like a
  given name, written elsewhere in the article too: a person's full name, at every place it
  is written — :func:`repeated_names_after_cue`.
"""
from __future__ import annotations

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import MEDIA_HEADS
from khabar.quotes.marks import Article
from khabar.quotes.missed import _covered, _given_name
from khabar.quotes.relatives import KIN_WORDS
from khabar.text.normalize import normalize

#: Kinship words (normalized) that describe the person named right before them.
_KIN = frozenset(normalize(w) for w in KIN_WORDS)


def _surname(art: Article, ents: list[Entity], i: int) -> bool:
    """Token ``i`` may be the second word of a name: a word of letters, no title, head, stop or cue word, not covered by a mention."""
    nm = art.norms[i]
    tok = art.toks[i]
    return (nm.isalpha() and len(nm) > 2 and nm not in C.TITLE_WORDS
            and nm not in C.SOURCE_HEADS and nm not in C.ORG_HEADS and nm not in MEDIA_HEADS
            and nm not in C.PHRASE_STOPS and cue_form(nm) is None and nm not in _KIN
            and not _covered(ents, tok.start, tok.end))


def _entity(art: Article, g: int, s: int) -> Entity:
    """The PER entity of tokens ``g`` to ``s``, its canonical the repaired text."""
    b, e = art.toks[g].start, art.toks[s].end
    return Entity(b, e, "PER", " ".join(art.doc.repaired(Span(b, e)).split()))


def _tagged(art: Article, i: int, tags: tuple[str, ...]) -> bool:
    """Every word of token ``i`` has a part of speech in ``tags``."""
    words = art.toks[i].words
    return bool(words) and all(w.upos in tags for w in words)


def _name_pair(art: Article, ents: list[Entity], g: int) -> bool:
    """Tokens ``g`` and ``g + 1`` may be a given name and a surname no mention covers: a
    noun-like first word (not «بما يوليه») and a second tagged as a proper noun or an
    adjective (a nisba), not a common noun («سائق السيارة»)."""
    return g + 1 < art.n and _given_name(art, ents, g) and _surname(art, ents, g + 1) and \
        art.norms[g] not in MEDIA_HEADS and art.norms[g] not in _KIN and \
        _tagged(art, g, ("NOUN", "PROPN", "X", "ADJ")) and \
        _tagged(art, g + 1, ("PROPN", "X", "ADJ"))


def name_before_description(art: Article, ents: list[Entity]) -> list[Entity]:
    """PER entities for «<cue verb> <given> <surname> <kin word / indefinite title> …»
    (module docstring)."""
    out: list[Entity] = []
    for k in art.verb_cues:
        if k >= art.n - 3:
            break
        if not _name_pair(art, ents, k + 1):
            continue
        nxt = art.norms[k + 3]
        if nxt in _KIN or (nxt in C.TITLE_WORDS and not nxt.startswith("ال")):
            out.append(_entity(art, k + 1, k + 2))
    return out


def repeated_names_after_cue(art: Article, ents: list[Entity]) -> list[Entity]:
    """PER entities for «<cue verb> <given> <surname> أن» when the two words are written
    elsewhere in the article too (module docstring), at every place they are written."""
    out: list[Entity] = []
    done: set[tuple[str, str]] = set()
    for k in art.verb_cues:
        if k >= art.n - 3:
            break
        if not is_complementizer(art.norms[k + 3]) or not _name_pair(art, ents, k + 1):
            continue
        pair = (art.norms[k + 1], art.norms[k + 2])
        if pair in done:
            continue
        at = [g for g in range(art.n - 1) if (art.norms[g], art.norms[g + 1]) == pair and
              not _covered(ents, art.toks[g].start, art.toks[g + 1].end)]
        if len(at) < 2:
            continue
        done.add(pair)
        out.extend(_entity(art, g, g + 1) for g in at)
    return out


__all__ = ["name_before_description", "repeated_names_after_cue"]
