"""Command-line options of ``training.train_tagger``.

Raises nothing itself (``argparse`` exits on bad options when they are parsed).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.morph.tagger import MODEL_DIR
from training.tag_config import EPOCHS, EPOCHS2, FOLDS, SEEDS
from training.tag_inputs import default_data


def build_parser(description: str, init2: bool) -> argparse.ArgumentParser:
    """The option parser of ``training.train_tagger`` (``init2``: the ``--init2`` default)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--epochs2", type=int, default=EPOCHS2)
    ap.add_argument("--folds", type=int, default=FOLDS, help="jackknife folds for the second pass (0: one pass)")
    ap.add_argument("--no-clusters", action="store_true", help="train without raw_news clusters")
    ap.add_argument("--reuse-clusters", action="store_true", help="keep an existing clusters.tsv.gz")
    ap.add_argument("--autotag", type=Path, help="use this auto-tagged news lexicon (experiments)")
    ap.add_argument("--names", type=Path,
                    help="name-ness table (default OUT/names.tsv.gz; built by training.tag_names "
                         "from the NER model's lexicon when absent)")
    ap.add_argument("--no-names", action="store_true", help="without the name-ness features")
    ap.add_argument("--no-paradigm", action="store_true",
                    help="without the raw-news paradigm features (needs the segmenter's news.tsv.gz)")
    ap.add_argument("--tagger-only", action="store_true", help="skip the lemmatizer (experiments)")
    ap.add_argument("--seeds", type=int, default=SEEDS,
                    help="average this many runs of each pass (different shuffles)")
    ap.add_argument("--no-pairs", action="store_true", help="without word-class pair features")
    ap.add_argument("--drop-artefacts", choices=["tagger", "all", "none"], default="tagger",
                    help="which parts train without PADT's sentence-final copy runs")
    ap.add_argument("--init2", type=int, default=int(init2),
                    help="1: start the second pass from the first pass's weights, 0: from zeros")
    ap.add_argument("--dense", type=float, default=0.0,
                    help="scale of the dense word-vector inputs (training.tag_dense; 0: none)")
    ap.add_argument("--dense-vocab", type=int, default=0, help="vectors of the N most frequent words")
    ap.add_argument("--dense-dims", type=int, default=0, help="the first N SVD dimensions")
    ap.add_argument("--vectors", type=Path, help="an .npz of the SVD vectors (built when missing)")
    ap.add_argument("--dense-unseen", type=int, default=-1,
                    help="words unseen in train get their vector's weights only among the N most "
                         "frequent (-1: all; a size limit: they need new rows)")
    ap.add_argument("--dense-pass1", action="store_true", help="vectors in the first pass only")
    ap.add_argument("--dense-dump", type=Path, help="pickle the trained weights here (training.tag_dense_run rewrites them)")
    ap.add_argument("--learner", choices=["perceptron", "maxent"], default="perceptron",
                    help="maxent: L2 log-linear passes (training.tag_maxent_run; issue 3 round 9)")
    ap.add_argument("--l2", type=float, default=3.0, help="maxent: L2 weight of pass 1")
    ap.add_argument("--l2-2", type=float, default=0.0, help="maxent: L2 weight of pass 2 (0: --l2)")
    ap.add_argument("--hist-jk", action="store_true",
                    help="maxent: jackknifed first-pass tags as the tag history, not gold")
    ap.add_argument("--eps", type=float, default=0.01, help="maxent: sparsify threshold")
    ap.add_argument("--maxent-iter", type=int, default=200, help="maxent: L-BFGS iterations")
    ap.add_argument("--x-bias", type=float, default=-0.25, help="maxent: run-time X bias")
    ap.add_argument("--mix", type=float, default=0.0,
                    help="maxent: the perceptron's share mixed into each pass (0: none)")
    return ap
