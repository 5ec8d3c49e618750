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
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective, places
from khabar.quotes.marks import Article


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
    _last_cue: int | None = None    # raw start of the cue resolved last

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """PER/ORG mentions that start in the raw range ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            out.append(self.ents[i])
            i += 1
        return out

    def _previous(self, gender: str | None) -> Speaker | None:
        """The last speaker whose gender agrees with ``gender`` (None agrees with any)."""
        for sp, g in reversed(self.history):
            if gender is None or g is None or g == gender:
                return sp
        return None

    def _name_like(self, i: int) -> bool:
        """Token ``i`` may be a name word: not a title, head, cue, complementizer or
        preposition + article form."""
        nm = self.art.norms[i]
        return (nm[:1].isalpha() and len(nm) > 1 and nm not in C.TITLE_WORDS
                and nm not in C.ORG_HEADS and nm not in C.PHRASE_STOPS
                and nm not in C.ANAPHORIC_SOURCES and nm not in C.SOURCE_HEADS
                and nm not in C.ATTRIBUTION_WORDS
                and cue_form(nm) is None and not is_complementizer(nm)
                and not nm.startswith(("لل", "بال", "وال", "فال", "كال")))

    def _media(self, region: list[int]) -> Speaker:
        """«صحيفة "ذا صن"», «جريدة الخبر», «صحيفة ديلي ميل الإنجليزية» → the outlet's name."""
        art = self.art
        idx = []
        i = 1
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
        s, e = art.toks[idx[0]].start, art.toks[idx[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))

    def _in_institution(self, e: Entity) -> bool:
        """PER mention ``e`` names an institution or a place, not a speaker: an institution
        head (with a one-letter proclitic or the article) comes right before it, titles
        skipped («بمدينة الملك عبد العزيز», «جامعة الملك سعود»)."""
        art = self.art
        i = bisect.bisect_left([t.start for t in art.toks], e.start) - 1
        skipped = 0
        while i >= 0 and art.norms[i] in C.TITLE_WORDS and skipped < 2:
            i -= 1
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

    def _expand(self, k: int) -> str | None:
        """A first name before an earlier mention of the surname at ``k``."""
        art = self.art
        nm = art.norms[k]
        keys = {nm, nm[2:] if nm.startswith("ال") else "ال" + nm}
        for j in range(1, k):
            if art.norms[j] in keys and self._name_like(j - 1) and \
                    not art.norms[j - 1].startswith("ال") and self._content_word(j - 1):
                s, e = art.toks[j - 1].start, art.toks[j].end
                return " ".join(art.doc.repaired(Span(s, e)).split())
        return None

    def _antecedent(self, region: list[int]) -> tuple[Speaker, bool] | None:
        """«الفنانة الجزائرية», «رئيس الاتحاد …», «الشرطة»: the entity that followed the same
        words earlier in the article."""
        art = self.art
        head = art.norms[region[0]]
        keys = {head, head[2:] if head.startswith("ال") else "ال" + head}
        k = region[0]
        for j in range(k - 1, -1, -1):
            if art.norms[j] not in keys:
                continue
            bare = head[2:] if head.startswith("ال") else head
            if bare in MEDIA_HEADS:
                return self._media(list(range(j, min(j + 8, art.n)))), False
            if head in C.ORG_HEADS:
                for e in self.entities_in(art.toks[j].start, art.toks[j].end + 1):
                    if e.label == "ORG":
                        return Speaker(e.start, e.end, e.canonical), False
                if j + 1 < art.n and self._name_like(j + 1):
                    last = j + 2 if j + 2 < art.n and is_place_adjective(art.norms[j + 2]) \
                        else j + 1
                    s, e = art.toks[j].start, art.toks[last].end
                    return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), \
                        False
                continue
            lo, hi = art.toks[j].start, art.toks[min(j + 10, art.n - 1)].end
            for e in self.entities_in(lo, hi):
                if e.label == "PER":
                    return Speaker(e.start, e.end, e.canonical), True
            for i in range(j + 1, min(j + 10, art.n)):
                if art.norms[i] in self.names:
                    return Speaker(art.toks[i].start, art.toks[i].end,
                                   self.names[art.norms[i]]), True
            if head in C.ORG_HEADS and j + 1 < art.n and self._name_like(j + 1):
                s, e = art.toks[j].start, art.toks[j + 1].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), False
        return None

    def _phrase(self, region: list[int], canonical: str | None) -> Speaker:
        """The source phrase at the start of ``region``: up to six tokens, cut at an
        adjunct, a comma, a colon or a quotation mark."""
        art = self.art
        keep = [region[0]]
        for i in region[1:]:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS or nm in ("،", ",", ":") or len(keep) >= 6:
                break
            if art.is_quote(i):
                break
            keep.append(i)
        return Speaker(art.toks[keep[0]].start, art.toks[keep[-1]].end, canonical)
