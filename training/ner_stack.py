"""Stacking the BiLSTM token tagger into the NER CRF (training side; used by
``training.ner_steps.fit_model`` when ``train_ner.NEURAL_STACK`` is set).

Three networks (``training.ner_neural``) are trained, on each contiguous half of the
training items and on all of them (the halves of ``training.ner_lexicon.jackknife``). Each
half of the CRF's training data gets the features of the network trained on the *other*
half, so its probabilities are as reliable there as on unseen text; text outside the
training items (dev, test, run time) gets the network trained on all of them, which is
written as ``neural.npz`` for the shipped model. Raises what ``torch`` and
:class:`~khabar.ner.neural.NeuralTagger` raise (:class:`~khabar.errors.ResourceError` on an
unreadable weight file).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from khabar.ner.features import Featurizer


def tagger(path: Path):
    """A :class:`~khabar.ner.neural.NeuralTagger` over the weights at ``path`` with the
    runtime's word-vector lookup and gazetteers."""
    from khabar.ner.neural import NeuralTagger
    fz = Featurizer()
    return NeuralTagger(path, fz._row_of, fz._gaz, fz._trig)


def with_network(feat: Featurizer, mode: str, net: Any) -> Featurizer:
    """``feat`` (same switches and lexicon table) plus the stacked features of ``net``."""
    cfg = {k: v for k, v in feat.config().items() if k not in ("neural",)}
    return Featurizer(**cfg, lexicon_table=feat._lex if feat.use_lexicon else None,
                      neural=mode, neural_model=net)


def networks(items: list, tmp: Path, full_path: Path, hp: dict, data: Path | None = None,
             seed: int = 1, log: Callable[..., None] = print) -> list[Path]:
    """Train the three networks (first half, second half, all of ``items``); the last one
    is written at ``full_path``, the halves under ``tmp``. Returns the three paths."""
    from training import ner_neural as N
    vec = N.vectors(N.VECTORS, data)
    h = len(items) // 2
    paths = [tmp / "nn-0.npz", tmp / "nn-1.npz", full_path]
    for i, part in enumerate((items[:h], items[h:], items)):
        t0 = time.time()
        N.train_net(part, paths[i], vec, seed, hp, log=lambda *a, **k: None)
        log(f"  network {i + 1}/3 trained ({time.time() - t0:.0f} s)", flush=True)
    return paths


def stack(items: list, parts: list, feat: Featurizer, mode: str, hp: dict, tmp: Path,
          full_path: Path, data: Path | None = None, log: Callable[..., None] = print):
    """The jackknifed ``(parts, featurizer)`` of ``training.ner_lexicon.jackknife`` with the
    networks' features added: ``parts[0]`` (first half) sees the network of the second half
    and vice versa; the returned featurizer (for other text) the network of all ``items``."""
    paths = networks(items, tmp, full_path, hp, data, log=log)
    nets = [tagger(p) for p in paths]
    h = len(items) // 2
    if len(parts) != 2 or len(parts[0][0]) != h:
        raise ValueError("stacking needs the two jackknife halves of the lexicon")
    parts = [(parts[0][0], with_network(parts[0][1], mode, nets[1])),
             (parts[1][0], with_network(parts[1][1], mode, nets[0]))]
    return parts, with_network(feat, mode, nets[2])
