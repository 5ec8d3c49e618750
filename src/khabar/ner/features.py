"""CRF features for NER over a sentence of normalized token strings.

Token-local features and the features a token contributes to its neighbours are computed
once per token *type* and cached (news vocabulary is Zipfian), so a sentence costs little
more than list concatenation. Sequence features (multi-word gazetteer matches, trigger
phrases before a token, word bigrams) are computed per sentence.

``Featurizer(clusters=..., gazetteer=..., clitics=...)`` switches feature groups off for the
ablation; the shipped model records its switches in ``config.json``. ``morph=True`` adds
features of the morphology layer (UPOS sequence, the host word's UPOS and lemma; ``"upos"``:
the tags only); measured on dev they did not help, so the shipped model leaves them off
(see ``MODEL_CARD.md``).
"""
from __future__ import annotations

import math
from typing import Sequence

from khabar.ner import resources
from khabar.ner.clitics import core_of, strip_options
from khabar.text.normalize import dediacritize, normalize

OFFSETS = (-2, -1, 1, 2)
_CLITIC_UPOS = frozenset(("CCONJ", "ADP", "PRON", "PART", "DET", "SCONJ"))
_NO_MORPH: tuple[list[str], list[list[str]]] = ([], [[] for _ in OFFSETS])


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
                 affixes: bool = True, morph: bool | str = False, lexicon: bool | str = False,
                 lexicon_table: dict | None = None, embed: dict | None = None) -> None:
        self.use_clusters = clusters
        self.use_lexicon = lexicon
        #: induced name lexicon ``(kind, key) -> feature strings`` (``khabar.ner.lexicon``;
        #: ``lexicon="PER"``: its PER features only); ``lexicon_table`` overrides the shipped
        #: table (jackknifed tables while training)
        self._lex = ((lexicon_table if lexicon_table is not None else resources.lexicon(lexicon))
                     if lexicon else {})
        self.use_gaz = gazetteer
        self.use_clitics = clitics
        self.use_affixes = affixes
        self.use_morph = morph
        self._mcache: dict[tuple, tuple[list[str], list[list[str]]]] = {}
        self._cache: dict[str, tuple[list[str], list[list[str]], tuple[str, str]]] = {}
        self._clusters = resources.clusters() if clusters else {}
        self._gaz = resources.gazetteer() if gazetteer else {}
        self._heads = resources.gazetteer_heads() if gazetteer else {}
        self._trig = resources.triggers() if gazetteer else {}
        self._trig_len = max((len(k) for k in self._trig), default=0)
        self._trig_last = frozenset(k[-1] for k in self._trig)
        # gazetteer key -> its PER/LOC/ORG labels, sorted (the kinds such as LOC.city are
        # per-type features only)
        self._gaz_labels = {k: tuple(sorted(t for t in v if "." not in t))
                            for k, v in self._gaz.items()}
        self._ranks = resources.clusters()
        #: dense vector features (``khabar.ner.embed``; experimental, off when ``None``)
        self.use_embed = embed
        self._dense = None
        if embed:
            from khabar.ner.embed import Dense
            self._dense = Dense(embed, self._row_of)

    def config(self) -> dict[str, bool]:
        return {"clusters": self.use_clusters, "gazetteer": self.use_gaz,
                "clitics": self.use_clitics, "affixes": self.use_affixes,
                "morph": self.use_morph, "lexicon": self.use_lexicon}

    # -- per type ---------------------------------------------------------------------------
    def _row_of(self, w: str) -> int | None:
        """Row of ``w`` in the cluster vocabulary (cluster-feature lookup order) or ``None``."""
        cl = self._ranks
        k = cl.get(w)
        if k is None:
            rest = self.rest_of(w)
            c = core_of(w)
            k = (cl.get(rest) if rest is not None else None) or (
                cl.get("ال" + c) or cl.get(c) if c != w else None)
        return k[3] if k is not None else None

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

    def _type(self, w: str) -> tuple[list[str], list[list[str]], tuple[str, str]]:
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
        lx: tuple[str, ...] = ()
        nx = px = lx
        if self.use_lexicon:
            lex = self._lex
            lx = lex.get(("w", rest or w), ()) + lex.get(("c", rc or c), ())
            nx, px = lex.get(("n", w), ()), lex.get(("p", w), ())
            f.extend(lx)
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
            if o in (-1, 1):
                cf.extend(p + t for t in lx)
                cf.extend(p + t for t in (nx if o == -1 else px))
            ctx.append(cf)
        info = (f, ctx, (c, rc or c))
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[w] = info
        return info

    # -- per sentence -------------------------------------------------------------------------
    def _morph(self, norm: str, words) -> tuple[list[str], list[list[str]]]:
        """Features of a token's morphological analysis (clitic segmentation, UPOS, lemma):
        the UPOS sequence, the host word's UPOS (PADT tags names ``X``), its normalized
        form without the article when the segmenter split off clitics, and its lemma."""
        seq = "_".join([w.upos or "?" for w in words])
        host = None
        for w in words:
            if w.upos not in _CLITIC_UPOS and (host is None or len(w.text) > len(host.text)):
                host = w
        if host is None:
            host = max(words, key=lambda w: len(w.text))
        key = (norm, seq, host.text, host.lemma)
        info = self._mcache.get(key)
        if info is not None:
            return info
        hu = host.upos or "?"
        f = ["us=" + seq, "u=" + hu]
        if self.use_morph == "upos":
            pass
        elif len(words) > 1:
            hn = core_of(normalize(host.text))
            f.append("hw=" + hn)
        if host.lemma and hu != "X" and self.use_morph != "upos":
            f.append("lm=" + normalize(dediacritize(host.lemma)))
        ctx = [[f"{o}:u=" + hu] for o in OFFSETS]
        info = (f, ctx)
        if len(self._mcache) > 500_000:
            self._mcache.clear()
        self._mcache[key] = info
        return info

    def sentence(self, norms: Sequence[str], tokens: Sequence | None = None,
                 dense: bool = True) -> list:
        """Feature lists for one sentence of normalized tokens (``tokens``: the same tokens
        with their morphological ``words``, for the morphology features). With vector
        features on and ``dense``, ``{feature: value}`` items instead (see ``dense_items``)."""
        n = len(norms)
        infos = [self._type(w) for w in norms]
        minfo = None
        if self.use_morph and tokens is not None:
            minfo = [self._morph(w, t.words) if t.words else _NO_MORPH
                     for w, t in zip(norms, tokens)]
        out: list[list[str]] = []
        for i, (f, _, _) in enumerate(infos):
            feats = list(f)
            if minfo is not None:
                feats.extend(minfo[i][0])
                for j, o in enumerate(OFFSETS):
                    k = i + o
                    if 0 <= k < n and (o == -1 or o == 1):
                        feats.extend(minfo[k][1][j])
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
        return self.dense_items(norms, out) if dense else out

    def dense_items(self, norms: Sequence[str], feats: list) -> list:
        """``feats`` with the numeric vector features added (unchanged when those are off)."""
        return feats if self._dense is None else self._dense.items(norms, feats)

    def _gazetteer_spans(self, norms: Sequence[str], infos, out: list[list[str]]) -> None:
        """Multi-word gazetteer matches (longest at each start; ``G=B-LOC``/``G=I-LOC``) and
        trigger phrases ending right before a token (``T1=``) or one token earlier (``T2=``).
        Labels are emitted in sorted order (deterministic feature order)."""
        n = len(norms)
        heads = self._heads
        for i in range(n):
            c, r = infos[i][2]
            best = 0
            tags: tuple[str, ...] = ()
            for key in ((c,) if r == c else (c, r)):
                m = heads.get(key)
                if not m:
                    continue
                for length in range(min(m, n - i), best, -1):
                    t = self._gaz_labels.get((key,) + tuple(norms[i + 1:i + length]))
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
        if not self._trig_len:
            return
        trig = self._trig
        last = self._trig_last
        for i in range(1, n):
            prev = norms[i - 1]
            pc = infos[i - 1][2][0]
            if prev not in last and pc not in last:
                continue
            for length in range(1, min(self._trig_len, i) + 1):
                t = trig.get(tuple(norms[i - length:i]))
                if t is None and length == 1:
                    t = trig.get((pc,))
                if t:
                    for lab in sorted(t):
                        out[i].append("T1=" + lab)
                        if i + 1 < n:
                            out[i + 1].append("T2=" + lab)
