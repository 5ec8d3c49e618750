"""A surname NER cut off a person's mention, found from the way the article goes on (round 22,
from blind batch 94): «أكد مدير دار نشر"كنوز" محمد صالح معالج في مداخلة …» … «وأوضح معالج أن
…». NER tags «محمد صالح» only; a word standing bare right after a cue verb and before its
complementizer, with no entity there, that the article wrote earlier right after a PER mention
(one space between, no entity on it) is that person's surname: the mention is extended over it
and its canonical name takes it. Words with «ال», titles, heads, cue words and place
adjectives are never taken. Pure function of the article and the entities; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article


def _covered(ents: list[Entity], start: int, end: int) -> bool:
    return any(e.start < end and start < e.end for e in ents)


def _surname_like(nm: str) -> bool:
    """``nm`` (normalized) may be a surname: a plain word, no «ال», title, head or cue."""
    return (nm.isalpha() and len(nm) > 2 and not nm.startswith(("ال", "لل", "بال", "وال"))
            and nm not in C.TITLE_WORDS and nm not in C.ORG_HEADS and nm not in C.SOURCE_HEADS
            and nm not in C.PHRASE_STOPS and cue_form(nm) is None and not is_place_adjective(nm))


def _bare_after_cue(art: Article, ents: list[Entity]) -> set[str]:
    """Normalized words standing bare between a cue verb and its complementizer."""
    out: set[str] = set()
    for k in art.verb_cues:
        if k >= art.n - 2:
            break
        j = k + 1
        tok = art.toks[j]
        if not is_complementizer(art.norms[j + 1]):
            continue
        if _surname_like(art.norms[j]) and not _covered(ents, tok.start, tok.end):
            out.add(art.norms[j])
    return out


def cut_surnames(art: Article, ents: list[Entity]) -> list[Entity]:
    """``ents`` with every PER mention followed by a surname it cut (module docstring)
    extended over it, and the mentions sharing its canonical name renamed."""
    bare = _bare_after_cue(art, ents)
    if not bare:
        return ents
    ends = {art.toks[i].end: i for i in range(art.n)}
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    for e in ents:
        i = ends.get(e.end)
        m = None if i is None else i + 1
        if e.label != "PER" or m is None or m >= art.n or art.norms[m] not in bare \
                or art.raw[e.end:art.toks[m].start] != " " \
                or _covered(ents, art.toks[m].start, art.toks[m].end) \
                or (m + 1 < art.n and is_complementizer(art.norms[m + 1])):
            out.append(e)
            continue
        word = art.raw[art.toks[m].start:art.toks[m].end]
        renamed.setdefault(e.canonical, e.canonical + " " + word)
        out.append(Entity(e.start, art.toks[m].end, e.label, renamed[e.canonical]))
    if not renamed:
        return ents
    return [Entity(e.start, e.end, e.label, renamed.get(e.canonical, e.canonical))
            if e.label == "PER" else e for e in out]


__all__ = ["cut_surnames"]
