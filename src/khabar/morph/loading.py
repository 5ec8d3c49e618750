"""Model-loading helper shared by the morph loaders. Raises nothing itself."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a model's tables are built.

    Loading makes hundreds of thousands of long-lived objects; the collector would walk the
    whole heap over and over meanwhile and find nothing to free. The previous state is restored
    on exit (also on an exception), so a caller that disabled the collector keeps it disabled.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
