"""Word index of a page for :mod:`khabar.segment.articles`.

Per word: a light stem (``key``) for comparing a headline with its lede, the folded form and
cue flags, cached per word type. Between words: links to the previous and next word with the
same key, so that the restatement counts of a growing headline ``words[i:j]`` (how many of
its content keys recur in the next ``LEDE_WINDOW`` words) can be updated in O(1) per ``j``
instead of being searched for key by key.

Also :func:`anchored_finditer`, ``pattern.finditer`` for patterns that can only start at a
few rare characters, without running the regex engine over every position of the page.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Iterable, Iterator

from khabar.lang import segment_cues as cues
from khabar.text.normalize import normalize

FAR = 1 << 30  # "no next occurrence"

STOP = frozenset(normalize(w) for w in cues.STOPWORDS)
LEDE = frozenset(normalize(w) for w in cues.LEDE_STARTERS)


def stem(w: str) -> str:
    """Strip clitics from a normalized word (see :func:`key`)."""
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    else:
        if len(w) >= 4 and w[0] in "وفبل":
            w = w[1:]
    for s in ("ات", "ين", "ون", "ان", "ها", "هم"):
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[:-len(s)]
            break
    if len(w) >= 4 and w[-1] in "هي":
        w = w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """A light stem for comparing a headline with its lede: folded, clitics stripped."""
    return stem(normalize(word))


# Keys of stopwords. A content word can share one (الله → له, وذلك → ذلك); such a key is
# "mixed" on a page where a content word has it.
_STOP_KEYS = frozenset(stem(w) for w in STOP)

# word_info fields
KEY, NORM, CONTENT, IS_STOP, IS_LEDE, MIXED = range(6)
_get_key, _get_content, _get_lede, _get_mixed = (
    itemgetter(KEY), itemgetter(CONTENT), itemgetter(IS_LEDE), itemgetter(MIXED))


def word_info(word: str) -> tuple[str, str, bool, bool, bool, bool]:
    """``(key, normalized, content word, stopword, lede starter, content word with a stopword
    key)``; content words have two letters or more and are not stopwords."""
    n = normalize(word)
    k = stem(n)
    content = len(n) >= 2 and n not in STOP
    return k, n, content, n in STOP, n in LEDE, content and k in _STOP_KEYS


_INFO: dict[str, tuple[str, str, bool, bool, bool, bool]] = {}
_INFO_MAX = 1 << 17


def word_infos(tokens: list[str]) -> list[tuple[str, str, bool, bool, bool, bool]]:
    """:func:`word_info` of each token, cached per word type."""
    info = list(map(_INFO.get, tokens))
    if None in info:
        if len(_INFO) > _INFO_MAX:
            _INFO.clear()
        for x, t in enumerate(info):
            if t is None:
                info[x] = _INFO[tokens[x]] = word_info(tokens[x])
    return info  # type: ignore[return-value]


class WordIndex:
    """Keys, flags and same-key links of a page's words.

    ``counted[x]`` marks the words whose key can be a headline's content key: content words,
    and stopwords whose key is mixed on this page (such a stopword in the lede window restates
    the headline's content word). ``nxt[x]``/``prv[x]`` are the next/previous word with the same
    key (``FAR``/``-1`` when none). ``recur_pre`` counts, as a prefix sum, the counted words
    whose key recurs less than ``recur`` words later.
    """

    def __init__(self, tokens: list[str], recur: int) -> None:
        self.info = info = word_infos(tokens)
        self.keys = keys = list(map(_get_key, info))
        self.content = content = list(map(_get_content, info))
        self.lede_prefix = list(accumulate(map(_get_lede, info), initial=0))
        counted = content
        if any(map(_get_mixed, info)):
            mk = {t[KEY] for t in info if t[MIXED]}
            counted = [c or k in mk for c, k in zip(content, keys)]
        self.counted = counted
        n = len(keys)
        nxt = [FAR] * n
        prv = [-1] * n
        rec = [0] * n
        last: dict[str, int] = {}
        for x, k in enumerate(keys):
            p = last.get(k)
            if p is not None:
                nxt[p] = x
                prv[x] = p
                if x - p < recur and counted[p]:
                    rec[p] = 1
            last[k] = x
        self.nxt, self.prv = nxt, prv
        self.recur_pre = list(accumulate(rec, initial=0))


def anchored_finditer(pattern: re.Pattern[str], text: str, lo: int, hi: int,
                      starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, lo, hi)``, given every position where a match
    can start (``starts``: any order; repeats and extra positions are fine). ``pattern`` must
    not match the empty string."""
    end = lo
    for p in sorted(set(starts)):
        if p < end or p >= hi:
            continue
        m = pattern.match(text, p, hi)
        if m is not None:
            yield m
            end = m.end()
