"""Shared fixtures: the example page and the shared data folder (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from _paths import DATA, EXAMPLE


@pytest.fixture(scope="session")
def page() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not (DATA / "README.md").exists():
        pytest.skip(f"shared data not found at {DATA} (set KHABAR_DATA to run this test)")
    return DATA
