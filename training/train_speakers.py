"""Train the learned speaker choice of the quote extractor (khabar.quotes.ranker).

Data: the **dev** articles of evaluation/quotes/gold.jsonl of batches 1–12 only (the test
split is never read; batch 13 is held out for one final score per system). For every
extracted quote that matches a gold quote (content overlap ≥ 0.8), the candidates of its cue
(khabar.quotes.candidates) are labelled by the evaluation's own speaker test; a
conditional-logit ranker (softmax over the candidates of one cue, L2) is fitted by gradient
descent in numpy.

Model selection: **leave-one-batch-out** CV (each annotation batch 1–12 is a fold: the
batches were annotated one after another, so a fold is a set of unseen articles of its
own time, as new articles would be). Every feature set of ``CONFIGS`` (with and without the
rule answer as a feature, with and without the round-3 features of
khabar.quotes.rank_feats) and every L2 strength of ``L2_GRID`` is scored; the best CV
accuracy wins (ties: the earlier set, the smaller L2). ``"use"`` is true only when that
accuracy beats the rules on the same quotes, and ``--no-use`` forces it off (the rule for
shipping also asks for a win on the held-out batch 13, scored after this script).

    PYTHONPATH=src python3 training/train_speakers.py [--out PATH] [--cache PICKLE]
        [--config NAME] [--no-use]

Writes src/khabar/models/quotes/speaker_ranker.json and prints the CV table.
"""
from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

from khabar.evaluate.quotes import OVERLAP, load_gold, match, speaker_ok
from khabar.quotes import find_quotes
from khabar.quotes.candidates import BASE, FEATURES
from khabar.quotes.ranker import WEIGHTS

L2_GRID = (0.003, 0.03, 0.3, 3.0)
MAX_BATCH = 12          # batch 13: held out
#: feature sets compared (name → features dropped, i.e. fixed at 0)
CONFIGS = {
    "all": (),
    "all-norule": ("rule",),
    "base": tuple(f for f in FEATURES if f not in BASE),
    "base-norule": ("rule",) + tuple(f for f in FEATURES if f not in BASE),
}


def _docs(cache: str | None) -> list[tuple[dict, object]]:
    def keep(g: dict) -> bool:
        return g["split"] == "dev" and g.get("batch", 1) <= MAX_BATCH
    if cache and Path(cache).exists():
        return [(g, d) for g, d in pickle.load(open(cache, "rb")) if keep(g)]
    import khabar
    out = [(g, khabar.analyze(g["text"])) for g in load_gold() if keep(g)]
    if cache:
        pickle.dump(out, open(cache, "wb"))
    return out


def items(docs) -> list[tuple[int, np.ndarray | None, np.ndarray, bool]]:
    """Per matched quote: (batch, X or None when the rule decided alone, y, rule ok)."""
    out = []
    for g, doc in docs:
        trace: list = []
        quotes = find_quotes(doc, learned=False, trace=trace)
        by_cue = {start: (cands, X) for start, cands, X in trace}
        pairs = match([tuple(q["content"]) for q in g["quotes"]],
                      [(q.content.start, q.content.end) for q in quotes], OVERLAP)
        for i, j in pairs:
            gq, q = g["quotes"][i], quotes[j]
            rule_ok = q.speaker is not None and speaker_ok(g["text"], gq, {
                "span": (q.speaker.start, q.speaker.end), "canonical": q.speaker.canonical})
            if q.cue.start not in by_cue:
                out.append((g.get("batch", 1), None, np.zeros(0), rule_ok))
                continue
            cands, X = by_cue[q.cue.start]
            y = np.array([speaker_ok(g["text"], gq, {"span": (c.speaker.start, c.speaker.end),
                                                     "canonical": c.speaker.canonical})
                          for c in cands], dtype=float)
            out.append((g.get("batch", 1), X, y, rule_ok))
    return out


