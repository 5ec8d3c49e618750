"""A given name read as an organisation right before a surname read as a person (round 18,
from blind batch 59): «وكتبت تشيلسي كلينتون، ابنة …» — NER took «تشيلسي» for the football
club and «كلينتون» alone for a person; the speaker is the person «تشيلسي كلينتون». Pure
functions of the text and entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Speaker


def org_then_surname(raw: str, ents: list[Entity], sp: Speaker) -> Speaker | None:
    """When ``sp`` is exactly a one-word ORG mention followed, after one space, by a one-word
    PER mention, the person written by both words; None otherwise."""
    org = next((e for e in ents if e.label == "ORG" and e.start == sp.start and
                e.end == sp.end), None)
    if org is None or len(raw[org.start:org.end].split()) != 1:
        return None
    per = next((e for e in ents if e.label == "PER" and e.start == org.end + 1), None)
    if per is None or raw[org.end] != " " or len(raw[per.start:per.end].split()) != 1:
        return None
    return Speaker(org.start, per.end, raw[org.start:per.end])
