"""Feature ids of the UPOS tagger's training (``training.train_tagger``): the growing feature
index and the second pass's stacking features (first-pass tags around each word).

Re-exported by :mod:`training.train_tagger`. Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import stack_feature_names
from training.tag_pass import decode


class FeatIndex:
    """Feature name → id, grown while training (``grow``) and read-only after."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.counts: list[int] = []

    def get(self, f: str, grow: bool) -> int:
        """The id of ``f``; a new id when ``grow``, else -1 for an unknown feature."""
        i = self.ids.get(f)
        if i is None:
            if not grow:
                return -1
            i = self.ids[f] = len(self.counts)
            self.counts.append(0)
        return i


def add_stack(X: list, preds: list, sents_tags: list[str], fi: FeatIndex,
              grow: bool) -> list[list[np.ndarray]]:
    """Append the stacking features (first-pass tags around each word) to per-word fids."""
    out = []
    for fids, p in zip(X, preds):
        tags = [sents_tags[t] for t in p]
        row = []
        for i, a in enumerate(fids):
            extra = [fi.get(f, grow) for f in stack_feature_names(tags, i)]
            extra = [x for x in extra if x >= 0]
            row.append(np.concatenate([a, np.array(extra, dtype=np.int32)]))
        out.append(row)
    return out


def decode_all(Wa: np.ndarray, F: int, T: int, X: list) -> list:
    """The first-pass tag ids of each sentence of ``X`` (per-word feature ids)."""
    return [decode(Wa, F, T + 1, T, f) for f in X]
