"""Reading the segmentation model's source files (``model.json.gz``, ``news.tsv.gz``,
``an.json`` in ``khabar/models/morph_seg``) into the tables :mod:`khabar.morph.segmenter`
uses; :mod:`khabar.morph.compiled` stores the same tables in ``compiled.marshal``.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from khabar.errors import ResourceError


def _read_news(path: Path) -> tuple[dict[str, int], dict[str, str]]:
    """(folded key → raw-news count, folded key → best spelling) from ``news.tsv.gz`` (lines
    ``key TAB count TAB spelling-or-empty``), parsed with whole-text splits rather than one
    split per line. Raises OSError, or ValueError on a line without exactly three columns."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    if data and not data.endswith("\n"):
        data += "\n"
    if data.count("\t") != 2 * data.count("\n"):
        raise ValueError(f"{path.name}: a line without three tab-separated columns")
    cols = data.replace("\n", "\t").split("\t")
    cols.pop()      # after the final newline
    keys = cols[0::3]
    news = dict(zip(keys, map(int, cols[1::3])))
    spell = {k: v for k, v in zip(keys, cols[2::3]) if v}
    return news, spell


def parse_sources(folder: Path) -> dict:
    """The model's tables parsed from its source files (what ``compiled.marshal`` stores).
    Raises :class:`ResourceError` on a missing or damaged file."""
    try:
        with gzip.open(folder / "model.json.gz", "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        news, spell = _read_news(folder / "news.tsv.gz")
        memo: dict[str, tuple[str, ...]] = {b: tuple(w.split(" ")) for b, w in
                                            data["memo"].items()}
        for b in data["memo_whole"]:
            memo[b] = ()
        context = {b: {prev: tuple(w.split(" ")) if w else () for prev, w in d.items()}
                   for b, d in data.get("context", {}).items()}
        tables = {"weights": data["weights"], "memo": memo, "context": context,
                  "news": news, "spell": spell, "unsplit": data["unsplit"],
                  "host": data["host"], "hostword": data["hostword"],
                  "rewrite": data["rewrite"], "hostspell": data.get("hostspell", {}),
                  "an": {}}
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(
            f"the segmentation model in {folder} is missing or damaged ({exc}); reinstall "
            f"khabar or rebuild it with 'python -m training.train_segmenter'") from None
    an_path = folder / "an.json"
    if an_path.exists():
        try:
            tables["an"] = json.loads(an_path.read_text(encoding="utf-8"))["weights"]
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(f"the إن/أن model {an_path} is damaged ({exc}); rebuild it "
                                f"with 'python -m training.train_segmenter'") from None
    return tables


__all__ = ["parse_sources"]
