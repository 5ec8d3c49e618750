"""A person's full name as first written in the article: :class:`FullNames` is a mixin of the
speaker state (:class:`khabar.quotes.speakers.Speakers`; split out of that module unchanged),
reading its ``art``, ``persons`` and ``history``. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.document import Span
from khabar.quotes.canon import given_name_before, given_name_before_name
from khabar.quotes.glued import glued_person
from khabar.quotes.lexicon import norm_name
from khabar.quotes.surnames import preposition_ala


#: Generational words (normalized) after a name: «جونيور», «الابن» name the son (round 18).
GENERATION_WORDS = frozenset({"جونيور", "الابن", "الاب", "سينيور"})


def _seat(word: str) -> str:
    """A normalized name word without ال, hamza on waw/ya written plain: «المؤخر» and
    «الموخر» are one surname."""
    word = word[2:] if word.startswith("ال") else word
    return word.replace("ؤ", "و").replace("ئ", "ي")


@lru_cache(maxsize=1 << 14)
def _seats(name: str) -> tuple[str, ...]:
    """The :func:`_seat` forms of the words of ``name`` (memoized; bounded cache)."""
    return tuple(_seat(p) for p in norm_name(name).split())


class FullNames:
    """``full``: the longest known name of a person, as first written."""

    def full(self, canonical: str | None) -> str | None:
        """The longest known name of the person («قايد السبسي» → «الباجي قايد السبسي»)."""
        if not canonical:
            return canonical
        parts = _seats(canonical)
        best = canonical
        if len(parts) == 1:
            # «أرنود» after «أرنود بيك»: a given name alone, when one person bears it
            firsts = {c for c in self.persons if len(c.split()) > 1 and
                      norm_name(c).split()[0] == norm_name(canonical)}
            if len(firsts) == 1:
                return self._first_written(firsts.pop())
            glued = glued_person(canonical, [c for c in self.persons if c != canonical])
            if glued is not None:
                return self._first_written(glued)   # «لودريان» (round 16)
            found = given_name_before(self.art.toks[:self.art.n], norm_name(canonical),
                                      self.art.norms)
            if found is not None and not preposition_ala(self.art.doc.raw, found[0]) and \
                    not any(norm_name(canonical) in norm_name(c).split()
                            for c in self.persons if c != canonical):
                # «المحمدي» after «… بالقصرين منصف المحمدي» (a title chain NER missed)
                return " ".join(self.art.doc.repaired(Span(*found)).split())
        else:
            # «الحاج أبو يوسف» after «الحاج ابو يوسف الحمراني»: the first words of one
            # longer name written before (round 10)
            heads = {c for c in self.persons if len(c.split()) > len(parts) and
                     _seats(c)[:len(parts)] == parts and
                     not GENERATION_WORDS & set(norm_name(c).split()[len(parts):])}
            # («دونالد ترامب جونيور» is the son of «دونالد ترامب», round 18)
            if len(heads) == 1:
                return self._first_written(heads.pop())
            found = given_name_before_name(self.art.toks[:self.art.n],
                                           norm_name(canonical).split(), self.art.norms)
            if found is not None and not preposition_ala(self.art.doc.raw, found[0]) and \
                    not any(len(c.split()) > len(parts) for c in self.persons
                            if norm_name(canonical) in norm_name(c)):
                # «الحاج سعيد» after «… رياض الحاج سعيد», «رياض» read as a place (round 17)
                return " ".join(self.art.doc.repaired(Span(*found)).split())
        for c in self.persons + [sp.canonical for sp, _ in self.history if sp.canonical]:
            cp = _seats(c)
            if len(cp) > len(parts) and cp[-len(parts):] == parts and \
                    len(c.split()) > len(best.split()):
                best = c
        return self._first_written(best)

    def _first_written(self, canonical: str) -> str:
        """The name as first written in the article when an earlier mention differs only by
        the article («المخرج منصف ذويب» … «المنصف ذويب» → «منصف ذويب»); memoized."""
        if canonical not in self._written:
            self._written[canonical] = self._scan_written(canonical)
        return self._written[canonical]

    def _scan_written(self, canonical: str) -> str:
        def bare(w: str) -> str:
            return w[2:] if w.startswith("ال") and len(w) > 4 else w
        parts = [bare(p) for p in norm_name(canonical).split()]
        if len(parts) < 2:
            return canonical
        if self._bare is None:
            self._bare = self.art.bare_norms
        bn, k = self._bare, len(parts)
        i, last = 0, self.art.n - k
        while i <= last:
            try:
                i = bn.index(parts[0], i, last + 1)
            except ValueError:
                break
            if bn[i:i + k] == parts:
                toks = self.art.toks
                s, e = toks[i].start, toks[i + len(parts) - 1].end
                return " ".join(self.art.doc.repaired(Span(s, e)).split())
            i += 1
        return canonical
