"""The إن/أن context model of the segmenter (:mod:`khabar.morph.seg_hamza`): training and
writing ``an.json`` for :mod:`training.train_segmenter`.
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from training.seg_padt import SEED, Sent

AN_EPOCHS = 8   # dev, bare-alef tokens (82): 4 epochs 77 right, 8: 78, 15: 77; memo+context 67


def train_an(sents: list[Sent], epochs: int = AN_EPOCHS) -> dict[str, float]:
    """Averaged-perceptron weights for «إن» (+) against «أن» (−) in split tokens (all train
    tokens with either word, hamza written or not: the context decides the same way).
    Raises nothing."""
    from khabar.morph.seg_hamza import AN_WORDS, an_features
    examples = []
    for sent in sents:
        forms = [f for f, _ in sent]
        for i, (_, words) in enumerate(sent):
            if len(words) < 2:
                continue
            k = next((j for j, w in enumerate(words) if w in AN_WORDS), -1)
            if k >= 0:
                examples.append((an_features(forms, i), 1.0 if words[k] == "إن" else -1.0))
    w: dict[str, float] = defaultdict(float)
    tot: dict[str, float] = defaultdict(float)
    c = 1
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(examples)
        for feats, y in examples:
            if sum(w[f] for f in feats) * y <= 0:
                for f in feats:
                    w[f] += y
                    tot[f] += c * y
            c += 1
    avg = {f: round(w[f] - tot[f] / c, 4) for f in sorted(w)}
    return {f: v for f, v in avg.items() if v}


def write_an(sents: list[Sent], out: Path) -> None:
    """Train the إن/أن model on ``sents`` and write ``out/an.json``. Raises OSError when the
    file cannot be written."""
    weights = train_an(sents)
    (out / "an.json").write_text(json.dumps({"version": 1, "weights": weights},
                                            ensure_ascii=False, sort_keys=True) + "\n",
                                 encoding="utf-8")
    print(f"إن/أن model: {len(weights)} weights", file=sys.stderr)
