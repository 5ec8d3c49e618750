"""Index terms from Khabar's analysis: the same analyzer for documents and queries.

Every word token gives exactly one term in each of four aligned fields, so that position
``i`` of every field is the same raw token (phrases work in any field, and a match maps back
to raw offsets):

* ``surface`` - the normalized token (``Token.norm``: diacritics removed, alef/ya/ta marbuta
  folded), with a final «يا» folded to «يه» (so «سوريا» = «سورية»);
* ``host`` - the token without its clitics: the host word of ``token.words`` once proclitic
  conjunctions, prepositions, the future «س» and pronoun suffixes (CCONJ/ADP/AUX/PART/PRON/DET
  words of at most three letters in a multi-word token) are dropped («والمفاوضات» →
  «المفاوضات»);
* ``lemma`` - the normalized lemma of the host word (diacritics removed);
* ``stem`` - a light stem of the host (article «ال»/«لل» and common suffixes stripped, in the
  spirit of Larkey's light10): «المفاوضات», «مفاوضات», «مفاوضة» → «مفاوض».

Punctuation and symbols give no term. Terms only hold letters and digits, so an FTS5 ``ascii``
tokenizer (every non-ASCII character is a token character) reads them back unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

from khabar.document import Token
from khabar.text.normalize import normalize

FIELDS = ("surface", "host", "lemma", "stem")
_CLITIC_UPOS = frozenset({"CCONJ", "ADP", "AUX", "PART", "PRON", "DET", "SCONJ"})
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("ات", "ون", "ين", "ها", "ان")
NISBA_SLACK = 1


class TokenTerms(NamedTuple):
    """The four aligned terms of one word token and its raw span."""

    start: int
    end: int
    surface: str
    host: str
    lemma: str
    stem: str


@lru_cache(maxsize=1 << 16)
def clean(s: str) -> str:
    """Keep letters and digits only (what a term may hold), folded like ``normalize``."""
    s = normalize(s)
    if s.isalnum():
        return s
    return "".join(c for c in s if c.isalnum())


def fold_final_ya(t: str) -> str:
    """Final «يا» → «يه» for words of five letters or more («سوريا» → «سوريه» = «سورية»)."""
    if len(t) >= 5 and t.endswith("يا"):
        return t[:-1] + "ه"
    return t


@lru_cache(maxsize=1 << 16)
def light_stem(t: str) -> str:
    """A light stem of a normalized word (article, plural/dual ending, ta marbuta, nisba).

    At most one prefix of the article family and one plural/dual ending are removed, then a
    final «ه» (ta marbuta), then a nisba «ي» when four letters remain: «المفاوضات»,
    «مفاوضات», «مفاوضة» → «مفاوض»; «سورية», «سوريا», «سوري» → «سوري»; «مدنيين» → «مدني» (not
    «مدن», cities). Names in «ان» of five letters keep it («لبنان», «ايران»).
    """
    t = fold_final_ya(t)
    if not t or not t[0] >= "\u0600":           # digits, Latin: unchanged
        return t
    for p in _PREFIXES:
        if t.startswith(p) and len(t) - len(p) >= 3:
            t = t[len(p):]
            break
    for s in _SUFFIXES:
        if t.endswith(s) and len(t) - len(s) >= 3 and (s != "ان" or len(t) >= 6):
            t = t[:-len(s)]
            break
    if t.endswith("ه") and len(t) >= 4:
        t = t[:-1]
    if t.endswith("ي") and len(t) >= 6 - NISBA_SLACK:
        t = t[:-1]
    return t


def _host(tok: Token) -> tuple[str, str]:
    """(host word text, its lemma) of a token; the token itself when it has no words."""
    words = tok.words
    if not words:
        return tok.norm, ""
    if len(words) == 1:
        return words[0].text, words[0].lemma or ""
    keep = [w for w in words
            if not (w.upos in _CLITIC_UPOS and len(clean(w.text)) <= 3)]
    if not keep:
        keep = [max(words, key=lambda w: len(w.text))]
    w = max(keep, key=lambda w: len(clean(w.text)))
    return w.text, w.lemma or ""


def token_terms(tok: Token) -> TokenTerms | None:
    """The aligned terms of one token, or None for punctuation and symbols."""
    surface = fold_final_ya(clean(tok.norm))
    if not surface:
        return None
    host_text, lemma_text = _host(tok)
    host = fold_final_ya(clean(host_text)) or surface
    lemma = fold_final_ya(clean(lemma_text)) if lemma_text else ""
    if not lemma:
        lemma = host
    return TokenTerms(tok.start, tok.end, surface, host, lemma, light_stem(host))


#: Terms by token key (norm and its words' text, upos, lemma); cleared when it holds
#: ``_CACHE_MAX`` keys. News repeats its words, so most tokens are found here.
_CACHE: dict[tuple, tuple[str, str, str, str] | None] = {}
_CACHE_MAX = 1 << 17


def document_terms(tokens: Iterable[Token]) -> list[TokenTerms]:
    """Terms of every word token, in order (what :func:`token_terms` gives, cached)."""
    out = []
    cache = _CACHE
    for tok in tokens:
        words = tok.words
        if len(words) == 1:
            w = words[0]
            key: tuple = (tok.norm, w.text, w.upos, w.lemma)
        else:
            key = (tok.norm, len(words), *[(w.text, w.upos, w.lemma) for w in words])
        t = cache.get(key, False)
        if t is False:
            tt = token_terms(tok)
            t = None if tt is None else tt[2:]
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            cache[key] = t
        if t is not None:
            out.append(TokenTerms(tok.start, tok.end, *t))
    return out


def columns(terms: Sequence[TokenTerms]) -> tuple[str, str, str, str]:
    """The four space-separated field texts for the index."""
    return (" ".join(t.surface for t in terms), " ".join(t.host for t in terms),
            " ".join(t.lemma for t in terms), " ".join(t.stem for t in terms))


#: Runs of ``str.isalnum`` characters (``\\w`` is exactly those and ``_``).
_ALNUM_RUN = re.compile(r"[^\W_]+")


def raw_words(text: str) -> list[str]:
    """Normalized alphanumeric words of a text (for shingles and simple matching)."""
    return _ALNUM_RUN.findall(normalize(text))


_LIGHT: object | None = None


def light_pipeline():
    """The analyzer for queries and titles: repair, tokens, sentences, morph (no NER etc.)."""
    global _LIGHT
    if _LIGHT is None:
        from khabar.pipeline import Pipeline
        _LIGHT = Pipeline(["repair", "tokens", "sentences", "morph"])
    return _LIGHT


def analyze_terms(text: str) -> list[TokenTerms]:
    """Terms of a short text (a query or a title) with the light analyzer."""
    if not text or not text.strip():
        return []
    doc = light_pipeline()(text)
    return document_terms(doc.tokens)
