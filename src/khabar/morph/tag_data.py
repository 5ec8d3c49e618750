"""Read CoNLL-U files into sentences of syntactic words (for tagger training and evaluation).

Each sentence is a list of ``(form, upos, lemma, token_index)``; ``lemma`` is ``None`` where the
file has ``_`` (PADT has lemmas for about a fifth of its sentences). ``token_index`` numbers the
surface tokens of the sentence, so the words of one multiword token share it.
"""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterator, NamedTuple


class GoldWord(NamedTuple):
    form: str
    upos: str
    lemma: str | None
    token: int


def read_conllu(path: str | Path) -> Iterator[list[GoldWord]]:
    """Yield the syntactic-word sentences of a CoNLL-U file (plain or ``.gz``)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    sent: list[GoldWord] = []
    tok = -1
    mwt_end = 0
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent, tok, mwt_end = [], -1, 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                continue
            wid = cols[0]
            if "-" in wid:
                a, b = wid.split("-")
                tok += 1
                mwt_end = int(b)
                continue
            if "." in wid:
                continue
            if int(wid) > mwt_end:
                tok += 1
            lemma = cols[2]
            sent.append(GoldWord(cols[1], cols[3], None if lemma == "_" and cols[1] != "_" else lemma, tok))
    if sent:
        yield sent
