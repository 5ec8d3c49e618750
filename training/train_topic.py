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

Deterministic: fixed order, L-BFGS from zeros; rerunning gives the same files. The parts:
``training/topic_split.py`` (1), ``training/topic_features.py`` (2),
``training/topic_learners.py`` and ``training/topic_select.py`` (3); this module reads the
data, runs the steps and writes the files (4).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

from khabar.topics.data import LABELS, data_dir, norm_tokens, read_ant, read_split, split_file
from khabar.topics.features import terms
from training.topic_features import build_vocab, matrix
from training.topic_learners import train_lr, train_svm
from training.topic_select import choose_prior_shift, fit_scale, macro_f1
from training.topic_split import SEED, make_split, write_split

__all__ = ["OUT", "ROOT", "SEED", "build_vocab", "choose_prior_shift", "fit_scale", "macro_f1",
           "main", "make_split", "matrix", "train_lr", "train_svm", "write_split"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "khabar" / "models" / "topic"


def _parser() -> argparse.ArgumentParser:
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
    return ap


def _choose_c(train: Callable[..., tuple[np.ndarray, np.ndarray]], grid: str, Xtr: Any,
              Xdev: Any, ys: dict[str, np.ndarray], args: argparse.Namespace, t0: float
              ) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, list[list[float]]]:
    """Fit on train for each C of ``grid``; the C with the best dev accuracy + macro-F1
    (ties: the first), its (W, b), its dev scores and the dev curve."""
    K = len(LABELS)
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
            best = (acc + f1, C, W, b, S)
    _, C, W, b, S = best
    return C, W, b, S, curve


def _add_nbsvm(docs: dict[str, list[list[str]]], vocab: dict[str, int],
               ys: dict[str, np.ndarray], S: np.ndarray, args: argparse.Namespace, t0: float
               ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Fit the NBSVM (``training/topic_nbsvm.py``) on train; the dev scores summed with
    ``S`` and the arrays it adds to ``model.npz``."""
    from training.topic_nbsvm import binary_matrix, train_nbsvm
    K = len(LABELS)
    Btr, Ntr = binary_matrix(docs["train"], vocab)
    W2, b2 = train_nbsvm(Btr, Ntr, ys["train"], K, 1.0, args.cw_power, args.max_iter)
    S2 = np.asarray(binary_matrix(docs["dev"], vocab)[1] @ W2.astype(np.float16)
                    .astype(np.float32) + b2)
    p2 = S2.argmax(1)
    print(f"  NBSVM alone: dev accuracy {float((p2 == ys['dev']).mean()):.4f} macro-F1 "
          f"{macro_f1(ys['dev'], p2, K):.4f} ({time.time() - t0:.0f}s)", flush=True)
    return S + S2, {"W2": W2.astype(np.float16), "b2": b2}


def _write_model(out: Path, W: np.ndarray, b: np.ndarray, idf: np.ndarray,
                 extra: dict[str, np.ndarray], vocab: dict[str, int], meta: dict[str, Any],
                 t0: float) -> None:
    """Write ``model.npz``, ``vocab.txt.gz`` and ``model.json`` to ``out`` (created).
    Raises OSError when a file cannot be written."""
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "model.npz", W=W.astype(np.float16), b=b,
                        idf=idf.astype(np.float16), **extra)
    inv = sorted(vocab, key=vocab.get)
    with gzip.GzipFile(out / "vocab.txt.gz", "wb", mtime=0) as fh:
        fh.write(("\n".join(inv) + "\n").encode("utf-8"))
    (out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum((out / f).stat().st_size for f in ("model.npz", "vocab.txt.gz"))
    print(f"wrote {out} (model.npz + vocab.txt.gz {size / 1e6:.2f} MB) "
          f"in {time.time() - t0:.0f}s")


def main(argv: list[str] | None = None) -> int:
    """Train and write the model (see the module doc); returns the exit status (2 without
    scipy). Raises InputError when the ANT data or the split is missing, OSError when a file
    cannot be written."""
    args = _parser().parse_args(argv)
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
    C, W, b, S, curve = _choose_c(train, grid, Xtr, Xdev, ys, args, t0)
    extra: dict[str, np.ndarray] = {}
    if args.nbsvm:
        S, extra = _add_nbsvm(docs, vocab, ys, S, args, t0)
    log_prior = np.log(np.bincount(ys["train"], minlength=K) / len(ys["train"]))
    shift, S = choose_prior_shift(S, ys["dev"], log_prior,
                                  [float(a) for a in args.prior_grid.split(",")])
    dev_acc = float((S.argmax(1) == ys["dev"]).mean())
    dev_f1 = macro_f1(ys["dev"], S.argmax(1), K)
    print(f"prior shift {shift:g}: dev accuracy {dev_acc:.4f}, macro-F1 {dev_f1:.4f}")
    scale = fit_scale(S, ys["dev"]) if args.learner == "svm" else 1.0
    print(f"chosen C={C:g}{' + NBSVM' if args.nbsvm else ''}: dev accuracy {dev_acc:.4f}, "
          f"macro-F1 {dev_f1:.4f}; probability scale {scale:g}")
    meta = {"labels": list(LABELS), "features": "stems+bigrams" + ("+chars" if args.chars else ""),
            "learner": args.learner + ("+nbsvm" if args.nbsvm else ""), "scale": scale,
            "min_df": args.min_df, "vocabulary": len(vocab), "C": C, "cw_power": args.cw_power,
            "prior_shift": shift, "log_prior": [round(float(x), 6) for x in log_prior],
            "train_docs": len(ys["train"]), "dev_accuracy": round(dev_acc, 4),
            "dev_macro_f1": round(dev_f1, 4), "dev_curve": curve}
    _write_model(args.out, W, b, idf, extra, vocab, meta, t0)
    if not args.no_idf:
        from training import build_idf
        build_idf.main(["--data", str(data), "--out", str(args.out / "idf.tsv.gz")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
