"""The subject found before the cue in the clause that holds it: a noun phrase that opens
the clause right before a verb cue (SVO order: «لكن عددا من أتباع الحركة قالوا إن», «أن التقرير
كشف أن», «وكانت الشرطة قالت»), and the source after «عن» / «إلى» before a noun cue («نقلت صحيفة
"عكاظ" عن مصدر … قوله»). :class:`PreverbalRules` is a mixin of the speaker state. Nothing here
raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import FORMS, Cue, is_complementizer
from khabar.quotes.implicit import ImplicitRules

#: Words after which a clause (and its subject) begins.
CLAUSE_OPENERS = frozenset({"،", ",", "لكن", "ولكن", "بينما", "فيما", "و", "ف", "اما", "كما"})

#: «وكانت الشرطة قالت»: an auxiliary before the subject of the verb cue.
_AUXILIARY = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})


class PreverbalRules(ImplicitRules):
    """Speaker rules for a subject written before the cue in its clause."""

    def _reported_source(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """«نقلت صحيفة "عكاظ" عن مصدر في الأحوال المدنية قوله», «نسبت … إلى تميم قوله»: the
        one after «عن» / «إلى» right before the noun cue."""
        art = self.art
        k = cue.index
        i = k - 1
        while i > k - 9 and i >= 0 and not art.is_end(i) and art.norms[i] not in ("عن", "الي"):
            i -= 1
        if i < 0 or i >= k - 1 or art.norms[i] not in ("عن", "الي"):
            return None, False
        region = list(range(i + 1, k))
        sp, person = self._subject(cue, region)
        if sp is None and self._content_word(region[0]):
            return self._phrase(region, None), False
        return sp, person

    def _preverbal(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A noun phrase that opens the clause right before a verb cue with no و/ف («لكن
        عددا من أتباع الحركة قالوا إن», «أن التقرير كشف أن»): the subject (SVO order)."""
        art = self.art
        k = cue.index
        if cue.kind != "verb" or FORMS.get(art.norms[k]) is None or \
                art.norms[k + 1:k + 2] in (["فيه"], ["فيها"]):
            return None, False      # «بيانا قالت فيه»: a clause about the noun before
        i = k - 1
        while i >= 0 and k - i <= 7 and not art.is_end(i) and art.norms[i] not in _AUXILIARY \
                and art.norms[i] not in CLAUSE_OPENERS and not is_complementizer(art.norms[i]):
            if art.is_quote(i) or any(w.upos == "VERB" for w in art.toks[i].words):
                return None, False
            i -= 1
        region = list(range(i + 1, k))
        if not region or k - i > 7 or i >= 0 and not (
                art.is_end(i) or art.norms[i] in CLAUSE_OPENERS or
                art.norms[i] in _AUXILIARY or is_complementizer(art.norms[i])):
            return None, False
        words = art.toks[region[0]].words
        if not words or words[0].upos not in ("NOUN", "PROPN", "X") or any(
                art.norms[i] in C.PHRASE_STOPS and (n == 0 or art.norms[i] != "من")
                for n, i in enumerate(region)):
            return None, False      # «إذا كان المهاجم معروفا لدى أجهزة …»: an adjunct
        return self._subject(cue, region)
