"""Block CV of the log-linear learner (:mod:`training.tag_maxent`) against the perceptron
(issue 3, session 10; never reads test).

``PYTHONPATH=src python3 -m training.tag_cv_maxent --l2 1,3 [--folds-only 1,2] [--maxiter N]
[--every N] [--xbias 0,-0.5,-1] [--eps 0.01,0.03] [--pass2] [--base]``: the folds of
``training.tag_cv --by-doc`` (five contiguous blocks of PADT train without the export's copy
runs, the shipped clusters, name-ness and paradigm features, no tag dictionary). Per fold and
L2 weight ``lam`` (largest first, each fit warm-started from the previous one) the first pass
is fitted and the held-out block decoded greedily, also with an ``X`` bias added (as the run
time's ``tag_bias``) and with the weights sparsified (:func:`training.tag_maxent.sparsify`).
``--hist-jk``: pass 1 refitted (first ``lam``) with the tag-history rows read from the
other blocks' held-out first-pass tags instead of the gold ones (an approximation: those tags
came from models that saw the scored block). ``--pass2``: the second pass fitted (first ``lam`` only) on the other blocks' held-out
first-pass tags, as ``training.tag_cv --pass2`` does. ``--base``: the perceptron (mean of
``--seeds`` runs) in the same run; ``--mix a,..``: also the two models mixed (:func:`mix`). Prints per-fold and mean word accuracy. Raises OSError on unreadable data.
"""
from __future__ import annotations

import argparse
import time

import numpy as np

import training.train_tagger as tt
from training.tag_cv import block_folds, print_cv
from training.tag_artefacts import cut_artefact
from training.tag_maxent import sparsify, train_maxent


def _acc(W, F, T, X, Y, idx) -> float:
    ok = n = 0
    for i in idx:
        ok += int((np.array(tt.decode(W, F, T + 1, T, X[i])) == Y[i]).sum())
        n += len(Y[i])
    return ok / n


def _biased(W, b: int, x: int, v: float):
    if not v:
        return W
    V = W.copy()
    V[b, x] += v
    return V


def mix(Wm: np.ndarray, Wp: np.ndarray, a: float) -> np.ndarray:
    """``(Wm + a * r * Wp) / (1 + a)``, ``r`` the ratio of the two matrices' norms: the
    perceptron's weights on the log-linear model's scale, weighted ``a`` to 1 (one linear
    model of the same shape)."""
    r = float(np.linalg.norm(Wm) / np.linalg.norm(Wp))
    return (Wm + a * r * Wp) / (1.0 + a)


