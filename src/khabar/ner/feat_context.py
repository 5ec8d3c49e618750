"""Sentence-level NER features: morphology of a token, multi-word gazetteer and trigger spans.

Used by :meth:`khabar.ner.features.Featurizer.sentence`. ``morph_features`` describes a
token's morphological analysis (the shipped model leaves it off, see ``MODEL_CARD.md``);
``gazetteer_spans`` adds the features of multi-word gazetteer matches and trigger phrases.
Nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.ner.clitics import core_of, host_word
from khabar.ner.feat_token import OFFSETS
from khabar.text.normalize import dediacritize, normalize

#: Morphology features of a token without an analysis.
NO_MORPH: tuple[list[str], list[list[str]]] = ([], [[] for _ in OFFSETS])


def morph_features(fz, norm: str, words) -> tuple[list[str], list[list[str]]]:
    """Features of a token's morphological analysis (clitic segmentation, UPOS, lemma):
    the UPOS sequence, the host word's UPOS (PADT tags names ``X``), its normalized
    form without the article when the segmenter split off clitics, and its lemma
    (``fz.use_morph == "upos"``: the tags only). Cached in ``fz._mcache``."""
    seq = "_".join([w.upos or "?" for w in words])
    host = host_word(words)
    key = (norm, seq, host.text, host.lemma)
    info = fz._mcache.get(key)
    if info is not None:
        return info
    hu = host.upos or "?"
    f = ["us=" + seq, "u=" + hu]
    if fz.use_morph == "upos":
        pass
    elif len(words) > 1:
        hn = core_of(normalize(host.text))
        f.append("hw=" + hn)
    if host.lemma and hu != "X" and fz.use_morph != "upos":
        f.append("lm=" + normalize(dediacritize(host.lemma)))
    ctx = [[f"{o}:u=" + hu] for o in OFFSETS]
    info = (f, ctx)
    if len(fz._mcache) > 500_000:
        fz._mcache.clear()
    fz._mcache[key] = info
    return info


def gazetteer_spans(fz, norms: Sequence[str], keys: Sequence[tuple[str, str]],
                    out: list[list[str]]) -> None:
    """Multi-word gazetteer matches (longest at each start; ``G=B-LOC``/``G=I-LOC``) and
    trigger phrases ending right before a token (``T1=``) or one token earlier (``T2=``),
    appended to ``out`` in place (``keys``: per token its ``(core, head)``, as
    :meth:`~khabar.ner.features.Featurizer.type_keys` gives them). Labels are emitted in sorted order (deterministic feature
    order)."""
    n = len(norms)
    heads = fz._heads
    for i in range(n):
        c, r = keys[i]
        best = 0
        tags: tuple[str, ...] = ()
        for key in ((c,) if r == c else (c, r)):
            m = heads.get(key)
            if not m:
                continue
            for length in range(min(m, n - i), best, -1):
                t = fz._gaz_labels.get((key,) + tuple(norms[i + 1:i + length]))
                if t is not None:
                    best, tags = length, t
                    break
        if best:
            for lab in tags:
                out[i].append("G=B-" + lab)
                for j in range(i + 1, i + best):
                    out[j].append("G=I-" + lab)
                if best > 1:
                    out[i].append("GL=" + lab)
    if not fz._trig_len:
        return
    trig = fz._trig
    last = fz._trig_last
    for i in range(1, n):
        prev = norms[i - 1]
        pc = keys[i - 1][0]
        if prev not in last and pc not in last:
            continue
        for length in range(1, min(fz._trig_len, i) + 1):
            t = trig.get(tuple(norms[i - length:i]))
            if t is None and length == 1:
                t = trig.get((pc,))
            if t:
                for lab in sorted(t):
                    out[i].append("T1=" + lab)
                    if i + 1 < n:
                        out[i + 1].append("T2=" + lab)


__all__ = ["NO_MORPH", "gazetteer_spans", "morph_features"]
