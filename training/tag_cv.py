"""5-fold cross-validation of the UPOS tagger on PADT train (experiments; never reads test).

``PYTHONPATH=src python3 -m training.tag_cv [--by-doc] [--pass2] [--seeds K] [--epochs N]
[--epochs2 N] [--min-count N] [--init] [--stack NAME] [--agree] [--nb-paradigm]
[--no-names] [--no-paradigm] [--viterbi] [--struct1] [--struct2] [--r2l]
[--nested interleaved,blocks]`` (issue 3: ``--struct1/2`` train a pass as a structured
perceptron decoded by exact Viterbi, :mod:`training.tag_viterbi`; ``--viterbi`` also scores
the greedy passes decoded by Viterbi; ``--r2l`` adds a right-to-left first pass whose tags the
second pass sees, :mod:`training.tag_cv_r2l`; ``--nested`` trains each fold's second pass on an
inner jackknife of its training part, :mod:`training.tag_cv_nested`). Folds: sentence ``i % 5`` (as the jackknife of
:mod:`training.train_tagger`; documents are spread over all folds, which rewards memorizing
them), or with ``--by-doc`` five contiguous blocks of train (≈ whole documents, like dev and
test: use this one to choose). Fold ``k``'s first-pass model is trained on the other folds;
with ``--pass2`` the second pass is trained on the other folds' held-out first-pass tags and
scored on fold ``k`` (an approximation: those tags came from models that saw fold ``k``).
No tag dictionary, no X bias. Prints per-fold and mean word accuracy. Train is read
without the PADT export's sentence-final copy runs (:mod:`training.tag_artefacts`); with
``--keep-artefacts`` the training folds keep them (the old behaviour) while the held-out fold
is still scored without them, so the two runs score the same words. An unknown ``--stack``
name raises KeyError.
"""
from __future__ import annotations

import argparse
import time

import numpy as np

import training.train_tagger as tt
from khabar.morph import tag_features
from training.tag_artefacts import cut_artefact
from training.tag_viterbi import train_structured, viterbi

# Wider stacking-template sets tried (pass 2; 5-fold CV by sentence: base 96.530, wide
# 96.531, wide3 96.529; with --init --epochs2 5: 96.599 vs wide 96.600).
STACK_SETS = {
    "base": tag_features.STACK_TEMPLATES,
    "wide": tag_features.STACK_TEMPLATES + ((-2,), (-2, -1), (0, 2), (-1, 0), (-2, 0)),
    "wide3": tag_features.STACK_TEMPLATES + ((-2,), (-2, -1), (0, 2), (-1, 0), (0, 1, 2), (-2, -1, 0)),
}


def add_agree(X2, sents, preds, tags, fi):
    """Append agreement features: first-pass tag of a neighbour × word classes (CV only: the
    run-time decoder has no such tables)."""
    from khabar.morph.tag_features import clitic_codes
    from khabar.morph.tag_pairs import word_class
    out = []
    for row, s, p in zip(X2, sents, preds):
        codes = clitic_codes([w.token for w in s], len(s))
        cl = [word_class(w.form, c) for w, c in zip(s, codes)]
        tg = [tags[t] for t in p]
        n = len(s)
        new = []
        for i, a in enumerate(row):
            fs = []
            if i > 0:
                fs += ["ag-1=%s|%s" % (tg[i - 1], cl[i]), "ag-1c=%s|%s|%s" % (tg[i - 1], cl[i - 1], cl[i])]
            if i + 1 < n:
                fs += ["ag+1=%s|%s" % (cl[i], tg[i + 1]), "ag+1c=%s|%s|%s" % (cl[i], cl[i + 1], tg[i + 1])]
            ids = [x for x in (fi.get(f, True) for f in fs) if x >= 0]
            new.append(np.concatenate([a, np.array(ids, dtype=np.int32)]))
        out.append(new)
    return out


