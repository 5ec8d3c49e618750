"""Longest common subsequence alignment, shared by the lemma rules (letters of a form and its
lemma) and the CoNLL 2018 scorer (words of gold and system inside a mismatched stretch)."""
from __future__ import annotations

from typing import Sequence


def lcs_pairs(a: Sequence, b: Sequence) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``a[i] == b[j]`` of one longest common subsequence of ``a``
    and ``b``, in order; on ties the earlier item of ``a`` is skipped first. Raises nothing."""
    m, n = len(a), len(b)
    L = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append((i, j))
            i += 1
            j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            i += 1
        else:
            j += 1
    return out
