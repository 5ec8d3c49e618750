"""Morphology side by side, in one run: Khabar vs UDPipe 1 (trained here on PADT train) on the
PADT test text, and Khabar's clitic segmenter vs the pure-Python ``farasa`` segmenter on the
QCRI WikiNews segmentation test set. See ``benchmarks/README.md`` for the environment.

    /work/benchenv/bin/pip install ufal.udpipe farasa       # benchmark env only
    cd /work/main && PYTHONPATH=src /work/benchenv/bin/python benchmarks/morph_vs_udpipe.py \\
        [--data ../shared/data] [--udpipe-model ../bench_udpipe/padt.udpipe] [--train-only]

Table 1 (PADT test, raw text = each gold sentence's ``# text_tokens``, one document per
sentence, the same strings for every system) scores every system's CoNLL-U with
:mod:`khabar.evaluate.conll18`. Each system runs in a fresh subprocess so that its peak RSS
(``ru_maxrss``) is its own.

UDPipe 1 ("UDPipe 1.2" models, PyPI ``ufal.udpipe``) is trained with its standard
tokenizer + tagger + lemmatizer, parser off. Only ~21% of PADT train sentences have lemmas
(the rest carry ``_``), and UDPipe learns ``_`` as a lemma value (its lemma encoding keeps
``_`` apart from the form), so the lemmatizer is a second UDPipe model trained on the
lemma-bearing train sentences only (``--udpipe-lemma-model``): UDPipe row = tokenizer +
UPOS tagger of the main model, then the lemma model's tagger over the same words, keeping the
main model's UPOS and taking the lemma model's lemma. Both models train only when missing.

Table 2 (QCRI WikiNews, Farasa's segmentation scheme) scores the boundaries both schemes
share; see :func:`shared_boundaries` for the mapping.
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_MODEL = ROOT.parent / "bench_udpipe" / "padt.udpipe"
PADT = "ud_arabic_padt"

# UDPipe 1 training options (UDPipe 1 user manual, "Training UDPipe Models"): the standard
# tokenizer and tagger, a lower iteration/epoch budget so training fits in <= 45 min on one
# core; the parser is off (the training file has no heads/deprels).
UDPIPE_TOKENIZER_OPTS = "epochs=40;early_stopping=1"
UDPIPE_TAGGER_OPTS = "models=1;use_lemma=0;provide_lemma=0;iterations=10"
UDPIPE_LEMMA_TAGGER_OPTS = "models=1;iterations=10"


# --------------------------------------------------------------------------- data
def read_text(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read()
    return path.read_text(encoding="utf-8")


def conllu_blocks(text: str) -> list[str]:
    return [b.strip("\n") + "\n\n" for b in text.split("\n\n") if b.strip()]


# --------------------------------------------------------------------------- UDPipe training
def _udpipe_sentences(text: str):
    import ufal.udpipe as u
    fmt = u.InputFormat.newConlluInputFormat()
    fmt.setText(text)
    sents, err = u.Sentences(), u.ProcessingError()
    s = u.Sentence()
    while fmt.nextSentence(s, err):
        sents.append(s)
        s = u.Sentence()
    if err.occurred():
        raise SystemExit(f"udpipe: cannot read training data: {err.message}")
    return sents


def train_udpipe(data: Path, out: Path, lemma: bool) -> None:
    """Train a UDPipe 1 model on PADT train (dev as heldout) and write it to ``out``.
    ``lemma``: the lemma model (tagger only, lemma-bearing sentences only)."""
    import ufal.udpipe as u
    train = read_text(data / PADT / "ar_padt-ud-train.tok-upos.conllu.gz")
    dev = read_text(data / PADT / "ar_padt-ud-dev.tok-upos.conllu")
    if lemma:
        keep = lambda b: "# lemma_source" in b  # noqa: E731
        train = "".join(b for b in conllu_blocks(train) if keep(b))
        dev = "".join(b for b in conllu_blocks(dev) if keep(b))
        tok, tag = "none", UDPIPE_LEMMA_TAGGER_OPTS
    else:
        tok, tag = UDPIPE_TOKENIZER_OPTS, UDPIPE_TAGGER_OPTS
    print(f"udpipe train ({'lemma' if lemma else 'main'}): tokenizer={tok!r} tagger={tag!r} "
          f"parser='none' -> {out}", file=sys.stderr, flush=True)
    err = u.ProcessingError()
    t0 = time.perf_counter()
    model = u.Trainer.train("morphodita_parsito", _udpipe_sentences(train),
                            _udpipe_sentences(dev), tok, tag, "none", err)
    if err.occurred():
        raise SystemExit(f"udpipe training failed: {err.message}")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_bytes(model if isinstance(model, bytes) else model.encode("latin-1"))
    tmp.replace(out)
    print(f"udpipe train done in {time.perf_counter() - t0:.0f}s: {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--udpipe-model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--udpipe-lemma-model", type=Path)
    ap.add_argument("--train-only", choices=["main", "lemma"])
    args = ap.parse_args(argv)
    lemma_model = args.udpipe_lemma_model or args.udpipe_model.with_name(
        args.udpipe_model.stem + "-lemma.udpipe")
    if args.train_only:
        train_udpipe(args.data, lemma_model if args.train_only == "lemma" else args.udpipe_model,
                     args.train_only == "lemma")
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
