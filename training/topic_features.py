"""The topic classifier's document vectors: vocabulary, idf and sublinear TF-IDF rows.

A document is its list of terms (:func:`khabar.topics.features.terms`); the vocabulary is the
terms in at least ``min_df`` train documents, the vector ``(1 + log tf) × idf``,
L2-normalized. Needs scipy for the sparse matrix (training only).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

__all__ = ["build_vocab", "matrix"]


def build_vocab(docs: list[list[str]], min_df: int) -> tuple[dict[str, int], np.ndarray]:
    """Terms with df ≥ min_df (sorted) and their idf ``log((N+1)/(df+1)) + 1``."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    words = sorted(w for w, c in df.items() if c >= min_df)
    n = len(docs)
    idf = np.array([np.log((n + 1) / (df[w] + 1)) + 1 for w in words], np.float32)
    return {w: i for i, w in enumerate(words)}, idf


def matrix(docs: list[list[str]], vocab: dict[str, int], idf: np.ndarray) -> Any:
    """CSR matrix of L2-normalized sublinear TF-IDF rows (terms outside ``vocab`` ignored;
    an empty row stays zero). Raises ImportError without scipy."""
    from scipy import sparse
    rows, cols, vals = [], [], []
    for r, d in enumerate(docs):
        cnt = Counter(vocab[t] for t in d if t in vocab)
        for j, c in cnt.items():
            rows.append(r)
            cols.append(j)
            vals.append((1.0 + np.log(c)) * idf[j])
    X = sparse.csr_matrix((np.array(vals, np.float64), (rows, cols)),
                          shape=(len(docs), len(vocab)))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ X
