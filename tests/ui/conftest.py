"""Fixtures for the UI tests: the locale kept between tests, and a shown main window.

The data folder, the store and the clock come from :mod:`tests.conftest`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from ui.window.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """As the app has it in English: the plural forms of counted texts, "1 account" and
    "2 accounts" (English is the source language; its .qm holds only those)."""
    translator = QTranslator()
    assert translator.load(str(Path(__file__).parents[2] / "resources/i18n/kontokoll_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _locale_kept() -> Iterator[None]:
    """A test that installs a language (and its number format) leaves the next one as it was."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """A shown main window whose data folder has been opened."""
    main = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.workspace is not None)
    yield main
    main.close_workspace()
