"""PADT-style vocalized lemmas for (word, UPOS): lexicon → edit class + diacritization → rules.

Model files (written by ``training.train_tagger``) in ``models/morph_tag``:
``lemma_lexicon.tsv.gz`` (form, UPOS, lemma, count), ``lemma_classes.json`` (edit classes and
diacritic marks), ``lemma_weights.npz`` with the two classifiers' weights and feature lists.
"""
from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import numpy as np

from khabar.lang.chars import DIACRITICS
from khabar.morph._fast_vowels import Vowels
from khabar.morph.lemma_choose import MARGIN, NEWS_MIN, BaseChoice, _keeps_letters  # noqa: F401
from khabar.morph._fast_weights import compact_rows, dense, dense_rows
from khabar.morph.lemma_fast import (class_features_fast, compile_class, diac_features_fast,
                                     diac_features_reference, fast_agrees)
from khabar.morph.lemma_news import (broken_singular, feminine_plural, name_base, stem, verb_hamza)
from khabar.morph.lemma_rules import apply_class, class_features
from khabar.morph.lemma_tables import lexicon_tables, parse_files
from khabar.morph.seg_text import fold
from khabar.morph.tag_constraints import group_plurals
from khabar.morph.tag_features import normalize

_NO_DIACRITICS = {ord(c): None for c in DIACRITICS}

IDENTITY_UPOS = frozenset({"PUNCT", "SYM", "NUM_DIGIT"})
TOP_K = 12
_LEMMA_CACHE = 150_000  # (form, UPOS) → lemma entries kept; then cleared
_NAMES = ("X", "PROPN")
_NOMINAL = ("NOUN", "ADJ")
_SUM = np.add.reduce
_ARABIC_LETTER = re.compile("[\u0621-\u064A]")


