"""PADT reading and gold-analysis alignment for :mod:`training.train_segmenter`.

:func:`read_padt` reads (surface form, words) sentences; :func:`decompose` aligns a
multiword token's words to pieces of its surface form (the clitic analysis); :func:`fits`
tells real analyses from artefacts of PADT's reconstructed multiword ranges; :func:`final_run`
(moved to :mod:`khabar.evaluate.padt_artefacts`, re-exported here) and
:func:`drop_final_runs` find and drop the export's sentence-final copies of a multiword token
(«بمصر بمصر» for ب + مصر).
"""
from __future__ import annotations

import gzip
from pathlib import Path

from khabar.evaluate.padt_artefacts import final_run
from khabar.morph.seg_text import PROCLITIC_LETTERS, SUFFIXES, fold, is_arabic_word, strip

SEED = 13    # every shuffle of the segmenter's training
FOLDS = 5    # jackknife folds of the ranking examples and of ``--cv``

Sent = list[tuple[str, tuple[str, ...]]]
Analysis = tuple[tuple[str, str, bool], str]


def read_padt(path: Path) -> list[Sent]:
    """Sentences of (surface form, words) from a PADT CoNLL-U file (.gz allowed).

    Raises OSError when the file cannot be read, ValueError on a malformed range id."""
    opener = gzip.open if path.suffix == ".gz" else open
    sents: list[Sent] = []
    toks: list[list] = []
    pending: list | None = None
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    sents.append([(t[0], tuple(t[2])) for t in toks])
                toks, pending = [], None
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                pending = [cols[1], int(b) - int(a) + 1, []]
                toks.append(pending)
            elif "." in cols[0]:
                continue
            elif pending is not None and len(pending[2]) < pending[1]:
                pending[2].append(cols[1])
            else:
                toks.append([cols[1], 1, [cols[1]]])
    if toks:
        sents.append([(t[0], tuple(t[2])) for t in toks])
    return sents


def decompose(form: str, words: tuple[str, ...]) -> Analysis | None:
    """(candidate, host word) of a gold token, or None when it fits no candidate. Raises
    nothing."""
    base = strip(form)
    if len(words) == 1:
        return ("", "", False), words[0]
    i = 0
    while i < len(words) - 1 and words[i] in PROCLITIC_LETTERS and len(words[i]) == 1:
        i += 1
    j = len(words)
    if j - 1 > i and words[-1] in SUFFIXES:
        j -= 1
    if j - i != 1:
        return None
    p, s, host = "".join(words[:i]), "".join(words[j:]), words[i]
    if not base.startswith(p) or not base.endswith(s) or len(base) - len(p) - len(s) < 1:
        return None
    rest = base[len(p):len(base) - len(s)] if s else base[len(p):]
    lal = p.endswith("ل") and host.startswith("ال") and rest.startswith("ل") \
        and not rest.startswith("ال")
    return (p, s, lal), host


def fits(form: str, words: tuple[str, ...]) -> bool:
    """False for a PADT analysis that cannot be a reading of its surface form: an artefact of
    the reconstructed multiword ranges that runs into the next token («يفكر» → يفكر + في,
    «وزير» → وزير + الطاقة) or holds a non-Arabic word («ايار» → أيار + /). Besides the
    clitic analyses (:func:`decompose`), the fused particles stay (مما → من + ما, ألا → أن + لا):
    Arabic words, at most one letter more than the surface, starting with its first letter
    and ending with its ending. Raises nothing."""
    if len(words) == 1 or decompose(form, words) is not None:
        return True
    base = fold(strip(form))
    if not base or not all(is_arabic_word(w + w) for w in words):
        return False
    return (sum(map(len, words)) <= len(base) + 1 and base[0] == fold(words[0])[:1]
            and base.endswith(fold(words[-1])))


def drop_final_runs(sents: list[Sent]) -> list[Sent]:
    """``sents`` without the artefact runs of :func:`final_run` (their words are unknown; 101
    runs in PADT train, 11 in dev). Used on training data only: evaluation keeps its gold as
    it is. Raises nothing."""
    out = []
    for sent in sents:
        k = final_run(sent)
        if k:
            sent = sent[:-k]
        if sent:
            out.append(sent)
    return out
