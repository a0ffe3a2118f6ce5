"""Fixtures shared by every test: a private data folder, an open store or workspace,
a fixed clock, and Åsa Öberg, the officer most tests are about.

Nothing here imports Qt, so the core's tests run without it; the UI's own
fixtures (a main window, the locale kept) are in :mod:`tests.ui.conftest`.
The record builders (a person, an account, a check) live in
:mod:`tests.factories` so tests can import them with their types.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.clock import FixedClock
from assistant.records import Person
from assistant.store.database import Store
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.damaged_logs import make_demo_log
from tests.factories import FRIDAY, at, person


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may reach the user's real data folder, settings or autostart."""
    env_dir = tmp_path / "env-data"
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(env_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
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
    """Friday 20 November 2026, ten in the morning in Stockholm: a working day."""
    return FixedClock(at(FRIDAY))


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    """The data folder opened as the app and the command line open it."""
    opened = open_workspace(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def asa() -> Person:
    """Åsa Öberg, asa.oberg@lidingo.se: an account officer."""
    return person("Åsa Öberg", "asa.oberg@lidingo.se")


@pytest.fixture(scope="session")
def demo_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo log (four accounts, a year of checks), made once: copy it, never change it."""
    return make_demo_log(tmp_path_factory.mktemp("demo-log") / "data")
