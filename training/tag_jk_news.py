"""Jackknifed raw-news tag profiles for the UPOS tagger (issue 3 experiment; training only).

A fixed sample of raw news is tokenized, split into sentences and segmented into syntactic
words by Khabar's own pipeline (:func:`news_sample`); a first-pass model tags it
(:func:`tag_counts`) and each normalized word's auto-tag distribution becomes a *profile*
(:func:`profiles`: dominant tag + its share bucket, second tag, count bucket). For train
sentences of contiguous block ``k`` the profile comes from a model trained without block
``k`` (so it is as (un)reliable on train as on unseen text); dev and run time use the profile
of a model trained on all of train. Reads ``raw_news`` only; raises ``OSError`` on an
unreadable file.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.morph.tag_features import BOUNDARY, normalize, shape
from training.tag_pass import static_scores

SHARE_CUTS = (0.95, 0.8, 0.6)   # dominant-tag share buckets a / b / c / d
SECOND_MIN = 0.1                # second tag listed from this share
MIN_TAGGED = 3                  # a profile needs this many tagged occurrences


def news_sample(data: Path, every: int = 20, every_anc: int = 10, max_words: int = 0) -> list:
    """Sentences ``(forms, token_index)`` of every ``every``-th SaudiNewsNet document and
    every ``every_anc``-th Arabic Newspapers Corpus document (fixed: no randomness), in
    syntactic words as the run-time pipeline segments them. ``max_words``: stop after."""
    from khabar.evaluate.morph import BASE
    from khabar.morph.segmenter import segment_tokens
    from khabar.pipeline import Pipeline
    pipe = Pipeline(BASE)
    out: list = []
    n = 0
    for name, step in (("saudinewsnet.txt.gz", every), ("arabic_newspapers_corpus.txt.gz", every_anc)):
        with gzip.open(data / "raw_news" / name, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % step:
                    continue
                doc = pipe(line.strip()[:20000])
                for grp in doc.tokens_by_sentence():
                    forms = [t.words[0].text if t.words else doc.raw[t.start:t.end] for t in grp]
                    forms = [f for f in forms if f and len(f) <= 40]
                    if not forms:
                        continue
                    words, tix = [], []
                    for j, seg in enumerate(segment_tokens(forms)):
                        words.extend(seg)
                        tix.extend([j] * len(seg))
                    out.append((words, tix))
                    n += len(words)
                if max_words and n >= max_words:
                    return out
    return out


def sample_fids(sample: list, fi, clusters, cache: dict, sentence_fids) -> list:
    """Per-word feature ids (``grow`` off) of the news sentences, through the trainer's
    ``sentence_fids`` (features of the base model: no profile)."""
    from types import SimpleNamespace as NS
    return [sentence_fids([NS(form=f, token=t) for f, t in zip(ws, tix)], fi, False, clusters, cache)
            for ws, tix in sample]


def tag_counts(W, F: int, T: int, tags: list[str], sample: list, Xs: list) -> dict:
    """``{normalized word: Counter(tag)}`` of the greedy first-pass tags of the sample."""
    S = T + 1
    out: dict = {}
    for (ws, _), fids in zip(sample, Xs):
        if not len(fids):
            continue
        static = static_scores(W, fids)
        p1 = p2 = T
        for i, w in enumerate(ws):
            pr = int((static[i] + W[F + p1] + W[F + S + p2 * S + p1]).argmax())
            p2, p1 = p1, pr
            if shape(w) != "a":
                continue
            c = out.get(normalize(w))
            if c is None:
                c = out[normalize(w)] = Counter()
            c[tags[pr]] += 1
    return out


def profile_value(c: Counter) -> str | None:
    """``"TAG1 b TAG2 n"``: dominant tag, its share bucket (a ≥ .95, b ≥ .8, c ≥ .6, d),
    second tag (share ≥ .1, else ``-``), count bucket; None below ``MIN_TAGGED``."""
    tot = sum(c.values())
    if tot < MIN_TAGGED:
        return None
    (t1, n1), *rest = c.most_common(2)
    s1 = n1 / tot
    b = "a" if s1 >= SHARE_CUTS[0] else "b" if s1 >= SHARE_CUTS[1] else "c" if s1 >= SHARE_CUTS[2] else "d"
    t2 = rest[0][0] if rest and rest[0][1] >= SECOND_MIN * tot else "-"
    return "%s %s %s %d" % (t1, b, t2, min(tot.bit_length() // 2, 6))


def profiles(counts: dict, min_count: int = MIN_TAGGED) -> dict[str, str]:
    """``{normalized word: profile value}`` for words tagged ≥ ``min_count`` times."""
    out = {}
    for w, c in counts.items():
        if sum(c.values()) >= min_count:
            v = profile_value(c)
            if v is not None:
                out[w] = v
    return out


MODE = {"own": True, "nb": True, "second": True, "lite": False}
SEEN = "SEEN"   # profile value of a word the tagger's training data holds (no feature)


def unseen_only(prof: dict[str, str], seen: set[str]) -> dict[str, str]:
    """``prof`` with the words of ``seen`` (normalized words of the profile model's training
    sentences) marked :data:`SEEN`: their profile features are left out."""
    out = dict(prof)
    for w in seen:
        out[w] = SEEN
    return out


def own_profile(form: str, code: str, prof: dict | None) -> list[str]:
    """Own-word profile features (``jp…``) of an Arabic word."""
    if prof is None or shape(form) != "a":
        return []
    v = prof.get(normalize(form))
    if v is SEEN:
        return []
    if v is None:
        return ["jp=none", "jpk=" + code + "none"]
    t1, b, t2, n = v.split(" ")
    if MODE["lite"]:
        return ["jp=" + t1 + b]
    f = ["jp=" + t1 + b, "jpk=" + code + t1 + b, "jpn=" + t1 + b + n]
    if MODE["second"]:
        f.append("jp2=" + t1 + "|" + t2)
    return f


def nb_profile(form: str, code: str, off: int, prof: dict | None) -> list[str]:
    """A ±1 neighbour's profile feature (dominant tag + share bucket)."""
    if prof is None or off not in (-1, 1) or (form, code) == BOUNDARY or shape(form) != "a":
        return []
    v = prof.get(normalize(form))
    if v is SEEN:
        return []
    if v is None:
        return ["%+djp=none" % off]
    t1, b, _, _ = v.split(" ")
    return ["%+djp=%s%s" % (off, t1, b)]


