"""Learning curve of the topic classifier: the shipped recipe on fractions of ANT train.

    PYTHONPATH=src python3 -m training.topic_curve [--fractions 0.25,0.5,0.75] [--seed 7]
        [--c 1] [--shift 0.05] [--data DIR]

For each fraction f, a stratified seeded subsample of the train part (per label, the sorted
train docnos shuffled with ``numpy.random.default_rng(seed)``, the first ``round(f·n_label)``
kept) is featurized exactly as in ``training/train_topic.py`` (vocabulary and idf from the
subsample, min-df 2), one SVM is fitted (C, class-weight power 0.5) and dev accuracy and
macro-F1 are printed with the prior shift ``a`` (and without it). Dev only: test is never read.
Raises InputError when the ANT data or the split is missing; ImportError without scipy.
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from khabar.topics.data import LABELS, data_dir, norm_tokens, read_ant, read_split
from khabar.topics.features import terms
from training.topic_features import build_vocab, matrix
from training.topic_learners import train_svm
from training.topic_select import macro_f1

__all__ = ["main", "subsample"]


def subsample(docnos: list[str], labels: list[str], frac: float, seed: int) -> list[int]:
    """Indices of a stratified subsample: per label (order of ``LABELS``, one generator),
    the indices sorted by docno, shuffled, the first ``round(frac · n)`` kept; sorted."""
    rng = np.random.default_rng(seed)
    keep: list[int] = []
    for lab in LABELS:
        idx = sorted((i for i, l in enumerate(labels) if l == lab), key=lambda i: docnos[i])
        perm = rng.permutation(len(idx))
        keep += [idx[j] for j in perm[:round(frac * len(idx))]]
    return sorted(keep)


def main(argv: list[str] | None = None) -> int:
    """Print one dev line per fraction; returns 0."""
    ap = argparse.ArgumentParser(prog="topic_curve", description=__doc__.split("\n")[0])
    ap.add_argument("--fractions", default="0.25,0.5,0.75")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--shift", type=float, default=0.05)
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    t0 = time.time()
    rows = read_ant(data_dir() if args.data is None else __import__("pathlib").Path(args.data))
    split = read_split()
    tr = [r for r in rows if split.get(r["docno"]) == "train"]
    dv = [r for r in rows if split.get(r["docno"]) == "dev"]
    lab_id = {l: i for i, l in enumerate(LABELS)}
    K = len(LABELS)
    dtr = [terms(norm_tokens(r["text"])) for r in tr]
    ddv = [terms(norm_tokens(r["text"])) for r in dv]
    ytr = np.array([lab_id[r["label"]] for r in tr])
    ydv = np.array([lab_id[r["label"]] for r in dv])
    print(f"seed {args.seed}; features in {time.time() - t0:.0f}s", flush=True)
    for frac in (float(f) for f in args.fractions.split(",")):
        keep = subsample([r["docno"] for r in tr], [r["label"] for r in tr], frac, args.seed)
        docs = [dtr[i] for i in keep]
        vocab, idf = build_vocab(docs, 2)
        idf16 = idf.astype(np.float16).astype(np.float32)
        W, b = train_svm(matrix(docs, vocab, idf16), ytr[keep], K, args.c, 0.5)
        S = np.asarray(matrix(ddv, vocab, idf16) @ W.astype(np.float16).astype(np.float32) + b)
        log_prior = np.log(np.bincount(ytr[keep], minlength=K) / len(keep))
        out = []
        for a in (0.0, args.shift):
            p = (S - a * log_prior).argmax(1)
            out.append(f"shift {a:g}: acc {float((p == ydv).mean()):.4f} "
                       f"macro-F1 {macro_f1(ydv, p, K):.4f}")
        print(f"fraction {frac:g} ({len(keep)} docs, {len(vocab)} terms): " + "; ".join(out)
              + f" ({time.time() - t0:.0f}s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
