"""The tagger's second-pass stacking tables: which weight rows fill which cells.

:func:`stack_entries` reads the model's ``st…`` feature names once (it is stored in the
precompiled tables, see :mod:`khabar.morph.compiled`); :func:`stack_tables` fills the tables
from the weight matrix. Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import END_TAG, STACK_TEMPLATES, START_TAG


def stack_entries(features: list[str], tags: list[str]) -> list[tuple[list[int], list[int]]]:
    """Per template of STACK_TEMPLATES (in order): (feature rows, cell codes) of its
    well-formed ``st…`` features, the code indexing the first-pass tag ids at its offsets,
    first offset most significant (ids 0..T-1, T = <S>, T+1 = <E>). Unknown template names,
    tags or arities are left out."""
    B = len(tags) + 2
    nid = {t: j for j, t in enumerate(tags + [START_TAG, END_TAG])}
    names = ["st" + ",".join("%+d" % o for o in tpl) + "=" for tpl in STACK_TEMPLATES]
    out: list[tuple[list[int], list[int]]] = [([], []) for _ in names]
    slot = {name: (k, len(tpl)) for k, (name, tpl) in enumerate(zip(names, STACK_TEMPLATES))}
    for i, f in enumerate(features):
        if not f.startswith("st"):
            continue
        prefix, _, rest = f.partition("=")
        hit = slot.get(prefix + "=")
        if hit is None:
            continue
        k, n = hit
        parts = rest.split("|")
        if len(parts) != n or any(p not in nid for p in parts):
            continue
        code = 0
        for p in parts:
            code = code * B + nid[p]
        out[k][0].append(i)
        out[k][1].append(code)
    return out


def stack_tables(entries: list[tuple[list[int], list[int]]], W: np.ndarray,
                 T: int) -> list[tuple[tuple[int, ...], np.ndarray]]:
    """Per template: ``(template, table)``, the table's cells the second-pass half
    (``W[row, T:]``) of their feature's weights, 0 for combinations the model lacks."""
    out = []
    for tpl, (rows, codes) in zip(STACK_TEMPLATES, entries):
        tab = np.zeros(((T + 2) ** len(tpl), T), dtype=np.float32)
        if rows:
            tab[codes] = W[rows, T:]
        out.append((tpl, tab))
    return out
