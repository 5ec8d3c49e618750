"""The neural tagger's probabilities as CRF features (stacking, the shipped model:
``MODEL_CARD.md``). ``Featurizer(neural=MODE, neural_model=...)`` adds them."""
from __future__ import annotations

from typing import Sequence


def stack_features(probs, labels: Sequence[str], mode: str = "b") -> list[list[str]]:
    """CRF features of one sentence's probabilities: the argmax label with its probability
    bucket (≥ .5/.7/.9/.97), each entity type whose B+I mass is ≥ .1 (bucketed), and the
    neighbours' argmax labels (mode ``"b"``; ``"a"``: no neighbours). Masses are summed in
    float32 in label order and compared in float64, as a Python loop over the row would."""
    import numpy as np
    n = len(probs)
    if not n:
        return []
    top = probs.argmax(axis=1)
    kinds = sorted({lab[2:] for lab in labels if lab != "O"})
    best = probs[np.arange(n), top].astype(np.float64)
    bucket = (best[:, None] >= np.asarray(_TOP)).sum(axis=1)
    mass = []
    for k in kinds:
        cols = [i for i, lab in enumerate(labels) if lab[2:] == k]
        m = probs[:, cols[0]].copy()
        for i in cols[1:]:
            m += probs[:, i]
        m = m.astype(np.float64)
        mass.append((k, m >= 0.1, (m[:, None] >= np.asarray(_TYPE)).sum(axis=1)))
    names = [labels[i] for i in top.tolist()]
    out: list[list[str]] = []
    for t in range(n):
        lab = names[t]
        f = ["nn=" + lab, f"nn={lab}:{bucket[t]}"]
        for k, on, b in mass:
            if on[t]:
                f.append(f"nnt={k}:{b[t]}")
        if mode == "b":
            if t > 0:
                f.append("-1:nn=" + names[t - 1])
            if t + 1 < n:
                f.append("1:nn=" + names[t + 1])
        out.append(f)
    return out


_TOP = (0.5, 0.7, 0.9, 0.97)
_TYPE = (0.1, 0.3, 0.5, 0.7, 0.9)


def _bucket(x: float, edges: Sequence[float]) -> str:
    """How many of ``edges`` ``x`` reaches, as a string."""
    b = 0
    for i, e in enumerate(edges):
        if x >= e:
            b = i + 1
    return str(b)
