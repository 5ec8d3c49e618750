"""PADT-style vocalized lemmas for (word, UPOS): lexicon → edit class + diacritization → rules.

Model files (written by ``training.train_tagger``) in ``models/morph_tag``:
``lemma_lexicon.tsv.gz`` (form, UPOS, lemma, count), ``lemma_classes.json`` (edit classes and
diacritic marks), ``lemma_weights.npz`` with the two classifiers' weights and feature lists.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Hashable, Iterable

import numpy as np

from khabar.morph.lemma_rules import apply_class, class_features, diac_features, join_diacritics
from khabar.morph.seg_text import fold
from khabar.morph.tag_constraints import group_plurals, plural_candidates, read_plurals
from khabar.morph.tag_features import normalize

_DIGITS = [str(k) for k in range(64)]
_LN10 = ["ln=%d" % k for k in range(11)]
_SK = ["s%d=" % k for k in range(6)]
_USK = ["us%d=" % k for k in range(6)]
_PK = ["p%d=" % k for k in range(6)]
_UPK = ["up%d=" % k for k in range(6)]


class _Skeleton(dict):
    """A str.translate table: pattern letters kept, every other character → «C»."""

    def __init__(self, keep: str) -> None:
        super().__init__((ord(c), c) for c in keep)

    def __missing__(self, o: int) -> str:
        return "C"


_CLASS_SKEL = _Skeleton("امتوينسةىأإآئؤء")   # as in lemma_rules.class_features
_DIAC_SKEL = _Skeleton("امتوينسةىأإآ")        # as in lemma_rules.diac_features


def _diac_features_reference(base: str, upos: str) -> list[list[str]]:
    return [diac_features(base, i, upos) for i in range(len(base))]


IDENTITY_UPOS = frozenset({"PUNCT", "SYM", "NUM_DIGIT"})
TOP_K = 12
_LEMMA_CACHE = 150_000  # (form, UPOS) → lemma entries kept; then cleared
MARGIN = 12.0  # prefer a known (or news-attested) lemma among candidates within this of the best
NEWS_MIN = 10  # a candidate lemma this frequent in raw news counts as attested (chosen on dev)


_WEAK = frozenset("اويةىءأإآؤئ")


def _keeps_letters(lemma: str, form: str) -> bool:
    """Is every letter of ``lemma`` but the weak ones and hamzas found in ``form``?"""
    return all(c in form or c in _WEAK for c in lemma)


_NAMES = ("X", "PROPN")


def _best_by(triples: Iterable[tuple[Hashable, str, int]]) -> dict:
    """``{key: value}`` with each key's most frequent value (counts summed; ties → the larger
    value), from ``(key, value, count)`` triples."""
    tot: dict[tuple[Hashable, str], int] = {}
    for k, v, n in triples:
        kv = (k, v)
        tot[kv] = tot.get(kv, 0) + n
    best: dict[Hashable, tuple[int, str]] = {}
    for (k, v), n in tot.items():
        b = best.get(k)
        if b is None or (n, v) > b:
            best[k] = (n, v)
    return {k: v for k, (_, v) in best.items()}


class Lemmatizer:
    def __init__(self, entries: list[tuple[str, str, str, int]], classes: list[str],
                 cfeats: list[str], CW: np.ndarray, marks: list[str], dfeats: list[str],
                 DW: np.ndarray, context: list[tuple[str, str, str, str]] | None = None) -> None:
        from khabar.morph.lemma_rules import split_diacritics
        rows = [(f, normalize(f), u, split_diacritics(lem)[0], lem, n)
                for f, u, lem, n in entries]
        self.lex = _best_by(((f, u), lem, n) for f, _, u, _, lem, n in rows)
        self.lexn = _best_by(((nf, u), lem, n) for _, nf, u, _, lem, n in rows)
        # lemmas seen for the same form under another tag (fallback for tagging slips): names
        # (X/PROPN) are left out, as PADT often gives them their undiacritized form
        self.lexf = _best_by((f, lem, n) for f, _, u, _, lem, n in rows if u not in _NAMES)
        self.lexnf = _best_by((nf, lem, n) for _, nf, u, _, lem, n in rows if u not in _NAMES)
        self.base_u = _best_by(((b, u), lem, n) for _, _, u, b, lem, n in rows)
        self.base_a = _best_by((b, lem, n) for _, _, _, b, lem, n in rows)
        self.classes = classes
        self.cfid = {f: i for i, f in enumerate(cfeats)}
        self.CW = CW    # float16 as stored; rows are summed in float32 (no load-time copy)
        self.marks = marks
        self.dfid = {f: i for i, f in enumerate(dfeats)}
        self.DW = DW.astype(np.float32)
        self.cache: dict[tuple[str, str], str] = {}
        self.plurals: dict[tuple[str, int], list[tuple[str, str]]] = {}   # set_plurals
        self.news: dict[str, int] | None = None   # raw-news counts (set by the tagger's loader)
        self.spell: dict[str, str] | None = None  # folded key → news spelling (likewise)
        # (form, UPOS, UPOS of the next word) → lemma where the next word decides, e.g.
        # «أن» + verb → أَن, + noun → أَنَّ
        self.context = {(f, u, nu): l for f, u, nu, l in (context or [])}
        if not self._fast_features_agree():
            self._class_features = class_features  # type: ignore[method-assign]
            self._diac_features = _diac_features_reference  # type: ignore[method-assign]

    # -- features (unrolled copies of lemma_rules' definitions, checked at load) ----------
    @staticmethod
    def _class_features(form: str, upos: str) -> list[str]:
        """:func:`~khabar.morph.lemma_rules.class_features`, written out for speed."""
        L = len(form)
        m = L if L < 10 else 10
        f = ["b", "u=" + upos, _LN10[m], "uln=" + upos + _DIGITS[m]]
        for k in range(1, 6 if L >= 5 else L + 1):
            e = form[-k:]
            f.append(_SK[k] + e)
            f.append(_USK[k] + upos + e)
        for k in range(1, 5 if L >= 4 else L + 1):
            e = form[:k]
            f.append(_PK[k] + e)
            f.append(_UPK[k] + upos + e)
        if L >= 3:
            f.append("ps=" + upos + form[:2] + form[-2:])
        sk = form.translate(_CLASS_SKEL)
        f.append("sk=" + upos + sk)
        f.append("sk3=" + upos + sk[-4:])
        return f

    @staticmethod
    def _diac_features(base: str, upos: str) -> list[list[str]]:
        """:func:`~khabar.morph.lemma_rules.diac_features` of every letter of ``base``."""
        w = "^^" + base + "$$"
        L = len(base)
        sk = base.translate(_DIAC_SKEL)
        sL = _DIGITS[L] if L < len(_DIGITS) else str(L)
        out = []
        for i in range(L):
            j = i + 2
            c = w[j]
            si = _DIGITS[i] if i < len(_DIGITS) else str(i)
            out.append(["b", "c=" + c, "u=" + upos + c,
                        "l1=" + w[j - 1] + c, "r1=" + c + w[j + 1], "l2=" + w[j - 2:j + 1],
                        "r2=" + w[j:j + 3], "lr=" + w[j - 1:j + 2], "lr2=" + w[j - 2:j + 3],
                        "ps=" + _DIGITS[i if i < 6 else 6] + c,
                        "pe=" + _DIGITS[L - 1 - i if L - 1 - i < 6 else 6] + c,
                        "pl=" + si + "|" + sL + "|" + c, "ul=" + upos + si + "|" + sL,
                        "sk=" + sk + "|" + si,
                        "skw=" + sk[max(0, i - 2):i + 3] + "|" + _DIGITS[i if i < 3 else 3] + "|" + c])
        return out

    def _fast_features_agree(self) -> bool:
        for form in ("الالمانية", "حرائق", "و", "ها", "ب", "قالوا", "استراتيجياتهم", "ئؤء",
                     "a", "", "مستشفى", "الكهروضوئيات"):
            for upos in ("NOUN", "ADJ", "VERB", "X", "PROPN"):
                if self._class_features(form, upos) != class_features(form, upos):
                    return False
                if self._diac_features(form, upos) != _diac_features_reference(form, upos):
                    return False
        return True

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
        lem = cls(entries, meta["classes"], meta["class_features"], CW, meta["marks"],
                  meta["diac_features"], DW, context)
        lem.set_plurals(read_plurals(model_dir / "lemma_plurals.tsv"))
        return lem

    def set_plurals(self, rows: list[tuple]) -> None:
        """Broken-plural templates ``(UPOS, form template, lemma template, count)`` (see
        :mod:`khabar.morph.tag_constraints`). Raises ValueError on a bad row."""
        self.plurals = group_plurals(rows)
        self.cache.clear()

    def _plural_lemma(self, form: str, upos: str) -> str | None:
        """A train lemma of ``upos`` that a plural template maps ``form`` to, else None."""
        base_u = self.base_u
        for cand in plural_candidates(self.plurals, form, upos):
            if (cand, upos) in base_u:
                return cand
        return None

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
            if len(self.cache) >= _LEMMA_CACHE:
                self.cache.clear()
            self.cache[key] = r
        return r

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
        """The undiacritized lemma: among the TOP_K edit classes scoring within MARGIN of the
        best, the first giving a lemma seen in training, else the first giving a word attested
        ``NEWS_MIN`` times in raw news (``self.news``, folded keys), else the best; then a broken-
        plural template giving a train lemma (NOUN/ADJ), else that result with its initial
        alef spelled as raw news spells it (``self.spell``). Candidates
        more than 2 below the best that bring in consonants absent from ``form`` are skipped."""
        cfid = self.cfid
        fids = [i for i in map(cfid.get, self._class_features(form, upos)) if i is not None]
        if not fids:
            return form
        s = self.CW[fids].sum(0, dtype=np.float32)
        order = np.argsort(-s)[:TOP_K].tolist()
        best = attested = None
        best_score = 0.0
        classes = self.classes
        news = self.news
        for ci in order:
            b = apply_class(form, classes[ci])
            if not b:
                continue
            sc = float(s[ci])
            if best is None:
                best, best_score = b, sc
            elif sc < best_score - MARGIN:
                break
            if sc < best_score - 2.0 and not _keeps_letters(b, form):
                continue    # far from the best and brings in new consonants: implausible
            if (b, upos) in self.base_u:
                return b
            if attested is None and news is not None and news.get(fold(b), 0) >= NEWS_MIN:
                attested = b
        if self.plurals and upos in ("NOUN", "ADJ"):
            p = self._plural_lemma(form, upos)
            if p is not None:
                return p
        b = attested or best or form
        # the first letter (hamza or bare alef) as raw news spells the word: «انذار» → إنذار,
        # «اوهايو» → أوهايو
        # (dev, gold segmentation: lemma dediacritized 96.65 → 96.79; respelling every
        # letter: 96.76)
        if self.spell is None:
            return b
        k = fold(b)
        s = self.spell.get(k)
        if s is None and b[:1] in "أإآ" and news is not None and news.get(k, 0) >= NEWS_MIN:
            s = k       # news spells it as its folded key: a bare alef («استفاد», «اثنان»)
        if s and len(s) == len(b) and s[1:] == b[1:]:
            return s
        return b

    def diacritize(self, base: str, upos: str) -> str:
        r = self.base_u.get((base, upos))
        if r is not None:
            return r
        if upos in ("X", "PROPN"):
            return base
        r = self.base_a.get(base)
        if r is not None:
            return r
        # the classifier for every letter at once: one gather, one sum per letter
        dfid = self.dfid
        rows: list[int] = []
        starts: list[int] = []
        has: list[bool] = []
        for feats in self._diac_features(base, upos):
            fids = [i for i in map(dfid.get, feats) if i is not None]
            has.append(bool(fids))
            if fids:
                starts.append(len(rows))
                rows += fids
        best = np.add.reduceat(self.DW[rows], starts, axis=0).argmax(1).tolist() if rows else []
        marks = []
        k = 0
        for h in has:
            if h:
                marks.append(self.marks[best[k]])
                k += 1
            else:
                marks.append("")
        return join_diacritics(base, marks)
