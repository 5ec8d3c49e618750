"""Per-type NER features: what a word contributes to itself and to its ±2 neighbours.

Computed once per word *type* by :meth:`khabar.ner.features.Featurizer._type` (which caches
the result): normalized word, proclitic/article-stripped forms, affixes, shape, word clusters
and frequency rank, gazetteer and trigger-word membership, induced name lexicon buckets.
Pure functions of the featurizer's switches and tables; nothing raises on ordinary input.
"""
from __future__ import annotations

import math

from khabar.ner.clitics import core_of

OFFSETS = (-2, -1, 1, 2)

#: ``(own features, features given to the neighbour at each of OFFSETS, (core, head))``
TypeInfo = tuple[list[str], list[list[str]], tuple[str, str]]


def shape(w: str) -> str:
    """Coarse shape of a word: ``A`` Arabic, ``D``/``DX`` digits, ``L`` Latin, ``P`` other."""
    if not w:
        return "E"
    c = w[0]
    if "\u0621" <= c <= "\u06ff":
        return "A"
    if c.isdigit():
        return "D" if w.isdigit() else "DX"
    if c.isalpha():
        return "L"
    return "P:" + w if len(w) == 1 else "P"


def _cluster_features(fz, w: str, c: str, rest: str | None, rc: str | None,
                      f: list[str]) -> tuple[str, str, str, int] | None:
    """Append the cluster features of ``w`` to ``f``; returns its cluster row (or ``None``)."""
    cl = fz._clusters
    k = cl.get(w)
    if k is None and rest is not None:
        k = cl.get(rest)
    if k is None and c != w:
        k = cl.get("ال" + c) or cl.get(c)
    if k is not None:
        f.extend(("k1=" + k[0], "k2=" + k[1], "k3=" + k[2],
                  "rk=" + str(int(math.log2(k[3] + 1)))))
    else:
        f.append("rk=oov")
    if rc is not None or c != w:
        kc = cl.get(rc or c)
        if kc is not None:
            f.append("ck=" + kc[1])
    return k


#: what a word type gives its neighbours, before the offset prefix (:func:`context_bases`):
#: ``(w/c/sh/k2 features, k3 feature or None, gazetteer features, lexicon features, the
#: lexicon's left and right context features)``
ContextSpec = tuple[list[str], "str | None", list[str], tuple[str, ...], tuple[str, ...],
                    tuple[str, ...]]


def type_keys(fz, w: str) -> tuple[str, str]:
    """``(core, head)`` of the word type ``w``: its core without proclitics and article, and
    the core of its proclitic-stripped rest (else the core) — the third part of
    :func:`type_features`."""
    if not fz.use_clitics:
        return w, w
    rest = fz.rest_of(w)
    c = core_of(w)
    return c, (core_of(rest) if rest is not None else None) or c


def type_core(fz, w: str) -> tuple[list[str], ContextSpec, tuple[str, str]]:
    """Own features, :data:`ContextSpec` and keys of the word type ``w`` under the switches
    of featurizer ``fz`` (:func:`type_features` without the neighbour strings)."""
    clitics = fz.use_clitics
    c = core_of(w) if clitics else w
    rest = fz.rest_of(w) if clitics else None
    rc = core_of(rest) if rest is not None else None
    fw = "w=" + w
    sh = shape(w)
    f = [fw, "sh=" + sh]
    if clitics:
        if c != w:
            f.append("c=" + c)
            f.append("al")
        if rest is not None:
            f.append("x=" + rc)
            f.append("pre=" + w[:len(w) - len(rest)])
    if fz.use_affixes and sh == "A":
        base = rc or c
        f.extend(("p2=" + base[:2], "p3=" + base[:3], "s1=" + base[-1:], "s2=" + base[-2:],
                  "s3=" + base[-3:], "w2=" + w[:2], "len=" + str(min(len(base), 9))))
    k = _cluster_features(fz, w, c, rest, rc, f) if fz.use_clusters else None
    gtags: tuple[str, ...] = ()
    gfeats: list[str] = []
    if fz.use_gaz:
        gaz, trig = fz._gaz, fz._trig
        g1, t1, t2 = gaz.get((c,)), trig.get((w,)), trig.get((c,))
        g2 = gaz.get((rc,)) if rc is not None else None
        if g1 or g2 or t1 or t2:  # most words are in neither table
            tags = set(g1 or ())
            tags.update(g2 or ())
            trigs = set(t1 or ()) | set(t2 or ())
            gtags = tuple(sorted(tags)) + tuple("t" + t for t in sorted(trigs))
            gfeats = ["g=" + t for t in gtags]
            f.extend(gfeats)
    lx: tuple[str, ...] = ()
    nx = px = lx
    if fz.use_lexicon:
        lex = fz._lex
        lx = lex.get(("w", rest or w), ()) + lex.get(("c", rc or c), ())
        nx, px = lex.get(("n", w), ()), lex.get(("p", w), ())
        f.extend(lx)
    head = [fw]
    if c != w or rc is not None:
        head.append("c=" + (rc or c))
    if sh != "A":
        head.append("sh=" + sh)
    if k is not None:
        head.append("k2=" + k[1])
    spec = (head, "k3=" + k[2] if k is not None else None, gfeats, lx, nx, px)
    return f, spec, (c, rc or c)


def context_bases(spec: ContextSpec, o: int) -> list[str]:
    """What a word type gives its neighbour at offset ``o`` (one of :data:`OFFSETS`),
    without the ``"{o}:"`` prefix."""
    head, k3, gs, lx, nx, px = spec
    if o not in (-1, 1):
        return head + gs
    return head + ([k3] if k3 is not None else []) + gs + list(lx) + list(nx if o == -1 else px)


def type_features(fz, w: str) -> TypeInfo:
    """Features of the word type ``w`` under the switches of featurizer ``fz``."""
    f, spec, keys = type_core(fz, w)
    ctx = []
    for o in OFFSETS:
        p = f"{o}:"
        ctx.append([p + b for b in context_bases(spec, o)])
    return f, ctx, keys


__all__ = ["OFFSETS", "ContextSpec", "TypeInfo", "context_bases", "shape", "type_core",
           "type_features", "type_keys"]
