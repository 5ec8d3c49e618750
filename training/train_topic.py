"""Train the topic classifier (``src/khabar/models/topic/``) on ANT v1.1.

    PYTHONPATH=src python3 -m training.train_topic [--data DIR] [--out DIR] [--resplit]

1. The split: ``evaluation/ant_split.tsv`` (docno → train/dev/test), stratified by label,
   80/10/10 per label after a seeded shuffle of the sorted docnos (seed 20240601). Written
   only when missing (or with ``--resplit``); otherwise read, so the split stays fixed.
2. Features: :func:`khabar.topics.features.featurize` (hashed word uni/bigrams + character
   3/4-grams of normalized tokens, outlet names removed), ``log1p`` tf × idf (idf from train),
   L2-normalized.
3. Model: multinomial logistic regression, minibatch AdaGrad in numpy, class weights
   ``(n / (K n_c)) ** 0.5`` for the imbalance (optional L2, off by default); epochs chosen on dev
   (macro-F1), then the final model is trained on train only with that number of epochs
   (test is never looked at here).
4. Output: ``model.npz`` (W float16 [2^bits × K], b, idf float16), ``model.json`` (labels,
   bits, hyper-parameters, dev figures), and ``idf.tsv.gz`` for keywords (see
   ``training/build_idf.py``, run from here too unless ``--no-idf``).

Deterministic: fixed seeds, fixed file order.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from khabar.topics.data import LABELS, data_dir, norm_tokens, read_ant, read_split, split_file
from khabar.topics.features import DEFAULT_BITS, featurize

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


class CSR:
    """Rows of sparse vectors, concatenated."""

    def __init__(self, vecs: list[tuple[np.ndarray, np.ndarray]]):
        self.indptr = np.zeros(len(vecs) + 1, np.int64)
        self.indptr[1:] = np.cumsum([len(i) for i, _ in vecs])
        self.indices = np.concatenate([i for i, _ in vecs]) if vecs else np.zeros(0, np.int64)
        self.data = np.concatenate([v for _, v in vecs]).astype(np.float32) if vecs else \
            np.zeros(0, np.float32)

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def rows(self, sel: np.ndarray):
        """(indices, data, row_of_each_nnz) for the rows in ``sel``."""
        parts_i, parts_v, parts_r = [], [], []
        for k, r in enumerate(sel):
            a, b = self.indptr[r], self.indptr[r + 1]
            parts_i.append(self.indices[a:b])
            parts_v.append(self.data[a:b])
            parts_r.append(np.full(b - a, k, np.int64))
        return np.concatenate(parts_i), np.concatenate(parts_v), np.concatenate(parts_r)

    def scale(self, w: np.ndarray) -> "CSR":
        """A copy with column weights ``w`` applied and rows re-normalized."""
        out = CSR([])
        out.indptr = self.indptr.copy()
        out.indices = self.indices
        d = self.data * w[self.indices]
        sq = np.add.reduceat(d * d, self.indptr[:-1]) if len(d) else np.zeros(0)
        lens = np.diff(self.indptr)
        sq = np.where(lens > 0, sq, 1.0)
        out.data = (d / np.sqrt(np.repeat(sq, lens))).astype(np.float32)
        return out


def scores(X: CSR, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.tile(b, (len(X), 1)).astype(np.float64)
    rowid = np.repeat(np.arange(len(X)), np.diff(X.indptr))
    for k in range(W.shape[1]):
        out[:, k] += np.bincount(rowid, weights=X.data * W[X.indices, k], minlength=len(X))
    return out


def train_lr(X: CSR, y: np.ndarray, K: int, dim: int, epochs: int, lr: float = 0.5,
             l2: float = 1e-6, cw_power: float = 0.5, batch: int = 32, seed: int = SEED,
             dev: tuple[CSR, np.ndarray] | None = None, log=print):
    """Multinomial LR with AdaGrad; returns (W, b, history of dev macro-F1 per epoch)."""
    rng = np.random.default_rng(seed)
    W = np.zeros((dim, K), np.float32)
    b = np.zeros(K, np.float32)
    G2 = np.full((dim, K), 1e-8, np.float32)
    gb2 = np.full(K, 1e-8, np.float32)
    counts = np.bincount(y, minlength=K).astype(np.float64)
    cw = (len(y) / (K * np.maximum(counts, 1))) ** cw_power
    cw = (cw / (cw[y].mean())).astype(np.float32)
    hist = []
    for ep in range(epochs):
        order = rng.permutation(len(y))
        for s in range(0, len(order), batch):
            sel = order[s:s + batch]
            idx, val, rid = X.rows(sel)
            B = len(sel)
            logit = np.tile(b, (B, 1)).astype(np.float64)
            for k in range(K):
                logit[:, k] += np.bincount(rid, weights=val * W[idx, k], minlength=B)
            logit -= logit.max(1, keepdims=True)
            p = np.exp(logit)
            p /= p.sum(1, keepdims=True)
            p[np.arange(B), y[sel]] -= 1.0
            G = (p * cw[y[sel]][:, None] / B).astype(np.float32)
            uniq, inv = np.unique(idx, return_inverse=True)
            gW = np.empty((len(uniq), K), np.float32)
            for k in range(K):
                gW[:, k] = np.bincount(inv, weights=val * G[rid, k], minlength=len(uniq))
            gW += l2 * W[uniq]  # weight decay on the rows touched
            G2[uniq] += gW * gW
            W[uniq] -= lr * gW / np.sqrt(G2[uniq])
            gb = G.sum(0)
            gb2 += gb * gb
            b -= lr * gb / np.sqrt(gb2)
        if dev is not None:
            pred = scores(dev[0], W, b).argmax(1)
            f = macro_f1(dev[1], pred, K)
            acc = float((pred == dev[1]).mean())
            hist.append((ep + 1, acc, f))
            log(f"  epoch {ep + 1}: dev acc {acc:.4f} macro-F1 {f:.4f}")
    return W, b, hist


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
    ap.add_argument("--bits", type=int, default=DEFAULT_BITS)
    ap.add_argument("--epochs", type=int, default=0, help="fixed epochs (0: choose on dev)")
    ap.add_argument("--max-epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--l2", type=float, default=0.0)
    ap.add_argument("--cw-power", type=float, default=0.5)
    ap.add_argument("--resplit", action="store_true")
    ap.add_argument("--no-idf", action="store_true", help="skip building idf.tsv.gz")
    args = ap.parse_args(argv)
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
    print(f"train {len(parts['train'])}, dev {len(parts['dev'])}")
    dim = 1 << args.bits
    feats = {p: CSR([featurize(norm_tokens(r["text"]), args.bits) for r in rs])
             for p, rs in parts.items()}
    ys = {p: np.array([lab_id[r["label"]] for r in rs]) for p, rs in parts.items()}
    print(f"features: {time.time() - t0:.1f}s, nnz/doc {len(feats['train'].data) / len(ys['train']):.0f}")
    Xtr = feats["train"]
    df = np.bincount(np.unique(np.stack([Xtr.indices,
                                         np.repeat(np.arange(len(Xtr)), np.diff(Xtr.indptr))]),
                               axis=1)[0], minlength=dim)
    idf = (np.log((len(Xtr) + 1) / (df + 1)) + 1).astype(np.float32)
    idf16 = idf.astype(np.float16).astype(np.float32)
    Xtr = Xtr.scale(idf16)
    Xdev = feats["dev"].scale(idf16)
    kw = dict(lr=args.lr, l2=args.l2, cw_power=args.cw_power)
    if args.epochs:
        epochs = args.epochs
        W, b, hist = train_lr(Xtr, ys["train"], K, dim, epochs, dev=(Xdev, ys["dev"]), **kw)
    else:
        W, b, hist = train_lr(Xtr, ys["train"], K, dim, args.max_epochs,
                              dev=(Xdev, ys["dev"]), **kw)
        best = max(hist, key=lambda h: (round(h[2], 4), -h[0]))
        epochs = best[0]
        print(f"best epochs on dev: {epochs}")
        if epochs != args.max_epochs:
            W, b, hist2 = train_lr(Xtr, ys["train"], K, dim, epochs, dev=None, **kw)
    W16 = W.astype(np.float16)
    pred = scores(Xdev, W16.astype(np.float32), b).argmax(1)
    dev_acc = float((pred == ys["dev"]).mean())
    dev_f1 = macro_f1(ys["dev"], pred, K)
    print(f"final dev acc {dev_acc:.4f} macro-F1 {dev_f1:.4f}")
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "model.npz", W=W16, b=b.astype(np.float32),
                        idf=idf.astype(np.float16))
    meta = {"labels": list(LABELS), "bits": args.bits, "epochs": epochs, "lr": args.lr,
            "l2": args.l2, "cw_power": args.cw_power, "seed": SEED,
            "train_docs": len(ys["train"]), "dev_accuracy": round(dev_acc, 4),
            "dev_macro_f1": round(dev_f1, 4),
            "dev_curve": [[e, round(a, 4), round(f, 4)] for e, a, f in hist]}
    (args.out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}/model.npz ({(args.out / 'model.npz').stat().st_size / 1e6:.2f} MB) "
          f"in {time.time() - t0:.0f}s")
    if not args.no_idf:
        from training import build_idf
        build_idf.main(["--data", str(data), "--out", str(args.out / "idf.tsv.gz")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
