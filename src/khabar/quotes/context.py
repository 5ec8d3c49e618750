"""Speakers found elsewhere than after the cue: a subject right before it («وكان السليطي قد
أكد»), for a participle («… قائلا») the speaker of the last main cue of its sentence or else
the subject of the sentence, a title word and the name after it, or, with no subject at all,
the group subject of the sentence before (plural verbs), the last agreeing speaker or the
nearest earlier mention.
Nothing here raises on ordinary input.
"""
from __future__ import annotations


import bisect

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.subject_before import lam_genitive
from khabar.quotes.comma_subject import comma_apposed_subject
from khabar.quotes.cues import FORMS, Cue, is_complementizer
from khabar.quotes.objects import title_chain_object
from khabar.quotes.participle_clause import participle_clause_speaker
from khabar.quotes.preverbal import CLAUSE_OPENERS, PreverbalRules
from khabar.quotes.purpose import before_opening_mark
from khabar.quotes.relative_thread import thread_speaker
from khabar.quotes.titled_subject import TitledSubjectRules


#: Words after which a cue verb opens a main clause of its sentence.
_MAIN_OPENERS = frozenset({"،", ",", "قد", "فقد", "وقد", "لقد", "كما", "ثم", "و", "ف"})

_PRONOUNS = frozenset({"هو", "وهو", "هي", "وهي", "هم", "وهم", "هن", "وهن"})


