"""Topic of a text: a linear model (one-vs-rest SVMs or softmax regression, ``model.json``
says which) over stemmed words and word bigrams, optionally plus an NBSVM over the same terms
binarized (``W2``/``b2`` in ``model.npz``: its scores are added to the first model's).

The model (``khabar/models/topic/model.npz`` + ``vocab.txt.gz`` + ``model.json``, built by
``training/train_topic.py``) is loaded once, lazily, on the first call. Labels are ANT's nine
sections: localNews (Tunisian national/regional news), sport, internationalNews, society,
politic, diverse, economy, culture, technology.
"""
from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.topics.features import featurize

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "topic"

_LOCK = threading.Lock()
_MODEL: "TopicModel | None" = None


class TopicModel:
    """Weights ``W`` [terms × labels], bias ``b``, per-term idf, term → row ``vocab``;
    ``scale`` turns scores into probabilities, ``chars`` adds character n-gram terms;
    ``W2``/``b2`` (or None): the NBSVM member over binarized terms; ``shift``: the prior
    shift ``−a · log prior`` added to the scores.

    Raises :class:`~khabar.errors.ResourceError` when a file is missing or damaged.
    """

    def __init__(self, directory: Path = MODEL_DIR) -> None:
        try:
            meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
            with np.load(directory / "model.npz", allow_pickle=False) as z:
                self.W = z["W"].astype(np.float32)
                self.b = z["b"].astype(np.float32)
                self.idf = z["idf"].astype(np.float32)
                self.W2 = z["W2"].astype(np.float32) if "W2" in z.files else None
                self.b2 = z["b2"].astype(np.float32) if "b2" in z.files else None
            with gzip.open(directory / "vocab.txt.gz", "rt", encoding="utf-8") as fh:
                words = fh.read().split("\n")
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise ResourceError(f"topic model missing or damaged in {directory} ({exc}); "
                                f"reinstall khabar or rebuild it with "
                                f"'khabar train topic'") from None
        if words and words[-1] == "":
            words.pop()
        if len(words) != self.W.shape[0] or len(self.idf) != self.W.shape[0] or (
                self.W2 is not None and (self.W2.shape != self.W.shape or self.b2 is None)):
            raise ResourceError(f"topic model in {directory} is inconsistent (vocabulary "
                                f"{len(words)}, weights {self.W.shape[0]}); rebuild it with "
                                f"'khabar train topic'")
        self.vocab: dict[str, int] = {w: i for i, w in enumerate(words)}
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.chars: bool = "chars" in str(meta.get("features", ""))
        self.scale: float = float(meta.get("scale", 1.0))
        shift = float(meta.get("prior_shift", 0.0))
        log_prior = meta.get("log_prior")
        self.shift = (np.zeros(len(self.labels)) if not shift or log_prior is None
                      else -shift * np.asarray(log_prior, dtype=np.float64))
        if self.shift.shape != self.b.shape:
            raise ResourceError(f"topic model in {directory}: log_prior has "
                                f"{len(self.shift)} labels, weights {len(self.b)}")
        self.description: str = (f"{meta.get('learner', 'lr')}, "
                                 f"{meta.get('features', 'stems+bigrams')}, TF-IDF"
                                 + (f", prior shift {shift:g}" if shift else ""))

    def probabilities(self, norms: list[str]) -> np.ndarray:
        """Class probabilities (in ``labels`` order) for a list of normalized tokens:
        ``softmax(scale · (b − a·log prior + x·W [+ b2 + x̂·W2]))`` (``scale`` calibrated on
        dev for an SVM, 1 for LR; ``a``: the prior shift of ``model.json``, 0 when absent;
        ``x̂``: the terms present, L2-normalized, for the NBSVM part)."""
        idx, val = featurize(norms, self.vocab, self.idf, self.chars)
        z = self.b.astype(np.float64) + self.shift + (val[:, None] * self.W[idx]).sum(0)
        if self.W2 is not None and self.b2 is not None:
            z = z + self.b2
            if len(idx):
                z = z + self.W2[idx].sum(0) / np.sqrt(len(idx))
        z = self.scale * (z - z.max())
        p = np.exp(z)
        return p / p.sum()

    def classify(self, norms: list[str]) -> tuple[str, float]:
        p = self.probabilities(norms)
        k = int(p.argmax())
        return self.labels[k], float(p[k])


def model() -> TopicModel:
    """The shared model (loaded on first use; raises ResourceError if missing)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = TopicModel()
    return _MODEL


def labels() -> tuple[str, ...]:
    return model().labels


def classify(text_tokens_norm: list[str]) -> tuple[str, float]:
    """``(label, probability)`` for normalized tokens (``Token.norm`` of a text).

    A text with no known term gets the prior's most likely label with its probability.
    """
    return model().classify(list(text_tokens_norm))


def classify_doc(doc, article: int | None = None) -> tuple[str, float] | None:
    """Topic of a Document (all its tokens, or one article's); None when it has no tokens."""
    toks = doc.tokens
    if article is not None and doc.articles:
        a = doc.articles[article]
        toks = doc.char_span(a.start, a.end, mode="contract")
    if not toks:
        return None
    return classify([t.norm for t in toks])


__all__ = ["MODEL_DIR", "TopicModel", "classify", "classify_doc", "labels", "model"]
