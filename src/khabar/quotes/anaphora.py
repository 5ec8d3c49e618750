"""Anaphora for speaker resolution: what a description, a surname or a same-head noun refers
back to («الوكالة» → «فيتش رايتينغ», «المنظمة» → the body that spoke before, «عبيد» → «الحبيب
عبيد»), and the edges of organisation names («منظمة مراقبة حقوق الإنسان»).

:class:`AnaphoraRules` is a mixin of the speaker state (:class:`~khabar.quotes.phrases.
SpeakerBase`). Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.canon import compound_given_start
from khabar.quotes.lexicon import (AL_GIVEN_NAMES, MEDIA_HEADS, is_place_adjective,
                                   normalize_token)
from khabar.quotes.names import first_names, fold
from khabar.quotes.name_runon import company_named
from khabar.quotes.marked_subject import marked_tail
from khabar.quotes.described import DescribedRules
from khabar.quotes.according_to import after_attribution


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


class AnaphoraRules(DescribedRules):
    """Antecedents of descriptions and names, and organisation-name edges."""

    def _names_at(self, i: int) -> bool:
        """Token ``i`` starts a PER mention or is a known name word («الرئيس الباجي …»)."""
        tok = self.art.toks[i]
        return self.art.norms[i] in self.names or any(
            e.label == "PER" for e in self.entities_in(tok.start, tok.end))

    def _previous_org(self, head: str | None = None) -> Speaker | None:
        """The last speaker that is a named organisation (an ORG mention's name); with
        ``head`` (normalized, no ال), only one whose name begins with that word, or with an
        organisation head and that word («إدارة شرطة …»)."""
        orgs = {e.canonical for e in self.ents if e.label == "ORG"}
        for sp, _ in reversed(self.history):
            if not sp.canonical:
                continue
            if head is None:
                if sp.canonical in orgs:
                    return sp
                continue
            words = self.art.raw[sp.start:sp.end].split()
            if words and _bare(normalize_token(words[0])) == head:
                return sp
            if len(words) > 2 and normalize_token(words[0]) in C.ORG_HEADS and \
                    normalize_token(words[1]) == head:
                return sp   # «الشرطة» after «إدارة شرطة فورت كولينز» (round 17)
        return None

    def _new_turn(self, k: int) -> bool:
        """«من جهته», «من جانبها», «بدوره» right before the cue at ``k``: another speaker
        takes the floor, so the last one is not meant."""
        norms = self.art.norms
        before = norms[max(0, k - 3):k]
        return any(w.startswith(("جهت", "جانب")) and i > 0 and before[i - 1] in ("من", "ومن")
                   for i, w in enumerate(before)) or any(w.startswith("بدور") for w in before)

    def _org_near(self, j: int, width: int = 4) -> Entity | None:
        """An ORG mention that starts at token ``j`` or within ``width`` tokens after it,
        with no comma, adjunct or sentence end before it («وكالة الأنباء القطرية»,
        «وكالة التصنيف "فيتش رايتينغ"»)."""
        art = self.art
        marked = self._marked_org(j)
        if marked is not None:
            return marked   # «وكالة الترقيم الدولي "فيتش رايتنغ"»: the marked name (round 18)
        for i in range(j, min(j + width + 1, art.n)):
            if i > j and (art.norms[i] in C.PHRASE_STOPS or art.norms[i] in ("،", ",", ":")
                          or art.is_end(i)):
                return None
            tok = art.toks[i]
            for e in self.entities_in(tok.start, tok.end):
                if e.label == "ORG":
                    return e
        return None

    def _marked_org(self, j: int) -> Entity | None:
        """The ORG mention of the name in marks that ends the head-and-description phrase
        starting at token ``j`` («وكالة الترقيم الدولي "فيتش رايتنغ"»,
        :func:`khabar.quotes.marked_subject.marked_tail`); None otherwise."""
        art = self.art
        close = [i for i in range(j + 2, min(j + 11, art.n)) if art.is_quote(i)]
        if len(close) < 2:
            return None
        tail = marked_tail(art, list(range(j, close[1] + 1)))
        if tail is None:
            return None
        return next((e for e in self.entities_in(*tail) if e.label == "ORG" and
                     e.start == tail[0]), None)

    def _expand(self, k: int) -> str | None:
        """A first name before an earlier mention of the surname at ``k``."""
        art = self.art
        nm = art.norms[k]
        keys = {nm, nm[2:] if nm.startswith("ال") else "ال" + nm}
        for j in range(1, k):
            if art.norms[j] not in keys:
                continue
            given = fold(art.norms[j - 1]) in first_names() or art.norms[j - 1] in AL_GIVEN_NAMES
            if self._name_like(j - 1) and \
                    (not art.norms[j - 1].startswith("ال") or given) and \
                    self._content_word(j - 1) and (self._proper(j - 1) or given):
                # a given name («الحبيب عبيد»), not a common noun («جهود دايملر»)
                s, e = compound_given_start(art.toks, j - 1), art.toks[j].end
                return " ".join(art.doc.repaired(Span(s, e)).split())
        return None

    def _said_with(self, j: int) -> tuple[Speaker, bool] | None:
        """The named person who spoke at an earlier cue whose subject phrase holds token ``j``
        (between the cue and the name, in one sentence); an unnamed source keeps its own
        phrase, a body head («الهيئة») its body."""
        art = self.art
        for c, sp, person, _ in self.said:
            if person and sp.canonical and c < j and art.toks[j].start <= sp.start:
                s = bisect.bisect_left(art.starts, sp.start)
                if s - c <= 15 and not any(art.is_end(x) for x in range(c, s)):
                    return sp, person
        return None

    def _body_said(self, head: str) -> Speaker | None:
        """The last organisation that spoke whose name holds the word ``head`` («الخارجية» →
        «وزارة الخارجية الأمريكية», «الجبهة» → «الجبهة الشعبية»)."""
        for _, sp, person, _ in reversed(self.said):
            if not person and sp.canonical and len(sp.canonical.split()) > 1 and _bare(head) in \
                    [_bare(normalize_token(w)) for w in sp.canonical.split()]:
                return sp
        return None

    def _apposed_before(self, j: int) -> Speaker | None:
        """The PER mention right before token ``j`` (a comma between at most), of which the
        description at ``j`` is an apposition («أدى عبد الله الرابحي كاتب الدولة …» … «وقال
        كاتب الدولة»); None when there is none."""
        art = self.art
        i = j - 1
        if i >= 0 and art.norms[i] in ("،", ","):
            i -= 1
        if i < 0:
            return None
        for e in self.entities_in(max(0, art.toks[i].start - 60), art.toks[i].end):
            if e.label == "PER" and e.end == art.toks[i].end and not self._in_institution(e):
                return Speaker(e.start, e.end, e.canonical)
        return None

    def _antecedent(self, region: list[int],
                    said_only: bool = False) -> tuple[Speaker, bool] | None:
        """«الفنانة الجزائرية», «رئيس الاتحاد …», «الشرطة»: the entity that followed the same
        words earlier in the article (``said_only``: only a person who spoke with those words
        in the subject, :meth:`_said_with`)."""
        art = self.art
        head = art.norms[region[0]]
        keys = {head, head[2:] if head.startswith("ال") else "ال" + head}
        k = region[0]
        nxt = art.norms[region[1]] if len(region) > 1 else ""
        # a genitive complement («رئيس نادي …») must match; an adjective («الوزير الألماني»)
        # need not
        nxt = nxt if nxt and self._content_word(region[1]) and nxt[:1].isalpha() and \
            nxt not in C.PHRASE_STOPS and not is_place_adjective(nxt) and \
            any(w.upos == "NOUN" for w in art.toks[region[1]].words[-1:]) else ""
        bare0 = head[2:] if head.startswith("ال") else head
        glued = {"ل" + bare0, "ب" + bare0} if head in C.ORG_HEADS else set()
        if head in C.TITLE_WORDS and not head.startswith("ال") and nxt:
            keys |= {"ب" + head}    # «بوزير خارجية مصر، حسن شكري» … «وزير الخارجية» (round 16)
        # a mention with the same complement first («رئيس الوفد، عبد العزيز القطي» … «رئيس
        # الوفد», not «الرئيس بشار الأسد» in between); a name after the title next
        exact = [j for j in range(k - 1, -1, -1) if nxt and art.norms[j] in keys and
                 j + 1 < k and _bare(art.norms[j + 1]) == _bare(nxt)]
        for j in exact + [j for j in range(k - 1, -1, -1) if j not in exact]:
            if art.norms[j] in glued:
                org = self._org_near(j, 2)      # «لشركة يونايتد إيرلاينز» … «الشركة»
                if org is not None and not said_only:
                    return Speaker(org.start, org.end, org.canonical), False
                continue
            if art.norms[j] not in keys:
                continue
            if nxt and j + 1 < k and _bare(art.norms[j + 1]) != _bare(nxt) and \
                    not self._names_at(j + 1):
                continue    # «رئيس نادي …» is not the «رئيس مستقبل القصرين» named before
            said = self._said_with(j) if head not in C.ORG_HEADS else None
            if said is not None:
                return said     # «كشفت الخبيرة الأمريكية … "أيمي ويب"» … «تقول الخبيرة»
            if said_only:
                continue
            bare = head[2:] if head.startswith("ال") else head
            if bare in MEDIA_HEADS and art.norms[j].startswith("ال"):
                continue    # «الصحيفة» again: only «صحيفة X» names the outlet
            org = self._org_near(j) if head in C.ORG_HEADS or bare in MEDIA_HEADS else \
                next((e for e in self.entities_in(art.toks[j].start, art.toks[j].end)
                      if e.label == "ORG"), None)       # «البنك» … «البنك المركزي»
            if org is not None:
                return Speaker(org.start, org.end, org.canonical), False
            if bare in MEDIA_HEADS:
                return self._media(list(range(j, min(j + 8, art.n)))), False
            if head in C.ORG_HEADS:
                for e in self.entities_in(art.toks[j].start, art.toks[j].end + 1):
                    if e.label == "ORG":
                        return Speaker(e.start, e.end, e.canonical), False
                firm = company_named(self, j)
                if firm is not None:
                    return firm, False      # «شركة جيت بلو» tagged PER … «الشركة» (round 17)
                if j + 1 < art.n and self._name_like(j + 1) and not self._verb(j + 1):
                    last = self._definite_end(j) if art.norms[j].startswith("ال") else \
                        self._genitive_end(j + 1)
                    if last == j:
                        continue    # «لإلزام الشركة بحفظ»: no name after this mention
                    s, e = art.toks[j].start, art.toks[last].end
                    return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), \
                        False
                continue
            # the name in the title chain after the earlier mention, before any adjunct
            # («وخاطب الرئيس الأمريكي بعد يوم … بلانغلي» names no one)
            last = j
            while last + 1 < min(j + 10, art.n) and \
                    art.norms[last + 1] not in C.PHRASE_STOPS and not art.is_end(last + 1) \
                    and not (self._verb(last + 1) and after_attribution(art.norms, j)):
                last += 1   # («وبحسب المصدر يتنقل البغدادي»: no name after the verb, r21)
            lo, hi = art.toks[j].start, art.toks[last].end
            for e in self.entities_in(lo, hi):
                if e.label == "PER":
                    return Speaker(e.start, e.end, e.canonical), True
            for i in range(j + 1, last + 1):
                if art.norms[i] in self.names:
                    return Speaker(art.toks[i].start, art.toks[i].end,
                                   self.names[art.norms[i]]), True
            before = self._apposed_before(j)
            if before is not None:
                return before, True
            if head in C.ORG_HEADS and j + 1 < art.n and self._name_like(j + 1):
                s, e = art.toks[j].start, art.toks[j + 1].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), False
        return None
