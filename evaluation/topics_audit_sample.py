"""The seeded sample of dev errors audited in ``evaluation/topics_error_audit.md``.

    PYTHONPATH=src python3 evaluation/topics_audit_sample.py [--seed 1313] [--n 80] [--text]

Classifies the ANT dev part (``evaluation/ant_split.tsv``) with the shipped topic model, lists
the misclassified articles in file order, draws ``n`` of them with ``random.Random(seed)
.sample`` and prints them sorted by docno (``docno<TAB>gold<TAB>predicted``; with ``--text``
also the first 450 characters of title + body). Dev only: the test part is never read.
Raises InputError when the ANT data or the split is missing, ResourceError when the model is.
"""
from __future__ import annotations

import argparse
import random
import sys

from khabar.topics.classifier import model
from khabar.topics.data import norm_tokens, read_ant, read_split


def dev_errors() -> tuple[int, list[tuple[str, str, str, str]]]:
    """The number of dev articles and the misclassified ones as (docno, gold, predicted,
    text), in file order."""
    split = read_split()
    dev = [r for r in read_ant() if split.get(r["docno"]) == "dev"]
    m = model()
    out = []
    for r in dev:
        label, _ = m.classify(norm_tokens(r["text"]))
        if label != r["label"]:
            out.append((r["docno"], r["label"], label, r["text"]))
    return len(dev), out


def main(argv: list[str] | None = None) -> int:
    """Print the sample (see the module doc); returns 0."""
    ap = argparse.ArgumentParser(prog="topics_audit_sample", description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1313)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--text", action="store_true")
    args = ap.parse_args(argv)
    n, errs = dev_errors()
    print(f"# dev {n} articles, {len(errs)} errors (accuracy {1 - len(errs) / n:.4f}); "
          f"seed {args.seed}, sample {min(args.n, len(errs))}")
    for docno, gold, pred, text in sorted(random.Random(args.seed).sample(errs, min(args.n, len(errs)))):
        extra = "\t" + " ".join(text.split())[:450] if args.text else ""
        print(f"{docno}\t{gold}\t{pred}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
