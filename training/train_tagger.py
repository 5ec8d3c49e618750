"""Train Khabar's UPOS tagger and lemmatizer on UD Arabic-PADT train (gold segmentation).

Run from the repo root: ``PYTHONPATH=src python3 -m training.train_tagger [--data DIR]``.
Writes ``src/khabar/models/morph_tag/`` (see its MODEL_CARD.md). Deterministic (seeded).
Uses PADT train for training, dev for reporting during training; never test.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.morph.tag_data import read_conllu
from khabar.morph.tag_features import BOUNDARY, OFFSETS, clitic_codes, neighbor_features, own_features
from khabar.morph.tagger import MODEL_DIR
from training.tag_lemma import eval_lemmas, lemma_entries, train_lemmatizer, write_lemmatizer

SEED = 13
EPOCHS = 7
ROOT = Path(__file__).resolve().parents[1]


def default_data() -> Path:
    return ROOT.parent / "shared" / "data"


def load(data: Path):
    d = data / "ud_arabic_padt"
    train = list(read_conllu(d / "ar_padt-ud-train.tok-upos.conllu.gz"))
    dev = list(read_conllu(d / "ar_padt-ud-dev.tok-upos.conllu"))
    return train, dev


def load_clusters(path: Path) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh)


def fix_tag(t: str) -> str:
    return "X" if t == "_" else t


class FeatIndex:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.counts: list[int] = []

    def get(self, f: str, grow: bool) -> int:
        i = self.ids.get(f)
        if i is None:
            if not grow:
                return -1
            i = self.ids[f] = len(self.counts)
            self.counts.append(0)
        return i


def sentence_fids(sent, fi: FeatIndex, grow: bool, clusters, cache: dict) -> list[np.ndarray]:
    forms = [w.form for w in sent]
    codes = clitic_codes([w.token for w in sent], len(sent))
    keys = list(zip(forms, codes))
    n = len(keys)
    out = []
    for i in range(n):
        fl = []
        fl.extend(_own(keys[i], fi, grow, clusters, cache))
        for off in OFFSETS:
            j = i + off
            k = keys[j] if 0 <= j < n else BOUNDARY
            fl.extend(_nb(k, off, fi, grow, clusters, cache))
        arr = np.array([x for x in fl if x >= 0], dtype=np.int32)
        out.append(arr)
    return out


def _own(key, fi, grow, clusters, cache):
    ck = ("o", key, grow)
    r = cache.get(ck)
    if r is None:
        r = cache[ck] = [fi.get(f, grow) for f in own_features(key[0], key[1], clusters)]
    return r


def _nb(key, off, fi, grow, clusters, cache):
    ck = (off, key, grow)
    r = cache.get(ck)
    if r is None:
        r = cache[ck] = [fi.get(f, grow) for f in neighbor_features(key[0], key[1], off, clusters)]
    return r


def train_tagger(train, dev, clusters, epochs=EPOCHS, seed=SEED, log=print):
    tags = sorted({fix_tag(w.upos) for s in train for w in s})
    T = len(tags)
    tix = {t: i for i, t in enumerate(tags)}
    fi = FeatIndex()
    cache: dict = {}
    X = [sentence_fids(s, fi, True, clusters, cache) for s in train]
    Y = [np.array([tix[fix_tag(w.upos)] for w in s], dtype=np.int64) for s in train]
    F = len(fi.counts)
    log(f"tagger: {F} static features, {T} tags")
    # transition features: rows F + p1 (p1 in 0..T, T = start) and F + (T+1) + p2*(T+1) + p1
    S = T + 1
    n_feat = F + S + S * S
    W = np.zeros((n_feat, T))
    U = np.zeros((n_feat, T))
    c = 1.0
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    dev_cache: dict = {}
    Xd = [sentence_fids(s, fi, False, clusters, dev_cache) for s in dev]
    Yd = [np.array([tix[fix_tag(w.upos)] for w in s]) for s in dev]
    for ep in range(epochs):
        t0 = time.time()
        rng.shuffle(order)
        errs = tot = 0
        for si in order:
            fids = X[si]
            gold = Y[si]
            n = len(fids)
            lens = np.array([len(a) for a in fids])
            allf = np.concatenate(fids)
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
            static = np.add.reduceat(W[allf], starts, axis=0)
            p1 = p2 = T
            for i in range(n):
                r1 = F + p1
                r2 = F + S + p2 * S + p1
                sc = static[i] + W[r1] + W[r2]
                pr = int(sc.argmax())
                g = int(gold[i])
                if pr != g:
                    errs += 1
                    f = fids[i]
                    W[f, g] += 1.0
                    W[f, pr] -= 1.0
                    U[f, g] += c
                    U[f, pr] -= c
                    for r in (r1, r2):
                        W[r, g] += 1.0
                        W[r, pr] -= 1.0
                        U[r, g] += c
                        U[r, pr] -= c
                c += 1
                # follow the prediction (greedy, as at test time)
                p2, p1 = p1, pr
            tot += n
        Wa = W - U / c
        acc = evaluate(Wa, F, S, T, Xd, Yd)
        log(f"epoch {ep + 1}: train err {errs / tot:.4f}  dev acc {acc:.4f}  ({time.time() - t0:.0f}s)")
    Wa = W - U / c
    return Wa, fi, tags, F


def decode(Wa, F, S, T, fids):
    n = len(fids)
    out = []
    p1 = p2 = T
    for i in range(n):
        f = fids[i]
        sc = Wa[f].sum(0) + Wa[F + p1] + Wa[F + S + p2 * S + p1]
        pr = int(sc.argmax())
        out.append(pr)
        p2, p1 = p1, pr
    return out


def evaluate(Wa, F, S, T, Xd, Yd):
    ok = tot = 0
    for fids, gold in zip(Xd, Yd):
        p = decode(Wa, F, S, T, fids)
        ok += int((np.array(p) == gold).sum())
        tot += len(gold)
    return ok / tot


def confusion(Wa, F, S, T, Xd, Yd, tags, dev, k=25):
    conf = Counter()
    ex = {}
    for fids, gold, s in zip(Xd, Yd, dev):
        p = decode(Wa, F, S, T, fids)
        for i, (a, b) in enumerate(zip(gold, p)):
            if a != b:
                conf[(tags[a], tags[b])] += 1
                ex.setdefault((tags[a], tags[b]), []).append(s[i].form)
    for (a, b), n in conf.most_common(k):
        print(a, "->", b, n, " ".join(ex[(a, b)][:12]))


def write_tagger(Wa, fi, tags, F, use_clusters: bool, out: Path, keep: float = 0.01) -> None:
    """Prune static features whose weights are all tiny, store float16 weights."""
    W = Wa[:F].astype(np.float32)
    thr = keep * float(np.abs(W).max())
    alive = np.abs(W).max(1) >= thr
    names = sorted(fi.ids, key=fi.ids.get)
    kept = [n for n, a in zip(names, alive) if a]
    with gzip.GzipFile(out / "tag_features.txt.gz", "wb", mtime=0) as gz:
        gz.write(("\n".join(kept) + "\n").encode("utf-8"))
    np.savez_compressed(out / "tag_weights.npz", W=W[alive].astype(np.float16),
                        trans=Wa[F:].astype(np.float16))
    (out / "tagger.json").write_text(json.dumps({"tags": tags, "clusters": use_clusters,
                                                 "offsets": list(OFFSETS)}), encoding="utf-8")
    print(f"tagger: kept {len(kept)} of {F} features")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--no-clusters", action="store_true", help="train without raw_news clusters")
    ap.add_argument("--reuse-clusters", action="store_true", help="keep an existing clusters.tsv.gz")
    args = ap.parse_args(argv)
    t0 = time.time()
    train, dev = load(args.data)
    clusters = None
    if not args.no_clusters:
        cpath = args.out / "clusters.tsv.gz"
        if not (args.reuse_clusters and cpath.exists()):
            from training.tag_clusters import build_clusters, write_clusters
            args.out.mkdir(parents=True, exist_ok=True)
            write_clusters(build_clusters(args.data), cpath)
        clusters = load_clusters(cpath)
    Wa, fi, tags, F = train_tagger(train, dev, clusters, epochs=args.epochs)
    print(f"tagger trained ({time.time() - t0:.0f}s)")
    args.out.mkdir(parents=True, exist_ok=True)
    write_tagger(Wa, fi, tags, F, clusters is not None, args.out)
    entries = lemma_entries(train)
    lem, parts = train_lemmatizer(entries)
    write_lemmatizer(parts, entries, args.out)
    print(f"lemmatizer trained; dev lemma acc (gold UPOS) exact/dediacritized/n: {eval_lemmas(lem, dev)}")
    print(f"done in {time.time() - t0:.0f}s")
    if args.confusion:
        Xd = [sentence_fids(s, fi, False, clusters, {}) for s in dev]
        tix = {t: i for i, t in enumerate(tags)}
        Yd = [np.array([tix[fix_tag(w.upos)] for w in s]) for s in dev]
        S = len(tags) + 1
        confusion(Wa, F, S, len(tags), Xd, Yd, tags, dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

