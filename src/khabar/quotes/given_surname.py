"""Given name and surname NER split apart (round 23, from blind batches 107–108). Pure
functions of the token view and the mentions; nothing here raises on ordinary input.

- A Maghrebi surname in «بو…» right after a PER mention that is a known given name alone
  («وأكدت مريم بوسلامة طبيبة مشرفة …» tagged «مريم»): the mention goes on over the surname
  (the segmenter reads the «ب» as a preposition, so NER stops before it) —
  :func:`bu_surname_after_given`.
- A given name the gazetteer lacks right before a one-word PER mention that ends a title
  chain («المدير التنفيذي للنقابة الوطنية للصحفيين التونسيين فاهم بوكدوس،» tagged
  «بوكدوس»): a word with no article, no title, head, stop or cue word, between a definite
  word of the title and the mention, is the given name; the mention starts there and the bare
  surname elsewhere («وقال بوكدوس») takes the full name — :func:`given_before_surname`. Not
  when the mention's canonical is a fuller name already («رئيس المجلس الدستوري فوز ماكرون»,
  canonical «إيمانويل ماكرون»), nor when the article writes the word without the surname.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.given_before import _renamed
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective, places
from khabar.quotes.marks import Article
from khabar.quotes.namewords import first_names, fold
from khabar.text.normalize import normalize

#: How many tokens before the given name a title word may stand («المدير التنفيذي للنقابة
#: الوطنية للصحفيين التونسيين فاهم»).
_TITLE_REACH = 7


def _plain_word(art: Article, i: int) -> bool:
    """Token ``i`` is a word of letters with no article that is no title, head, stop, cue,
    complementizer, place or place nisba."""
    nm = art.norms[i]
    return (nm.isalpha() and len(nm) > 2 and not nm.startswith("ال")
            and nm not in C.TITLE_WORDS and nm not in C.ORG_HEADS and nm not in C.SOURCE_HEADS
            and nm not in MEDIA_HEADS and nm not in C.PHRASE_STOPS and cue_form(nm) is None
            and not is_complementizer(nm) and nm not in places() and not is_place_adjective(nm))


def _covered(ents: list[Entity], start: int, end: int) -> bool:
    return any(e.start < end and start < e.end for e in ents)


def _token_of(art: Article, starts: list[int], e: Entity) -> int | None:
    """The index of the one token ``e`` spans exactly (``starts``: the token starts), else
    None."""
    i = bisect.bisect_left(starts, e.start)
    if i < art.n and art.toks[i].start == e.start and art.toks[i].end == e.end:
        return i
    return None


def bu_surname_after_given(art: Article, ents: list[Entity],
                           all_ents: list[Entity]) -> list[Entity]:
    """``ents`` with each one-word PER mention that is a known given name extended over a
    «بو…» word (five letters or more) after it (one space, in no other mention)."""
    given = first_names() | FEMALE_GIVEN
    starts = [t.start for t in art.toks]
    out = []
    for e in ents:
        i = _token_of(art, starts, e) if e.label == "PER" else None
        j = i + 1 if i is not None else None
        if i is not None and j < art.n and fold(art.norms[i]) in given and \
                art.raw[art.toks[i].end:art.toks[j].start] == " " and \
                art.norms[j].startswith("بو") and len(art.norms[j]) >= 5 and \
                _plain_word(art, j) and \
                not _covered(all_ents, art.toks[j].start, art.toks[j].end):
            end = art.toks[j].end
            e = Entity(e.start, end, "PER", " ".join(art.doc.repaired(Span(e.start, end)).split()))
        out.append(e)
    return out


def _after_title(art: Article, i: int) -> bool:
    """A title word stands among the ``_TITLE_REACH`` tokens before token ``i``, with no
    punctuation or quotation mark between."""
    for j in range(i - 1, max(-1, i - 1 - _TITLE_REACH), -1):
        nm = art.norms[j]
        if not nm[:1].isalnum() or art.is_quote(j):
            return False
        if nm in C.TITLE_WORDS:
            return True
    return False


def _pairs(art: Article, g: int) -> int:
    """How often the article writes tokens ``g`` and ``g + 1`` one after the other."""
    a, b = art.norms[g], art.norms[g + 1]
    return sum(1 for j in range(art.n - 1) if art.norms[j] == a and art.norms[j + 1] == b)


def given_before_surname(art: Article, ents: list[Entity],
                         all_ents: list[Entity]) -> list[Entity]:
    """``ents`` with each one-word PER mention preceded (one space) by a plain word that
    follows a definite word of a title chain moved back over that word (module docstring)."""
    moved: dict[int, tuple[int, str]] = {}
    starts = [t.start for t in art.toks]
    for n, e in enumerate(ents):
        i = _token_of(art, starts, e) if e.label == "PER" else None
        if i is None or i < 3:
            continue
        g = i - 1
        gt = art.toks[g]
        if art.raw[gt.end:e.start] != " " or not _plain_word(art, g) or \
                not art.norms[g - 1].startswith("ال") or art.norms[g - 1] in C.PHRASE_STOPS or \
                _covered(all_ents, gt.start, gt.end) or not _after_title(art, g):
            continue
        if normalize(e.canonical) != art.norms[i] or \
                art.norms.count(art.norms[g]) != _pairs(art, g):
            continue    # a fuller name known («فوز ماكرون»), or a word written on its own too
        moved[n] = (gt.start, " ".join(art.doc.repaired(Span(gt.start, e.end)).split()))
    return _renamed(art.raw, ents, moved) if moved else ents


__all__ = ["bu_surname_after_given", "given_before_surname"]
