"""Reading the topic data: ANT v1.1, its fixed split, and the labelled raw_news check.

Used by ``training/train_topic.py`` and ``khabar evaluate topics`` (never at analysis time).
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from khabar.errors import InputError
from khabar.text.normalize import normalize
from khabar.tokenize.tokenizer import TOKEN_RE

LABELS = ("localNews", "sport", "internationalNews", "society", "politic", "diverse", "economy",
          "culture", "technology")

ANT_FILE = "ant_corpus_v1.1_topics/ant_v1.1.jsonl.gz"
RAW_LABELLED = "raw_news/arabic_newspapers_corpus.labeled.jsonl.gz"

#: raw_news (Arabic Newspapers Corpus) label → the ANT labels counted as correct.
#: ``religion`` has no ANT counterpart and is left out. ``politics`` there is national and
#: foreign politics of 19 countries: ANT files it as ``politic`` (Tunisian politics) or
#: ``internationalNews`` (foreign news), so either counts (the strict figure is printed too).
RAW_MAP: dict[str, tuple[str, ...]] = {
    "sports": ("sport",),
    "economy": ("economy",),
    "culture": ("culture",),
    "science_technology": ("technology",),
    "politics": ("politic", "internationalNews"),
}


def data_dir() -> Path:
    """The shared data folder (see :func:`khabar.evaluate.data_dir`)."""
    from khabar.evaluate import data_dir as shared
    return shared()


def split_file() -> Path:
    """``evaluation/ant_split.tsv`` of the repository checkout."""
    return Path(__file__).resolve().parents[3] / "evaluation" / "ant_split.tsv"


def norm_tokens(text: str) -> list[str]:
    """Normalized tokens of a plain string (the project tokenizer, no repairs)."""
    return [normalize(m.group()) for m in TOKEN_RE.finditer(text)]


def _open(path: Path):
    try:
        return gzip.open(path, "rt", encoding="utf-8")
    except OSError as exc:  # pragma: no cover - gzip.open is lazy
        raise InputError(f"cannot read {path}: {exc}") from None


def read_ant(data: Path | None = None) -> list[dict]:
    """ANT articles: ``{docno, label, text}`` with text = title + body (file order)."""
    path = (data or data_dir()) / ANT_FILE
    if not path.exists():
        raise InputError(f"ANT corpus not found at {path}; set KHABAR_DATA or pass --data")
    out = []
    with _open(path) as f:
        for line in f:
            r = json.loads(line)
            out.append({"docno": r["docno"], "label": r["category"],
                        "text": (r.get("title") or "") + "\n" + (r.get("text") or "")})
    return out


def read_raw_labelled(data: Path | None = None) -> list[dict]:
    """raw_news labelled docs: ``{id, label, source, text}``."""
    path = (data or data_dir()) / RAW_LABELLED
    if not path.exists():
        raise InputError(f"raw_news labelled file not found at {path}; set KHABAR_DATA")
    with _open(path) as f:
        return [{"id": r["id"], "label": r["label"], "source": r["source"], "text": r["text"]}
                for r in map(json.loads, f)]


def read_split(path: Path | None = None) -> dict[str, str]:
    """docno → ``train``/``dev``/``test`` from ``evaluation/ant_split.tsv``."""
    path = path or split_file()
    if not path.exists():
        raise InputError(f"split file {path} not found; run from a repository checkout "
                         f"(python -m training.train_topic writes it)")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("docno\t"):
            continue
        docno, part = line.split("\t")[:2]
        out[docno] = part
    return out


__all__ = ["LABELS", "RAW_MAP", "data_dir", "norm_tokens", "read_ant", "read_raw_labelled",
           "read_split", "split_file"]
