"""The subject after a cue: «قال الرئيس …», «وأوضح مصدر مطلع», «أكدت سامية القاضي إن».

Who speaks, from the words between the cue and its trigger: a PER mention (or an ORG right
after the cue), an unnamed-source phrase (canonical None), a media outlet, a surname of a
person named earlier, a name guessed after title words when NER found none, an antecedent of
an anaphoric description (the paths after the named mentions are in
:mod:`khabar.quotes.subject_tail`). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import Cue
from khabar.quotes.apposed import apposed_earlier
from khabar.quotes.apposed_title import apposed_title_earlier
from khabar.quotes.bodies import BLOC_HEADS
from khabar.quotes.described_name import name_after_description
from khabar.quotes.facility_title import titled_facility
from khabar.quotes.given_before import after_between
from khabar.quotes.marked_apposition import marked_apposed_name
from khabar.quotes.marked_body import marked_body_before
from khabar.quotes.owner_noun import owner_description
from khabar.quotes.places_at import place_after_bi
from khabar.quotes.plurals import plural_body
from khabar.quotes.prosecution import prosecution_speaker
from khabar.quotes.spoken_to import addressee
from khabar.quotes.lexicon import AIDE_HEADS, DOC_HEADS, NAMED_GROUP_HEADS, RELATIVES, SAME_WORDS
from khabar.quotes.source_name import former_title, one_of_named
from khabar.quotes.title_back import titled_before
from khabar.quotes.title_chain import chained_speaker
from khabar.quotes.subject_tail import INTERLOCUTORS, OUR_SOURCES, DescribedSubjectRules
from khabar.text.normalize import normalize


class SubjectRules(DescribedSubjectRules):
    """Speaker rules for the subject that follows the cue."""

    def _subject(self, cue: Cue, region: list[int]) -> tuple[Speaker | None, bool]:
        """The speaker named by ``region`` (the tokens after the cue); ``(speaker,
        is_person)``, ``(None, False)`` when the words there are no subject."""
        art = self.art
        toks = art.toks
        first = region[0]
        head = art.norms[first]
        if head in C.PHRASE_STOPS and not self._ali(first):    # (not «علي»: round 17)
            # «وأضاف في مداخلة له …»: adjuncts first, the subject may follow a comma
            return None, False
        former = former_title(self, region)
        if former is not None:
            return former, True     # «ولفت الرئيس السابق» (round 17)
        if (pros := prosecution_speaker(self, region)) is not None:
            return pros, False      # «وأعلن الادعاء العام في مدينة فرانكفورت» (round 20)
        if head in INTERLOCUTORS and self._previous(cue.gender) is not None:
            return self._previous(cue.gender), self.last_person     # «يضيف محدّثنا»
        if head in ("هذا", "هذه", "هؤلاء") and len(region) > 1 and \
                art.norms[region[1]].startswith("ال"):
            return self._subject(cue, region[1:])   # «وتضيف هذه البيانات أنه»
        if titled_facility(art, region, self.entities_in(toks[region[0]].start,
                                                         toks[region[-1]].end)):
            return self._phrase(region, None), False    # «مدير مرفأ "دير"» (round 19)
        marked = marked_body_before(art, region)
        if marked is not None:
            return marked, False    # «وأفادت الشركة» after «شركة "نقل تونس"» (round 20)
        called = self._called_name(region)
        if called is None and head in C.TITLE_WORDS:
            called = self._quoted_name(region, titled=True)
        marked = marked_apposed_name(art, region, self.ents) if called is None and \
            head in C.TITLE_WORDS else None
        if marked is not None:      # «عضو لجنة … في البرلمان الليبي، "طارق الجروشي"،» (r20)
            called = Speaker(marked.start, marked.end, marked.canonical)
        if called is not None:
            return called, True     # «يدعى "مات جونز"», «رئيس بلدية لينييفيل "كريتسوف ديتريش"»
        if head in C.TITLE_WORDS and (app := apposed_title_earlier(art, region,
                                                                  self.entities_in)):
            return app, True        # «NAME، أمين عام حزب …» … «وأوضح أمين عام حزب …» (r20)
        # «البيان الذي تلاه الأمين العام …»: a relative clause belongs to the noun before it
        cut = next((n for n, i in enumerate(region) if n and art.norms[i] in RELATIVES), None)
        region = region[:cut] if cut else region
        r0, r1 = toks[region[0]].start, toks[region[-1]].end
        bare = head[2:] if head.startswith("ال") else head
        if head.endswith(("ان", "ين", "ون")) and head[:-2] in C.SOURCE_HEADS:
            # «وقال مصدران بالشرطة», «أن مسؤولين من الفيفا أخبروه»: an unnamed dual or plural
            return self._phrase(region, None), False
        if plural_body(head):
            # «وقالت منظمات حقوق الإنسان الفلسطينية والإسرائيلية»: bodies, unnamed (round 16)
            return self._phrase(region, None), False
        if bare in DOC_HEADS and head.startswith("ال"):
            # «وقال التقرير»: a document named before keeps its own phrase
            org = self._org_near(first, 2)
            if org is not None and org.start < r1:
                return Speaker(org.start, org.end, org.canonical), False
            return self._phrase(region, None), False
        if bare in DOC_HEADS and not self._names_at(first):
            # «وأفاد بلاغ صادر عن البعثة … بجينيف»: a document is an unnamed source
            return self._phrase(region, None), False
        if head == "المصدر" or head == "المصادر":
            if len(region) > 1 and art.norms[region[1]] in SAME_WORDS and self.history \
                    and self.history[-1][0].canonical:
                return self.history[-1][0], self.last_person    # «المصدر ذاته»
        if head in OUR_SOURCES:
            named = self.history[-1][0] if self.history else None
            if named is not None and named.canonical and named.canonical in self.persons:
                return named, True      # «وأضاف مصدرنا» after a named person (round 17)
        if head in NAMED_GROUP_HEADS and len(region) > 1 and self._proper(region[1]) and \
                not art.norms[region[1]].startswith("ال"):
            # «مجموعة برايوري المتخصصة»: the group by its name
            name = [region[1]] + [i for i in region[2:3] if self._proper(i) and
                                  not art.norms[i].startswith("ال")]
            s, e = toks[name[0]].start, toks[name[-1]].end
            return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), False
        if head in C.SOURCE_HEADS and not head.startswith("ال"):
            # «عضو النقابة العامة للتعليم الثانوي نجيب السلامي», «طبيب النجم الرياضي الساحلي
            # الدكتور فيصل الخشناوي»: a description, then a name after a title or a comma
            named = self._titled_person(region)     # a PER found by NER first
            if named is None and head == "احد":
                named = one_of_named(art, region, self.entities_in(r0, r1))
            if named is None:
                named = chained_speaker(self, region)   # «عضو … والمصالحة خالد» (r20)
            named = named or name_after_description(art, region, self.ents)  # «شاهد العيان» r21
            if named is not None:
                return named, True
            if head in C.TITLE_WORDS:
                name = self._guess_name(region)
                if name is not None and self._names_someone(name):
                    return name, True
            return self._phrase(region, None), False
        ents = self.entities_in(r0, r1)
        if not ents and head.startswith("ال") and self._content_word(first) and \
                not self._names_at(first) and head not in C.ORG_HEADS:
            body = self._body_described(first)
            if body is not None:
                return body, False      # «وذكرت الغرفة» after «الغرفة الوطنية لتجار …»
            titled = self._titled_earlier(region) or apposed_earlier(art, first,
                                                                     self.entities_in)
            if titled is not None:      # (a name before «، العالم …»: round 16)
                return titled, True     # «وأوضح الديبلوماسي السابق» after its title use
        role = self._role_subject(cue, region, ents)
        if role is not None:
            return role     # a relative, a spokesperson, a programme's guest
        body = self._body_subject(region, ents)
        if body is not None:
            return body     # a medium, a company, a body named by its head («وزارة الصحة»)
        pers = [e for e in ents if e.label == "PER" and not self._in_institution(e) and
                not after_between(art, e, region[0])]     # «… بين ترامب و…» (round 21)
        # «الرئيسة المديرة العامة لأندا، أسماء بن حميدة»: a mention glued to ل is a genitive
        # («في تصريح للجوهرة اف ام»: an outlet spoken to is no speaker even when it is the
        # only PER after the cue)
        kept = [e for e in pers if not self._addressee(e)]
        # «وأكدت الطبيبة المتابعة للحالة الصحية لنور الهدى أن»: a mention glued to ل after a
        # definite description is its genitive, never the speaker (round 10)
        described = head.startswith("ال") and not self._names_at(first)
        pers = kept or [e for e in pers if not self._told(e) and
                        not (described and e.start > r0 and addressee(art.raw, e.start))]
        if len(pers) > 1 and place_after_bi(art.raw, pers[0].start, pers[0].end):
            pers = pers[1:]     # «رئيس النيابة الخصوصية بسيدي بوزيد، عبد السلام» (round 16)
        if pers:
            e = pers[0]
            if e.start == r0 and self._nisba_description(e):
                return self._phrase(region, None), False    # «قال سياسي أوغندي»: unnamed
            if e.start == r0 and owner_description(art.raw[e.start:e.end]):
                return self._phrase(region, None), False    # «مالك المنزل» (round 19)
            back = titled_before(art, first, e, self.entities_in) if e.start == r0 else None
            if back is not None:    # «وأضاف الوالي» after «والي المهدية، محمد بودن» (r20)
                return Speaker(back.start, back.end, back.canonical), True
            kin = self._kin_speaker(e)
            if kin is not None:
                return kin          # «أكد والد سلمان العبيدي»: the father
            if head in AIDE_HEADS and self._titled_mention(e):
                # «مساعد الشؤون السياسية بمكتب الرئيس حسن روحاني»: the aide, unnamed
                return self._phrase(region, None), False
            return Speaker(e.start, e.end, e.canonical), True
        orgs = [e for e in ents if e.label == "ORG"]
        if orgs:
            e = orgs[0]
            said = self._described_org(e, first)
            if said is not None:
                return said, False  # «وذكرت المنظمة الدولية» after «منظمة العفو الدولية»
            lead = [i for i in region if toks[i].end <= e.start]
            lead_words = [art.norms[i] for i in lead if not art.is_quote(i)]
            if all(w in C.ORG_HEADS or w in BLOC_HEADS for w in lead_words) and \
                    len(lead_words) <= 2:   # «كتلة حركة النهضة»: the party (round 13)
                return Speaker(e.start, e.end, e.canonical), False
        return self._subject_described(cue, region)

    def _described_org(self, e: Entity, first: int) -> Speaker | None:
        """ORG mention ``e`` starts at token ``first`` with a definite organisation head and
        goes on with definite words only («المنظمة الدولية»): a description of the body with
        that head that spoke before («منظمة العفو الدولية»), which it returns; None otherwise
        (round 16)."""
        art = self.art
        head = art.norms[first]
        words = normalize(art.raw[e.start:e.end]).split()
        if e.start != art.toks[first].start or not head.startswith("ال") or \
                head not in C.ORG_HEADS or len(words) < 2 or \
                not all(w.startswith("ال") for w in words[1:]):
            return None
        said = self._previous_org(head[2:])
        if said is None or not said.canonical or \
                normalize(said.canonical).split()[-1] != words[-1]:
            return None
        return said
