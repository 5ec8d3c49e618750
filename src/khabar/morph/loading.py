"""Model-loading helpers shared by the morph loaders: the collector paused while tables are
built, and zero-filled arrays outside numpy's huge-page requests (:func:`zeros`). Raise what
each says."""
from __future__ import annotations

import gc
import mmap
from contextlib import contextmanager
from typing import Iterator

import numpy as np


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


def zeros(shape: tuple[int, ...], dtype: type = np.float32) -> np.ndarray:
    """A zero-filled, writable array in an anonymous memory map of its own.

    Its pages come zeroed from the kernel when first touched, in 4 KB pages: numpy would ask
    for transparent huge pages for a large array (``madvise``), and the kernel's compaction
    to find them made model loads stall now and then (0.1–0.2 s of system time). The map is
    private (copy-on-write in a forked process) and kept alive by the array; without private
    anonymous maps (Windows) it is ``np.zeros``. Raises ValueError on a negative dimension,
    OSError if the map cannot be made."""
    n = int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype).itemsize
    if n <= 0:
        return np.zeros(shape, dtype)
    flags = getattr(mmap, "MAP_PRIVATE", None)
    if flags is None:       # no private anonymous maps here (Windows): numpy's own memory
        return np.zeros(shape, dtype)
    # private: a forked process gets a copy-on-write view, as of any other memory (a shared
    # map would let worker processes write into each other's type cache)
    mm = mmap.mmap(-1, n, flags=flags | mmap.MAP_ANONYMOUS)
    advice = getattr(mmap, "MADV_NOHUGEPAGE", None)
    if advice is not None:
        try:
            mm.madvise(advice)
        except OSError:
            pass
    return np.frombuffer(mm, dtype=dtype).reshape(shape)
