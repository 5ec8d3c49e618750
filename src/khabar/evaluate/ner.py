"""``khabar evaluate ner``: named entities scored on ANERcorp-style ``token TAG`` files.

Each sentence's tokens are joined with single spaces into one text and run through the
pipeline (``repair tokens sentences articles morph ner``). Gold mentions are the char spans
of B-/I- runs (PERS→PER; MISC ignored); a prediction counts when span and label match exactly,
with one rule (printed with the results): ANERcorp tags whole tokens, proclitics included
(``ونايفة`` is B-LOC) while Khabar leaves an attached و/ف/ب/ل/ك out, so a predicted span that
equals the gold span minus leading proclitic letters (at most two, e.g. ``وب``) is the same
mention. Printed: micro P/R/F1, per label, words/s of the NER step (and of the pipeline up
to NER), in CPU time of this process (``time.process_time``), so other load on a shared
machine does not count. The sentences run through ``Pipeline.pipe`` in batches of
``--batch-size`` documents (default 64; the same entities as one at a time), and the NER
step is timed per batch (a stacked model's network runs once over the batch). ``--baseline`` adds the plain-CRF row of
``benchmarks/ner_baseline.py`` trained on the same split, in the same run.

Default gold: the CAMeL Lab ANERcorp test split (``$KHABAR_DATA`` overrides the data folder).
Develop on a dev part of train (``training/train_ner.py`` prints dev figures); test is for
reporting only.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Iterable, Sequence

from khabar.errors import InputError
from khabar.evaluate import data_dir
from khabar.evaluate.sentences import prf

DEFAULT_GOLD = "anercorp_camel/ANERCorp_CamelLab_test.txt"
LABELS = ("PER", "LOC", "ORG")
PROCLITICS = "وفبلك"
RULE = ("matching rule: exact char span + label; a predicted span equal to the gold span "
        "minus 1-2 leading proclitic letters (و ف ب ل ك) counts as the same mention "
        "(ANERcorp tags whole tokens); gold MISC ignored")

Span = tuple[int, int, str]
#: a text with mentions of every label, run before the timing so that lazily read tables
#: (canonical-name variants, written forms: ~75 ms) are not counted as NER time
WARM_UP = "قال الرئيس الفلسطيني محمود عباس في رام الله إن الأمم المتحدة تدعم المفاوضات."


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` from a ``token TAG`` file (blank line between sentences)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}; pass --gold FILE or "
                         f"set KHABAR_DATA to the shared data folder") from None
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if cur:
                out.append(cur)
                cur = []
            continue
        if len(parts) == 1:
            raise InputError(f"{path}:{n}: expected 'token TAG', got {line!r}")
        cur.append((parts[0], parts[-1]))
    if cur:
        out.append(cur)
    if not out:
        raise InputError(f"{path}: no 'token TAG' lines")
    return out


def gold_spans(sent: Sequence[tuple[str, str]]) -> tuple[str, list[Span], list[tuple[int, int, str]]]:
    """``(text, gold mention spans, per-token (start, end, tag))`` of one sentence."""
    words = [w for w, _ in sent]
    text = " ".join(words)
    toks = []
    pos = 0
    for w, tag in sent:
        tag = tag.replace("PERS", "PER")
        toks.append((pos, pos + len(w), tag))
        pos += len(w) + 1
    spans: list[Span] = []
    cur: list = []
    for s, e, tag in toks:
        kind = tag[2:]
        if tag.startswith("B-") or (tag.startswith("I-") and (not cur or cur[2] != kind)):
            if cur:
                spans.append(tuple(cur))
            cur = [s, e, kind]
        elif tag.startswith("I-"):
            cur[1] = e
        else:
            if cur:
                spans.append(tuple(cur))
            cur = []
    if cur:
        spans.append(tuple(cur))
    return text, [sp for sp in spans if sp[2] in LABELS], toks


def score_spans(text: str, gold: Iterable[Span], pred: Iterable[Span], counts: dict) -> None:
    """Add one text's true positives / predictions / gold per label to ``counts``."""
    gold = list(gold)
    pred = [p for p in pred if p[2] in LABELS]
    alts: dict[Span, Span] = {}
    for g in gold:
        s, e, lab = g
        alts[g] = g
        for k in (1, 2):
            if e - s > k + 1 and all(c in PROCLITICS for c in text[s:s + k]):
                alts[(s + k, e, lab)] = g
    matched: set[Span] = set()
    for p in pred:
        g = alts.get(p)
        lab = p[2]
        counts.setdefault(lab, [0, 0, 0])
        counts[lab][1] += 1
        if g is not None and g not in matched:
            matched.add(g)
            counts[lab][0] += 1
    for g in gold:
        counts.setdefault(g[2], [0, 0, 0])
        counts[g[2]][2] += 1


