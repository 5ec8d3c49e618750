"""Write ``khabar/models/morph_seg/seg_table.tsv.gz``: the segmenter's analyses of the most
frequent tokens of the ANT corpus (v1.1, Apache-2.0; not the SaudiNewsNet benchmark text)
that the PADT memo does not hold (see :mod:`khabar.morph.seg_table`).

Run after any change to the segmenter's model files or code (a stale table is not used:
its recorded digest or its sampled entries no longer match)::

    PYTHONPATH=src python3 training/build_seg_table.py [--data DIR] [--top N] [--min-count K]
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from khabar.morph import segmenter
from khabar.morph.seg_model import candidates
from khabar.morph.seg_table import write_table
from khabar.morph.seg_text import is_arabic_word, strip
from khabar.pipeline import Pipeline
from training.build_repair import ant_articles

MAX_FORM = 60   # as khabar.components.MAX_FORM: longer tokens are not analysed


def token_bases(texts, model) -> Counter:
    """Counts of the stripped Arabic tokens of ``texts`` (the pipeline's tokens, as the
    morph step sees them) that ``model``'s memo does not hold and that have a choice."""
    pipe = Pipeline(("repair", "tokens", "sentences"))
    out: Counter = Counter()
    for text in texts:
        doc = pipe(text)
        raw = doc.raw
        for s, e, _, ws in doc.tokens:
            form = ws[0].text if ws else raw[s:e]
            base = strip(form)
            if (len(form) <= MAX_FORM and is_arabic_word(base) and base not in model.memo):
                out[base] += 1
    return Counter({b: n for b, n in out.items() if len(candidates(b)) > 1})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--top", type=int, default=200_000)
    ap.add_argument("--min-count", type=int, default=1)
    a = ap.parse_args(argv)
    model = segmenter._model()
    counts = token_bases(ant_articles(a.data), model)
    bases = sorted(b for b, n in counts.most_common(a.top) if n >= a.min_count)
    path = write_table(segmenter.MODEL_DIR, bases, model._untabled)
    print(f"{len(bases)} of {len(counts)} token types → {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
