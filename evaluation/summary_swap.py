"""The one attempt of summary_ceiling.md: lead with at most one swap, cross-validated on dev.

Run from the repository root: ``PYTHONPATH=src python3 evaluation/summary_swap.py [--folds 7]``.
Dev half only (test rows are dropped before analysis).

Rule: the ridge scorer of :mod:`khabar.evaluate.summary_fit` (the shipped 16 features, λ = 1)
is fitted on the training folds. In a held-out article, the lowest-scoring lead sentence is
dropped and the highest-scoring later sentence put in (the extract refilled from the top to
the budget) only when the score margin (add − drop) exceeds τ. τ is chosen inside the training
folds from the out-of-fold margins of an inner cross-validation (the τ that maximises the mean
R-2 + R-L gain over lead; τ = ∞, i.e. lead, is a candidate). Outer folds: topic number
mod ``folds``. The held-out gains get the paired bootstrap of summary_ceiling.py.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np

from khabar.evaluate.summary_data import Item, topic_number
from khabar.evaluate.summary_fit import fit_weights
from khabar.evaluate.summary_systems import lead
from khabar.summarize.extractive import sentence_features

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from summary_ceiling import bootstrap, dev_items, r2_rl, until  # noqa: E402

_CACHE: dict[tuple[int, tuple[int, ...]], tuple[float, float]] = {}


def scored(k: int, item: Item, chosen: list[int]) -> tuple[float, float]:
    """Memoized :func:`r2_rl` of an extract of item number ``k``."""
    key = (k, tuple(sorted(chosen)))
    if key not in _CACHE:
        _CACHE[key] = r2_rl(item.tokens_of(chosen), item.refs)
    return _CACHE[key]


def proposal(item: Item, feats: list, w: np.ndarray) -> tuple[float, list[int]]:
    """(margin, swapped extract) of the one candidate swap under weights ``w``;
    margin −∞ when there is nothing to swap."""
    base = lead(item)
    sc: dict[int, float] = {}
    for sids, rows, _ in feats:
        for i, r in zip(sids, rows):
            sc[i] = float(np.dot(w, r))
    inside = [i for i in base if i in sc]
    outside = [i for i in sc if i not in base and item.sent_toks[i]]
    if not inside or not outside:
        return float("-inf"), base
    drop = min(inside, key=lambda i: (sc[i], -i))
    add = max(outside, key=lambda i: (sc[i], -i))
    n = len(item.sent_toks)
    order = [add] + [i for i in range(n) if i not in (drop, add)]
    return sc[add] - sc[drop], sorted(until(order, item, item.budget))


def gains(ks: list[int], items: list[Item], feats: list,
          w: np.ndarray) -> list[tuple[float, float]]:
    """(margin, R-2 + R-L gain of the swap over lead) for the items numbered ``ks``."""
    out = []
    for k in ks:
        m, ext = proposal(items[k], feats[k], w)
        g = sum(scored(k, items[k], ext)) - sum(scored(k, items[k], lead(items[k])))
        out.append((m, g))
    return out


def pick_tau(pairs: list[tuple[float, float]]) -> float:
    """The τ maximising the summed gain of swapping when margin > τ (∞ = never swap)."""
    best, tau = 0.0, float("inf")
    for t in sorted({m for m, _ in pairs if m > float("-inf")}):
        tot = sum(g for m, g in pairs if m > t)
        if tot > best + 1e-9:
            best, tau = tot, t
    return tau


def fit(ks: list[int], items: list[Item]) -> np.ndarray:
    """Ridge weights fitted on the items numbered ``ks``."""
    return np.array(fit_weights([items[k] for k in ks]))


def main(argv: list[str] | None = None) -> int:
    """Print the cross-validated figures; returns 0."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=7)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    items = dev_items()
    feats = [sentence_features(it.doc) for it in items]
    fold = [topic_number(it.row) % args.folds for it in items]
    lead_s = np.array([scored(k, it, lead(it)) for k, it in enumerate(items)])
    swap_s = lead_s.copy()
    taus, swaps = [], 0
    for f in range(args.folds):
        train = [k for k in range(len(items)) if fold[k] != f]
        test = [k for k in range(len(items)) if fold[k] == f]
        inner = []
        for g in range(args.folds):
            if g == f:
                continue
            tr = [k for k in train if fold[k] != g]
            inner.extend(gains([k for k in train if fold[k] == g], items, feats, fit(tr, items)))
        tau = pick_tau(inner)
        taus.append(tau)
        w = fit(train, items)
        for k in test:
            m, ext = proposal(items[k], feats[k], w)
            if m > tau:
                swaps += 1
                swap_s[k] = scored(k, items[k], ext)
    print(f"dev {len(items)} articles, {args.folds} folds (topic mod {args.folds}); "
          f"τ per fold {[round(t, 3) for t in taus]}; swaps made {swaps}")
    for name, a in (("lead", lead_s), ("lead+1 swap (CV)", swap_s)):
        print(f"{name}: R-2 {a[:, 0].mean():.2f}  R-L {a[:, 1].mean():.2f}")
    for j, m in enumerate(("R-2", "R-L")):
        mu, lo, hi = bootstrap(swap_s[:, j] - lead_s[:, j], seed=args.seed)
        print(f"swap - lead {m}: {mu:+.2f}  95% CI [{lo:+.2f}, {hi:+.2f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
