"""The NER model: a CRFsuite model over :mod:`khabar.ner.features`, and BIO → raw spans.

Loaded lazily (``NerModel.load()``), once per process. Runtime dependency: python-crfsuite.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from khabar.document import Token
from khabar.errors import ResourceError
from khabar.ner import resources
from khabar.ner.decode import recall_bias
from khabar.ner.features import Featurizer
from khabar.text.normalize import normalize

LABELS = ("PER", "LOC", "ORG")
_WORDISH = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")


class NerModel:
    """A trained tagger plus the featurizer configuration it was trained with."""

    def __init__(self, model_path: Path, featurizer: Featurizer,
                 o_threshold: float | None = None, neural=None, mix: float = 0.0) -> None:
        try:
            import pycrfsuite
        except ImportError:  # pragma: no cover - environment problem
            raise ResourceError("NER needs python-crfsuite: pip install python-crfsuite") from None
        if not model_path.exists():
            raise ResourceError(f"NER model {model_path} is missing; reinstall khabar or run "
                                f"'PYTHONPATH=src python3 -m training.train_ner'")
        self.path = model_path
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.featurizer = featurizer
        self.o_threshold = o_threshold
        self.labels = tuple(self.tagger.labels())
        #: neural tagger (:mod:`khabar.ner.neural`) whose probabilities are mixed into the
        #: recall-biased decoding with weight ``mix`` and/or are the featurizer's stacked
        #: features (``Featurizer(neural=...)``; then it is that network) (``None``: off)
        self.neural = featurizer._neural if featurizer._neural is not None else neural
        self.mix = mix
        self._cols = {lab: i for i, lab in enumerate(neural.labels)} if neural else None
        self._fast = None

    @classmethod
    def load(cls, model_dir: Path | None = None) -> "NerModel":
        d = model_dir or resources.MODEL_DIR
        try:
            cfg = json.loads((d / "config.json").read_text(encoding="utf-8"))
        except OSError:
            raise ResourceError(f"NER model config {d / 'config.json'} is missing; reinstall "
                                f"khabar or run 'PYTHONPATH=src python3 -m training.train_ner'") from None
        stacked = cfg.get("features", {}).get("neural")
        feat = Featurizer(**cfg.get("features", {}), **(
            {"neural_path": d / cfg.get("neural", "neural.npz")} if stacked else {}))
        neural = None
        if cfg.get("neural_mix") and feat._neural is None:
            from khabar.ner.neural import NeuralTagger
            neural = NeuralTagger(d / cfg.get("neural", "neural.npz"), feat._row_of,
                                  resources.gazetteer(), resources.triggers())
        return cls(d / cfg.get("model", "ner.crfsuite"), feat, cfg.get("o_threshold"), neural,
                   float(cfg.get("neural_mix") or 0.0))

    def neural_probs(self, sents: Sequence[Sequence[str]]) -> list:
        """The neural tagger's probabilities for every sentence of a document (one batch),
        or ``None`` per sentence when the model mixes in no network."""
        if self.neural is None:
            return [None] * len(sents)
        return self.neural.probs(sents)

    def tag_many(self, sents: Sequence[Sequence[str]],
                 tokens: Sequence[Sequence[Token]] | None = None, nn=None) -> list[list[str]]:
        """:meth:`tag` of every sentence (``tokens``, ``nn``: per sentence, as there). The
        numpy decoder (:mod:`khabar.ner.crf_fast`: CRFsuite's labels, all sentences at once)
        when the model allows it (plain string features, no recall bias), else CRFsuite
        sentence by sentence. Raises :class:`~khabar.errors.ResourceError` when the model
        file cannot be read."""
        fast = self._fast_crf()
        if fast is None:
            return [self.tag(ns, None if tokens is None else tokens[i],
                             None if nn is None else nn[i]) for i, ns in enumerate(sents)]
        return fast.tag_many(sents, nn)

    def _fast_crf(self):
        """The model's :class:`~khabar.ner.crf_fast.FastCrf` (made on first use), or ``None``
        when its configuration needs CRFsuite itself (marginals for the recall bias,
        morphology or vector features, a label set the file does not hold)."""
        if self._fast is None:
            fz = self.featurizer
            self._fast = False
            if self.o_threshold is None and not fz.use_morph and fz._dense is None:
                from khabar.ner.crf_fast import FastCrf
                from khabar.ner.crf_model import read_model
                weights = read_model(self.path)
                if weights.labels == self.labels:
                    self._fast = FastCrf(weights, fz)
        return self._fast or None

    def tag(self, norms: Sequence[str], tokens: Sequence[Token] | None = None,
            nn=None) -> list[str]:
        """BIO labels (``B-PER``, ``I-ORG``, ``O``, also ``B-MISC``) for one sentence
        (``tokens``: the same tokens with their morphological ``words``, when available;
        ``nn``: its neural probabilities from :meth:`neural_probs`, computed when needed)."""
        if not norms:
            return []
        if self.neural is not None and nn is None:
            nn = self.neural.probs([norms])[0]
        self.tagger.set(self.featurizer.sentence(norms, tokens, nn=nn))
        labels = self.tagger.tag()
        if self.o_threshold is not None:
            recall_bias(self.tagger, labels, self.labels, self.o_threshold, nn, self.mix,
                        self._cols)
        return labels


@lru_cache(maxsize=1)
def default_model() -> NerModel:
    return NerModel.load()


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(i, j, label)`` of BIO labels; an ``I-X`` after another type opens one."""
    out: list[tuple[int, int, str]] = []
    if labels.count("O") == len(labels):  # no mention (most sentences of a page: fast)
        return out
    start, cur = -1, ""
    for i, lab in enumerate(labels):
        if lab == "O":
            if cur:
                out.append((start, i, cur))
                start, cur = -1, ""
            continue
        kind = lab[2:] if len(lab) > 2 else ""
        mark = lab[:2]
        if mark == "B-" or (mark == "I-" and kind != cur):
            if cur:
                out.append((start, i, cur))
            start, cur = i, kind
        elif mark != "I-":
            if cur:
                out.append((start, i, cur))
            start, cur = -1, ""
    if cur:
        out.append((start, len(labels), cur))
    return out


def proclitic_letters(norm: str, featurizer: Featurizer, known: frozenset[str] = frozenset()) -> int:
    """How many leading letters of a mention's first token are proclitics to leave out.

    Strips when the rest is a gazetteer name or a more frequent news word (``وسوريا``), or is
    ``known`` (another mention's first word in the same document); keeps names that merely
    begin with these letters (``لبنان``, ``بغداد``, ``ويندي``, ``بان``).
    """
    if len(norm) < 4 or norm[0] not in "وفبلك":
        return 0
    gaz = featurizer._gaz or resources.gazetteer()
    from khabar.ner.clitics import core_of, strip_options
    if (core_of(norm),) in gaz and norm[:2] != "لل":
        return 0
    if norm[:2] == "لل":  # ل + article with its alef dropped: keep the article's lam
        alt = "ال" + norm[2:]
        if alt in known or (core_of(alt),) in gaz or alt in resources.clusters():
            return 1
        return 0
    rest = featurizer.rest_of(norm)
    if rest is not None:
        return len(norm) - len(rest)
    for k, r in strip_options(norm):
        if r in known or (core_of(r),) in gaz:
            return k
    return 0


def letters_offset(raw_tok: str, norm: str, k: int) -> int:
    """Raw character offset after the first ``k`` letters of ``raw_tok`` (``0`` if unsure)."""
    if k <= 0:
        return 0
    count = 0
    i = 0
    n = len(raw_tok)
    while i < n and count < k:
        if normalize(raw_tok[i]):
            count += 1
        i += 1
    while i < n and not normalize(raw_tok[i]):
        i += 1
    if count < k or i >= n or normalize(raw_tok[:i]) != norm[:k]:
        return 0
    return i


def mention_spans(raw: str, tokens: Sequence[Token], labels: Sequence[str],
                  featurizer: Featurizer, known: frozenset[str] = frozenset(),
                  repaired: Callable[[Token], str] | None = None
                  ) -> list[tuple[int, int, str, str]]:
    """Mentions ``(start, end, label, name text)`` of PER/LOC/ORG in one tagged sentence.

    The name text joins the tokens' repaired texts with spaces (a glued «الأممالمتحدة» reads
    «الأمم المتحدة»), without the stripped proclitics (``للأمم`` reads ``الأمم``).
    """
    if repaired is None:
        def repaired(t: Token) -> str:
            return raw[t.start:t.end]
    out = []
    for i, j, lab in bio_spans(labels):
        if lab == "PERS":
            lab = "PER"
        if lab not in LABELS:
            continue
        # A mention never starts or ends with a punctuation-only token («“البرزي»).
        while i < j and not _WORDISH.search(raw[tokens[i].start:tokens[i].end]):
            i += 1
        while j > i and not _WORDISH.search(raw[tokens[j - 1].start:tokens[j - 1].end]):
            j -= 1
        if i >= j:
            continue
        first = tokens[i]
        k = proclitic_letters(first.norm, featurizer, known)
        off = letters_offset(raw[first.start:first.end], first.norm, k) if k else 0
        start = first.start + off
        end = tokens[j - 1].end
        if end <= start or len(_LETTER.findall(raw, start, end)) < 2:
            continue  # a name has letters: «001», «º 0.0» are not mentions
        texts = [repaired(t) for t in tokens[i:j]]
        if off:
            head = texts[0]
            hk = letters_offset(head, first.norm, k) or off
            texts[0] = ("ال" + head[hk + 1:]) if first.norm[:2] == "لل" and k == 1 else head[hk:]
        out.append((start, end, lab, " ".join(texts)))
    return out
