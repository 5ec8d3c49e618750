"""Train the topic classifier (``src/khabar/models/topic/``) on ANT v1.1.

    PYTHONPATH=src python3 -m training.train_topic [--data DIR] [--out DIR] [--resplit]
        [--learner svm|lr] [--c-grid 0.3,1] [--cw-power 0.5] [--chars] [--nbsvm] [--no-idf]
    (or ``khabar train topic``; needs scipy: ``pip install khabar[train]``)

1. The split: ``evaluation/ant_split.tsv`` (docno → train/dev/test), stratified by label,
   80/10/10 per label after a seeded shuffle of the sorted docnos (seed 20240601). Written
   only when missing (or with ``--resplit``); otherwise read, so the split stays fixed.
2. Features: :func:`khabar.topics.features.terms` (light stems of the cleaned, normalized
   tokens and their bigrams; outlet names removed). Vocabulary: the terms in at least
   ``--min-df`` train documents. Vector: ``(1 + log tf) × idf`` (idf from train),
   L2-normalized.
3. Model (``--learner``): one-vs-rest linear SVMs with the squared hinge loss (default,
   :func:`train_svm`) or multinomial logistic regression (:func:`train_lr`), L2-regularized,
   fitted by L-BFGS (scipy), class weights ``(n / (K n_c)) ** cw_power`` against the
   imbalance. ``C`` is chosen on dev (accuracy + macro-F1) among ``--c-grid``; the model kept
   is the one trained on train with that ``C`` (test is never looked at here). For the SVM a
   temperature for ``softmax(t · score)`` is fitted on dev (:func:`fit_scale`) so the
   runtime can give a probability. A prior shift ``scores − a · log prior(label)`` (train
   label frequencies) is chosen on dev among ``--prior-grid`` (accuracy + macro-F1): it moves
   borderline documents to the rarer labels. ``--nbsvm`` adds an NBSVM over binarized terms
   (``training/topic_nbsvm.py``; its scores are summed with the SVM's; tried: +1.0 point dev
   accuracy, −1.5 on raw_news, off by default). ``--chars`` adds character 3–5-grams inside the stems
   (tried: lower on dev, off by default).
4. Output: ``model.npz`` (W float16 [V × K], b float32, idf float16 [V]), ``vocab.txt.gz``
   (one term a line, row order of W), ``model.json`` (labels, hyper-parameters, dev figures),
   and ``idf.tsv.gz`` for keywords (``training/build_idf.py``, unless ``--no-idf``).

Deterministic: fixed order, L-BFGS from zeros; rerunning gives the same files.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.topics.data import LABELS, data_dir, norm_tokens, read_ant, read_split, split_file
from khabar.topics.features import terms

SEED = 20240601
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "khabar" / "models" / "topic"


def make_split(rows: list[dict], seed: int = SEED) -> dict[str, str]:
    rng = np.random.default_rng(seed)
    split: dict[str, str] = {}
    for lab in LABELS:
        ids = sorted(r["docno"] for r in rows if r["label"] == lab)
        perm = rng.permutation(len(ids))
        n = len(ids)
        n_test = int(round(n * 0.1))
        n_dev = int(round(n * 0.1))
        for rank, j in enumerate(perm):
            split[ids[j]] = "test" if rank < n_test else "dev" if rank < n_test + n_dev else "train"
    return split


def write_split(split: dict[str, str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# ANT v1.1 topic split: stratified by label, 80/10/10, seed %d "
             "(training/train_topic.py)" % SEED, "docno\tsplit"]
    lines += [f"{d}\t{split[d]}" for d in sorted(split)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_vocab(docs: list[list[str]], min_df: int) -> tuple[dict[str, int], np.ndarray]:
    """Terms with df ≥ min_df (sorted) and their idf ``log((N+1)/(df+1)) + 1``."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    words = sorted(w for w, c in df.items() if c >= min_df)
    n = len(docs)
    idf = np.array([np.log((n + 1) / (df[w] + 1)) + 1 for w in words], np.float32)
    return {w: i for i, w in enumerate(words)}, idf


