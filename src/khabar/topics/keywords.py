"""Ranked key phrases of an article: maximal runs of content words, scored by tf × idf.

Candidates: inside each sentence, runs of *content tokens* (a letter, not a stop word or news
filler from :mod:`khabar.lang.stopwords`, not a digit or punctuation, not inside a date the
temporal layer found — «شتنبر الماضي») are cut at every other token, and before a token that
morphology splits into a leading conjunction or preposition and more («وبالمغرب»,
«للصيد»: a new constituent starts there); every 1–4-token stretch of a run is a candidate,
so no candidate starts or ends with a stop word. When the document has entities (``doc.entities``), each entity inside the article
is a candidate too, grouped by its canonical name.

Grouping key of a token: the lemma of its content word when morphology filled ``words``
(``Word.lemma``), else its normalized form with the article and attached prepositions taken
off (ال، وال، بال، لل …), so «الأمم المتحدة» and «للأمم المتحدة» count together.

Score of a phrase ``p`` of ``n`` words ``w_i``::

    mean_i idf(w_i) × (tf(p) + 0.25 Σ_i (tf(w_i) − tf(p))) × (1 + 0.35 (n − 1)) × position

with tf counted in the article, idf from raw_news (:mod:`khabar.topics.idf`), position 1.4
when the phrase is in the headline or the first sentence, 1.15 in the first three; an entity
gets × 1.3. Phrases are taken best first; one contained in an already chosen phrase (or
containing one, when it adds little) is dropped. The surface returned is the most frequent
surface of the phrase (tokens joined by one space), preferring forms without a leading
preposition or conjunction; a surface is the raw text of its tokens, except that the first
token shows its words without the leading conjunctions/prepositions (لوكالة → وكالة,
للصيد → الصيد) and the last one, when it ends in a pronoun, its host (سفارتهم → سفارة).
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from operator import itemgetter

from khabar.lang.stopwords import normalized as _stopwords
from khabar.topics.key_tokens import (best_surface, contains, in_dates, norm, opens,
                                      strip_prefix, surface_parts, token_keys)

MAX_N = 4


def _article_sentences(doc, article: int | None) -> list[tuple[int, list]]:
    """(sentence index, tokens) of the article (all sentences when ``article`` is None)."""
    groups = doc.tokens_by_sentence()
    if not doc.sentences:
        return [(0, groups[0])] if groups else []
    out = []
    for i, toks in enumerate(groups):
        if article is None or doc.sentences[i].article == article:
            out.append((i, toks))
    return out


def _headline_range(doc, article: int | None) -> tuple[int, int] | None:
    if article is None or not doc.articles or article >= len(doc.articles):
        return None
    h = doc.articles[article].headline
    return (h.start, h.end) if h is not None else None


def keywords(doc, article: int | None = None, k: int = 10) -> list[str]:
    """Up to ``k`` key phrases of article ``article`` (of the whole document when None),
    best first, as raw surfaces. Empty when the text has no content word."""
    from khabar.topics.idf import idf_table
    stop = _stopwords("all")
    sents = _article_sentences(doc, article)
    if not sents:
        return []
    idf = idf_table()
    head = _headline_range(doc, article)
    raw = doc.raw

    word_tf: dict[str, int] = {}
    word_idf: dict[str, float] = {}
    # phrase → count, first position class and its surfaces' counts (plain dicts in
    # insertion order: what Counter/defaultdict gave, faster)
    phrase_tf: dict[tuple[str, ...], int] = {}
    first_pos: dict[tuple[str, ...], int] = {}
    surfaces: dict[tuple[str, ...], dict[str, int]] = {}

    def add(key: tuple[str, ...], surface: str, pos: int) -> None:
        c = phrase_tf.get(key)
        if c is None:
            phrase_tf[key] = 1
            first_pos[key] = pos
            surfaces[key] = {surface: 1}
        else:
            phrase_tf[key] = c + 1
            srf = surfaces[key]
            srf[surface] = srf.get(surface, 0) + 1

    # Entity spans: a run stretch that cuts through an entity is a fragment, not a candidate.
    ents = sorted((e.start, e.end) for e in getattr(doc, "entities", ()) or ())
    cuts_entity = _entity_cutter(ents)
    in_date = in_dates(doc) if getattr(doc, "dates", ()) else None

    def candidates(run: list, pos: int) -> None:
        keys = tuple(k for k, _ in run)
        verb = [k.startswith("V:") for k in keys]
        toks = [t for _, t in run]
        one, first, mid, last = surface_parts(toks, raw)
        size = len(run)
        for i in range(size):
            if verb[i]:
                continue  # a key phrase neither starts nor ends with a verb
            a = toks[i].start
            for n in range(1, min(MAX_N, size - i) + 1):
                e = i + n - 1
                if verb[e]:
                    continue
                if ents and cuts_entity(a, toks[e].end):
                    continue
                add(keys[i:e + 1],
                    one[i] if n == 1 else " ".join((first[i], *mid[i + 1:e], last[e])), pos)

    tget, unseen = idf.table.get, idf.unseen
    for rank, (si, toks) in enumerate(sents):
        in_head = head is not None and toks and head[0] <= toks[0].start < head[1]
        pos = 0 if (rank == 0 or in_head) else 1 if rank < 3 else 2
        run: list[tuple[str, object]] = []
        for tok, key in zip(toks, token_keys(toks, stop)):
            if key is not None and in_date is not None and in_date(tok.start, tok.end):
                key = None
            if key is None:
                if run:
                    candidates(run, pos)
                    run = []
                continue
            if run and opens(tok):  # a token that opens a new constituent starts the next run
                candidates(run, pos)
                run = []
            run.append((key, tok))
            word_tf[key] = word_tf.get(key, 0) + 1
            v = tget(tok.norm, unseen)
            old = word_idf.get(key)
            if old is None or v < old:
                word_idf[key] = v
        if run:
            candidates(run, pos)

    entity_keys: set[tuple[str, ...]] = set()
    if getattr(doc, "entities", ()):
        lo = sents[0][1][0].start if sents[0][1] else 0
        hi = max((toks[-1].end for _, toks in sents if toks), default=len(raw))
        for e in doc.entities:
            if lo <= e.start and e.end <= hi:
                key = ("E:" + (e.canonical or raw[e.start:e.end]),)
                entity_keys.add(key)
                name = e.canonical or doc.repaired(e)  # one name for «الأممالمتحدة» too
                add(key, " ".join(name.split()), 0 if e.start < lo + 200 else 2)

    def score(key: tuple[str, ...]) -> float:
        tf = phrase_tf[key]
        if key in entity_keys:
            ws = max(surfaces[key].items(), key=itemgetter(1))[0].split()
            n = len(ws)
            mean_idf = sum(idf[norm(w)] for w in ws) / max(n, 1)
            spread = 0.0
        else:
            n = len(key)
            mean_idf = sum(word_idf[w] for w in key) / n
            spread = sum(word_tf[w] - tf for w in key) / n
        s = mean_idf * tf * (1 + 0.1 * spread) * (0.6 if n == 1 else 1 + 0.3 * (n - 1))
        s *= (1.4, 1.15, 1.0)[first_pos[key]]
        if key in entity_keys:
            s *= 1.3
        return s

    scored = []
    for key, tf in phrase_tf.items():
        if tf == 1 and len(key) != 2 and key not in entity_keys:
            continue  # a word seen once is noise; a one-off long run is rarely a phrase
        scored.append((score(key), key))
    scored.sort(key=lambda x: (-x[0], x[1]))
    # Longer phrases that hold a shorter one (for expansion: «الابراهيمي» → «الأخضر الابراهيمي»).
    longer: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key, tf in phrase_tf.items():
        if tf >= 2 and 1 < len(key) and key not in entity_keys:
            for n in range(1, len(key)):
                for i in range(len(key) - n + 1):
                    longer[key[i:i + n]].append(key)

    chosen: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = []
    for s, key in scored:
        if len(chosen) >= k:
            break
        tf = phrase_tf[key]
        ext = [q for q in longer.get(key, ()) if phrase_tf[q] >= max(2, 0.4 * tf)]
        if ext:
            key = min(ext, key=lambda q: (-phrase_tf[q], len(q), q))
        surface = best_surface(surfaces[key])
        stripped = tuple(strip_prefix(norm(x)) for x in surface.split())
        dup = False
        for ck, csurf, cstripped in chosen:
            if contains(cstripped, stripped) or contains(stripped, cstripped):
                dup = True
                break
            shared = len(set(stripped) & set(cstripped))
            if shared and (phrase_tf[key] == 1
                           or shared * 3 >= 2 * min(len(stripped), len(cstripped))):
                dup = True
                break
        if not dup:
            chosen.append((key, surface, stripped))
    return [s for _, s, _ in chosen]


def _entity_cutter(ents: list[tuple[int, int]]):
    """A test ``f(a, b)``: does the char range cut through one of the sorted entity spans
    ``ents`` (overlap it without holding it whole)?"""
    ent_starts = [es for es, _ in ents]
    longest = max((ee - es for es, ee in ents), default=0)

    def cuts_entity(a: int, b: int) -> bool:
        # only entities starting after a - longest can reach past a (linear scans were
        # quadratic on long pages)
        for es, ee in ents[bisect.bisect_left(ent_starts, a - longest):]:
            if es >= b:
                break
            if ee > a and not (a <= es and ee <= b):
                return True
        return False
    return cuts_entity


__all__ = ["keywords"]
