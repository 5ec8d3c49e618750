"""Block cross-validation of dense word-vector inputs (:mod:`training.tag_dense`).

``PYTHONPATH=src python3 -m training.tag_cv_dense [--scales 1,2] [--offs 0,-1,1]
[--vectors FILE]``: the five contiguous blocks of ``training.tag_cv --by-doc``, pass 1, one
run, no tag dictionary (the seeds of ``tag_cv``); prints per-fold accuracies per scale.
``--vectors`` keeps the SVD vectors between runs (an ``.npz``; built from ``raw_news`` when
missing, ≈ 4.5 GB peak RAM). Never reads dev or test.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

import training.train_tagger as tt
from training.tag_cv import block_folds, cv_inputs
from training.tag_dense import decode_dense, sentence_dense, train_dense


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=tt.default_data())
    ap.add_argument("--scales", default="1")
    ap.add_argument("--offs", default="0,-1,1")
    ap.add_argument("--folds-only", default="", help="e.g. 1,2: run these folds only")
    ap.add_argument("--vectors", type=Path)
    ap.add_argument("--dims", type=int, default=0, help="keep the first N SVD dimensions")
    ap.add_argument("--vocab", type=int, default=0, help="keep the N most frequent words")
    args = ap.parse_args(argv)
    t0 = time.time()
    if args.vectors and args.vectors.exists():
        z = np.load(args.vectors, allow_pickle=False)
        vocab, E = list(z["vocab"]), z["E"]
    else:
        from training.tag_clusters import build_vectors
        vocab, E, _ = build_vectors(args.data)
        if args.vectors:
            np.savez(args.vectors, vocab=np.array(vocab), E=E)
    if args.dims or args.vocab:
        from training.tag_dense import reduce_vectors
        vocab, E = reduce_vectors(vocab, E, args.vocab or len(vocab), args.dims or E.shape[1])
    vid = {w: i for i, w in enumerate(vocab)}
    train, clusters, tags, Y = cv_inputs(args.data)
    T = len(tags)
    fi = tt.FeatIndex()
    cache: dict = {}
    X = [tt.sentence_fids(s, fi, True, clusters, cache) for s in train]
    F = len(fi.counts)
    folds = 5
    fold_of = block_folds(len(train), folds)
    offs = tuple(int(x) for x in args.offs.split(","))
    only = {int(x) - 1 for x in args.folds_only.split(",") if x}
    for scale in (float(x) for x in args.scales.split(",")):
        D = [sentence_dense([w.form for w in s], vid, E, scale, offs) for s in train]
        accs = []
        for k in range(folds):
            if only and k not in only:
                continue
            tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
            te = [i for i in range(len(X)) if fold_of[i] == k and len(Y[i])]
            W, Wd = train_dense([X[i] for i in tr], [D[i] for i in tr], [Y[i] for i in tr], T, F,
                                tt.EPOCHS, tt.SEED + k + 1)
            ok = sum(int((np.array(decode_dense(W, Wd, F, T, X[i], D[i])) == Y[i]).sum()) for i in te)
            accs.append(ok / sum(len(Y[i]) for i in te))
            print(f"scale {scale} fold {k + 1}: {100 * accs[-1]:.2f} ({time.time() - t0:.0f}s)", flush=True)
        print(f"CV dense scale {scale}: mean {100 * np.mean(accs):.3f}  folds "
              + " ".join(f"{100 * a:.2f}" for a in accs), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
