"""Subjects that name an organisation by its head word: a medium («صحيفة "ذا صن"», «الصحيفة»
→ the outlet named before, «المحطة» → the name in parentheses after «محطة» before), a company («شركة أبل» → «أبل»), a body («وزارة الصحة», or the person
named right after it); a party's parliamentary bloc («كتلة الجبهة الشعبية بمجلس نواب الشعب»)
speaks for the party (round 13, :meth:`BodyRules._bloc_party`). :class:`BodyRules` is a mixin of the speaker state. Nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.participle_cut import cut_before_participle
from khabar.quotes.name_runon import accusative_object
from khabar.quotes.construct_body import construct_object
from khabar.quotes.guess import NameGuessRules
from khabar.quotes.lexicon import COMPANY_HEADS, MEDIA_HEADS, is_place_adjective
from khabar.quotes.namewords import org_names
from khabar.quotes.state_tail import place_tail_end
from khabar.text.normalize import normalize

#: A party's parliamentary bloc («كتلة», normalized): it speaks for the party named after it.
BLOC_HEADS = frozenset({"كتله"})


class BodyRules(NameGuessRules):
    """Speaker rules for a subject that begins with a medium, company or body head."""

    def _place_after(self, i: int) -> list[int]:
        """The tokens of «في» + a place entity right after token ``i`` («السفارة الروسية في
        بانكوك», round 9), else []."""
        art = self.art
        if i + 2 >= art.n or art.norms[i + 1] != "في":
            return []
        start = art.toks[i + 2].start
        loc = next((e for e in self.all_ents if e.label == "LOC" and e.start == start), None)
        if loc is None:
            return []
        j = i + 2
        while j + 1 < art.n and art.toks[j + 1].end <= loc.end:
            j += 1
        return list(range(i + 1, j + 1))

    def _outlet_in_parentheses(self, first: int) -> Speaker | None:
        """The outlet a definite media head at token ``first`` («المحطة») refers back to
        when it was named in parentheses after the same head before («لمحطة (دبليو.إس.بي)
        التلفزيونية», round 8); None otherwise."""
        art = self.art
        bare = art.norms[first][2:]
        for j in range(first - 1, -1, -1):
            nm = art.norms[j]
            if (nm == bare or nm[1:] == bare) and j + 2 < first and art.norms[j + 1] == "(":
                close = next((c for c in range(j + 2, min(j + 12, first))
                              if art.norms[c] == ")"), None)
                if close is None or close == j + 2:
                    return None
                s, e = art.toks[j + 2].start, art.toks[close - 1].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))
        return None

    def _bloc_party(self, sp: Speaker) -> Speaker | None:
        """«كتلة الجبهة الشعبية بمجلس نواب الشعب» → «الجبهة الشعبية»: an unnamed phrase that
        opens with a bloc head, followed by an ORG mention or a known organisation of the
        gazetteer (up to four words), is named by that party; None otherwise."""
        art = self.art
        toks = art.toks
        i = art.start_at.get(sp.start)
        if i is None or art.norms[i] not in BLOC_HEADS or i + 1 >= art.n:
            return None
        nxt = toks[i + 1].start
        org = next((e for e in self.all_ents if e.label == "ORG" and e.start == nxt), None)
        if org is not None:
            return Speaker(sp.start, org.end, org.canonical)
        for k in range(min(4, art.n - i - 1), 0, -1):
            words = art.surf[i + 1:i + 1 + k]
            if k > 1 or len(words[0]) > 3:
                if "".join(normalize(w) for w in words) in org_names():
                    return Speaker(sp.start, toks[i + k].end, " ".join(words))
        return None

    def _body_subject(self, region: list[int],
                      ents: list[Entity]) -> tuple[Speaker | None, bool] | None:
        """The speaker named by ``region`` (the tokens after the cue, PER/ORG mentions
        ``ents``) when it begins with a media, company or indefinite body head; None when
        another rule must decide."""
        art = self.art
        toks = art.toks
        first = region[0]
        head = art.norms[first]
        r1 = toks[region[-1]].end
        if head in MEDIA_HEADS:
            org = self._org_near(first, 2)
            if org is not None and org.start < r1:
                return Speaker(org.start, org.end, org.canonical), False
            if head.startswith("ال"):
                named = self._outlet_in_parentheses(first)
                if named is not None:
                    return named, False     # «وذكرت المحطة» after «لمحطة (دبليو.إس.بي)»
                back = self._antecedent(region[:1])
                if back is not None:
                    return back     # «ولفتت الصحيفة» after «نقلت صحيفة "عكاظ"»
            return self._media(region), False
        if head in COMPANY_HEADS and len(region) > 1 and ents and ents[0].label == "ORG" and \
                ents[0].start == toks[region[1]].start:
            e = ents[0]
            return Speaker(e.start, e.end, e.canonical), False     # «شركة أبل» → «أبل»
        if head in C.ORG_HEADS and not head.startswith("ال"):
            if len(region) > 2 and art.is_quote(region[1]) and not art.is_quote(region[2]):
                return self._media(region), False     # «منظمة "هيومن رايتس ووتش"»
            if len(region) > 3 and art.norms[region[1]] in COMPANY_HEADS and \
                    art.is_quote(region[2]) and not art.is_quote(region[3]):
                return self._media(region[1:]), False     # «إدارة مجموعة "رينو"»
            if ents and ents[0].label == "ORG" and ents[0].start <= toks[first].end:
                e = ents[0]
                return Speaker(toks[first].start, e.end, art.doc.repaired(
                    Span(toks[first].start, e.end))) if e.start > toks[first].start \
                    else Speaker(e.start, e.end, e.canonical), False
            cut = next((n for n, i in enumerate(region) if n > 1 and
                        (accusative_object(toks[i]) or construct_object(art, region, n))),
                       None)    # («… والطفولة طريقة تناول»: round 18)
            cut = cut_before_participle(art, region, cut)   # «… المكلف أمن» (round 20)
            sp = self._phrase(region[:cut], None)    # «شركة نوفارتس بيانا» (round 17)
            for e in ents:
                # «أكدت وزارة الصحة سميرة مرعي فريعة»: a person named right after the body
                # (a title written as the ministry) is the speaker
                if e.label == "PER" and e.start < sp.end and not self._in_institution(e) \
                        and not art.raw[e.start - 1:e.start].isalpha() \
                        and not any(art.norms[i] in C.TITLE_WORDS for i in region
                                    if toks[i].end <= e.start):
                    # (not «إدارة الرئيس الأمريكي جورج بوش»: a title makes it a genitive; not
                    # «هيئة كبار العلماء بالأزهر»: a mention glued to a preposition)
                    return Speaker(e.start, e.end, e.canonical), True
            last = max(i for i in region if toks[i].end <= sp.end)
            tail = place_tail_end(art, last, region[-1] + 1, is_place_adjective)
            if tail != last:
                sp = Speaker(sp.start, toks[tail].end, None)  # «… في ولاية تكساس الامريكية» (r17)
            else:
                last = next((i for i in region if toks[i].end == sp.end), None)
                place = self._place_after(last) if last == first + 1 else []
                if place:   # «سلطة الطاقة في غزة»: a body of two words with its place (round 17;
                    #         longer names go without: «اتحاد شركات المخابز» in batch 2)
                    sp = Speaker(sp.start, toks[place[-1]].end, None)
            return Speaker(sp.start, sp.end, " ".join(art.doc.repaired(sp).split())), False
        return None
