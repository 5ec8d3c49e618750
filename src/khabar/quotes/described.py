"""Descriptions that name someone introduced earlier in the article (round 5): a body
opened earlier as a description of three words or more («اعتبرت الغرفة الوطنية لتجار اللحوم
…» … «وذكرت الغرفة»), a description that stood earlier as a title right in front of a name
(«أكّد الديبلوماسي السابق عبد الله العبيدي …» … «وأوضح الديبلوماسي السابق»).
:class:`DescribedRules` is a mixin of the speaker state; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.quotes.chains import ChainRules
from khabar.quotes.construct_body import construct_body, construct_head

#: Head words of bodies named by a description («الغرفة الوطنية لتجار اللحوم», «المرصد
#: الوطني للفلاحة»), normalized, without ال.
BODY_WORDS = frozenset({"غرفه", "رابطه", "كنفدراليه", "فدراليه", "جامعه", "مرصد", "مركز",
                        "معهد", "ديوان", "تنسيقيه", "مؤسسه", "منظمه", "نقابه", "هيئه",
                        "جمعيه", "اتحاد", "مجلس", "لجنه", "شبكه", "منظومه", "سلطه"})


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


class DescribedRules(ChainRules):
    """Speaker rules for a description used before in the article."""

    def _body_described(self, k: int) -> Speaker | None:
        """The body that the definite head word at ``k`` opened earlier as a description of
        three words or more («اعتبر الغرفة الوطنية لتجار اللحوم والموردين …» … «وذكرت
        الغرفة»); None when it opened none. Only one-word subjects are looked up."""
        art = self.art
        if k + 1 < art.n and art.norms[k + 1].startswith("ال") or \
                _bare(art.norms[k]) not in BODY_WORDS:
            return None     # (not «التحوير», «المندوب الجهوي»: no body)
        for j in range(k - 1, -1, -1):
            if construct_head(art.norms, j, art.norms[k]):
                body = construct_body(art, j, self.all_ents)    # «سلطة الطاقة» (round 17)
                if body is not None:
                    return body
            if art.norms[j] == art.norms[k]:
                body = self._org_description(list(range(j, min(j + 9, art.n))))
                if body is not None and body.end > art.toks[j].end:
                    return body
        return None

    def _titled_earlier(self, region: list[int]) -> Speaker | None:
        """The person that the same description (one or two words) stood right in front of
        earlier in the article, as a title («أكّد الديبلوماسي السابق عبد الله العبيدي
        ضرورة …» … «وأوضح الديبلوماسي السابق أن»), whether or not that sentence was a quote;
        None when there is no such title."""
        art = self.art
        k = region[0]
        words = [art.norms[i] for i in region[:2]]
        if len(words) == 2 and not (words[1].startswith("ال") and self._content_word(region[1])):
            words = words[:1]
        n = len(words)
        for j in range(k - n, -1, -1):
            if art.norms[j] != words[0] or art.norms[j:j + n] != words or j + n >= art.n:
                continue
            nxt = art.toks[j + n]
            for e in self.entities_in(nxt.start, nxt.end):
                if e.label == "PER" and e.start == nxt.start and not self._in_institution(e):
                    return Speaker(e.start, e.end, e.canonical)
        return None
