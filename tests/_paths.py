"""Paths shared by the tests (importable: tests/ is on pytest's pythonpath)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva2-page.txt"
DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
