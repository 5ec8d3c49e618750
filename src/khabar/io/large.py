"""Bounded-memory analysis of very large texts (a 50 MB page, a dumped archive).

A text longer than ``PART_CHARS`` is analyzed in parts cut at paragraph breaks (else line
breaks, else sentence ends, else spaces), never inside a word. Each part's annotations are
shifted back to offsets in the whole raw text and streamed: to temporary files per layer
for ``--format json`` (so the output is still one document object of the JSON contract),
straight through for the other formats. Peak memory then depends on the part size, not on
the input size. An article or sentence never spans two parts: a part boundary is a break.
"""
from __future__ import annotations

import json
import tempfile
from typing import IO, Any, Callable, Iterator

PART_CHARS = 1_000_000
_LAYERS = ("articles", "sentences", "tokens", "repairs", "entities", "quotes", "dates", "numbers")


def cut_points(text: str, part_chars: int = PART_CHARS) -> list[int]:
    """Offsets ``0 = c0 < c1 < … < cn = len(text)`` of the parts."""
    cuts = [0]
    n = len(text)
    while n - cuts[-1] > part_chars:
        lo = cuts[-1] + part_chars // 2
        hi = cuts[-1] + part_chars
        cut = -1
        for pat in ("\n\n", "\n", ". ", ".", "؟ ", " "):
            k = text.rfind(pat, lo, hi)
            if k > 0:
                cut = k + len(pat)
                break
        if cut <= cuts[-1]:
            cut = hi   # no break at all in half a part: cut between characters
        cuts.append(cut)
    cuts.append(n)
    return cuts


def iter_parts(text: str, analyze: Callable[[str], Any],
               part_chars: int = PART_CHARS) -> Iterator[tuple[int, Any]]:
    """Yield ``(offset, document)`` for each part of ``text`` in order."""
    cuts = cut_points(text, part_chars)
    for a, b in zip(cuts, cuts[1:]):
        yield a, analyze(text[a:b])


def shift(obj: Any, off: int) -> Any:
    """Shift every ``start``/``end`` in a JSON fragment by ``off`` (in place; returns it)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("start", "end") and isinstance(v, int):
                obj[k] = v + off
            elif isinstance(v, (dict, list)):
                shift(v, off)
    elif isinstance(obj, list):
        for v in obj:
            shift(v, off)
    return obj


def write_json(raw: str, head: dict[str, Any], parts: Iterator[tuple[int, Any]], out: IO[str],
               newline: bool = True) -> int:
    """Stream one JSON-contract object for ``raw`` analyzed in ``parts``; returns token count."""
    spools = {name: tempfile.TemporaryFile("w+", encoding="utf-8") for name in _LAYERS}
    counts = dict.fromkeys(_LAYERS, 0)
    art_base = 0
    ntok = 0
    for off, doc in parts:
        data = doc.to_json()
        for s in data["sentences"]:
            s["article"] += art_base
        art_base += len(data["articles"])
        ntok += len(data["tokens"])
        for name in _LAYERS:
            fh = spools[name]
            for item in data[name]:
                fh.write(("," if counts[name] else "") + ("\n" if newline else "") +
                         json.dumps(shift(item, off), ensure_ascii=False))
                counts[name] += 1
    out.write("{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                              for k, v in head.items()))
    for name in _LAYERS:
        out.write(f', "{name}": [')
        fh = spools[name]
        fh.seek(0)
        while chunk := fh.read(1 << 20):
            out.write(chunk)
        out.write("]")
        fh.close()
    out.write(', "topic": null, "keywords": [], "summary": []}\n')
    return ntok