class ContextRules(PreverbalRules, TitledSubjectRules):
    """Speaker rules that look before the cue or back in the article."""

    def _before(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A subject right before the cue: «وكان السليطي قد أكد», «… السبسي قال»."""
        art = self.art
        k = cue.index
        if cue.kind == "noun":
            source = self._reported_source(cue)
            if source[0] is not None:
                return source
        fa = k if art.norms[k][:1] == "ف" else k - 1 if k and art.norms[k - 1] == "فقد" else -1
        if fa >= 0:
            # «أما الأمين العام … حسين عبد الرازق فرأى أن», «أما حزب …، فقد اعتبر أن»: the
            # topic after «أما»
            i = k - 1
            while i >= 0 and k - i < 20 and not art.is_end(i) and art.norms[i] != "اما":
                i -= 1
            region = [j for j in range(i + 1, fa) if art.norms[j] not in ("،", ",")]
            if i >= 0 and art.norms[i] == "اما" and region:
                sp, person = self._subject(cue, region)
                if sp is not None:
                    return sp, person
        j = k - 1
        if j >= 0 and art.norms[j] in _PRONOUNS and self.history and \
                not (art.toks[j].start and art.raw[art.toks[j].start - 1].isalpha()):
            # «وهم يعتقدون أن»: the pronoun takes up the last speaker (not a clitic split off
            # a glued word, «هواتفهنوأوضحت» → «هواتف» «هن»: round 16)
            return self.history[-1][0], self.last_person
        if j > 0 and art.norms[j] in C.ANAPHORIC_SOURCES and art.norms[j].startswith("ال") \
                and (art.is_end(j - 1) or art.norms[j - 1] in CLAUSE_OPENERS):
            # «لكن المنظمة تقول إن»: a description as the subject before the verb
            return self._subject(cue, [j])
        skipped = 0
        while j >= 0 and art.norms[j] in ("قد", "كان", "كانت", "وكان", "وكانت", "بدوره",
                                            "بدورها", "لقد") and skipped < 2:
            j -= 1
            skipped += 1
        if skipped:
            before = self._before_kana(j)   # «X كانت قد أكدت», «…، بطيخ، كان صرح» (round 11)
            if before is not None:
                return before
        if not skipped and cue.kind == "verb" and art.norms[k][:1] not in "وف" and \
                (app := comma_apposed_subject(art, k, self.entities_in)) is not None:
            return app, True    # «رغم أن رئيس معسكر الخروج، ماثيو إليوت، قال إن» (round 20)
        j = before_opening_mark(art, j)     # «ورضوان "ادعى أنه …"» (round 16)
        if j < 0 or art.is_end(j) or art.norms[j] in ("،", ","):
            return None, False
        if art.norms[k][:1] in "وف" and FORMS.get(art.norms[k]) is None:
            return None, False
        if art.norms[j] in ("التي", "الذي") and j > 0:
            head = self._relative_head(cue, j)  # (inside a person's quote: round 20)
            return thread_speaker(art, j, k, head, self.said) or head
        if art.norms[j] in ("والتي", "والذي") and not (
                k + 1 < art.n and art.norms[k + 1][:2] in ("في", "عن", "من", "به", "له")):
            # «قاعدة طومسون التي أرساها … والتي قالت إن»: a coordinated relative clause
            # refers to the head of the first one in the sentence (round 15; not «والتي
            # رجحت فيها مصادر …»: a resumptive pronoun, the subject comes after)
            i = j - 1
            while i > 0 and j - i < 40 and not art.is_end(i):
                if art.norms[i] == art.norms[j][1:]:
                    return self._relative_head(cue, i)
                i -= 1
            return None, False
        tok = art.toks[j]
        pp = False
        for e in self.entities_in(max(0, tok.start - 60), tok.end):
            if e.end == tok.end and e.label in ("PER", "ORG"):
                # («أن مسؤولين من الفيفا أخبروه»: a mention after «من» is partitive, the
                # noun before it speaks)
                pp = self._in_pp(e) or self._after_min(e) or lam_genitive(art.raw, e.start)
                if not pp:
                    return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        nm = art.norms[j]
        if nm in self.names and not pp:
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
        if skipped and not pp:
            before = self._kana_phrase(j)   # «لدراسة سابقة كانت قد أكدت أن» (round 11)
            if before is not None:
                return before
        return self._preverbal(cue)

    def _after_min(self, e: Entity) -> bool:
        """Mention ``e`` follows «من» after a noun («مسؤولين من الفيفا», «عدد من …»)."""
        art = self.art
        i = bisect.bisect_left(art.starts, e.start) - 1
        return i > 0 and art.norms[i] == "من" and not art.is_end(i - 1) and \
            any(w.upos == "NOUN" for w in art.toks[i - 1].words[-1:])

    def _in_pp(self, e: Entity) -> bool:
        """Mention ``e`` ends a title chain that a preposition opens («الحوار الأخير لرئيس
        الحكومة يوسف الشاهد أبرز»): a genitive, not the subject of the verb after it."""
        art = self.art
        i = bisect.bisect_left(art.starts, e.start) - 1
        for j in range(i, max(-1, i - 3), -1):
            nm = art.norms[j]
            if nm[:1] == "ل" and (nm[1:] in C.TITLE_WORDS or nm.startswith("لل")):
                return True
            if not (nm in C.TITLE_WORDS or nm.startswith("ال")):
                return False
        return False

    def _sentence_subject(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A participle («قائلا») after a sentence whose subject is a named person."""
        art = self.art
        k = cue.index
        i = k - 1
        while i >= 0 and not art.is_end(i):
            i -= 1
        lo, hi = art.toks[i + 1].start, art.toks[k].start
        inner = participle_clause_speaker(self, cue, i)     # (round 20)
        if inner is not None:
            return inner
        for c, sp, person, gender in reversed(self.said):
            if i < c < k and self._main_cue(c, i, sp) and \
                    (gender is None or cue.gender is None or gender == cue.gender):
                # «واعتبر النائب … عبد العزيز القطي أن …، مضيفا»: the speaker of the last main
                # cue of the sentence goes on (not one in a clause «الذين قالت إنه», «أن
                # التقرير كشف أن»)
                return sp, person
        # the subject right after the opening verb first («نفى مسؤول مكتب الإعلام … مقتل
        # القيادي … سيف الله بن حسين …، مؤكدا», «ونفت وكالة الأنباء القطرية نشرها لهذا
        # البيان، مؤكدة», «ودعت الهيئة … الذين قالت إنه …، مضيفة»): a person or a title
        # word later in the sentence is an object
        sp, person = self._clause_subject(cue, i + 1, k)
        if sp is not None:
            return sp, person
        if self.history:
            last = self.history[-1][0]
            if lo <= last.start < hi or (self._last_cue is not None and
                                         lo <= self._last_cue < hi):
                return None, False
        for e in self.entities_in(lo, hi):
            if e.label == "PER" and not self._in_institution(e) and not self._genitive(e) \
                    and not self._told(e) and not self._object_chain(e):
                # («اثر لقاء جمعه مع رئيس الحكومة يوسف الشاهد»; «انتقد دعوة رئيس الجمهورية
                # الباجي قائد السبسي …»: round 16)
                return Speaker(e.start, e.end, e.canonical), True
        return self._titled_subject(i + 1, k)

    def _object_chain(self, e: Entity) -> bool:
        """PER mention ``e`` ends a title chain inside an object (:mod:`khabar.quotes.objects`)."""
        i = bisect.bisect_left([t.start for t in self.art.toks], e.start)
        return i < self.art.n and self.art.toks[i].start == e.start and \
            title_chain_object(self.art, i)

    def _main_cue(self, c: int, start: int, sp: Speaker) -> bool:
        """The cue at token ``c`` (speaker ``sp``) opens a main clause of the sentence after
        token ``start``: first in it, «و»/«ف» + verb («ولفت»), after a comma or «قد» («،
        اعتبر الشفي»), or right after its subject that no «أن» opens («الممثلة أنيسة داود
        قالت», not «أن التقرير كشف»)."""
        art = self.art
        words = art.toks[c].words
        if c == start + 1 or art.norms[c - 1] in _MAIN_OPENERS or (
                len(words) > 1 and words[0].upos == "CCONJ" and art.norms[c][:1] in "وف"):
            return True
        if not art.toks[c - 1].start < sp.end <= art.toks[c].start:
            return False
        s = c - 1
        while s > start and art.toks[s].start > sp.start:
            s -= 1
        return not any(is_complementizer(art.norms[j]) for j in range(max(start + 1, s - 3), s))