def matrix(docs: list[list[str]], vocab: dict[str, int], idf: np.ndarray):
    """CSR matrix of L2-normalized sublinear TF-IDF rows."""
    from scipy import sparse
    rows, cols, vals = [], [], []
    for r, d in enumerate(docs):
        cnt = Counter(vocab[t] for t in d if t in vocab)
        for j, c in cnt.items():
            rows.append(r)
            cols.append(j)
            vals.append((1.0 + np.log(c)) * idf[j])
    X = sparse.csr_matrix((np.array(vals, np.float64), (rows, cols)),
                          shape=(len(docs), len(vocab)))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ X


def train_lr(X, y: np.ndarray, K: int, C: float, cw_power: float, max_iter: int = 300):
    """Class-weighted multinomial LR, L2 penalty 1/(2C n)·|W|², by L-BFGS; returns (W, b)."""
    from scipy.optimize import minimize
    n, d = X.shape
    counts = np.bincount(y, minlength=K).astype(np.float64)
    cw = (n / (K * np.maximum(counts, 1))) ** cw_power
    sw = cw[y] / cw[y].mean()
    Y = np.zeros((n, K))
    Y[np.arange(n), y] = 1.0
    Xt = X.T.tocsr()

    def f(wf: np.ndarray):
        W = wf[:d * K].reshape(d, K)
        b = wf[d * K:]
        Z = X @ W + b
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        loss = -(sw * np.log(P[np.arange(n), y] + 1e-300)).sum() / n + \
            0.5 / (C * n) * (W * W).sum()
        G = (P - Y) * sw[:, None] / n
        gW = Xt @ G + W / (C * n)
        return loss, np.concatenate([np.asarray(gW).ravel(), G.sum(0)])

    res = minimize(f, np.zeros(d * K + K), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter})
    return res.x[:d * K].reshape(d, K).astype(np.float32), res.x[d * K:].astype(np.float32)


def train_svm(X, y: np.ndarray, K: int, C: float, cw_power: float, max_iter: int = 300):
    """One-vs-rest L2-regularized squared-hinge linear SVMs (all K fitted jointly by L-BFGS):
    ``½|W|² + C Σ_i s_i Σ_k max(0, 1 − y_ik (x_i·w_k + b_k))²`` with y_ik = ±1 and the same
    class weights ``s_i`` as :func:`train_lr`. Returns (W, b)."""
    from scipy.optimize import minimize
    n, d = X.shape
    counts = np.bincount(y, minlength=K).astype(np.float64)
    cw = (n / (K * np.maximum(counts, 1))) ** cw_power
    sw = cw[y] / cw[y].mean()
    Y = 2.0 * np.eye(K)[y] - 1.0
    Xt = X.T.tocsr()

    def f(wf: np.ndarray):
        W = wf[:d * K].reshape(d, K)
        b = wf[d * K:]
        M = np.maximum(0.0, 1.0 - Y * (X @ W + b))
        loss = C * (sw[:, None] * M * M).sum() + 0.5 * (W * W).sum()
        G = -2.0 * C * sw[:, None] * M * Y
        return loss, np.concatenate([np.asarray(Xt @ G + W).ravel(), G.sum(0)])

    res = minimize(f, np.zeros(d * K + K), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter})
    return res.x[:d * K].reshape(d, K).astype(np.float32), res.x[d * K:].astype(np.float32)


def fit_scale(S: np.ndarray, y: np.ndarray) -> float:
    """Temperature ``t`` making ``softmax(t · scores)`` a calibrated probability: minimizes
    the log loss over a grid (scores of a held-out part)."""
    best = None
    for t in np.exp(np.linspace(np.log(0.1), np.log(100.0), 61)):
        Z = t * S
        Z = Z - Z.max(1, keepdims=True)
        ll = -(Z[np.arange(len(y)), y] - np.log(np.exp(Z).sum(1))).mean()
        if best is None or ll < best[0]:
            best = (ll, float(t))
    return round(best[1], 4)


