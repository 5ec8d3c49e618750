"""The subject after a cue: «قال الرئيس …», «وأوضح مصدر مطلع», «أكدت سامية القاضي إن».

Who speaks, from the words between the cue and its trigger: a PER mention (or an ORG right
after the cue), an unnamed-source phrase (canonical None), a media outlet, a surname of a
person named earlier, a name guessed after title words when NER found none, an antecedent of
an anaphoric description. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import Cue
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective, places
from khabar.quotes.names import first_names, fold
from khabar.quotes.phrases import SpeakerBase


class SubjectRules(SpeakerBase):
    """Speaker rules for the subject that follows the cue."""

    def _subject(self, cue: Cue, region: list[int]) -> tuple[Speaker | None, bool]:
        """The speaker named by ``region`` (the tokens after the cue); ``(speaker,
        is_person)``, ``(None, False)`` when the words there are no subject."""
        art = self.art
        toks = art.toks
        first = region[0]
        head = art.norms[first]
        if head in C.PHRASE_STOPS:
            # «وأضاف في مداخلة له …»: adjuncts first, the subject may follow a comma
            return None, False
        r0, r1 = toks[region[0]].start, toks[region[-1]].end
        if head in C.SOURCE_HEADS and not head.startswith("ال"):
            if head in C.TITLE_WORDS:
                # «عضو النقابة العامة للتعليم الثانوي نجيب السلامي»: a title, then a name
                name = self._guess_name(region)
                if name is not None and self._names_someone(name):
                    return name, True
            return self._phrase(region, None), False
        if head in MEDIA_HEADS:
            return self._media(region), False
        ents = self.entities_in(r0, r1)
        if head in C.ORG_HEADS and not head.startswith("ال"):
            if ents and ents[0].label == "ORG" and ents[0].start <= toks[first].end:
                e = ents[0]
                return Speaker(toks[first].start, e.end, art.doc.repaired(
                    Span(toks[first].start, e.end))) if e.start > toks[first].start \
                    else Speaker(e.start, e.end, e.canonical), False
            sp = self._phrase(region, None)
            return Speaker(sp.start, sp.end, " ".join(art.doc.repaired(sp).split())), False
        pers = [e for e in ents if e.label == "PER" and not self._in_institution(e)]
        if pers:
            e = pers[0]
            return Speaker(e.start, e.end, e.canonical), True
        orgs = [e for e in ents if e.label == "ORG"]
        if orgs:
            e = orgs[0]
            lead = [i for i in region if toks[i].end <= e.start]
            lead_words = [art.norms[i] for i in lead if not art.is_quote(i)]
            if all(w in C.ORG_HEADS for w in lead_words) and len(lead_words) <= 2:
                return Speaker(e.start, e.end, e.canonical), False
        # a surname of a person named earlier
        for i in region:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS:
                break
            canon = self.names.get(nm)
            if canon is not None:
                return Speaker(toks[i].start, toks[i].end, canon), True
        if head in C.ANAPHORIC_SOURCES or head in C.TITLE_WORDS or head in C.ORG_HEADS:
            name = self._guess_name(region)
            if name is not None and (head in C.TITLE_WORDS or self._names_someone(name)):
                return name, True
            back = self._antecedent(region)
            if back is not None:
                return back
            prev = self._previous(cue.gender)
            if prev is not None and prev.canonical:
                return prev, False
            return self._phrase(region, None), False
        if head in C.SOURCE_HEADS:
            return self._phrase(region, None), False
        return self._bare_name(region)

    def _names_someone(self, sp: Speaker) -> bool:
        """A guessed name has a word tagged X/PROPN, a given name of the gazetteer or a
        surname known in the article («نجيب السلامي»; not «الوزراء البلجيكي»)."""
        art = self.art
        idx = [i for i, t in enumerate(art.toks) if sp.start <= t.start and t.end <= sp.end]
        return any(self._proper(i) or fold(art.norms[i]) in first_names() or
                   art.norms[i] in self.names for i in idx)

    def _bare_name(self, region: list[int]) -> tuple[Speaker | None, bool]:
        """A name right after the cue with no title: «وأضاف الخماسي», «أكدت سامية القاضي»;
        ``(speaker, is_person)``. Words with no proper-noun tag that name no one known
        («وأوضح علماء نفس», «ويقول مسلمون») are an unnamed source: the phrase, no canonical."""
        art = self.art
        idx = []
        for i in region[:3]:
            if not self._name_like(i):
                break
            idx.append(i)
        if not idx:
            return None, False
        nxt = region[len(idx)] if len(idx) < len(region) else None
        if nxt is not None:
            nn = art.norms[nxt]
            if not (nn in C.PHRASE_STOPS or not nn[:1].isalnum() or nn.startswith(("ل", "ب"))
                    or nn in C.TITLE_WORDS or nn in C.ANAPHORIC_SOURCES):
                return None, False
        if len(idx) == 1 and art.norms[idx[0]].startswith("ال") and \
                not art.norms[idx[0]].endswith("ي") and art.norms[idx[0]] not in self.names:
            return None, False
        if not any(self._proper(i) or art.norms[i] in self.names or
                   fold(art.norms[i]) in first_names() for i in idx) and \
                not (len(idx) >= 2 and all(art.norms[i].startswith("ال") and
                                           art.norms[i].endswith("ي") for i in idx)) and \
                self._expand(idx[-1]) is None:
            if not self._content_word(idx[0]):
                return None, False      # «قال فيه», «فقال بكل وضوح»: no subject here
            return self._phrase(region, None), False
        return self._name_speaker(idx), True

    def _guess_name(self, region: list[int]) -> Speaker | None:
        """A name after title words when NER found none: the words after the title chain up to
        an adjunct («مدير الامتحانات بوزارة التربية، عمر الولباني إنه» → «عمر الولباني»)."""
        art = self.art
        seg = []
        for i in region:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS or art.is_quote(i) or nm in ("(",):
                break
            seg.append(i)
        if not seg:
            return None
        if any(art.norms[i] in ("،", ",") for i in seg):
            parts: list[list[int]] = [[]]
            for i in seg:
                if art.norms[i] in ("،", ","):
                    parts.append([])
                else:
                    parts[-1].append(i)
            tail = [p for p in parts[1:] if p]
            if tail:
                name = []
                for i in tail[0][:3]:
                    if not self._name_like(i):
                        break
                    name.append(i)
                if name:
                    return self._name_speaker(name)
            seg = parts[0]
        if len(seg) < 3:
            return None
        # the last words of the subject, after the title and its complements: prefer words
        # the tagger marks as foreign/proper (X, PROPN)
        name: list[int] = []
        for i in reversed(seg):
            if not self._name_like(i) or len(name) >= 3 or \
                    (not name and art.norms[i] in places()):
                break       # «مديرة البحوث لشمال افريقيا»: a place is no name
            name.insert(0, i)
        if not name:
            return None
        while len(name) > 1 and is_place_adjective(art.norms[name[0]]):
            name = name[1:]     # «الجورجي جيلا بيجواشفيلي»: the nationality is not the name
        if len(name) > 2:
            tagged = [i for i in name if self._proper(i)]
            name = name[-2:] if len(tagged) < 3 else name
        if len(name) == 1 and not self._proper(name[0]) and art.norms[name[0]] not in self.names:
            return None
        return self._name_speaker(name)
