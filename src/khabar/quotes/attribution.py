"""Attributions without a cue verb of their own («وفق ما أكده مصدر أمني», «حسب تصريح
الوزير»): the source is remembered as the latest speaker, for the implicit subjects after it.
:class:`AttributionRules` is a mixin of the speaker state. Nothing here raises on ordinary
input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.attribution_gender import source_gender
from khabar.quotes.context import ContextRules
from khabar.quotes.cues import Cue
from khabar.quotes.lexicon import MEDIA_HEADS
from khabar.quotes.according_to import same_document


#: «وهو ما أكدته …», «وذلك ما …»: a relative remark of the writer before «ما».
_WHICH = frozenset({"هو", "هي", "وهو", "وهي", "ذلك", "وذلك", "هذا", "وهذا"})


class AttributionRules(ContextRules):
    """Sources named by an attribution phrase."""

    def attribution(self, k: int) -> None:
        """«وفق ما أكده مصدر أمني»: remember the source for later implicit subjects."""
        art = self.art
        if k > 1 and art.norms[k - 1] == "ما" and art.norms[k - 2] in _WHICH:
            return      # «وهو ما أكدته الاحتجاجات»: the writer's remark, no source
        region = []
        i = k + 1
        while i < art.n and len(region) < 20 and not art.is_end(i):
            if art.norms[i] not in ("به", "بها", "ه", "عنه", "عنها"):   # «ما أعلن عنه» (r22)
                region.append(i)
            i += 1
        if art.norms[k] in C.ATTRIBUTION_WORDS:
            # «وفق تصريح الوزير», «حسب مصدر أمني»; not «حسب قوله» (the speaker already) nor
            # «وفق ما أكده» (the cue after «ما» is an attribution of its own)
            while region and art.norms[region[0]] in C.ATTRIBUTION_NOUNS and len(region) > 1:
                region = region[1:]
            if not region or art.norms[region[0]] == "ما" or \
                    not self._source_like(region[0]):
                return
        if not region or self.history and same_document(art.norms, region):
            return      # «حسب البيان»: the document of the one who spoke (round 21)
        head = art.norms[region[0]]
        if self.history and \
                (head in MEDIA_HEADS or head[2:] in MEDIA_HEADS or "ال" + head in MEDIA_HEADS):
            # «"…"، بحسب ما ذكر موقع سكاي نيوز», «"…"، وفق ما ذكرت وكالة "يونهاب"»: the
            # outlet reports the one who spoke, named or not
            return
        cue = Cue(k, "", None, "verb", i, False)
        sp, person = self._subject(cue, region)
        if sp is not None:
            self.remember(sp, source_gender(art.norms[k], sp), person)  # (round 23)

    def _source_like(self, i: int) -> bool:
        """Token ``i`` may begin a source after «وفق/حسب»: a PER/ORG mention, a known name,
        an unnamed-source head («مصدر», «مصادر»), a media or organisation head."""
        art = self.art
        tok = art.toks[i]
        if any(e.start == tok.start for e in self.ents) or art.norms[i] in self.names:
            return True
        nm = art.norms[i]
        bare = nm[2:] if nm.startswith("ال") else nm
        return bare in C.SOURCE_HEADS or nm in C.ORG_HEADS or bare in MEDIA_HEADS
