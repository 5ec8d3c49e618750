"""ROUGE-N and ROUGE-L (Lin 2004), implemented from the definitions.

Tokens: the project tokenizer's tokens of the text, normalized with
:func:`khabar.text.normalize.normalize` (so hamza/alef/ya/ta-marbuta spelling differences
between an article and a hand-copied summary do not count), keeping tokens with a letter or
a digit (punctuation dropped). No stemming, no stop-word removal.

- ROUGE-N: clipped n-gram overlap ``Σ min(c_sys(g), c_ref(g))``; P = overlap / |sys n-grams|,
  R = overlap / |ref n-grams|, F = 2PR / (P + R) (0 when the overlap is 0).
- ROUGE-L: the longest common subsequence of the two token sequences (each summary taken as
  one sequence: the summary-level LCS of a single-sentence split); P = LCS / |sys|,
  R = LCS / |ref|, F as above (β = 1).
- Several references: :func:`rouge_multi` gives, per measure, the maximum and the average of
  the F scores over the references.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from khabar.text.normalize import normalize
from khabar.tokenize.tokenizer import TOKEN_RE

_KEEP = re.compile(r"[^\W_]")


def rouge_tokens(text: str) -> list[str]:
    """Normalized word and number tokens of ``text`` (punctuation dropped)."""
    return [n for n in (normalize(m.group()) for m in TOKEN_RE.finditer(text)) if _KEEP.search(n)]


def _ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _prf(overlap: int, n_sys: int, n_ref: int) -> tuple[float, float, float]:
    if overlap == 0 or n_sys == 0 or n_ref == 0:
        return 0.0, 0.0, 0.0
    p = overlap / n_sys
    r = overlap / n_ref
    return p, r, 2 * p * r / (p + r)


def rouge_n(sys: Sequence[str], ref: Sequence[str], n: int) -> tuple[float, float, float]:
    """(P, R, F) of ROUGE-N for token lists."""
    cs, cr = _ngrams(sys, n), _ngrams(ref, n)
    overlap = sum(min(c, cr[g]) for g, c in cs.items() if g in cr)
    return _prf(overlap, sum(cs.values()), sum(cr.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (O(len(a)·len(b)) time, O(len(b)) memory)."""
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(sys: Sequence[str], ref: Sequence[str]) -> tuple[float, float, float]:
    """(P, R, F) of ROUGE-L for token lists."""
    return _prf(lcs_length(sys, ref), len(sys), len(ref))


MEASURES = ("rouge1", "rouge2", "rougeL")


def rouge_all(sys: Sequence[str], ref: Sequence[str]) -> dict[str, float]:
    """F scores of ROUGE-1, ROUGE-2 and ROUGE-L."""
    return {"rouge1": rouge_n(sys, ref, 1)[2], "rouge2": rouge_n(sys, ref, 2)[2],
            "rougeL": rouge_l(sys, ref)[2]}


def rouge_multi(sys: Sequence[str], refs: Iterable[Sequence[str]]) -> dict[str, float]:
    """``{measure_max, measure_avg}`` F over several references (0s when there are none)."""
    per = [rouge_all(sys, r) for r in refs]
    out: dict[str, float] = {}
    for m in MEASURES:
        vals = [p[m] for p in per] or [0.0]
        out[m + "_max"] = max(vals)
        out[m + "_avg"] = sum(vals) / len(vals)
    return out


__all__ = ["MEASURES", "lcs_length", "rouge_all", "rouge_l", "rouge_multi", "rouge_n",
           "rouge_tokens"]