class Lemmatizer(Vowels, BaseChoice):
    """Lemmas of (form, UPOS); diacritization from :class:`~khabar.morph._fast_vowels.Vowels`."""

    def __init__(self, entries: list[tuple[str, str, str, int]], classes: list[str],
                 cfeats: list[str], CW: np.ndarray, marks: list[str], dfeats: list[str],
                 DW: np.ndarray, context: list[tuple[str, str, str, str]] | None = None,
                 tables: tuple[dict, ...] | None = None, checked: bool = False,
                 cw_rows: np.ndarray | None = None) -> None:
        """``tables``: :func:`lexicon_tables` of ``entries`` if already built (then
        ``entries`` is not read); ``checked``: :func:`fast_agrees` is known to hold for this
        code and ``classes`` (verified when the compiled file was built), so it is not run;
        ``cw_rows``: each class feature's row of ``CW`` (default: row i for feature i; see
        :func:`~khabar.morph._fast_weights.dense_rows`). Raises nothing itself."""
        (self.lex, self.lexn, self.lexf, self.lexnf, self.base_u,
         self.base_a) = tables if tables is not None else lexicon_tables(entries)
        self.classes = classes
        # = {f: i for i, f in …}, or each feature's row of the compacted CW
        self.cfid = dict(zip(cfeats, range(len(cfeats)) if cw_rows is None else cw_rows.tolist()))
        # float32 (≈ 12 MB: all-zero rows left out), gathered and summed without a conversion;
        # built from the nonzero cells of compiled.marshal (see _fast_weights)
        self.CW = CW if CW.dtype == np.float32 else CW.astype(np.float32)
        self.marks = marks
        self.dfid = dict(zip(dfeats, range(len(dfeats))))
        self.DW = DW.astype(np.float32)
        self.cache: dict[tuple[str, str], str] = {}
        # stored predictions (lemma_table) and the (news, spell, plurals) they hold for
        self._table: dict[tuple[str, str], str] = {}
        self._table_for: tuple = ()
        self.plurals: dict[tuple[str, int], list[tuple[str, str]]] = {}   # set_plurals
        self._plurals_parsed: tuple[dict | None, dict] = (None, {})
        self.news: dict[str, int] | None = None   # raw-news counts (set by the tagger's loader)
        self.spell: dict[str, str] | None = None  # folded key → news spelling (likewise)
        # (form, UPOS, UPOS of the next word) → lemma where the next word decides, e.g.
        # «أن» + verb → أَن, + noun → أَنَّ
        self.context = {(f, u, nu): l for f, u, nu, l in (context or [])}
        self._class_features = class_features_fast
        self._diac_features = diac_features_fast
        self._apply = [compile_class(c) for c in classes]   # class index → form → base
        if not checked and not fast_agrees(classes):
            self._class_features = class_features
            self._diac_features = diac_features_reference
            self._apply = [partial(apply_class, cls=c) for c in classes]

    # -- files -------------------------------------------------------------------------
    @classmethod
    def load(cls, model_dir: Path, parsed: dict | None = None,
             checked: bool = False) -> "Lemmatizer":
        """From ``model_dir`` (``parsed``: its :meth:`parse` result if already at hand;
        ``checked``: see :meth:`__init__`). Raises OSError, ValueError or KeyError on missing
        or damaged files."""
        t = cls.parse(model_dir) if parsed is None else parsed
        if "weights" in t:      # from compiled.marshal (khabar.morph._fast_weights)
            (CW, rows), DW = dense_rows(t["weights"]["CW"]), dense(t["weights"]["DW"])
        else:
            with np.load(model_dir / "lemma_weights.npz", allow_pickle=False) as z:
                (CW, rows), DW = compact_rows(z["CW"]), z["DW"]
        if len(rows) != len(t["class_features"]):
            raise ValueError("lemma class weights for another feature list")
        lem = cls([], t["classes"], t["class_features"], CW, t["marks"], t["diac_features"],
                  DW, t["context"], tables=tuple(t["tables"]), checked=checked, cw_rows=rows)
        lem.set_plurals(t["plurals"])
        return lem

    @staticmethod
    def parse(model_dir: Path) -> dict:
        """The lemmatizer's text files parsed (all but the weights; marshal-able).
        Raises OSError, ValueError or KeyError on missing or damaged files."""
        return parse_files(model_dir)

    def set_plurals(self, rows: list[tuple]) -> None:
        """Broken-plural templates ``(UPOS, form template, lemma template, count)`` (see
        :mod:`khabar.morph.tag_constraints`). Raises ValueError on a bad row."""
        self.plurals = group_plurals(rows)
        self.cache.clear()

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
        r = self._lookup(form, upos)
        if r is None:
            r = self.stored().get((form, upos))
            if r is None:
                r = self.predict(form, upos)
        return r

    def predict(self, form: str, upos: str) -> str:
        """The classifiers' lemma (what the lexicon does not settle). Raises nothing."""
        return self.diacritize(self.predict_base(form, upos), upos)

    def set_table(self, table: dict[tuple[str, str], str] | None) -> bool:
        """Use the stored predictions ``table`` (:mod:`khabar.morph.lemma_table`) while the
        news counts, spellings and plural templates stay as they are now; a table whose
        sampled entries :meth:`predict` gives otherwise is not used. Whether it is used.
        Raises nothing."""
        from khabar.morph.lemma_table import agrees
        self._table, self._table_for = {}, ()
        if not table or not agrees(table, self.predict):
            return False
        self._table, self._table_for = table, (self.news, self.spell, self.plurals)
        return True

    def stored(self) -> dict[tuple[str, str], str]:
        """The stored predictions, empty when the state they hold for has changed."""
        t = self._table_for
        if t and t[0] is self.news and t[1] is self.spell and t[2] is self.plurals:
            return self._table
        return {}

    def _lookup(self, form: str, upos: str) -> str | None:
        """The lemma without the classifiers (identity, lexicon), else None: predict it."""
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
        if _ARABIC_LETTER.search(form) is None:     # no letter U+0621–U+064A
            return form
        return None

    def predict_base(self, form: str, upos: str) -> str:
        """The undiacritized lemma: among the TOP_K edit classes scoring within MARGIN of the
        best, the first giving a lemma seen in training, else the first giving a word attested
        ``NEWS_MIN`` times in raw news (``self.news``, folded keys), else the best; then a broken-
        plural template giving a train lemma (NOUN/ADJ), else that result with its initial
        alef spelled as raw news spells it (``self.spell``). Candidates
        more than 2 below the best that bring in consonants absent from ``form`` are skipped,
        and so are all but the best that drop a sure root letter. Then the rules of
        :mod:`khabar.morph.lemma_news`: a verb none of whose candidates is known gets the
        news-attested past-tense pattern of its stem, and its final hamza on alef; a name
        keeps its letters (the first may change); a NOUN/ADJ «…ات» plural takes or drops ة
        as news writes its singular, and a form left unchanged may be a broken plural whose
        news-attested singular wins. Raises nothing."""
        fids = self._class_rows(form, upos)
        if not fids:
            return form
        # = np.add.reduce(CW.take(fids, axis=0), axis=0), np.argsort(-s)[:TOP_K]; written
        # as the cheaper calls (positional axes, the method without np.argsort's wrapper)
        s = _SUM(self.CW.take(fids, 0), 0)
        top = (-s).argsort()[:TOP_K]
        b = self._choose_base(form, upos, top.tolist(), s[top].tolist())
        if upos in _NAMES:
            return name_base(form, b)
        if upos == "VERB":
            return verb_hamza(b)
        news = self.news
        if upos in _NOMINAL and news is not None:
            b = feminine_plural(form, b, news)
            if (b, upos) not in self.base_u:
                st = stem(form)
                if b == st or fold(b) == fold(st):
                    return broken_singular(st, news) or b
        return b

    def _class_rows(self, form: str, upos: str) -> list[int]:
        """The edit-class classifier's known feature rows of (form, UPOS), in feature order."""
        cfid = self.cfid
        return [i for i in map(cfid.get, self._class_features(form, upos)) if i is not None]
