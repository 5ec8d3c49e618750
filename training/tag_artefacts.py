"""The PADT export's sentence-final copy runs (:func:`training.seg_padt.final_run`) in the
tagger's and lemmatizer's training sentences (:class:`khabar.morph.tag_data.GoldWord` lists).

The shared PADT files write a sentence-final multiword token as one copy of its surface per
word, each a one-word token with one of the words' UPOS and lemma («… بمصر بمصر» for ب + مصر):
trained on as they are, «بمصر» would be an ADP word. :func:`drop_artefacts` cuts those runs
from train (101 runs, 208 words; the sentence's other words stay).
"""
from __future__ import annotations

from khabar.morph.tag_data import GoldWord
from training.seg_padt import final_run


def _tokens(sent: list[GoldWord]) -> list[tuple[str, tuple[str, ...]]]:
    """(surface, words) per surface token, as :func:`final_run` reads them. A multiword
    token's surface is not in a GoldWord; its words joined by '+' stand in for it (the rule
    compares the surfaces of one-word tokens only)."""
    toks: list[tuple[str, tuple[str, ...]]] = []
    last = None
    for w in sent:
        if w.token == last:
            words = toks[-1][1] + (w.form,)
            toks[-1] = ("+".join(words), words)
        else:
            toks.append((w.form, (w.form,)))
            last = w.token
    return toks


def cut_artefact(sent: list[GoldWord]) -> list[GoldWord]:
    """``sent`` without its final copy run (a prefix of it; maybe empty). Raises nothing."""
    k = final_run(_tokens(sent)) if sent else 0
    if not k:
        return sent
    first = sent[-1].token - k + 1
    return [w for w in sent if w.token < first]


def drop_artefacts(sents: list[list[GoldWord]]) -> list[list[GoldWord]]:
    """``sents`` with every final copy run cut and sentences left empty dropped. Raises
    nothing."""
    return [c for c in map(cut_artefact, sents) if c]
