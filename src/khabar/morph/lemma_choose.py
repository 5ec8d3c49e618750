"""How the lemmatizer picks the undiacritized lemma among its edit classes' candidates.

A mixin of :class:`~khabar.morph.lemmatizer.Lemmatizer` (it reads the lemmatizer's ``_apply``,
``news``, ``spell``, ``base_u`` and ``plurals``); split from :mod:`khabar.morph.lemmatizer`.
Raises nothing.
"""
from __future__ import annotations

from khabar.morph.lemma_news import root_letters, verb_backoff
from khabar.morph.seg_text import fold
from khabar.morph.tag_constraints import fill_template, parse_template

MARGIN = 12.0  # prefer a known (or news-attested) lemma among candidates within this of the best
NEWS_MIN = 10  # a candidate lemma this frequent in raw news counts as attested (chosen on dev)


_WEAK = "اويةىءأإآؤئ"


def _keeps_letters(lemma: str, form: str) -> bool:
    """Is every letter of ``lemma`` but the weak ones and hamzas found in ``form``?
    (``str.strip`` with those letters leaves nothing exactly when so.)"""
    return not lemma.strip(form + _WEAK)


class BaseChoice:
    """:meth:`_choose_base`, :meth:`_respell` and :meth:`_plural_lemma` of the lemmatizer."""

    _apply: list
    news: dict[str, int] | None
    spell: dict[str, str] | None
    base_u: dict
    plurals: dict
    _plurals_parsed: tuple[dict | None, dict]   # (plurals, compile_plurals(plurals))

    def _choose_base(self, form: str, upos: str, top: list[int], scores: list[float]) -> str:
        """:meth:`predict_base` given the TOP_K classes ``top`` (best first) and their scores."""
        best = attested = None
        best_score = 0.0
        apply = self._apply
        news = self.news
        base_u = self.base_u
        sure = None     # root_letters(form), when a second candidate needs it
        keep = form + _WEAK     # a candidate made of these letters only keeps the word's
        for ci, sc in zip(top, scores):
            b = apply[ci](form)
            if not b:
                continue
            if best is None:
                best, best_score = b, sc
            elif sc < best_score - MARGIN:
                break
            if sc < best_score - 2.0 and b.strip(keep):
                continue    # far from the best and brings in new consonants: implausible
            if b is not best:
                if sure is None:
                    sure = root_letters(form)
                if sure and sure.strip(b):
                    continue    # drops a letter no affix or pattern adds: «تمتد» → «أتى»
            if (b, upos) in base_u:
                return b
            if attested is None and news is not None and news.get(fold(b), 0) >= NEWS_MIN:
                attested = b
        if attested is None and upos == "VERB" and news is not None:
            v = verb_backoff(form, news)
            if v is not None:
                return self._respell(v)
        if self.plurals and upos in ("NOUN", "ADJ"):
            p = self._plural_lemma(form, upos)
            if p is not None:
                return p
        return self._respell(attested or best or form)

    def _respell(self, b: str) -> str:
        """``b`` with its first letter as raw news spells the word (see below)."""
        news = self.news
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

    def _plural_lemma(self, form: str, upos: str) -> str | None:
        """A train lemma of ``upos`` that a plural template maps ``form`` to, else None: the
        first of :func:`~khabar.morph.tag_constraints.plural_candidates` found in ``base_u``,
        with the templates parsed once (:func:`compile_plurals`)."""
        base_u = self.base_u
        s = form[2:] if form.startswith("ال") else form
        if s.endswith("ا") and len(s) > 3:
            s = s[:-1]
        known = self._plurals_parsed
        if known[0] is not self.plurals:    # parsed on first use (set_plurals replaces it)
            known = self._plurals_parsed = (self.plurals, compile_plurals(self.plurals))
        # the templates whose first literal letter is in place (most fail there), in order
        fit = [t for i, c, t in known[1].get((upos, len(s)), ()) if c is None or s[i] == c]
        for template in fit:
            cand = fill_template(s, template)
            if cand is not None:
                if (cand, upos) in base_u:
                    return cand
        return None


def compile_plurals(plurals: dict) -> dict[tuple[str, int], list[tuple[int, str | None, tuple]]]:
    """``plurals`` (``(UPOS, length)`` → ``(form template, lemma template)`` list) with each
    template's literal letters and slots as ``(position, letter or digit)``, as
    :mod:`~khabar.morph.tag_constraints` parses them, after the position and letter of its
    first literal letter (``0, None`` when it has none)."""
    out = {}
    for key, rows in plurals.items():
        parsed = [parse_template(ft, lt) for ft, lt in rows]
        out[key] = [(t[0][0][0], t[0][0][1], t) if t[0] else (0, None, t) for t in parsed]
    return out
