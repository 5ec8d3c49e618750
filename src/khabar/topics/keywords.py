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
from collections import Counter, defaultdict

from khabar.lang.stopwords import normalized as _stopwords
from khabar.topics.key_tokens import (best_surface, contains, in_dates, norm, opens,
                                      shown, strip_prefix, token_key)

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

    word_tf: Counter[str] = Counter()
    word_idf: dict[str, float] = {}
    phrase_tf: Counter[tuple[str, ...]] = Counter()
    first_pos: dict[tuple[str, ...], int] = {}
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)

    def add(key: tuple[str, ...], surface: str, pos: int) -> None:
        phrase_tf[key] += 1
        surfaces[key][surface] += 1
        if key not in first_pos:
            first_pos[key] = pos

    # Entity spans: a run stretch that cuts through an entity is a fragment, not a candidate.
    ents = sorted((e.start, e.end) for e in getattr(doc, "entities", ()) or ())
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

    in_date = in_dates(doc)

    def candidates(run: list[tuple[str, object]], pos: int) -> None:
        for i in range(len(run)):
            for n in range(1, min(MAX_N, len(run) - i) + 1):
                part = run[i:i + n]
                if part[0][0].startswith("V:") or part[-1][0].startswith("V:"):
                    continue  # a key phrase neither starts nor ends with a verb
                if ents and cuts_entity(part[0][1].start, part[-1][1].end):
                    continue
                add(tuple(kk for kk, _ in part),
                    " ".join(shown(t, raw, j == 0, j == n - 1) for j, (_, t) in enumerate(part)),
                    pos)

    for rank, (si, toks) in enumerate(sents):
        in_head = head is not None and toks and head[0] <= toks[0].start < head[1]
        pos = 0 if (rank == 0 or in_head) else 1 if rank < 3 else 2
        run: list[tuple[str, object]] = []
        for tok in list(toks) + [None]:
            key = token_key(tok, stop) if tok is not None else None
            if key is not None and in_date(tok.start, tok.end):
                key = None
            if key is None or (run and opens(tok)):
                candidates(run, pos)
                run = []
            if key is not None:  # a token that opens a new constituent starts the next run
                run.append((key, tok))
                word_tf[key] += 1
                word_idf[key] = min(word_idf.get(key, idf[tok.norm]), idf[tok.norm])

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
            ws = surfaces[key].most_common(1)[0][0].split()
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

    chosen: list[tuple[tuple[str, ...], str]] = []
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
        for ck, csurf in chosen:
            cstripped = tuple(strip_prefix(norm(x)) for x in csurf.split())
            if contains(cstripped, stripped) or contains(stripped, cstripped):
                dup = True
                break
            shared = len(set(stripped) & set(cstripped))
            if shared and (phrase_tf[key] == 1
                           or shared * 3 >= 2 * min(len(stripped), len(cstripped))):
                dup = True
                break
        if not dup:
            chosen.append((key, surface))
    return [s for _, s in chosen]


__all__ = ["keywords"]
