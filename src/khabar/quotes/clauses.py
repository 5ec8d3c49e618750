"""Clause-level speaker rules: the subject that opens a reported clause for a cue nested in
it («أن المتهم، …، صرح بأنه»), the noun a relative pronoun before the cue refers to («الوثيقة
التي تشير إلى أن»), and the subject of a sentence that opens with a verb, for a participle or
a plural verb later («وحذر اتحاد شركات المخابز …، مشيرا»). Nothing here raises on ordinary
input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.name_before_title import name_before_title
from khabar.quotes.verb_subject import opening_person
from khabar.quotes.cues import FORMS, Cue, is_complementizer
from khabar.quotes.group_heads import group_subject
from khabar.quotes.lexicon import HOWEVER, RULE_HEADS, SAME_WORDS, is_place_adjective
from khabar.quotes.roles import GUEST_WORDS
from khabar.quotes.subject import SubjectRules
from khabar.quotes.subject_tail import JURISDICTION_TITLES
from khabar.quotes.openers import skip_contrast, skip_openers
from khabar.quotes.org_description import OrgDescriptionRules
from khabar.quotes.kana_comma import described_before_comma
from khabar.quotes.fronted import past_pronoun_pp, past_time_adjunct
from khabar.quotes.institution_phrases import titled_unit
from khabar.text.normalize import normalize


class ClauseRules(SubjectRules, OrgDescriptionRules):
    """Speaker rules that read the clause around the cue."""

    def _complement_subject(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A cue verb inside reported speech whose subject opens the reported clause: «أن
        المتهم، البالغ من العمر 19 عاما، صرح بأنه …» → «المتهم»; the verb has no و/ف and
        no sentence end lies between."""
        art = self.art
        k = cue.index
        if cue.kind != "verb" or FORMS.get(art.norms[k]) is None:
            return None, False
        for c in range(k - 1, max(-1, k - 12), -1):
            if art.is_end(c) or art.is_quote(c):
                return None, False
            if not is_complementizer(art.norms[c]) or art.norms[c] != "ان":
                continue
            h = c + 1
            if c > 0 and art.norms[c - 1] in HOWEVER and 0 < k - h <= 4:
                # «إلا أن السلطات الرسمية في الولاية أكدت أن»: "however", its own subject
                return self._subject(cue, list(range(h, k)))    # (round 12)
            if h >= k - 1 or art.norms[h] in ("،", ","):
                return None, False
            tok = art.toks[h]
            for e in self.entities_in(tok.start, tok.end):
                if not (e.label == "PER" and self._in_institution(e)):
                    return Speaker(e.start, e.end, e.canonical), e.label == "PER"
            nm = art.norms[h]
            if nm in self.names:
                return Speaker(tok.start, tok.end, self.names[nm]), True
            if nm.startswith("ال") and self._content_word(h) and art.norms[h + 1] in ("،", ","):
                return Speaker(tok.start, tok.end, None), False
            desc = described_before_comma(art, h, k)    # «أن الرئيس التونسي، قد وصف» (r20)
            return self._subject(cue, desc) if desc else (None, False)
        return None, False

    def _relative_head(self, cue: Cue, j: int) -> tuple[Speaker | None, bool]:
        """«الوثيقة التي تشير إلى أن», «الرئيس … الذي أكد أن»: the noun the relative pronoun
        at ``j`` refers to, when the cue agrees with it in gender."""
        art = self.art
        if (art.norms[j] == "التي") != (cue.gender == "f") or cue.gender is None:
            return None, False
        h = j - 1
        if art.norms[h] in ("،", ","):
            h -= 1
        if h > 0 and art.norms[h] in SAME_WORDS:
            h -= 1      # «الطالب ذاته الذي أكد»: the noun before «ذاته/نفسه»
        if h < 0:
            return None, False
        if art.is_quote(h):
            # «بالشاعر المغربي"محمد بنيس" الذي اعتبر»: a name in quotation marks
            o = h - 1
            while o > h - 5 and o >= 0 and not art.is_quote(o):
                o -= 1
            words = list(range(o + 1, h))
            if o >= 0 and art.is_quote(o) and 1 <= len(words) <= 3 and \
                    all(self._name_like(i) for i in words):
                s, e = art.toks[words[0]].start, art.toks[words[-1]].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), True
            return None, False
        tok = art.toks[h]
        if h > 0 and art.norms[h - 1] in RULE_HEADS:
            # «قاعدة طومسون التي قالت إن»: a rule or theory named after a person is a
            # document-like source, not the person (round 15)
            return Speaker(art.toks[h - 1].start, tok.end, None), False
        for e in self.entities_in(max(0, tok.start - 60), tok.end):
            if e.end == tok.end and not (e.label == "PER" and self._in_institution(e)):
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        state = self._state_before_relative(h)
        if state is not None:
            return state, False     # «ولاية هاواي التي قالت إن»: the state (round 11)
        nm = art.norms[h]
        if h > 0 and nm.startswith("ال") and self._proper(h - 1) and self._name_like(h) and \
                self._name_like(h - 1) and not art.norms[h - 1].startswith("ال") and \
                not self._in_place(h - 1) and not is_place_adjective(art.norms[h - 1]):
            # «… في القلعة الكبرى حمادي الأديب الذي أكد أن»: a name NER missed (round 16)
            return self._name_speaker([h - 1, h]), True
        if nm in self.names:
            return Speaker(tok.start, tok.end, self.names[nm]), True
        bare = nm[2:] if nm.startswith("ال") else nm
        if bare in C.SOURCE_HEADS:
            return Speaker(tok.start, tok.end, None), False
        if nm.startswith("ال") and self._content_word(h):
            # «الفريق الأول الذي يرى»: the definite noun phrase before the pronoun
            a = h
            while a > 0 and h - a < 2 and art.norms[a - 1].startswith("ال") and \
                    self._content_word(a - 1):
                a -= 1
            if a > 0 and not art.norms[a - 1].startswith(("ال", "لل")) and \
                    self._content_word(a - 1) and art.toks[a - 1].words and \
                    art.toks[a - 1].words[0].upos == "NOUN" and len(art.toks[a - 1].words) == 1:
                a -= 1      # «استطلاعات الرأي التي تؤكد»: the construct head too (round 10)
            return self._subject(cue, list(range(a, h + 1)))
        return None, False

    def _clause_subject(self, cue: Cue, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """The subject of a sentence that opens with a verb, for a participle later in it:
        an organisation or an unnamed source («وحذر اتحاد شركات المخابز في فرنسا، … مشيرا
        إلى أن» → «اتحاد شركات المخابز»)."""
        art = self.art
        j = lo
        bare_turn = False   # «من جهتها نفت رحاب المهذبي الناطقة …»: no comma (round 20)
        if j + 2 < hi and art.norms[j] in ("من", "ومن") and \
                art.norms[j + 1].startswith(("جانب", "جهت")):
            bare_turn = art.norms[j + 2] not in ("،", ",")
            j += 2 if bare_turn else 3  # «من جانبه، أكد المدير …»: a turn opener before the verb
        j = skip_contrast(art.norms, j, hi)     # «في المقابل، نفى …» (round 21)
        while j < hi and art.norms[j] in ("و", "قد", "وقد", "لقد", "كما"):
            j += 1
        j = skip_openers(art.norms, j, hi)  # «ولكن سرعان ما اعتذرت …» (round 19)
        j = past_time_adjunct(art, j, hi)   # «وقبل يومين تحدث مصور …» (round 20)
        if j >= hi or not art.toks[j].words or art.toks[j].words[-1].upos != "VERB":
            return None, False
        region = []
        for i in range(j + 1, hi):
            if art.norms[i] in ("،", ",", ":") or art.is_quote(i) or art.is_end(i):
                break
            region.append(i)
        region = past_pronoun_pp(art, region)   # «وردّ عليه عدد …» (round 20)
        if not region:
            return None, False
        if bare_turn:   # (the name before a title alone: round 20)
            named = name_before_title(self, region)
            return (named, True) if named is not None else (None, False)
        head = art.norms[region[0]]
        if head in GUEST_WORDS:
            # «ووجه ضيف بوليتيكا … انتقادات لاذعة للإعلامي برهان بسيس …، معلقا» (round 16):
            # the guest, not the person criticised
            return self._guest(cue)
        if cue.gender == "m" and not art.norms[j].endswith("ت") and (
                (head.endswith("ه") and (head.startswith("ال") or head in C.ORG_HEADS)) or
                (head.startswith("ال") and head.endswith("ات") and len(head) > 5)):
            return None, False  # «وطالب الوزارة …، قائلا»: a feminine noun after a masculine
            #                      verb is its object, not its subject («ودعا الحاضرات إلى
            #                      …، وقال»: a feminine plural too, round 23)
        after = region[-1] + 2
        while after < hi - 1 and art.norms[after] in C.TITLE_WORDS:
            after += 1      # «، الاستاذ أمان الله مسعدي،»
        if (head in C.TITLE_WORDS or head.startswith("ال") and self._content_word(region[0])) \
                and after < hi and art.norms[region[-1] + 1] in ("،", ","):
            # «أكد المدير العام لبنك الأمان، أحمد كرم، دعم …، مشيرا»: the name in apposition
            per = next((e for e in self.ents if e.label == "PER" and
                        e.start == art.toks[after].start), None)
            if per is not None:
                return Speaker(per.start, per.end, per.canonical), True
        start = art.toks[region[0]].start
        org = next((e for e in self.ents if e.label == "ORG" and e.start == start), None)
        if org is not None:
            # «عبرت الهيئة الوطنية للوقاية من التعذيب عن رفضها …، مؤكدة»: the body named
            return Speaker(org.start, org.end, org.canonical), False
        per = opening_person(self, region) or name_before_title(self, region)   # (r20)
        if per is not None:
            return per, True    # «وطالب أحمدي نجاد، ترامب بـ…، وقال "…"» (round 17)
        group = group_subject(art.norms, region)
        if group is not None:
            return self._phrase(group, None), False     # «ورفض فريق ترامب …» (round 18)
        if head not in C.ORG_HEADS and head not in C.SOURCE_HEADS:
            if head in C.ANAPHORIC_SOURCES or head in C.TITLE_WORDS or (
                    head.startswith("ال") and self._content_word(region[0]) and
                    not self._proper(region[0])):
                # «وخاطب الرئيس الأمريكي بعد يوم … قائلا»: a title that names someone
                # before (the subject ends at the first adjunct); «وكذبت الزوجة …، مؤكدة»
                stop = next((n for n, i in enumerate(region)
                             if n and art.norms[i] in C.PHRASE_STOPS), len(region))
                if titled_unit(art, region[:stop], self.ents):
                    return self._phrase(region[:stop], None), False  # «رئيس مركز …» (r21)
                sp, person = self._subject(cue, region[:stop])
                if sp is not None and (sp.canonical or head not in C.TITLE_WORDS or
                                       head in JURISDICTION_TITLES):    # (round 16)
                    return sp, person
                if sp is None and head.startswith("ال") and head not in C.TITLE_WORDS:
                    back = self._antecedent(region[:1])     # «وكذبت الزوجة …، مؤكدة»
                    return back if back is not None else (self._phrase(region[:1], None),
                                                          False)
            return None, False
        if head.startswith("ال"):
            # «وتقدم المنظمة توصيات …»: a definite description names the one named before;
            # the last speaker first when it has the same head («نقابة …» … «النقابة»)
            if self.history:
                last = self.history[-1][0]
                words = art.raw[last.start:last.end].split()
                if words and normalize(words[0]).removeprefix("ال") == head[2:]:
                    return last, self.last_person
            said = self._previous_org(head[2:]) if head in C.ORG_HEADS else None
            if said is not None:
                return said, False      # a body that spoke before with the same head
            back = self._antecedent(region[:1])
            if back is None and head in C.ORG_HEADS:
                named = self._org_description(region)
                if named is not None:
                    return named, False
            return back if back is not None else (None, False)
        return self._subject(cue, region)
