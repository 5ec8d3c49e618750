"""Extractive summary: position + centrality, with redundancy control (MMR).

Per article:

1. Each sentence becomes a TF-IDF vector over its content words (stop words out; the
   grouping key of :mod:`khabar.topics.keywords`: the lemma when morphology is present, else
   the normalized form without the article/prepositions), with idf from raw_news.
2. ``centrality`` = cosine to the article's centroid (sum of the vectors). Sentence score
   (a linear fit, on the odd half of EASC, of how many of the 5 human summaries picked each
   sentence; then the centrality and length weights set by ``--tune`` on that half)::

       W_LEAD / (1 + rank) − W_REL · rank / n + W_CENT · centrality − W_LEN · min(words, 60) / 60

   minus 0.2 for a sentence shorter than ``MIN_WORDS`` words.
3. MMR: repeatedly take the sentence maximizing ``LAMBDA · score − (1 − LAMBDA) · max cosine to
   the sentences already taken`` until the length budget is reached (shorter sentences
   score higher: per word of budget, the human summaries favour them).
4. The chosen sentences are returned in reading order.

Length (per article): ``max_words`` (sentences are added while the summary is shorter than
that; the last one may overshoot), else ``ratio`` of the article's words, else
``max_sentences``; with none given, ``DEFAULT_RATIO`` of the words, at most
``DEFAULT_MAX_SENTENCES`` sentences. A headline sentence is never part of the summary.

The constants were set on the odd-numbered half of EASC (``khabar evaluate summary --tune``);
see that module's docstring.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from khabar.lang.stopwords import normalized as _stopwords

W_LEAD = 0.333
W_REL = 0.177
W_CENT = 0.3
W_LEN = 0.253
LAMBDA = 0.85
MIN_WORDS = 3
DEFAULT_RATIO = 0.3
DEFAULT_MAX_SENTENCES = 5

_WORD = re.compile(r"[^\W_]")


def _key(tok, stop) -> str | None:
    from khabar.topics.keywords import _token_key
    return _token_key(tok, stop)


def _article_groups(doc) -> dict[int, list[int]]:
    """article index → its sentence indices (in order)."""
    groups: dict[int, list[int]] = {}
    for i, s in enumerate(doc.sentences):
        groups.setdefault(s.article, []).append(i)
    return groups


def _headline_sentences(doc) -> set[int]:
    out = set()
    heads = [a.headline for a in doc.articles if a.headline is not None]
    if not heads:
        return out
    for i, s in enumerate(doc.sentences):
        for h in heads:
            if h.start <= s.start and s.end <= h.end:
                out.add(i)
    return out


def summarize(doc, ratio: float | None = None, max_sentences: int | None = None,
              max_words: int | None = None, params: dict | None = None) -> list[int]:
    """Indices of summary sentences (into ``doc.sentences``) over all articles, sorted.

    ``ratio`` (0–1] of each article's words, ``max_sentences`` per article, or ``max_words``
    per article (see the module docstring). ``params`` overrides the module constants (for
    tuning). Documents without sentences give ``[]``.
    """
    if not doc.sentences:
        return []
    p = {"w_lead": W_LEAD, "w_rel": W_REL, "w_cent": W_CENT, "w_len": W_LEN,
         "lambda": LAMBDA, "min_words": MIN_WORDS}
    if params:
        p.update(params)
    if ratio is not None and not (0 < ratio <= 1):
        from khabar.errors import ConfigError
        raise ConfigError(f"summary ratio must be in (0, 1], got {ratio}")
    stop = _stopwords("all")
    from khabar.topics.idf import idf_table
    idf = idf_table()
    by_sent = doc.tokens_by_sentence()
    heads = _headline_sentences(doc)
    out: list[int] = []
    for art, sids in sorted(_article_groups(doc).items()):
        body = [i for i in sids if i not in heads] or sids
        out.extend(_summarize_article(body, by_sent, stop, idf, p, ratio, max_sentences,
                                      max_words))
    return sorted(out)


def _summarize_article(sids, by_sent, stop, idf, p, ratio, max_sentences, max_words):
    vecs: list[dict[str, float]] = []
    lens: list[int] = []
    if len(_IDF_CACHE) > 200_000:
        _IDF_CACHE.clear()
    for i in sids:
        toks = by_sent[i] if i < len(by_sent) else []
        tf: Counter[str] = Counter()
        n = 0
        for t in toks:
            if _WORD.search(t.norm):
                n += 1
            k = _key(t, stop)
            if k is not None:
                tf[k] += 1
                if k not in _IDF_CACHE:
                    _IDF_CACHE[k] = idf[t.norm]
        vecs.append({k: c * _IDF_CACHE[k] for k, c in tf.items()})
        lens.append(n)
    total = sum(lens)
    if max_words is not None:
        budget_words, budget_sents = max(1, int(max_words)), len(sids)
    elif ratio is not None:
        budget_words, budget_sents = max(1, int(round(ratio * total))), len(sids)
    elif max_sentences is not None:
        budget_words, budget_sents = total + 1, max(0, int(max_sentences))
    else:
        budget_words = max(1, int(round(DEFAULT_RATIO * total)))
        budget_sents = DEFAULT_MAX_SENTENCES
    if budget_sents == 0 or not sids:
        return []

    centroid: Counter[str] = Counter()
    for v in vecs:
        centroid.update(v)
    cnorm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    norms = [math.sqrt(sum(x * x for x in v.values())) or 1.0 for v in vecs]
    cent = [sum(x * centroid[k] for k, x in v.items()) / (n * cnorm) for v, n in zip(vecs, norms)]
    n_s = len(sids)
    scores = []
    for r, (c, n) in enumerate(zip(cent, lens)):
        s = (p["w_lead"] / (1 + r) - p["w_rel"] * r / n_s + p["w_cent"] * c
             - p["w_len"] * min(n, 60) / 60)
        if n < p["min_words"]:
            s -= 0.2
        scores.append(s)

    def sim(a: int, b: int) -> float:
        va, vb = vecs[a], vecs[b]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(x * vb.get(k, 0.0) for k, x in va.items()) / (norms[a] * norms[b])

    chosen: list[int] = []
    words = 0
    left = set(range(len(sids)))
    lam = p["lambda"]
    while left and words < budget_words and len(chosen) < budget_sents:
        best = max(left, key=lambda j: (lam * scores[j] - (1 - lam) * max(
            (sim(j, c) for c in chosen), default=0.0), -j))
        chosen.append(best)
        left.discard(best)
        words += lens[best]
    return [sids[j] for j in sorted(chosen)]


_IDF_CACHE: dict[str, float] = {}  # key → idf (cleared when large)


def summary_layer(doc, **kw) -> tuple[int, ...]:
    """The ``summary`` layer value: :func:`summarize` as a tuple."""
    return tuple(summarize(doc, **kw))


__all__ = ["summarize", "summary_layer"]
