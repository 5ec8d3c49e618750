"""Named entities (PER/LOC/ORG) with one canonical name per real entity.

``find_entities(doc)`` tags each sentence's tokens with the shipped CRF model
(:mod:`khabar.ner.tagger`, features in :mod:`khabar.ner.features`), turns BIO labels into
raw-text spans (a leading proclitic و/ف/ب/ل/ك is left out; a glued token split by the repair
layer gives one mention over its parts) and names each mention with
:func:`khabar.ner.canonical.canonicalize`. The model loads on first use, never at import.
"""
from __future__ import annotations

from khabar.document import Document, Entity


def find_entities(doc: Document) -> list[Entity]:
    """Entities of ``doc`` (needs ``tokens``; uses ``sentences`` when set), sorted by start."""
    from khabar.ner.canonical import canonicalize
    from khabar.ner.tagger import default_model, mention_spans, proclitic_letters

    if not doc.tokens:
        return []
    model = default_model()
    groups = doc.tokens_by_sentence()
    tagged = [(toks, model.tag([t.norm for t in toks])) for toks in groups if toks]
    # First words of mentions that carry no proclitic: evidence for stripping elsewhere.
    known: set[str] = set()
    for toks, labels in tagged:
        for i, lab in enumerate(labels):
            if lab.startswith("B-") and not proclitic_letters(toks[i].norm, model.featurizer):
                known.add(toks[i].norm)
    spans: list[tuple[int, int, str, str]] = []
    frozen = frozenset(known)
    for toks, labels in tagged:
        spans.extend(mention_spans(doc.raw, toks, labels, model.featurizer, frozen,
                                   doc.repaired))
    spans.sort()
    names = canonicalize([(text, lab) for _, _, lab, text in spans])
    return [Entity(s, e, lab, name) for (s, e, lab, _), name in zip(spans, names)]


__all__ = ["find_entities"]
