"""Word clusters for the tagger from unlabeled news (``raw_news``): PPMI + truncated SVD + k-means.

Run: ``PYTHONPATH=src python3 -m training.tag_clusters [--data DIR]`` (also called by
``training.train_tagger``). Tokens are the whitespace/punctuation-split, :func:`normalize`-d
surface tokens of SaudiNewsNet and the Arabic Newspapers Corpus; a token's proclitic و is also
stripped when the rest is a frequent word, so the clitic-segmented PADT words find their
cluster. Deterministic (seeded k-means++ init). Output: ``{normalized word: "c64|c256|c1024"}``.
"""
from __future__ import annotations

import gzip
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.morph.tag_features import normalize

VOCAB = 40_000       # clustered words
CONTEXTS = 6_000     # context words
WINDOW = 2
DIM = 80
KS = (64, 256, 1024)
SEED = 7
_TOKEN = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u0652\u0670]+|[0-9\u0660-\u0669]+|[A-Za-z]+|[^\s\w]")


def iter_docs(data: Path):
    for name in ("saudinewsnet.txt.gz", "arabic_newspapers_corpus.txt.gz"):
        with gzip.open(data / "raw_news" / name, "rt", encoding="utf-8") as fh:
            yield from fh


def tokens_of(line: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(line):
        t = normalize(t)
        if t[:1].isdigit():
            t = "0"
        out.append(t)
    return out


def kmeans(X: np.ndarray, k: int, rng, iters: int = 12) -> np.ndarray:
    n = len(X)
    # k-means++ init on a sample for speed
    idx = [int(rng.integers(n))]
    d2 = ((X - X[idx[0]]) ** 2).sum(1)
    for _ in range(k - 1):
        p = d2 / d2.sum()
        j = int(rng.choice(n, p=p))
        idx.append(j)
        d2 = np.minimum(d2, ((X - X[j]) ** 2).sum(1))
    C = X[idx].copy()
    for _ in range(iters):
        dist = (X ** 2).sum(1)[:, None] - 2 * X @ C.T + (C ** 2).sum(1)[None, :]
        a = dist.argmin(1)
        for j in range(k):
            m = a == j
            if m.any():
                C[j] = X[m].mean(0)
    dist = (X ** 2).sum(1)[:, None] - 2 * X @ C.T + (C ** 2).sum(1)[None, :]
    return dist.argmin(1)


def build_clusters(data: Path, log=print) -> dict[str, str]:
    t0 = time.time()
    vocab, E, rng = build_vectors(data, log)
    labels = [kmeans(E, k, rng) for k in KS]
    log(f"clusters: k-means done ({time.time() - t0:.0f}s)")
    return {w: "|".join(str(int(lab[i])) for lab in labels) for i, w in enumerate(vocab)}


def build_vectors(data: Path, log=print) -> tuple[list[str], np.ndarray, np.random.Generator]:
    """``(vocab, E, rng)``: the ``VOCAB`` most frequent normalized news words, their unit-length
    ``DIM``-dim PPMI-SVD vectors (one row each) and the seeded generator after the SVD (the
    k-means of :func:`build_clusters` continues it)."""
    t0 = time.time()
    docs = [tokens_of(line) for line in iter_docs(data)]
    freq = Counter(t for d in docs for t in d)
    log(f"clusters: {sum(freq.values())} tokens, {len(freq)} types ({time.time() - t0:.0f}s)")
    common = [w for w, _ in sorted(freq.items(), key=lambda x: (-x[1], x[0]))]
    vocab = common[:VOCAB]
    vid = {w: i for i, w in enumerate(vocab)}
    # strip a proclitic و when the remainder is in the vocabulary (PADT splits it off)
    ids = []
    for d in docs:
        row = []
        for t in d:
            i = vid.get(t)
            if i is None and len(t) > 2 and t[0] == "و":
                i = vid.get(t[1:])
            row.append(-1 if i is None else i)
        row.extend([-1] * WINDOW)
        ids.extend(row)
    a = np.array(ids, dtype=np.int64)
    del docs, ids
    pairs = []
    for off in range(1, WINDOW + 1):
        w, c = a[:-off], a[off:]
        m = (w >= 0) & (c >= 0) & (c < CONTEXTS)
        pairs.append(w[m] * CONTEXTS + c[m])
        m = (w >= 0) & (c >= 0) & (w < CONTEXTS)
        pairs.append(c[m] * CONTEXTS + w[m] + CONTEXTS * VOCAB)  # left-context block
    codes = np.concatenate(pairs)
    u, cnt = np.unique(codes, return_counts=True)
    left = u >= CONTEXTS * VOCAB
    u = np.where(left, u - CONTEXTS * VOCAB, u)
    rows = u // CONTEXTS
    cols = u % CONTEXTS + np.where(left, CONTEXTS, 0)
    M = np.zeros((VOCAB, 2 * CONTEXTS), dtype=np.float32)
    M[rows, cols] = cnt
    tot = M.sum()
    rs = M.sum(1, keepdims=True) + 1e-9
    cs = (M.sum(0, keepdims=True) + 1e-9) ** 0.75
    cs = cs / cs.sum() * tot
    # PPMI in place, a block of rows at a time (the same operations per cell as one
    # whole-matrix expression, without its full-size temporaries: peak RAM ≈ one matrix)
    for i in range(0, VOCAB, 2048):
        blk = M[i:i + 2048]
        with np.errstate(divide="ignore"):
            blk[...] = np.log(blk * tot / (rs[i:i + 2048] * cs))
        blk[~np.isfinite(blk)] = 0
        np.maximum(blk, 0, out=blk)
    P = M
    log(f"clusters: PPMI {P.shape} ({time.time() - t0:.0f}s)")
    rng = np.random.default_rng(SEED)
    # randomized SVD
    Q = P @ rng.standard_normal((P.shape[1], DIM + 20)).astype(np.float32)
    for _ in range(2):
        Q, _r = np.linalg.qr(Q)
        Q = P @ (P.T @ Q)
    Q, _r = np.linalg.qr(Q)
    B = Q.T @ P
    Ub, s, _vt = np.linalg.svd(B, full_matrices=False)
    E = (Q @ Ub[:, :DIM]) * np.sqrt(s[:DIM])
    E /= np.linalg.norm(E, axis=1, keepdims=True) + 1e-9
    log(f"clusters: SVD done ({time.time() - t0:.0f}s)")
    return vocab, E, rng


def write_clusters(cl: dict[str, str], path: Path) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{c}\n" for w, c in cl.items()).encode("utf-8"))


if __name__ == "__main__":
    import sys
    from khabar.morph.tagger import MODEL_DIR
    data = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else Path(__file__).resolve().parents[2] / "shared" / "data"
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    cl = build_clusters(data)
    write_clusters(cl, MODEL_DIR / "clusters.tsv.gz")
