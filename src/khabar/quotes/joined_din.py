"""A compound given name written as one word, «خيرالدين السعدلي» (round 19, from blind batch
62): NER tags the person from the «الدين» inside the word («الدين السعدلي»), so the speaker
and its canonical name lose the name's first part. A PER mention that starts at «الدين» right
after the letters of a known first part («خير», «نور», «عز», «صلاح» …, a «و» proclitic allowed
before it) in the same word starts at that first part, and every mention of its canonical
name takes the whole name as canonical. «والدين» (parents) is no name. Pure function of the
raw text and the entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity

#: First parts of «… الدين» names (as written, without «ال»).
FIRST_PARTS = frozenset({
    "خير", "نور", "عز", "صلاح", "بدر", "شمس", "علاء", "جمال", "سيف", "محي", "محيي", "عماد",
    "زين", "نصر", "تقي", "فخر", "ضياء", "كمال", "حسام", "شرف", "سعد", "بهاء", "ناصر", "قطب",
    "نجم", "شهاب", "برهان", "مجد", "سراج", "تاج", "عصام", "معين", "صفي", "جلال", "حسن", "ركن"})


def _first_part(raw: str, start: int) -> int | None:
    """Start of the first part of a joined «…الدين» name whose «الدين» begins at ``start``;
    None when the letters before it in the word are no known first part."""
    if raw[start:start + 5] != "الدين" or start == 0:
        return None
    if raw[start - 1] == " ":
        return _spaced_first_part(raw, start)
    if not raw[start - 1].isalpha():
        return None
    ws = start
    while ws > 0 and raw[ws - 1].isalpha():
        ws -= 1
    stem = raw[ws:start]
    if stem in FIRST_PARTS:
        return ws
    if stem[:1] == "و" and stem[1:] in FIRST_PARTS:
        return ws + 1
    return None


def _spaced_first_part(raw: str, start: int) -> int | None:
    """Start of the word before a separate «الدين» at ``start`` («نور الدين مصباحي», round 22,
    from blind batch 94: NER starts the person at «الدين») when that word is a known first
    part (a «و» proclitic allowed); None otherwise."""
    end = start - 1
    ws = end
    while ws > 0 and raw[ws - 1].isalpha():
        ws -= 1
    stem = raw[ws:end]
    if stem in FIRST_PARTS:
        return ws
    if stem[:1] == "و" and stem[1:] in FIRST_PARTS:
        return ws + 1
    return None


def joined_din(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with every PER mention of a joined «…الدين» name started at its first part
    and renamed, with the mentions that share its canonical name, after the whole name."""
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    for e in ents:
        ws = _first_part(raw, e.start) if e.label == "PER" else None
        if ws is None:
            out.append(e)
            continue
        if e.canonical.startswith("الدين"):
            renamed[e.canonical] = raw[ws:e.start] + e.canonical
        out.append(Entity(ws, e.end, e.label, e.canonical))
    if not renamed:
        return ents
    return [Entity(e.start, e.end, e.label, renamed.get(e.canonical, e.canonical))
            if e.label == "PER" else e for e in out]
