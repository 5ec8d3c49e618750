"""An outlet's name that NER cut in two (round 22, from blind batch 95).

«قالت صحيفة فيلت ام زونتاج الألمانية إن …»: NER tagged «فيلت» and «ام زونتاج الألمانية» as two
organisations, so every cue of the paper named «فيلت». Two ORG mentions written one space apart,
the first right after an outlet head («صحيفة», «مجلة», «قناة», … :data:`MEDIA_HEADS`), are one
name; its canonical is the joined name without a place nisba at its end («الألمانية»: the
paper's country, not its name).

Pure function of the text and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective
from khabar.text.normalize import normalize


def _after_outlet_head(raw: str, start: int) -> bool:
    """The word before ``start`` is an outlet head («صحيفة», «وصحيفة», «لمجلة»)."""
    words = raw[max(0, start - 30):start].split()
    if not words or not raw[start - 1:start].isspace():
        return False
    w = normalize(words[-1])
    return w in MEDIA_HEADS or (len(w) > 4 and w[0] in "ولبف" and w[1:] in MEDIA_HEADS)


def joined_outlets(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each pair of ORG mentions one space apart after an outlet head merged
    into one mention that ends before a place nisba («فيلت» + «ام زونتاج الألمانية» →
    «فيلت ام زونتاج»)."""
    out: list[Entity] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and e.label == "ORG" and nxt.label == "ORG" and \
                raw[e.end:nxt.start] == " " and _after_outlet_head(raw, e.start):
            end = nxt.end
            words = raw[e.start:end].split()
            if len(words) > 2 and is_place_adjective(normalize(words[-1])):
                words = words[:-1]
                end = raw.rindex(words[-1], e.start, end) + len(words[-1])
            out.append(Entity(e.start, end, "ORG", " ".join(words)))
            i += 2
            continue
        out.append(e)
        i += 1
    return out


__all__ = ["joined_outlets"]
