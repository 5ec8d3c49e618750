"""Khabar over HTTP: a FastAPI app (API + web page) started by ``khabar serve``.

>>> from khabar.server import create_app                 # doctest: +SKIP
>>> app = create_app("news.db")                          # doctest: +SKIP

Needs the ``server`` extra (``pip install 'khabar[server]'``: fastapi, uvicorn). Nothing is
imported until :func:`create_app` is used.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from khabar.server.app import create_app
        return create_app
    raise AttributeError(f"module 'khabar.server' has no attribute {name!r}")
