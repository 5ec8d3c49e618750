"""The lemmatizer's and the tagger's weight matrices as sparse tables for ``compiled.marshal``.

``lemma_weights.npz`` holds the two classifiers' weights as compressed float16 matrices, mostly
zeros (pruned in training), and ``tag_weights.npz`` the tagger's (81 % zeros).
:func:`lemma_weight_tables` / :func:`tag_weight_tables` store their nonzero cells (gaps between
flat indices and float16 values, as bytes, so marshal can hold them); :func:`dense` rebuilds
each as a float32 matrix equal to ``W.astype(np.float32)`` cell for cell (float16 → float32 is
exact, and cells are selected by bit pattern, so even a -0.0 is kept), optionally with
all-zero rows after it (the tagger's row for unknown features). Building it from the sparse
table is cheaper than inflating the npz and converting the whole matrix.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.morph.loading import zeros

WEIGHTS = "lemma_weights.npz"
TAG_WEIGHTS = "tag_weights.npz"


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


def dense(table: dict, extra_rows: int = 0) -> np.ndarray:
    """The float32 matrix of a :func:`sparse` table, with ``extra_rows`` all-zero rows after
    its rows. Raises ValueError, KeyError or TypeError on a malformed table."""
    shape = tuple(int(n) for n in table["shape"])
    # flat indices; int32 when they fit (half the temporary of int64: fewer page faults)
    small = int(np.prod(shape, dtype=np.int64)) < 1 << 31
    idx = np.cumsum(np.frombuffer(table["index"], dtype="<i4"),
                    dtype=np.int32 if small else np.int64)
    val = np.frombuffer(table["value"], dtype="<f2")
    if len(idx) != len(val) or (len(idx) and (idx.min() < 0 or idx.max() >= np.prod(shape))):
        raise ValueError("a sparse weight table with bad indices")
    if extra_rows < 0 or len(shape) < 1:
        raise ValueError("extra rows need a matrix and a count of zero or more")
    out = zeros((shape[0] + extra_rows,) + shape[1:], np.float32)   # no huge pages (loading)
    out.reshape(-1)[idx] = val     # row-major: the first rows' flat indices are unchanged
    return out


def dense_rows(table: dict) -> tuple[np.ndarray, np.ndarray]:
    """``(M, rowmap)``: the float32 matrix of a :func:`sparse` table without its all-zero rows
    and with one all-zero row after the others, and for each row of the table its row in
    ``M`` (an all-zero row → that last row): ``M[rowmap]`` equals :func:`dense` of the table
    cell for cell, in less memory (the lemmatizer's class weights: a third of their rows are
    zero). Raises ValueError, KeyError or TypeError on a malformed table."""
    shape = tuple(int(n) for n in table["shape"])
    if len(shape) != 2:
        raise ValueError("dense_rows needs a matrix")
    nrow, ncol = shape
    if nrow * ncol >= 1 << 31:
        raise ValueError("a weight matrix too large for 32-bit cell indices")
    idx = np.cumsum(np.frombuffer(table["index"], dtype="<i4"), dtype=np.int32)
    val = np.frombuffer(table["value"], dtype="<f2")
    if len(idx) != len(val) or (len(idx) and (idx.min() < 0 or idx.max() >= nrow * ncol)):
        raise ValueError("a sparse weight table with bad indices")
    row = idx // ncol
    keep = np.zeros(nrow, dtype=bool)
    keep[row] = True
    return _packed(keep, row, idx - row * ncol, val, ncol)


def compact_rows(W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`dense_rows` of a dense matrix (float16 or float32; a cell is zero by its bit
    pattern, so a -0.0 is kept). Raises ValueError on another dtype or shape."""
    if W.ndim != 2 or W.dtype not in (np.float16, np.float32):
        raise ValueError("compact_rows needs a float16 or float32 matrix")
    nz = W.view(np.uint16 if W.dtype == np.float16 else np.uint32) != 0
    row, col = np.nonzero(nz)
    return _packed(nz.any(axis=1), row, col, W[row, col], W.shape[1])


def _packed(keep: np.ndarray, row: np.ndarray, col: np.ndarray, val: np.ndarray,
            ncol: int) -> tuple[np.ndarray, np.ndarray]:
    """The kept rows' cells (row, column, value) as a matrix of the kept rows plus a zero
    row, and the row map (see :func:`dense_rows`)."""
    new = np.cumsum(keep, dtype=np.int64) - 1
    n = int(new[-1]) + 1 if len(new) else 0
    rowmap = np.where(keep, new, n)
    out = zeros((n + 1, ncol), np.float32)   # no huge pages (loading)
    out[new[row], col] = val
    return out, rowmap


def tag_weight_tables(folder: Path) -> dict | None:
    """``{"W": sparse, "trans": sparse}`` of ``folder/tag_weights.npz``, or None when its
    matrices are not float16 (then the tagger reads the npz). Raises OSError, ValueError or
    KeyError on a missing or damaged file."""
    with np.load(folder / TAG_WEIGHTS, allow_pickle=False) as z:
        W, trans = z["W"], z["trans"]
    if W.dtype != np.float16 or trans.dtype != np.float16 or W.ndim != 2 or trans.ndim != 2:
        return None
    return {"W": sparse(W), "trans": sparse(trans)}


def lemma_weight_tables(folder: Path) -> dict:
    """``{"CW": sparse, "DW": sparse}`` of ``folder/lemma_weights.npz``. Raises OSError,
    ValueError or KeyError on a missing or damaged file."""
    with np.load(folder / WEIGHTS, allow_pickle=False) as z:
        return {"CW": sparse(z["CW"]), "DW": sparse(z["DW"])}
