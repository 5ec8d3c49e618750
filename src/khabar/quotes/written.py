"""Speaker names as the article writes them, and Maghreb surnames in «بو…» NER left out.

1. *As written* (:class:`AsWritten`): the repair layer may respell a name the article writes
   («جوسيف بلاتر» is read as «جوزيف بلاتر»), and the canonical names are built from that
   repaired text. The guidelines (evaluation/quotes/README.md) ask for the name as first
   written, so each word of an output canonical that is the repaired form of a one-word
   token written otherwise goes back to the written form (first occurrence in the
   article). Spacing repairs («عبدالرحمان» → «عبد الرحمان») are left as they are.
2. *«بو…» surnames* (:func:`bu_surname_end`): Tunisian and Algerian surnames are often
   «بو» + a noun («بوجناح», «بوعزيزي»); the tagger reads the ب as a preposition and NER ends
   the name before it («وزيرة المالية لمياء الزريبي بوجناح أن»). A PER mention of two words or
   more takes such a word when the mention is followed, right after it, by a complementizer,
   a comma or a sentence end — not a manner adverbial («بوضوح»), not «بواسطة».

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Span, Token

#: «ب» + noun words that are no surname after a name (normalized).
BU_WORDS = frozenset({"بوضوح", "بواسطه", "بوصفه", "بوصفها", "بوجود", "بوجه", "بوقت",
                      "بوتيره", "بوزاره", "بولايه", "بوسط", "بوسائل", "بوفد", "بوفاه",
                      "بوعد", "بوعود", "بوحده", "بوحدات", "بوصول", "بواقع", "بوثيقه"})
#: What may follow the surname: complementizers and punctuation (normalized).
_AFTER = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "،", ",", ".", ":", "؛"})


def bu_surname_end(toks: Sequence[Token], a: int, b: int, covered: set[int]) -> int:
    """The last token of the PER mention ``a..b`` (token indices, inclusive), one further
    when a «بو…» surname follows it (see the module docstring)."""
    c = b + 1
    if b <= a or c + 1 >= len(toks) or c in covered or toks[c].start - toks[b].end > 1:
        return b
    nm = toks[c].norm
    if not nm.startswith("بو") or len(nm) < 5 or nm in BU_WORDS or \
            toks[c + 1].norm not in _AFTER:
        return b
    return c


class AsWritten:
    """Output canonical names with the article's own spelling (module docstring, 1)."""

    def __init__(self, doc, toks: Sequence[Token]) -> None:
        self.doc = doc
        self.toks = toks
        self._map: dict[str, str] | None = None

    def _respelled(self) -> dict[str, str]:
        if self._map is None:
            self._map = {}
            view = getattr(self.doc, "view", None)
            if view is not None and not view.identity:
                for t in self.toks:
                    raw = self.doc.raw[t.start:t.end]
                    rep = self.doc.repaired(Span(t.start, t.end))
                    if rep != raw and " " not in rep and " " not in raw and \
                            rep.replace("ـ", "") != raw.replace("ـ", ""):
                        self._map.setdefault(rep, raw)
        return self._map

    def __call__(self, canonical: str | None) -> str | None:
        """``canonical`` with each respelled word written as the article writes it."""
        if not canonical or all(w in self.doc.raw for w in canonical.split()):
            return canonical    # (written as it is: no need to map the article's tokens)
        m = self._respelled()
        if not m:
            return canonical
        return " ".join(m.get(w, w) for w in canonical.split())


__all__ = ["AsWritten", "BU_WORDS", "bu_surname_end"]
