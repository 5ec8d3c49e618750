"""Baseline NER: a plain CRF with standard features, trained on the same split as Khabar's.

Features per whitespace token: the word, prefixes and suffixes of 1-3 letters, a shape class
(Arabic / Latin / digit / punctuation), and the words at ±1, ±2; CRFsuite L-BFGS with default
regularisation (c1=0, c2=1), 100 iterations. Scored with Khabar's scorer on spans over the
space-joined gold tokens (same proclitic rule).

Run: ``PYTHONPATH=src python3 -m benchmarks.ner_baseline [--dev]`` from the repository root
(``--dev``: train on the first 90% of train, score on the last 10%), or through
``khabar evaluate ner --baseline``. Needs python-crfsuite.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from khabar.evaluate.ner import (HEADER, format_row, gold_spans, read_conll, score_spans,
                                 summarize)
from khabar.evaluate.sentences import data_dir


def _shape(w: str) -> str:
    c = w[0]
    if "\u0600" <= c <= "\u06ff":
        return "A"
    if c.isdigit():
        return "D"
    if c.isalpha():
        return "L"
    return "P"


def features(words: list[str]) -> list[list[str]]:
    out = []
    n = len(words)
    for i, w in enumerate(words):
        f = ["w=" + w, "sh=" + _shape(w)]
        for k in (1, 2, 3):
            f.append(f"p{k}=" + w[:k])
            f.append(f"s{k}=" + w[-k:])
        for o in (-2, -1, 1, 2):
            j = i + o
            f.append(f"{o}:w=" + (words[j] if 0 <= j < n else ("BOS" if j < 0 else "EOS")))
        out.append(f)
    return out


def _labels(sent):
    return [t.replace("PERS", "PER") for _, t in sent]


def run_baseline(train_sents, test_sents) -> tuple[dict, float]:
    """Train on ``train_sents``, score on ``test_sents``; returns (summary, words/s)."""
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=False)
    for s in train_sents:
        tr.append(features([w for w, _ in s]), _labels(s))
    tr.select("lbfgs")
    tr.set_params({"max_iterations": 100})
    with tempfile.TemporaryDirectory() as d:
        path = str(Path(d) / "baseline.crfsuite")
        tr.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        counts: dict = {}
        words = 0
        t0 = time.process_time()
        for s in test_sents:
            text, gold, toks = gold_spans(s)
            labels = tagger.tag(features([w for w, _ in s]))
            words += len(s)
            pred = []
            cur = None
            for (st, en, _), lab in zip(toks, labels):
                kind = lab[2:]
                if lab.startswith("B-") or (lab.startswith("I-") and (cur is None or cur[2] != kind)):
                    if cur:
                        pred.append(tuple(cur))
                    cur = [st, en, kind]
                elif lab.startswith("I-"):
                    cur[1] = en
                else:
                    if cur:
                        pred.append(tuple(cur))
                    cur = None
            if cur:
                pred.append(tuple(cur))
            score_spans(text, gold, pred, counts)
        speed = words / max(time.process_time() - t0, 1e-9)
    return summarize(counts), speed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", action="store_true", help="score on the dev part of train")
    args = ap.parse_args(argv)
    d = data_dir() / "anercorp_camel"
    train = read_conll(d / "ANERCorp_CamelLab_train.txt")
    if args.dev:
        cut = int(len(train) * 0.9)
        train, test = train[:cut], train[cut:]
    else:
        test = read_conll(d / "ANERCorp_CamelLab_test.txt")
    res, speed = run_baseline(train, test)
    print(HEADER)
    print(format_row("plain CRF" + (" (dev)" if args.dev else " (test)"), res, f"{speed:,.0f} words/s"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
