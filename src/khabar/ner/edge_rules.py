"""The mention-edge rules of :mod:`khabar.ner.edges`, one function per rule.

Each rule takes the sentence's tokens, a mention's span ``i..j`` and its label, and returns the
span without the edge tokens it finds to be no part of the name (one token always stays).
Rules on UPOS need the morphology layer's ``words`` and do nothing without it. The rules and
their rationale are described in :mod:`khabar.ner.edges`. Pure functions; nothing raises on
ordinary input.
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence

from khabar.document import Token, Word
from khabar.ner import edge_words as W
from khabar.ner import resources

#: Frequency rank in raw news under which a word counts as a common (frequent) word.
COMMON_RANK = 20_000

Rule = Callable[[Sequence[Token], int, int, str], tuple[int, int]]


def _words(t: Token) -> tuple[Word, ...]:
    return t.words or ()


def _frequent(norm: str) -> bool:
    return resources.rank(norm) < COMMON_RANK


def _function_word(t: Token) -> bool:
    """Function words only, and not a given name (علي, analysed ADP in «وعلي»; «على» written
    with ى is the preposition)."""
    ws = _words(t)
    return W.function_token(ws) and _frequent(t.norm) and t.norm not in W.connectors() and not (
        W.given_name(t.norm) and not any(w.text.endswith("ى") for w in ws))


def _func(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    while j - i > 1 and _function_word(toks[i]):
        i += 1
    while j - i > 1 and _function_word(toks[j - 1]):
        j -= 1
    return i, j


def _strip_ends(toks: Sequence[Token], i: int, j: int,
                words: Collection[str]) -> tuple[int, int]:
    """``i..j`` without the tokens in ``words`` at either end (one token always stays)."""
    while j - i > 1 and toks[i].norm in words:
        i += 1
    while j - i > 1 and toks[j - 1].norm in words:
        j -= 1
    return i, j


def _time(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if lab == "ORG":        # «المصري اليوم» is a newspaper
        return i, j
    return _strip_ends(toks, i, j, W.time_words())


def _prep(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    for k in range(i + 1, j):
        p = W.preposition_token(toks[k].norm, COMMON_RANK)
        if p == "ب" or (p == "ل" and lab in ("PER", "LOC")):
            return i, k
    return i, j


def _nisba(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if lab == "PER":
        if j - i > 1 and W.nisba_place(toks[i].norm):
            i += 1
    elif j - i == 2 and W.nisba_place(toks[j - 1].norm) and \
            W.host_upos(_words(toks[i])) in W.PROPER_UPOS:
        j -= 1
    return i, j


def _title(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    # leading only: at the end a title word is often a surname («ناصر الشاعر»)
    if lab == "PER":
        tt = W.titles()
        while j - i > 1 and toks[i].norm in tt:
            i += 1
    return i, j


def _show(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if lab == "PER":
        sw = W.show_words()
        for k in range(i + 1, j):
            if toks[k].norm in sw:
                return i, k
    return i, j


def _verb(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    # only speech verbs: a bare verb form is often a name (أشرف، يزيد، دان), and a verb with
    # the future prefix س looks like a foreign name (سيتروين، سينمون)
    return _strip_ends(toks, i, j, W.speech_verbs())


def _future(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if j - i > 1 and W.future_verb(toks[j - 1].norm, COMMON_RANK):
        j -= 1
    if j - i > 1 and W.future_verb(toks[i].norm, COMMON_RANK):
        i += 1
    return i, j


def _conj(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if lab == "PER" and j - i > 1 and W.conjunct(
            toks[j - 1].norm, toks[j - 2].norm, toks[j].norm if j < len(toks) else "",
            COMMON_RANK):
        j -= 1
    return i, j


def _pron(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if j - i > 1 and W.has_pronoun_suffix(_words(toks[i])) and not W.gaz_tags(toks[i].norm):
        i += 1
    return i, j


def _al_given(toks: Sequence[Token], i: int, j: int, lab: str) -> tuple[int, int]:
    if lab == "PER" and j - i >= 3:
        n = toks[i].norm
        if n.startswith("ال") and not W.given_name(n) and W.given_name(toks[i + 1].norm):
            i += 1
    return i, j
