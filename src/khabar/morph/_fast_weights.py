"""The lemmatizer's weight matrices as sparse tables for ``compiled.marshal``.

``lemma_weights.npz`` holds the two classifiers' weights as compressed float16 matrices, mostly
zeros (pruned in training). :func:`lemma_weight_tables` stores their nonzero cells (gaps
between flat indices and float16 values, as bytes, so marshal can hold them); :func:`dense` rebuilds each as the
float32 matrix the lemmatizer sums, equal to ``W.astype(np.float32)`` cell for cell (float16 →
float32 is exact, and cells are selected by bit pattern, so even a -0.0 is kept). Building it
from the sparse table is cheaper than inflating the npz and converting the whole matrix.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

WEIGHTS = "lemma_weights.npz"


def sparse(W: np.ndarray) -> dict:
    """``{"shape", "index", "value"}`` of a float16 matrix's nonzero cells: the gaps between
    their flat indices (little-endian int32, the first from 0) and their float16 values, as
    bytes. Raises ValueError on another dtype or a matrix of 2**31 cells or more."""
    if W.dtype != np.float16:
        raise ValueError(f"expected float16 weights, got {W.dtype}")
    if W.size >= 1 << 31:
        raise ValueError("a weight matrix too large for 32-bit cell indices")
    flat = np.ascontiguousarray(W).reshape(-1)
    idx = np.flatnonzero(flat.view(np.uint16))
    return {"shape": list(W.shape), "index": np.diff(idx, prepend=0).astype("<i4").tobytes(),
            "value": flat[idx].astype("<f2").tobytes()}


def dense(table: dict) -> np.ndarray:
    """The float32 matrix of a :func:`sparse` table. Raises ValueError, KeyError or TypeError
    on a malformed table."""
    shape = tuple(int(n) for n in table["shape"])
    idx = np.cumsum(np.frombuffer(table["index"], dtype="<i4"), dtype=np.int64)
    val = np.frombuffer(table["value"], dtype="<f2")
    if len(idx) != len(val) or (len(idx) and (idx.min() < 0 or idx.max() >= np.prod(shape))):
        raise ValueError("a sparse weight table with bad indices")
    out = np.zeros(shape, dtype=np.float32)
    out.reshape(-1)[idx] = val
    return out


def lemma_weight_tables(folder: Path) -> dict:
    """``{"CW": sparse, "DW": sparse}`` of ``folder/lemma_weights.npz``. Raises OSError,
    ValueError or KeyError on a missing or damaged file."""
    with np.load(folder / WEIGHTS, allow_pickle=False) as z:
        return {"CW": sparse(z["CW"]), "DW": sparse(z["DW"])}
