"""Surface tokenization of the repaired View, with spans mapped back to raw.

Rules: a run of Arabic letters (with diacritics, tatweel and joiners inside) is one token;
digits are split from letters (``2014م`` → ``2014`` ``م``) and keep their decimal and
thousands separators (``2.5``, ``1,200``, ``٣٫٥``, and the Arabic comma between digits as
UD PADT does: ``10،5``; ``2014، `` with a space after the comma is a number and a comma);
a percent sign, hyphen or slash is a token of its own (``15 %``, ``15 - 7``); a Latin run is one token; every other
non-space character is a token of its own. Invisible controls outside words are skipped.
"""
from __future__ import annotations

import re
from itertools import accumulate, repeat

from khabar.document import Token, Word
from khabar.text.normalize import normalize
from khabar.text.view import View

_AR = "\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF" \
      "\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC"
_MARK = "\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D"
_DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9"
_LATIN = "A-Za-z\u00C0-\u024F"
_SKIP = "\\s\u200B\u200E\u200F\u061C\u2066-\u2069\u202A-\u202E\uFEFF\u00AD"

#: One Arabic word: letters with diacritics, tatweel and joiners inside (shared with repair).
ARABIC_WORD = rf"[{_AR}][{_AR}{_MARK}]*(?:[\u200C\u200D]+[{_AR}][{_AR}{_MARK}]*)*"

TOKEN_RE = re.compile(
    rf"{ARABIC_WORD}"                                                         # Arabic word
    rf"|[{_DIGIT}]+(?:[.,\u066B\u066C\u060C][{_DIGIT}]+)*"                    # number
    rf"|[{_LATIN}]+(?:['’][{_LATIN}]+)*"                                      # Latin word
    rf"|[{_MARK}]+"                                                           # stray marks
    rf"|[^{_SKIP}]"                                                           # anything else
)


#: The token pattern as one capture group: ``re.split`` then alternates gaps and tokens.
_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
_MAX_TYPES = 1 << 19


class _TypeCache(dict):
    """(norm, words) of each token type, made on first sight (news vocabulary is Zipfian)."""

    def __missing__(self, text: str) -> tuple[str, tuple[Word, ...]]:
        if len(self) >= _MAX_TYPES:
            self.clear()
        info = self[text] = (normalize(text), (Word(text),))
        return info


_TYPES = _TypeCache()


def tokenize_text(text: str) -> list[tuple[int, int]]:
    """Token spans of a plain string (no repairs)."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _view_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """(token strings, starts, ends) of ``text``: the tokens of ``TOKEN_RE.finditer`` (every
    character the pattern does not take is a skipped one), found without a match object each."""
    parts = _SPLIT_RE.split(text)           # gap, token, gap, token, …, gap
    ends = list(accumulate(map(len, parts)))
    return parts[1::2], ends[0:-1:2], ends[1::2]


def tokenize_view(view: View) -> tuple[Token, ...]:
    """Tokens of the repaired view; spans point into raw, ``norm`` is of the repaired text.

    Each token carries one :class:`Word` (the repaired text) until morphology fills in clitics.
    """
    words, starts, ends = _view_spans(view.text)
    if not words:
        return ()
    norms, forms = zip(*map(_TYPES.__getitem__, words))
    if not view.identity:
        starts, ends = _to_raw(view, starts, ends)
    return tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, norms, forms)))


def _to_raw(view: View, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Raw spans of sorted view spans: walk the view's pieces alongside the tokens (both
    sorted); a token inside an exact piece is shifted, any other is mapped by ``to_raw``."""
    pieces = view.pieces
    npieces = len(pieces)
    pi = 0
    rstarts: list[int] = []
    rends: list[int] = []
    for s, e in zip(starts, ends):
        while pi + 1 < npieces and pieces[pi][1] <= s:
            pi += 1
        vs, ve, rs, _, exact = pieces[pi]
        if exact and vs <= s and e <= ve:
            s, e = rs + s - vs, rs + e - vs
        else:
            s, e = view.to_raw(s, e)
        rstarts.append(s)
        rends.append(e)
    return rstarts, rends
