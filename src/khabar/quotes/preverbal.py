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
from khabar.quotes.lexicon import MEDIA_HEADS, RELATIVES
from khabar.quotes.reported_far import apposed_source

#: Words after which a clause (and its subject) begins.
CLAUSE_OPENERS = frozenset({"،", ",", "لكن", "ولكن", "بينما", "فيما", "و", "ف", "اما", "كما"})

#: Openers before a preverbal subject: the clause openers and «فإن» («… فإن القوات …
#: قالت»).
_OPENERS = CLAUSE_OPENERS | {"فان"}

#: «وكانت الشرطة قالت»: an auxiliary before the subject of the verb cue.
_AUXILIARY = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
#: «كان» right after its subject, before a cue verb («X كانت قد أكدت»; round 11).
_KANA = frozenset({"كان", "كانت"})


#: «التقرير الأخير الصادر عن الأكاديمية يقول»: «عن» after these belongs to the subject.
_ISSUED = frozenset({"الصادر", "الصادره"})

#: Heads before a quoted name inside a subject («موقع "مذربورد"», «حركة "حماس"»).
_NAME_HEADS = MEDIA_HEADS | C.ORG_HEADS


#: «عنه», «عنها» before a noun cue: the source is a pronoun (its gender).
_FROM_HIM = {"عنه": "m", "عنها": "f"}


def opening_mark(art, i: int) -> bool:
    """Token ``i`` is a quotation mark right after a complementizer («ان "اجهزة …»): the
    clause (and a preverbal subject) opens after it (round 18)."""
    return i > 0 and art.is_quote(i) and is_complementizer(art.norms[i - 1])


