"""Build the tagger's tag dictionary (``allowed_tags.tsv.gz``) from PADT train.

For every word form seen in train and never tagged ``X`` there, the set of UPOS tags train
gives it; at run time the tagger chooses among those tags only (see
:class:`khabar.morph.tagger.Tagger`). Forms ever tagged ``X`` are left out: PADT's ``X``
(foreign words, names in some sources) is inconsistent, and constraining those words cost
dev lemma accuracy. Chosen on dev with gold segmentation (``khabar.morph.tag_eval``):
UPOS 96.56 → 96.76; the same table restricted to forms seen ≥ 2 times gave 96.65, and
with ``X`` forms included 96.69 (lemma dediacritized −0.18).

Run by ``training.train_tagger``; alone: ``PYTHONPATH=src python3 -m training.tag_allowed``.
Output is sorted and gzipped with mtime 0 (byte-identical on rerun).
"""
from __future__ import annotations

import gzip
import io
from collections import defaultdict
from pathlib import Path


def build_allowed(train, tags: list[str]) -> dict[str, list[str]]:
    """form → sorted tags train gives it (forms ever tagged X, or with every tag, omitted).

    ``train``: sentences of :class:`khabar.morph.tag_data.GoldWord`; ``tags``: the tagger's
    tag set (other labels, e.g. ``_``, are ignored)."""
    seen: dict[str, set[str]] = defaultdict(set)
    known = set(tags)
    for sent in train:
        for w in sent:
            seen[w.form].add(w.upos)
    out: dict[str, list[str]] = {}
    for form, ts in seen.items():
        if "X" in ts or "_" in ts:
            continue
        ts &= known
        if ts and len(ts) < len(known):
            out[form] = sorted(ts)
    return out


def write_allowed(allowed: dict[str, list[str]], path: Path) -> None:
    """Write ``form<TAB>TAG,TAG…`` lines, sorted, gzip mtime 0."""
    text = "".join(f"{f}\t{','.join(ts)}\n" for f, ts in sorted(allowed.items()))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def main() -> int:
    import json
    from training.train_tagger import default_data, load
    from khabar.morph.tagger import MODEL_DIR
    train, _ = load(default_data())
    tags = json.loads((MODEL_DIR / "tagger.json").read_text(encoding="utf-8"))["tags"]
    allowed = build_allowed(train, tags)
    write_allowed(allowed, MODEL_DIR / "allowed_tags.tsv.gz")
    print(f"allowed_tags.tsv.gz: {len(allowed)} forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
