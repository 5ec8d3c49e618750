"""Speakers of cues with no subject at all: the subject of the verb that opened the sentence
(«بينما كان الممثل عبدالعزيز مخيون … أكد فيها»), for a cue that opens its sentence the subject
of the verb that opened the sentence before when that one held no quote («نوهت مديرة …، ماري
…، بما …» then «واشارت … الى ان»), the last speaker whose gender agrees, else the nearest
earlier PER/ORG mention that is no addressee («في تصريح لـ"الوطن"») and no object
of a preposition («عبر بوليتيكا»).

:class:`ImplicitRules` is a mixin of the speaker state. Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.opening_body import opening_body
from khabar.quotes.attribution_aside import aside_mention
from khabar.quotes.heading_word import skip_heading
from khabar.quotes.opening_verb import opening_verb_person
from khabar.quotes.plural_said import group_said
from khabar.quotes.plural_sentence import plural_sentence_subject
from khabar.quotes.accusative_subject import accusative_subject
from khabar.quotes.aside import thread_before_aside
from khabar.quotes.clauses import ClauseRules
from khabar.quotes.counted_people import counted_people
from khabar.quotes.cues import Cue, is_complementizer
from khabar.quotes.lexicon import RELATIVES
from khabar.quotes.roles import GUEST_WORDS
from khabar.quotes.titled_opening import titled_after_time
from khabar.text.normalize import normalize
from khabar.quotes.verb_homographs import opening_homograph


#: Prepositions written apart (normalized): a mention right after one is no subject.
OBLIQUE_PREPOSITIONS = frozenset({"عبر", "في", "علي", "من", "الي", "عن", "مع", "خلال", "لدي",
                                  "حول", "ضد", "نحو", "منذ"})

#: «، كما وجدوا أن», «لكنهم نوهوا بأن»: a word that coordinates a plural cue with the
#: reporting clause before it, not with the clause it reported (round 16, batch 40).
REPORTER_LINKS = frozenset({"كما", "لكنهم", "ولكنهم", "لكن", "ولكن"})


class ImplicitRules(ClauseRules):
    """Speaker rules for cues with no subject."""

    def _opening_person(self, cue: Cue) -> Speaker | None:
        """A verb cue inside a sentence that opened with a named person as its subject
        («بينما كان الممثل عبدالعزيز مخيون … الذي ألقى كلمة … أكد فيها أن»): that person,
        when no earlier cue or speaker lies in the sentence."""
        art = self.art
        k = cue.index
        i = k - 1
        while i >= 0 and not art.is_end(i):
            i -= 1
        if cue.kind != "verb" or art.norms[k][:1] in "وف" and not (
                i + 2 < k and art.norms[i + 1] in ("لكن", "ولكن") and
                any(e.label == "PER" for e in self.entities_in(art.toks[i + 2].start,
                                                               art.toks[i + 2].end))):
            return None     # (a و-cue after «لكن لورا بيركس … لا تنصح …»: round 16)
        lo, hi = art.toks[i + 1].start, art.toks[k].start
        if self.history and lo <= self.history[-1][0].start < hi or \
                (self._last_cue is not None and lo <= self._last_cue < hi):
            return None
        head = art.toks[min(i + 7, k - 1)].end if k - 1 > i else lo
        for e in self.entities_in(lo, min(hi, head)):
            if e.label == "PER" and not self._in_institution(e):
                if normalize(self.art.raw[e.start:e.end]).split()[0] in GUEST_WORDS:
                    return self._guest(cue)[0]  # «وندد ضيف بوليتيكا …» tagged PER (r20)
                return Speaker(e.start, e.end, e.canonical)
        return None

    def _previous_opening(self, cue: Cue, end: int) -> tuple[Speaker, bool] | None:
        """A cue that opens its sentence with no subject, right after a sentence that opened
        with another verb (no cue in it, «من جهته» allowed before the verb): that verb's
        subject goes on — the first person named before its object or next verb, not one
        after a preposition («برئيس الحكومة يوسف الشاهد»), else a person noun of the cue's
        gender («من جهته دعا طبيب مختص … وأوضح أنه»). None otherwise."""
        art = self.art
        j = end - 1
        while j >= 0 and not art.is_end(j):
            j -= 1
        lo = j + 1
        if end - lo < 3 or self._last_cue is not None and self._last_cue >= art.toks[lo].start:
            return None
        v = lo
        if art.norms[v] in ("من", "ومن") and art.norms[v + 1].startswith(("جهت", "جانب")):
            v += 3 if art.norms[v + 2] in ("،", ",") else 2
        while v < end and art.norms[v] in ("و", "قد", "وقد", "كما"):
            v += 1
        v = skip_heading(art, v, end)   # «اعتذار واعتذرت جريفين» (round 23)
        w = art.toks[v].words if v < end else ()
        if not w or w[-1].upos != "VERB" and not opening_homograph(art, v, lambda x: any(
                e.label == "PER" and e.start == art.toks[x].start
                for e in self.entities_in(art.toks[x].start, art.toks[x].end))):
            return None     # (a cue verb with no quote, «نوهت … بما», is a verb like any;
            # «وعبر» read as a preposition is the verb, round 20)
        region = []
        for x in range(v + 1, min(end, v + 25)):
            if art.is_quote(x) or art.norms[x] in RELATIVES or is_complementizer(art.norms[x]) \
                    or any(u.upos in ("VERB", "AUX") for u in art.toks[x].words) and \
                    not self.entities_in(art.toks[x].start, art.toks[x].end):
                break
            region.append(x)
        if not region:
            return None
        for e in self.entities_in(art.toks[region[0]].start, art.toks[region[-1]].end):
            if e.label != "PER" or self._in_institution(e) or self._oblique(e):
                continue
            p = bisect.bisect_left(art.starts, e.start) - 1
            while p > v and (art.norms[p] in C.TITLE_WORDS or art.norms[p].startswith("ال")
                             or art.norms[p] in ("،", ",")):
                p -= 1
            nm = art.norms[p] if p > v else ""
            if nm[:1] in "بل" and (nm[1:] in C.TITLE_WORDS or nm[1:].startswith("ال")):
                continue    # «لقائها برئيس الحكومة يوسف الشاهد»: an object
            return Speaker(e.start, e.end, e.canonical), True
        if region[0] == v + 1:
            # «أكد  ناجح المثلوثي، طبيب عام … تسجيل 7 حالات» then «وأضاف أنه»: a name
            # right after the verb that NER missed (round 16)
            named, person = self._bare_name(region)
            if named is not None and person:
                return named, True
        titled = titled_after_time(art.norms, region, self._time_adjunct(region), v)
        if titled:
            # «نفت اليوم الخميس النائبة ألفة السكري الشريف، …» then «وقالت …»: a name
            # after a time adjunct and a title that NER missed (round 17, batch 49)
            named, person = self._bare_name(titled)
            if named is not None and person:
                return named, True
        head = art.norms[region[0]]
        if head in C.SOURCE_HEADS and not head.startswith("ال") and \
                (head.endswith("ه") == (cue.gender == "f")) and cue.gender is not None:
            return self._phrase(region, None), False
        if head in ("هذه", "هذا") and len(region) > 1 and art.norms[region[1]].startswith("ال") \
                and cue.gender is not None and (head == "هذه") == (cue.gender == "f"):
            # «وكشفت هذه المواطنة عن …» then «وأكدت أن»: the demonstrative description
            # (round 18)
            sp, person = self._subject(cue, region[:2])
            return (sp, person) if sp is not None else (self._phrase(region[:2], None), False)
        return None

    def _oblique(self, e: Entity) -> bool:
        """Mention ``e`` is the object of a preposition written as a word of its own («عبر
        بوليتيكا», «في الجوهرة أف أم»): a genitive, never the subject of a later verb."""
        art = self.art
        k = bisect.bisect_left(art.starts, e.start) - 1
        return k >= 0 and art.norms[k] in OBLIQUE_PREPOSITIONS

    def _reported_group(self, cue: Cue) -> Speaker | None:
        """A plural verb cue inside a reported clause of its sentence goes on with that
        clause's subject, the noun phrase right after «إن/أن» («إن قيادات التنظيم كانوا
        يعلّمون …، ويقولون لهم "…"»), not with the reporter; None when that phrase names no
        group or the cue is no plural verb."""
        art = self.art
        k = cue.index
        if cue.kind != "verb" or not art.norms[k].endswith(("وا", "ون")):
            return None
        if k > 0 and art.norms[k - 1] in REPORTER_LINKS:
            return None     # «، كما وجدوا أن»: the reporters go on (round 16)
        start = k - 1
        while start >= 0 and not art.is_end(start):
            start -= 1
        c = next((x for x in range(k - 1, start, -1) if is_complementizer(art.norms[x])), None)
        if c is None:
            return None
        region = []
        for x in range(c + 1, k):
            if art.is_end(x) or art.norms[x] in ("،", ",") or art.is_quote(x) or \
                    any(w.upos in ("VERB", "AUX") for w in art.toks[x].words):
                break
            region.append(x)
        if not region or len(region) > 4 or region[-1] + 1 >= k or \
                not (self._content_word(region[0]) or counted_people(art, region)) or \
                self._names_at(region[0]) or \
                self.entities_in(art.toks[region[0]].start, art.toks[region[-1]].end):
            return None
        return self._phrase(region, None)

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
            # (the group that opens the cue's own sentence first: «كما أعرب عدد من مستعملي
            # الطريق …، وأضافوا»; a person alone there is no subject of a plural verb)
            group = group_said(self.art, self.said, j + 1, k)
            if group is not None:
                return group    # «وقال شهود إن … بينما قالت الشرطة …. وأضافوا» (round 18)
            for lo, hi in ((i + 1, k), (j + 1, i)):
                if hi - lo > 1:
                    sp, person = self._clause_subject(cue, lo, hi)
                    if sp is not None and not (person and lo > i):
                        return sp, person
            if (ps := plural_sentence_subject(art, k)) is not None:
                return self._phrase(list(range(ps[0], ps[1] + 1)), None), False  # (r21)
        opening = self._opening_person(cue)
        if opening is not None:
            return opening, True
        acc = accusative_subject(art, k, cue.gender) if cue.kind == "verb" else None
        if acc is not None:     # «غير أنّ صحفيا بوكالة "…" كشف … و بيّن أن» (round 20)
            return Speaker(art.toks[acc[0]].start, art.toks[acc[1]].end, None), False
        i = k - 1
        while i >= 0 and not art.is_end(i):
            i -= 1
        if cue.kind == "verb" and art.norms[k][:1] in "وف" and k - i > 2 and not (
                self._last_cue is not None and art.toks[i + 1].start <= self._last_cue):
            # «واعتبر القاضي السابق … ورجح أن»: the subject of the verb that opened the
            # sentence goes on
            sp, person = self._clause_subject(cue, i + 1, k)
            if sp is not None:
                return sp, person
            opener = opening_verb_person(self, cue.gender, i + 1, k)
            if opener is not None:
                return opener, True     # «وهاجمت لوبان ماكرون …، وقالت» (round 17)
        if cue.kind == "verb" and art.norms[k][:1] in "وف" and k - i <= 2:
            opened = self._previous_opening(cue, i) or opening_body(self, cue, i)   # (r20)
            if opened is not None:
                return opened     # «نوهت مديرة …، ماري …، بما …» then «واشارت … الى ان»
        if cue.kind == "verb" and art.norms[k][:1] in "وف" and k - i <= 2 and \
                (thread := thread_before_aside(art, self.said, cue.gender)) is not None:
            return thread   # «…، إذ أشارت مصادر إلى أن …. وأضافت أنها» (round 18)
        prev = self._previous(cue.gender)
        if prev is not None:
            return prev, False
        pos = self.art.toks[cue.index].start
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            e = self.ents[i]
            if (e.label == "PER" and self._in_institution(e)) or self._addressee(e) or \
                    self._oblique(e) or aside_mention(art, self.ents, i):
                i -= 1
                continue
            if cue.gender == "f" and e.label == "ORG":
                return Speaker(e.start, e.end, e.canonical), False
            if cue.gender != "f" or e.label == "PER":
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
            i -= 1
        return None, False
