"""Rebuild ``gold.jsonl`` from the hand annotations in ``annotations.py``.

Each annotation names a quote by short snippets (cue token, first and last words of the
content, speaker mention); this script only turns them into offsets into the article text as
it is in ``../shared/data`` (the texts are not copied into the repository). The rules that find
each span are in README.md; ``check_gold.py`` verifies the result. Articles are numbered ANT
(``SELECTED``), EASC (``E``), then the second and third batches (``annotations_more.MORE``);
the split follows the number (mod 5 in {0, 2}: test). The fourth batch
(``annotations_b4.DEV4``) and the fifth to eleventh (``annotations_b5.DEV5`` …
``_b11.DEV11``) come last and are all **dev** (held-out dev parts). Every row carries its
``batch`` (1–11).

    python3 evaluation/quotes/build_gold.py   # from the repository root
"""
from __future__ import annotations

import gzip
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("KHABAR_DATA", HERE.parents[2] / "shared" / "data"))
ANT = DATA / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz"
LAST_BATCH = 13         # annotations_b4.py … annotations_b13.py
EASC = DATA / "easc_summarization" / "easc.jsonl"


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or "\u064b" <= ch <= "\u0652"


def occurrences(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of ``needle`` as a whole word (no letter on either side) in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    out = []
    i = text.find(needle, lo)
    while i != -1 and i + len(needle) <= hi:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        if not _is_letter(before) and not _is_letter(after):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def _find(text: str, snippet: str, pos: int) -> tuple[int, int]:
    """First match of ``snippet`` at or after ``pos``; any run of spaces in the snippet
    matches any run of whitespace (the data has no-break spaces and line breaks)."""
    pat = r"\s+".join(re.escape(p) for p in snippet.split())
    m = re.compile(pat).search(text, pos)
    return (m.start(), m.end()) if m else (-1, -1)


def locate(text: str, ann: tuple, pos: int) -> dict:
    """Offsets of one annotation. The cue is the last occurrence before the content, or,
    written with a leading ``+`` («"…" ذلك ما أكده فلان»), the first one after it; the speaker
    is the first mention between cue and content (after the cue for a ``+`` cue), else the
    last one before the cue. Raises ValueError when a snippet is not found."""
    cue, c_from, c_to, spk, canon, direct = ann
    after = cue.startswith("+")
    cue = cue.lstrip("+")
    i, _ = _find(text, c_from, pos)
    if i < 0:
        raise ValueError(f"content start {c_from!r} not found after {pos}")
    j, end = _find(text, c_to, i)
    if j < 0:
        raise ValueError(f"content end {c_to!r} not found after {i}")
    cues = occurrences(text, cue, end) if after else occurrences(text, cue, 0, i)
    if not cues:
        raise ValueError(f"cue {cue!r} not found {'after' if after else 'before'} the content")
    cs = cues[0] if after else cues[-1]
    ce = cs + len(cue)
    between = occurrences(text, spk, ce) if after else occurrences(text, spk, ce, i)
    before = occurrences(text, spk, 0, cs)
    if between:
        ss = between[0]
    elif before:
        ss = before[-1]
    else:
        raise ValueError(f"speaker {spk!r} not found near cue {cue!r} at {cs}")
    return {"content": [i, end], "content_text": text[i:end],
            "cue": [cs, ce], "cue_text": text[cs:ce],
            "speaker": [ss, ss + len(spk)], "speaker_text": text[ss:ss + len(spk)],
            "speaker_canonical": canon or None, "direct": bool(direct)}


def main() -> int:
    sys.path.insert(0, str(HERE))
    import annotations as ann  # noqa: E402
    import annotations_more as more  # noqa: E402
    ant = {}
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            ant[d["docno"]] = d["text"]
    easc = {}
    with open(EASC, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            easc[d["topic"]] = d["article"]
    items = [("ant", docno, ant[docno], ann.A[k]) for k, docno in enumerate(ann.SELECTED)]
    items += [("easc", topic, easc[topic], qs) for topic, qs in ann.E.items()]
    texts = {"ant": ant, "easc": easc}
    items += [(src, doc, texts[src][doc], more.B[doc]) for src, doc in more.MORE]
    n_before4 = len(items)
    batch_of = {}
    for k in range(4, LAST_BATCH + 1):     # annotations_b4.py … : all dev
        mod = __import__(f"annotations_b{k}")
        for src, doc in getattr(mod, f"DEV{k}"):
            batch_of[len(items)] = k
            items.append((src, doc, texts[src][doc], getattr(mod, f"B{k}")[doc]))
    n_first = len(ann.SELECTED) + len(ann.E)
    out = []
    for n, (source, docno, text, quotes) in enumerate(items):
        pos = 0
        rows = []
        for q in quotes:
            try:
                row = locate(text, q, pos)
            except ValueError as exc:
                raise SystemExit(f"{docno}: {exc}")
            pos = row["content"][0] + 1     # a repeated quotation is found again after
            rows.append(row)
        split = "test" if n % 5 in (0, 2) and n < n_before4 else "dev"
        batch = batch_of.get(n) or (1 if n < n_first else 2 if n < n_first + 30 else 3)
        out.append({"source": source, "docno": docno, "split": split, "batch": batch,
                    "quotes": rows})
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for split in ("dev", "test"):
        arts = [r for r in out if r["split"] == split]
        print(split, len(arts), "articles", sum(len(r["quotes"]) for r in arts), "quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
