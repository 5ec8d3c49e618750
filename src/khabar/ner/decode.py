"""Recall-biased decoding of the NER CRF, optionally over marginals mixed with the stacked
neural tagger's probabilities (:mod:`khabar.ner.neural`)."""
from __future__ import annotations

from typing import Callable, Sequence


def recall_bias(tagger, labels: list[str], names: Sequence[str], threshold: float,
                probs=None, mix: float = 0.0, cols: dict[str, int] | None = None) -> list[str]:
    """Relabel, in place, each Viterbi ``O`` whose marginal probability is below
    ``threshold`` with its most probable entity label (an ``I-X`` not continuing an ``X``
    becomes ``B-X``). ``tagger`` holds the sentence (``Tagger.set``). The CRF is precise
    but misses names (recall 64% on the test split at 80% precision); lowering the bar for
    ``O`` trades a little precision for recall (threshold chosen on dev). Mentions found
    by Viterbi are never lengthened (an unsure ``I-X`` right after a Viterbi mention stays
    ``O``: «غاتيلوف ومعاونة»); only missed mentions are added. With ``probs`` (the neural
    tagger's ``(len, labels)`` array, its label -> column map ``cols``) and ``mix`` > 0 the
    marginals are ``(1 - mix) · CRF + mix · network``; Viterbi's own labels are kept."""
    marg: Callable[[str, int], float] = tagger.marginal
    if probs is not None and mix > 0 and cols is not None:
        def marg(n: str, i: int) -> float:
            c = cols.get(n)
            return (1 - mix) * tagger.marginal(n, i) + (mix * float(probs[i, c])
                                                         if c is not None else 0.0)
    added = [False] * len(labels)
    for i, lab in enumerate(labels):
        if lab != "O":
            continue
        if marg("O", i) >= threshold:
            continue
        best = max((n for n in names if n != "O"), key=lambda n: marg(n, i))
        if best.startswith("I-"):
            if i > 0 and labels[i - 1][2:] == best[2:]:
                if not added[i - 1]:
                    continue
            else:
                best = "B-" + best[2:]
        labels[i] = best
        added[i] = True
    return labels
