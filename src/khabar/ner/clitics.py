"""Leading proclitics (و ف ب ل ك) and the article on normalized Arabic words.

All functions take and return *normalized* strings (``khabar.text.normalize``), so hamza
forms, ى/ي and ة/ه are already folded.
"""
from __future__ import annotations

from typing import Any, Sequence

CONJ = "وف"
PREP = "بلك"
PROCLITICS = CONJ + PREP
ARTICLE = "ال"
#: UPOS of the clitic words of a segmented token (the rest is its host).
CLITIC_UPOS = frozenset(("CCONJ", "ADP", "PRON", "PART", "DET", "SCONJ"))


def strip_options(w: str) -> list[tuple[int, str]]:
    """Ways to strip proclitics from ``w``: ``(letters stripped, rest)``, longest first.

    The rest keeps the article (``وبالأمم`` → ``الامم``); ``لل`` + noun (ل + ال with the
    alef dropped) gives the rest ``ل…`` by stripping one letter only. Rests shorter than
    2 letters are not offered.
    """
    out: list[tuple[int, str]] = []
    i = 0
    if len(w) > 3 and w[0] in CONJ:
        i = 1
        out.append((1, w[1:]))
    if len(w) - i > 3 and w[i] in PREP:
        out.append((i + 1, w[i + 1:]))
    out.reverse()
    return out


def core_of(w: str) -> str:
    """``w`` without proclitics and article, for keys and features (``وبالأمم`` → ``امم``).

    Greedy and lexicon-free: strips ``وال فال بال كال لل ال`` when at least two letters stay,
    and a single و/ف before a word of four or more letters only when followed by the article.
    """
    n = len(w)
    if n > 4 and w[0] in CONJ and w[1] in "بك" and w[2:4] == ARTICLE:
        return w[4:]
    if n > 4 and w[0] in CONJ and w[1:3] == "لل":
        return w[3:]
    if n > 3 and w[0] in CONJ + "بك" and w[1:3] == ARTICLE:
        return w[3:]
    if n > 3 and w[:2] == "لل":
        return w[2:]
    if n > 3 and w[:2] == ARTICLE:
        return w[2:]
    return w


def article_of(w: str) -> bool:
    """Whether ``w`` carries the article (possibly after proclitics)."""
    return core_of(w) != w and ("ال" in w[:4] or w[:2] == "لل" or w[1:3] == "لل")


def host_word(words: Sequence[Any]) -> Any:
    """The host of a segmented token's ``words`` (objects with ``text`` and ``upos``): the
    longest word that is no clitic, else the longest word. ``words`` must not be empty."""
    host = None
    for w in words:
        if w.upos not in CLITIC_UPOS and (host is None or len(w.text) > len(host.text)):
            host = w
    return host if host is not None else max(words, key=lambda w: len(w.text))
