"""The subject after a cue when no name mention there speaks: a surname of a person named
before, a quoted name after a media head, a title or source word resolved to a name or an
antecedent, a continuing description, «ذات/نفس المصدر», unnamed groups, a state by its name, a
body by its description, a definite person noun. :class:`DescribedSubjectRules` is a mixin of
the speaker state, used by :meth:`khabar.quotes.subject.SubjectRules._subject` (split out of
that module unchanged). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import Cue
from khabar.quotes.lexicon import (CONTINUING_VERBS, MEDIA_HEADS, OBJECT_FIRST, TIME_WORDS,
                                   is_place_adjective, places)
from khabar.quotes.national_body import national_body
from khabar.quotes.official_back import titled_person_before
from khabar.quotes.region_words import MEMBER_TITLES
from khabar.quotes.roles import RoleRules, norm_name_last
from khabar.text.normalize import normalize

#: «محدّثنا» (our interlocutor): the one the article is talking with, the last speaker.
INTERLOCUTORS = frozenset({"محدثنا", "محدثتنا", "محدثي", "محدثتي", "مخاطبنا", "مخاطبتنا"})

#: «مصدرنا» (our source): the person who spoke last, when named; an unnamed source keeps the
#: phrase, and so does the plural «مصادرنا» (batch 23's gold; round 17).
OUR_SOURCES = frozenset({"مصدرنا"})

#: Titles whose complement is the place they govern («معتمد شط مريم», «والي سوسة»): the words
#: right after them are no name (round 16).
JURISDICTION_TITLES = frozenset({"معتمد", "والي"})


class DescribedSubjectRules(RoleRules):
    """Speaker rules for a subject after the cue that is no name mention."""

    def _subject_described(self, cue: Cue, region: list[int]) -> tuple[Speaker | None, bool]:
        """The speaker of ``region`` (the subject's tokens, a relative clause cut off) when
        no PER or ORG mention there speaks; ``(None, False)`` when nothing fits."""
        art = self.art
        toks = art.toks
        first = region[0]
        head = art.norms[first]
        bare = head[2:] if head.startswith("ال") else head
        # a surname of a person named earlier
        for i in region:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS or (i != first and head.startswith("ال") and
                                        nm[:1] == "ل" and not nm.startswith("لل")):
                break   # «الطبيبة المتابعة … لنور الهدى»: a genitive name (round 10)
            canon = self.names.get(nm)
            if canon is not None:
                return Speaker(toks[i].start, toks[i].end, canon), True
        if bare in MEDIA_HEADS or head in C.ORG_HEADS:
            named = self._quoted_name(region)
            if named is not None:
                return named, False     # «الموقع الإلكتروني "ذي فيرج"»
        if head in MEMBER_TITLES:
            # «القيادي في الجبهة الشعبية، الجيلاني الهمامي إن»: the name after it, else the
            # person who spoke last (a description of them), else the phrase (round 16)
            name = self._guess_name(region)
            if name is None or not self._names_someone(name):
                name = self._tail_name(region)
            if name is not None and self._names_someone(name):
                return name, True
            prev = self._previous(cue.gender)
            if prev is not None and prev.canonical in self.persons and \
                    not self._new_turn(cue.index):
                return prev, True
            return self._phrase(region, None), False
        if head in C.ANAPHORIC_SOURCES or head in C.TITLE_WORDS or head in C.ORG_HEADS:
            name = self._guess_name(region)
            if name is None or not self._names_someone(name):
                name = self._tail_name(region)
            if name is not None and head in JURISDICTION_TITLES and len(region) > 1 and \
                    name.start == toks[region[1]].start:
                # «معتمد شط مريم»: the delegation's place, no name; an unnamed title (round 16)
                return self._phrase(region, None), False
            if name is not None and self._names_someone(name):
                return name, True       # not «الرئيس الاميركي غداة تنصيبه»
            if head.startswith("ال") and head.endswith(("ون", "ين")) and \
                    head[:-2] in C.ANAPHORIC_SOURCES:
                # «وقال المسؤولون إنه»: a plural names a group, never the last speaker
                return self._phrase(region, None), False
            if national_body(art, region, self.entities_in):
                # «الحكومة الألمانية»: a state's government, named, no earlier body (round 18);
                # «الشرطة الماليزية لرويترز» (round 20)
                sp = self._phrase(region[:2], None)
                return Speaker(sp.start, sp.end, " ".join(art.raw[sp.start:sp.end].split())), \
                    False
            if head in C.ORG_HEADS and head.startswith("ال"):
                # «المنظمة» after «ترجح منظمة مراقبة …»: a body that spoke before with the
                # same head is more salient than one only mentioned since
                said = self._previous_org(head[2:])
                if said is not None:
                    return said, False
            back = self._antecedent(region)
            if back is not None:
                return back
            if head in C.ORG_HEADS:
                # «وأوضحت الشركة الأمريكية» after «أعلن موقع "فيسبوك"»: the last
                # organisation that spoke, whatever the gender of the verb
                org = self._previous_org()
                if org is not None:
                    return org, False
            prev = self._previous(cue.gender)
            if prev is not None and prev.canonical and not self._new_turn(cue.index) and \
                    not (head in C.ORG_HEADS and (prev.canonical in self.persons or
                                                  normalize(prev.canonical) in places())):
                # (a body's head word «المحكمة» never refers back to a person, nor to a
                # state: «وأوضحت الجمعية …» after «أعلنت كل من الجزائر»: round 19)
                return prev, False
            if head in C.ORG_HEADS and head.startswith("ال"):
                named = self._org_description(region)
                if named is not None:
                    return named, False     # «أعلنت الجامعة الملكية المغربية لكرة القدم»
            titled = titled_person_before(art, region, self.ents)   # (round 20)
            if titled is not None:      # «عبر مدير عام …، محمد المزغني … وأكد المسؤول التونسي»
                return Speaker(titled.start, titled.end, titled.canonical), True
            return self._phrase(region, None), False
        if cue.verb in CONTINUING_VERBS and head.startswith("ال") and self._content_word(first) \
                and not self._new_turn(cue.index) and not art.norms[first].endswith(
                    ("ون", "ين", "ات")):
            # «وأضاف الحكم الإنجليزي السابق»: a description that goes on with the last
            # named speaker of the same gender
            prev = self._previous(cue.gender)
            if prev is not None and prev.canonical and self.names.get(
                    norm_name_last(prev.canonical)) is not None:
                return prev, True
        if head in ("ذات", "نفس") and len(region) > 1 and self.history and \
                art.norms[region[1]] in C.ANAPHORIC_SOURCES:
            # «واوضح ذات المصدر», «نفس المصدر»: the source named last; an unnamed one
            # keeps the phrase
            if self.history[-1][0].canonical:
                return self.history[-1][0], self.last_person
            return self._phrase(region, None), False
        if head in C.SOURCE_HEADS or (head.startswith("ال") and head[2:] in C.SOURCE_HEADS):
            # «وقال الباحثون إن», «وأكد الخبراء»: an unnamed group, the phrase itself
            return self._phrase(region, None), False
        if self._verb_object(cue, first):
            return None, False      # «كما ذكّرت المواطنين بأنه»: the object, no subject
        country = self._country_at(first)
        if country is not None:
            return country, False   # «وذكرت الولايات المتحدة أنها» (round 16): a named state
        if head.startswith("ال") and head.endswith(("ات", "ون", "ين")) and len(head) > 5 and \
                any(w.upos in ("NOUN", "ADJ", "X") for w in toks[first].words[-1:]) and \
                not self._names_at(first):
            # «وتبين الإحصائيات أن», «وقال الأطباء»: a plural noun names an unnamed group
            return self._phrase(region, None), False
        if head.endswith("ات") and len(head) > 5 and len(region) > 1 and \
                art.norms[region[1]].startswith("ال") and not self._names_at(first) and \
                any(w.upos == "NOUN" for w in toks[first].words[-1:]):
            # «استطلاعات الرأي التي تؤكد»: a plural noun in construct, an unnamed source
            return self._phrase(region, None), False
        state = self._state_by_name(region)
        if state is not None:
            return state, False     # «أعلنت دولة قطر»: the state by its name
        if any(art.norms[i] in ("،", ",") for i in region[1:6]) and head.startswith("ال"):
            # «وأكد المندوب الجهوي للثقافة، علي المرموري»: a description, then the name
            name = self._guess_name(region)
            if name is not None and self._names_someone(name):
                return name, True
        if head.startswith("ال") and self._content_word(first) and not self._names_at(first):
            # «وقال المرصد السوري لحقوق الإنسان», «أعلنت المؤسسة التونسية للأنشطة
            # البترولية»: a body named by its description with a nisba
            named = self._org_description(region)
            if named is not None and any(is_place_adjective(art.norms[i]) for i in region[1:4]
                                         if toks[i].end <= named.end):
                return named, False
        sp, person = self._bare_name(region)
        if (sp is None or sp.canonical is None) and head.startswith("ال") and \
                not is_place_adjective(head):
            body = self._body_said(head)
            if body is not None:
                return body, False      # «وأضافت الخارجية» after «وزارة الخارجية الأمريكية»
        if (sp is None or sp.canonical is None) and cue.kind == "verb" and \
                cue.verb not in OBJECT_FIRST and \
                head.startswith("ال") and len(head) > 4 and \
                bare not in TIME_WORDS and head not in places() and \
                any(w.upos == "NOUN" for w in toks[first].words[-1:]) and \
                not self._names_at(first) and not is_place_adjective(head):
            # «وقالت الفتاة إنها»: a definite person noun; the one it named before, else
            # an unnamed source by its own phrase; a phrase of its own («الخبيرة الأمريكية»)
            # names only one who spoke with it before
            back = self._antecedent(region[:1], said_only=sp is not None)
            if back is not None:
                return back
            return (self._phrase(region[:1], None), False) if sp is None else (sp, person)
        return sp, person

    def _country_at(self, first: int) -> Speaker | None:
        """A place mention (LOC) of two words or more that starts at token ``first`` and is a
        name of the location gazetteer («الولايات المتحدة», «المملكة العربية السعودية»): the
        state, by its name as written; None otherwise."""
        start = self.art.toks[first].start
        for e in self.all_ents:
            if e.label == "LOC" and e.start == start and " " in self.art.raw[e.start:e.end]:
                text = " ".join(self.art.raw[e.start:e.end].split())
                if normalize(text) in places():
                    return Speaker(e.start, e.end, text)
        return None
