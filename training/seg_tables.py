"""Lexicon counts of the segmenter for :mod:`training.train_segmenter`: raw-news key counts
and spellings, PADT host/rewrite counts and host spellings (bundled into
:class:`~khabar.morph.seg_model.Resources` by :func:`training.seg_memo.make_resources`).
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from khabar.morph.seg_model import stem_of
from khabar.morph.seg_text import fold, strip
from training.seg_padt import Sent, decompose, fits

_AR_RUN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u0640\u0671-\u06D3]+")

PadtStats = tuple[dict[str, Counter], Counter, Counter, Counter, dict[str, Counter]]


def _best(counter: Counter) -> Any:
    """The most frequent key of ``counter`` (ties: the greatest key). Raises ValueError when
    it is empty."""
    return max(counter.items(), key=lambda kv: (kv[1], kv[0]))[0]


def news_counts(data: Path) -> tuple[Counter, dict[str, str]]:
    """Folded-key counts and the most frequent spelling per key, over raw news (a missing
    file is reported on stderr and skipped). Raises OSError on an unreadable file."""
    surf: Counter = Counter()
    for name in ("saudinewsnet.txt.gz", "arabic_newspapers_corpus.txt.gz"):
        path = data / "raw_news" / name
        if not path.exists():
            print(f"  (missing {path}; news features will be weaker)", file=sys.stderr)
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                surf.update(_AR_RUN.findall(line))
    stripped: Counter = Counter()
    for w, c in surf.items():
        stripped[strip(w)] += c
    keys: Counter = Counter()
    best: dict[str, tuple[int, str]] = {}
    for w, c in stripped.items():
        k = fold(w)
        keys[k] += c
        if k not in best or (c, w) > best[k]:
            best[k] = (c, w)
    return keys, {k: w for k, (c, w) in best.items()}


def padt_stats(sents: list[Sent]) -> PadtStats:
    """Memorization and lexicon tables from PADT sentences: (analyses per form, whole-token
    counts, host pieces, host words, piece → word rewrites). Raises nothing."""
    analyses: dict[str, Counter] = defaultdict(Counter)
    unsplit: Counter = Counter()
    host: Counter = Counter()
    hostword: Counter = Counter()
    rewrite: dict[str, Counter] = defaultdict(Counter)
    for sent in sents:
        for form, words in sent:
            base = strip(form)
            if not fits(form, words):
                continue
            analyses[base][words] += 1
            if len(words) == 1:
                unsplit[base] += 1
                continue
            d = decompose(form, words)
            if d is None:
                continue
            cand, hw = d
            stem = stem_of(base, cand)
            host[stem] += 1
            hostword[fold(hw)] += 1
            rewrite[f"{stem}|{int(cand[2])}|{int(bool(cand[1]))}"][hw] += 1
    return analyses, unsplit, host, hostword, rewrite


def host_spellings(rewrite: dict[str, Counter], spell: dict[str, str]) -> dict[str, str]:
    """PADT's most frequent spelling of each host word (by folded key) where it differs from
    the raw-news one: PADT writes «الإستراتيجية» where the news mostly write «الاستراتيجية».
    Raises nothing."""
    by_key: dict[str, Counter] = defaultdict(Counter)
    for c in rewrite.values():
        for word, n in c.items():
            by_key[fold(word)][word] += n
    out = {}
    for k, c in by_key.items():
        best = _best(c)
        if best != spell.get(k, k):
            out[k] = best
    return out