def fit(data, l2: float, steps: int = 3000, lr: float = 0.3) -> np.ndarray:
    """Conditional logit: maximise the mean log Σ_{correct} softmax(Xw) − l2·|w|²/2
    (all cues stacked; per-cue sums by ``np.add.reduceat``)."""
    groups = [(X, y) for _, X, y, _ in data if X is not None and y.any()]
    w = np.zeros(len(FEATURES))
    if not groups:
        return w
    X = np.vstack([g[0] for g in groups])
    y = np.concatenate([g[1] for g in groups])
    sizes = np.array([len(g[1]) for g in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gid = np.repeat(np.arange(len(groups)), sizes)
    for _ in range(steps):
        s = X @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[gid])
        p /= np.add.reduceat(p, starts)[gid]
        q = p * y
        q /= np.add.reduceat(q, starts)[gid]
        w -= lr * (l2 * w + X.T @ (p - q) / len(groups))
    return w


def accuracy(data, w: np.ndarray | None) -> int:
    """Right speakers among ``data`` with weights ``w`` (None: the rules)."""
    ok = 0
    for _, X, y, rule_ok in data:
        if w is None or X is None:
            ok += rule_ok
        else:
            ok += bool(y[int(np.argmax(X @ w))])
    return ok


def masked(data, drop: tuple[str, ...]):
    """``data`` with the columns of ``drop`` set to 0."""
    cols = [FEATURES.index(f) for f in drop]
    out = []
    for b, X, y, r in data:
        if X is not None and cols:
            X = X.copy()
            X[:, cols] = 0.0
        out.append((b, X, y, r))
    return out


def lobo(data, l2: float, per: dict | None = None) -> int:
    """Leave-one-batch-out: right speakers over all folds (``per``: filled with batch →
    (right, quotes))."""
    total = 0
    for b in sorted({d[0] for d in data}):
        held = [d for d in data if d[0] == b]
        right = accuracy(held, fit([d for d in data if d[0] != b], l2))
        total += right
        if per is not None:
            per[b] = (right, len(held))
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--cache", help="pickle of analyzed dev documents (made when missing)")
    ap.add_argument("--config", choices=CONFIGS, help="train this feature set (no selection)")
    ap.add_argument("--no-use", action="store_true", help="write \"use\": false whatever CV says")
    args = ap.parse_args()
    data = items(_docs(args.cache))
    n = len(data)
    rules = accuracy(data, None)
    reach = sum(1 for _, X, y, r in data if (X is not None and y.any()) or r)
    print(f"dev batches 1-{MAX_BATCH}: matched quotes {n}; rules {rules}/{n} = {rules / n:.3f}; "
          f"a right candidate exists for {reach}/{n}")
    best = None
    for name in ([args.config] if args.config else CONFIGS):
        d = masked(data, CONFIGS[name])
        for l2 in L2_GRID:
            right = lobo(d, l2)
            print(f"{name:<12} l2={l2:<6} leave-one-batch-out CV {right}/{n} = {right / n:.3f}")
            if best is None or right > best[2]:
                best = (name, l2, right)
    name, l2, right = best
    for shown in dict.fromkeys([name, "all-norule"]):
        per: dict = {}
        lobo(masked(data, CONFIGS[shown]), l2 if shown == name else L2_GRID[0], per)
        print(f"per batch, {shown}: " + ", ".join(
            f"{b}: {r}/{m} (rules {accuracy([d for d in data if d[0] == b], None)})"
            for b, (r, m) in per.items()))
    w = fit(masked(data, CONFIGS[name]), l2)
    use = right > rules and not args.no_use
    print(f"chosen {name} l2={l2}: CV {right / n:.3f} vs rules {rules / n:.3f} → use={use}")
    card = {"use": use, "features": list(FEATURES),
            "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w)},
            "config": name, "l2": l2, "cv": "leave-one-batch-out, batches 1-12",
            "cv_accuracy": round(right / n, 4), "rules_accuracy": round(rules / n, 4),
            "quotes": n, "batches": sorted({d[0] for d in data}),
            "dropped": list(CONFIGS[name]),
            "data": f"evaluation/quotes/gold.jsonl, split dev, batches 1-{MAX_BATCH}"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
