"""Word clusters for NER: k-means over PPMI-SVD vectors of the most frequent words in raw_news.

Run from the repository root: ``PYTHONPATH=src python3 -m training.ner_clusters [--data DIR]
[--out DIR]`` (default ``--out``: the model folder; also run by ``training.train_ner`` when the
clusters file is missing). Reproduces the shipped ``clusters.tsv``/``forms.tsv`` byte for
byte (numbers with an Arabic comma split as by the tokenizer of that time, see
:func:`split_comma_number`; ``--keep-comma-numbers``: today's tokens).

Steps: tokens of every raw_news document (project tokenizer ``TOKEN_RE``, ``normalize``d);
the ``VOCAB`` most frequent normalized tokens are the rows; the ``CONTEXTS`` most frequent are
the columns, separately as left and right neighbours at distance 1 and 2 (distance 2 weighted
0.5); positive PMI (context distribution smoothed with 0.75); truncated SVD (``DIM``);
rows L2-normalised; spherical k-means at several granularities (``KS``), seeded by frequency
order (deterministic, no randomness). Writes ``src/khabar/models/ner/clusters.tsv``:
``word<TAB>c64<TAB>c256<TAB>c1024`` for every row word (frequency order), and ``forms.tsv``:
the most frequent written form (hamzas, ة, ى as written) of each row word, used to spell
canonical names.

Training-time dependencies: numpy, scipy (sparse matrices, svds). Runtime needs neither.
"""
from __future__ import annotations

import argparse
import gzip
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.text.normalize import dediacritize, normalize
from khabar.tokenize.tokenizer import TOKEN_RE

VOCAB = 50_000
CONTEXTS = 4_000
DIM = 120
KS = (64, 256, 1024)
MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "khabar" / "models" / "ner"
FILES = ("saudinewsnet.txt.gz", "arabic_newspapers_corpus.txt.gz")


#: The shipped ``clusters.tsv`` was built before the tokenizer kept the Arabic comma inside a
#: number («10،5» one token since commit f5a3b1e); with ``split_comma_numbers`` (the default)
#: such a number is split back into ``10`` ``،`` ``5`` so that the command reproduces the
#: shipped file (only the counts, and so the frequency order, of digit tokens differ).
_ARABIC_COMMA = "\u060C"


def split_comma_number(tok: str) -> list[str]:
    """``10،5`` → ``["10", "،", "5"]``; any other token unchanged (as a one-item list)."""
    if _ARABIC_COMMA not in tok or not tok[:1].isdigit():
        return [tok]
    out: list[str] = []
    for k, part in enumerate(tok.split(_ARABIC_COMMA)):
        if k:
            out.append(_ARABIC_COMMA)
        out.append(part)
    return out


