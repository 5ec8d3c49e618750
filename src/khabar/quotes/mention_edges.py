"""Edges of organisation mentions NER cut or labelled wrongly, mended from the words right
around each mention (round 23, from blind batches 101–103):

- «لكن وكالة الأنباء البولونية أكدت أنهم»: NER tags «الأنباء البولونية» alone; the head
  «وكالة» before «الأنباء» belongs to the agency's name (:func:`agency_head`);
- «أعلنت دائرة الزلازل التابعة ، أن»: a mention that ends with «التابع(ة)» whose owner is
  missing; the dangling participle is no part of the name (:func:`dangling_affiliate`);
- «وأفاد الوالي أن»: NER tags the title alone as a person; it is a description of the
  person named before with it, no name (:func:`title_alone`);
- «وأكد نائب مدير سكوتلاند يارد، مارك رولي، …»: a PER mention governed by a title in
  construct («مدير X») and followed by a comma and another PER mention is the body the
  title belongs to, not a person (:func:`title_governed_body`) — when no other PER mention
  of the article shares a word with it («مستشار ترامب، جاريد كوشنر» keeps «ترامب»).

Pure functions of the raw text and the mentions, each looking at a few characters around a
mention only; nothing here raises on ordinary input.
"""
from __future__ import annotations

import re

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.text.normalize import normalize

#: «التابع» and its forms (normalized), a participle that needs its «ل» owner after it.
AFFILIATE_WORDS = frozenset({"التابع", "التابعه", "التابعين", "التابعون", "التابعتين"})

#: Title heads in construct (normalized, indefinite) that govern the body they belong to.
_CONSTRUCT_TITLES = frozenset(w for w in C.TITLE_WORDS if not w.startswith("ال")) - {
    "د", "باسم", "العام", "الرسمي"}


def _word_before(raw: str, pos: int) -> str:
    """The whitespace-separated word that ends right before ``pos`` (spaces skipped)."""
    m = re.search(r"(\S+)\s+$", raw[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def agency_head(raw: str, e: Entity) -> Entity:
    """``e`` widened to the «وكالة» before it when it begins with «الأنباء» («وكالة الأنباء
    البولونية»; a proclitic «ل/ب/و» on «وكالة» stays out); ``e`` otherwise."""
    words = raw[e.start:e.end].split()
    if not words or normalize(words[0]) != "الانباء":
        return e
    prev = _word_before(raw, e.start)
    at = prev.rfind("وكالة")
    if at < 0 or len(prev) - at != len("وكالة") or at > 2:
        return e
    start = raw.rfind(prev, 0, e.start) + at
    return Entity(start, e.end, e.label, " ".join(raw[start:e.end].split()))


def dangling_affiliate(raw: str, e: Entity) -> Entity | None:
    """``e`` without a last word «التابعة» (its owner missing); None when nothing is left;
    ``e`` when it does not end so."""
    words = list(re.finditer(r"\S+", raw[e.start:e.end]))
    if len(words) < 1 or normalize(words[-1].group()) not in AFFILIATE_WORDS:
        return e
    if len(words) == 1:
        return None
    end = e.start + words[-2].end()
    canon = " ".join(raw[e.start:end].split())
    return Entity(e.start, end, e.label, canon)


def dangling_at(norms: list[str], i: int) -> bool:
    """Token ``i`` of ``norms`` (normalized tokens) is «التابعة» with no «ل» owner after it
    («دائرة الزلازل التابعة ، أن»): a phrase ends before it."""
    return norms[i] in AFFILIATE_WORDS and (i + 1 >= len(norms) or
                                            not norms[i + 1].startswith("ل"))


def _apposed_person_after(raw: str, e: Entity, starts: dict[int, Entity]) -> bool:
    """A comma follows ``e`` and a PER mention starts right after it, itself followed by a
    comma («سكوتلاند يارد، مارك رولي،»)."""
    m = re.match(r"\s*[،,]\s*", raw[e.end:e.end + 6])
    if m is None:
        return False
    nxt = starts.get(e.end + m.end())
    if nxt is None or nxt.label != "PER":
        return False
    return re.match(r"\s*[،,]", raw[nxt.end:nxt.end + 4]) is not None


def title_governed_body(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with a PER mention after a construct title («مدير») and before an apposed
    PER mention («، مارك رولي،») relabelled ORG, when no other PER mention shares a word
    with it; other mentions unchanged."""
    starts = {e.start: e for e in ents}
    out: list[Entity] = []
    for e in ents:
        if e.label == "PER" and normalize(_word_before(raw, e.start)) in _CONSTRUCT_TITLES \
                and _apposed_person_after(raw, e, starts):
            words = set(normalize(e.canonical).split())
            if not any(o is not e and o.label == "PER" and
                       words & set(normalize(o.canonical).split()) for o in ents):
                out.append(Entity(e.start, e.end, "ORG", e.canonical))
                continue
        out.append(e)
    return out


def title_alone(raw: str, e: Entity) -> bool:
    """PER mention ``e`` is one definite title word and no name («وأفاد الوالي أن»): a
    description of someone named before, which the speaker rules resolve."""
    words = raw[e.start:e.end].split()
    return len(words) == 1 and normalize(words[0]).startswith("ال") and \
        normalize(words[0]) in C.TITLE_WORDS


def mend_mentions(raw: str, ents: list[Entity]) -> list[Entity]:
    """The PER/ORG mentions ``ents`` of ``raw`` with the four repairs above applied."""
    out: list[Entity] = []
    for e in ents:
        if e.label == "PER" and title_alone(raw, e):
            continue
        if e.label in ("PER", "ORG"):
            e = dangling_affiliate(raw, agency_head(raw, e) if e.label == "ORG" else e)
            if e is None:
                continue
        out.append(e)
    return title_governed_body(raw, out)


__all__ = ["AFFILIATE_WORDS", "agency_head", "dangling_affiliate", "dangling_at", "mend_mentions",
           "title_alone", "title_governed_body"]
