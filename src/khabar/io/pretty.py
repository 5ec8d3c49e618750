"""The readable view printed by ``khabar analyze`` (no colour codes, RTL-safe lines)."""
from __future__ import annotations

from khabar.document import Document

_LRM = "\u200e"


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render(doc: Document, source: str | None = None) -> str:
    """Human-readable summary of every layer that is built (empty layers are left out)."""
    raw = doc.raw
    out: list[str] = []
    head = f"{_LRM}== {source or 'document'}: {len(raw)} chars, {len(doc.tokens)} tokens, " \
           f"{len(doc.sentences)} sentences, {len(doc.articles)} articles"
    if doc.date:
        head += f", date {doc.date}"
    if doc.meta.get("encoding"):
        head += f", encoding {doc.meta['encoding']}"
    out.append(head)
    by_article: dict[int, list[int]] = {}
    for i, s in enumerate(doc.sentences):
        by_article.setdefault(s.article, []).append(i)
    for ai, art in enumerate(doc.articles):
        out.append("")
        out.append(f"{_LRM}-- article {ai + 1} [{art.start}:{art.end}]")
        if art.headline:
            out.append(f"{_LRM}   headline: {raw[art.headline.start:art.headline.end]}")
        for si in by_article.get(ai, []):
            s = doc.sentences[si]
            out.append(f"{_LRM}   [{si + 1}] {_clip(raw[s.start:s.end])}")
    if doc.repairs:
        out.append("")
        out.append(f"{_LRM}-- repairs ({len(doc.repairs)})")
        for r in doc.repairs:
            out.append(f"{_LRM}   [{r.start}:{r.end}] {raw[r.start:r.end]} → {r.replacement}"
                       f"  ({r.kind}, {r.confidence:.2f})")
    if doc.entities:
        out.append("")
        out.append(f"{_LRM}-- entities ({len(doc.entities)})")
        for e in doc.entities:
            out.append(f"{_LRM}   {e.label:4} {raw[e.start:e.end]} → {e.canonical}")
    if doc.quotes:
        out.append("")
        out.append(f"{_LRM}-- quotes ({len(doc.quotes)})")
        for q in doc.quotes:
            sp = q.speaker
            who = "؟" if sp is None else (sp.canonical or raw[sp.start:sp.end])
            what = _clip(doc.repaired(q.content), 90)
            out.append(f"{_LRM}   {who}: «{what}»" if q.direct else f"{_LRM}   {who} ← {what}")
    if doc.dates:
        out.append("")
        out.append(f"{_LRM}-- dates ({len(doc.dates)})")
        for d in doc.dates:
            out.append(f"{_LRM}   {raw[d.start:d.end]} → {d.value if d.value else '(no document date)'}")
    if doc.numbers:
        out.append("")
        out.append(f"{_LRM}-- numbers ({len(doc.numbers)})")
        for n in doc.numbers:
            unit = f" {n.unit}" if n.unit else ""
            out.append(f"{_LRM}   {raw[n.start:n.end]} → {n.value:,}{unit}")
    if doc.topic:
        out.append("")
        out.append(f"{_LRM}-- topic: {doc.topic[0]} ({doc.topic[1]:.2f})")
    if doc.keywords:
        out.append(f"{_LRM}-- keywords: {' · '.join(doc.keywords)}")
    if doc.summary:
        out.append("")
        out.append(f"{_LRM}-- summary ({len(doc.summary)} sentences)")
        for i in doc.summary:
            s = doc.sentences[i]
            out.append(f"{_LRM}   [{i + 1}] {_clip(raw[s.start:s.end])}")
    return "\n".join(out) + "\n"
