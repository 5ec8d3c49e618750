"""The hamza of «ان» inside a split token: إن or أن, chosen from the context.

PADT writes the particle's hamza in its word form (و + إن, أن + ه), but news text often drops
it («وانه», «انها»). The memorization table picks one spelling per surface form, blind to the
sentence; after a verb of saying, at the start of a quote or a sentence, «إنّ» is usual, after
most other words «أنّ». A small averaged perceptron (trained by ``training.train_segmenter``,
weights in ``models/morph_seg/an.json``) scores «إن» against «أن» from the neighbouring
tokens: the token itself, the one and two before it (each and as a pair), any of the three
before it, the next token and its first letter.
"""
from __future__ import annotations

from khabar.morph.seg_text import strip

#: The two spellings PADT uses for the particle's word form.
AN_WORDS = ("إن", "أن")


def needs_choice(base: str, words: tuple[str, ...]) -> int:
    """Index of the إن/أن word in ``words`` when the surface ``base`` leaves its hamza
    unwritten (bare alef), else -1."""
    if len(words) < 2 or "إن" in base or "أن" in base:
        return -1
    for k, w in enumerate(words):
        if w in AN_WORDS:
            return k
    return -1


def _ctx(forms: list[str], i: int) -> str:
    if 0 <= i < len(forms):
        s = strip(forms[i])
        return s.replace("أ", "ا").replace("إ", "ا") or "#"
    return "<S>"


def an_features(forms: list[str], i: int) -> list[str]:
    """Features of token ``i`` of a sentence (surface forms) for the إن/أن choice."""
    t = _ctx(forms, i)
    p1, p2, p3 = _ctx(forms, i - 1), _ctx(forms, i - 2), _ctx(forms, i - 3)
    n1 = _ctx(forms, i + 1)
    return ["b", "t=" + t, "p1=" + p1, "p2=" + p2, "p12=" + p2 + "|" + p1,
            "w=" + p1, "w=" + p2, "w=" + p3, "n1=" + n1, "n1c=" + n1[:1], "tp1=" + t + "|" + p1]


def choose(weights: dict[str, float], forms: list[str], i: int) -> str:
    """«إن» if the context scores above 0, else «أن»."""
    get = weights.get
    return "إن" if sum(get(f, 0.0) for f in an_features(forms, i)) > 0 else "أن"


__all__ = ["AN_WORDS", "needs_choice", "an_features", "choose"]
