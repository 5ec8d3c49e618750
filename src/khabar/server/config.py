"""Server defaults, importable without FastAPI (the ``khabar`` parser reads them)."""
from __future__ import annotations

#: Largest request body accepted; larger ones get 413 (about 500k Arabic characters).
DEFAULT_MAX_BYTES = 1_000_000
#: Seconds of work allowed per request; longer ones get 503.
DEFAULT_TIMEOUT = 30.0
