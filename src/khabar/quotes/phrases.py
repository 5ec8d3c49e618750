"""Speaker phrases: the state of speaker resolution for one article and the helpers that turn
token ranges into :class:`~khabar.document.Speaker` objects (names, surnames known from
earlier mentions, media outlets, unnamed-source phrases, antecedents of «الوزير», «الشرطة»).

The rules that pick the subject are in :mod:`khabar.quotes.subject` and
:mod:`khabar.quotes.context`; :class:`khabar.quotes.speakers.Speakers` sets the state.
Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.glued_addressee import glued_addressee
from khabar.quotes.lexicon import TIME_WORDS, is_place_adjective, norm_name, places
from khabar.quotes.marks import Article
from khabar.quotes.mention_edges import dangling_at
from khabar.quotes.outlets import field_agency, quoted_name_after
from khabar.quotes.agency_adjective import adjective_then_place
from khabar.quotes.institution_phrases import school_adjective
from khabar.quotes.spoken_to import addressee, told

class SpeakerBase:
    """Speaker resolution state of one article (set by
    :class:`~khabar.quotes.speakers.Speakers`) and the phrase helpers."""

    art: Article
    all_ents: list[Entity]      # every entity of the article
    ents: list[Entity]          # PER/ORG mentions, edges repaired, sorted by start
    starts: list[int]           # raw starts of ``ents``
    history: list[tuple[Speaker, str | None]]   # (speaker, gender)
    last_person: bool           # the last remembered speaker is a named person
    names: dict[str, str]       # surname / name token → canonical (persons)
    persons: list[str]          # canonical names of the PER mentions
    said: list[tuple[int, Speaker, bool, str | None]]  # (cue token, speaker, person, gender)
    _last_cue: int | None = None    # raw start of the cue resolved last

    def _add_name(self, canonical: str) -> None:
        """Index the later words of a person's name (with and without ال) to the name."""
        parts = norm_name(canonical).split()
        if len(parts) < 2:
            return
        for p in parts[1:]:
            for key in (p, p[2:] if p.startswith("ال") else "ال" + p):
                old = self.names.get(key)
                # more words win; among equals the name written first («سيران أطيش», not
                # the later misspelling «سيريان أطيش»)
                if old is None or len(old.split()) < len(canonical.split()):
                    self.names[key] = canonical

    def remember(self, sp: Speaker, gender: str | None, person: bool) -> None:
        """Record ``sp`` as the latest speaker (a named person when ``person``)."""
        self.history.append((sp, gender))
        self.last_person = person
        if person and sp.canonical:
            self._add_name(sp.canonical)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """PER/ORG mentions that start in the raw range ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            out.append(self.ents[i])
            i += 1
        return out

    def _addressee(self, e: Entity) -> bool:
        """Mention ``e`` names the one spoken to (:func:`khabar.quotes.spoken_to.addressee`:
        glued to ل, «في تصريح للجوهرة اف ام», «لمراسل …», «مع قناة …»), not a speaker."""
        return addressee(self.art.raw, e.start)

    def _told(self, e: Entity) -> bool:
        """Mention ``e`` follows a noun of speaking + ل, a reporter or outlet with ل, or an
        outlet after «مع» (:func:`khabar.quotes.spoken_to.told`): never a speaker, even alone."""
        return told(self.art.raw, e.start)

    def _previous(self, gender: str | None) -> Speaker | None:
        """The last speaker whose gender agrees with ``gender`` (None agrees with any)."""
        for sp, g in reversed(self.history):
            if gender is None or g is None or g == gender:
                return sp
        return None

    def _ali(self, i: int) -> bool:
        """Token ``i`` is the given name «علي» (written with ya, a proper noun after it), not
        the preposition «على» that normalizes the same."""
        art = self.art
        return art.surf[i] == "علي" and i + 1 < art.n and self._proper(i + 1)

    def _name_like(self, i: int) -> bool:
        """Token ``i`` may be a name word: not a title, head, cue, complementizer or
        preposition + article form, nor ل glued to a mention («لرويترز»: round 20)."""
        nm = self.art.norms[i]
        return (nm[:1].isalpha() and len(nm) > 1 and nm not in C.TITLE_WORDS
                and nm not in C.ORG_HEADS and (nm not in C.PHRASE_STOPS or self._ali(i))
                and nm not in C.ANAPHORIC_SOURCES and nm not in C.SOURCE_HEADS
                and nm not in C.ATTRIBUTION_WORDS
                and cue_form(nm) is None and not is_complementizer(nm)
                and not nm.startswith(("لل", "بال", "وال", "فال", "كال"))
                and not (hasattr(self, "starts") and glued_addressee(
                    self.art.raw, self.art.toks[i].start, self.art.toks[i].end,
                    self.entities_in)))     # (once the mentions are set: not in repairs)

    def _media(self, region: list[int]) -> Speaker:
        """«صحيفة "ذا صن"», «جريدة الخبر», «صحيفة ديلي ميل الإنجليزية» → the outlet's name."""
        art = self.art
        n = field_agency(art, region)
        if n:   # «وكالة الاستخبارات الوطنية الكورية»: a state body (round 16)
            s, e = art.toks[region[0]].start, art.toks[region[n - 1]].end
            return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))
        idx = []
        i = 1
        if i + 2 < len(region) and art.norms[region[i]].startswith("ال") and \
                art.is_quote(region[i + 1]) and not art.is_quote(region[i + 2]):
            i += 1      # «وكالة التصنيف "فيتش رايتينغ"»: a kind of outlet, then its name
        if i == 1 and len(region) > 1 and not art.norms[region[1]].startswith("ال") and \
                is_place_adjective(art.norms[region[1]]):
            return self._phrase(region[:2], None)   # «صحيفة بلجيكية»: unnamed (round 17)
        if i < len(region) and art.is_quote(region[i]):
            i += 1
            while i < len(region) and not art.is_quote(region[i]) and len(idx) < 5:
                idx.append(region[i])
                i += 1
        else:
            while i < len(region) and len(idx) < 3:
                nm = art.norms[region[i]]
                if nm in C.PHRASE_STOPS or not nm[:1].isalnum() or \
                        (idx and nm.startswith("ال") and nm.endswith(("يه", "ي"))):
                    break
                idx.append(region[i])
                i += 1
        if not idx:
            return self._phrase(region, None)
        if art.norms[idx[0]] == "الانباء":
            # «وكالة الأنباء الفرنسية»: a news agency is named with its head and nisba
            idx = [region[0]] + idx
            named = quoted_name_after(art, region, len(idx))
            if named is not None:   # «وكالة الأنباء الكورية الجنوبية "يونهاب"» (round 16)
                idx = [named[0], named[1]]
            nxt = region[len(idx)] if len(idx) < len(region) and named is None else None
            if nxt is not None and is_place_adjective(art.norms[nxt]):
                idx.append(nxt)
            elif nxt is not None and adjective_then_place(art, region, len(idx)):
                idx += [nxt, region[len(idx) + 1]]     # «المركزية الكورية» (round 19)
        s, e = art.toks[idx[0]].start, art.toks[idx[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))

    def _in_institution(self, e: Entity) -> bool:
        """PER mention ``e`` names an institution or a place, not a speaker: an institution
        head (with a one-letter proclitic or the article) comes right before it, titles
        skipped («بمدينة الملك عبد العزيز», «جامعة الملك سعود»)."""
        art = self.art
        i = bisect.bisect_left(art.starts, e.start) - 1
        skipped = 0
        while i >= 0 and (art.norms[i] in C.TITLE_WORDS or art.is_quote(i) or
                          school_adjective(art, i)) and skipped < 2:
            i -= 1      # («مستشفى "فرحات حشاد"»: a quotation mark between; «المدرسة
            # الابتدائية الحبيب ثامر»: an adjective of the head, round 21)
            skipped += 1
        if i < 0:
            return False
        nm = art.norms[i]
        return any(w in C.INSTITUTION_HEADS for w in
                   (nm, nm[1:], nm[2:], nm[3:] if nm.startswith(("بال", "وال", "لل")) else nm))

    def _in_place(self, i: int) -> bool:
        """Token ``i`` lies inside an ORG entity or is a gazetteer place (not any LOC
        mention: the tagger files unknown foreign surnames such as «ماكلاي» as LOC)."""
        t = self.art.toks[i]
        for e in self.all_ents:
            if e.start <= t.start and t.end <= e.end and e.label == "ORG":
                return True
        return self.art.norms[i] in places()

    def _content_word(self, i: int) -> bool:
        """Token ``i`` is a noun, adjective or proper noun (not a preposition, pronoun …)."""
        words = self.art.toks[i].words
        return not words or any(w.upos in ("NOUN", "ADJ", "X", "PROPN") for w in words)

    def _proper(self, i: int) -> bool:
        """The last word of token ``i`` is tagged X or PROPN."""
        words = self.art.toks[i].words
        return bool(words) and words[-1].upos in ("X", "PROPN")

    def _name_speaker(self, idx: list[int]) -> Speaker:
        """The speaker named by tokens ``idx``; one word takes the full name known for it."""
        art = self.art
        s, e = art.toks[idx[0]].start, art.toks[idx[-1]].end
        canon = " ".join(art.doc.repaired(Span(s, e)).split())
        last = art.norms[idx[-1]]
        if len(idx) == 1:
            if last in self.names:
                canon = self.names[last]
            else:
                canon = self._expand(idx[0]) or canon
        return Speaker(s, e, canon)

    def _phrase(self, region: list[int], canonical: str | None) -> Speaker:
        """The source phrase at the start of ``region``: up to six tokens, cut at an
        adjunct, a comma, a colon, a complementizer or a quotation mark."""
        art = self.art
        keep = [region[0]]
        for i in region[1:]:
            nm = art.norms[i]
            if nm == "عن" and art.norms[keep[-1]] in ("الدفاع", "للدفاع") and \
                    len(keep) < 5:
                keep.append(i)      # «منظمة الدفاع عن المستهلك»: the masdar's object
                continue
            if nm in C.PHRASE_STOPS or nm in ("،", ",", ":", "(", "[", "فان", "فانه", "وهو",
                                              "وهي", "وهم") or \
                    len(keep) >= 6 or nm in TIME_WORDS or is_complementizer(nm) or \
                    dangling_at(art.norms, i):
                break       # («الشرطة الأسترالية يوم الأحد», «حسب مسؤول … فإن», «التابعة ،»)
            if art.is_quote(i) or (len(art.toks[i].words) == 1 and
                                   art.toks[i].words[0].upos == "VERB" and
                                   art.norms[keep[-1]].startswith("ال")):
                break       # «النقابة تقدمت بشكاية»: a verb after a definite noun ends it
            keep.append(i)
        return Speaker(art.toks[keep[0]].start, art.toks[keep[-1]].end, canonical)
