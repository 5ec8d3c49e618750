"""PADT-style vocalized lemmas for (word, UPOS): lexicon → edit class + diacritization → rules.

Model files (written by ``training.train_tagger``) in ``models/morph_tag``:
``lemma_lexicon.tsv.gz`` (form, UPOS, lemma, count), ``lemma_classes.json`` (edit classes and
diacritic marks), ``lemma_weights.npz`` with the two classifiers' weights and feature lists.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from khabar.morph.lemma_rules import apply_class, class_features, diac_features, join_diacritics
from khabar.morph.tag_features import normalize

IDENTITY_UPOS = frozenset({"PUNCT", "SYM", "NUM_DIGIT"})
TOP_K = 8
MARGIN = 2.0  # prefer a known lemma among candidates scoring within this of the best


def _most_common(c: Counter) -> str:
    return max(c.items(), key=lambda kv: (kv[1], kv[0]))[0]


class Lemmatizer:
    def __init__(self, entries: list[tuple[str, str, str, int]], classes: list[str],
                 cfeats: list[str], CW: np.ndarray, marks: list[str], dfeats: list[str],
                 DW: np.ndarray, context: list[tuple[str, str, str, str]] | None = None) -> None:
        by_fu: dict[tuple[str, str], Counter] = defaultdict(Counter)
        by_nu: dict[tuple[str, str], Counter] = defaultdict(Counter)
        base_u: dict[tuple[str, str], Counter] = defaultdict(Counter)
        base_a: dict[str, Counter] = defaultdict(Counter)
        from khabar.morph.lemma_rules import split_diacritics
        for form, upos, lemma, n in entries:
            by_fu[(form, upos)][lemma] += n
            by_nu[(normalize(form), upos)][lemma] += n
            b = split_diacritics(lemma)[0]
            base_u[(b, upos)][lemma] += n
            base_a[b][lemma] += n
        self.lex = {k: _most_common(v) for k, v in by_fu.items()}
        self.lexn = {k: _most_common(v) for k, v in by_nu.items()}
        # lemmas seen for the same form under another tag (fallback for tagging slips): names
        # (X/PROPN) are left out, as PADT often gives them their undiacritized form
        by_f: dict[str, Counter] = defaultdict(Counter)
        for form, upos, lemma, n in entries:
            if upos not in ("X", "PROPN"):
                by_f[form][lemma] += n
        self.lexf = {k: _most_common(v) for k, v in by_f.items()}
        by_nf: dict[str, Counter] = defaultdict(Counter)
        for (nf, u), c in by_nu.items():
            if u not in ("X", "PROPN"):
                by_nf[nf].update(c)
        self.lexnf = {k: _most_common(v) for k, v in by_nf.items()}
        self.base_u = {k: _most_common(v) for k, v in base_u.items()}
        self.base_a = {k: _most_common(v) for k, v in base_a.items()}
        self.classes = classes
        self.cfid = {f: i for i, f in enumerate(cfeats)}
        self.CW = CW.astype(np.float32)
        self.marks = marks
        self.dfid = {f: i for i, f in enumerate(dfeats)}
        self.DW = DW.astype(np.float32)
        self.cache: dict[tuple[str, str], str] = {}
        # (form, UPOS, UPOS of the next word) → lemma where the next word decides, e.g.
        # «أن» + verb → أَن, + noun → أَنَّ
        self.context = {(f, u, nu): l for f, u, nu, l in (context or [])}

    # -- files -------------------------------------------------------------------------
    @classmethod
    def load(cls, model_dir: Path) -> "Lemmatizer":
        entries = []
        with gzip.open(model_dir / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                f, u, l, n = line.rstrip("\n").split("\t")
                entries.append((f, u, l, int(n)))
        meta = json.loads((model_dir / "lemma_classes.json").read_text(encoding="utf-8"))
        with np.load(model_dir / "lemma_weights.npz", allow_pickle=False) as z:
            CW, DW = z["CW"], z["DW"]
        context = []
        cpath = model_dir / "lemma_context.tsv.gz"
        if cpath.exists():
            with gzip.open(cpath, "rt", encoding="utf-8") as fh:
                context = [tuple(line.rstrip("\n").split("\t")) for line in fh]
        return cls(entries, meta["classes"], meta["class_features"], CW, meta["marks"],
                   meta["diac_features"], DW, context)

    def lemmas(self, words: list[str], upos: list[str]) -> list[str | None]:
        """Lemmas of a sentence's words given their UPOS (the next word's UPOS may decide)."""
        out = [self.lemma(w, u) for w, u in zip(words, upos)]
        ctx = self.context
        if ctx:
            n = len(words)
            for i in range(n):
                r = ctx.get((words[i], upos[i], upos[i + 1] if i + 1 < n else "<E>"))
                if r is not None:
                    out[i] = r
        return out

    # -- prediction ----------------------------------------------------------------------
    def lemma(self, form: str, upos: str) -> str | None:
        key = (form, upos)
        r = self.cache.get(key)
        if r is None:
            r = self._lemma(form, upos)
            if len(self.cache) > 300_000:
                self.cache.clear()
            self.cache[key] = r
        return r

    def lemma_uncached(self, form: str, upos: str) -> str:
        """:meth:`lemma` without the cache (for callers that cache the result themselves)."""
        return self._lemma(form, upos)

    def _lemma(self, form: str, upos: str) -> str:
        if upos in ("PUNCT", "SYM") or (upos == "NUM" and any(c.isdigit() for c in form)):
            return form
        r = self.lex.get((form, upos))
        if r is not None:
            return r
        nf = normalize(form)
        r = self.lexn.get((nf, upos))
        if r is not None:
            return r
        if upos not in ("X", "PROPN"):
            # the tagger may have picked a neighbouring tag (NOUN/ADJ/VERB): a lemma seen for
            # the same form under another tag beats a guess
            r = self.lexf.get(form)
            if r is not None:
                return r
            r = self.lexnf.get(nf)
            if r is not None:
                return r
        if not any("\u0621" <= c <= "\u064A" for c in form):
            return form
        base = self.predict_base(form, upos)
        return self.diacritize(base, upos)

    def predict_base(self, form: str, upos: str) -> str:
        fids = [self.cfid[f] for f in class_features(form, upos) if f in self.cfid]
        if not fids:
            return form
        s = self.CW[fids].sum(0)
        order = np.argsort(-s)[:TOP_K]
        best = None
        best_score = 0.0
        for ci in order:
            b = apply_class(form, self.classes[ci])
            if not b:
                continue
            sc = float(s[ci])
            if best is None:
                best, best_score = b, sc
                if (b, upos) in self.base_u:
                    return b
                continue
            if sc < best_score - MARGIN:
                break
            if (b, upos) in self.base_u:
                return b
        return best if best is not None else form

    def diacritize(self, base: str, upos: str) -> str:
        r = self.base_u.get((base, upos))
        if r is not None:
            return r
        if upos in ("X", "PROPN"):
            return base
        r = self.base_a.get(base)
        if r is not None:
            return r
        marks = []
        for i in range(len(base)):
            fids = [self.dfid[f] for f in diac_features(base, i, upos) if f in self.dfid]
            marks.append(self.marks[int(self.DW[fids].sum(0).argmax())] if fids else "")
        return join_diacritics(base, marks)