def run(args) -> dict:
    full, _ = tt.load(args.data, drop=False)
    train = [cut_artefact(s) for s in full]
    clusters = tt.load_clusters(tt.MODEL_DIR / "clusters.tsv.gz")
    tt.NEWS = tt.load_news()
    from training.tag_names import read as read_names
    tt.NAMES = read_names(tt.MODEL_DIR / "names.tsv.gz")
    tags = sorted({tt.fix_tag(w.upos) for s in train for w in s})
    T = len(tags)
    tix = {t: i for i, t in enumerate(tags)}
    fi = tt.FeatIndex()
    cache: dict = {}
    X = [tt.sentence_fids(s, fi, True, clusters, cache) for s in train]
    Y = [np.array([tix[tt.fix_tag(w.upos)] for w in s], dtype=np.int64) for s in train]
    F1 = len(fi.counts)
    b, xt = fi.ids["b"], tix["X"]
    lams = sorted((float(v) for v in args.l2.split(",")), reverse=True)
    biases = [float(v) for v in args.xbias.split(",")] if args.xbias else []
    epss = [float(v) for v in args.eps.split(",")] if args.eps else []
    fold_of = block_folds(len(X), 5)
    only = [int(k) - 1 for k in args.folds_only.split(",")] if args.folds_only else range(5)
    out: dict = {}
    preds: list = [None] * len(X)
    W1s: dict = {}
    for k in only:
        tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
        te = [i for i in range(len(X)) if fold_of[i] == k and len(Y[i])]
        Xtr = tt.cut_rare([X[i] for i in tr], F1, args.min_count)
        Ytr = [Y[i] for i in tr]
        if args.base:
            Wp = sum(tt.train_pass(Xtr, Ytr, T, F1, tt.EPOCHS, tt.SEED + k + 1 + 1000 * r)
                     for r in range(args.seeds)) / args.seeds
            out.setdefault("perceptron pass1", []).append(_acc(Wp, F1, T, X, Y, te))
            print(f"fold {k + 1} perceptron: {100 * out['perceptron pass1'][-1]:.2f}", flush=True)
            for v in (-1.0, -2.0, -3.0):
                a = _acc(_biased(Wp, b, xt, v), F1, T, X, Y, te)
                out.setdefault(f"perceptron pass1 X bias {v}", []).append(a)
        W = None
        for j, lam in enumerate(lams):
            def probe(V):
                return _acc(V, F1, T, X, Y, te[::4])
            W = train_maxent(Xtr, Ytr, T, F1, lam, args.maxiter, name=f"fold {k + 1} lam {lam}",
                             W0=W, every=args.every, probe=probe if args.every else None)
            a = _acc(W, F1, T, X, Y, te)
            out.setdefault(f"maxent lam {lam}", []).append(a)
            print(f"fold {k + 1} maxent lam {lam}: {100 * a:.2f}", flush=True)
            for v in biases:
                a = _acc(_biased(W, b, xt, v), F1, T, X, Y, te)
                out.setdefault(f"maxent lam {lam} X bias {v}", []).append(a)
            for e in epss:
                S = sparsify(W, e)
                a = _acc(S, F1, T, X, Y, te)
                out.setdefault(f"maxent lam {lam} sparse {e} ({np.mean(S != 0):.3f} nonzero)",
                               []).append(a)
            if args.base and args.mix:
                for a in (float(v) for v in args.mix.split(",")):
                    M = mix(W, Wp, a)
                    for v in [0.0] + biases:
                        out.setdefault(f"mix {a} lam {lam} X bias {v}", []).append(
                            _acc(_biased(M, b, xt, v), F1, T, X, Y, te))
            if j == 0:
                W1s[k] = W
                for i in te:
                    preds[i] = tt.decode(W, F1, T + 1, T, X[i])
    if args.hist_jk:     # refit with the other blocks' held-out tags as the history
        for k in only:
            tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
            te = [i for i in range(len(X)) if fold_of[i] == k and len(Y[i])]
            Xtr = tt.cut_rare([X[i] for i in tr], F1, args.min_count)
            W = train_maxent(Xtr, [Y[i] for i in tr], T, F1, lams[0], args.maxiter,
                             name=f"fold {k + 1} jk history", W0=W1s[k],
                             H=[preds[i] for i in tr])
            a = _acc(W, F1, T, X, Y, te)
            out.setdefault(f"maxent lam {lams[0]} jk history", []).append(a)
            print(f"fold {k + 1} maxent jk history: {100 * a:.2f}", flush=True)
            for v in biases:
                a = _acc(_biased(W, b, xt, v), F1, T, X, Y, te)
                out.setdefault(f"maxent lam {lams[0]} jk history X bias {v}", []).append(a)
    if args.pass2:
        X2 = tt.add_stack(X, preds, tags, fi, True)
        F2 = len(fi.counts)
        for k in only:
            tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
            te = [i for i in range(len(X)) if fold_of[i] == k and len(Y[i])]
            Xtr = tt.cut_rare([X2[i] for i in tr], F2, args.min_count)
            W2 = train_maxent(Xtr, [Y[i] for i in tr], T, F2, lams[0], args.maxiter,
                              name=f"fold {k + 1} pass 2")
            a = _acc(W2, F2, T, X2, Y, te)
            out.setdefault(f"maxent pass2 lam {lams[0]}", []).append(a)
            print(f"fold {k + 1} maxent pass 2: {100 * a:.2f}", flush=True)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=tt.Path, default=tt.default_data())
    ap.add_argument("--l2", default="1", help="L2 weights, comma-separated")
    ap.add_argument("--maxiter", type=int, default=250)
    ap.add_argument("--every", type=int, default=0, help="log a held-out probe every N iterations")
    ap.add_argument("--folds-only", default="", help="e.g. 1,3 (default all five)")
    ap.add_argument("--xbias", default="", help="X biases to score too, e.g. -0.5,-1")
    ap.add_argument("--eps", default="", help="sparsify thresholds to score too")
    ap.add_argument("--min-count", type=int, default=tt.MIN_COUNT)
    ap.add_argument("--pass2", action="store_true")
    ap.add_argument("--hist-jk", action="store_true", help="refit pass 1 with the other "
                    "blocks' held-out first-pass tags as its history (needs all folds)")
    ap.add_argument("--base", action="store_true", help="the perceptron too")
    ap.add_argument("--seeds", type=int, default=1, help="--base: mean of this many runs")
    ap.add_argument("--mix", default="", help="with --base: mixtures a (maxent + a * perceptron, "
                    "scaled; see mix) to score too, e.g. 0.5,1,2")
    args = ap.parse_args(argv)
    t0 = time.time()
    print_cv(run(args), t0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
