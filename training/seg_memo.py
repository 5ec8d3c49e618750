"""The memorization and context tables of the segmenter (:mod:`training.train_segmenter`):
one analysis per train form, previous-token exceptions for ambiguous forms, and the
:class:`Resources` bundle with the memorization table (:func:`make_resources`).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from khabar.morph.seg_model import Resources, features
from khabar.morph.seg_text import fold, is_arabic_word, strip
from training.seg_padt import Sent, decompose
from training.seg_tables import _best, host_spellings, padt_stats

NEAR = 1   # a train analysis this close to the top count is a rival the ranking model judges


def memo_table(analyses: dict[str, Counter], weights: dict[str, float],
               res: Resources) -> dict[str, tuple[str, ...]]:
    """The memorized analysis of every train form: the most frequent one, except that when
    other analyses come within :data:`NEAR` occurrences of it (1 against 1, 2 against 1, 39
    against 39), the ranking model picks among those rivals («نظرنا» seen once whole and once
    نظر + نا). Rivals the model cannot produce (مما → من + ما) keep the count order. Raises
    ValueError on an empty counter in ``analyses``."""
    memo = {}
    get = weights.get
    for b, c in analyses.items():
        top = _best(c)
        rivals = {}
        if is_arabic_word(b) and decompose(b, top) is not None:
            for words, n in c.items():
                d = decompose(b, words) if n >= c[top] - NEAR else None
                if d is not None:
                    rivals[d[0]] = words
        if len(rivals) > 1:
            tn = res.news.get(fold(b), 0)
            cand = max(rivals, key=lambda k: (sum(get(f, 0.0) for f in features(b, k, res, tn)),
                                              c[rivals[k]], rivals[k]))
            top = rivals[cand]
        memo[b] = top
    return memo


def context_table(sents: list[Sent], memo: dict[str, tuple[str, ...]]
                  ) -> dict[str, dict[str, str]]:
    """For forms with several analyses: previous token → analysis, where it beats the
    form's overall best in that context (≥ 2 occurrences). Raises KeyError when a form of
    ``sents`` with several analyses is missing from ``memo``."""
    ctx: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sent in sents:
        prev = ""
        for form, words in sent:
            base = strip(form)
            ctx[base][prev][words if len(words) > 1 else ()] += 1
            prev = base if is_arabic_word(base) else "#"
    out: dict[str, dict[str, str]] = {}
    for base, by_prev in ctx.items():
        if len({w for c in by_prev.values() for w in c}) < 2:
            continue
        top = memo[base] if len(memo[base]) > 1 else ()
        for prev, c in by_prev.items():
            best = _best(c)
            if prev == "#":
                continue
            if best != top and c[best] >= 2 and c[best] > c[top]:
                out.setdefault(base, {})[prev] = " ".join(best)
    return out


def make_resources(sents: list[Sent], news: dict[str, int], spell: dict[str, str],
                   weights: dict[str, float] | None = None
                   ) -> tuple[Resources, dict[str, tuple[str, ...]]]:
    """PADT lexicon tables and the memorization table (rivals judged by ``weights`` when
    given, see :func:`memo_table`; by count alone otherwise). Raises nothing."""
    analyses, unsplit, host, hostword, rewrite = padt_stats(sents)
    sp = dict(spell)
    res = Resources(news=news, spell=sp, unsplit=dict(unsplit), host=dict(host),
                    hostword=dict(hostword),
                    rewrite={k: _best(c) for k, c in rewrite.items()})
    res.hostspell = host_spellings(rewrite, spell)
    memo = (memo_table(analyses, weights, res) if weights is not None
            else {b: _best(c) for b, c in analyses.items()})
    return res, memo