class PreverbalRules(ImplicitRules):
    """Speaker rules for a subject written before the cue in its clause."""

    def _reported_source(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """«نقلت صحيفة "عكاظ" عن مصدر في الأحوال المدنية قوله», «نسبت … إلى تميم قوله»: the
        one after «عن» / «إلى» right before the noun cue."""
        art = self.art
        k = cue.index
        i = k - 1
        while i > k - 9 and i >= 0 and not art.is_end(i) and art.norms[i] not in ("عن", "الي"):
            if art.norms[i] in _FROM_HIM and (prev := self._previous(_FROM_HIM[art.norms[i]])):
                # «ونقلت عنه صحيفة نيويورك تايمز قوله»: the one the pronoun refers to, the
                # last speaker of its gender, not the outlet (round 17, blind batch 50)
                return prev, False
            i -= 1
        if i < 0 or i >= k - 1 or art.norms[i] not in ("عن", "الي"):
            far = apposed_source(art, k, self.ents)     # (round 19)
            return (far, True) if far is not None else (None, False)
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
        if k > 1 and art.norms[k - 1] == "قد":
            k -= 1      # «أن إحصائيات سابقة كانت قد بينت أن»: «كان(ت) قد» before the cue
            if art.norms[k - 1] in ("كان", "كانت", "كانوا"):
                k -= 1
        i = k - 1
        while i >= 0 and k - i <= 11 and not art.is_end(i) and art.norms[i] not in _AUXILIARY \
                and art.norms[i] not in _OPENERS and not is_complementizer(art.norms[i]):
            if any(w.upos == "VERB" for w in art.toks[i].words) and i > 1 and \
                    art.norms[i - 1] in RELATIVES and art.norms[i - 2].startswith("ال"):
                i -= 2      # «فإن القوات التي تقودها كتائب مصراتة قالت»: a relative clause
                continue
            if opening_mark(art, i):
                break   # «ان "اجهزة الاستخبارات ترى ان»: a quotation opens the clause (round 18)
            if art.is_quote(i):
                j = next((j for j in range(i - 1, max(0, i - 6), -1) if art.is_quote(j)), 0)
                if j > 0 and art.norms[j - 1] in _NAME_HEADS:
                    i = j - 1   # «إلا أن موقع "مذربورد" أكد أن»: a quoted name after its head
                    continue
            if art.is_quote(i) or any(w.upos == "VERB" for w in art.toks[i].words):
                return None, False
            i -= 1
        region = list(range(i + 1, k))
        wide = i >= 0 and art.norms[i] in _AUXILIARY    # «وكان المرصد … لبشار الأسد أعلن» (r20)
        if not region or k - i > (11 if wide else 7) or i >= 0 and not (
                art.is_end(i) or art.norms[i] in _OPENERS or opening_mark(art, i) or
                art.norms[i] in _AUXILIARY or is_complementizer(art.norms[i])):
            return None, False
        rel = next((n for n, j in enumerate(region) if n and art.norms[j] in RELATIVES), None)
        region = region[:rel] if rel else region     # the noun before the relative clause
        words = art.toks[region[0]].words
        adj = bool(words) and words[0].upos == "ADJ" and not art.norms[region[0]].startswith("ال")
        # (an indefinite word that opens a clause is no adjective: «إحصائيات» tagged ADJ is a
        # noun; «التونسي البطل قال» stays out, a nisba in front of a name written before)
        if not words or words[0].upos not in ("NOUN", "PROPN", "X") and not adj or any(
                art.norms[i] in C.PHRASE_STOPS and (n == 0 or art.norms[i] != "من") and
                not (n and art.norms[region[n - 1]] in _ISSUED) and
                not (n and len(art.norms[i]) > 3 and art.norms[i][0] == "ل")  # (round 18)
                for n, i in enumerate(region)):
            return None, False      # «إذا كان المهاجم معروفا لدى أجهزة …»: an adjunct
        head = art.norms[region[0]]
        r0, r1 = art.toks[region[0]].start, art.toks[region[-1]].end
        named = [e for e in self.entities_in(r0, r1) if e.label in ("PER", "ORG")]
        if head.startswith("ال") and head not in C.TITLE_WORDS and \
                head not in C.ANAPHORIC_SOURCES and head not in C.ORG_HEADS and \
                self._content_word(region[0]) and not self._names_at(region[0]) and \
                named and all(self._in_pp(e) for e in named):
            # «إن الحوار الأخير لرئيس الحكومة يوسف الشاهد أبرز أنه»: the thing that opens
            # the clause speaks; the person after «ل» is its genitive
            return self._phrase(region, None), False
        return self._subject(cue, region)

    def _before_kana(self, j: int) -> tuple[Speaker, bool] | None:
        """A comma at ``j`` right before «كان/كانت» + cue, after a PER/ORG mention: the
        mention, set off by commas as the subject («يذكر أن النائب …، الطاهر بطيخ، كان صرح …
        بأن»); None otherwise."""
        art = self.art
        if not (0 < j < art.n - 1 and art.norms[j] in ("،", ",") and
                art.norms[j + 1] in _KANA):
            return None
        end = art.toks[j - 1].end
        for e in self.entities_in(max(0, end - 60), end):
            if e.end == end and e.label in ("PER", "ORG"):
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        return None

    def _kana_phrase(self, j: int) -> tuple[Speaker, bool] | None:
        """The noun phrase of up to three words ending at ``j`` right before «كان/كانت» + cue
        («لدراسة سابقة كانت قد أكدت أن»: an unnamed source); None when ``j`` is no noun."""
        art = self.art
        if not (j + 1 < art.n and art.norms[j + 1] in _KANA):
            return None
        region = [j]
        while len(region) < 3 and region[0] > 0 and not art.is_end(region[0] - 1) and \
                not art.norms[region[0]].startswith(("ل", "ب")) and \
                self._content_word(region[0] - 1) and \
                art.norms[region[0] - 1] not in C.PHRASE_STOPS:
            region.insert(0, region[0] - 1)
        if self._content_word(region[0]) and art.toks[region[0]].words and \
                art.toks[region[0]].words[-1].upos == "NOUN":
            return self._phrase(region, None), False
        return None
