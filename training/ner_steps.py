"""The steps of the NER training (``training.train_ner``): gold labels projected onto pipeline
tokens, rare-word forgetting, CRF training (one model, or jackknifed parts) and dev scoring.

Re-exported by :mod:`training.train_ner`. Raises what ``pycrfsuite`` and the pipeline raise
(``OSError`` on unreadable data or model files).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from khabar.evaluate.ner import gold_spans, score_spans, summarize
from khabar.ner.features import Featurizer
from training.ner_config import _IDENTITY, DEFAULT_DATA, O_THRESHOLD, RARE_DROP


def prepare(sents: list) -> list[tuple]:
    """Per sentence: (text, pipeline tokens, projected BIO labels, gold spans)."""
    from khabar.pipeline import Pipeline
    pipe = Pipeline(["repair", "tokens", "sentences", "morph"])
    out = []
    for sent in sents:
        text, gold, gtoks = gold_spans(sent)
        doc = pipe(text)
        labels = []
        gi = 0
        prev_kind, prev_gold = "", -1
        for t in doc.tokens:
            while gi + 1 < len(gtoks) and gtoks[gi][1] <= t.start:
                gi += 1
            s, e, tag = gtoks[gi]
            kind = tag[2:] if tag != "O" else ""
            if not kind:
                labels.append("O")
            elif tag.startswith("B-") and t.start <= s + 1 and gi != prev_gold:
                labels.append("B-" + kind)
            elif prev_kind == kind:
                labels.append("I-" + kind)
            else:
                labels.append("B-" + kind)
            prev_kind, prev_gold = kind, gi
        out.append((text, doc.tokens, labels, gold))
    return out


def forget_rare(norms: list[str], feats: list[list[str]], rare: set[str]) -> None:
    """Drop, in place, the identity features of the ``rare`` words of one sentence: their
    own word/stem/bigram features and the ``±k:w=``/``±k:c=`` features they give their
    neighbours."""
    n = len(norms)
    for i, w in enumerate(norms):
        if w not in rare:
            continue
        feats[i] = [f for f in feats[i] if not f.startswith(_IDENTITY)]
        for o in (-2, -1, 1, 2):
            j = i - o  # token j sees token i at offset o
            if 0 <= j < n:
                pre = (f"{o}:w=", f"{o}:c=")
                feats[j] = [f for f in feats[j] if not f.startswith(pre)
                            and not (f.startswith(("bg-=", "bg+=")) and w in f[4:].split("|"))]


def train(items: list, feat: Featurizer, path: Path, params: dict,
          rare_drop: int = RARE_DROP) -> None:
    """Train one CRF with features ``feat`` on ``items`` (:func:`prepare` tuples) at ``path``."""
    train_parts([(items, feat)], path, params, rare_drop)


def train_parts(parts: list, path: Path, params: dict, rare_drop: int = RARE_DROP) -> None:
    """Train one CRF on ``parts``: ``(items, featurizer)`` pairs (jackknifed lexicon tables)."""
    import pycrfsuite
    from collections import Counter
    counts = Counter(t.norm for items, _ in parts for _, toks, _, _ in items for t in toks)
    rare = {w for w, c in counts.items() if c <= rare_drop}
    tr = pycrfsuite.Trainer(verbose=False)
    for items, feat in parts:
        for _, toks, labels, _ in items:
            norms = [t.norm for t in toks]
            feats = feat.sentence(norms, toks, dense=False)
            if rare:
                feats = [list(f) for f in feats]
                forget_rare(norms, feats, rare)
            tr.append(feat.dense_items(norms, feats), labels)
    tr.select("lbfgs")
    tr.set_params({**params, "feature.possible_transitions": True})
    tr.train(str(path))


def evaluate(items: list, feat: Featurizer, path: Path, consistency: bool = True,
             o_threshold: float | None = O_THRESHOLD, edges: Iterable[str] | None = None,
             neural: Any = None, mix: float = 0.0) -> dict:
    """Dev figures as ``khabar evaluate ner`` computes them: each sentence is a document
    (the consistency pass runs within the sentence; ``consistency=False`` skips it;
    ``o_threshold``: the recall-biased decoding of :func:`khabar.ner.tagger.recall_bias`,
    ``None`` for plain Viterbi; ``edges``: the mention-edge rules of
    :func:`khabar.ner.edges.trim_edges`, ``None`` for the runtime's; ``neural``: a
    :class:`khabar.ner.neural.NeuralTagger` mixed into that decoding with weight ``mix``)."""
    import pycrfsuite
    from khabar.ner.consistency import propagate
    from khabar.ner.edges import trim_edges
    from khabar.ner.tagger import mention_spans, proclitic_letters, recall_bias
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    names = tagger.labels()
    counts: dict = {}
    nn = neural.probs([[t.norm for t in x[1]] for x in items]) if neural else [None] * len(items)
    cols = {lab: i for i, lab in enumerate(neural.labels)} if neural else None
    for (text, toks, _, gold), probs in zip(items, nn):
        norms = [t.norm for t in toks]
        labels = []
        if toks:
            tagger.set(feat.sentence(norms, toks))
            labels = tagger.tag()
            if o_threshold is not None:
                recall_bias(tagger, labels, names, o_threshold, probs, mix, cols)
        if consistency:
            propagate([norms], [labels], feat)
        trim_edges(toks, labels, edges)
        known = frozenset(toks[i].norm for i, l in enumerate(labels)
                          if l.startswith("B-") and not proclitic_letters(toks[i].norm, feat))
        pred = [m[:3] for m in mention_spans(text, toks, labels, feat, known)]
        score_spans(text, gold, pred, counts)
    return summarize(counts)


def fit_model(items: list, cfg: dict, path: Path, params: dict, rare_drop: int,
              raw: Any, stack: str | None = None, hp: dict | None = None,
              net_path: Path | None = None, data: Path | None = None) -> tuple[Featurizer, Any]:
    """Train a CRF with features ``cfg`` on ``items`` at ``path``; returns the featurizer for
    text outside ``items`` and, with the induced lexicon on, that lexicon's rows (jackknifed
    for the training items: ``training.ner_lexicon.jackknife``). ``stack``: also stack the
    BiLSTM tagger's probabilities as features in that mode (``training.ner_stack``; needs
    the lexicon; networks with ``hp``, the one on all ``items`` written at ``net_path``)."""
    if not cfg.get("lexicon"):
        if stack:
            raise ValueError("the stacked network is jackknifed with the lexicon: turn it on")
        feat = Featurizer(**cfg)
        train(items, feat, path, params, rare_drop)
        return feat, None
    import tempfile
    from training.ner_lexicon import jackknife, raw_sentences
    if raw is None:
        raw = raw_sentences(data or DEFAULT_DATA)
    tmp = Path(tempfile.mkdtemp(prefix="khabar-ner-lex-"))
    parts, rows, feat = jackknife(items, raw, tmp, params, cfg, rare_drop)
    if stack:
        from training.ner_stack import stack as add_network
        parts, feat = add_network(items, parts, feat, stack, hp or {}, tmp,
                                  net_path or tmp / "nn-2.npz", data)
    train_parts(parts, path, params, rare_drop)
    return feat, rows
