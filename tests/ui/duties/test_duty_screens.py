"""The duty calendar export from the Duties menu, and an account's culling history."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from tests.ui.duties.test_reminders import MONDAY, at, open_window, seed
from tests.ui.helpers import child, click, shown, workspace_of
from ui.duties.dialogs import CullingDialog
from ui.window.main_window import MainWindow


def test_the_duty_calendar_is_exported_for_outlook_and_for_excel(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, clock)

    target = tmp_path / "uppgifter.ics"
    window.commands.export_calendar(target)  # written on a worker thread
    qtbot.waitUntil(lambda: "for the next 12 months" in window.statusBar().currentMessage())
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    cullings = sorted(e.decoded("DTSTART") for e in events if "Culling" in str(e["SUMMARY"]))
    # Due today (23 November), then every three months from it.
    assert cullings[:2] == [date(2026, 11, 23), date(2027, 2, 23)]

    table = tmp_path / "uppgifter.csv"
    window.statusBar().clearMessage()
    window.commands.export_calendar(table)
    qtbot.waitUntil(lambda: "uppgifter.csv" in window.statusBar().currentMessage())
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == len(events) + 1
    window.close_workspace()


def test_an_unwritable_calendar_file_is_refused_with_what_to_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.commands.export_calendar(tmp_path / "no-such-folder" / "uppgifter.ics")
    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "calendarErrorBox"
    assert "does not exist" in box.text()
    box.close()


def test_the_account_page_shows_the_culling_logged_from_it(qtbot: QtBot, data_dir: Path) -> None:
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, clock)
    account = next(iter(workspace_of(window).store.accounts().values()))
    window.open_account(account.account_id)
    page = window.account_page
    assert page is not None
    page.side.setCurrentIndex(2)
    history = child(page, QTextBrowser, "accountDuties")
    assert "Next culling due by 2026-11-23" in history.toPlainText()
    assert "None logged yet" in history.toPlainText()

    qtbot.mouseClick(child(page, QPushButton, "accountLogCulling"), Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, CullingDialog)
    child(dialog, QPlainTextEdit, "cullingRemoved").setPlainText("Kommentarer före 1 augusti")
    child(dialog, QPlainTextEdit, "cullingKept").setPlainText("Recensioner")
    click(qtbot, dialog, "cullingSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    text = history.toPlainText()
    assert "Next culling due by 2027-02-23" in text
    assert "Culled: Kommentarer före 1 augusti" in text
    assert "Not possible to remove: Recensioner" in text
    window.close_workspace()
