"""Train the learned speaker choice of the quote extractor (khabar.quotes.ranker).

Data: the **dev** articles of evaluation/quotes/gold.jsonl only (the test split is never
read). For every extracted quote that matches a gold quote (content overlap ≥ 0.8), the
candidates of its cue (khabar.quotes.candidates) are labelled by the evaluation's own speaker
test; a conditional-logit ranker (softmax over the candidates of one cue, L2) is fitted by
gradient descent in numpy. Model selection: 5 leave-articles-out folds over the dev articles
(article n goes to fold n mod 5); the L2 strength with the best cross-validated accuracy is
kept, and the weights are marked ``"use": true`` only when that accuracy beats the rules'
accuracy on the same quotes.

    PYTHONPATH=src python3 training/train_speakers.py [--out PATH] [--cache PICKLE]
        [--drop FEATURE ...]

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
from khabar.quotes.candidates import FEATURES
from khabar.quotes.ranker import WEIGHTS

L2_GRID = (0.003, 0.03, 0.3, 3.0)
FOLDS = 5


def _docs(cache: str | None) -> list[tuple[dict, object]]:
    if cache and Path(cache).exists():
        return [(g, d) for g, d in pickle.load(open(cache, "rb")) if g["split"] == "dev"]
    import khabar
    out = [(g, khabar.analyze(g["text"])) for g in load_gold() if g["split"] == "dev"]
    if cache:
        pickle.dump(out, open(cache, "wb"))
    return out


def items(docs) -> list[tuple[int, np.ndarray | None, np.ndarray, bool]]:
    """Per matched quote: (article, X or None when the rule decided alone, y, rule ok)."""
    out = []
    for a, (g, doc) in enumerate(docs):
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
                out.append((a, None, np.zeros(0), rule_ok))
                continue
            cands, X = by_cue[q.cue.start]
            y = np.array([speaker_ok(g["text"], gq, {"span": (c.speaker.start, c.speaker.end),
                                                     "canonical": c.speaker.canonical})
                          for c in cands], dtype=float)
            out.append((a, X, y, rule_ok))
    return out


def fit(data, l2: float, steps: int = 600, lr: float = 0.3) -> np.ndarray:
    """Conditional logit: maximise log Σ_{correct} softmax(Xw) − l2·|w|²/2."""
    groups = [(X, y) for _, X, y, _ in data if X is not None and y.any()]
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        grad = l2 * w
        for X, y in groups:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()
            grad += X.T @ (p - q) / len(groups)
        w -= lr * grad
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--cache", help="pickle of analyzed dev documents (made when missing)")
    ap.add_argument("--drop", nargs="*", default=[], choices=FEATURES,
                    help="features left out (ablation: --drop rule)")
    args = ap.parse_args()
    data = items(_docs(args.cache))
    cols = [FEATURES.index(f) for f in args.drop]
    for _, X, _, _ in data:
        if X is not None and cols:
            X[:, cols] = 0.0
    n = len(data)
    rules = accuracy(data, None)
    reach = sum(1 for _, X, y, r in data if (X is not None and y.any()) or r)
    print(f"dev matched quotes {n}; rules {rules}/{n} = {rules / n:.3f}; a right candidate "
          f"exists for {reach}/{n}")
    best = None
    for l2 in L2_GRID:
        right = 0
        for f in range(FOLDS):
            train = [d for d in data if d[0] % FOLDS != f]
            held = [d for d in data if d[0] % FOLDS == f]
            right += accuracy(held, fit(train, l2))
        print(f"l2={l2:<6} leave-articles-out CV accuracy {right}/{n} = {right / n:.3f}")
        if best is None or right > best[1]:
            best = (l2, right)
    l2, right = best
    w = fit(data, l2)
    use = right > rules
    print(f"chosen l2={l2}: CV {right / n:.3f} vs rules {rules / n:.3f} → use={use}")
    card = {"use": use, "features": list(FEATURES),
            "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w)},
            "l2": l2, "cv_accuracy": round(right / n, 4), "rules_accuracy": round(rules / n, 4),
            "quotes": n, "articles": len({d[0] for d in data}), "dropped": args.drop,
            "data": "evaluation/quotes/gold.jsonl, split dev"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
