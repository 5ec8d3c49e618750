"""Dense word-vector features for the NER CRF (experimental; off in the shipped model).

``Featurizer(embed={"path": ..., "dims": 32, "window": 1, "scale": 1.0})`` adds, for every
token whose word (or its proclitic-stripped rest, or its core with/without the article: the
lookup order of the cluster features) is one of the 50k cluster words, the numeric features
``0e<k>`` = the k-th vector component (times ``scale``), and with ``window`` 1 also
``-1e<k>``/``1e<k>`` = the components of the neighbouring words. Words outside the vocabulary
give none. Vectors: ``training.ner_embed`` (float16 ``.npy``, rows in the order of
``clusters.tsv``). python-crfsuite takes such items as ``{feature: value}`` dicts; the string
features count 1.0 each. Measured on the dev harness they did not help (``MODEL_CARD.md``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from khabar.errors import ResourceError


@lru_cache(maxsize=4)
def load(path: str, dims: int):
    """The vector table at ``path`` (first ``dims`` columns) as a float32 array.

    Raises :class:`~khabar.errors.ResourceError` when the file is missing or unreadable."""
    import numpy as np
    try:
        arr = np.load(Path(path), allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise ResourceError(f"NER vectors {path} unreadable ({exc}); build them with "
                            f"'PYTHONPATH=src python3 -m training.ner_embed'") from None
    return arr[:, :dims].astype("float32")


class Dense:
    """Numeric features per token type; ``row_of(word) -> row index or None``."""

    def __init__(self, cfg: dict, row_of) -> None:
        self.dims = int(cfg.get("dims", 32))
        self.window = int(cfg.get("window", 0))
        self._vec = load(str(cfg["path"]), self.dims) * float(cfg.get("scale", 1.0))
        self._row_of = row_of
        self._cache: dict[str, list[tuple[str, float]] | None] = {}
        self._offsets = (0,) if self.window == 0 else (-1, 0, 1)

    def _values(self, w: str) -> list[float] | None:
        hit = self._cache.get(w, False)
        if hit is not False:
            return hit
        r = self._row_of(w)
        vals = None
        if r is not None and r < len(self._vec) and self._vec[r, 0] == self._vec[r, 0]:  # NaN: none
            vals = [float(x) for x in self._vec[r]]
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[w] = vals
        return vals

    def items(self, norms: Sequence[str], feats: list[list[str]]) -> list[dict[str, float]]:
        """``feats`` (string features of one sentence) as crfsuite items with the numeric
        features added."""
        n = len(norms)
        vals = [self._values(w) for w in norms]
        out = []
        for i, f in enumerate(feats):
            d: dict[str, float] = {}
            for s in f:
                d[s] = d.get(s, 0.0) + 1.0
            for o in self._offsets:
                j = i + o
                if 0 <= j < n and vals[j] is not None:
                    p = f"{o}e"
                    for k, x in enumerate(vals[j]):
                        d[p + str(k)] = x
            out.append(d)
        return out
