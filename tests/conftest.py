"""Shared fixtures: the example page and the shared data folder (skipped when absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva2-page.txt"
DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def page() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not (DATA / "README.md").exists():
        pytest.skip(f"shared data not found at {DATA} (set KHABAR_DATA to run this test)")
    return DATA
