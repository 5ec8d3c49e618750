"""The words between a cue and its complementizer that may hold the speaker (split out of
:mod:`khabar.quotes.speakers`, unchanged): adjuncts, adverbs, time phrases, addressees, objects
and idioms are taken off before the subject is looked for there (rounds 11–19).

:class:`RegionRules` is a mixin of :class:`~khabar.quotes.speakers.Speakers`; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.masdar_adjunct import masdar_adjunct
from khabar.quotes.told_reporter import before_reporter
from khabar.quotes.kana_comma import subject_before_qad
from khabar.quotes.addressed import addressing_first, pronoun_addressee
from khabar.quotes.cues import Cue
from khabar.quotes.described_one import described_person
from khabar.quotes.idioms import idiom_object
from khabar.quotes.lexicon import OBJECT_FIRST
from khabar.quotes.manner import manner_only
from khabar.quotes.month_adjunct import month_adjunct
from khabar.quotes.namewords import first_names
from khabar.quotes.region_words import adverbial_participle, object_noun_first
from khabar.quotes.reporters import after_outlet
from khabar.quotes.subject_frames import after_each_of, kana_subject


class RegionRules:
    """The subject region of a cue."""

    def _region(self, cue: Cue) -> tuple[list[int], bool, bool]:
        """(token indices after ``cue`` that may hold its subject, whether «كل من» opened
        them, whether the cue is an idiom whose object follows)."""
        art = self.art
        k, t = cue.index, cue.trigger
        region = [i for i in range(k + 1, t) if art.norms[i] not in C.CUE_NOUNS]
        if region and art.norms[region[0]] in ("وفقا", "طبقا", "تبعا", "استنادا") and \
                not self.entities_in(art.toks[region[0]].start, art.toks[region[-1]].end):
            region = []     # «وقالت وفقا لنص لخطابها "…"»: an adjunct, no subject (round 18)
        while region and self._adverbial(region[0]):
            region = region[1:]     # «قد أعلن سابقا أن»: an adverb is no subject
        region = region[masdar_adjunct(art, region, self.names):]    # «تعقيبا على» (r23)
        region = before_reporter(art.norms, region)     # «… لزميلنا أشرف …» (round 23)
        skip = self._time_adjunct(region) or month_adjunct(art.norms, region)  # (round 18)
        if skip and (skip == len(region) or art.norms[region[skip]].startswith("ال") or
                     art.norms[region[skip]] in C.PHRASE_STOPS or self._names_at(region[skip])
                     or art.norms[region[skip]] in C.TITLE_WORDS
                     or art.norms[region[skip]] in C.SOURCE_HEADS):    # («مصدر»: round 18)
            # «أكد اليوم الثلاثاء النائب …», «قال اليوم الأحد نائب حركة …» (round 11; not
            # «أعلن مساء الجمعة حصول»)
            region = region[skip:]
        each_of = len(after_each_of(art.norms, region)) < len(region)
        region = after_each_of(art.norms, region)    # «وأبرز كل من المدير …» (round 18)
        if region and cue.kind == "verb" and kana_subject(art, k, self.ents):
            region = []     # «وكان ترامب وصف الأحد كيم بأنه»: the name after is the object
        if region and art.norms[region[0]] in C.SOURCE_HEADS:
            cut = next((n for n in range(2, len(region)) if art.norms[region[n]] in C.ORG_HEADS
                        and not art.norms[region[n]].startswith("ال") and
                        art.norms[region[n - 1]].endswith("ي")), None)
            region = region[:cut] if cut else region    # «مصدر أمني وكالة …»: whom (r18)
        if len(region) > 1 and art.norms[region[0]] in ("بكل", "بشكل"):
            region = region[2:]     # «فقال بكل وضوح: إن»: a manner adverbial
        if region and pronoun_addressee(art.surf[region[0]]):
            region = []     # «أن رونالدو قال لزملائه …: "…"»: the one spoken to (round 18)
        if region and art.norms[region[0]] == "ما":
            region = []     # «وبين ما تضمنه الخطاب من خطورة»: an object clause
        if cue.verb == "وصف" and cue.direct and region and art.norms[t - 1] == "ب":
            # «ووصفت شخصيته بـ"…"» (round 16): the object before «بـ» is no subject; only a
            # name or a title right after the cue is («وصف النائب عدنان الحاجي الكاتب …»)
            t0 = art.toks[region[0]]
            region = region if self.entities_in(t0.start, t0.end) or \
                art.norms[region[0]] in C.TITLE_WORDS else []
        if cue.verb in OBJECT_FIRST and subject_before_qad(art, k):
            region = []     # «أن الرئيس التونسي، قد وصف إيران بانها»: the object (r20)
        if cue.verb in OBJECT_FIRST and len(region) >= 2 and self._object_noun(region):
            region = region[:-1]    # «ووصفت وزارة العدل الحكم بأنه»: the object (round 11)
        if described_person(art, k, t, region, self.ents):
            region = []     # «ووصف عامري بأنه»: the one described (round 19)
        region = after_outlet(art, region, self.entities_in) or region  # (round 16)
        if region and (adverbial_participle(art, region[0], self.names, first_names()) or (
                cue.verb in OBJECT_FIRST and object_noun_first(
                    art, region, lambda i: bool(self.entities_in(art.toks[i].start,
                                                                 art.toks[i].end))))):
            region = []     # «فقال مخاطبا أنصار …», «ووصف طريقة معاملة …» (round 16)
        if manner_only(art.norms, region) or addressing_first(art.norms, region):
            region = []     # «وتقول مازحة "…"»: a circumstantial, no subject (round 18)
        if cue.kind == "part" or (art.norms[k].endswith(("وا", "ون")) and
                                  not cue.verb.endswith(("وا", "ون"))):
            # «مؤكدا سعي البنك …»: a participle's object; «أكدوا معرفتهم»: a plural verb has
            # its subject before it (a subject after the verb takes a singular verb)
            region = []
        idiom = idiom_object(cue.verb, art.norms, region)
        if idiom:
            region = []     # «ولفت الانتباه بعد قوله إنه»: the idiom's object (round 16)
        return region, each_of, bool(idiom)


__all__ = ["RegionRules"]
