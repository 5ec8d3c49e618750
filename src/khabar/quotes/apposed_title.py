"""Titles of round 20 (blind batch 80): «أمين عام» is "secretary general", and an indefinite
title written earlier in apposition after a name names that person when it comes back as a
subject. Pure functions of the text, the token view and the mentions; nothing here raises on
ordinary input.

- NER reads «أمين» in «أمين عام حزب تونس الإرادة» as the given name Amin; before «عام/العام»
  it is the title (the given name is followed by a surname, never by «عام») —
  :func:`drop_title_given`.
- «قال عدنان منصر، أمين عام حزب تونس الإرادة إن …» … «وأوضح أمين عام حزب تونس الإرادة أن»:
  the same indefinite title (head and at least two words after it, as written) stood right
  after «NAME، » earlier, so it is that person (the mirror of
  :func:`khabar.quotes.apposed.apposed_earlier`, which reads definite heads) —
  :func:`apposed_title_earlier`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from khabar.document import Entity, Speaker
from khabar.quotes.apposed import person_before_comma
from khabar.quotes.marks import Article
from khabar.text.normalize import normalize

#: Given names that are also a title head before «عام» (normalized).
_TITLE_GIVEN = frozenset({"امين"})

#: The adjective that makes them a title.
_GENERAL = frozenset({"عام", "العام"})

#: Words that end a title phrase (normalized).
_TITLE_STOPS = frozenset({"،", ",", ":", "ان", "في", "خلال", "امس", "اليوم", "يوم",
                          "ل", "عن", "بان", "انه", "انها"})


def drop_title_given(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the one-word PER mentions of :data:`_TITLE_GIVEN` that stand right
    before «عام/العام» («أمين عام حزب …»)."""
    out = []
    for e in ents:
        if e.label == "PER" and normalize(raw[e.start:e.end]) in _TITLE_GIVEN:
            nxt = raw[e.end:e.end + 12].split()[:1]
            if nxt and normalize(nxt[0]) in _GENERAL:
                continue
        out.append(e)
    return out


def _title_words(art: Article, region: list[int]) -> list[str]:
    """The normalized words of the title phrase opening ``region``, up to a stop word, a
    comma, a quotation mark or six words."""
    words: list[str] = []
    for i in region:
        nm = art.norms[i]
        if nm in _TITLE_STOPS or art.is_quote(i) or not nm[:1].isalpha() or len(words) >= 6:
            break
        words.append(nm)
    return words


def apposed_title_earlier(art: Article, region: list[int],
                          entities_in: Callable[[int, int], Iterable[Entity]]) -> Speaker | None:
    """The person named right before «، » and the same indefinite title as the one opening
    ``region`` (its head with no article and at least two words after it, word for word)
    earlier in the article; None when there is none."""
    words = _title_words(art, region)
    if len(words) < 3 or words[0].startswith("ال"):
        return None
    n = len(words)
    k = region[0]
    for j in range(k - n, 1, -1):
        if art.norms[j - 1] not in ("،", ",") or \
                [art.norms[x] for x in range(j, j + n)] != words:
            continue
        found = person_before_comma(art, j, entities_in)
        if found is not None:
            return found
    return None
