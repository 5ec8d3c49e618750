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
                 affixes: bool = True, morph: bool | str = False, names: bool = False) -> None:
        self.use_clusters = clusters
        self.use_gaz = gazetteer
        self.use_clitics = clitics
        self.use_affixes = affixes
        self.use_morph = morph
        self.use_names = names
        self.names: Names | None = None  # loaded on first use (see Names)
        self._mcache: dict[tuple, tuple[list[str], list[list[str]]]] = {}
        self._cache: dict[str, tuple[list[str], list[list[str]], tuple[str, ...]]] = {}
        self._clusters = resources.clusters() if clusters else {}
        self._gaz = resources.gazetteer() if gazetteer else {}
        self._heads = resources.gazetteer_heads() if gazetteer else {}
        self._trig = resources.triggers() if gazetteer else {}
        self._trig_len = max((len(k) for k in self._trig), default=0)
        self._ranks = resources.clusters()

    def config(self) -> dict[str, bool]:
        return {"clusters": self.use_clusters, "gazetteer": self.use_gaz,
                "clitics": self.use_clitics, "affixes": self.use_affixes,
                "morph": self.use_morph, "names": self.use_names}

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
                 names: "Names | None" = None) -> list[list[str]]:
        """Feature lists for one sentence of normalized tokens (``tokens``: the same tokens
        with their morphological ``words``, for the morphology features)."""
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
        if self.use_names:
            if names is None:
                if self.names is None:
                    self.names = Names.load()
                names = self.names
            self._name_spans(norms, infos, out, names)
        return out

    def _name_spans(self, norms: Sequence[str], infos, out: list[list[str]],
                    names: "Names") -> None:
        """Matches of the training data's own names (the longest at each start):
        ``N=B-PER`` / ``N=I-PER`` … (trained with jackknifed lists, see ``Names``)."""
        n = len(norms)
        heads = names.heads
        table = names.table
        i = 0
        while i < n:
            key = infos[i][2][1]
            m = heads.get(key)
            if not m:
                i += 1
                continue
            for length in range(min(m, n - i), 0, -1):
                t = table.get((key,) + tuple(norms[i + 1:i + length]))
                if t:
                    out[i].append("N=B-" + t)
                    for j in range(i + 1, i + length):
                        out[j].append("N=I-" + t)
                    i += length - 1
                    break
            i += 1

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


class Names:
    """The training data's own entity names: key words (first word without proclitics and
    article, the rest as written, like the gazetteer keys) -> the label seen most often.

    Training uses a jackknifed list per fold (names from the other folds only), so the
    feature is as reliable in training as on new text; the shipped model reads the list
    built from the whole training split (``names.tsv`` in the model directory)."""

    FILE = "names.tsv"

    def __init__(self, table: dict[tuple[str, ...], str]) -> None:
        self.table = table
        self.heads: dict[str, int] = {}
        for k in table:
            self.heads[k[0]] = max(self.heads.get(k[0], 0), len(k))

    @classmethod
    def load(cls) -> "Names":
        path = resources.MODEL_DIR / cls.FILE
        table: dict[tuple[str, ...], str] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            from khabar.errors import ResourceError
            raise ResourceError(f"NER names list {path} is missing; reinstall khabar or run "
                                f"'PYTHONPATH=src python3 -m training.train_ner'") from None
        for line in lines:
            if line and not line.startswith("#"):
                lab, _, words = line.partition("\t")
                table[tuple(words.split(" "))] = lab
        return cls(table)

    @classmethod
    def build(cls, featurizer: "Featurizer", sentences) -> "Names":
        """From ``(normalized tokens, BIO labels)`` pairs; ties go to the first label seen."""
        from khabar.ner.tagger import bio_spans
        votes: dict[tuple[str, ...], dict[str, int]] = {}
        for norms, labels in sentences:
            for i, j, lab in bio_spans(labels):
                key = (featurizer._type(norms[i])[2][1],) + tuple(norms[i + 1:j])
                v = votes.setdefault(key, {})
                v[lab] = v.get(lab, 0) + 1
        return cls({k: max(v, key=v.__getitem__) for k, v in votes.items()})

    def save(self, path) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("# label<TAB>key words (ANERcorp train names; see khabar.ner.features.Names)\n")
            for k, lab in sorted(self.table.items(), key=lambda kv: (kv[0], kv[1])):
                fh.write(f"{lab}\t{' '.join(k)}\n")
