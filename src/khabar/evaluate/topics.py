"""``khabar evaluate topics``: the shipped topic classifier on ANT test and on raw_news.

1. ANT v1.1 test part of the fixed split (``evaluation/ant_split.tsv``): accuracy, macro-F1,
   per-class P/R/F1 and the confusion matrix (rows gold, columns predicted).
2. A multinomial naive Bayes baseline trained here on the same train part (word unigram
   counts of the same cleaned tokens, add-one smoothing): the same figures, same run.
3. Other outlets: the labelled Arabic Newspapers Corpus in raw_news (19 countries, ~2012;
   never used for training). Its labels map to ANT's as in
   :data:`khabar.topics.data.RAW_MAP` (religion has no counterpart and is left out;
   politics counts when predicted ``politic`` or ``internationalNews``; the strict figure
   with politics → politic only is printed too). Accuracy per label and overall, for both
   models.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.topics.data import (LABELS, RAW_MAP, data_dir, norm_tokens, read_ant,
                                read_raw_labelled, read_split)
from khabar.topics.features import clean_tokens


def prf(gold: list[str], pred: list[str], labels) -> dict:
    out = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[lab] = (prec, rec, f, tp + fn)
    return out


class NaiveBayes:
    """Multinomial NB over word unigrams (add-one), the issue's baseline."""

    def __init__(self, docs: list[list[str]], ys: list[str]) -> None:
        self.labels = sorted(set(ys))
        n = len(ys)
        self.prior = {c: np.log(sum(1 for y in ys if y == c) / n) for c in self.labels}
        counts = {c: Counter() for c in self.labels}
        for d, y in zip(docs, ys):
            counts[y].update(d)
        vocab = set()
        for c in counts.values():
            vocab.update(c)
        V = len(vocab)
        self.logp = {}
        self.unk = {}
        for c in self.labels:
            tot = sum(counts[c].values()) + V
            self.logp[c] = {w: np.log((k + 1) / tot) for w, k in counts[c].items()}
            self.unk[c] = np.log(1 / tot)
        self.vocab = vocab

    def predict(self, doc: list[str]) -> str:
        best, arg = None, None
        for c in self.labels:
            lp, unk = self.logp[c], self.unk[c]
            s = self.prior[c] + sum(lp.get(w, unk) for w in doc if w in self.vocab)
            if best is None or s > best:
                best, arg = s, c
        return arg


def report(name: str, gold: list[str], pred: list[str], part: str = "test") -> dict:
    acc = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    per = prf(gold, pred, LABELS)
    macro = float(np.mean([per[l][2] for l in LABELS]))
    print(f"\n## {name} — ANT {part} ({len(gold)} docs): accuracy {acc:.4f}, "
          f"macro-F1 {macro:.4f}")
    print("| label | n | P | R | F1 |\n|---|---|---|---|---|")
    for l in LABELS:
        p, r, f, n = per[l]
        print(f"| {l} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print("confusion (rows gold, columns predicted: " + ", ".join(l[:5] for l in LABELS) + ")")
    for l in LABELS:
        row = Counter(p for g, p in zip(gold, pred) if g == l)
        print(f"  {l:>17} " + " ".join(f"{row[c]:5d}" for c in LABELS))
    return {"accuracy": acc, "macro_f1": macro}


def raw_check(name: str, rows: list[dict], preds: list[str]) -> dict:
    by: dict[str, list[int]] = {}
    strict_ok = 0
    n_all = 0
    ok_all = 0
    for r, p in zip(rows, preds):
        if r["label"] not in RAW_MAP:
            continue
        ok = p in RAW_MAP[r["label"]]
        by.setdefault(r["label"], []).append(int(ok))
        ok_all += ok
        strict_ok += p == RAW_MAP[r["label"]][0]
        n_all += 1
    acc = ok_all / max(n_all, 1)
    print(f"\n## {name} — raw_news labelled (other outlets, {n_all} docs): accuracy {acc:.4f} "
          f"(strict, politics→politic only: {strict_ok / max(n_all, 1):.4f})")
    for lab, oks in by.items():
        dist = Counter(p for r, p in zip(rows, preds) if r["label"] == lab)
        top = ", ".join(f"{k} {v}" for k, v in dist.most_common(4))
        print(f"  {lab:>18} → {'/'.join(RAW_MAP[lab]):28} acc {sum(oks) / len(oks):.3f}  "
              f"(predicted: {top})")
    return {"accuracy": acc, "strict": strict_ok / max(n_all, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="khabar evaluate topics",
                                 description="Topic classifier on ANT test + raw_news check, "
                                             "with a naive Bayes baseline.")
    ap.add_argument("--data", type=Path, default=None, help="shared data folder")
    ap.add_argument("--part", default="test", choices=("test", "dev"),
                    help="ANT part to score (default test)")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw_news check")
    ap.add_argument("--model", type=Path, default=None,
                    help="model folder to score instead of the shipped one (e.g. a new build)")
    args = ap.parse_args(argv)
    from khabar.topics.classifier import TopicModel, model
    data = args.data or data_dir()
    t0 = time.time()
    rows = read_ant(data)
    split = read_split()
    test = [r for r in rows if split.get(r["docno"]) == args.part]
    train = [r for r in rows if split.get(r["docno"]) == "train"]
    m = TopicModel(args.model) if args.model else model()
    toks = [norm_tokens(r["text"]) for r in test]
    t = time.time()
    pred = [m.classify(x)[0] for x in toks]
    dt = time.time() - t
    nwords = sum(len(x) for x in toks)
    gold = [r["label"] for r in test]
    print(f"ANT v1.1: {len(train)} train / {len(test)} {args.part} docs (split "
          f"evaluation/ant_split.tsv); classifier speed {nwords / dt:.0f} tokens/s, "
          f"{len(test) / dt:.0f} docs/s")
    report(f"khabar ({m.description})", gold, pred, args.part)
    nb = NaiveBayes([clean_tokens(norm_tokens(r["text"])) for r in train],
                    [r["label"] for r in train])
    nb_pred = [nb.predict(clean_tokens(x)) for x in toks]
    report("baseline: multinomial naive Bayes (word unigrams, add-one)", gold, nb_pred, args.part)
    if not args.no_raw:
        raw = read_raw_labelled(data)
        rt = [norm_tokens(r["text"]) for r in raw]
        raw_check("khabar", raw, [m.classify(x)[0] for x in rt])
        raw_check("baseline NB", raw, [nb.predict(clean_tokens(x)) for x in rt])
    print(f"\n(total {time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
