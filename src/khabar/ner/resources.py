"""Lazily loaded NER resources: word clusters (model dir) and gazetteers (``khabar/lang``).

Nothing is read at import; every loader caches its result for the process. Missing files
raise :class:`~khabar.errors.ResourceError` with a reinstall/rebuild hint.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from khabar.errors import ResourceError
from khabar.ner.clitics import core_of
from khabar.text.normalize import normalize

PKG = Path(__file__).resolve().parents[1]
MODEL_DIR = PKG / "models" / "ner"
LANG_DIR = PKG / "lang"

#: Gazetteer files and the feature class each line's kind maps to.
GAZ_FILES = {
    "gaz_locations.tsv": "LOC",
    "gaz_organizations.tsv": "ORG",
    "gaz_persons.tsv": "PER",
}


def _read(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"NER resource {path} is missing ({exc.strerror}); reinstall khabar "
                            f"or rebuild with 'PYTHONPATH=src python3 -m training.train_ner'") from None


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str, str, int]]:
    """``norm -> (c64, c256, c1024, frequency rank)`` for the 50k most frequent news words."""
    out: dict[str, tuple[str, str, str, int]] = {}
    for rank, line in enumerate(_read(MODEL_DIR / "clusters.tsv")[1:]):
        parts = line.split("\t")
        if len(parts) == 4:
            out[parts[0]] = (parts[1], parts[2], parts[3], rank)
    return out


def rank(norm: str) -> int:
    """Frequency rank of a normalized word in raw news (``1 << 30`` when unseen)."""
    c = clusters().get(norm)
    return c[3] if c is not None else 1 << 30


def key_words(name: str) -> tuple[str, ...]:
    """Matching key of a name: normalized words, first word without proclitics/article."""
    words = normalize(name).split()
    if not words:
        return ()
    return (core_of(words[0]),) + tuple(words[1:])


def _entries(fname: str) -> list[tuple[str, list[str]]]:
    out = []
    for line in _read(LANG_DIR / fname):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, names = line.partition("\t")
        out.append((kind.strip(), [n.strip() for n in names.split("|") if n.strip()]))
    return out


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], frozenset[str]]:
    """Key words -> feature tags such as ``LOC``, ``LOC.country``, ``PER.first``, ``ORG.media``."""
    tags: dict[tuple[str, ...], set[str]] = {}
    for fname, label in GAZ_FILES.items():
        for kind, names in _entries(fname):
            for name in names:
                k = key_words(name)
                if k:
                    tags.setdefault(k, set()).update((label, f"{label}.{kind}"))
    return {k: frozenset(v) for k, v in tags.items()}


@lru_cache(maxsize=1)
def gazetteer_heads() -> dict[str, int]:
    """First key word -> longest entry length (to bound multi-word matching)."""
    heads: dict[str, int] = {}
    for k in gazetteer():
        heads[k[0]] = max(heads.get(k[0], 0), len(k))
    return heads


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, ...], frozenset[str]]:
    """Trigger phrase (normalized words, as written) -> types PER/LOC/ORG."""
    out: dict[tuple[str, ...], set[str]] = {}
    for kind, names in _entries("gaz_triggers.tsv"):
        for name in names:
            words = tuple(normalize(name).split())
            if words:
                out.setdefault(words, set()).add(kind)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[tuple[str, ...], str]:
    """Key words of the *preferred* (first-listed) multi-word names -> label PER/LOC/ORG.

    Only these are used to extend or add mentions after tagging: a variant such as
    «قطاع غزة» or «حركة حماس» names the entity with a descriptor that ANERcorp-style mentions
    leave out, while «جنوب السودان» or «الهلال الأحمر السوري» is the name itself. Names listed
    under two labels are left out.
    """
    out: dict[tuple[str, ...], str] = {}
    bad: set[tuple[str, ...]] = set()
    for fname, label in GAZ_FILES.items():
        for kind, names in _entries(fname):
            if not names or kind in ("first", "gov"):
                continue
            k = key_words(names[0])
            if len(k) < 2:
                continue
            if out.get(k, label) != label:
                bad.add(k)
            out[k] = label
    return {k: v for k, v in out.items() if k not in bad}


@lru_cache(maxsize=2)
def lexicon(labels: bool | str = True) -> dict[tuple[str, str], tuple[str, ...]]:
    """The induced name lexicon of the model directory as CRF features (see
    :mod:`khabar.ner.lexicon`; ``labels``: all or e.g. ``"PER"``). Raises
    :class:`ResourceError` when the file is missing or malformed."""
    from khabar.ner.lexicon import read_rows, table_from_rows
    path = MODEL_DIR / "lexicon.tsv"
    try:
        return table_from_rows(read_rows(path), labels)
    except (OSError, ValueError) as exc:
        raise ResourceError(f"NER lexicon {path} is missing or malformed ({exc}); rebuild with "
                            f"'PYTHONPATH=src python3 -m training.train_ner'") from None
