"""Documents for ``khabar evaluate articles`` (:mod:`khabar.evaluate.articles`).

:func:`load_docs` reads the titled documents of ANT v1.1 and SaudiNewsNet that pages are
assembled from (2–30-word title, 30+-word body capped at 400 words; each document in ``dev``
or ``test`` by a fixed hash of its id); :func:`single_docs` the real single-article texts of
``--single`` (EASC, and every k-th ANT text).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from khabar.errors import InputError

Doc = tuple[str, str, list[str]]  # (title, body as one line, body paragraphs)


def _split_of(doc_id: str) -> str:
    return "dev" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _keep(title: str, body: str) -> bool:
    nt = len(title.split())
    return 2 <= nt <= 30 and len(body.split()) >= 30


def _cap(paras: list[str], limit: int = 400) -> list[str]:
    out, n = [], 0
    for p in paras:
        w = p.split()
        if n + len(w) > limit:
            if n == 0:
                out.append(" ".join(w[:limit]))
            break
        out.append(" ".join(w))
        n += len(w)
    return out


def load_docs(root: Path, split: str, limit_per_source: int = 3000) -> list[Doc]:
    """Documents of one split from ANT and SaudiNewsNet. Raises InputError if data is missing."""
    ant = root / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz"
    snn = root / "raw_news" / "saudinewsnet.txt.gz"
    meta = root / "raw_news" / "saudinewsnet.meta.tsv.gz"
    for p in (ant, snn, meta):
        if not p.exists():
            raise InputError(f"missing {p}; set KHABAR_DATA to the shared data folder")
    docs: list[Doc] = []
    n = 0
    with gzip.open(ant, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            title = " ".join(d.get("title", "").split())
            paras = _cap([p for p in d.get("text", "").split("\n") if p.strip()])
            body = " ".join(paras)
            if _split_of("ant:" + d["docno"]) != split or not _keep(title, body):
                continue
            if body.startswith(title):
                continue
            docs.append((title, body, paras))
            n += 1
            if n >= limit_per_source:
                break
    n = 0
    with gzip.open(snn, "rt", encoding="utf-8") as ft, gzip.open(meta, "rt", encoding="utf-8") as fm:
        next(fm)
        for tline, mline in zip(ft, fm):
            cols = mline.rstrip("\n").split("\t")
            if len(cols) < 6:
                continue
            title = " ".join(cols[5].split())
            text = tline.strip()
            if not title or not text.startswith(title):
                continue
            body = " ".join(_cap([text[len(title):].strip()]))
            if _split_of("snn:" + cols[1]) != split or not _keep(title, body):
                continue
            docs.append((title, body, [body]))
            n += 1
            if n >= limit_per_source:
                break
    return docs


def single_docs(root: Path, offset: int = 0, n_ant: int = 300) -> dict[str, list[str]]:
    """Real single-article texts: ``{"EASC": [...], "ANT": [...]}`` (ANT: every k-th text
    from ``offset``). Raises InputError if data is missing."""
    easc = root / "easc_summarization" / "easc.jsonl"
    ant = root / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz"
    for p in (easc, ant):
        if not p.exists():
            raise InputError(f"missing {p}; set KHABAR_DATA to the shared data folder")
    with easc.open(encoding="utf-8") as fh:
        easc_texts = [json.loads(line)["article"] for line in fh if line.strip()]
    with gzip.open(ant, "rt", encoding="utf-8") as fh:
        ant_texts = [t for t in (json.loads(line).get("text") for line in fh) if t]
    step = max(1, len(ant_texts) // n_ant)
    return {"EASC": easc_texts, "ANT": ant_texts[offset % step::step][:n_ant]}