def choose_prior_shift(S: np.ndarray, y: np.ndarray, log_prior: np.ndarray,
                       grid: list[float]) -> tuple[float, np.ndarray]:
    """The shift ``a`` of ``scores − a · log prior`` (favouring rare labels, for macro-F1)
    with the best dev accuracy + macro-F1 (ties: the smaller), and the shifted scores."""
    best = None
    for a in sorted(grid):
        T = S - a * log_prior
        val = float((T.argmax(1) == y).mean()) + macro_f1(y, T.argmax(1), S.shape[1])
        if best is None or val > best[0] + 1e-9:
            best = (val, a, T)
    return best[1], best[2]


def macro_f1(y: np.ndarray, pred: np.ndarray, K: int) -> float:
    fs = []
    for k in range(K):
        tp = int(((pred == k) & (y == k)).sum())
        fp = int(((pred == k) & (y != k)).sum())
        fn = int(((pred != k) & (y == k)).sum())
        fs.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(fs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="train_topic", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--learner", default="svm", choices=("svm", "lr"),
                    help="one-vs-rest squared-hinge SVMs (default) or softmax regression")
    ap.add_argument("--c-grid", default=None,
                    help="values of C tried on dev (default 0.3,1 for svm, 10,30,100 for lr)")
    ap.add_argument("--cw-power", type=float, default=0.5)
    ap.add_argument("--chars", action="store_true",
                    help="add character 3-5-grams inside the stems to the terms")
    ap.add_argument("--nbsvm", action="store_true",
                    help="add an NBSVM over binarized terms (training/topic_nbsvm.py) to the "
                         "chosen SVM: scores are summed")
    ap.add_argument("--prior-grid", default="0,0.05,0.1,0.2,0.3",
                    help="values of the prior shift a (scores - a·log prior) tried on dev")
    ap.add_argument("--max-iter", type=int, default=300)
    ap.add_argument("--resplit", action="store_true")
    ap.add_argument("--no-idf", action="store_true", help="skip building idf.tsv.gz")
    args = ap.parse_args(argv)
    try:
        import scipy  # noqa: F401
    except ImportError:
        print("train_topic needs scipy (pip install 'khabar[train]')", file=sys.stderr)
        return 2
    grid = args.c_grid or ("0.3,1" if args.learner == "svm" else "10,30,100")
    train = train_svm if args.learner == "svm" else train_lr
    t0 = time.time()
    data = args.data or data_dir()
    rows = read_ant(data)
    sp = split_file()
    if args.resplit or not sp.exists():
        write_split(make_split(rows), sp)
        print(f"wrote split {sp}")
    split = read_split(sp)
    K = len(LABELS)
    lab_id = {l: i for i, l in enumerate(LABELS)}
    parts = {p: [r for r in rows if split.get(r["docno"]) == p] for p in ("train", "dev")}
    docs = {p: [terms(norm_tokens(r["text"]), chars=args.chars) for r in rs]
            for p, rs in parts.items()}
    ys = {p: np.array([lab_id[r["label"]] for r in rs]) for p, rs in parts.items()}
    vocab, idf = build_vocab(docs["train"], args.min_df)
    idf16 = idf.astype(np.float16).astype(np.float32)
    Xtr = matrix(docs["train"], vocab, idf16)
    Xdev = matrix(docs["dev"], vocab, idf16)
    print(f"train {len(ys['train'])}, dev {len(ys['dev'])} docs; vocabulary {len(vocab)} terms; "
          f"features in {time.time() - t0:.0f}s", flush=True)
    best = None
    curve = []
    for C in (float(c) for c in grid.split(",")):
        W, b = train(Xtr, ys["train"], K, C, args.cw_power, args.max_iter)
        S = np.asarray(Xdev @ W.astype(np.float16).astype(np.float32) + b)
        pred = S.argmax(1)
        acc = float((pred == ys["dev"]).mean())
        f1 = macro_f1(ys["dev"], pred, K)
        curve.append([C, round(acc, 4), round(f1, 4)])
        print(f"  C={C:g}: dev accuracy {acc:.4f} macro-F1 {f1:.4f} ({time.time() - t0:.0f}s)",
              flush=True)
        if best is None or acc + f1 > best[0] + 1e-9:
            best = (acc + f1, C, W, b, acc, f1, S)
    _, C, W, b, dev_acc, dev_f1, S = best
    extra = {}
    if args.nbsvm:
        from training.topic_nbsvm import binary_matrix, train_nbsvm
        Btr, Ntr = binary_matrix(docs["train"], vocab)
        W2, b2 = train_nbsvm(Btr, Ntr, ys["train"], K, 1.0, args.cw_power, args.max_iter)
        S2 = np.asarray(binary_matrix(docs["dev"], vocab)[1] @ W2.astype(np.float16)
                        .astype(np.float32) + b2)
        p2 = S2.argmax(1)
        print(f"  NBSVM alone: dev accuracy {float((p2 == ys['dev']).mean()):.4f} macro-F1 "
              f"{macro_f1(ys['dev'], p2, K):.4f} ({time.time() - t0:.0f}s)", flush=True)
        S = S + S2
        dev_acc = float((S.argmax(1) == ys["dev"]).mean())
        dev_f1 = macro_f1(ys["dev"], S.argmax(1), K)
        extra = {"W2": W2.astype(np.float16), "b2": b2}
    log_prior = np.log(np.bincount(ys["train"], minlength=K) / len(ys["train"]))
    shift, S = choose_prior_shift(S, ys["dev"], log_prior,
                                  [float(a) for a in args.prior_grid.split(",")])
    dev_acc = float((S.argmax(1) == ys["dev"]).mean())
    dev_f1 = macro_f1(ys["dev"], S.argmax(1), K)
    print(f"prior shift {shift:g}: dev accuracy {dev_acc:.4f}, macro-F1 {dev_f1:.4f}")
    scale = fit_scale(S, ys["dev"]) if args.learner == "svm" else 1.0
    print(f"chosen C={C:g}{' + NBSVM' if args.nbsvm else ''}: dev accuracy {dev_acc:.4f}, "
          f"macro-F1 {dev_f1:.4f}; "
          f"probability scale {scale:g}")
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "model.npz", W=W.astype(np.float16), b=b,
                        idf=idf.astype(np.float16), **extra)
    inv = sorted(vocab, key=vocab.get)
    with gzip.GzipFile(args.out / "vocab.txt.gz", "wb", mtime=0) as fh:
        fh.write(("\n".join(inv) + "\n").encode("utf-8"))
    meta = {"labels": list(LABELS), "features": "stems+bigrams" + ("+chars" if args.chars else ""),
            "learner": args.learner + ("+nbsvm" if args.nbsvm else ""), "scale": scale,
            "min_df": args.min_df,
            "vocabulary": len(vocab), "C": C, "cw_power": args.cw_power,
            "prior_shift": shift, "log_prior": [round(float(x), 6) for x in log_prior],
            "train_docs": len(ys["train"]), "dev_accuracy": round(dev_acc, 4),
            "dev_macro_f1": round(dev_f1, 4), "dev_curve": curve}
    (args.out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum((args.out / f).stat().st_size for f in ("model.npz", "vocab.txt.gz"))
    print(f"wrote {args.out} (model.npz + vocab.txt.gz {size / 1e6:.2f} MB) "
          f"in {time.time() - t0:.0f}s")
    if not args.no_idf:
        from training import build_idf
        build_idf.main(["--data", str(data), "--out", str(args.out / "idf.tsv.gz")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
