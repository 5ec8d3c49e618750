"""Khabar (خبر): an Arabic news understanding engine.

Raw text is never rewritten: every annotation is a span of code-point offsets into it.

>>> import khabar
>>> doc = khabar.analyze("قال المتحدث إن الاجتماع بدأ.")
>>> [t.text for t in doc.tokens][:2]
['قال', 'المتحدث']
"""
from __future__ import annotations

from khabar.document import (
    Article, Document, Entity, Quote, Repair, Sentence, Span, Token, Word,
)
from khabar.errors import ConfigError, InputError, KhabarError, ResourceError, SchemaError
from khabar.pipeline import Pipeline, analyze, default_pipeline

__version__ = "0.1.0"

__all__ = [
    "Article", "ConfigError", "Document", "Entity", "InputError", "KhabarError", "Pipeline",
    "Quote", "Repair", "ResourceError", "SchemaError", "Sentence", "Span", "Token", "Word",
    "__version__", "analyze", "default_pipeline",
]
