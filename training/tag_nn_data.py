"""Inputs of the neural UPOS context model (session 8 evidence; ``training.tag_nn``).

Per syntactic word: its characters (``^`` form ``$``, cut to ``MAXC``), its word clusters at
3 granularities (``clusters.tsv.gz`` of the shipped tagger, looked up by the tagger's
normalized form), and its clitic position code (S/B/I/E). All of it depends on the word
type and its code only, so at run time every per-type part can be cached. numpy only;
reading raises ``OSError`` on an unreadable file.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from khabar.morph.tag_features import clitic_codes, normalize

MAXC = 16
CODES = {"S": 0, "B": 1, "I": 2, "E": 3}
CLUSTER_SIZES = (64, 256, 1024)
MODEL_TAG = Path(__file__).resolve().parents[1] / "src" / "khabar" / "models" / "morph_tag"


class Vocab:
    """Character ids (0 = padding, 1 = unknown) and the cluster table."""

    def __init__(self, chars: dict[str, int], clusters: dict[str, str],
                 words: dict[str, int] | None = None) -> None:
        self.chars = chars
        self.clusters = clusters
        self.words = words or {}    # form → id from 2 (0 unused, 1 = unknown); empty: no words

    @classmethod
    def build(cls, train: list, clusters: dict[str, str], min_word: int = 0) -> "Vocab":
        """Characters seen in ``train`` (sentences of GoldWord) get ids from 2; with
        ``min_word``, so do the forms seen at least that often."""
        seen = sorted({c for s in train for w in s for c in "^" + w.form + "$"})
        words: dict[str, int] = {}
        if min_word:
            cnt = Counter(w.form for s in train for w in s)
            keep = sorted(f for f, k in cnt.items() if k >= min_word)
            words = {f: i + 2 for i, f in enumerate(keep)}
        return cls({c: i + 2 for i, c in enumerate(seen)}, clusters, words)

    def type_inputs(self, form: str, code: str) -> tuple[np.ndarray, np.ndarray, int, int]:
        """(char ids (MAXC,), cluster ids (3,), code id, word id) of one word type; cluster
        id = the cluster + 1, 0 for a word without clusters; word id 1 = unknown."""
        s = "^" + form + "$"
        if len(s) > MAXC:   # keep both ends: the affixes carry the information
            s = s[:MAXC // 2] + s[-(MAXC // 2):]
        ch = np.zeros(MAXC, np.int64)
        ch[:len(s)] = [self.chars.get(c, 1) for c in s]
        cl = self.clusters.get(normalize(form))
        cid = (np.array([int(x) + 1 for x in cl.split("|")], np.int64) if cl
               else np.zeros(3, np.int64))
        return ch, cid, CODES[code], self.words.get(form, 1)

    def sentence(self, forms: list[str], tokens: list[int] | None
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Stacked inputs of one sentence: chars (n, MAXC), clusters (n, 3), codes (n,),
        word ids (n,)."""
        codes = clitic_codes(tokens, len(forms))
        parts = [self.type_inputs(f, c) for f, c in zip(forms, codes)]
        return (np.stack([p[0] for p in parts]), np.stack([p[1] for p in parts]),
                np.array([p[2] for p in parts], np.int64), np.array([p[3] for p in parts], np.int64))


def encode(sents: list, vocab: Vocab, tix: dict[str, int]) -> list[tuple]:
    """Per sentence of GoldWord: (chars, clusters, codes, gold tag ids (``_`` counts as X),
    word ids)."""
    out = []
    for s in sents:
        ch, cl, co, wd = vocab.sentence([w.form for w in s], [w.token for w in s])
        y = np.array([tix["X" if w.upos == "_" else w.upos] for w in s], np.int64)
        out.append((ch, cl, co, y, wd))
    return out


def halves(n: int) -> tuple[list[int], list[int]]:
    """Dev's two halves by position: PADT dev keeps no document ids, but its sentences run
    document by document, so the first and second half of the file are two sets of whole
    documents except for (at most) the one document cut at the middle."""
    return list(range(n // 2)), list(range(n // 2, n))
