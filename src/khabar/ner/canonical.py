"""Canonical names: one string per real entity, within a document and across documents.

Keys: a mention's normalized words (diacritics, hamza/alef forms, ى/ي and ة/ه folded), with
leading proclitics and the article removed from every word and a final ``يه`` read as ``يا``
(سورية/سوريا). Within a document a mention whose key is a contiguous part of a longer
mention's key of the same label resolves to that longer name (الابراهيمي → الأخضر الإبراهيمي,
بان → بان كي مون); when several longer names contain it, the most frequent (then the first)
wins. The canonical string is then chosen deterministically, independent of the document:
the preferred form in the variants tables (``lang/ner_variants.tsv``, the ``gaz_*.tsv``
gazetteers) when the key is listed, else the resolved name written word by word in its most
frequent written form in the news corpus (hamzas restored: الابراهيمي → الإبراهيمي), the
proclitics left out and the article kept (للأمم → الأمم).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from khabar.ner import resources
from khabar.ner.clitics import strip_options
from khabar.text.normalize import dediacritize, normalize

#: first letters of a word :func:`_unclitic` may change (proclitics, also ل of لل)
_FIRST = frozenset("وفبلك")
_PUNCT = "\"'«»()[]{}،,.:;!?؟-–—_/\\"


@lru_cache(maxsize=1)
def written_forms() -> dict[str, str]:
    """normalized word -> most frequent written form in raw_news (only when it differs)."""
    out: dict[str, str] = {}
    path = resources.MODEL_DIR / "forms.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines[1:]:
        a, _, b = line.partition("\t")
        if b:
            out[a] = b
    return out


def _unclitic(w: str) -> str:
    """A normalized first word without leading proclitics (article kept; لل → ال)."""
    if w[:1] not in _FIRST:
        return w  # no proclitic letter first: no option below can apply
    if len(w) > 3 and w[:2] == "لل":
        return "ال" + w[2:]
    for k, rest in strip_options(w):
        if rest[:2] == "ال" and len(rest) > 3:
            return rest
        if w[:k + 2][k:] == "لل":
            return "ال" + w[k + 2:]
    best, best_rank = w, resources.rank(w)
    for _, rest in sorted(strip_options(w)):  # a bare proclitic: وسوريا → سوريا
        if len(rest) >= 3 and resources.rank(rest) < best_rank:
            best, best_rank = rest, resources.rank(rest)
    return best


def _bare(w: str) -> str:
    """A normalized word without the article, with final يه read as يا."""
    if len(w) > 4 and w[:2] == "ال":
        w = w[2:]
    if len(w) > 3 and w.endswith("يه"):
        w = w[:-1] + "ا"
    return w


def name_words(surface: str) -> tuple[str, ...]:
    """Normalized words of a mention, proclitics of the first word removed, article kept."""
    words = [w.strip(_PUNCT) for w in normalize(surface).split()]
    words = [w for w in words if w]
    if words:
        words[0] = _unclitic(words[0])
    return tuple(words)


def key(surface: str) -> tuple[str, ...]:
    """The matching key of a mention (see module docstring)."""
    return tuple(_bare(w) for w in name_words(surface))


@lru_cache(maxsize=1)
def _variant_index() -> dict[tuple[str, tuple[str, ...]], str]:
    """(label, key) -> preferred form for every variant in the tables."""
    out: dict[tuple[str, tuple[str, ...]], str] = {}
    for fname, label in list(resources.GAZ_FILES.items()) + [("ner_variants.tsv", None)]:
        for kind, names in resources._entries(fname):
            lab = label or kind
            for name in names:
                k = key(name)
                if fname == "ner_variants.tsv":
                    out[(lab, k)] = names[0]
                else:
                    out.setdefault((lab, k), names[0])
    return out


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n, m = len(longer), len(shorter)
    if m == 0 or m >= n:
        return False
    return any(longer[i:i + m] == shorter for i in range(n - m + 1))


def spell(words: Sequence[str]) -> str:
    """Write normalized words in their most frequent news spelling (hamzas, ة, ى restored)."""
    forms = written_forms()
    return " ".join(forms.get(w, w) for w in words)


def canonical_name(label: str, surface: str) -> str:
    """The document-independent canonical string of one full name."""
    k = key(surface)
    hit = _variant_index().get((label, k))
    if hit is not None:
        return hit
    words = name_words(surface)
    return spell(words) if words else dediacritize(surface).strip()


#: most surfaces (and names) remembered by :func:`_memo_key` / :func:`_memo_name` before
#: their memo is emptied (memory stays bounded)
MEMO_MAX = 100_000
_KEYS: dict[str, tuple[str, ...]] = {}
_NAMES: dict[tuple[str, str], str] = {}


def _memo_key(surface: str) -> tuple[str, ...]:
    """:func:`key` of ``surface``, remembered across documents (names recur)."""
    k = _KEYS.get(surface)
    if k is None:
        if len(_KEYS) > MEMO_MAX:
            _KEYS.clear()
        k = _KEYS[surface] = key(surface)
    return k


def _memo_name(label: str, surface: str) -> str:
    """:func:`canonical_name` of ``surface``, remembered across documents."""
    name = _NAMES.get((label, surface))
    if name is None:
        if len(_NAMES) > MEMO_MAX:
            _NAMES.clear()
        name = _NAMES[(label, surface)] = canonical_name(label, surface)
    return name


def canonicalize(mentions: Sequence[tuple[str, str]]) -> list[str]:
    """Canonical names for a document's mentions ``(surface text, label)``, in order."""
    keys = [_memo_key(s) for s, _ in mentions]
    counts: dict[tuple[str, tuple[str, ...]], int] = {}
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    surface_of: dict[tuple[str, tuple[str, ...]], str] = {}
    for i, ((s, lab), k) in enumerate(zip(mentions, keys)):
        counts[(lab, k)] = counts.get((lab, k), 0) + 1
        first.setdefault((lab, k), i)
        surface_of.setdefault((lab, k), s)
    out = []
    cache: dict[tuple[str, tuple[str, ...]], str] = {}
    for (s, lab), k in zip(mentions, keys):
        ck = (lab, k)
        if ck in cache:
            out.append(cache[ck])
            continue
        target = ck
        longer = [c for c in counts if c[0] == lab and _part_of(lab, c[1], k)]
        longer = [c for c in longer if not _other_generation(c[1], k, counts, lab)]
        if longer:
            target = max(longer, key=lambda c: (counts[c], len(c[1]), -first[c]))
        name = _memo_name(lab, surface_of[target]) if k else dediacritize(s).strip()
        cache[ck] = name
        out.append(name)
    return out


#: Generational words (keys: article removed) that set a son or father apart.
_GENERATION = frozenset({"جونيور", "ابن", "اب", "الابن", "الاب", "سينيور"})


def _other_generation(longer: tuple[str, ...], shorter: tuple[str, ...],
                      counts: dict, label: str) -> bool:
    """``longer`` holds a generational word («جونيور», «الابن») that ``shorter`` lacks and
    the name without it is written in the document too («دونالد ترامب» and «دونالد ترامب
    جونيور»): the short mention is the plain name's, not the son's (round 18)."""
    extra = [w for w in longer if w in _GENERATION and w not in shorter]
    plain = tuple(w for w in longer if w not in extra)
    return bool(extra) and (label, plain) in counts


def _part_of(label: str, longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether a short mention names the same entity as a longer one in the same document:
    any contiguous part for persons (الابراهيمي, بان), a leading part for organizations
    (الأمم → الأمم المتحدة), never for places (السودان is not جنوب السودان)."""
    if label == "PER":
        return _contains(longer, shorter)
    if label == "ORG":
        return len(shorter) < len(longer) and longer[:len(shorter)] == shorter
    return False
