"""Fixtures for the UI tests: a temporary data folder, a fixed clock, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.settings import Settings
from ui.window.main_window import MainWindow

# Friday 20 November 2026, mid-morning in Stockholm: a working day.
FRIDAY = datetime(2026, 11, 20, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the user's real data folder."""
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(tmp_path / "env-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))


@pytest.fixture(autouse=True)
def _locale_kept() -> Iterator[None]:
    """A test that installs a language (and its number format) leaves the next one as it was."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FRIDAY)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """A shown main window whose data folder has been opened."""
    main = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.workspace is not None)
    yield main
    main.close_workspace()
