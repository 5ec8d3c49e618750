"""Speakers found elsewhere than after the cue: a subject right before it («وكان السليطي قد
أكد»), the subject of the sentence of a participle («… قائلا»), a title word and the name after
it, or, with no subject at all, the group subject of the sentence before (plural verbs), the
last agreeing speaker or the nearest earlier mention.
Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.clauses import ClauseRules
from khabar.quotes.cues import FORMS, Cue


class ContextRules(ClauseRules):
    """Speaker rules that look before the cue or back in the article."""

    def _before(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A subject right before the cue: «وكان السليطي قد أكد», «… السبسي قال»."""
        art = self.art
        k = cue.index
        j = k - 1
        skipped = 0
        while j >= 0 and art.norms[j] in ("قد", "كان", "كانت", "وكان", "وكانت", "بدوره",
                                            "بدورها", "لقد") and skipped < 2:
            j -= 1
            skipped += 1
        if j < 0 or art.is_end(j) or art.norms[j] in ("،", ","):
            return None, False
        if art.norms[k][:1] in "وف" and FORMS.get(art.norms[k]) is None:
            return None, False
        if art.norms[j] in ("التي", "الذي") and j > 0:
            return self._relative_head(cue, j)
        tok = art.toks[j]
        for e in self.entities_in(max(0, tok.start - 60), tok.end):
            if e.end == tok.end and e.label in ("PER", "ORG"):
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        nm = art.norms[j]
        if nm in self.names:
            return Speaker(tok.start, tok.end, self.names[nm]), True
        if skipped and art.norms[j + 1] == "قد":
            i = j
            while i >= 0 and k - i < 16 and art.norms[i] not in ("كان", "وكان", "كانت",
                                                                   "وكانت"):
                if art.is_end(i):
                    return None, False
                i -= 1
            if i >= 0 and art.norms[i] in ("كان", "وكان", "كانت", "وكانت"):
                region = list(range(i + 1, j + 1))
                if region:
                    sp, person = self._subject(cue, region)
                    if sp is None:
                        sp, person = self._guess_name(region), True
                    if sp is None and art.norms[region[0]] not in C.PHRASE_STOPS:
                        sp, person = self._phrase(region, None), False
                    return sp, person
        return None, False

    def _sentence_subject(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A participle («قائلا») after a sentence whose subject is a named person."""
        art = self.art
        k = cue.index
        i = k - 1
        while i >= 0 and not art.is_end(i):
            i -= 1
        lo, hi = art.toks[i + 1].start, art.toks[k].start
        if self.history:
            last = self.history[-1][0]
            if lo <= last.start < hi or (self._last_cue is not None and
                                         lo <= self._last_cue < hi):
                return None, False
        for e in self.entities_in(lo, hi):
            if e.label == "PER" and not self._in_institution(e):
                return Speaker(e.start, e.end, e.canonical), True
        sp, person = self._titled_subject(i + 1, k)
        if sp is None:
            sp, person = self._clause_subject(cue, i + 1, k)
        return sp, person

    def _titled_subject(self, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """No PER in the sentence before a participle: a title word and the name after it
        («رحب وزير التجارة النيوزيلندي تود ماكلاي»), or a description that named someone
        earlier («ولم تتمالك الفنانة الجزائرية نفسها … قائلة»)."""
        art = self.art
        for j in range(lo, hi):
            nm = art.norms[j]
            keys = (nm, nm[1:]) if nm[:1] in "وف" and len(nm) > 3 else (nm,)
            if not any(w in C.TITLE_WORDS or w in C.ANAPHORIC_SOURCES for w in keys):
                continue
            region = []
            for i in range(j, hi):
                if art.norms[i] in ("،", ",") or art.is_quote(i):
                    break
                region.append(i)
            name = self._title_name(region)
            if name is not None:
                return name, True
            if self.last_person:
                return None, False      # «وتابع الناطق العسكري قائلا»: the last speaker
            back = self._antecedent(region)
            if back is not None and back[1]:
                return back
            return None, False
        return None, False

    def _title_name(self, region: list[int]) -> Speaker | None:
        """The name words after a title chain: ``title (ال-word | ل/ب-word)* Name{1,3}``."""
        art = self.art
        i = 1
        while i < len(region) and (art.norms[region[i]] in C.TITLE_WORDS or
                                   art.norms[region[i]].startswith(("ال", "لل", "ل", "ب"))):
            if self._proper(region[i]) and not art.norms[region[i]].startswith("ال"):
                break
            i += 1
        name: list[int] = []
        while i < len(region) and len(name) < 3 and self._name_like(region[i]):
            nm = art.norms[region[i]]
            if (nm[:1] in "بل" and not self._proper(region[i])) or nm.startswith("ال") or \
                    self._in_place(region[i]):
                break
            name.append(region[i])
            i += 1
        if not name or not any(self._proper(k) for k in name):
            return None
        return self._name_speaker(name)

    def _implicit(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """No subject anywhere: the last speaker whose gender agrees, else the nearest
        earlier PER/ORG mention."""
        art = self.art
        k = cue.index
        if art.norms[k].endswith(("وا", "ون")):
            # «وبينوا أن …» after «وقد تذمر عدد هام من الباعة …»: a plural verb takes the
            # group that was the subject of the sentence before
            i = k - 1
            while i >= 0 and not art.is_end(i):
                i -= 1
            j = i - 1
            while j >= 0 and not art.is_end(j):
                j -= 1
            if i > 0:
                sp, person = self._clause_subject(cue, j + 1, i)
                if sp is not None:
                    return sp, person
        prev = self._previous(cue.gender)
        if prev is not None:
            return prev, False
        pos = self.art.toks[cue.index].start
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            e = self.ents[i]
            if e.label == "PER" and self._in_institution(e):
                i -= 1
                continue
            if cue.gender == "f" and e.label == "ORG":
                return Speaker(e.start, e.end, e.canonical), False
            if cue.gender != "f" or e.label == "PER":
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
            i -= 1
        return None, False

