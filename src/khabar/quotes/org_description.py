"""A definite body named by its description («الهيئة الوطنية للوقاية من التعذيب», «الشرطة
الأسترالية في …»): a mixin of the speaker rules, split out of :mod:`khabar.quotes.clauses`
with the code unchanged. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.quotes.fronted import DAY_WORDS
from khabar.quotes.lexicon import STATE_BODY_HEADS, is_place_adjective


class OrgDescriptionRules:
    """``_org_description`` (a mixin of the speaker rules: it uses the article,
    ``_content_word`` and ``_place_after``)."""

    def _org_description(self, region: list[int]) -> Speaker | None:
        """A definite body named by its description, three words or more: head, adjectives,
        a «لل…» complement («الهيئة الوطنية للوقاية من التعذيب»), or a state body and its
        nisba («الشرطة الأسترالية»); None otherwise."""
        art = self.art
        keep = [region[0]]
        for n, i in enumerate(region[1:7], 1):
            nm = art.norms[i]
            if nm in ("التابع", "التابعه"):
                break       # «… التابعة للاتحاد»: the body it belongs to is no part of it
            if nm in DAY_WORDS:
                break       # «الشرطة الفلبينية الجمعة»: a time adjunct (round 20)
            if nm.startswith(("ال", "لل")) and self._content_word(i):
                keep.append(i)
            elif nm.startswith("ل") and n + 1 < len(region) and \
                    art.norms[region[n + 1]].startswith("ال") and self._content_word(i):
                keep.append(i)      # «لكرة القدم»
            elif nm.startswith("وال") and len(nm) > 5 and \
                    art.norms[keep[-1]].startswith(("ال", "لل")) \
                    and len(keep) > 2 and self._content_word(i):
                # («للعلاقات والإعلام الأمني»: after a «لل…» complement too, round 16)
                keep.append(i)      # «لتجار اللحوم والموردين»: a coordinated complement
            elif nm == "من" and n + 1 < len(region) and \
                    art.norms[region[n + 1]].startswith("ال") and art.norms[keep[-1]][:2] == "لل":
                keep.append(i)
            else:
                break
        if len(keep) == 2 and art.norms[keep[0]] in STATE_BODY_HEADS and \
                is_place_adjective(art.norms[keep[1]]):
            keep += self._place_after(keep[-1])     # «الشرطة الأسترالية», «الحكومة
            #   الفرنسية»: a state body by its nisba, «السفارة الروسية في بانكوك» its place
        elif len(keep) < 3 or art.norms[keep[-1]] == "من" or (
                art.norms[keep[-1]].startswith("ل") and not art.norms[keep[-1]].startswith("لل")):
            return None
        else:
            keep += self._place_after(keep[-1])     # «… الأمني في الكويت» (round 16)
        s, e = art.toks[keep[0]].start, art.toks[keep[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))


__all__ = ["OrgDescriptionRules"]
