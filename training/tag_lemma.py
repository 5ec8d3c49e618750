"""Train the lemmatizer's parts from the lemma-bearing PADT train sentences (see lemmatizer.py)."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.morph.lemma_rules import class_features, diac_features, edit_class, split_diacritics
from khabar.morph.lemmatizer import Lemmatizer
from training.tag_perceptron import train_multiclass

MIN_CLASS = 2
MIN_FEAT = 2
EPOCHS = 10
SEED = 11


def lemma_entries(train) -> list[tuple[str, str, str, int]]:
    c = Counter((w.form, w.upos, w.lemma) for s in train for w in s if w.lemma is not None and w.upos != "_")
    return [(f, u, l, n) for (f, u, l), n in sorted(c.items())]


CTX_MIN = 3      # a context lemma needs this many occurrences
CTX_SHARE = 0.6  # ... and this share of its (form, UPOS, next UPOS)


def context_entries(train, entries) -> list[tuple[str, str, str, str]]:
    """(form, UPOS, next UPOS, lemma) where the next word's UPOS changes the lemma."""
    base: dict = {}
    for f, u, l, n in entries:
        if (f, u) not in base or n > base[(f, u)][1] or (n == base[(f, u)][1] and l > base[(f, u)][0]):
            base[(f, u)] = (l, n)
    c: dict = {}
    for s in train:
        for i, w in enumerate(s):
            if w.lemma is None or w.upos == "_":
                continue
            nu = s[i + 1].upos if i + 1 < len(s) else "<E>"
            c.setdefault((w.form, w.upos, nu), Counter())[w.lemma] += 1
    out = []
    for (f, u, nu), cnt in sorted(c.items()):
        l, n = max(cnt.items(), key=lambda kv: (kv[1], kv[0]))
        tot = sum(cnt.values())
        if n >= CTX_MIN and n >= CTX_SHARE * tot and base.get((f, u), (None,))[0] != l:
            out.append((f, u, nu, l))
    return out


def _index(feats_per_ex: list[list[str]]) -> tuple[list[str], dict[str, int]]:
    cnt = Counter(f for fl in feats_per_ex for f in set(fl))
    names = sorted(f for f, n in cnt.items() if n >= MIN_FEAT)
    return names, {f: i for i, f in enumerate(names)}


def train_lemmatizer(entries, log=print, context=None) -> Lemmatizer:
    # (1) edit classes over (form, upos, lemma) types
    ex = []
    for f, u, l, n in entries:
        if u in ("PUNCT", "SYM") or not any("\u0621" <= ch <= "\u064A" for ch in f):
            continue
        base = split_diacritics(l)[0]
        ex.append((f, u, edit_class(f, base)))
    ccount = Counter(c for _, _, c in ex)
    classes = sorted(c for c, n in ccount.items() if n >= MIN_CLASS)
    cix = {c: i for i, c in enumerate(classes)}
    ex = [e for e in ex if e[2] in cix]
    feats = [class_features(f, u) for f, u, _ in ex]
    cnames, cid = _index(feats)
    X = [np.array([cid[x] for x in fl if x in cid], dtype=np.int64) for fl in feats]
    y = np.array([cix[c] for _, _, c in ex])
    log(f"lemma classes: {len(classes)} classes, {len(cnames)} features, {len(X)} types")
    CW = train_multiclass(X, y, len(cnames), len(classes), EPOCHS, SEED)
    # (2) diacritics per letter over lemma types
    lt = sorted({(l, u) for f, u, l, n in entries if u not in ("PUNCT", "SYM", "X", "PROPN")})
    dex = []
    for l, u in lt:
        base, marks = split_diacritics(l)
        if not any("\u0621" <= ch <= "\u064A" for ch in base):
            continue
        for i in range(len(base)):
            dex.append((diac_features(base, i, u), marks[i]))
    mcount = Counter(m for _, m in dex)
    marks = sorted(m for m, n in mcount.items() if n >= 3)
    mix = {m: i for i, m in enumerate(marks)}
    dex = [d for d in dex if d[1] in mix]
    dnames, did = _index([d[0] for d in dex])
    DX = [np.array([did[x] for x in fl if x in did], dtype=np.int64) for fl, _ in dex]
    dy = np.array([mix[m] for _, m in dex])
    log(f"diacritics: {len(marks)} marks, {len(dnames)} features, {len(DX)} letters")
    DW = train_multiclass(DX, dy, len(dnames), len(marks), EPOCHS, SEED)
    return (Lemmatizer(entries, classes, cnames, CW, marks, dnames, DW, context),
            (classes, cnames, CW, marks, dnames, DW, context or []))


def prune(W: np.ndarray, keep: float = 0.02) -> np.ndarray:
    W = W.astype(np.float32)
    W[np.abs(W) < keep * np.abs(W).max()] = 0
    return W.astype(np.float16)


def write_lemmatizer(parts, entries, out: Path) -> None:
    classes, cnames, CW, marks, dnames, DW, context = parts
    with gzip.GzipFile(out / "lemma_context.tsv.gz", "wb", mtime=0) as gz:
        gz.write("".join("\t".join(e) + "\n" for e in context).encode("utf-8"))
    with gzip.GzipFile(out / "lemma_lexicon.tsv.gz", "wb", mtime=0) as gz:
        gz.write("".join(f"{f}\t{u}\t{l}\t{n}\n" for f, u, l, n in entries).encode("utf-8"))
    (out / "lemma_classes.json").write_text(json.dumps(
        {"classes": classes, "class_features": cnames, "marks": marks, "diac_features": dnames},
        ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(out / "lemma_weights.npz", CW=prune(CW), DW=prune(DW))


def eval_lemmas(lem: Lemmatizer, sents, pred_upos=None) -> tuple[float, float, int]:
    from khabar.morph.tag_features import strip_diacritics
    ok = okd = n = 0
    for si, s in enumerate(sents):
        us = [w.upos for w in s] if pred_upos is None else pred_upos[si]
        ls = lem.lemmas([w.form for w in s], us)
        for wi, w in enumerate(s):
            if w.lemma is None:
                continue
            p = ls[wi] or ""
            n += 1
            ok += p == w.lemma
            okd += strip_diacritics(p) == strip_diacritics(w.lemma)
    return ok / max(n, 1), okd / max(n, 1), n
