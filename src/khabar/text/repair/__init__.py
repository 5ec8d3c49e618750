"""Repair of scraped Arabic text: glued words, letter slips and orthography.

:func:`propose_repairs` scans the Arabic words of the raw text (the same words the project
tokenizer finds), decides once per word type (cached; news is Zipfian) and, for the rare
unknown types that have spelling candidates, ranks them with the neighbouring words. The
model (word unigram + bigram counts, see ``khabar/models/repair/MODEL_CARD.md``) is loaded
once per process on first use.

Rules on the output: repairs are sorted and non-overlapping; ``raw[start:end]`` is the
defective word; a "split" replacement is that text with spaces inserted and nothing else; a
"spelling" or "orthography" replacement is one word without spaces. Words with diacritics,
tatweel, joiners or non-basic letters are never repaired.
"""
from __future__ import annotations

import re
from itertools import compress, repeat
from operator import is_

from khabar.document import Repair
from khabar.text.repair.candidates import PLAIN_WORD
from khabar.text.repair.scoring import PROTECT, Decision, decide, rescore
from khabar.text.repair.lexicon import Lexicon, lexicon
from khabar.tokenize.tokenizer import ARABIC_WORD

# The Arabic-word alternative of the tokenizer's TOKEN_RE: no other alternative of TOKEN_RE
# can start at an Arabic letter, so this finds exactly the tokenizer's Arabic words.
WORD_RE = re.compile(ARABIC_WORD)
_SPACE_RE = re.compile(r"[ \t\u00a0]*")

_CACHE_MAX = 1 << 19
_cache: dict[str, Decision | None] = {}
MAX_WORD = 40   # longer letter runs are not words (no repair; keeps the search linear)


def _decision(lex: Lexicon, word: str) -> Decision | None:
    d = _cache.get(word, _cache)
    if d is not _cache:
        return d  # type: ignore[return-value]
    # A frequent word is never repaired (decide's first test, made here before the others).
    d = None if (lex.uni.get(word, 0) >= PROTECT or len(word) > MAX_WORD
                 or not PLAIN_WORD.fullmatch(word)) else decide(lex, word)
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[word] = d
    return d


def _neighbour(raw: str, start: int, end: int, prev: tuple[int, str] | None) -> tuple[
        str | None, str | None]:
    """Adjacent Arabic words (only spaces between) as plain keys, or ``None``."""
    left = None
    if prev is not None and not raw[prev[0]:start].strip(" \t\u00a0"):
        left = prev[1] if PLAIN_WORD.fullmatch(prev[1]) else None
    right = None
    m = _SPACE_RE.match(raw, end)
    m2 = WORD_RE.match(raw, m.end()) if m else None
    if m2 is not None and PLAIN_WORD.fullmatch(m2.group()):
        right = m2.group()
    return left, right


def propose_repairs(raw: str) -> list[Repair]:
    """Repairs of ``raw`` as sorted, non-overlapping spans.

    Raises :class:`khabar.errors.ResourceError` if the shipped repair model is missing.
    """
    if not raw:
        return []
    lex = lexicon()
    # Most pages have no word to repair: decide every word type first (cached, no match
    # objects) and scan for spans only when some word has a decision.
    words = WORD_RE.findall(raw)
    decisions = list(map(_cache.get, words, repeat(_cache)))
    if _cache in decisions:
        for x in compress(range(len(words)), map(is_, decisions, repeat(_cache))):
            decisions[x] = _decision(lex, words[x])
    if not any(decisions):
        return []
    out: list[Repair] = []
    cache_get = _cache.get
    prev: tuple[int, str] | None = None
    for m in WORD_RE.finditer(raw):
        word = m.group()
        d = cache_get(word, _cache)
        if d is _cache:
            d = _decision(lex, word)
        if d is not None:
            start, end = m.span()
            if d.kind == "context":
                left, right = _neighbour(raw, start, end, prev)
                d = rescore(lex, word, d, left, right)
            if d is not None:
                out.append(Repair(start, end, d.replacement, d.kind, round(d.confidence, 3)))
        prev = (m.end(), word)
    return out


__all__ = ["propose_repairs", "WORD_RE"]
