"""Write ``khabar/models/morph_tag/lemma_table.tsv.gz``: the lemmatizer's predictions for the
(word, UPOS) pairs of the ANT corpus (v1.1, Apache-2.0; not the SaudiNewsNet benchmark text)
that the lexicon does not settle (see :mod:`khabar.morph.lemma_table`).

Run after any change to the tagger's, lemmatizer's or segmenter's model files or code (a stale
table is not used: its recorded digest or its sampled entries no longer match)::

    PYTHONPATH=src python3 training/build_lemma_table.py [--data DIR] [--top N] [--min-count K]
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from khabar.morph import _fast_lemmas
from khabar.morph.lemma_table import write_table
from khabar.morph.segmenter import MODEL_DIR as SEG_DIR
from khabar.morph.tagger import MODEL_DIR as TAG_DIR, get_tagger
from khabar.pipeline import Pipeline
from training.build_repair import ant_articles


def predicted_pairs(texts) -> Counter:
    """How often the morph step of the pipeline predicts each (form, UPOS) of ``texts``
    (counted once per batch of a document, as the lemma cache would see them cold)."""
    lem = get_tagger().lemmatizer
    lem.set_table(None)
    seen: Counter = Counter()
    original = _fast_lemmas.predict_bases

    def record(lem_, pairs):
        seen.update(pairs)
        return original(lem_, pairs)

    _fast_lemmas.predict_bases = record
    try:
        pipe = Pipeline(("repair", "tokens", "sentences", "morph"))
        for text in texts:
            lem.cache.clear()       # count every document's pairs, not only first sightings
            pipe(text)
    finally:
        _fast_lemmas.predict_bases = original
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--top", type=int, default=200_000)
    ap.add_argument("--min-count", type=int, default=1)
    a = ap.parse_args(argv)
    counts = predicted_pairs(ant_articles(a.data))
    pairs = sorted(p for p, n in counts.most_common(a.top) if n >= a.min_count)
    lem = get_tagger().lemmatizer
    path = write_table(TAG_DIR, SEG_DIR, pairs, lem.predict)
    print(f"{len(pairs)} of {len(counts)} pairs → {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
