"""The entity mentions a speaker choice reads (split out of :mod:`khabar.quotes.speakers`,
unchanged): NER's PER/ORG mentions of one article, repaired from the article itself — full names
NER missed, names it ran together or cut, canonical names as first written (rounds 16–19).

:class:`EntityPrep` is a mixin of :class:`~khabar.quotes.speakers.Speakers`; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.apposed_title import drop_title_given
from khabar.quotes.bal_surname import bal_surnames
from khabar.quotes.canon import written_canonicals
from khabar.quotes.edges import fix_name_starts
from khabar.quotes.first_org import first_written_orgs
from khabar.quotes.split_outlet import joined_outlets
from khabar.quotes.given_before import bel_given_after_title, given_name_before
from khabar.quotes.glued import join_hyphenated
from khabar.quotes.governor_split import split_governor
from khabar.quotes.hyphen_place import construct_places, drop_hyphen_places
from khabar.quotes.joined_din import joined_din
from khabar.quotes.cut_surname import cut_surnames
from khabar.quotes.known_orgs import cut_known_orgs
from khabar.quotes.lam_surname import repeated_lam_surname
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article
from khabar.quotes.missed import missed_apposed_names, missed_full_names
from khabar.quotes.names_after_cue import name_before_description, repeated_names_after_cue
from khabar.quotes.name_runon import split_two_surnames
from khabar.quotes.names import repair_entities
from khabar.quotes.namewords import first_names
from khabar.quotes.nisba import drop_nisba_persons
from khabar.quotes.particle_split import split_at_fa_inna
from khabar.quotes.rank_title import without_rank_persons
from khabar.quotes.maghrebi_given import bu_given_names, lam_given_names
from khabar.quotes.glued_persons import clitic_surnames, place_glued_persons
from khabar.quotes.sidi_places import without_sidi_places
from khabar.quotes.agency_tail import cut_agency_tails
from khabar.quotes.surname_title import cut_guest, surname_before_title
from khabar.quotes.surnames import surname_after_given
from khabar.quotes.given_after_title import given_after_title
from khabar.quotes.trim import trim_persons
from khabar.text.normalize import normalize


class EntityPrep:
    """Sets ``all_ents`` (every mention, with the added ones) and ``ents`` (repaired PER/ORG)."""

    def _prepare_entities(self, art: Article, ents: list[Entity]) -> None:
        """Repair ``ents`` (NER's mentions of ``art``) into ``self.all_ents``/``self.ents``."""
        # a full name NER missed whose surname later stands bare after a cue (round 16)
        ents = list(ents) + missed_full_names(art, ents)
        ents = ents + missed_apposed_names(art, ents)   # «رئيسة …، بدرة قعلول عن» (round 18)
        ents = ents + repeated_names_after_cue(art, ents)   # (round 20)
        ents = split_at_fa_inna(art.doc, art.toks, art.norms, ents)     # (round 17)
        ents = split_governor(art.doc, art.toks, art.norms, ents)   # «حاكم ولاية …» (round 18)
        ents = joined_din(art.raw, ents)    # «خيرالدين السعدلي» (round 19)
        ents = cut_surnames(art, ents)    # «محمد صالح» + «معالج» (round 22)
        ents = construct_places(art.raw, ents)     # «نيابة هيسن» (round 21)
        ents = without_rank_persons(art.raw, ents)     # «حافظ الأمن» (round 22)
        self.all_ents = list(ents)
        ents = drop_hyphen_places(art.raw, ents, ents)  # «ولاية بادن-فورتمبرغ» (round 21)
        fixed, keep = fix_name_starts(art.doc, art.toks, join_hyphenated(
            art.raw, drop_nisba_persons(art.raw, [e for e in ents if e.label in ("PER", "ORG")])))
        fixed = trim_persons(art.doc, art.toks, fixed, art.fold_where)
        fixed = given_after_title(art.raw, art.toks[:art.n], art.norms[:art.n], fixed)  # (r18)
        fixed = surname_after_given(art.doc, art.toks[:art.n], art.norms[:art.n], fixed,
                                    first_names(), art.cue_hits)    # «محمد» + «بالشيخ» (r16)
        fixed = repeated_lam_surname(art.doc, art.toks[:art.n], art.norms[:art.n], fixed,
                                     first_names())     # «ريم» + «لمتي» (round 17)
        self.ents = written_canonicals(art.doc, art.toks, repair_entities(
            art.doc, art.toks, fixed, self._name_like, is_place_adjective, keep), art.folds)
        self.ents = cut_known_orgs(art.toks, art.norms, art.raw, self.ents)  # (round 16)
        self.ents = split_two_surnames(art.raw, self.ents)    # «لوبان ماكرون» (round 17)
        self.ents = lam_given_names(art.raw, self.ents)     # «لسعد ادريس» (round 19)
        self.ents = cut_agency_tails(art.raw, self.ents)    # «… لفرانس برس» (round 22)
        self.ents = place_glued_persons(art.raw, clitic_surnames(art.raw, self.ents),
                                        self.all_ents, first_names())   # (round 20)
        self.ents = drop_title_given(art.raw, self.ents)    # «أمين عام» (round 20)
        self.ents = first_written_orgs(art.raw, self.ents)  # «للصليب الأحمر» (round 20)
        self.ents = joined_outlets(art.raw, self.ents)  # «صحيفة فيلت ام زونتاج» (round 22)
        self.ents = sorted(self.ents + name_before_description(art, self.ents),
                           key=lambda e: e.start)   # «مباركة عواينية أرملة …» (round 20)
        self.ents = without_sidi_places(art.toks, art.norms, self.ents)   # (round 20)
        edges = (art.start_at, art.end_at)
        self.ents = surname_before_title(art.doc, art.toks[:art.n], cut_guest(
            art.doc, art.toks[:art.n], self.ents, edges), edges)  # «ضيف بوليتيكا» … (r21)
        self.ents = bal_surnames(art.raw, self.ents)    # «X بالحاج جلول» (round 21)
        self.ents = bu_given_names(art.raw, self.ents, first_names())   # «بوعلي» (round 21)
        self.ents = bel_given_after_title(art.raw, art.toks[:art.n], art.norms[:art.n],
                                          given_name_before(art.raw, art.toks[:art.n],
                                                            self.ents))   # (round 21)
        self.ents = without_rank_persons(art.raw, self.ents)    # «حافظ الأمن» (round 22)
        # «المنظمة» alone tagged ORG is a description of a body named before (anaphora)
        self.ents = [e for e in self.ents if not (e.label == "ORG" and " " not in e.canonical
                                                  and normalize(e.canonical) in C.ORG_HEADS
                                                  and e.canonical.startswith("ال"))]


__all__ = ["EntityPrep"]
