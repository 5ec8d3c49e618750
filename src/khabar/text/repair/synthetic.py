"""Synthetic repair benchmark: clean held-out news sentences with one injected error each.

Error types (seeded ``random.Random``): ``glue`` (the space between two Arabic words removed →
gold kind split), ``transposition`` and ``deletion`` of letters inside a word (→ spelling),
``hamza`` (a wasl alef written إ, e.g. الاستثمار → الإستثمار) and ``maqsura`` (final ى written ي)
(→ orthography). Only held-out raw_news documents are used (see :mod:`heldout`); the
``dev`` half (CRC-32 mod 100 == 50) may be used for tuning, the ``test`` half (mod 100 == 0)
is for reporting. Raises ``OSError`` when the data files are missing.
"""
from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from khabar.text.repair.candidates import PLAIN_WORD, WASL_HAMZA
from khabar.text.repair.heldout import raw_news_docs

TYPES = ("glue", "transposition", "deletion", "hamza", "maqsura")
KIND = {"glue": "split", "transposition": "spelling", "deletion": "spelling",
        "hamza": "orthography", "maqsura": "orthography"}
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]*")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Case:
    """A clean sentence, its corrupted copy and the one gold repair over the corrupted text."""

    clean: str
    noisy: str
    start: int
    end: int
    replacement: str
    etype: str


def sentences(data: Path, half: str) -> Iterator[str]:
    """Clean-looking sentences (8–60 space-separated tokens) of the held-out half."""
    want = 0 if half == "test" else 50
    for doc in raw_news_docs(data, held_out=True):
        if zlib.crc32(doc.encode("utf-8")) % 100 != want:
            continue
        for m in _SENT.finditer(doc):
            s = m.group().strip()
            if 8 <= len(s.split()) <= 60:
                yield s


def _inject(sent: str, etype: str, rng: random.Random) -> Case | None:
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sent)]
    ar = [i for i, t in enumerate(toks) if PLAIN_WORD.fullmatch(t[2])]
    rng.shuffle(ar)
    for i in ar:
        s, e, w = toks[i]
        if etype == "glue":
            if i + 1 < len(toks) and toks[i + 1][0] == e + 1 and PLAIN_WORD.fullmatch(toks[i + 1][2]):
                w2 = toks[i + 1][2]
                noisy = sent[:e] + sent[e + 1:]
                return Case(sent, noisy, s, s + len(w) + len(w2), f"{w} {w2}", etype)
            continue
        new = None
        if etype == "transposition" and len(w) >= 4:
            j = rng.randrange(1, len(w) - 1)
            if w[j] != w[j + 1]:
                new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif etype == "deletion" and len(w) >= 4:
            j = rng.randrange(1, len(w))
            new = w[:j] + w[j + 1:]
        elif etype == "hamza":
            for j, ch in enumerate(w[:5]):
                cand = w[:j] + "إ" + w[j + 1:]
                if ch == "ا" and (m := WASL_HAMZA.match(cand)) and len(m.group(1)) == j:
                    new = cand
                    break
        elif etype == "maqsura" and len(w) >= 3 and w.endswith("ى"):
            new = w[:-1] + "ي"
        if new is not None and new != w:
            return Case(sent, sent[:s] + new + sent[e:], s, s + len(new), w, etype)
    return None


def cases(data: Path, half: str = "test", n_per_type: int = 600, seed: int = 13) -> list[Case]:
    """``n_per_type`` cases per error type, one per sentence, in a seeded order."""
    rng = random.Random(seed)
    pool = list(sentences(data, half))
    rng.shuffle(pool)
    out: list[Case] = []
    need = {t: n_per_type for t in TYPES}
    k = 0
    for sent in pool:
        todo = [t for t in TYPES if need[t] > 0]
        if not todo:
            break
        etype = todo[k % len(todo)]
        k += 1
        case = _inject(sent, etype, rng)
        if case is not None:
            need[etype] -= 1
            out.append(case)
    return out
