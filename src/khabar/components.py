"""The built-in components, registered with the pipeline by name."""
from __future__ import annotations

from itertools import accumulate, chain, repeat

from khabar.document import Article, Document, Sentence, Span, Token, Word
from khabar.pipeline import component
from khabar.text.view import View


@component("repair", provides=("repairs", "view"))
def repair(doc: Document) -> None:
    """Propose repairs of scraped text and build the repaired View."""
    from khabar.text.repair import propose_repairs
    doc.repairs = tuple(propose_repairs(doc.raw))
    doc.view = View(doc.raw, doc.repairs)


@component("tokens", requires=("view",), provides=("tokens",))
def tokens(doc: Document) -> None:
    """Surface tokens of the View, with raw spans and normalized forms."""
    from khabar.tokenize.tokenizer import tokenize_view
    doc.tokens = tokenize_view(_view(doc))


@component("sentences", requires=("view",), provides=("sentences",))
def sentences(doc: Document) -> None:
    """Sentence boundaries on the View, mapped back to raw."""
    from khabar.segment.sentences import split_sentences
    view = _view(doc)
    vsents = split_sentences(view.text)
    doc.scratch["view_sentences"] = vsents
    doc.sentences = tuple(Sentence(*view.to_raw(s, e)) for s, e in vsents)


@component("articles", requires=("sentences",), provides=("articles",))
def articles(doc: Document) -> None:
    """Articles and inline headlines; may split a sentence at a headline's edge."""
    from khabar.segment.articles import find_articles
    view = _view(doc)
    vsents = doc.scratch.get("view_sentences") or [
        (view.to_view(s.start), view.to_view(s.end)) for s in doc.sentences]
    found, vsents = find_articles(view.text, vsents)
    arts = []
    for a_start, a_end, head in found:
        h = Span(*view.to_raw(*head)) if head is not None else None
        arts.append(Article(*view.to_raw(a_start, a_end), headline=h))
    doc.articles = tuple(arts)
    out = []
    j = 0
    for s, e in vsents:
        while j + 1 < len(found) and s >= found[j + 1][0]:
            j += 1
        out.append(Sentence(*view.to_raw(s, e), article=j))
    doc.sentences = tuple(out)


def _view(doc: Document) -> View:
    if doc.view is None:
        doc.view = View(doc.raw)
    return doc.view


MAX_FORM = 60   # a longer letter run is no word: one X word, not a quadratic analysis


@component("morph", requires=("tokens", "sentences"), provides=("words",))
def morph(doc: Document) -> None:
    """Clitic segmentation, UPOS and lemma: fills every token's ``words``.

    Python's cyclic garbage collector is paused meanwhile: the step allocates one tuple per
    word and token, none of them cyclic, and full collections over them cost ~10 % of it."""
    import gc
    paused = gc.isenabled()
    gc.disable()
    try:
        _morph(doc)
    finally:
        if paused:
            gc.enable()


def _morph(doc: Document) -> None:
    from khabar.morph.segmenter import segment_tokens
    from khabar.morph.tagger import get_tagger
    raw = doc.raw
    groups = doc.tokens_by_sentence()
    toks = list(chain.from_iterable(groups))
    if not toks:
        doc.tokens = ()
        return
    starts, ends, norms, words = zip(*toks)
    # The form of a token is its (repaired) word, else its raw text.
    forms = [ws[0].text if ws else raw[s:e] for s, e, ws in zip(starts, ends, words)]
    long = max(map(len, forms)) > MAX_FORM
    cuts = list(accumulate(map(len, groups), initial=0))
    segs = []
    for a, b in zip(cuts, cuts[1:]):
        fs = forms[a:b]
        segs.append(segment_tokens([f if len(f) <= MAX_FORM else "X" for f in fs] if long
                                   else fs))
    per_sentence = get_tagger().analyze_sentences(segs)
    analyzed = list(chain.from_iterable(per_sentence))
    if len(analyzed) != len(toks):   # not one analysis per token: pair them sentence by sentence
        doc.tokens = tuple(_pair(groups, [forms[a:b] for a, b in zip(cuts, cuts[1:])],
                                 per_sentence))
        return
    if long:
        for x, form in enumerate(forms):
            if len(form) > MAX_FORM:
                analyzed[x] = (Word(form, "X", None),)
    doc.tokens = tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, norms, analyzed)))


def _pair(groups: list[list[Token]], forms: list[list[str]], analyzed: list) -> list[Token]:
    """Tokens with their words, paired sentence by sentence (a shorter list drops the rest)."""
    out = []
    for toks, fs, words in zip(groups, forms, analyzed):
        for tok, form, ws in zip(toks, fs, words):
            if len(form) > MAX_FORM:
                ws = (Word(form, "X", None),)
            out.append(tuple.__new__(Token, (tok.start, tok.end, tok.norm, ws)))
    return out


def _ner_batch(docs: list[Document]) -> None:
    """``ner`` over a batch: a stacked model's network runs once over all its sentences."""
    from khabar.ner import find_entities_many
    for doc, ents in zip(docs, find_entities_many(docs)):
        doc.entities = tuple(ents)


@component("ner", requires=("tokens", "sentences"), provides=("entities",), batch=_ner_batch)
def ner(doc: Document) -> None:
    """Named entities (PER/LOC/ORG) with canonical names."""
    from khabar.ner import find_entities
    doc.entities = tuple(find_entities(doc))


@component("temporal", requires=("view",), provides=("dates", "numbers"))
def temporal(doc: Document) -> None:
    """Dates resolved against the document date, and numbers with their units."""
    from khabar.temporal import annotate
    doc.dates, doc.numbers = annotate(doc)


@component("topic", requires=("tokens",), provides=("topic",))
def topic(doc: Document) -> None:
    """News topic (ANT's nine classes) with its probability."""
    from khabar.topics.classifier import classify_doc
    doc.topic = classify_doc(doc)


@component("keywords", requires=("tokens", "sentences"), provides=("keywords",))
def keywords(doc: Document) -> None:
    """Ranked multiword key phrases of the document."""
    from khabar.topics.keywords import keywords as find_keywords
    doc.keywords = tuple(find_keywords(doc))


@component("summary", requires=("tokens", "sentences", "articles"), provides=("summary",))
def summary(doc: Document) -> None:
    """Extractive summary: sentence indices per article, in reading order."""
    from khabar.summarize.extractive import summarize
    doc.summary = tuple(summarize(doc))


@component("quotes", requires=("tokens", "sentences", "articles", "entities"),
           provides=("quotes",))
def quotes(doc: Document) -> None:
    """Direct and indirect quotes with their cue verb and resolved speaker."""
    from khabar.quotes import find_quotes
    doc.quotes = tuple(find_quotes(doc))
