"""The corpus layer: a store of analyzed documents, Arabic-aware search, near-duplicates.

>>> from khabar.corpus import open_store, ingest
>>> store = open_store("news.db")                         # doctest: +SKIP
>>> ingest(store, ["articles/"], jobs=2)                  # doctest: +SKIP
>>> [h.title for h in store.search("مفاوضات سوريا")]      # doctest: +SKIP
"""
from __future__ import annotations

from khabar.corpus.ingest import IngestSummary, count_records, ingest
from khabar.corpus.store import AddResult, Hit, Store, open_store

__all__ = ["AddResult", "Hit", "IngestSummary", "Store", "count_records", "ingest",
           "open_store"]
