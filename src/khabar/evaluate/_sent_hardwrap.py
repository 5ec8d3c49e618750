"""Hard-wrapped text for ``khabar evaluate sentences`` (:mod:`khabar.evaluate.sentences`).

* :func:`wrap` re-wraps a PADT page as hard-wrapped newspaper text (``--wrap``): a line break
  replaces the last space before every ``width`` characters (``--ragged``: a width drawn
  line by line), and the space after each headline-like gold sentence
  (:func:`headline_like`), so the gold spans stay the same; ``khabar evaluate articles
  --wrap`` wraps body paragraphs with it. :func:`parse_widths` reads ``--wrap``.
* :func:`easc_fragments` counts, over the EASC articles analyzed by the pipeline, the
  sentences that end without final punctuation on a preposition or conjunction: line
  fragments of hard-wrapped text (``--easc``).
"""
from __future__ import annotations

import random
from pathlib import Path

from khabar.errors import InputError

Spans = list[tuple[int, int]]

_FINAL = ".!?؟…؛:،,"
_CLOSE = " \"'»”)]"


def headline_like(sent: str) -> bool:
    """Whether a gold sentence is a headline: at most 20 words and no final punctuation."""
    core = sent.rstrip(_CLOSE)
    return bool(core) and core[-1] not in _FINAL and len(sent.split()) <= 20


def wrap(text: str, gold: Spans, width: int, narrow: int = 0, seed: int = 0) -> str:
    """``text`` with spaces turned into line breaks: after each headline-like gold sentence and
    at the last space before every ``width`` characters (a longer word overflows). With
    ``narrow``, every line's width is drawn from ``narrow..width`` instead (seeded by ``seed``:
    a ragged page, as when proportional type is cut into lines). The result has the length of
    ``text``. Never raises for ``1 <= narrow <= width`` or ``narrow == 0``."""
    rng = random.Random(seed) if narrow else None
    forced = sorted(e for s, e in gold if e < len(text) and text[e] == " "
                    and headline_like(text[s:e]))
    out = list(text)
    start, fi, n = 0, 0, len(text)
    w = rng.randint(narrow, width) if rng else width
    while n - start > w or fi < len(forced):
        while fi < len(forced) and forced[fi] < start:
            fi += 1
        if fi < len(forced) and forced[fi] - start <= w:
            cut = forced[fi]
        elif n - start <= w:
            break
        else:
            cut = text.rfind(" ", start + 1, start + w + 1)
            if cut < 0:
                cut = text.find(" ", start + w + 1)
                if cut < 0:
                    break
        out[cut] = "\n"
        start = cut + 1
        w = rng.randint(narrow, width) if rng else width
    return "".join(out)


def parse_widths(spec: str | None) -> list[int]:
    """The widths of ``--wrap N`` or ``--wrap A-B``: ``[]`` for none; raises InputError for a
    bad value."""
    if spec is None:
        return []
    try:
        lo, _, hi = spec.partition("-")
        a, b = int(lo), int(hi or lo)
    except ValueError:
        raise InputError(f"--wrap takes N or A-B, got {spec!r}") from None
    if not 10 <= a <= b:
        raise InputError(f"--wrap widths must be >= 10 and ascending, got {spec!r}")
    return list(range(a, b + 1))


def easc_fragments(path: Path) -> dict[str, int]:
    """Counts over the EASC articles of ``path`` (pipeline up to morphology and summary):
    sentences, unterminated ones, those ending on a preposition/conjunction, and summary
    sentences, all and unterminated. Raises InputError if unreadable."""
    import json

    from khabar.pipeline import Pipeline
    try:
        arts = [json.loads(line)["article"] for line in path.read_text(encoding="utf-8")
                .splitlines() if line.strip()]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read EASC articles from {path}: {exc}") from None
    pipe = Pipeline(["repair", "tokens", "sentences", "articles", "morph", "summary"])
    c = dict.fromkeys(("sentences", "unterminated", "fragments", "summary", "summary_bare"), 0)
    for art in arts:
        doc = pipe(art)
        for i, sent in enumerate(doc.sentences):
            c["sentences"] += 1
            c["summary"] += i in doc.summary
            core = doc.raw[sent.start:sent.end].rstrip(_CLOSE)
            if not core or core[-1] in ".!?؟…؛:":
                continue
            c["unterminated"] += 1
            c["summary_bare"] += i in doc.summary
            toks = [t for t in doc.tokens if sent.start <= t.start < sent.end and t.words]
            if toks and toks[-1].words[-1].upos in ("ADP", "CCONJ", "SCONJ"):
                c["fragments"] += 1
    return c
