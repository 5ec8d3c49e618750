"""Writing the UPOS tagger's weights (``training.train_tagger``): pruned, float16, with its
``tagger.json`` settings and name-ness table.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from khabar.morph.tag_features import OFFSETS
from training.tag_config import TAG_BIAS
from training.tag_featidx import FeatIndex


def write_weights(W1: np.ndarray, W2: np.ndarray | None, fi: FeatIndex, tags: list[str], F1: int,
                  use_clusters: bool, out: Path, keep: float = 0.01,
                  name_table: dict | None = None,
                  news: dict | None = None, extra: dict | None = None,
                  tag_bias: dict | None = None) -> None:
    """Prune static features whose weights are all tiny in both passes, store float16 weights.

    ``W`` has the first pass's weights in columns ``:T`` and the second pass's in ``T:``
    (stacking features have zero first-pass weights); ``trans`` likewise. ``name_table``/``news``:
    the name-ness table and raw-news counts the model was trained with (or None); ``extra``:
    ``{feature name: (2T,) weights}`` added to those features' rows (new rows for unknown
    names; :func:`training.tag_dense.bake`); ``tag_bias``: the run-time per-tag bias (default
    :data:`TAG_BIAS`, the perceptron's). Raises OSError when ``out`` cannot be written."""
    T = len(tags)
    F = len(fi.counts)
    new = [n for n in (extra or {}) if n not in fi.ids]
    W = np.zeros((F + len(new), 2 * T), dtype=np.float32)
    W[:F1, :T] = W1[:F1]
    trans = np.zeros((len(W1) - F1, 2 * T), dtype=np.float32)
    trans[:, :T] = W1[F1:]
    if W2 is not None:
        W[:F, T:] = W2[:F]
        trans[:, T:] = W2[F:]
    new_row = {n: F + j for j, n in enumerate(new)}
    for n, v in (extra or {}).items():
        W[fi.ids[n] if n in fi.ids else new_row[n]] += v
    thr1 = keep * float(np.abs(W[:, :T]).max())
    thr2 = keep * float(np.abs(W[:, T:]).max())
    alive = (np.abs(W[:, :T]).max(1) >= thr1) | (np.abs(W[:, T:]).max(1) >= max(thr2, 1e-9))
    names = sorted(fi.ids, key=fi.ids.get) + new
    kept = [n for n, a in zip(names, alive) if a]
    with gzip.GzipFile(out / "tag_features.txt.gz", "wb", mtime=0) as gz:
        gz.write(("\n".join(kept) + "\n").encode("utf-8"))
    np.savez_compressed(out / "tag_weights.npz", W=W[alive].astype(np.float16),
                        trans=trans.astype(np.float16))
    (out / "tagger.json").write_text(json.dumps({"tags": tags, "clusters": use_clusters,
                                                 "offsets": list(OFFSETS),
                                                 "two_pass": W2 is not None,
                                                 "tag_bias": TAG_BIAS if tag_bias is None else tag_bias,
                                                 "names": name_table is not None,
                                                 "paradigm": news is not None}), encoding="utf-8")
    if name_table is not None:
        from training.tag_names import write as write_names
        write_names(name_table, out / "names.tsv.gz")
    print(f"tagger: kept {len(kept)} of {F} features")