def read_docs(data: Path, split_comma_numbers: bool = True):
    """Tokens of every raw_news document (see :func:`split_comma_number`)."""
    for name in FILES:
        with gzip.open(data / "raw_news" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                toks = TOKEN_RE.findall(line)
                if split_comma_numbers and _ARABIC_COMMA in line:
                    toks = [p for t in toks for p in split_comma_number(t)]
                yield toks


def build(data: Path, out: Path, log=print, vocab_size: int | None = None,
          split_comma_numbers: bool = True) -> Path:
    """Write ``clusters.tsv`` and ``forms.tsv`` into ``out``; returns the clusters path."""
    t0 = time.time()
    vocab, raw_vec, surface = vectors(data, log, vocab_size, split_comma_numbers)
    vec = raw_vec / (np.linalg.norm(raw_vec, axis=1, keepdims=True) + 1e-9)
    vec = vec.astype(np.float32)
    log(f"  SVD {vec.shape} ({time.time() - t0:.0f} s)")
    labels = [kmeans(vec, k) for k in KS]
    out.mkdir(parents=True, exist_ok=True)
    path = out / "clusters.tsv"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("#word\t" + "\t".join(f"c{k}" for k in KS) + "\n")
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    forms = out / "forms.tsv"
    with open(forms, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("#normalized\tmost frequent written form in raw_news (only when different)\n")
        for w in vocab:
            best = sorted(surface[w].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if best != w:
                fh.write(f"{w}\t{best}\n")
    log(f"  wrote {path} and {forms} ({time.time() - t0:.0f} s)")
    return path


def vectors(data: Path, log=print, vocab_size: int | None = None,
            split_comma_numbers: bool = True):
    """``(vocab, vectors, surface)``: the ``vocab_size`` most frequent normalized words
    (frequency order), their PPMI-SVD(``DIM``) vectors ``U·sqrt(S)`` (not normalised;
    columns in svds order) and each word's written forms with counts."""
    import scipy.sparse as sp
    from scipy.sparse.linalg import svds
    t0 = time.time()
    raw_docs = list(read_docs(data, split_comma_numbers))
    written = Counter()
    for d in raw_docs:
        written.update(d)
    counts: Counter = Counter()
    surface: dict[str, Counter] = {}
    for w, n in written.items():
        nw = normalize(w)
        counts[nw] += n
        surface.setdefault(nw, Counter())[dediacritize(w)] += n
    docs = [[normalize(t) for t in d] for d in raw_docs]
    del raw_docs, written
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    size = vocab_size or VOCAB
    vocab = [w for w, _ in ranked[:size]]
    index = {w: i for i, w in enumerate(vocab)}
    log(f"  {sum(counts.values()):,} tokens, {len(counts):,} types ({time.time() - t0:.0f} s)")
    # Encode every document as int ids (-1 for out-of-vocabulary), one long array with -2 gaps.
    ids = []
    for d in docs:
        ids.extend(index.get(w, -1) for w in d)
        ids.extend((-2, -2))
    arr = np.asarray(ids, dtype=np.int64)
    del docs, ids
    n = len(arr)
    rows, cols, vals = [], [], []
    for off, weight, block in ((1, 1.0, 0), (2, 0.5, 2)):
        a, b = arr[:-off], arr[off:]
        # right context of a at distance off: b ; left context of b: a
        for w_arr, c_arr, side in ((a, b, 1), (b, a, 0)):
            m = (w_arr >= 0) & (c_arr >= 0) & (c_arr < CONTEXTS)
            rows.append(w_arr[m])
            cols.append(c_arr[m] + CONTEXTS * (block + side))
            vals.append(np.full(int(m.sum()), weight, dtype=np.float64))
    mat = sp.coo_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                        shape=(len(vocab), 4 * CONTEXTS)).tocsr()
    mat.sum_duplicates()
    log(f"  co-occurrence matrix {mat.shape}, {mat.nnz:,} cells over {n:,} positions "
        f"({time.time() - t0:.0f} s)")
    total = mat.sum()
    row_sum = np.asarray(mat.sum(axis=1)).ravel()
    col_sum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = mat.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])),
                         shape=mat.shape)
    v0 = np.linspace(1.0, 2.0, min(ppmi.shape)).astype(np.float64)
    u, s, _ = svds(ppmi.astype(np.float64), k=DIM, v0=v0)
    return vocab, u * np.sqrt(s), surface


def kmeans(x: np.ndarray, k: int, iters: int = 25) -> np.ndarray:
    """Spherical k-means seeded with evenly spaced rows of the frequency-ranked vocabulary."""
    seeds = np.linspace(0, len(x) - 1, k).astype(int)
    cent = x[seeds].copy()
    lab = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        sims = np.empty(len(x), dtype=np.float32)
        for s in range(0, len(x), 8192):
            block = x[s:s + 8192] @ cent.T
            lab[s:s + 8192] = block.argmax(axis=1)
            sims[s:s + 8192] = block.max(axis=1)
        new = np.zeros_like(cent)
        np.add.at(new, lab, x)
        norms = np.linalg.norm(new, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        if empty.any():  # re-seed empty clusters with the worst-fitting rows
            worst = np.argsort(sims, kind="stable")[:int(empty.sum())]
            new[empty] = x[worst]
            norms[empty] = 1.0
        cent = new / norms
    return lab


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--vocab", type=int, default=VOCAB, help=f"rows (default {VOCAB:,})")
    ap.add_argument("--keep-comma-numbers", action="store_true",
                    help="tokens exactly as the current tokenizer makes them («10،5» one "
                         "token); the default splits them as when the shipped file was built")
    args = ap.parse_args(argv)
    build(args.data, args.out, vocab_size=args.vocab,
          split_comma_numbers=not args.keep_comma_numbers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
