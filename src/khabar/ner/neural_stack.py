"""The neural tagger's probabilities as CRF features (stacking; measured on dev, not shipped:
``MODEL_CARD.md``). ``Featurizer(neural=MODE, neural_model=...)`` adds them."""
from __future__ import annotations

from typing import Sequence


def stack_features(probs, labels: Sequence[str], mode: str = "b") -> list[list[str]]:
    """CRF features of one sentence's probabilities: the argmax label with its probability
    bucket (≥ .5/.7/.9/.97), each entity type whose B+I mass is ≥ .1 (bucketed), and the
    neighbours' argmax labels (mode ``"b"``; ``"a"``: no neighbours)."""
    out: list[list[str]] = []
    top = probs.argmax(axis=1)
    kinds = sorted({lab[2:] for lab in labels if lab != "O"})
    idx = {k: [i for i, lab in enumerate(labels) if lab[2:] == k] for k in kinds}
    for t in range(len(probs)):
        row = probs[t]
        b = _bucket(float(row[top[t]]), (0.5, 0.7, 0.9, 0.97))
        f = [f"nn={labels[top[t]]}", f"nn={labels[top[t]]}:{b}"]
        for k in kinds:
            m = float(sum(row[i] for i in idx[k]))
            if m >= 0.1:
                f.append(f"nnt={k}:{_bucket(m, (0.1, 0.3, 0.5, 0.7, 0.9))}")
        if mode == "b":
            for o in (-1, 1):
                j = t + o
                if 0 <= j < len(probs):
                    f.append(f"{o}:nn={labels[top[j]]}")
        out.append(f)
    return out


def _bucket(x: float, edges: Sequence[float]) -> str:
    b = 0
    for i, e in enumerate(edges):
        if x >= e:
            b = i + 1
    return str(b)
