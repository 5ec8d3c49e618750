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
sentence (:func:`picked_share`) on the features of
:func:`khabar.summarize.extractive.sentence_features`. The table shows both halves and all
153 (``--part dev`` scores dev only, for tuning); report the test half.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from khabar.errors import InputError
from khabar.evaluate.rouge import MEASURES, rouge_multi, rouge_tokens

EASC = "easc_summarization/easc.jsonl"


def data_dir() -> Path:
    from khabar.topics.data import data_dir as dd
    return dd()


def read_easc(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}; pass --data DIR or set "
                         f"KHABAR_DATA to the shared data folder") from None
    return [json.loads(x) for x in lines if x.strip()]


def topic_number(row: dict) -> int:
    return int("".join(c for c in row["topic"] if c.isdigit()) or 0)


SPLIT_FILE = Path(__file__).resolve().parents[3] / "evaluation" / "easc_split.tsv"


def _parity(row: dict) -> str:
    return "dev" if topic_number(row) % 2 == 1 else "test"


def read_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """topic → ``dev``/``test`` from ``evaluation/easc_split.tsv`` (empty when the file is
    absent, e.g. an installed package: the same odd/even rule then applies)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#") and parts[0] != "topic":
            out[parts[0]] = parts[1]
    return out


class Item:
    """One EASC article, analyzed once: sentences, their token counts, references."""

    def __init__(self, row: dict, pipeline) -> None:
        self.row = row
        self.doc = pipeline(row["article"])
        self.sent_text = [self.doc.text(s) for s in self.doc.sentences]
        self.sent_toks = [rouge_tokens(t) for t in self.sent_text]
        self.refs = [rouge_tokens(s["text"]) for s in row["summaries"]]
        self.budget = max(1, round(sum(map(len, self.refs)) / max(len(self.refs), 1)))

    def tokens_of(self, chosen: list[int]) -> list[str]:
        out: list[str] = []
        for i in sorted(chosen):
            out.extend(self.sent_toks[i])
        return out[:self.budget]


def lead(item: Item) -> list[int]:
    chosen, n = [], 0
    for i, toks in enumerate(item.sent_toks):
        if n >= item.budget:
            break
        chosen.append(i)
        n += len(toks)
    return chosen


def khabar_system(params: dict | None = None):
    from khabar.summarize.extractive import summarize

    def run(item: Item) -> list[int]:
        return summarize(item.doc, max_words=item.budget, params=params)
    return run


def textrank_system():
    """sumy TextRank over our sentences, or None when sumy is not importable."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers.text_rank import TextRankSummarizer
    except Exception:  # noqa: BLE001 - any import failure means "not available"
        return None
    from khabar.lang.stopwords import normalized

    class Tok:
        language = "arabic"

        @staticmethod
        def to_words(text: str) -> list[str]:
            return rouge_tokens(text)

        @staticmethod
        def to_sentences(text: str) -> list[str]:
            return [text]

    summ = TextRankSummarizer()
    summ.stop_words = normalized("all")

    def run(item: Item) -> list[int]:
        if not item.sent_text:
            return []
        sents = [Sentence(t, Tok) for t in item.sent_text]
        docm = ObjectDocumentModel([Paragraph(sents)])
        ranks = summ.power_method(summ._create_matrix(docm), summ.epsilon)
        order = sorted(range(len(sents)), key=lambda i: (-ranks[i], i))
        chosen, n = [], 0
        for i in order:
            if n >= item.budget:
                break
            chosen.append(i)
            n += len(item.sent_toks[i])
        return chosen
    return run


def score(items: list[Item], system) -> dict[str, float]:
    tot = {f"{m}_{a}": 0.0 for m in MEASURES for a in ("max", "avg")}
    for it in items:
        r = rouge_multi(it.tokens_of(system(it)), it.refs)
        for k in tot:
            tot[k] += r[k]
    return {k: 100 * v / max(len(items), 1) for k, v in tot.items()}


def _table(rows: list[tuple[str, str, int, dict | None]]) -> str:
    cols = [f"{m}_{a}" for a in ("avg", "max") for m in MEASURES]
    head = ["part", "system", "n"] + [c.replace("rouge", "R-") for c in cols]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for part, name, n, res in rows:
        if res is None:
            lines.append(f"| {part} | {name} | {n} | " + " | ".join(["n/a"] * len(cols)) + " |")
        else:
            lines.append(f"| {part} | {name} | {n} | " +
                         " | ".join(f"{res[c]:.1f}" for c in cols) + " |")
    return "\n".join(lines)


RIDGE = 1.0   # chosen by 2-fold cross-validation inside the dev half (topic mod 4: 1 vs 3)


def picked_share(item: Item, i: int) -> float:
    """Share of the references that contain sentence ``i`` (≥ 80% of its distinct tokens)."""
    toks = set(item.sent_toks[i])
    if not toks:
        return 0.0
    refs = [set(r) for r in item.refs]
    return sum(1 for r in refs if len(toks & r) / len(toks) >= 0.8) / max(len(refs), 1)


def fit_weights(items: list[Item], ridge: float = RIDGE) -> list[float]:
    """Ridge regression of :func:`picked_share` on the summarizer's sentence features."""
    import numpy as np
    from khabar.summarize.extractive import FEATURES, sentence_features
    X, y = [], []
    for it in items:
        for sids, feats, _ in sentence_features(it.doc):
            X.extend(feats)
            y.extend(picked_share(it, i) for i in sids)
    A, b = np.array(X), np.array(y)
    w = np.linalg.solve(A.T @ A + ridge * np.eye(len(FEATURES)), A.T @ b)
    return [round(float(v), 4) for v in w]


def main(argv: list[str] | None = None) -> int:
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
            t = time.time()
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
