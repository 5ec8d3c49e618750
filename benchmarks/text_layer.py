"""Benchmark of the text layer: words/s and peak memory, peers side by side in one run.

    # one-time benchmark environment (peers are not Khabar dependencies):
    python3 -m venv .bench && .bench/bin/pip install -e . pyarabic regex emoji \
        && .bench/bin/pip install --no-deps camel-tools
    .bench/bin/python benchmarks/text_layer.py [--words 1000000] [--data ../shared/data] \
        [--clock cpu]

Each row runs in a fresh subprocess (one core), so its peak RSS is its own; the ``load``
row is the baseline (interpreter + corpus in memory). Words are whitespace-separated words
of the corpus, the same count for every row. Models load before the timer starts.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = {
    "load": "corpus read only (baseline memory)",
    "normalize": "khabar normalize() per whitespace word",
    "tokens": "khabar tokenizer (no repair)",
    "sentences": "khabar sentence splitter",
    "repair": "khabar repair proposals",
    "text_layer": "khabar full text layer: repair+tokens+sentences+articles",
    "morph": "khabar segmentation+UPOS+lemma on the text layer's tokens",
    "pipeline": "khabar default pipeline (all layers built so far)",
    "pyarabic": "pyarabic.araby.tokenize",
    "camel": "camel_tools simple_word_tokenize",
}


#: The timer of run_stage: wall time by default, CPU time of this process with ``--clock cpu``
#: (steadier on a shared, loaded machine).
_CLOCK = [time.perf_counter]


def load_corpus(data: Path, words: int, corpus: str = "saudi") -> list[str]:
    """``saudi``: the first SaudiNewsNet documents (mostly seen by the repair lexicon build);
    ``heldout``: raw_news documents held out from every model build (unseen word types)."""
    docs, n = [], 0
    if corpus == "heldout":
        from khabar.text.repair.heldout import raw_news_docs
        lines = raw_news_docs(data, held_out=True)
    else:
        lines = gzip.open(data / "raw_news" / "saudinewsnet.txt.gz", "rt", encoding="utf-8")
    for line in lines:
        docs.append(line.rstrip("\n"))
        n += len(line.split())
        if n >= words:
            break
    return docs


def run_stage(stage: str, docs: list[str]) -> float:
    """Time one stage over all docs; returns seconds (setup excluded)."""
    if stage == "load":
        return 0.0
    if stage == "normalize":
        from khabar.text.normalize import normalize
        split = [d.split() for d in docs]
        normalize.cache_clear()
        t = _CLOCK[0]()
        for ws in split:
            for w in ws:
                normalize(w)
        return _CLOCK[0]() - t
    if stage == "tokens":
        from khabar.tokenize.tokenizer import tokenize_view
        from khabar.text.view import View
        t = _CLOCK[0]()
        for d in docs:
            tokenize_view(View(d))
        return _CLOCK[0]() - t
    if stage == "sentences":
        from khabar.segment.sentences import split_sentences
        t = _CLOCK[0]()
        for d in docs:
            split_sentences(d)
        return _CLOCK[0]() - t
    if stage == "repair":
        from khabar.text.repair import propose_repairs
        propose_repairs("تحميل النموذج قبل القياس")
        t = _CLOCK[0]()
        for d in docs:
            propose_repairs(d)
        return _CLOCK[0]() - t
    if stage == "text_layer":
        from khabar.pipeline import Pipeline
        pipe = Pipeline(["repair", "tokens", "sentences", "articles"])
        pipe("تحميل النموذج قبل القياس.")
        t = _CLOCK[0]()
        for d in docs:
            pipe(d)
        return _CLOCK[0]() - t
    if stage == "morph":
        from khabar.pipeline import Pipeline, registry
        text_layer = Pipeline(["repair", "tokens", "sentences", "articles"])
        morph = registry()["morph"].fn
        morph(text_layer("تحميل النموذج قبل القياس."))
        prepared = [text_layer(d) for d in docs]
        t = _CLOCK[0]()
        for doc in prepared:
            morph(doc)
        return _CLOCK[0]() - t
    if stage == "pipeline":
        from khabar.pipeline import Pipeline
        pipe = Pipeline()
        pipe("تحميل النموذج قبل القياس.")
        t = _CLOCK[0]()
        for _ in pipe.pipe(docs, batch_size=64):  # as khabar analyze runs many documents
            pass
        return _CLOCK[0]() - t
    if stage == "pyarabic":
        import pyarabic.araby as araby
        t = _CLOCK[0]()
        for d in docs:
            araby.tokenize(d)
        return _CLOCK[0]() - t
    if stage == "camel":
        from camel_tools.tokenizers.word import simple_word_tokenize
        t = _CLOCK[0]()
        for d in docs:
            simple_word_tokenize(d)
        return _CLOCK[0]() - t
    raise SystemExit(f"unknown stage {stage}")


def child(stage: str, data: Path, words: int, corpus: str) -> None:
    docs = load_corpus(data, words, corpus)
    nwords = sum(len(d.split()) for d in docs)
    try:
        secs = run_stage(stage, docs)
        err = None
    except ImportError as exc:
        secs, err = None, f"not installed ({exc.name})"
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"stage": stage, "words": nwords, "seconds": secs, "peak_mb": peak_kb / 1024,
                      "error": err}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get(
        "KHABAR_DATA", ROOT.parent / "shared" / "data")))
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--corpus", choices=("saudi", "heldout"), default="saudi",
                    help="saudi: first SaudiNewsNet docs (default); heldout: raw_news docs that "
                         "no model build saw (the whole slice is ~0.21 M words)")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="wall: elapsed time (default); cpu: the process's CPU time")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.clock == "cpu":
        _CLOCK[0] = time.process_time
    if args.child:
        child(args.child, args.data, args.words, args.corpus)
        return 0
    if not (args.data / "raw_news").is_dir():
        print(f"no raw_news under {args.data}; pass --data", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), OMP_NUM_THREADS="1")
    rows = []
    for stage in args.stages.split(","):
        cmd = ["taskset", "-c", "0"] if _has_taskset() else []
        cmd += [sys.executable, __file__, "--child", stage, "--words", str(args.words),
                "--data", str(args.data), "--corpus", args.corpus, "--clock", args.clock]
        res = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if res.returncode != 0:
            rows.append({"stage": stage, "error": res.stderr.strip().splitlines()[-1]})
            continue
        rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    name = "SaudiNewsNet" if args.corpus == "saudi" else "raw_news held-out slice"
    print(f"corpus: {name}, {rows[0].get('words', 0):,} words; one core; {args.clock} time; "
          f"python {sys.version.split()[0]}")
    print(f"{'stage':<11} {'words/s':>12} {'seconds':>8} {'peak MB':>8}  what")
    for r in rows:
        if r.get("error"):
            print(f"{r['stage']:<11} {'-':>12} {'-':>8} {'-':>8}  {r['error']}")
            continue
        wps = f"{r['words'] / r['seconds']:,.0f}" if r["seconds"] else "-"
        secs = f"{r['seconds']:.2f}" if r["seconds"] is not None else "-"
        print(f"{r['stage']:<11} {wps:>12} {secs:>8} {r['peak_mb']:>8.0f}  {STAGES[r['stage']]}")
    return 0


def _has_taskset() -> bool:
    from shutil import which
    return which("taskset") is not None


if __name__ == "__main__":
    sys.exit(main())
