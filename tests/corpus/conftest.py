"""Store locations for the corpus tests: every behaviour test runs on SQLite and PostgreSQL.

PostgreSQL tests need a server: ``KHABAR_TEST_POSTGRES`` holds its URL (``.ci/run`` starts the
Debian server and sets it). Each test store lives in its own schema, dropped afterwards;
without the variable the PostgreSQL cases are skipped with that reason.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

PG_ENV = "KHABAR_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgres")


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against "
                    f"(.ci/run starts one and sets it)")
    return url


def new_location(backend: str, folder: Path, name: str = "news") -> str:
    """A fresh, empty store location of ``backend``."""
    if backend == "sqlite":
        return str(Path(folder) / f"{name}.db")
    url = pg_base_url()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}schema=khabar_test_{uuid.uuid4().hex[:12]}"


def drop_location(location: str) -> None:
    if location.startswith("postgresql://"):
        from khabar.corpus.postgres import drop_schema
        drop_schema(location)


class Locations:
    """What the ``locations`` fixture gives: ``new(backend, folder, name)`` and ``drop``."""

    new = staticmethod(new_location)
    drop = staticmethod(drop_location)


@pytest.fixture(scope="session")
def locations() -> Locations:
    return Locations()


@pytest.fixture
def location_factory(tmp_path):
    """``make(backend, name="news")`` → a fresh location, removed after the test."""
    made: list[str] = []

    def make(backend: str, name: str = "news") -> str:
        loc = new_location(backend, tmp_path, name)
        made.append(loc)
        return loc

    yield make
    for loc in made:
        drop_location(loc)
