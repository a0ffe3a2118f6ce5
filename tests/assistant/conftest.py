"""Fixtures for the core tests: a private data folder for every test, and an open store.

The record builders (a person, an account, a check) live in
:mod:`tests.factories` so tests can import them with their types.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from assistant.store.database import Store
from tests.factories import FRIDAY, at


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may reach the user's real data folder."""
    env_dir = tmp_path / "env-data"
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(env_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    return env_dir


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FixedClock:
    """Friday 20 November 2026, ten in the morning in Stockholm."""
    return FixedClock(at(FRIDAY))
