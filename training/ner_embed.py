"""Dense word vectors for NER experiments: PPMI-SVD vectors of the cluster vocabulary.

Run from the repository root:
``PYTHONPATH=src python3 -m training.ner_embed --out DIR [--dims 32 64]``

Same vectors as :mod:`training.ner_clusters` (50k most frequent normalized raw_news words,
PPMI over left/right contexts at distance 1 and 2, SVD(120)), kept instead of clustered: the
``d`` components with the largest singular values, rows L2-normalised over those ``d``, then
every column scaled to zero mean and unit variance, rows reordered to the word order of
``clusters.tsv``. Writes ``embed-<d>.npy`` (float16, rows
in the frequency order of ``clusters.tsv``) for every ``d``. Used by ``Featurizer(embed=...)``
(numeric ``e<k>`` features; see ``khabar.ner.embed``).
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from training.ner_clusters import MODEL_DIR, vectors


def cluster_order(vocab: list[str], clusters: Path = MODEL_DIR / "clusters.tsv") -> np.ndarray:
    """Row permutation putting ``vocab`` in the word order of ``clusters.tsv`` (the runtime
    row index; the identity since ``vectors`` tokenizes as the shipped build did, see
    ``training.ner_clusters.split_comma_number``; before that fix the digit tokens were
    ordered differently). Words of the clusters file missing from ``vocab`` map to -1."""
    index = {w: i for i, w in enumerate(vocab)}
    words = [line.split("\t", 1)[0]
             for line in clusters.read_text(encoding="utf-8").splitlines()[1:]]
    return np.asarray([index.get(w, -1) for w in words], dtype=np.int64)


def align(vec: np.ndarray, perm: np.ndarray) -> np.ndarray:
    """Rows of ``vec`` in ``perm`` order; NaN rows for -1 (treated as no vector)."""
    out = vec[np.maximum(perm, 0)].copy()
    out[perm < 0] = np.nan
    return out


def reduce(raw: np.ndarray, s_order: np.ndarray, dims: int) -> np.ndarray:
    """The ``dims`` leading components (``s_order``: column indices, largest singular value
    first), rows L2-normalised, columns standardised; float16."""
    v = raw[:, s_order[:dims]]
    v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)
    v = (v - v.mean(axis=0)) / (v.std(axis=0) + 1e-9)
    return v.astype(np.float16)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dims", type=int, nargs="*", default=[32, 64])
    args = ap.parse_args(argv)
    vocab, raw, _ = vectors(args.data)
    order = np.argsort(-np.linalg.norm(raw, axis=0), kind="stable")  # column norm = sqrt(s)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    perm = cluster_order(vocab)
    for d in args.dims:
        np.save(args.out / f"embed-{d}.npy", align(reduce(raw, order, d), perm))
        print(f"wrote {args.out}/embed-{d}.npy", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
