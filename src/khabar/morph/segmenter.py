"""Clitic segmentation of surface tokens into syntactic words, following UD Arabic-PADT.

``segment_tokens(["بالوفدين", "وأكد", "لسكانها"])`` →
``[("ب", "الوفدين"), ("و", "أكد"), ("ل", "سكان", "ها")]``.

Proclitics و ف ب ل ك س and one pronoun enclitic (ه ها هم هما هن ك كم كما نا ي ني) are split
off; the article ال stays on its noun. Word texts follow PADT: diacritics and tatweel removed,
ل + ال restored («للصناعة» → ل + الصناعة), ta marbuta / alef maqsura / final hamza restored
before a suffix («حكومته» → حكومة + ه), hamza spelled as PADT spells it («واضاف» → و + أضاف).
A token that stays whole keeps its surface text as its one word; non-Arabic tokens, digits
and punctuation are always one word.

Decisions: a surface form seen in PADT train gets its most frequent training analysis
(memorization; when analyses come within one occurrence of each other, the one the ranking
model prefers — chosen at training time); any other Arabic token is analysed by the ranking model in
:mod:`khabar.morph.seg_model`. Results are cached per token type; two choices depend on the
sentence: a small previous-token table for ambiguous seen forms, and the hamza of a bare-alef
«ان» word inside a split token (إن or أن, :mod:`khabar.morph.seg_hamza`). The model files in
``khabar/models/morph_seg`` load on first use, never at import.
"""
from __future__ import annotations

import threading
from itertools import repeat
from pathlib import Path

from khabar.morph.compiled import SEG_SOURCES, read_compiled
from khabar.morph.loading import gc_paused
from khabar.morph.seg_hamza import choose, needs_choice
from khabar.morph.seg_load import _read_news, parse_sources  # noqa: F401  (re-exported)
from khabar.morph.seg_model import Resources, candidates, features, words_of
from khabar.morph.seg_table import agrees, read_table
from khabar.morph.seg_text import fold, is_arabic_word, strip

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "morph_seg"

_LOCK = threading.Lock()
_MODEL: "_Model | None" = None
_CACHE: dict[str, tuple[str, ...]] = {}
_MAX_CACHE = 150_000          # token forms cached; then cleared
_ZEROS = repeat(0.0)
_CTX_FORMS: set[str] = set()     # forms whose analysis depends on the previous token
_AN_FORMS: set[str] = set()      # forms that may hold an إن/أن word of unwritten hamza


class _Model:
    def __init__(self, folder: Path | None, tables: dict | None = None) -> None:
        """Tables from ``compiled.marshal`` when it matches the sources, else parsed from
        them (or ``tables`` as :func:`parse_sources` returns them). Raises
        :class:`ResourceError`."""
        t = tables or read_compiled(folder, SEG_SOURCES) or parse_sources(folder)
        self.weights: dict[str, float] = t["weights"]
        self.memo: dict[str, tuple[str, ...]] = t["memo"]
        self.context: dict[str, dict[str, tuple[str, ...]]] = t["context"]
        self.an: dict[str, float] = t["an"]
        self.res = Resources(news=t["news"], spell=t["spell"], unsplit=t["unsplit"],
                             host=t["host"], hostword=t["hostword"], rewrite=t["rewrite"],
                             hostspell=t.get("hostspell", {}))
        # stored analyses of frequent news tokens (seg_table): the same words, less work
        self.table: dict[str, tuple[str, ...]] = {}
        stored = read_table(folder) if folder is not None else None
        if stored and agrees(stored, self._untabled):
            self.table = stored

    def analyze(self, base: str) -> tuple[str, ...]:
        """Words of a stripped Arabic token; ``()`` means "leave whole"."""
        hit = self.memo.get(base)
        if hit is not None:
            return hit
        hit = self.table.get(base)
        if hit is not None:
            return hit
        return self._rank(base)

    def _untabled(self, base: str) -> tuple[str, ...]:
        """:meth:`analyze` without the stored table (what the table must hold)."""
        hit = self.memo.get(base)
        return hit if hit is not None else self._rank(base)

    def _rank(self, base: str) -> tuple[str, ...]:
        """Words of a stripped Arabic token the memo does not hold, by the ranking model."""
        cands = candidates(base)
        if len(cands) == 1:
            return ()
        res, w = self.res, self.weights
        tn = res.news.get(fold(base), 0)
        best, best_score = cands[0], None
        get = w.get
        for c in cands:
            sc = sum(map(get, features(base, c, res, tn), _ZEROS))
            if best_score is None or sc > best_score:
                best, best_score = c, sc
        if not best[0] and not best[1]:
            return ()
        return words_of(base, best, res)


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                with gc_paused():
                    _MODEL = _Model(MODEL_DIR)
    return _MODEL


def reload(folder: str | Path | None = None) -> None:
    """(Re)load the model, from ``folder`` if given (used by training and tests)."""
    global _MODEL, MODEL_DIR
    with _LOCK:
        if folder is not None:
            MODEL_DIR = Path(folder)
        _MODEL = None
        _CACHE.clear()
        _CTX_FORMS.clear()
        _AN_FORMS.clear()


def install(tables: dict) -> None:
    """Use a model built in memory from ``tables`` (:func:`parse_sources`' keys; training's
    cross-validation) until the next :func:`reload`."""
    global _MODEL
    reload()
    _MODEL = _Model(None, tables)


def segment_token(form: str) -> tuple[str, ...]:
    """The syntactic words of one surface token (never empty; words never empty)."""
    hit = _CACHE.get(form)
    if hit is not None:
        return hit
    model = _MODEL if _MODEL is not None else _model()
    base = strip(form)
    words: tuple[str, ...] = ()
    if is_arabic_word(base):
        words = model.analyze(base)
    if not words or "" in words:
        words = (form,)
    ctx = model.context.get(base)
    if ctx is not None:
        _CTX_FORMS.add(form)
    if model.an and (needs_choice(base, words) >= 0 or ctx is not None and any(
            needs_choice(base, ws) >= 0 for ws in ctx.values())):
        _AN_FORMS.add(form)
    if len(_CACHE) >= _MAX_CACHE:
        _CACHE.clear()
        _CTX_FORMS.clear()
        _AN_FORMS.clear()
    _CACHE[form] = words
    return words


def segment_tokens(forms: list[str]) -> list[tuple[str, ...]]:
    """Words of each token of one sentence (see module docstring)."""
    cache = _CACHE
    ctx_forms = _CTX_FORMS
    an_forms = _AN_FORMS
    out = []
    append = out.append
    for i, f in enumerate(forms):
        hit = cache.get(f)
        if hit is None:
            hit = segment_token(f)
        if f in ctx_forms:
            alt = _model().context[strip(f)].get(strip(forms[i - 1]) if i else "")
            if alt is not None:
                hit = alt or (f,)
        if f in an_forms:
            k = needs_choice(strip(f), hit)
            if k >= 0:
                w = choose(_model().an, forms, i)
                if w != hit[k]:
                    hit = hit[:k] + (w,) + hit[k + 1:]
        append(hit)
    return out


__all__ = ["segment_token", "segment_tokens", "reload"]
