"""Speaker resolution for one article: :class:`Speakers` keeps the mentions (edges repaired by
:func:`khabar.quotes.names.repair_entities`), the known names and the speakers so far, and
:meth:`Speakers.resolve` picks the speaker of each cue in order (a person's full name as
first written: :class:`khabar.quotes.fullnames.FullNames`). Nothing here raises on
ordinary input.
"""
from __future__ import annotations

import bisect

import numpy as np

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.candidates import gather
from khabar.quotes.attribution import AttributionRules
from khabar.quotes.clause_links import event_verb, participle_qawl
from khabar.quotes.comma_clause import comma_clause_before
from khabar.quotes.gender_participle import gender_participle_subject
from khabar.quotes.relative_participle import relative_speaker
from khabar.quotes.region_asides import without_asides
from khabar.quotes.speaker_repairs import SpeakerRepairRules
from khabar.quotes.subject_before import subject_before
from khabar.quotes.cues import Cue
from khabar.quotes.fullnames import FullNames
from khabar.quotes.idioms import after_clause
from khabar.quotes.however import however_clause
from khabar.quotes.finish import (Aliases, institution_of, tidy)
from khabar.quotes.lexicon import norm_name
from khabar.quotes.marks import Article
from khabar.quotes.mention_edges import mend_mentions
from khabar.quotes.marked_subject import coordinated_after_comma, place_subject
from khabar.quotes.subordinate_participle import subordinate_verb
from khabar.quotes.surnames import titled_surname
from khabar.quotes.namewords import org_names
from khabar.quotes.name_mends import mend_names
from khabar.quotes.ranker import choose, features
from khabar.quotes.relative_verb import kana_relative_subject
from khabar.quotes.kana_comma import kana_comma_subject
from khabar.quotes.subject_frames import issuer_range, turn_subject
from khabar.quotes.speaker_ents import EntityPrep
from khabar.quotes.speaker_explicit import ExplicitRules
from khabar.quotes.speaker_finish import FinishRules
from khabar.quotes.speaker_region import RegionRules
from khabar.quotes.source_hooks import described_source, entity_repairs, relative_object_subject
from khabar.quotes.verb_participle import titled_before_participle
from khabar.text.normalize import normalize


