"""The log checked in the background: quiet while it holds, plain when it does not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.paths import DATABASE_NAME
from assistant.settings import Settings
from assistant.store.database import Store
from tests.factories import FRIDAY, account, check, person
from ui.window.log_watch import LogWatch
from ui.window.main_window import MainWindow

ASA = person("Åsa Öberg")
CITY = account("Lidingö stad", officers=[ASA])


def a_log(data_dir: Path) -> str:
    """A log with one check of Lidingö stad; returns the check's id."""
    store = Store.open(data_dir)
    try:
        store.add_accounts([CITY], [ASA])
        store.set_me(ASA.person_id)
        made = check(CITY, FRIDAY, by=ASA)
        store.add_check(made)
        return made.id
    finally:
        store.close()


def watched(qtbot: QtBot, data_dir: Path) -> LogWatch:
    window = QMainWindow()
    qtbot.addWidget(window)
    watch = LogWatch(data_dir, window)
    window.statusBar().addPermanentWidget(watch.status)
    window.show()
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        watch.check()
    return watch


def test_a_log_that_holds_says_nothing(qtbot: QtBot, data_dir: Path) -> None:
    a_log(data_dir)
    watch = watched(qtbot, data_dir)
    assert watch.last is not None
    assert watch.last.holds
    assert not watch.status.isVisible()


def test_a_changed_check_is_said_in_the_status_bar_and_listed_on_a_click(
    qtbot: QtBot, data_dir: Path
) -> None:
    check_id = a_log(data_dir)
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    conn.execute("UPDATE daily_checks SET day = '2026-11-19'")
    conn.commit()
    conn.close()

    watch = watched(qtbot, data_dir)

    assert watch.status.isVisible()
    assert watch.status.text() == "⚠ The log does not hold (problems: 1) — details"
    qtbot.mouseClick(watch.status, Qt.MouseButton.LeftButton)
    box = watch.status.window().findChild(QMessageBox, "logProblemBox")
    assert box is not None
    assert box.isVisible()
    assert f"The check {check_id} was changed after it was recorded." in box.detailedText()
    box.close()
    QCoreApplication.sendPostedEvents(None, 0)


def test_the_window_checks_the_log_once_it_is_open(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    a_log(data_dir)
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.log_watch is not None, timeout=10_000)
    watch = window.log_watch
    assert watch is not None
    qtbot.waitUntil(lambda: watch.last is not None, timeout=10_000)
    assert watch.last is not None
    assert watch.last.holds
    assert not watch.status.isVisible()
    window.close_workspace()
