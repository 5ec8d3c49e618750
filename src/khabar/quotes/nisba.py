"""Plural nisba adjectives of places tagged as persons (round 16, batch 40): in «قال علماء
سويسريون إن» the NER tags «سويسريون» PER, but a plural adjective of a place («سويسريون»,
«الأمريكيين») names nobody, so the source is the unnamed group. Likewise an indefinite
singular nisba tagged ORG (round 17, batch 49): «ذكرت صحيفة بلجيكية أنه» is an unnamed paper,
not an organisation «بلجيكية». Nothing here raises.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.lexicon import is_place_adjective
from khabar.text.normalize import normalize


def plural_place_adjective(word: str) -> bool:
    """A masculine plural nisba of a place in the gazetteer («سويسريون», «الفرنسيين»)."""
    w = normalize(word)
    for suf in ("ون", "ين"):
        if w.endswith("ي" + suf) and len(w) > len(suf) + 3:
            if is_place_adjective(w[:-len(suf)]):
                return True
    return False


def drop_nisba_persons(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the PER mentions made only of plural place adjectives, nor the
    one-word ORG mentions that are an indefinite nisba of a place («بلجيكية»)."""
    return [e for e in ents if not (e.label == "PER" and raw[e.start:e.end].split() and
                                    all(plural_place_adjective(w)
                                        for w in raw[e.start:e.end].split())) and
            not (e.label == "ORG" and _indefinite_nisba(raw[e.start:e.end]))]


def _indefinite_nisba(text: str) -> bool:
    """One word, no article, a nisba of a gazetteer place («بلجيكية», «فرنسي»)."""
    w = normalize(text.strip())
    return " " not in w and not w.startswith("ال") and is_place_adjective(w)
