"""Sentence splitting for Arabic (and mixed Latin) news text.

Rules, in order of application:

* a line break is always a boundary (blank lines too);
* a run of terminal punctuation ``. ! ? ؟ ؛ … ۔`` (with spaced runs such as ``. . .``) ends a
  sentence, and the closing quotes and brackets right after it belong to the sentence it
  ends (``قال "انتهى." وأضاف`` → ``قال "انتهى."`` | ``وأضاف``);
* a full stop with no space after it still splits before an Arabic letter (``حمص.وقال``);
* a full stop does not split decimals and dates (``2.5``, ``13.02.2014``), URLs and e-mail
  addresses, single-letter abbreviations and initials (``د.``, ``م.``, ``J.``), the
  abbreviations of :mod:`khabar.lang.abbreviations`, list numbers at a line start (``1.``),
  an omission mark ``(...)``, or a stop followed by a lower-case Latin word;
* the Arabic comma ``،`` and the colon never split.

Long quotations that hold several sentences are split at their inner sentence ends (as the
Prague Arabic Dependency Treebank does); the closing quote stays with the last of them.

The hot path is one ``re.finditer`` over candidate punctuation; each candidate is checked in
a bounded window, so the time is linear in the text length and no regex can backtrack.
"""
from __future__ import annotations

import bisect
import re

from khabar.lang.abbreviations import ARABIC as _AR_ABBR
from khabar.lang.abbreviations import LATIN as _LAT_ABBR

_TERM = ".!?؟؛…۔"
_CAND = re.compile(r"\n|[.!?؟؛…۔](?:[ \t]*[.!?؟؛…۔])*")
_AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF"
                        r"\uFB50-\uFDFF\uFE70-\uFEFC]")
_TOKEN_BEFORE = re.compile(r"(\S{1,24})\s{0,3}$")
_WORD = re.compile(r"\w")
_SPACE_IN_LINE = " \t\u00a0\u200f\u200e"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff"
_OPENERS = "\"'«“‘(["
_HARD_CLOSERS = "»”›"
_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset(
    chr(c) for c in range(0x0671, 0x06D4))
