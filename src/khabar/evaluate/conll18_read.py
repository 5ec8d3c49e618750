"""CoNLL-U reading for the CoNLL 2018 scorer (:mod:`khabar.evaluate.conll18`): characters
without spaces, token spans, words (with the span of their token) and sentence spans.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from khabar.errors import InputError

FORM, LEMMA, UPOS = 1, 2, 3


class ConllError(InputError):
    """A CoNLL-U file that cannot be scored (bad line, or texts that differ)."""


@dataclass(slots=True)
class UDWord:
    """A syntactic word: its token's span, its 10 columns, whether its token is multiword."""

    start: int
    end: int
    columns: list[str]
    multiword: bool


@dataclass
class UDDoc:
    """A read CoNLL-U file (see :func:`load_conllu`)."""

    characters: list[str] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)
    words: list[UDWord] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def _no_space(s: str) -> str:
    """``s`` without space characters (Unicode category Zs). Raises nothing."""
    return "".join(c for c in s if unicodedata.category(c) != "Zs")


def load_conllu(text: str, name: str = "<conllu>") -> UDDoc:
    """Parse CoNLL-U text into characters, token spans, words and sentence spans. Raises
    :class:`ConllError` on a line without 10 columns, a bad ID or range, or an empty FORM."""
    doc = UDDoc()
    sent_start: int | None = None
    mwt_end = 0          # last word id covered by the current multiword token
    mwt_span = (0, 0)
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.rstrip("\r")
        if not line.strip():
            if sent_start is not None:
                doc.sentences.append((sent_start, len(doc.characters)))
                sent_start = None
            mwt_end = 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConllError(f"{name} line {lineno}: expected 10 tab-separated columns, "
                             f"got {len(cols)}")
        wid = cols[0]
        if "." in wid:
            continue  # empty node
        if sent_start is None:
            sent_start = len(doc.characters)
        form = _no_space(cols[FORM])
        if "-" in wid:
            try:
                a, b = (int(x) for x in wid.split("-"))
            except ValueError:
                raise ConllError(f"{name} line {lineno}: bad range {wid!r}") from None
            if not form:
                raise ConllError(f"{name} line {lineno}: empty FORM")
            start = len(doc.characters)
            doc.characters.extend(form)
            mwt_span = (start, len(doc.characters))
            mwt_end = b
            doc.tokens.append(mwt_span)
            continue
        try:
            i = int(wid)
        except ValueError:
            raise ConllError(f"{name} line {lineno}: bad ID {wid!r}") from None
        if i <= mwt_end:
            doc.words.append(UDWord(mwt_span[0], mwt_span[1], cols, True))
            continue
        mwt_end = 0
        if not form:
            raise ConllError(f"{name} line {lineno}: empty FORM")
        start = len(doc.characters)
        doc.characters.extend(form)
        span = (start, len(doc.characters))
        doc.tokens.append(span)
        doc.words.append(UDWord(span[0], span[1], cols, False))
    if sent_start is not None:
        doc.sentences.append((sent_start, len(doc.characters)))
    return doc
