"""Subjects named by a role rather than a name (round 4 of the speaker rules, from the errors
of the blind batches 14–16 and checked on unannotated articles):

- a relative with no name of their own is an unnamed source («وقالت والدة الطفل لصحيفة
  "إكسبرسن"», «وذكرت الوالدة»); the outlet spoken to is not the speaker;
- a spokesperson phrase («المتحدثة باسم شركة سبرينت») is the spokesperson, not the body:
  named by a PER that follows, else by the spokesperson named before, else unnamed;
- a programme's guest («وقال ضيف "بوليتيكا"») is the person the article is about: the last
  speaker, else the first person of the article's first sentence, else the nearest earlier
  person (round 8: the first person, not the object named after it; the programme's name
  right after «ضيف» is no person even when NER tags it PER);
- a sound plural or dual in -ين right after the verb is its object («كما ذكّرت المواطنين
  بأنه»: the subject would be -ون / -ان);
- (round 13) a spokesperson phrase ending in a rank title and a name whose first word begins
  with ل («… العقيد لسعد باشوال», NER cut after the ل) is named by that name;
- (round 8) an indefinite common noun with nisbas only («سياسي أوغندي», «مسؤول أمريكي») is
  an unnamed source even when NER tags it PER.

:class:`RoleRules` is a mixin of the speaker state. Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.bodies import BodyRules
from khabar.quotes.cues import Cue
from khabar.quotes.lexicon import is_place_adjective, norm_name, places
from khabar.quotes.namewords import first_names, fold
from khabar.quotes.relatives import KIN_WORDS
from khabar.quotes.spokes_after import spokesperson_after
from khabar.quotes.spokes_name import name_after_body, spokesperson_before

#: Heads of a spokesperson phrase («المتحدث باسم …», «الناطقة الرسمية باسم …»), without ال.
SPOKESPERSON_HEADS = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})
#: A programme's guest («ضيف "بوليتيكا"», «ضيفة البرنامج»), normalized.
GUEST_WORDS = frozenset({"ضيف", "ضيفه"})


def norm_name_last(canonical: str) -> str:
    """The last word of a name, normalized (the key of :attr:`SpeakerBase.names`)."""
    words = norm_name(canonical).split()
    return words[-1] if words else ""


#: Heads of a state or city named by a place after them («ولاية هاواي», «حكومة المالديف»;
#: normalized forms, round 11).
STATE_NAME_HEADS = frozenset({"ولايه", "دوله", "حكومه", "مدينه", "بلديه", "مقاطعه", "اماره"})


class RoleRules(BodyRules):
    """Speaker rules for subjects named by their role."""

    def _nisba_description(self, e: Entity) -> bool:
        """PER mention ``e`` is an indefinite common noun followed by nisbas of places only
        («سياسي أوغندي», «دبلوماسي فرنسي»): a description, no name (not a given name of the
        gazetteer, not a definite title)."""
        art = self.art
        starts = art.starts
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(starts, e.end)
        if b - a < 2 or a >= art.n:
            return False
        head = art.norms[a]
        if head.startswith("ال") or fold(head) in first_names() or \
                not any(w.upos in ("NOUN", "ADJ") for w in art.toks[a].words[-1:]):
            return False
        # (a definite nisba after an indefinite head is no adjective of it: «سندة التونسي»,
        # a name; round 20)
        return all(is_place_adjective(art.norms[i]) and not art.norms[i].startswith("ال")
                   for i in range(a + 1, b))

    def _role_subject(self, cue: Cue, region: list[int],
                      ents: list[Entity]) -> tuple[Speaker | None, bool] | None:
        """The speaker of a subject ``region`` (after the cue, with its mentions ``ents``)
        that names a role (see the module docstring); None when no role rule applies."""
        art = self.art
        first = region[0]
        head = art.norms[first]
        bare = head[2:] if head.startswith("ال") else head
        w = art.surf[first]
        kin = {w, w[2:] if w.startswith("ال") else w, w[1:] if w[:1] in "وف" else w}
        if kin & KIN_WORDS and not any(e.label == "PER" and not self._addressee(e)
                                        for e in ents):
            return self._phrase(region, None), False
        if bare in SPOKESPERSON_HEADS and any(art.norms[i] == "باسم" for i in region[1:3]):
            named = [e for e in ents if e.label == "PER" and not self._in_institution(e)
                     and not self._addressee(e)]
            if named:
                return Speaker(named[0].start, named[0].end, named[0].canonical), True
            ranked = self._glued_after_title(region, ents)
            if ranked is not None:
                return ranked, True     # «… العقيد لسعد باشوال» (round 13)
            named = name_after_body(self.art, region, ents)
            if named is not None:
                return named, True      # «… باسم المجمع سامى الخليفي» (round 19)
            back = self._antecedent(region)     # the spokesperson named before
            if back is None:
                said = spokesperson_before(
                    self.art, region, self.ents,
                    lambda e: not self._in_institution(e) and not self._addressee(e))
                back = (said, True) if said is not None else None   # (round 19)
            if back is None:
                later = spokesperson_after(     # named in the next phrase (round 20)
                    self.art, region, self.ents,
                    lambda e: not self._in_institution(e) and not self._addressee(e))
                back = (self._phrase(region, later.canonical), True) if later else None
            return back if back is not None else (self._phrase(region, None), False)
        if head in GUEST_WORDS and not any(e.label == "PER" and not self._show_name(first, e)
                                           for e in ents):
            return self._guest(cue)
        return None

    def _guest(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A programme's guest with no name of their own: the last person who spoke, else
        the person the news item is about (first named), else the nearest earlier person."""
        prev = self._previous(cue.gender)
        if prev is not None and prev.canonical and prev.canonical in self.persons:
            return prev, True
        pos = self.art.toks[cue.index].start
        return self._lead_person(pos) or self._earlier_person(pos) or (None, False)

    def _glued_after_title(self, region: list[int], ents: list[Entity]) -> Speaker | None:
        """A PER mention that NER began after a ل of its first word, right after a title
        word («الناطق الرسمي باسم الادارة العامة للديوانة العقيد لسعد باشوال»: Lassaad, no
        addressee after a rank); the speaker takes the whole word. None when there is none."""
        art = self.art
        for e in ents:
            if e.label != "PER":
                continue
            i = bisect.bisect_right(art.starts, e.start) - 1
            tok = art.toks[i] if i >= 0 else None
            if tok is None or i not in region or i - 1 not in region or \
                    e.start - tok.start != 1 or art.raw[tok.start] != "ل" or \
                    art.norms[i - 1] not in C.TITLE_WORDS:
                continue
            words = e.canonical.split()
            canon = " ".join([art.raw[tok.start:tok.end]] + words[1:]) \
                if words and words[0] == art.raw[e.start:tok.end] else e.canonical
            return Speaker(tok.start, e.end, canon)
        return None

    def _show_name(self, guest: int, e: Entity) -> bool:
        """Mention ``e`` is the programme's name right after the guest word at token
        ``guest`` («ضيف "بوليتيكا"» tagged PER), not a person."""
        between = self.art.raw[self.art.toks[guest].end:e.start]
        return between.strip(' "«“') == "" and len(between) <= 3

    def _lead_person(self, pos: int) -> tuple[Speaker, bool] | None:
        """The first person named in the article's first sentence, before raw offset
        ``pos`` (no addressee, not inside an institution's name): whom a news item is
        about («دعا القيادي … عصام الشابي … رئيس الحكومة يوسف الشاهد» → «الشابي»)."""
        art = self.art
        i = 0
        while i < art.n - 1 and not art.is_end(i):
            i += 1
        end = min(pos, art.toks[i].end)
        for e in self.ents:
            if e.start >= end:
                break
            if e.label == "PER" and not self._in_institution(e) and not self._addressee(e):
                return Speaker(e.start, e.end, e.canonical), True
        return None

    def _earlier_person(self, pos: int) -> tuple[Speaker | None, bool] | None:
        """The nearest PER mention before raw offset ``pos`` that is no addressee, no object
        of a preposition and not inside an institution's name; None when there is none."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            e = self.ents[i]
            if e.label == "PER" and not self._in_institution(e) and not self._addressee(e):
                return Speaker(e.start, e.end, e.canonical), True
            i -= 1
        return None

    def _verb_object(self, cue: Cue, first: int) -> bool:
        """Token ``first``, right after a verb cue, is a definite sound plural or dual in -ين
        (accusative/genitive): the verb's object, never its subject."""
        art = self.art
        head = art.norms[first]
        return head.startswith("ال") and head.endswith("ين") and first == cue.index + 1 and \
            cue.kind == "verb" and not self._names_at(first)

    def _state_by_name(self, region: list[int]) -> Speaker | None:
        """«أعلنت دولة قطر», «حكومة …»: the state by the place name after the head; None
        otherwise."""
        art = self.art
        if art.norms[region[0]] in ("دوله", "حكومه") and len(region) > 1 and \
                art.norms[region[1]] in places():
            t = art.toks[region[1]]
            return Speaker(t.start, t.end, " ".join(art.doc.repaired(Span(t.start,
                                                                          t.end)).split()))
        return None

    def _state_before_relative(self, h: int) -> Speaker | None:
        """Token ``h`` ends a place mention (LOC) right after a state head («ولاية هاواي»,
        «حكومة المالديف», «دولة قطر»): the head and the place, as written; else None."""
        art = self.art
        tok = art.toks[h]
        for e in self.all_ents:
            if e.label == "LOC" and e.end == tok.end:
                i = h
                while i > 0 and art.toks[i - 1].end > e.start:
                    i -= 1
                if i > 0 and art.toks[i].start == e.start and \
                        art.norms[i - 1] in STATE_NAME_HEADS:
                    s = art.toks[i - 1].start
                    return Speaker(s, e.end, " ".join(art.doc.repaired(Span(s, e.end)).split()))
        return None