def wrap(tt) -> None:
    """Make ``tt``'s (``training.train_tagger``) feature functions read the ``tagdict``
    argument as a profile table (the old auto-tag lexicon slot, unused otherwise)."""
    own0, nb0 = tt.own_features, tt.neighbor_features

    def own(form, code, clusters=None, tagdict=None, names=None, news=None):
        f = own0(form, code, clusters, None, names, news)
        return f + own_profile(form, code, tagdict) if MODE["own"] else f

    def nb(form, code, off, clusters=None, tagdict=None, names=None):
        f = nb0(form, code, off, clusters, None, names)
        return f + nb_profile(form, code, off, tagdict) if MODE["nb"] else f

    tt.own_features, tt.neighbor_features = own, nb


def block_profiles(X, Y, fold_of, folds, T, F, tags, sample, Xs, epochs, seed, train_pass,
                   log=print, full=True) -> tuple[list, dict | None, list]:
    """Profiles from the models trained without each block (``fold_of``), and from the model
    trained on all (if ``full``); also returns the block models (fold ``k``'s CV base)."""
    profs, Ws = [], []
    for k in range(folds):
        tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
        W = train_pass([X[i] for i in tr], [Y[i] for i in tr], T, F, epochs, seed + k + 1, log=log)
        Ws.append(W)
        profs.append(profiles(tag_counts(W, F, T, tags, sample, Xs)))
        log(f"profile {k + 1}/{folds}: {len(profs[-1])} words")
    pfull = None
    if full:
        tr = [i for i in range(len(X)) if len(Y[i])]
        W = train_pass([X[i] for i in tr], [Y[i] for i in tr], T, F, epochs, seed, log=log)
        pfull = profiles(tag_counts(W, F, T, tags, sample, Xs))
        log(f"profile (all of train): {len(pfull)} words")
    return profs, pfull, Ws


def np_mean(a) -> float:
    return float(np.mean(a))
