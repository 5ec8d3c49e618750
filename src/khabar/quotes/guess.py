"""Names guessed from the words around a cue when NER found none: a bare name after the cue
(«وأضاف الخماسي»), a name after title words («مدير الامتحانات …، عمر الولباني»), a name in
quotation marks after an outlet («الموقع الإلكتروني "ذي فيرج"»).

:class:`NameGuessRules` is a mixin of the speaker state. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.name_runon import body_head_before
from khabar.quotes.lexicon import is_place_adjective, places
from khabar.quotes.marked_then_person import person_after_mark
from khabar.quotes.place_lead import place_headed
from khabar.quotes.known_phrase import known_source
from khabar.quotes.loc_last import tagged_place
from khabar.quotes.names import first_names, fold
from khabar.quotes.region_words import host_country_name
from khabar.quotes.title_place import lam_place, unit_head
from khabar.quotes.given_after_title import given_forward
from khabar.quotes.relatives import RelativeRules


class NameGuessRules(RelativeRules):
    """Name guesses from the tokens of a subject region."""

    def _quoted_name(self, region: list[int], titled: bool = False) -> Speaker | None:
        """A name in quotation marks after an outlet or body head and at most two adjectives
        («الموقع الإلكتروني "ذي فيرج"»): one to four words up to the closing mark. ``titled``:
        after a title and its complements (up to five words), name-like words only
        («رئيس بلدية لينييفيل "كريتسوف ديتريش"»)."""
        art = self.art
        for n in range(1, min(6 if titled else 4, len(region))):
            i = region[n]
            if art.is_quote(i) and titled and body_head_before(art.norms[region[n - 1]]):
                return None     # «الرئيس التنفيذي لمنظمة "سيكو تونس"»: the body (round 17)
            if art.is_quote(i) and titled and art.norms[region[n - 1]] in C.INSTITUTION_HEADS:
                return None     # «مدير مطار "قرطاج"، محمد الصغير»: the place's name (round 19)
            if art.is_quote(i):
                words = []
                for j in region[n + 1:n + 6]:
                    if art.is_quote(j):
                        break
                    words.append(j)
                else:
                    return None
                if titled and person_after_mark(art, j, self.ents):
                    return None     # «مدير دار نشر"كنوز" محمد صالح معالج» (round 22)
                if not 1 <= len(words) <= 4 or (titled and (
                        len(words) > 3 or not all(self._name_like(j) for j in words))):
                    return None
                s, e = art.toks[words[0]].start, art.toks[words[-1]].end
                if titled and any(m.label == "ORG" and m.start <= s and e <= m.end
                                  for m in self.entities_in(s, e)):
                    return None     # «مبعوث "الجوهرة أف أم"»: the outlet, no name (r22)
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))
            if art.norms[i] in C.PHRASE_STOPS or art.norms[i] in ("،", ",") or \
                    (not titled and not art.norms[i].startswith("ال")):
                return None
        return None

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
        if len(idx) == 3 and art.norms[idx[2]].startswith("ال") and \
                art.norms[idx[2]].endswith("ه") and not art.norms[idx[1]].startswith("ال"):
            idx = idx[:2]   # «نجيّة بدري الصحفية»: a feminine title after the name
            nxt = None
        elif not idx:
            return None, False
        else:
            nxt = region[len(idx)] if len(idx) < len(region) else None
        if nxt is not None:
            nn = art.norms[nxt]
            if not (nn in C.PHRASE_STOPS or not nn[:1].isalnum() or nn.startswith(("ل", "ب"))
                    or nn in C.TITLE_WORDS or nn in C.ANAPHORIC_SOURCES or
                    nn in ("وهو", "وهي", "وهم")):     # «كتيبة ثوار طرابلس وهي من …»
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
            known = known_source([art.norms[i] for i in idx],
                                 [h.canonical for h, _ in self.history if h.canonical])
            if known is not None:       # «وأوضحت خبر ترك» after «صحيفة خبر ترك» (round 22)
                sp = self._name_speaker(idx)
                return Speaker(sp.start, sp.end, known), False
            return self._phrase(region, None), False
        return self._name_speaker(idx), True

    def _guess_name(self, region: list[int]) -> Speaker | None:
        """A name after title words when NER found none: the words after the title chain up to
        an adjunct («مدير الامتحانات بوزارة التربية، عمر الولباني إنه» → «عمر الولباني»)."""
        art = self.art
        seg = []
        for i in region:
            nm = art.norms[i]
            if (nm in C.PHRASE_STOPS and not self._ali(i)) or art.is_quote(i) or nm in ("(",):
                break
            seg.append(i)
        if not seg:
            return None
        rest = region[len(seg):]
        host = host_country_name(art, rest, self._name_like, places())
        if host:
            return self._name_speaker(host)     # «سفير فرنسا لدى تونس أوليفيي …» (round 16)
        if rest and art.norms[rest[0]] in C.PHRASE_STOPS and not any(
                art.norms[i] in ("،", ",") for i in seg):
            # «نائب حركة النهضة عن ولاية سوسة، العجمي الوريمي، إن»: an adjunct after the
            # title, then the name set off by commas up to the complement (round 11)
            commas = [n for n, i in enumerate(rest) if art.norms[i] in ("،", ",")]
            if commas:
                name = rest[commas[-1] + 1:] if commas[-1] + 1 < len(rest) else \
                    rest[commas[-2] + 1:commas[-1]] if len(commas) > 1 else []
                if 1 <= len(name) <= 3 and all(self._name_like(i) for i in name):
                    return self._name_speaker(name)
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
        if len(known := given_forward(art.norms, seg, self._name_like)) > 1 and \
                known[-1] < seg[-1]:
            return self._name_speaker(known)    # «النائبة بشرى بلحاج حميدة ضيفة …» (r22)
        # the last words of the subject, after the title and its complements: prefer words
        # the tagger marks as foreign/proper (X, PROPN)
        name: list[int] = []
        for i in reversed(seg):
            if not self._name_like(i) or len(name) >= 3 or \
                    (not name and art.norms[i] in places()):
                break       # «مديرة البحوث لشمال افريقيا»: a place is no name
            if not name and lam_place(art.norms[i], places()):
                break       # «الرئيس المحتمل لفرنسا»: the title's place, no name (round 19)
            if not name and tagged_place(art, i, self.all_ents):
                break       # «المجلس البلدي لمدينة ترهونة»: a place NER tagged (round 22)
            name.insert(0, i)
        if not name:
            return None
        while len(name) > 1 and is_place_adjective(art.norms[name[0]]):
            name = name[1:]     # «الجورجي جيلا بيجواشفيلي»: the nationality is not the name
        if place_headed(art.norms, name):
            return None     # «ممثل المعهد … بولاية تطاوين»: a place, no name (round 23)
        if len(name) > 2:
            tagged = [i for i in name if self._proper(i)]
            name = name[-2:] if len(tagged) < 3 else name
        if len(name) == 1 and not self._proper(name[0]) and art.norms[name[0]] not in self.names:
            return None
        if name[0] > seg[0] and unit_head(art.norms[name[0] - 1]) and \
                art.norms[name[-1]].startswith("ال"):
            return None     # «رئيسة قسم علم الأوبئة»: the unit's field, no name (round 19)
        return self._name_speaker(name)
