"""Evaluation commands: each module prints metrics on gold data (``khabar evaluate NAME``)."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The shared data folder: ``$KHABAR_DATA``; else the first ``shared/data`` (holding a
    README.md) beside the current folder or the package, walking upwards; else
    ``../shared/data``. Never raises; callers report a missing folder themselves."""
    env = os.environ.get("KHABAR_DATA")
    if env:
        return Path(env)
    for start in (Path.cwd(), Path(__file__).resolve()):
        for parent in (start, *start.parents):
            cand = parent / "shared" / "data"
            if (cand / "README.md").exists():
                return cand
    return Path("..") / "shared" / "data"
