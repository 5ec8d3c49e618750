"""Relatives and called names as speakers: «أكد والد سلمان العبيدي» is the father, not
Salman; «وقال الرجل الذى يدعى "مات جونز"» is Matt Jones.

:class:`RelativeRules` is a mixin of the speaker state (through :class:`~khabar.quotes.anaphora.
AnaphoraRules`). Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.anaphora import AnaphoraRules
from khabar.quotes.lexicon import places
from khabar.quotes.loc_last import tagged_place
from khabar.quotes.title_place import lam_place

#: Kinship words as written (no pronoun suffix): the one named after them is not the speaker.
#: (not «جدة», the city, nor «أم», as in «أم كلثوم»)
KIN_WORDS = frozenset({"والد", "والدة", "شقيق", "شقيقة", "ابن", "ابنة", "زوج", "زوجة", "أب",
                       "أخ", "أخت", "عم", "خال", "نجل", "نجلة", "أرملة"})
_SUFFIXES = ("ه", "ها", "هما", "هم")
#: «الذي يدعى "…"», «المدعو …»: the name that follows is the referent's.
CALLED = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "اسمه", "اسمها", "المسمي"})


class RelativeRules(AnaphoraRules):
    """Speaker rules for kinship words before a name and for «يدعى» names."""

    def _kin_speaker(self, e: Entity) -> tuple[Speaker, bool] | None:
        """``e`` follows a kinship word («والد سلمان العبيدي», «والد الطالب كريم العمري»): the
        relative, by the name the article gave him with the same word and a pronoun («والده
        رمضان عبيدي»), else the phrase itself (an unnamed source); None when no kinship word
        precedes ``e``."""
        art = self.art
        k = bisect.bisect_left(art.starts, e.start) - 1
        if k > 0 and art.norms[k].startswith("ال") and art.surf[k - 1] in KIN_WORDS:
            k -= 1      # «والد الطالب كريم العمري»: a noun between kin word and name
        if k < 0:
            return None
        word = art.surf[k]
        word = word[1:] if word[:1] in "وف" and word[1:] in KIN_WORDS else word
        if word not in KIN_WORDS:
            return None
        stem = word[:-1] if word.endswith("ة") else word
        endings = _SUFFIXES + tuple("ت" + x for x in _SUFFIXES)
        for j in range(art.n - 1):
            w = art.surf[j]
            if not any(v.startswith(stem) and v[len(stem):] in endings
                       for v in (w, w[1:] if w[:1] in "وف" else w)):
                continue
            nxt = art.toks[j + 1]
            for y in self.entities_in(nxt.start, nxt.end):
                if y.label == "PER" and y.canonical != e.canonical:
                    return Speaker(y.start, y.end, y.canonical), True
        s = art.toks[k].start
        return Speaker(s, e.end, None), False

    def _called_name(self, region: list[int]) -> Speaker | None:
        """«الرجل الذى يدعى "مات جونز"»: the one to three name words after «يدعى»."""
        art = self.art
        for n, i in enumerate(region):
            if art.norms[i] not in CALLED:
                continue
            words = []
            for j in region[n + 1:n + 6]:
                if art.is_quote(j):
                    if words:
                        break
                    continue
                if not self._name_like(j) or len(words) == 3:
                    break
                words.append(j)
            if words:
                s, e = art.toks[words[0]].start, art.toks[words[-1]].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))
        return None

    def _tail_name(self, region: list[int]) -> Speaker | None:
        """«رئيس عيادة متخصصة في الطب التناسلي زوكين أن»: one to three words tagged X/PROPN
        that end the subject (right before the complementizer), none of them a place."""
        art = self.art
        words: list[int] = []
        for i in reversed(region):
            nm = art.norms[i]
            if not self._name_like(i) or not self._proper(i) or nm.startswith("ال") or \
                    self._in_place(i) or len(words) == 3 or \
                    (not words and lam_place(nm, places())) or \
                    (not words and tagged_place(art, i, self.all_ents)):   # «لفرنسا» (r19; r22)
                break
            words.insert(0, i)
        if not words or words[0] == region[0]:
            return None
        s, e = art.toks[words[0]].start, art.toks[words[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))

    def _titled_mention(self, e: Entity) -> bool:
        """A title word right before mention ``e`` («الرئيس حسن روحاني»)."""
        art = self.art
        k = bisect.bisect_left(art.starts, e.start) - 1
        return k >= 0 and art.norms[k] in C.TITLE_WORDS
