"""A title word and the name after it as the subject of a participle's sentence («رحب وزير
التجارة النيوزيلندي تود ماكلاي …، قائلا»), or the person a description named earlier: a mixin
of the speaker rules, split out of :mod:`khabar.quotes.context` with the code unchanged.
Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.spoken_to import WITH_WORDS


class TitledSubjectRules:
    """``_titled_subject`` and ``_title_name`` (a mixin of the speaker rules: it uses the
    article, ``_antecedent``, ``_proper``, ``_name_like``, ``_in_place`` and
    ``_name_speaker``)."""

    def _titled_subject(self, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """No PER in the sentence before a participle: a title word and the name after it
        («رحب وزير التجارة النيوزيلندي تود ماكلاي»), or a description that named someone
        earlier («ولم تتمالك الفنانة الجزائرية نفسها … قائلة»)."""
        art = self.art
        for j in range(lo, hi):
            nm = art.norms[j]
            keys = (nm, nm[1:]) if nm[:1] in "وف" and len(nm) > 3 else (nm,)
            if not any(w in C.TITLE_WORDS or w in C.ANAPHORIC_SOURCES for w in keys) or \
                    (j > 0 and art.norms[j - 1] in WITH_WORDS):
                continue    # «لقاء جمعه مع رئيس الحكومة …»: the one met, no subject
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


__all__ = ["TitledSubjectRules"]
