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
from itertools import accumulate, compress
from operator import itemgetter, not_
from typing import Iterable, Iterator

from khabar.lang import segment_cues as cues
from khabar.text.normalize import normalize

FAR = 1 << 30  # "no next occurrence"

STOP = frozenset(normalize(w) for w in cues.STOPWORDS)
LEDE = frozenset(normalize(w) for w in cues.LEDE_STARTERS)


_PREFIX3 = frozenset(("وال", "بال", "فال", "كال"))
_PREFIX2 = frozenset(("لل", "ال"))
_SUFFIX2 = frozenset(("ات", "ين", "ون", "ان", "ها", "هم"))


def stem(w: str) -> str:
    """The key of a normalized word: a light stem for comparing a headline with its lede.

    Strips an article prefix leaving two letters or more (else one of «وفبل» from four
    letters), a plural/pronoun suffix leaving three letters or more, and a final «ه»/«ي» from
    four letters.
    """
    if len(w) >= 5 and w[:3] in _PREFIX3:
        w = w[3:]
    elif len(w) >= 4 and w[:2] in _PREFIX2:
        w = w[2:]
    elif len(w) >= 4 and w[0] in "وفبل":
        w = w[1:]
    if len(w) >= 5 and w[-2:] in _SUFFIX2:
        w = w[:-2]
    if len(w) >= 4 and w[-1] in "هي":
        w = w[:-1]
    return w


# Keys of stopwords. A content word can share one (الله → له, وذلك → ذلك); such a key
# is "mixed" on a page where a content word has it.
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
        for x in compress(range(len(info)), map(not_, info)):
            t = tokens[x]
            wi = _INFO.get(t)
            if wi is None:
                wi = _INFO[t] = word_info(t)
            info[x] = wi
    return info  # type: ignore[return-value]


class WordIndex:
    """Keys, flags and same-key links of a page's words.

    ``counted[x]`` marks the words whose key can be a headline's content key: content words,
    and stopwords whose key is mixed on this page (such a stopword in the lede window restates
    the headline's content word). For a counted word, ``nxt[x]``/``prv[x]`` are the next and
    previous word with the same key (``FAR``/``-1`` when none, and always for other words).
    ``recur_pre`` is the prefix count of the counted words whose key recurs less than
    ``recur`` words later.
    """

    def __init__(self, tokens: list[str], recur: int) -> None:
        self.info = info = word_infos(tokens)
        self.keys = keys = list(map(_get_key, info))
        self.content = content = list(map(_get_content, info))
        self.lede_prefix = list(accumulate(map(_get_lede, info), initial=0))
        counted = content
        if any(map(_get_mixed, info)):
            mk = set(compress(keys, map(_get_mixed, info)))
            counted = [c or k in mk for c, k in zip(content, keys)]
        self.counted = counted
        n = len(keys)
        nxt = [FAR] * n
        prv = [-1] * n
        rec = [0] * n
        last: dict[str, int] = {}
        # Only counted words are linked: all the words of a counted key are counted.
        for x, k in compress(enumerate(keys), counted):
            p = last.get(k)
            if p is not None:
                nxt[p] = x
                prv[x] = p
                if x - p < recur:
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
