"""Where the subject of a cue stands in three sentence frames (round 18, from the errors of
blind batches 55 and 56):

- «كل من X و Y أن» — «each of X and Y»: the subject list after the cue begins after «كل من»
  («وأبرز كل من المدير الجهوي للصحة، سامي الرقيق و مدير المستشفى، … أن» → the first one,
  as multi-speaker subjects in the guidelines), not with «كل»;
- «أصدر X بيانا … قال فيه إن» — a body or person issued a statement and the cue in the clause
  on it («قال فيه») has the issuer as subject, not a person named in an adjunct between
  («في أعقاب تصريحات ترامب»);
- «أعلن تنظيم "داعش" الإرهابي أن» — a group named by «تنظيم/جماعة» and its name in quotation
  marks (tagged ORG) is that name, as an outlet by its name;
- «وكان X (قد) وصف …» — a subject named between «كان» and the cue stands before the verb, so
  a name after the cue is its object («وكان ترامب وصف الأحد كيم بأنه "…"» → Trump).

A participle after «من جانبه/من جهته، <verb> <noun> <definite noun>» («من جانبه، نفى حارس المدرسة
ذلك، مشيرا إلى أن …») has the noun phrase as subject: the turn opener announces a new party,
so the words after the verb are its subject, an unnamed source (:func:`turn_subject`).

Pure functions of the token view (:class:`khabar.quotes.marks.Article`) and the mentions;
nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity
from khabar.quotes.cues import FORMS
from khabar.quotes.kana_issuer import kana_issuer

_IN_IT = frozenset({"فيه", "فيها"})
#: Verbs of issuing a document (normalized, without a leading و/ف).
_ISSUE = frozenset({"اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت"})
#: Documents issued, indefinite accusative (normalized).
_DOCS = frozenset({"بيانا", "بلاغا", "تقريرا", "رساله", "منشورا"})
_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})
_GROUP_HEADS = frozenset({"تنظيم", "جماعه"})


def after_each_of(norms: Sequence[str], region: list[int]) -> list[int]:
    """``region`` without a leading «كل من» (each of), when more words follow it."""
    if len(region) > 2 and norms[region[0]] == "كل" and norms[region[1]] == "من":
        return region[2:]
    return region


def issuer_range(art, k: int) -> tuple[int, int] | None:
    """The token range (inclusive) of the subject of «أصدر/نشر … بيانا/بلاغا/تقريرا» before
    the verb cue at ``k`` when the cue reads «قال فيه/فيها» in the same sentence; None
    otherwise (no such verb and document, a quotation mark or another cue in between)."""
    if k < 3 or k + 1 >= art.n or art.norms[k + 1] not in _IN_IT:
        return None
    doc = None
    i = k - 1
    while i >= 0 and k - i <= 20 and not art.is_end(i):
        n = art.norms[i]
        if art.is_quote(i) or n in FORMS:
            return None
        if n in _DOCS:
            doc = i
        elif (n in _ISSUE or n[:1] in "وف" and n[1:] in _ISSUE):
            if doc is not None and kana_issuer(art, i) is not None:
                return kana_issuer(art, i)      # «وكانت السفارة قد نشرت» (round 20)
            return (i + 1, doc - 1) if doc is not None and doc > i + 1 else None
        i -= 1
    return None


def marked_group(art, region: list[int], ents: Sequence[Entity]) -> Entity | None:
    """The ORG mention inside the quotation marks right after «تنظيم/جماعة» opening
    ``region`` («تنظيم "داعش" الإرهابي»); None otherwise."""
    if len(region) < 4 or art.norms[region[0]] not in _GROUP_HEADS or \
            not art.is_quote(region[1]):
        return None
    close = next((i for i in region[2:6] if art.is_quote(i)), None)
    if close is None or close == region[2]:
        return None
    lo, hi = art.toks[region[2]].start, art.toks[close - 1].end
    return next((e for e in ents if e.label == "ORG" and lo <= e.start and e.end <= hi), None)


def turn_subject(art, k: int) -> list[int] | None:
    """The tokens of «<noun> <definite noun>» right after the verb that follows «من جانبه/من
    جهته ،» opening the sentence of the cue at ``k``; None otherwise."""
    i = k - 1
    while i >= 0 and not art.is_end(i):
        i -= 1
    j = i + 1
    if j + 5 >= k or art.norms[j] not in ("من", "ومن") or \
            not art.norms[j + 1].startswith(("جانب", "جهت")) or art.norms[j + 2] not in ("،", ","):
        return None
    j += 3
    while j < k and art.norms[j] in ("و", "قد", "وقد"):
        j += 1
    if j + 2 >= k or not art.toks[j].words or art.toks[j].words[-1].upos != "VERB":
        return None
    n1, n2 = j + 1, j + 2
    words = art.toks[n1].words
    if art.norms[n1].startswith("ال") or not words or words[-1].upos != "NOUN" or \
            not art.norms[n2].startswith("ال") or art.is_quote(n1) or art.is_quote(n2):
        return None
    return [n1, n2]


def kana_subject(art, k: int, ents: Sequence[Entity]) -> bool:
    """A PER/ORG mention stands between «(و)كان(ت)» and the cue at ``k`` (optionally before
    «قد»): the cue's subject is before it."""
    j = k - 1
    if j >= 0 and art.norms[j] == "قد":
        j -= 1
    if j < 1:
        return False
    end = art.toks[j].end
    for e in ents:
        if e.label in ("PER", "ORG") and e.end == end:
            i = j
            while i > 0 and art.toks[i].start > e.start:
                i -= 1
            return art.toks[i].start == e.start and i > 0 and art.norms[i - 1] in _KANA
    return False


__all__ = ["after_each_of", "issuer_range", "kana_subject", "marked_group",
           "turn_subject"]