def block_folds(n_sent: int, folds: int) -> list[int]:
    """Fold of each train sentence as ``folds`` contiguous blocks of the file (PADT train
    keeps each document's sentences together, so a block holds whole documents but for the
    ones cut at its edges; document ids are in the file for 1,272 sentences only)."""
    return [i * folds // n_sent for i in range(n_sent)]


def cv_inputs(data) -> tuple[list, dict, list[str], list]:
    """``(train, clusters, tags, Y)`` for the block-CV probes (``tag_cv_jk``, ``tag_cv_dense``):
    PADT train without the export's copy runs, the shipped clusters, the sorted tag set and
    each sentence's gold tag ids; sets ``train_tagger``'s raw-news counts and name shares as
    the shipped features use them. Raises ``OSError`` on an unreadable file."""
    full, _ = tt.load(data, drop=False)
    train = [cut_artefact(s) for s in full]
    clusters = tt.load_clusters(tt.MODEL_DIR / "clusters.tsv.gz")
    tt.NEWS = tt.load_news()
    from training.tag_names import read as read_names
    tt.NAMES = read_names(tt.MODEL_DIR / "names.tsv.gz")
    tags = sorted({tt.fix_tag(w.upos) for s in train for w in s})
    tix = {t: i for i, t in enumerate(tags)}
    Y = [np.array([tix[tt.fix_tag(w.upos)] for w in s], dtype=np.int64) for s in train]
    return train, clusters, tags, Y


def _with_nb_paradigm(base):
    """``neighbor_features`` plus the ±1 neighbour's paradigm bits (a CV probe only)."""
    def nb(form, code, off, *a):
        f = base(form, code, off, *a)
        if off in (-1, 1) and tt.NEWS is not None and tag_features.shape(form) == "a":
            f.append("%+dpg=" % off + tag_features.paradigm_features(form, tt.NEWS)[0][3:])
        return f
    return nb


def run(args) -> dict:
    full, _ = tt.load(args.data, drop=False)
    cut = [cut_artefact(s) for s in full]   # held-out folds are scored on these
    train = full if args.keep_artefacts else cut
    clusters = tt.load_clusters(tt.MODEL_DIR / "clusters.tsv.gz")
    tt.NEWS = None if args.no_paradigm else tt.load_news()
    from training.tag_names import read as read_names
    tt.NAMES = None if args.no_names else read_names(tt.MODEL_DIR / "names.tsv.gz")
    tags = sorted({tt.fix_tag(w.upos) for s in train for w in s})
    T = len(tags)
    tix = {t: i for i, t in enumerate(tags)}
    fi = tt.FeatIndex()
    cache: dict = {}
    X = [tt.sentence_fids(s, fi, True, clusters, cache) for s in train]
    Y = [np.array([tix[tt.fix_tag(w.upos)] for w in s], dtype=np.int64) for s in train]
    Xte, Yte = X, Y
    if args.keep_artefacts:
        Xte = [x if len(c) == len(s) else tt.sentence_fids(c, fi, True, clusters, cache)
               for x, s, c in zip(X, train, cut)]
        Yte = [y[:len(c)] for y, c in zip(Y, cut)]
    F1 = len(fi.counts)
    folds = args.folds
    fold_of = block_folds(len(X), folds) if args.by_doc else [i % folds for i in range(len(X))]
    out: dict = {}
    W1s: list = []
    preds: list = [None] * len(X)
    acc1, acc2 = [], []
    for k in range(folds):
        tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
        te = [i for i in range(len(X)) if fold_of[i] == k and len(Yte[i])]
        Xtr = tt.cut_rare([X[i] for i in tr], F1, args.min_count)
        trainer = train_structured if args.struct1 else tt.train_pass
        dec1 = viterbi if args.struct1 else tt.decode
        Ws = [trainer(Xtr, [Y[i] for i in tr], T, F1, args.epochs, tt.SEED + k + 1 + 1000 * r)
              for r in range(max(1, args.seeds))]
        for m in range(1, len(Ws)):   # means of fewer runs, for comparison
            Wm = sum(Ws[:m]) / m
            okm = sum(int((np.array(dec1(Wm, F1, T + 1, T, Xte[i])) == Yte[i]).sum()) for i in te)
            nm = sum(len(Yte[i]) for i in te)
            out.setdefault("pass1 mean of %d" % m, []).append(okm / nm)
        Wk = sum(Ws) / len(Ws)
        W1s.append(Wk)
        ok = n = okv = 0
        for i in te:
            preds[i] = dec1(Wk, F1, T + 1, T, Xte[i])
            ok += int((np.array(preds[i]) == Yte[i]).sum())
            n += len(Yte[i])
            if args.viterbi and not args.struct1:
                okv += int((np.array(viterbi(Wk, F1, T + 1, T, Xte[i])) == Yte[i]).sum())
        if args.viterbi and not args.struct1:
            out.setdefault("pass1 viterbi-decoded", []).append(okv / n)
        acc1.append(ok / n)
        print(f"fold {k + 1} pass 1: {100 * ok / n:.2f}", flush=True)
    out["pass1"] = acc1
    if args.r2l:
        from training.tag_cv_r2l import add_r2l_stack, r2l_preds
        preds_r = r2l_preds(X, Y, Yte, Xte, fold_of, folds, T, F1, args.epochs, out)
    if args.nested:
        from training.tag_cv_nested import nested_pass2
        for mode in args.nested.split(","):
            out["pass2 nested " + mode] = nested_pass2(X, Y, preds, fold_of, folds, tags, fi, T,
                                                       F1, args.epochs, args.epochs2, mode)
    if args.pass2:
        X2 = tt.add_stack(X, preds, tags, fi, True)
        if args.r2l:
            X2 = add_r2l_stack(X2, preds_r, tags, fi)
        if args.agree:
            X2 = add_agree(X2, train, preds, tags, fi)
        F2 = len(fi.counts)
        for k in range(folds):
            tr = [i for i in range(len(X)) if fold_of[i] != k]
            Xtr = tt.cut_rare([X2[i] for i in tr], F2, args.min_count)
            init = tt.extend_rows(W1s[k], F1, F2) if args.init else None
            if args.struct2:
                W2 = train_structured(Xtr, [Y[i] for i in tr], T, F2, args.epochs2, tt.SEED + k + 1)
            else:
                W2 = tt.train_pass(Xtr, [Y[i] for i in tr], T, F2, args.epochs2, tt.SEED + k + 1,
                                   init=init)
            dec2 = viterbi if args.struct2 else tt.decode
            ok = n = okv = 0
            for i in (i for i in range(len(X)) if fold_of[i] == k):
                ok += int((np.array(dec2(W2, F2, T + 1, T, X2[i])) == Y[i]).sum())
                n += len(Y[i])
                if args.viterbi and not args.struct2:
                    okv += int((np.array(viterbi(W2, F2, T + 1, T, X2[i])) == Y[i]).sum())
            if args.viterbi and not args.struct2:
                out.setdefault("pass2 viterbi-decoded", []).append(okv / n)
            acc2.append(ok / n)
            print(f"fold {k + 1} pass 2: {100 * ok / n:.2f}", flush=True)
        out["pass2"] = acc2
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=tt.Path, default=tt.default_data())
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=tt.EPOCHS)
    ap.add_argument("--epochs2", type=int, default=tt.EPOCHS2)
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=tt.MIN_COUNT)
    ap.add_argument("--pass2", action="store_true")
    ap.add_argument("--nb-paradigm", action="store_true", help="±1 neighbours' paradigm bits")
    ap.add_argument("--no-names", action="store_true", help="without the name-ness features")
    ap.add_argument("--no-paradigm", action="store_true", help="without the paradigm features")
    ap.add_argument("--by-doc", action="store_true", help="contiguous blocks (whole documents) per fold, else sentence i %% folds")
    ap.add_argument("--agree", action="store_true", help="pass-1 tag x word-class features")
    ap.add_argument("--viterbi", action="store_true",
                    help="also score greedy-trained passes decoded by Viterbi (training.tag_viterbi)")
    ap.add_argument("--nested", default="", help="interleaved,blocks: pass 2 on an inner "
                    "jackknife of each outer fold's training part (training.tag_cv_nested)")
    ap.add_argument("--r2l", action="store_true",
                    help="a right-to-left first pass whose tags pass 2 also sees (training.tag_cv_r2l)")
    ap.add_argument("--struct1", action="store_true", help="pass 1: structured perceptron + Viterbi")
    ap.add_argument("--struct2", action="store_true", help="pass 2: structured perceptron + Viterbi")
    ap.add_argument("--init", action="store_true", help="start the second pass from the first")
    ap.add_argument("--keep-artefacts", action="store_true",
                    help="training folds keep PADT's sentence-final copy runs (not with --pass2)")
    ap.add_argument("--stack", default="", help="name of a stacking-template set in STACK_SETS")
    args = ap.parse_args(argv)
    if args.keep_artefacts and args.pass2:
        ap.error("--keep-artefacts scores pass 1 only")
    if args.stack:
        tag_features.STACK_TEMPLATES = STACK_SETS[args.stack]
    if args.nb_paradigm:
        tt.neighbor_features = _with_nb_paradigm(tt.neighbor_features)
    t0 = time.time()
    print_cv(run(args), t0)
    return 0


def print_cv(res: dict, t0: float) -> None:
    """Print each CV row's mean and per-fold accuracy (%), then the seconds since ``t0``."""
    for name, accs in res.items():
        print(f"CV {name}: mean {100 * float(np.mean(accs)):.3f}  folds "
              + " ".join(f"{100 * a:.2f}" for a in accs))
    print(f"({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    raise SystemExit(main())
