"""Block cross-validation of jackknifed raw-news tag profiles (:mod:`training.tag_jk_news`).

``PYTHONPATH=src python3 -m training.tag_cv_jk [--every N] [--every-anc N] [--modes own,own+nb]
[--cache FILE]``: the five contiguous blocks of ``training.tag_cv --by-doc``; block ``k``'s
base model (trained without it, pass 1, one run, no tag dictionary, the seeds of
``tag_cv``) is scored on it — the base figure — and tags the news sample; its profile is the
feature value of block ``k``'s sentences, both when they are trained on and when they are
held out (the held-out block's profile comes from a model that never saw it, as at run time;
the training blocks' profiles come from models that saw the held-out block, which carries no
held-out label into held-out features). Prints per-fold accuracies of each mode. Never
reads dev or test. ``--cache`` keeps the sample and profiles between runs (a pickle).
"""
from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

import numpy as np

import training.tag_jk_news as jk
import training.train_tagger as tt
from training.tag_cv import block_folds, cv_inputs


def _acc(W, F, T, X, Y, idx) -> float:
    ok = sum(int((np.array(tt.decode(W, F, T + 1, T, X[i])) == Y[i]).sum()) for i in idx)
    return ok / sum(len(Y[i]) for i in idx)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=tt.default_data())
    ap.add_argument("--every", type=int, default=20)
    ap.add_argument("--every-anc", type=int, default=10)
    ap.add_argument("--min-count", type=int, default=jk.MIN_TAGGED)
    ap.add_argument("--modes", default="own,own+nb")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--unseen", action="store_true", help="profiles of words unseen in training only")
    args = ap.parse_args(argv)
    t0 = time.time()
    train, clusters, tags, Y = cv_inputs(args.data)
    T = len(tags)
    folds = 5
    fold_of = block_folds(len(train), folds)
    blocks = [[i for i in range(len(train)) if fold_of[i] == k and len(Y[i])] for k in range(folds)]
    if args.cache and args.cache.exists():
        with open(args.cache, "rb") as fh:
            base, counts = pickle.load(fh)
        print("cached base CV and counts")
    else:
        fi = tt.FeatIndex()
        cache: dict = {}
        X = [tt.sentence_fids(s, fi, True, clusters, cache) for s in train]
        F = len(fi.counts)
        sample = jk.news_sample(args.data, args.every, args.every_anc)
        print(f"news sample: {len(sample)} sentences, {sum(len(w) for w, _ in sample)} words "
              f"({time.time() - t0:.0f}s)", flush=True)
        Xs = jk.sample_fids(sample, fi, clusters, {}, tt.sentence_fids)
        base, counts = [], []
        for k in range(folds):
            tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
            W = tt.train_pass([X[i] for i in tr], [Y[i] for i in tr], T, F, tt.EPOCHS, tt.SEED + k + 1)
            base.append(_acc(W, F, T, X, Y, blocks[k]))
            counts.append(jk.tag_counts(W, F, T, tags, sample, Xs))
            print(f"fold {k + 1} base: {100 * base[-1]:.2f} ({time.time() - t0:.0f}s)", flush=True)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((base, counts), fh)
    print(f"CV base: mean {100 * np.mean(base):.3f}  folds " + " ".join(f"{100 * a:.2f}" for a in base))
    profs = [jk.profiles(c, args.min_count) for c in counts]
    if args.unseen:     # profiles only for words outside the profile model's training blocks
        from khabar.morph.tag_features import normalize
        profs = [jk.unseen_only(p, {normalize(w.form) for i, s in enumerate(train) if fold_of[i] != k
                                    for w in s}) for k, p in enumerate(profs)]
    print("profile sizes: " + " ".join(str(len(p)) for p in profs))
    jk.wrap(tt)
    for mode in args.modes.split(","):
        parts = set(mode.split("+"))
        jk.MODE.update(own="own" in parts, nb="nb" in parts, second="nosecond" not in parts,
                       lite="lite" in parts)
        fi2 = tt.FeatIndex()
        caches: list = [{} for _ in range(folds)]
        X2 = [tt.sentence_fids(s, fi2, True, clusters, caches[fold_of[i]], profs[fold_of[i]])
              for i, s in enumerate(train)]
        F2 = len(fi2.counts)
        accs = []
        for k in range(folds):
            tr = [i for i in range(len(X2)) if fold_of[i] != k and len(Y[i])]
            W = tt.train_pass([X2[i] for i in tr], [Y[i] for i in tr], T, F2, tt.EPOCHS, tt.SEED + k + 1)
            accs.append(_acc(W, F2, T, X2, Y, blocks[k]))
            print(f"{mode} fold {k + 1}: {100 * accs[-1]:.2f} (base {100 * base[k]:.2f})", flush=True)
        up = sum(a > b for a, b in zip(accs, base))
        print(f"CV {mode}: mean {100 * np.mean(accs):.3f}  folds " + " ".join(f"{100 * a:.2f}" for a in accs)
              + f"  ({up} of {folds} folds up; {time.time() - t0:.0f}s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
