"""Where a name that starts at a head word ends, for speaker resolution: a chain of nouns
after an organisation head («منظمة مراقبة حقوق الإنسان»), a definite head with its definite
adjectives and ل-genitives («النقابة الوطنية للصحفيين التونسيين»), and a person named right
after a title or a comma inside a subject phrase; adverbs after a verb are no subject.

:class:`ChainRules` is a mixin of the speaker state (:class:`~khabar.quotes.phrases.
SpeakerBase`). Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lam_genitive import lam_genitive
from khabar.quotes.lam_town import lam_town
from khabar.quotes.lexicon import TIME_WORDS, is_place_adjective
from khabar.quotes.name_edges import ministry_end
from khabar.quotes.name_runon import accusative_object
from khabar.quotes.phrases import SpeakerBase
from khabar.quotes.surname_title import body_before


#: Words that open a time adjunct after a cue, and the words that go on with it.
TIME_HEADS = frozenset({"اليوم", "امس", "الاسبوع", "الشهر", "العام", "السنه", "الليله", "صباح",
                        "مساء", "ظهر", "عشيه", "غدا", "يوم"})  # «أعلنت يوم السبت 22 أوت أن»
TIME_TAILS = frozenset({"الماضي", "الماضيه", "المقبل", "المقبله", "الفارط", "القادم", "القادمه",
                        "الجاري", "الحالي", "المنقضي", "الاول",
                        "امس"})     # «أكد يوم أمس الأربعاء كاتب الدولة …» (round 20)
WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})


class ChainRules(SpeakerBase):
    """Edges of names that begin at a head word or follow a title."""

    def _genitive_end(self, i: int) -> int:
        """Last token of the name that starts at ``i`` after an organisation head: a chain
        of nouns up to the first definite one («منظمة مراقبة حقوق الإنسان»), or one word and
        a nisba («شركة بتروفاك البريطانية»); at most four words, and «عن X» after «الدفاع»."""
        art = self.art
        last = i
        while last - i < 3 and not art.norms[last].startswith("ال") and last + 1 < art.n \
                and self._name_like(last + 1) and art.norms[last + 1] not in TIME_WORDS and \
                any(w.upos in ("NOUN", "PROPN", "X") for w in art.toks[last + 1].words[-1:]) \
                and art.toks[last + 1].start - art.toks[last].end <= 1 and \
                not accusative_object(art.toks[last + 1]):     # «شركة جيت بلو بيانا» (r17)
            last += 1
        if last == i and last + 1 < art.n and is_place_adjective(art.norms[last + 1]):
            last += 1
        if art.norms[last] in ("الدفاع", "للدفاع") and last + 2 < art.n and \
                art.norms[last + 1] == "عن" and self._content_word(last + 2):
            last += 2       # «منظمة الدفاع عن المستهلك»: the masdar's object
        if i > 0:
            last = ministry_end(art.toks, i - 1, last, is_place_adjective)
        return last

    def _verb(self, i: int) -> bool:
        """Token ``i`` is one word tagged VERB («النقابة تقدمت»: no name after the head)."""
        words = self.art.toks[i].words
        return len(words) == 1 and words[0].upos == "VERB"

    def _definite_end(self, j: int) -> int:
        """Last token of a body named by a definite head at ``j`` and its definite
        adjectives and ل-genitives («النقابة الوطنية للصحفيين التونسيين»; six at most);
        ``j`` when none follows."""
        art = self.art
        last = j
        while last + 1 < art.n and last - j < 6 and not art.is_end(last + 1):
            nm = art.norms[last + 1]
            # «للصناعة والتجارة والصناعات التقليدية»: coordinated genitives go on
            coord = nm.startswith("وال") and art.norms[last].startswith(("لل", "وال"))
            if nm.startswith("ال") and art.norms[last].startswith("لل") and \
                    art.toks[last + 1].words[-1:] and \
                    art.toks[last + 1].words[-1].upos != "ADJ":
                break       # «الهيئة السياسية للحزب» + «الكتلة …»: a new noun phrase
            if last > j and last - j < 4 and lam_genitive(art, last):
                last += 2       # «المنظمة التونسية لمناهضة التعذيب» (round 20)
                continue
            if last > j and last - j < 4 and (town := lam_town(
                    art, last, getattr(self, "all_ents", ()))) > last:
                last = town     # «المجلس البلدي لمدينة ترهونة» (round 22)
                break
            if not (nm.startswith(("ال", "لل")) or coord) or self._verb(last + 1) or \
                    nm in C.PHRASE_STOPS or nm in TIME_WORDS or \
                    not self._content_word(last + 1):
                break
            if last == j and nm.startswith("ال") and nm.endswith(("ين", "ون")) and \
                    not nm.endswith(("يين", "يون")):
                break       # «واعتقلت الشرطة المتهمين»: a plural object, no adjective (round 16)
            last += 1
        return last

    def _titled_person(self, region: list[int]) -> Speaker | None:
        """A PER mention in ``region`` right after a title word, a comma or the body or place
        the title is of («مدير المرصد … في باريس الدكتور بشير العبيدي», «مسؤولة السياسة
        الخارجية في الاتحاد الأوروبي فيديريكا موغيريني», round 21); None when there is none."""
        art = self.art
        r0, r1 = art.toks[region[0]].start, art.toks[region[-1]].end
        for e in self.entities_in(r0, r1):
            i = bisect.bisect_left(art.starts, e.start) - 1
            if e.label == "PER" and i >= region[0] and art.toks[i + 1].start == e.start and \
                    (art.norms[i] in C.TITLE_WORDS or art.norms[i] in ("،", ",") or
                     body_before(self.all_ents, art.toks[i].end)) and \
                    not self._in_institution(e) and not self._addressee(e):
                return Speaker(e.start, e.end, e.canonical)
        return None

    def _adverbial(self, i: int) -> bool:
        """Token ``i`` is an indefinite accusative (tanween alif) that is no name: an adverb
        after a verb («أعلن سابقا», «وأقرت ضمنيا», «مرة أخرى»), not a subject."""
        from khabar.quotes.given_before import person_starts_at
        from khabar.quotes.namewords import first_names, fold
        nm = self.art.norms[i]
        if nm in ("مره", "اخري", "تاره", "ثانيه"):
            return True     # «فلاحظ مرة أخرى أن»
        words = self.art.toks[i].words
        return (len(nm) >= 4 and nm.endswith("ا") and not nm.startswith("ال") and
                nm.isalpha() and len(words) == 1 and words[0].upos in ("ADV", "ADJ", "NOUN")
                and fold(nm) not in first_names() and nm not in self.names and
                not person_starts_at(self.art.toks[i], self.ents))     # «فيرا» (round 21)

    def _time_adjunct(self, region: list[int]) -> int:
        """How many tokens at the start of ``region`` (right after a cue) are a time adjunct
        («أكد اليوم الثلاثاء النائب …», «قد حذرت الأسبوع الماضي من أن», «اليوم 27 أفريل
        2016»): 0 when it does not open with one."""
        art = self.art
        n = 0
        if region and art.norms[region[0]] in TIME_HEADS | WEEKDAYS:
            n = 1
            while n < min(len(region), 5) and (
                    art.norms[region[n]] in TIME_TAILS | WEEKDAYS or art.norms[region[n]].isdigit()
                    or art.norms[region[n - 1]].isdigit() and art.norms[region[n]].isalpha()
                    and not art.norms[region[n]].startswith("ال")):
                n += 1
        return n

    def _genitive(self, e: Entity) -> bool:
        """PER mention ``e`` follows a common noun of the same clause («طريقة تعبير عبو»): a
        genitive inside an object, no subject."""
        art = self.art
        i = bisect.bisect_left(art.starts, e.start) - 1
        if i < 0 or art.toks[i + 1].start != e.start:
            return False
        nm = art.norms[i]
        nm = nm[1:] if nm.startswith("وال") else nm     # «وزير الصناعة والتجارة زياد العذاري»
        return bool(art.toks[i].words) and art.toks[i].words[-1].upos == "NOUN" and \
            not nm.startswith("ال") and nm not in C.TITLE_WORDS and \
            nm not in C.ANAPHORIC_SOURCES and nm not in C.SOURCE_HEADS


__all__ = ["ChainRules"]
