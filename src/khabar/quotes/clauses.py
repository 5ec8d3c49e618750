"""Clause-level speaker rules: the subject that opens a reported clause for a cue nested in
it («أن المتهم، …، صرح بأنه»), the noun a relative pronoun before the cue refers to («الوثيقة
التي تشير إلى أن»), and the subject of a sentence that opens with a verb, for a participle or
a plural verb later («وحذر اتحاد شركات المخابز …، مشيرا»). Nothing here raises on ordinary
input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import FORMS, Cue, is_complementizer
from khabar.quotes.subject import SubjectRules
from khabar.text.normalize import normalize


class ClauseRules(SubjectRules):
    """Speaker rules that read the clause around the cue."""

    def _complement_subject(self, cue: Cue) -> tuple[Speaker | None, bool]:
        """A cue verb inside reported speech whose subject opens the reported clause: «أن
        المتهم، البالغ من العمر 19 عاما، صرح بأنه …» → «المتهم»; the verb has no و/ف and
        no sentence end lies between."""
        art = self.art
        k = cue.index
        if cue.kind != "verb" or FORMS.get(art.norms[k]) is None:
            return None, False
        for c in range(k - 1, max(-1, k - 12), -1):
            if art.is_end(c) or art.is_quote(c):
                return None, False
            if not is_complementizer(art.norms[c]) or art.norms[c] != "ان":
                continue
            h = c + 1
            if h >= k - 1 or art.norms[h] in ("،", ","):
                return None, False
            tok = art.toks[h]
            for e in self.entities_in(tok.start, tok.end):
                if not (e.label == "PER" and self._in_institution(e)):
                    return Speaker(e.start, e.end, e.canonical), e.label == "PER"
            nm = art.norms[h]
            if nm in self.names:
                return Speaker(tok.start, tok.end, self.names[nm]), True
            if nm.startswith("ال") and self._content_word(h) and art.norms[h + 1] in ("،", ","):
                return Speaker(tok.start, tok.end, None), False
            return None, False
        return None, False

    def _relative_head(self, cue: Cue, j: int) -> tuple[Speaker | None, bool]:
        """«الوثيقة التي تشير إلى أن», «الرئيس … الذي أكد أن»: the noun the relative pronoun
        at ``j`` refers to, when the cue agrees with it in gender."""
        art = self.art
        if (art.norms[j] == "التي") != (cue.gender == "f") or cue.gender is None:
            return None, False
        h = j - 1
        if art.norms[h] in ("،", ","):
            h -= 1
        if h < 0:
            return None, False
        tok = art.toks[h]
        for e in self.entities_in(max(0, tok.start - 60), tok.end):
            if e.end == tok.end and not (e.label == "PER" and self._in_institution(e)):
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        nm = art.norms[h]
        if nm in self.names:
            return Speaker(tok.start, tok.end, self.names[nm]), True
        bare = nm[2:] if nm.startswith("ال") else nm
        if bare in C.SOURCE_HEADS:
            return Speaker(tok.start, tok.end, None), False
        return None, False

    def _clause_subject(self, cue: Cue, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """The subject of a sentence that opens with a verb, for a participle later in it:
        an organisation or an unnamed source («وحذر اتحاد شركات المخابز في فرنسا، … مشيرا
        إلى أن» → «اتحاد شركات المخابز»)."""
        art = self.art
        j = lo
        while j < hi and art.norms[j] in ("و", "قد", "وقد", "لقد", "كما"):
            j += 1
        if j >= hi or not art.toks[j].words or art.toks[j].words[-1].upos != "VERB":
            return None, False
        region = []
        for i in range(j + 1, hi):
            if art.norms[i] in ("،", ",", ":") or art.is_quote(i) or art.is_end(i):
                break
            region.append(i)
        if not region:
            return None, False
        head = art.norms[region[0]]
        if head not in C.ORG_HEADS and head not in C.SOURCE_HEADS and \
                not any(e.label == "ORG" and e.start == art.toks[region[0]].start
                        for e in self.ents):
            return None, False
        if head.startswith("ال"):
            # «وتقدم المنظمة توصيات …»: a definite description names the one named before;
            # the last speaker first when it has the same head («نقابة …» … «النقابة»)
            if self.history:
                last = self.history[-1][0]
                words = art.raw[last.start:last.end].split()
                if words and normalize(words[0]).removeprefix("ال") == head[2:]:
                    return None, False
            back = self._antecedent(region[:1])
            return back if back is not None else (None, False)
        return self._subject(cue, region)