class Speakers(EntityPrep, ExplicitRules, RegionRules, FinishRules, FullNames, AttributionRules,
               SpeakerRepairRules):
    """Speaker resolution state for one article."""

    def __init__(self, art: Article, ents: list[Entity], weights: np.ndarray | None = None,
                 trace: list | None = None) -> None:
        self.art = art
        self.weights = weights      # learned speaker choice (None: the rules alone)
        self.trace = trace          # (cue, candidates, features) per cue, for training
        self._prepare_entities(art, ents)
        self.ents = mend_mentions(art.raw, self.ents)   # «وكالة الأنباء …», «التابعة» (r23)
        self.ents = entity_repairs(art, self.ents)     # «موفدنا», «كواك سيونغ» … (round 23)
        self.ents = mend_names(art, self.ents, self.all_ents)   # (round 23)
        self.starts = [e.start for e in self.ents]
        self.history: list[tuple[Speaker, str | None]] = []   # (speaker, gender)
        self.said: list[tuple[int, Speaker, bool, str | None]] = []  # each cue's speaker
        self.last_person = False    # the last remembered speaker is a named person
        self.names: dict[str, str] = {}   # surname / name token → canonical (persons)
        self._written: dict[str, str] = {}  # canonical → as first written (memo)
        self._bare: list[str] | None = None  # the article's norms without ال (lazy)
        self.persons = [e.canonical for e in self.ents if e.label == "PER"]
        self.aliases = Aliases(art.raw)     # «(ناسا)» after a name: its alias
        for e in self.ents:
            self.aliases.note(e.start, e.end, tidy(e.canonical))
        for c in self.persons:
            self._add_name(c)
        # a one-word ORG mention that is the surname of a person named in the article is
        # that person («سيران أطيش» … «وذكرت أطيش» tagged ORG)
        firms = {e.canonical for e in self.ents if self._after_org_head(e)}
        self.ents = [Entity(e.start, e.end, "PER", self.names[norm_name(e.canonical)])
                     if e.label == "ORG" and norm_name(e.canonical) in self.names and
                     e.canonical not in firms else e for e in self.ents]

    def _after_org_head(self, e: Entity) -> bool:
        """A mention right after an organisation head («شركة تويوتا»): a firm named after
        a family stays an organisation."""
        art = self.art
        i = bisect.bisect_left(art.starts, e.start) - 1
        return i >= 0 and (art.norms[i] in C.ORG_HEADS or
                           art.norms[i][1:] in C.ORG_HEADS or art.norms[i][2:] in C.ORG_HEADS)

    def resolve(self, cue: Cue) -> Speaker | None:
        """The speaker of ``cue`` (after the cue, before it, in its sentence, else implicit),
        remembered for later cues; None when nothing fits."""
        art = self.art
        k = cue.index
        region, each_of, idiom = self._region(cue)
        region = without_asides(art, k, region)   # «–وهذا اسمه …-», «واصفا شعوره» (r23)
        sp, person = self._explicit(cue, region, each_of)
        sp, person = described_source(self, cue, region, sp, person)    # «موفدنا» (r23)
        qawl = participle_qawl(art, k)      # «، معلقا بالقول» reads as a participle (round 16)
        qawl = qawl or art.norms[k] in ("بقوله", "بقولها")    # «اكتفى … بقوله» (round 18)
        iss = issuer_range(art, k) if sp is None and cue.kind == "verb" else None
        if iss is not None:     # «أصدر البيت الأبيض بيانا … قال فيه» (round 18)
            sp, person = self._subject(cue, list(range(iss[0], iss[1] + 1)))
            if sp is not None and not sp.canonical and "".join(normalize(
                    art.raw[sp.start:sp.end]).split()) not in org_names():
                sp, person = None, False    # «أصدر التنظيم بيانا»: the name it refers to
        kana_rel = kana_relative_subject(art, k) if sp is None and cue.kind == "verb" and \
            not region else None
        if kana_rel:    # «وكان التحالف قد بدأ … حملة عسكرية يقول إنها» (round 19)
            sp, person = self._subject(cue, kana_rel)
        kana_c = kana_comma_subject(art, k) if sp is None and cue.kind == "verb" and \
            not region else None
        if kana_c:      # «وكانت وزارة الدفاع الوطني، قد أفادت بأن» (round 20)
            sp, person = self._subject(cue, kana_c)
        if sp is None:
            sp, person = subject_before(self, cue)  # «وكان … NAME، أكد», «لكنه قال» (r20)
        if sp is None and (rel_obj := relative_object_subject(self, cue, region)) is not None:
            sp, person = rel_obj, False     # «الفحوصات … التي أجريت على ماريو أظهرت» (r23)
        if sp is None and cue.kind != "part" and not qawl:
            sp, person = self._before(cue)
        if sp is None and cue.kind == "verb":
            sp, person = self._event_subject(cue)      # «عقد … لقاء …، أكد خلاله» (round 16)
        lo = coordinated_after_comma(art, k, cue.gender) if sp is None and not region and \
            cue.kind == "verb" else None
        if lo is None and sp is None and not region and cue.kind == "verb":
            lo = comma_clause_before(art, k, cue.gender)    # «…، وكانت إيران تعلن …، وتقول»
        if lo is not None and not any(lo <= c < k for c, _, _, _ in self.said):
            # «ونفت قطر الاتهامات …، وقالت إنها»: the subject of the sentence's opening verb
            # (round 17; not when a cue of the sentence spoke: «وأضاف السويسري أنه …، وقال»)
            sp, person = self._clause_subject(cue, lo, k)
            verb = next(j for j in range(lo, k) if art.norms[j] not in ("و", "قد", "وقد", "كما"))
            if sp is None and (place := place_subject(art, self.all_ents, verb)) is not None:
                sp, person = place, False
        if sp is None and cue.kind == "verb" and (idiom or after_clause(art.norms, k)):
            # «وكان ماكرون قد زار الجزائر …، بعدما وصف الاستعمار بأنه»: a verb in a «بعدما»
            # clause with no subject of its own shares the sentence's subject (round 15)
            sp, person = self._sentence_subject(cue)
        if sp is None and cue.kind == "verb":
            nested, nested_person = self._complement_subject(cue)
            if nested is not None and however_clause(art, k):
                sp, person = nested, nested_person  # «إلا أن لوريمان …، قال»: main (round 16)
            elif nested is not None:
                return nested       # a report inside a report: the thread stays the outer one
            group = self._reported_group(cue) if sp is None else None
            if group is not None:
                return group        # «إن قيادات التنظيم … ويقولون»: the same, a group
        if sp is None and cue.kind == "part" and \
                (rel := relative_speaker(art, k, cue.gender, self.said)) is not None:
            sp, person = rel    # «محسن حسن، الذي قال … إن …، معتبرا أن» (round 20)
        if sp is None and cue.kind == "part" and \
                (titled := titled_before_participle(art, k)) is not None:
            # «نفاه المعتمد موضحا»: the person named before with that title, else unnamed
            back = self._antecedent(titled)     # (round 20)
            sp, person = back if back and back[0].canonical in self.persons else \
                (self._phrase(titled, None), False)
        if sp is None and cue.kind == "part" and (fem := gender_participle_subject(
                art, k, cue.gender, self.said, self.ents)) is not None:
            sp, person = fem    # «وأوضح السليطي … ما صرحت به القوبنطيني …، مبينة» (r21)
        if sp is None and cue.kind == "part" and (sub := subordinate_verb(art, k)) is not None:
            sp, person = self._clause_subject(cue, sub + 1, k)  # «فيما وجّه X …» (round 23)
        if sp is None and (cue.kind == "part" or qawl):
            sp, person = self._sentence_subject(cue)
        if sp is None and cue.kind == "part" and (turn := turn_subject(art, k)) is not None:
            sp, person = self._phrase(turn, None), False    # «من جانبه، نفى حارس …» (round 18)
        if sp is None:
            sp, person = self._implicit(cue)
            if self.history and sp == self.history[-1][0]:
                person = person or self.last_person
            nested = self._disagreeing(cue, sp, person)     # (round 20)
            if nested is not None:
                return nested       # a report inside a report: the thread stays the outer one
        sp, person = self._repair_speaker(sp, person)
        sp, person = self._polish(cue, sp, person)
        if self.weights is not None or self.trace is not None:
            sp, person = self._learned(cue, sp, person)
        if sp is not None:
            self.remember(sp, cue.gender, person)
            self.said.append((k, sp, person, cue.gender))
        return sp

    def _event_subject(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A verb cue with no subject, followed by a pronoun for an event noun before it: the
        subject of the verb before that noun («عقد … لقاء …، أكد خلاله»); (None, False)
        otherwise (:mod:`khabar.quotes.clause_links`)."""
        v = event_verb(self.art, cue.index)
        if v is not None:
            sp, person = self._clause_subject(cue, v, cue.index)
            if sp is not None and sp.canonical:
                return sp, person   # a name only («وأصدر التنظيم بيانًا قال فيه»: no phrase)
        return None, False

    def _object_noun(self, region: list[int]) -> bool:
        """The last token of ``region`` (the words between a verb like «وصف» and its
        complementizer) is the verb's object: a definite noun, no nisba adjective, after
        another definite word («وزارة العدل الحكم», «الحزب الحكومة»)."""
        art = self.art
        last, prev = art.norms[region[-1]], art.norms[region[-2]]
        return last.startswith("ال") and prev.startswith("ال") and \
            not last.endswith(("ي", "يه", "يين", "يون")) and self._content_word(region[-1]) \
            and bool(art.toks[region[-1]].words) and art.toks[region[-1]].words[-1].upos == "NOUN"

    def _finish(self, sp: Speaker) -> Speaker:
        """The canonical name tidied (:mod:`khabar.quotes.finish`): no stray punctuation or
        honorific, a body named by its institution, an alias by its full name; the span
        stops before a parenthesis the name took."""
        art = self.art
        start, end = sp.start, sp.end
        k = art.raw.find("(", start, end)
        if k > start and ")" not in art.raw[k:end]:
            end = len(art.raw[:k].rstrip())
        canon = tidy(sp.canonical or "")
        surname = titled_surname(canon, self.names)     # «دكتور صمودي» (round 16)
        canon = self.full(surname) or canon if surname else canon
        if canon != sp.canonical and " " not in canon:
            canon = self.names.get(norm_name(canon), canon)     # «الزهراني» → the full name
        canon = institution_of(canon, art.norms[:art.n], art.surf[:art.n]) or canon
        self.aliases.note(start, sp.end, canon)
        canon = self.aliases.expand(canon)
        return sp if (start, end, canon) == (sp.start, sp.end, sp.canonical) \
            else Speaker(start, end, canon)

    def _learned(self, cue: Cue, sp: Speaker | None,
                 person: bool) -> tuple[Speaker | None, bool]:
        """The learned choice among the candidates (the rule answer ``sp`` among them)."""
        cands = gather(self, cue, sp, person)
        if not cands:
            return sp, person
        X = features(self, cue, cands)
        if self.trace is not None:
            self.trace.append((self.art.toks[cue.index].start, cands, X))
        if self.weights is None:
            return sp, person
        c = cands[choose(self.weights, X)]
        return c.speaker, c.person

