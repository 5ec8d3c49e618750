"""Document-level consistency: a second, rule-based pass over the CRF's BIO labels.

News names an entity in full once and then repeats it, often shortened or with a clitic
(«الأخضر الإبراهيمي» … «والإبراهيمي»). The CRF tags sentence by sentence and misses some of the
repetitions. After every sentence of a document has been tagged, :func:`propagate`

1. extends a mention to a multi-word gazetteer name of the same type that covers it, when
   the extra tokens are untagged (``جنوب السودان`` when only ``السودان`` was tagged);
2. tags untagged occurrences of the document's mentions (the same words, each compared
   without proclitics, so ``للأمم المتحدة`` repeats ``الأمم المتحدة``) with the
   label the mention has most often in the document;
3. tags an untagged single token equal to the last word of a multi-word person mention
   (``الإبراهيمي`` after ``الأخضر الإبراهيمي``) as that person;
4. unless ``gazetteer=False``, tags untagged preferred multi-word gazetteer names
   (``الهلال الأحمر السوري``, ``الأخضر الإبراهيمي``; not the generic ``gov`` bodies).

Single-word repetitions are only propagated for words that are not among the most frequent
news words (``RARE_RANK``), so a stray mention of a common word cannot spread.
All comparisons use the featurizer's cached per-type keys, so the pass is cheap.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from khabar.ner import resources
from khabar.ner.features import Featurizer

#: Frequency rank in raw news below which a single word is too common to propagate.
RARE_RANK = 150
#: ... and below which a lone word equal to a person's last name is not tagged as that person.
LAST_NAME_RANK = 1000
#: Labels whose preferred multi-word gazetteer names are tagged even when the CRF did not.
GAZ_TAG_KINDS = ("LOC", "ORG", "PER")
LABELS = ("PER", "LOC", "ORG")


def _spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    from khabar.ner.tagger import bio_spans
    return [(i, j, "PER" if lab == "PERS" else lab) for i, j, lab in bio_spans(labels)]


def _set(labels: list[str], i: int, j: int, lab: str) -> None:
    labels[i] = "B-" + lab
    for k in range(i + 1, j):
        labels[k] = "I-" + lab


def _free(labels: Sequence[str], i: int, j: int) -> bool:
    return all(labels[k] == "O" for k in range(i, j)) and (j >= len(labels) or
                                                         not labels[j].startswith("I-"))


def propagate(sentences: Sequence[Sequence[str]], labels: list[list[str]], feat: Featurizer,
              gazetteer: bool = True) -> list[list[str]]:
    """Relabel ``labels`` (one BIO list per sentence of normalized tokens) in place; returns it."""
    cached, type_keys = feat._keys.get, feat.type_keys  # cache hits without a call
    heads_of = [[(cached(w) or type_keys(w))[1] for w in norms] for norms in sentences]
    known = _UNCLITIC.get
    keys = [[known(w) or _unclitic(w) for w in norms] for norms in sentences]
    ranks = feat._ranks

    # 1 + 4: preferred multi-word gazetteer names (longest match at each start).
    names = resources.gazetteer_names()
    heads = _name_heads()
    for norms, ks, labs in zip(sentences, heads_of, labels):
        n = len(norms)
        after = 0  # a matched name ends here: the next match starts at or after it
        for i in [i for i, k in enumerate(ks) if k in heads]:  # only a name head can start one
            if i < after:
                continue
            hit = None
            for length in range(min(heads[ks[i]], n - i), 1, -1):
                lab = names.get((ks[i],) + tuple(norms[i + 1:i + length]))
                if lab:
                    hit = (length, lab)
                    break
            if hit is None:
                continue
            length, lab = hit
            j = i + length
            inner = _spans(labs[i:j])
            if inner and all(s[2] == lab for s in inner) and _free_outside(labs, i, j):
                _set(labs, i, j, lab)
            elif gazetteer and not inner and lab in GAZ_TAG_KINDS and _free(labs, i, j):
                _set(labs, i, j, lab)
            after = j

    # 2 + 3: repetitions of the document's own mentions.
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    lasts: dict[str, int] = {}
    for ks, labs in zip(keys, labels):
        for i, j, lab in _spans(labs):
            if lab not in LABELS:
                continue
            k = tuple(ks[i:j])
            v = votes.setdefault(k, {})
            v[lab] = v.get(lab, 0) + 1
            if lab == "PER" and j - i > 1:
                lasts[ks[j - 1]] = lasts.get(ks[j - 1], 0) + 1
    if not votes:
        return labels
    best = {k: max(v, key=lambda lab: (v[lab], lab)) for k, v in votes.items()}
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for k in best:
        if len(k) == 1 and _rank(ranks, k[0]) < RARE_RANK:
            continue
        by_head.setdefault(k[0], []).append(k)
    for k in by_head.values():
        k.sort(key=len, reverse=True)
    for norms, ks, labs in zip(sentences, keys, labels):
        n = len(norms)
        after = 0  # a repetition was tagged up to here: the next one starts at or after it
        for i in [i for i, k in enumerate(ks) if k in by_head or k in lasts]:
            if i < after or labs[i] != "O":
                continue
            done = False
            for k in by_head.get(ks[i], ()):
                j = i + len(k)
                if j <= n and tuple(ks[i:j]) == k and _free(labs, i, j):
                    _set(labs, i, j, best[k])
                    after = j
                    done = True
                    break
            if not done and ks[i] in lasts and _free(labs, i, i + 1) and \
                    _rank(ranks, ks[i]) >= LAST_NAME_RANK and \
                    (i == 0 or labs[i - 1] == "O" or norms[i] != ks[i]):
                labs[i] = "B-PER"
    return labels


_RARE = ("", "", "", 1 << 30)
_UNCLITIC: dict[str, str] = {}


def _unclitic(w: str) -> str:
    """A word without leading proclitics, the article kept (``والإبراهيمي`` → ``الإبراهيمي``,
    ``للأمم`` → ``الأمم``; ``السورية`` and ``سورية`` stay apart). Cached per type."""
    k = _UNCLITIC.get(w)
    if k is None:
        from khabar.ner.canonical import _unclitic as unclitic
        if len(_UNCLITIC) > 500_000:
            _UNCLITIC.clear()
        k = _UNCLITIC[w] = unclitic(w)
    return k


def _rank(ranks, key: str) -> int:
    """Frequency rank of a key word, with or without the article."""
    return min(ranks.get(key, _RARE)[3], ranks.get("ال" + key, _RARE)[3])


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, int]:
    heads: dict[str, int] = {}
    for k in resources.gazetteer_names():
        heads[k[0]] = max(heads.get(k[0], 0), len(k))
    return heads


def _free_outside(labs: Sequence[str], i: int, j: int) -> bool:
    """The mentions inside ``[i, j)`` do not continue past it."""
    return not (j < len(labs) and labs[j].startswith("I-")) and not (
        labs[i].startswith("I-") and i > 0 and labs[i - 1] != "O")
