"""``khabar evaluate quotes``: quotes scored on our hand-annotated gold (evaluation/quotes/).

Gold: ``evaluation/quotes/gold.jsonl`` (format and guidelines in that folder's README.md),
offsets into the article texts of ANT and EASC, read from the shared data folder
(``$KHABAR_DATA``), which the repository does not copy.

Each gold article's text is run through the default pipeline (``khabar.analyze``) and the
quotes of the document are taken (``find_quotes`` when no ``quotes`` component ran).
Printed, for Khabar and for a baseline in the same run:

- content spans: P/R/F1 with exact match, and with overlap ≥ 0.8 where overlap is the
  Jaccard ratio |intersection| / |union| of the two character spans (one-to-one matching,
  best overlap first);
- speaker accuracy over the overlap-matched quotes: a gold speaker with a canonical name
  matches when the predicted canonical is equal after normalization (diacritics, hamza/alef,
  ya, ta marbuta, spaces); an unnamed gold speaker (canonical null) matches a predicted
  speaker with no canonical whose span overlaps the gold span or whose normalized text is
  equal; a missing predicted speaker is wrong;
- direct/indirect accuracy over the matched quotes;
- speed of the quote step (words/s) and of the whole pipeline.

Baseline: quotation marks only (« », “ ”, straight pairs, three words or more), every one
a direct quote, speaker = the nearest PER entity before it.

``--speakers rules|learned`` compares the rule-based speaker choice with the learned ranker
(``training/train_speakers.py``); the default is the shipped choice.

Develop on ``--split dev``; ``--split test`` is for reporting.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path
from typing import Any, Sequence

from khabar.errors import InputError
from khabar.evaluate import data_dir
from khabar.evaluate._quotes_baseline import baseline_quotes
from khabar.evaluate._quotes_score import OVERLAP, Score, _as_dicts, match, norm_name, speaker_ok

__all__ = ["GOLD", "OVERLAP", "Score", "baseline_quotes", "load_gold", "main", "match",
           "norm_name", "speaker_ok"]

GOLD = Path(__file__).resolve().parents[3] / "evaluation" / "quotes" / "gold.jsonl"


def _texts(data: Path, sources: set[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    try:
        if "ant" in sources:
            with gzip.open(data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz", "rt",
                           encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    out[("ant", d["docno"])] = d["text"]
        if "easc" in sources:
            with open(data / "easc_summarization" / "easc.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    out[("easc", d["topic"])] = d["article"]
    except OSError as exc:
        raise InputError(f"cannot read article texts under {data}: {exc.strerror}; set "
                         f"KHABAR_DATA to the shared data folder") from None
    return out


def load_gold(path: Path | str | None = None, data: Path | None = None) -> list[dict[str, Any]]:
    """Gold articles (``source, docno, split, quotes``) with their ``text`` added."""
    path = Path(path) if path else GOLD
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except OSError as exc:
        raise InputError(f"cannot read quote gold {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: bad JSON line: {exc}") from None
    texts = _texts(data or data_dir(), {r["source"] for r in rows})
    for r in rows:
        key = (r["source"], r["docno"])
        if key not in texts:
            raise InputError(f"{path}: article {key} not found in the shared data")
        r["text"] = texts[key]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="khabar evaluate quotes", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument("--batch", type=int, metavar="N",
                    help="only the articles of one annotation batch (1-100 now; 4-100 are dev "
                         "batches annotated blind, see evaluation/quotes/README.md)")
    ap.add_argument("--by-batch", action="store_true",
                    help="also print the scores of each annotation batch")
    ap.add_argument("--gold", help="gold JSONL (default: evaluation/quotes/gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    ap.add_argument("--speakers", choices=("shipped", "rules", "learned"), default="shipped",
                    help="speaker choice: as shipped, the rules alone, or the learned ranker "
                         "(khabar/models/quotes/speaker_ranker.json, even when not marked "
                         "for use)")
    args = ap.parse_args(argv)
    weights = None
    if args.speakers == "learned":
        from khabar.quotes.ranker import load_ranker
        weights = load_ranker(force=True)
        if weights is None:
            raise InputError("no speaker-ranker weights: run training/train_speakers.py")

    import khabar
    from khabar.quotes import find_quotes

    gold = [g for g in load_gold(args.gold) if (args.split == "all" or g["split"] == args.split)
            and (args.batch is None or g.get("batch") == args.batch)]
    if not gold:
        raise InputError(f"no gold articles in split {args.split!r}"
                         + (f", batch {args.batch}" if args.batch else ""))
    ours, base = Score(), Score()
    batches: dict[int, Score] = {}
    words = 0
    t_pipe = t_quotes = 0.0
    for g in gold:
        text = g["text"]
        t0 = time.perf_counter()
        doc = khabar.analyze(text)
        t1 = time.perf_counter()
        if args.speakers != "shipped":
            quotes = find_quotes(doc, learned=weights is not None, weights=weights)
        else:
            # the quote step is timed on its own even when the pipeline already ran it
            quotes = find_quotes(doc)
            quotes = doc.quotes or quotes
        t_quotes += time.perf_counter() - t1
        t_pipe += t1 - t0
        words += len(doc.tokens)
        ours.add(text, g["quotes"], _as_dicts(quotes), g["docno"])
        if args.by_batch:
            batches.setdefault(g.get("batch", 0), Score()).add(
                text, g["quotes"], _as_dicts(quotes), g["docno"])
        base.add(text, g["quotes"], baseline_quotes(doc), g["docno"])
    n_q = sum(len(g["quotes"]) for g in gold)
    print(f"quotes, split {args.split}{f', batch {args.batch}' if args.batch else ''}: "
          f"{len(gold)} articles, {n_q} gold quotes "
          f"({sum(q['direct'] for g in gold for q in g['quotes'])} direct)")
    print(f"content overlap = |intersection| / |union| of character spans (Jaccard), "
          f"threshold {OVERLAP}; speaker and direct accuracy over overlap-matched quotes")
    print(f"{'system':<22} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   "
          f"{'P≥.8':>6} {'R≥.8':>6} {'F1≥.8':>6}   {'speaker acc':<18}  direct")
    print(f"{'':<22} {'':>5} {'exact':^20}   {'overlap ≥ 0.8':^20}")
    print(ours.row("khabar"))
    print(base.row("baseline (marks only)"))
    for b in sorted(batches):
        print(batches[b].row(f"khabar, batch {b}"))
    if t_quotes:
        print(f"speed: quotes step {words / t_quotes:,.0f} words/s; whole pipeline "
              f"{words / t_pipe:,.0f} words/s ({words} tokens)")
    if args.errors:
        for e in ours.errors:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
