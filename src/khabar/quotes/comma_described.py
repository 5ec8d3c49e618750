"""A person NER missed, named right after a cue verb and described after a comma (round 23,
from blind batch 107): «قالت هدى نقض، أرملة الضحية لطفي نقض، إن …». NER tagged no person
(«نقض» reads as a noun, "annulment"), so the description after the comma was taken for the
speaker. When the word after the cue verb is a known given name (the gazetteer's «first» names
or :data:`khabar.lang.given_names.FEMALE_GIVEN`) and the next is a plain word, and a comma
then a kinship word or an indefinite title head follows, the two words are a PER mention —
the comma counterpart of round 20's :func:`khabar.quotes.names_after_cue.name_before_description`.

Pure function of the token view and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.cues import cue_form
from khabar.quotes.given_surname import _covered, _plain_word
from khabar.quotes.marks import Article
from khabar.quotes.namewords import first_names, fold
from khabar.quotes.relatives import KIN_WORDS
from khabar.text.normalize import normalize

#: Kinship words (normalized) that describe the person named before them.
_KIN = frozenset(normalize(w) for w in KIN_WORDS)


def named_before_comma(art: Article, all_ents: list[Entity]) -> list[Entity]:
    """PER entities for «<cue verb> <known given name> <word>، <kin word / indefinite title>»
    where no mention covers the two words (module docstring)."""
    given = first_names() | FEMALE_GIVEN
    out: list[Entity] = []
    for k in range(art.n - 4):
        if art.norms[k + 3] not in ("،", ",") or fold(art.norms[k + 1]) not in given:
            continue
        hit = cue_form(art.norms[k])
        nxt = art.norms[k + 4]
        if hit is None or hit[2] != "verb" or not _plain_word(art, k + 2) or \
                not (nxt in _KIN or (nxt in C.TITLE_WORDS and not nxt.startswith("ال"))):
            continue
        b, e = art.toks[k + 1].start, art.toks[k + 2].end
        if art.raw[art.toks[k + 1].end:art.toks[k + 2].start] != " " or _covered(all_ents, b, e):
            continue
        out.append(Entity(b, e, "PER", " ".join(art.doc.repaired(Span(b, e)).split())))
    return out


__all__ = ["named_before_comma"]
