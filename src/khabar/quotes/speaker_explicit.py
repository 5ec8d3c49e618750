"""The first speaker steps of :meth:`khabar.quotes.speakers.Speakers.resolve`: the subject
region after the cue and the named or documentary forms found around it — a state, a listed
first state, a name or outlet in quotation marks, a counted group, a source or document
before the verb, a ministry or party by its short name (rounds 16–22). A mixin of
:class:`~khabar.quotes.speakers.Speakers` (it uses the article, the mentions and the other
rules' ``_subject``/``_phrase``); split out of ``speakers.py`` with the code unchanged.
Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.quotes.asyndetic import document_subject
from khabar.quotes.counted import counted_alone, counted_group
from khabar.quotes.cues import Cue
from khabar.quotes.each_of import first_listed_place
from khabar.quotes.marked_subject import marked_name, marked_tail, named_before, place_subject
from khabar.quotes.place_time import only_time_after
from khabar.quotes.rank_title import rank_antecedent
from khabar.quotes.region_words import document_before, ministry_short
from khabar.quotes.relative_fiha import relative_cue_person
from khabar.quotes.document_relative import doc_relative_before
from khabar.quotes.named_bodies import party_short
from khabar.quotes.object_verbs import told_object
from khabar.quotes.names_in_marks import dotted_marked_name
from khabar.quotes.source_before import source_before
from khabar.quotes.subject_frames import marked_group
from khabar.quotes.unnamed_heads import bracket_name, close_to_at, office_at


class ExplicitRules:
    """The explicit and named forms of a cue's subject (a mixin of ``Speakers``)."""

    def _explicit(self, cue: Cue, region: list[int],
                  each_of: bool) -> tuple[Speaker | None, bool]:
        """``(speaker, named person)`` from the subject region and the named forms around
        cue ``cue``; ``(None, False)`` when none applies (later steps go on)."""
        art = self.art
        k = cue.index
        if region and close_to_at(art.norms, region):   # «مقربون من ماكرون» (round 23)
            sp, person = self._phrase(region, None), False
            sp = Speaker(sp.start, self._phrase(region[2:], None).end, None)
        else:
            sp, person = (self._subject(cue, region) if region else (None, False))
        if sp is None and region and office_at(art.norms, region):
            sp, person = self._phrase(region, None), False  # «مكتب الرئاسة» (round 23)
        if sp is not None and not person and (br := bracket_name(art, region)) is not None \
                and sp.end <= art.toks[region[0]].end:     # «شركة (إس.إن.سي.بي)» (round 23)
            sp = Speaker(*br, " ".join(art.raw[br[0]:br[1]].split()))
        sp, person = told_object(self, cue, region, sp, person)    # «أخبر X أن» (round 20)
        sp, person = rank_antecedent(self, region, sp, person)   # «حافظ الأمن» (round 22)
        if region and (grp := marked_group(art, region, self.ents)) is not None:
            sp, person = Speaker(grp.start, grp.end, grp.canonical), False  # (round 18)
        if sp is None and cue.kind == "verb" and region and region[0] == k + 1 and \
                (place := place_subject(art, self.all_ents, k)) is not None and \
                (place.end == art.toks[region[-1]].end or only_time_after(art, place, region)):
            sp, person = place, False   # «قالت ألمانيا إنها»: a state speaks (round 18, 22)
        if each_of and (listed := first_listed_place(art, self.all_ents, region)) is not None:
            sp, person = listed, False  # «أعلنت كل من الجزائر ومصر أن»: the first (round 19)
        marked = (marked_name(art, region) or dotted_marked_name(art, region)) \
            if sp is None and cue.kind == "verb" else None     # («"سي.إن.إن"»: round 20)
        if marked is not None:      # «وذكرت "أفتنبوستن" أن» (round 17)
            sp, person = Speaker(*marked, named_before(
                " ".join(art.doc.repaired(Span(*marked)).split()),
                [e.canonical for e in self.ents if e.label == "ORG" and e.start < marked[0]] +
                [h.canonical for h, _ in self.history if h.canonical])), False
        tail = marked_tail(art, region) if cue.kind == "verb" and not person else None
        if tail is not None:        # «توقعت وكالة الترقيم الدولي "فيتش رايتنغ" أن» (round 18)
            sp = Speaker(*tail, " ".join(art.doc.repaired(Span(*tail)).split()))
        if sp is None and cue.kind == "verb" and \
                (rel := relative_cue_person(art, k, self.ents)) is not None:
            # «تصريحات … والتي قال فيها "…"»: the person named last before (round 17)
            sp, person = Speaker(rel.start, rel.end, rel.canonical), True
        if sp is None and (counted_group(art, region) or counted_alone(art.norms, region)):
            sp = self._phrase(region, None)     # «أكدت 70 منظمة عربية …» (round 17)
        src = source_before(art, k, region) if sp is None and cue.kind == "verb" else None
        if src is not None:     # «إلى مصدر موثوق أكد لها أن» (round 17)
            sp = Speaker(art.toks[src[0]].start, art.toks[src[1]].end, None)
        if sp is None and cue.kind == "verb" and not region and \
                (doc := document_subject(art, k, cue.gender)) is not None:
            # «استطلاعا للرأي …، بين أن»: the document the verb describes (round 16)
            sp = Speaker(art.toks[doc[0]].start, art.toks[doc[1]].end, None)
        short = ministry_short(art, region, k) or party_short(art, region, k)  # (r19)
        if short is not None:
            sp, person = Speaker(*short), False     # «وأضافت الداخلية» (round 16)
        doc_at = document_before(art, k) if sp is None and cue.kind == "verb" else None
        if doc_at is not None:
            # «"نتائج الدراسة تشير إلى أن …"»: the document before the verb (round 16)
            sp, person = Speaker(art.toks[doc_at].start, art.toks[k - 1].end, None), False
        rel_doc = doc_relative_before(art, k) if sp is None and cue.kind == "verb" else None
        if rel_doc is not None:     # «لكن دراسة نشرتها دورية (ساينس) أشارت إلى أن» (round 19)
            sp, person = Speaker(rel_doc, art.toks[k - 1].end, None), False
        return sp, person


__all__ = ["ExplicitRules"]
