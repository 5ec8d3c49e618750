"""``khabar evaluate summary``: extractive summaries scored with ROUGE on EASC.

EASC (Essex Arabic Summaries Corpus): 153 articles, each with 5 extractive summaries written
by different people (``easc.jsonl``: ``topic, category, article_file, article,
summaries[{file, text}]``).

Protocol (the same for every system):

- The article is analyzed with the pipeline ``repair, tokens, sentences`` (one article per
  text: the article splitter is not run, EASC files are single articles).
- Budget: the references' average length in words (ROUGE tokens, see
  :mod:`khabar.evaluate.rouge`). A system adds whole sentences until its summary reaches the
  budget; the summary is then cut to the budget's number of words before scoring (ROUGE's
  usual length limit), so no system gains from being longer.
- ROUGE-1/2/L F against each of the 5 references: max and average over the references,
  then the mean over articles, ×100.

Systems: ``lead`` (the first sentences), ``khabar``
(:func:`khabar.summarize.extractive.summarize` with ``max_words`` = budget) and ``textrank``
(sumy's ``TextRankSummarizer`` over the same sentences and normalized words, the same stop
words, sentences taken by rank until the budget; skipped with a note when sumy is not
importable — install it in the benchmark environment only).

Held-out: EASC has no split; this module fixes one, written down in
``evaluation/easc_split.tsv``. The **dev** half is the articles whose topic number is odd
(``Topic1``, ``Topic3`` …, 77 articles), the **test** half the even ones (76 articles, never
fitted or tuned on). The summarizer's ``WEIGHTS`` are fitted with
``--fit`` on dev only: ridge regression (``RIDGE``, picked by 2-fold cross-validation inside
dev: topic number mod 4 = 1 vs 3) of the share of the five references that contain each
sentence (:func:`~khabar.evaluate.summary_fit.picked_share`) on the features of
:func:`khabar.summarize.extractive.sentence_features`. The table shows both halves and all
153 (``--part dev`` scores dev only, for tuning); report the test half.

Modules: :mod:`khabar.evaluate.summary_data` (EASC, split, :class:`Item`),
:mod:`khabar.evaluate.summary_systems` (systems, scoring, table) and
:mod:`khabar.evaluate.summary_fit` (``--fit``); their names are re-exported here.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from khabar.evaluate.summary_data import (EASC, SPLIT_FILE, Item, _parity, data_dir, read_easc,
                                          read_split, topic_number)
from khabar.evaluate.summary_fit import RIDGE, fit_weights, picked_share
from khabar.evaluate.summary_systems import _table, khabar_system, lead, score, textrank_system

__all__ = ["EASC", "RIDGE", "SPLIT_FILE", "Item", "data_dir", "fit_weights", "khabar_system",
           "lead", "main", "picked_share", "read_easc", "read_split", "score", "textrank_system",
           "topic_number"]


def main(argv: list[str] | None = None) -> int:
    """Run ``khabar evaluate summary``; returns 0 (argparse exits 2 on bad options).

    Raises :class:`khabar.errors.InputError` when ``easc.jsonl`` cannot be read."""
    ap = argparse.ArgumentParser(prog="khabar evaluate summary",
                                 description="ROUGE-1/2/L on EASC: khabar vs lead vs TextRank.")
    ap.add_argument("--data", type=Path, default=None, help="shared data folder")
    ap.add_argument("--fit", action="store_true",
                    help="fit the summarizer's weights on the dev (odd) half and print them")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--part", default="all", choices=("dev", "test", "all"),
                    help="which half to score (default: dev, test and all)")
    args = ap.parse_args(argv)
    from khabar.pipeline import Pipeline
    t0 = time.time()
    rows = read_easc((args.data or data_dir()) / EASC)
    pipe = Pipeline(["repair", "tokens", "sentences"])
    items = [Item(r, pipe) for r in rows]
    split = read_split()
    tune = [it for it in items if split.get(it.row["topic"], _parity(it.row)) == "dev"]
    held = [it for it in items if split.get(it.row["topic"], _parity(it.row)) == "test"]
    words = sum(len(t) for it in items for t in it.sent_toks)
    print(f"EASC: {len(items)} articles ({len(tune)} dev / {len(held)} test), "
          f"{words} words; reference length avg {sum(it.budget for it in items) / len(items):.0f} "
          f"words; analyzed in {time.time() - t0:.1f}s")
    if args.fit:
        from khabar.summarize.extractive import FEATURES
        w = fit_weights(tune)
        print("WEIGHTS fitted on the dev half (paste into khabar/summarize/extractive.py):")
        print("    " + ", ".join(f"{n}={v}" for n, v in zip(FEATURES, w)))
        print(f"WEIGHTS = {tuple(w)}")
        r = score(tune, khabar_system({"weights": w}))  # the test half is not looked at here
        print(f"  dev (in-sample): R-2 avg {r['rouge2_avg']:.2f}, R-L avg {r['rougeL_avg']:.2f}")
        return 0
    systems = [("lead", lead), ("khabar", khabar_system())]
    tr = textrank_system()
    systems.append(("textrank (sumy)", tr))
    out = []
    results = {}
    parts = [("dev (odd)", tune), ("test (even)", held), ("all", items)]
    if args.part != "all":  # e.g. --part dev while tuning, so test is not looked at
        parts = [p for p in parts if p[0].startswith(args.part)]
    for part, its in parts:
        for name, fn in systems:
            res = score(its, fn) if fn is not None else None
            results[(part, name)] = res
            out.append((part, name, len(its), res))
    print(_table(out))
    print("F scores ×100; avg = mean over the 5 references, max = best reference; "
          "summaries cut at the references' average length in words.")
    if tr is None:
        print("textrank: sumy not importable here; run with the benchmark environment "
              "(see benchmarks/README.md) to get that row.")
    t = time.time()
    n = 0
    summ = khabar_system()
    for it in items:
        summ(it)
        n += sum(len(s) for s in it.sent_toks)
    print(f"khabar summarizer speed: {n / (time.time() - t):.0f} words/s (after analysis)")
    if args.json:
        print(json.dumps({f"{p}|{s}": r for (p, s), r in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
