"""The baseline of ``khabar evaluate quotes``: quotation marks only, speaker = the nearest
PER entity before the quote. Nothing here raises."""
from __future__ import annotations

from typing import Any


def baseline_quotes(doc: Any) -> list[dict]:
    """Quotation marks only: pairs of « », “ ”, straight quotes (by alternation within a
    paragraph), three words or more; speaker = nearest PER entity before the quote."""
    raw = doc.raw
    out = []
    pers = sorted((e for e in doc.entities if e.label == "PER"), key=lambda e: e.start)

    def emit(s: int, e: int) -> None:
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if len(raw[s:e].split()) < 3:
            return
        sp = None
        for ent in pers:
            if ent.end <= s:
                sp = {"span": (ent.start, ent.end), "canonical": ent.canonical}
        out.append({"content": (s, e), "cue": (s, s), "direct": True, "speaker": sp})

    for para_start, para in _paragraphs(raw):
        stack: dict[str, int] = {}
        for i, ch in enumerate(para):
            pos = para_start + i
            if ch in "«“":
                stack[ch] = pos + 1
            elif ch == "»" and "«" in stack:
                emit(stack.pop("«"), pos)
            elif ch == "”" and "“" in stack:
                emit(stack.pop("“"), pos)
            elif ch == '"':
                if '"' in stack:
                    emit(stack.pop('"'), pos)
                else:
                    stack['"'] = pos + 1
    return out


def _paragraphs(raw: str):
    pos = 0
    for line in raw.split("\n"):
        yield pos, line
        pos += len(line) + 1
