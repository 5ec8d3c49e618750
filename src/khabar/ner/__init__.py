"""Named entities (PER/LOC/ORG) with one canonical name per real entity.

``find_entities(doc)`` tags each sentence's tokens with the shipped CRF model
(:mod:`khabar.ner.tagger`, features in :mod:`khabar.ner.features`; Viterbi labels, CRFsuite's
own computed in numpy from attribute ids by :mod:`khabar.ner.crf_fast`, then
recall-biased: an ``O`` the model is not sure of becomes its likeliest entity label), revises the labels in a
document-level consistency pass (:mod:`khabar.ner.consistency`: repetitions and short forms
of the document's names, multi-word names from the gazetteers), drops edge words that are no
part of a name (:mod:`khabar.ner.edges`: titles, time words, … at a mention's edge), turns them into raw-text
spans (a leading proclitic و/ف/ب/ل/ك is left out; a glued token split by the repair layer
gives one mention over its parts) and names each mention with
:func:`khabar.ner.canonical.canonicalize`. ``find_entities_many(docs)`` does the same for many
documents, running a stacked model's network over all their sentences together
(:mod:`khabar.ner.batch`; used by ``Pipeline.pipe``). The model loads on first use, never at
import.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Document, Entity


def find_entities(doc: Document, model=None) -> list[Entity]:
    """Entities of ``doc`` (needs ``tokens``; uses ``sentences`` when set), sorted by start
    (``model``: a :class:`~khabar.ner.tagger.NerModel`, default the shipped one)."""
    from khabar.ner.tagger import default_model

    model = model or default_model()
    prep = prepare(doc, model)
    if prep is None:
        return []
    return finish(doc, model, prep, model.neural_probs(prep[1]))


def find_entities_many(docs: Sequence[Document], model=None) -> list[list[Entity]]:
    """:func:`find_entities` of every document, with the neural network (when the model has
    one) run over the sentences of all of them together (:mod:`khabar.ner.batch`)."""
    from khabar.ner.batch import find_entities_many as many
    return many(docs, model)


Prepared = tuple[list, list[list[str]], list]


def prepare(doc: Document, model) -> Prepared | None:
    """``(token groups, their norms, groups with morphology)`` of the non-empty sentences of
    ``doc`` (``None``: no tokens)."""
    if not doc.tokens:
        return None
    groups = [toks for toks in doc.tokens_by_sentence() if toks]
    norms = [[t.norm for t in toks] for toks in groups]
    analysed = groups
    if model.featurizer.use_morph and not any(t.words for t in doc.tokens):
        analysed = _with_words(doc)
    return groups, norms, analysed


def finish(doc: Document, model, prep: Prepared, nn: list,
           labels: list[list[str]] | None = None) -> list[Entity]:
    """Entities of ``doc`` from :func:`prepare`'s output and the network's probabilities per
    sentence (``None`` each when the model has no network): CRF tags (``labels``: already
    computed, e.g. for a whole batch, by ``model.tag_many``), consistency pass, edges, spans
    and canonical names."""
    from khabar.ner.canonical import canonicalize
    from khabar.ner.consistency import propagate
    from khabar.ner.edges import trim_edges
    from khabar.ner.tagger import mention_spans, proclitic_letters

    groups, norms, analysed = prep
    if labels is None:
        labels = model.tag_many(norms, analysed, nn)
    propagate(norms, labels, model.featurizer)
    for toks, labs in zip(groups, labels):
        trim_edges(toks, labs)
    tagged = list(zip(groups, labels))
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


def _with_words(doc: Document) -> list[list]:
    """Sentence token lists with morphological ``words`` when the pipeline ran no ``morph``
    before ``ner``: the morph component runs on a copy, ``doc`` is left as it is."""
    import copy

    from khabar.components import morph
    other = copy.copy(doc)
    morph(other)
    return [toks for toks in other.tokens_by_sentence() if toks]


__all__ = ["find_entities", "find_entities_many"]