_TATWEEL = "\u0640"
_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``: trimmed, sorted, non-overlapping.

    Never raises for any ``str`` input (an empty or blank text gives ``[]``).
    """
    n = len(text)
    if not n:
        return []
    cuts: list[int] = []
    quotes: list[int] | None = None  # positions of '"' (built lazily)
    newlines: list[int] | None = None
    for m in _CAND.finditer(text):
        ps, pe = m.span()
        if text[ps] == "\n":
            cuts.append(ps)
            continue
        if not _ends_sentence(text, ps, pe, n):
            continue
        # Attach closing quotes / brackets that follow the run.
        j = pe
        while j < n:
            k = j
            while k < n and text[k] in _SPACE_IN_LINE:
                k += 1
            if k >= n:
                break
            c = text[k]
            if c in _HARD_CLOSERS:
                j = k + 1
                continue
            if c == '"':
                if quotes is None:
                    quotes = [q.start() for q in re.finditer('"', text)]
                    newlines = [q.start() for q in re.finditer("\n", text)]
                if _quote_is_closing(k, quotes, newlines):  # type: ignore[arg-type]
                    j = k + 1
                    continue
                break
            if k == j and c in ")]'’":
                j = k + 1
                continue
            break
        if j < n and not text[j].isspace() and not _split_without_space(text, ps, pe, j):
            continue
        cuts.append(j)
    return _spans(text, cuts)


def _ends_sentence(text: str, ps: int, pe: int, n: int) -> bool:
    """Whether the punctuation run ``text[ps:pe]`` can end a sentence (before closers)."""
    run = text[ps:pe]
    nxt = text[pe] if pe < n else ""
    prev = text[ps - 1] if ps > 0 else ""
    only_dots = all(c in ". \t…" for c in run)
    if only_dots:
        # Omission mark "(...)" / "( . . . )".
        k = ps - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] in "([":
            return False
        # A lower-case Latin word after the stop continues the sentence.
        k = pe
        while k < n and text[k] in " \t":
            k += 1
        if k < n and "a" <= text[k] <= "z" and k > pe:
            return False
    if run != ".":
        if only_dots:
            return True
        return True
    # A single full stop.
    if nxt and not nxt.isspace():
        if prev.isdigit() and nxt.isdigit():
            return False  # 2.5, 13.02.2014, 1.200
        if _is_latin_or_digit(prev) and _is_latin_or_digit(nxt):
            return False  # www.example.com, e.g, a.b@x.org
        if nxt == "@" or prev == "@":
            return False
    return not _is_abbreviation(text, ps, n)


def _is_latin_or_digit(c: str) -> bool:
    return bool(c) and (c.isascii() and c.isalnum())


def _is_abbreviation(text: str, ps: int, n: int) -> bool:
    """Whether the full stop at ``ps`` closes an abbreviation, an initial or a list number."""
    window = text[max(0, ps - 28):ps]
    m = _TOKEN_BEFORE.search(window)
    if m is None:
        return False
    tok = m.group(1)
    spaced = m.end(1) != len(window)
    tok = tok.lstrip(_OPENERS)
    if not tok:
        return False
    core = tok.strip(_DIACRITICS + _TATWEEL)
    if len(core) == 1 and core in _ARABIC_LETTERS:
        return True  # د. م. ص. ; also "د ." in tokenized text
    if spaced:
        return False
    if tok in _AR_ABBR or core in _AR_ABBR:
        return True
    low = tok.lower()
    if low in _LAT_ABBR:
        return True
    if len(low) == 1 and low.isascii() and low.isalpha():
        return True  # an initial: J. K. Rowling
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok):
        return True  # U.S  (the final stop is this one)
    if re.fullmatch(r"(?:[\u0621-\u064A]\.)+[\u0621-\u064A]\u0640?", tok):
        return True  # ص.ب  أ.د  ج.م.ع
    if tok.isdigit() and len(tok) <= 3:
        # A list number at the start of a line: "1. ".
        k = ps - len(tok) - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] == "\n"
    return False


def _split_without_space(text: str, ps: int, pe: int, j: int) -> bool:
    """A sentence end at ``j`` with no space after it: split only before Arabic or an opener."""
    c = text[j]
    if _AR_LETTER.match(c):
        return True
    if c in "«“(":
        return True
    if text[ps:pe] != "." and c.isalpha():
        return True  # "انتهى؟Then"
    return False


def _quote_is_closing(k: int, quotes: list[int], newlines: list[int]) -> bool:
    """A straight quote at ``k`` closes a quotation when an odd number precede it on its line."""
    i = bisect.bisect_left(newlines, k)
    line_start = newlines[i - 1] + 1 if i > 0 else 0
    before = bisect.bisect_left(quotes, k) - bisect.bisect_left(quotes, line_start)
    return before % 2 == 1


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Trimmed non-empty spans between cuts; punctuation-only pieces join their left neighbour."""
    out: list[tuple[int, int]] = []
    start = 0
    cuts.append(len(text))
    for cut in cuts:
        if cut <= start:
            continue
        seg = text[start:cut]
        s = start + (len(seg) - len(_lstrip(seg)))
        e = cut - (len(seg) - len(_rstrip(seg)))
        if e > s:
            if out and not _WORD.search(text, s, e) and "\n" not in text[out[-1][1]:s]:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        start = cut
    return out


def _lstrip(seg: str) -> str:
    """Strip leading whitespace and invisible controls."""
    out = seg.lstrip().lstrip(_INVISIBLE)
    while out and (out[0].isspace() or out[0] in _INVISIBLE):
        out = out.lstrip().lstrip(_INVISIBLE)
    return out


def _rstrip(seg: str) -> str:
    """Strip trailing whitespace and invisible controls."""
    out = seg.rstrip().rstrip(_INVISIBLE)
    while out and (out[-1].isspace() or out[-1] in _INVISIBLE):
        out = out.rstrip().rstrip(_INVISIBLE)
    return out
