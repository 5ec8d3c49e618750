"""Lexical constraints learned from PADT train: the tagger's tag dictionary and the
lemmatizer's broken-plural templates (built by ``training.tag_allowed`` and
``training.tag_plurals``; see the morph_tag MODEL_CARD).

- Tag dictionary (``allowed_tags.tsv.gz``, ``form<TAB>TAG,TAG…``): a form may only get the
  tags train gave it; :func:`build_masks` turns it into additive score masks.
- Plural templates (``lemma_plurals.tsv``, ``UPOS<TAB>form template<TAB>lemma template<TAB>
  count``): digits are slots for root-like letters, e.g. ``1وا23 > 1ا23`` maps «جوانب» to
  «جانب»; :func:`plural_candidates` lists a form's candidate lemmas, most frequent first.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import numpy as np

PATTERN = frozenset("اويىةءأإآئؤ")   # letters a plural template keeps literally
BLOCKED = -1e4                       # score added to a tag the dictionary rules out


def read_allowed(path: Path) -> dict[str, str]:
    """The tag dictionary (form → comma-joined tags); empty if the file is absent (older
    models). Raises OSError on an unreadable file, ValueError on a line without a tab."""
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh if line.strip())


def build_masks(allowed: dict[str, str], tix: dict[str, int], T: int) -> dict[str, np.ndarray]:
    """form → mask of length ``2 * T`` (both tagger passes): 0 for its tags, :data:`BLOCKED`
    for the others. Tags not in ``tix`` are ignored; a form left with no known tag, or with
    every tag, gets no mask. Forms with the same tag set share one array."""
    shared: dict[str, np.ndarray | None] = {}
    masks: dict[str, np.ndarray] = {}
    for form, tags in allowed.items():
        if tags not in shared:
            m = np.full(2 * T, BLOCKED, dtype=np.float32)
            for t in tags.split(","):
                k = tix.get(t)
                if k is not None:
                    m[k] = m[T + k] = 0.0
            shared[tags] = None if (m == 0).sum() in (0, 2 * T) else m
        m = shared[tags]
        if m is not None:
            masks[form] = m
    return masks


def single_tag_masks(masks: dict[str, np.ndarray]) -> set[int]:
    """The ``id`` of each distinct mask of :func:`build_masks` that leaves one tag per pass
    (forms share mask arrays, so this looks at each distinct array once). Raises nothing."""
    distinct = {id(m): m for m in masks.values()}
    return {i for i, m in distinct.items() if int((m == 0).sum()) == 2}


def read_plurals(path: Path) -> list[tuple[str, ...]]:
    """Rows of ``lemma_plurals.tsv``; none if the file is absent. Raises OSError on an
    unreadable file."""
    if not path.exists():
        return []
    return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
            if line]


def group_plurals(rows: list[tuple]) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(UPOS, template length) → [(form template, lemma template)], most frequent first.
    Raises ValueError on a row without 4 columns or with a non-integer count."""
    if any(len(r) != 4 for r in rows):
        raise ValueError("plural templates need 4 columns: UPOS, form, lemma, count")
    by: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for u, ft, lt, _ in sorted(rows, key=lambda r: (-int(r[3]), r[1], r[2])):
        by.setdefault((u, len(ft)), []).append((ft, lt))
    return by


def plural_candidates(by: dict[tuple[str, int], list[tuple[str, str]]], form: str,
                      upos: str) -> Iterator[str]:
    """Lemmas the templates of ``upos`` map ``form`` to (article and an accusative tanween
    alif removed first), most frequent template first."""
    s = form[2:] if form.startswith("ال") else form
    if s.endswith("ا") and len(s) > 3:
        s = s[:-1]
    for ft, lt in by.get((upos, len(s)), ()):
        cand = fill_template(s, parse_template(ft, lt))
        if cand is not None:
            yield cand


def fill_template(s: str, template: tuple[tuple, tuple, str]) -> str | None:
    """The lemma a parsed template (:func:`parse_template`) maps the stem ``s`` of the template's
    length to, or ``None`` when ``s`` does not fit it (a literal letter differs, or a slot holds
    a letter templates keep literally)."""
    lits, slots, out = template
    for i, c in lits:
        if s[i] != c:
            return None
    for i, _ in slots:
        if s[i] in PATTERN:
            return None
    filled = {d: s[i] for i, d in slots}   # a repeated slot keeps its last letter
    return "".join([filled.get(c, c) for c in out])


@lru_cache(maxsize=4096)
def parse_template(ft: str, lt: str) -> tuple[tuple, tuple, str]:
    """A form template's literal letters and slots as ``(position, letter or slot digit)``."""
    return (tuple((i, c) for i, c in enumerate(ft) if not c.isdigit()),
            tuple((i, c) for i, c in enumerate(ft) if c.isdigit()), lt)
