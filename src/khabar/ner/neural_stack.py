"""The neural tagger's probabilities as CRF features (stacking, the shipped model:
``MODEL_CARD.md``). ``Featurizer(neural=MODE, neural_model=...)`` adds them."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence


def stack_features(probs, labels: Sequence[str], mode: str = "b") -> list[list[str]]:
    """CRF features of one sentence's probabilities: the argmax label with its probability
    bucket (≥ .5/.7/.9/.97), each entity type whose B+I mass is ≥ .1 (bucketed), and the
    neighbours' argmax labels (mode ``"b"``; ``"a"``: no neighbours). Masses are summed in
    float32 in label order and compared in float64, as a Python loop over the row would.
    The feature strings come from tables made once per label set (:func:`_tables`)."""
    import numpy as np
    n = len(probs)
    if not n:
        return []
    head, cols, mass, prev, nxt = _tables(tuple(labels))
    top = probs.argmax(axis=1)
    best = probs[np.arange(n), top].astype(np.float64)
    bucket = (best[:, None] >= np.asarray(_TOP)).sum(axis=1).tolist()
    buckets = []
    for cs in cols:
        m = probs[:, cs[0]].copy()
        for i in cs[1:]:
            m += probs[:, i]
        # ≥ .1 (the first edge) exactly when the bucket is ≥ 1
        buckets.append((m.astype(np.float64)[:, None] >= np.asarray(_TYPE)).sum(axis=1).tolist())
    tops = top.tolist()
    kinds = list(zip(buckets, mass))
    neighbours = mode == "b"
    out: list[list[str]] = []
    for t in range(n):
        f = list(head[tops[t]][bucket[t]])
        for bs, strings in kinds:
            b = bs[t]
            if b:
                f.append(strings[b])
        if neighbours:
            if t > 0:
                f.append(prev[tops[t - 1]])
            if t + 1 < n:
                f.append(nxt[tops[t + 1]])
        out.append(f)
    return out


@lru_cache(maxsize=16)
def _tables(labels: tuple[str, ...]) -> tuple:
    """Feature strings of a label set: per label and top bucket ``(nn=L, nn=L:b)``; the label
    columns of each entity type (sorted); per type and mass bucket ``nnt=K:b``; per label
    the left and right neighbour features."""
    kinds = sorted({lab[2:] for lab in labels if lab != "O"})
    head = [[("nn=" + lab, f"nn={lab}:{b}") for b in range(len(_TOP) + 1)] for lab in labels]
    cols = [[i for i, lab in enumerate(labels) if lab[2:] == k] for k in kinds]
    mass = [[f"nnt={k}:{b}" for b in range(len(_TYPE) + 1)] for k in kinds]
    return (head, cols, mass, ["-1:nn=" + lab for lab in labels],
            ["1:nn=" + lab for lab in labels])


_TOP = (0.5, 0.7, 0.9, 0.97)
_TYPE = (0.1, 0.3, 0.5, 0.7, 0.9)


def _bucket(x: float, edges: Sequence[float]) -> str:
    """How many of ``edges`` ``x`` reaches, as a string."""
    b = 0
    for i, e in enumerate(edges):
        if x >= e:
            b = i + 1
    return str(b)
