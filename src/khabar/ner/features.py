"""CRF features for NER over a sentence of normalized token strings.

Token-local features and the features a token contributes to its neighbours are computed
once per token *type* and cached (news vocabulary is Zipfian), so a sentence costs little
more than list concatenation. Sequence features (multi-word gazetteer matches, trigger
phrases before a token, word bigrams) are computed per sentence.

``Featurizer(clusters=..., gazetteer=..., clitics=...)`` switches feature groups off for the
ablation; the shipped model records its switches in ``config.json``.
"""
from __future__ import annotations

import math
from typing import Sequence

from khabar.ner import resources
from khabar.ner.clitics import core_of, strip_options

OFFSETS = (-2, -1, 1, 2)


def _shape(w: str) -> str:
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


class Featurizer:
    """Builds crfsuite feature lists; one instance per configuration (holds the type cache)."""

    def __init__(self, clusters: bool = True, gazetteer: bool = True, clitics: bool = True,
                 affixes: bool = True) -> None:
        self.use_clusters = clusters
        self.use_gaz = gazetteer
        self.use_clitics = clitics
        self.use_affixes = affixes
        self._cache: dict[str, tuple[list[str], list[list[str]], tuple[str, ...]]] = {}
        self._clusters = resources.clusters() if clusters else {}
        self._gaz = resources.gazetteer() if gazetteer else {}
        self._heads = resources.gazetteer_heads() if gazetteer else {}
        self._trig = resources.triggers() if gazetteer else {}
        self._trig_len = max((len(k) for k in self._trig), default=0)
        self._ranks = resources.clusters()

    def config(self) -> dict[str, bool]:
        return {"clusters": self.use_clusters, "gazetteer": self.use_gaz,
                "clitics": self.use_clitics, "affixes": self.use_affixes}

    # -- per type ---------------------------------------------------------------------------
    def rest_of(self, w: str) -> str | None:
        """The word after one or two proclitic letters when that rest is a more frequent word
        or a gazetteer key (``وسوريا`` → ``سوريا``; ``لبنان`` stays); else ``None``."""
        ranks = self._ranks
        gaz = self._gaz

        def score(x: str) -> int:
            r = ranks.get(x)
            return r[3] if r is not None else 1 << 30

        best, best_rank = None, score(w)
        w_in_gaz = (core_of(w),) in gaz
        for _, rest in sorted(strip_options(w)):  # one letter first, then two
            if len(rest) < 3:
                continue
            rr = score(rest)
            if rr < best_rank or (best is None and not w_in_gaz and (core_of(rest),) in gaz):
                best, best_rank = rest, rr
        return best

    def _type(self, w: str) -> tuple[list[str], list[list[str]], tuple[str, ...]]:
        info = self._cache.get(w)
        if info is not None:
            return info
        c = core_of(w) if self.use_clitics else w
        rest = self.rest_of(w) if self.use_clitics else None
        rc = core_of(rest) if rest is not None else None
        f = ["w=" + w]
        shape = _shape(w)
        f.append("sh=" + shape)
        if self.use_clitics:
            if c != w:
                f.append("c=" + c)
                f.append("al")
            if rest is not None:
                f.append("x=" + rc)
                f.append("pre=" + w[:len(w) - len(rest)])
        if self.use_affixes and shape == "A":
            base = rc or c
            f.extend(("p2=" + base[:2], "p3=" + base[:3], "s1=" + base[-1:], "s2=" + base[-2:],
                      "s3=" + base[-3:], "w2=" + w[:2], "len=" + str(min(len(base), 9))))
        k = None
        if self.use_clusters:
            cl = self._clusters
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
        gtags: tuple[str, ...] = ()
        if self.use_gaz:
            tags = set(self._gaz.get((c,), ()))
            if rc is not None:
                tags.update(self._gaz.get((rc,), ()))
            trig = set(self._trig.get((w,), ())) | set(self._trig.get((c,), ()))
            gtags = tuple(sorted(tags)) + tuple("t" + t for t in sorted(trig))
            f.extend("g=" + t for t in gtags)
        ctx = []
        for o in OFFSETS:
            p = f"{o}:"
            cf = [p + "w=" + w]
            if c != w or rc is not None:
                cf.append(p + "c=" + (rc or c))
            if shape != "A":
                cf.append(p + "sh=" + shape)
            if k is not None:
                cf.append(p + "k2=" + k[1])
                if o in (-1, 1):
                    cf.append(p + "k3=" + k[2])
            cf.extend(p + "g=" + t for t in gtags)
            ctx.append(cf)
        info = (f, ctx, (c, rc or c))
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[w] = info
        return info

    # -- per sentence -------------------------------------------------------------------------
    def sentence(self, norms: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence of normalized tokens."""
        n = len(norms)
        infos = [self._type(w) for w in norms]
        out: list[list[str]] = []
        for i, (f, _, _) in enumerate(infos):
            feats = list(f)
            for j, o in enumerate(OFFSETS):
                k = i + o
                if 0 <= k < n:
                    feats.extend(infos[k][1][j])
                elif o in (-1, 1):
                    feats.append("BOS" if o < 0 else "EOS")
            if i > 0:
                feats.append("bg-=" + norms[i - 1] + "|" + norms[i])
            if i + 1 < n:
                feats.append("bg+=" + norms[i] + "|" + norms[i + 1])
            out.append(feats)
        if self.use_gaz:
            self._gazetteer_spans(norms, infos, out)
        return out

    def _gazetteer_spans(self, norms: Sequence[str], infos, out: list[list[str]]) -> None:
        n = len(norms)
        heads = self._heads
        gaz = self._gaz
        for i in range(n):
            keys = infos[i][2]
            best = 0
            tags: frozenset[str] = frozenset()
            for key in set(keys):
                m = heads.get(key)
                if not m:
                    continue
                for length in range(min(m, n - i), best, -1):
                    t = gaz.get((key,) + tuple(norms[i + 1:i + length]))
                    if t:
                        best, tags = length, t
                        break
            if best:
                for lab in tags:
                    if "." in lab:
                        continue
                    out[i].append("G=B-" + lab)
                    for j in range(i + 1, i + best):
                        out[j].append("G=I-" + lab)
                    if best > 1:
                        out[i].append("GL=" + lab)
        # Trigger phrases ending right before a token (window of two).
        if self._trig_len:
            trig = self._trig
            for i in range(n):
                for length in range(1, min(self._trig_len, i) + 1):
                    t = trig.get(tuple(norms[i - length:i]))
                    if t is None and length == 1:
                        t = trig.get((infos[i - 1][2][0],))
                    if t:
                        for lab in t:
                            out[i].append("T1=" + lab)
                            if i + 1 < n:
                                out[i + 1].append("T2=" + lab)
