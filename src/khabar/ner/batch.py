"""NER over many documents at once (``Pipeline.pipe``'s batch function for ``ner``).

The per-document steps are those of :func:`khabar.ner.find_entities`; only the CRF's
Viterbi labels (``NerModel.tag_many``: one numpy decoding of all sentences) and the neural
network of a stacked model run over the sentences of all documents together, the network's: sorted by
length (longest first) and cut into chunks of at most :data:`NET_ROWS` sentences and
:data:`NET_CELLS` padded positions, so one call's arrays stay small and rows of similar
length share the recurrence steps. Without a network the documents are simply done one by
one. The network's per-row results do not depend on the other rows of its call except by
float rounding in the matrix products (measured: ``benchmarks/ner_speed.py --check``).
"""
from __future__ import annotations

import gc
from typing import Sequence

from khabar.document import Document, Entity

#: most sentences per network call (the BiLSTM advances them together, one step per position;
#: network alone on the dev sentences, 64 documents per batch, fresh process: 16-32 rows per
#: call ≈ 87-98k words/s, 64 rows and 8,192 cells 42-94k: more memory to touch, no faster)
NET_ROWS = 32
#: most padded positions (sentences × longest length) per network call (its input array is
#: 3 kB per position: ≤ 6 MB)
NET_CELLS = 32 * 64


def find_entities_many(docs: Sequence[Document], model=None) -> list[list[Entity]]:
    """The entities of every document of ``docs`` (as :func:`khabar.ner.find_entities`
    gives them), in order (``model``: default the shipped one). Python's cyclic garbage
    collector is paused meanwhile: the step makes tens of thousands of short-lived lists
    and tuples per batch (freed by reference counting, no cycles), and each collection
    they trigger would walk every object the loaded models hold (measured on 60k words:
    ≈ 320 collections, 0.35-0.55 s CPU); the previous state is restored on return, also
    on an exception. Raises what :func:`khabar.ner.find_entities` raises."""
    was = gc.isenabled()
    gc.disable()
    try:
        return _many(docs, model)
    finally:
        if was:
            gc.enable()


def _many(docs: Sequence[Document], model) -> list[list[Entity]]:
    """:func:`find_entities_many` with the collector as it is."""
    from khabar.ner import finish, prepare
    from khabar.ner.tagger import default_model

    model = model or default_model()
    preps = [prepare(doc, model) for doc in docs]
    sents = [ns for prep in preps if prep is not None for ns in prep[1]]
    probs = network_probs(model, sents)
    tokens = [toks for prep in preps if prep is not None for toks in prep[2]]
    labels = model.tag_many(sents, tokens, probs)
    out: list[list[Entity]] = []
    k = 0
    for doc, prep in zip(docs, preps):
        if prep is None:
            out.append([])
            continue
        n = len(prep[1])
        out.append(finish(doc, model, prep, probs[k:k + n], labels[k:k + n]))
        k += n
    return out


def network_probs(model, sents: Sequence[Sequence[str]]) -> list:
    """``model.neural_probs`` of ``sents`` computed in length-sorted chunks (see the module
    docstring); ``None`` per sentence when the model has no network."""
    if model.neural is None or not sents:
        return [None] * len(sents)
    order = sorted(range(len(sents)), key=lambda i: -len(sents[i]))
    out: list = [None] * len(sents)
    a = 0
    while a < len(order):
        longest = max(1, len(sents[order[a]]))
        rows = max(1, min(NET_ROWS, NET_CELLS // longest))
        chunk = order[a:a + rows]
        for i, p in zip(chunk, model.neural_probs([sents[i] for i in chunk])):
            out[i] = p
        a += rows
    return out