def summarize(counts: dict) -> dict[str, tuple[float, float, float]]:
    out = {}
    tot = [0, 0, 0]
    for lab in LABELS:
        c = counts.get(lab, [0, 0, 0])
        out[lab] = prf(*c)
        for i in range(3):
            tot[i] += c[i]
    out["micro"] = prf(*tot)
    return out


def run_khabar(sents: list[list[tuple[str, str]]], batch_size: int = 64
               ) -> tuple[dict, float, float, int]:
    """Score the pipeline; returns (counts, NER CPU seconds, pipeline CPU seconds, words).

    The sentences (one document each) go through ``Pipeline.pipe`` in batches of
    ``batch_size``: the layers before NER, then the NER step over the batch
    (:func:`khabar.ner.find_entities_many`, timed on its own; ``1``: one document at a
    time)."""
    from khabar.ner import find_entities, find_entities_many
    from khabar.pipeline import Pipeline
    pre = Pipeline(["repair", "tokens", "sentences", "articles", "morph"])
    counts: dict = {}
    t_ner = t_all = 0.0
    words = 0
    # load the model and what naming a mention reads (variant tables) outside the timing
    find_entities(pre(WARM_UP))
    for a in range(0, len(sents), batch_size):
        golds = [gold_spans(sent)[:2] for sent in sents[a:a + batch_size]]
        words += sum(len(sent) for sent in sents[a:a + batch_size])
        t0 = time.process_time()
        docs = list(pre.pipe([text for text, _ in golds], batch_size=batch_size))
        t1 = time.process_time()
        ents = find_entities_many(docs)
        t2 = time.process_time()
        t_ner += t2 - t1
        t_all += t2 - t0
        for (text, gold), es in zip(golds, ents):
            score_spans(text, gold, [(e.start, e.end, e.label) for e in es], counts)
    return counts, t_ner, t_all, words


def format_row(name: str, res: dict, extra: str = "") -> str:
    cells = [f"{name:<24}"]
    for lab in ("micro",) + LABELS:
        p, r, f = res[lab]
        cells.append(f"{100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}")
    return " | ".join(cells) + (f" | {extra}" if extra else "")


HEADER = (f"{'system':<24} | {'micro P     R    F1':<17} | {'PER P     R    F1':<17} | "
          f"{'LOC P     R    F1':<17} | {'ORG P     R    F1':<17} | speed")


def main(argv: list[str] | None = None) -> int:
    """Print the table; returns 0. Raises :class:`InputError` for a missing/bad gold file."""
    ap = argparse.ArgumentParser(prog="khabar evaluate ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, help=f"gold file (default: $KHABAR_DATA/{DEFAULT_GOLD})")
    ap.add_argument("--baseline", action="store_true",
                    help="also train and score the plain CRF baseline (benchmarks/ner_baseline.py)")
    ap.add_argument("--train", type=Path, help="training file for --baseline "
                    "(default: the CAMeL train split)")
    ap.add_argument("--batch-size", type=int, default=64,
                    help="documents per Pipeline.pipe batch (1: one at a time; default 64)")
    args = ap.parse_args(argv)
    if args.batch_size < 1:
        raise InputError(f"--batch-size {args.batch_size}: give a number ≥ 1")
    gold = args.gold or data_dir() / DEFAULT_GOLD
    sents = read_conll(gold)
    print(f"gold: {gold} ({len(sents)} sentences, {sum(map(len, sents))} tokens)")
    print(RULE)
    counts, t_ner, t_all, words = run_khabar(sents, args.batch_size)
    print(HEADER)
    print(format_row("khabar", summarize(counts),
                     f"NER {words / max(t_ner, 1e-9):,.0f} words/s CPU; "
                     f"pipeline {words / max(t_all, 1e-9):,.0f} words/s"))
    if args.baseline:
        try:
            from benchmarks.ner_baseline import run_baseline
        except ImportError:
            raise InputError("--baseline needs the repository checkout (benchmarks/ner_baseline.py) "
                             "and python-crfsuite; run from the repository root") from None
        train = args.train or data_dir() / "anercorp_camel/ANERCorp_CamelLab_train.txt"
        res, speed = run_baseline(read_conll(train), sents)
        print(format_row("plain CRF (baseline)", res, f"{speed:,.0f} words/s"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
