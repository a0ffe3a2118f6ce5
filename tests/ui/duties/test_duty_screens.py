"""The duty calendar export from the Duties menu, and an account's culling history."""

from __future__ import annotations

import csv
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Account, Person, Role, new_id
from assistant.rules.calendar import CalendarEntry
from assistant.store.database import Store
from assistant.workspace import reading
from tests.ui.duties.test_reminders import MONDAY, at, open_window, seed
from tests.ui.helpers import child, click, open_account, shown, wait_for_page, workspace_of
from ui.duties.calendar import CalendarExportDialog
from ui.duties.dialogs import CullingDialog
from ui.window.main_window import MainWindow


def export_through_the_dialog(
    qtbot: QtBot, window: MainWindow, target: Path, everyone: bool | None = None
) -> CalendarExportDialog:
    """Export as a person does: the dialog, whose duties (left as it is with None), Save."""
    window.commands.export_calendar(target)
    dialog = shown(qtbot, CalendarExportDialog)
    if everyone is not None:
        name = "calendarAll" if everyone else "calendarMine"
        qtbot.mouseClick(child(dialog, QRadioButton, name), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "calendarSave")
    return dialog


def events_of(path: Path) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def add_bos_account(data_dir: Path, clock: FixedClock) -> Account:
    """Lidingö bibliotek, whose officer is Bo Berg: active since January, never culled."""
    store = Store.open(data_dir)
    try:
        bo_id = new_id()
        bo = Person(
            id=new_id(),
            person_id=bo_id,
            name="Bo Berg",
            email="bo.berg@lidingo.se",
            roles=frozenset({Role.OFFICER}),
            recorded_at=clock.now(),
            recorded_by=bo_id,
        )
        library = Account(
            id=new_id(),
            account_id=new_id(),
            platform="instagram",
            name="Lidingö bibliotek",
            url="https://www.instagram.com/lidingobibliotek",
            department="Kultur",
            officer_ids=(bo_id,),
            deputy_ids=(),
            registrar_access=True,
            active_since=date(2026, 1, 1),
            recorded_at=at(date(2026, 1, 1), 8),  # in the register since it opened
            recorded_by=bo_id,
        )
        store.add_accounts([library], [bo])
    finally:
        store.close()
    return library


def test_the_duty_calendar_is_exported_for_outlook_and_for_excel(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, clock)

    target = tmp_path / "uppgifter.ics"
    export_through_the_dialog(qtbot, window, target)  # written on a worker thread
    qtbot.waitUntil(lambda: "for the next 12 months" in window.statusBar().currentMessage())
    events = events_of(target)
    cullings = sorted(e.decoded("DTSTART") for e in events if "Culling" in str(e["SUMMARY"]))
    # Due today (23 November), then every three months from it.
    assert cullings[:2] == [date(2026, 11, 23), date(2027, 2, 23)]

    table = tmp_path / "uppgifter.csv"
    window.statusBar().clearMessage()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    export_through_the_dialog(qtbot, window, table)
    qtbot.waitUntil(lambda: "uppgifter.csv" in window.statusBar().currentMessage())
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == len(events) + 1
    window.close_workspace()


def test_an_unwritable_calendar_file_is_refused_with_what_to_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    export_through_the_dialog(qtbot, window, tmp_path / "no-such-folder" / "uppgifter.ics")
    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "calendarErrorBox"
    assert "does not exist" in box.text()
    box.close()


def test_the_exported_calendar_holds_my_duties_unless_i_choose_all(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))  # me: Lidingö stad's officer
    add_bos_account(data_dir, clock)
    window = open_window(qtbot, data_dir, clock)
    status = window.statusBar()

    mine = tmp_path / "mina.ics"
    dialog = export_through_the_dialog(qtbot, window, mine)
    assert child(dialog, QRadioButton, "calendarMine").isChecked()  # mine unless I choose
    qtbot.waitUntil(lambda: "of your duties for the next 12 months" in status.currentMessage())
    summaries = [str(e["SUMMARY"]) for e in events_of(mine)]
    assert "Culling: Lidingö stad (Facebook)" in summaries
    assert not any("Culling: Lidingö bibliotek" in s for s in summaries)  # Bo's, not mine
    assert f"Saved {len(summaries)} dates of your duties" in status.currentMessage()

    status.clearMessage()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    every = tmp_path / "alla.ics"
    export_through_the_dialog(qtbot, window, every, everyone=True)
    qtbot.waitUntil(lambda: "of every duty in the municipality" in status.currentMessage())
    everyones = events_of(every)
    assert len(everyones) > len(summaries)
    found = {str(e["SUMMARY"]): e for e in everyones}
    # Bo's culling was due by 1 April: it stands on today, with a reminder this morning.
    overdue = found["Overdue since 1 April 2026 – Culling: Lidingö bibliotek (Instagram)"]
    assert overdue.decoded("DTSTART") == MONDAY
    (alarm,) = overdue.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)
    assert "(s)" not in status.currentMessage()
    window.close_workspace()


def test_the_account_page_shows_the_culling_logged_from_it(qtbot: QtBot, data_dir: Path) -> None:
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, clock)
    account = next(iter(workspace_of(window).store.accounts().values()))
    page = open_account(qtbot, window, account.account_id)
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
    wait_for_page(qtbot, page)
    text = history.toPlainText()
    assert "Next culling due by 2027-02-23" in text
    assert "Culled: Kommentarer före 1 augusti" in text
    assert "Not possible to remove: Recensioner" in text
    window.close_workspace()


def test_the_calendar_dates_are_read_off_the_gui_thread(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a big municipality reading the dates takes a second: the window must not wait."""
    clock = FixedClock(at(MONDAY, 10))
    seed(data_dir, clock, active_since=date(2026, 8, 23))
    window = open_window(qtbot, data_dir, clock)
    read_on: list[threading.Thread] = []
    planned = reading.calendar_entries

    def watched(*args: Any, **kwargs: Any) -> list[CalendarEntry]:
        read_on.append(threading.current_thread())
        return planned(*args, **kwargs)

    monkeypatch.setattr(reading, "calendar_entries", watched)
    target = tmp_path / "uppgifter.ics"
    export_through_the_dialog(qtbot, window, target)
    qtbot.waitUntil(lambda: "for the next 12 months" in window.statusBar().currentMessage())
    assert events_of(target)
    assert len(read_on) == 1
    assert read_on[0] is not threading.main_thread()
    window.close_workspace()
