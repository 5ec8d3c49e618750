"""Quotes: who said what (direct quotes and indirect speech, with speakers)."""
from __future__ import annotations

from khabar.quotes.extract import find_quotes

__all__ = ["find_quotes"]
