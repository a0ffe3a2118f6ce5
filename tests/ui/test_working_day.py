"""The officer's working day, clicked through as a person would.

First start, import the register, log a check with a removal (refused until a
screenshot is attached), see it done on Today, and see a missed day on the
account's page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
)
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM
from assistant.rules.check_days import DayState
from assistant.rules.csv_import import plan_import
from tests.ui.helpers import (
    child,
    choose_file,
    click,
    picture,
    shown,
    type_into,
    wait_for_page,
    workspace_of,
)
from ui.checks.check_dialog import CheckDialog
from ui.checks.removal_dialog import RemovalDialog
from ui.settings.first_start import FirstStartDialog
from ui.window.main_window import MainWindow

REGISTER = (
    "plattform;namn;adress;förvaltning;ansvarig;ersättare;aktiv_sedan\n"
    "Facebook;Lidingö stad;https://www.facebook.com/lidingostad;Kommunledning;"
    "Åsa Öberg;Per Ek;2026-11-16\n"
    "Instagram;Lidingö bibliotek;instagram.com/lidingobibliotek;Kultur;Per Ek;"
    "Åsa Öberg;2026-11-16\n"
)


def first_start(qtbot: QtBot, name: str = "Åsa Öberg") -> None:
    dialog = shown(qtbot, FirstStartDialog)
    type_into(dialog, "personName", name)
    qtbot.keyClicks(child(dialog, QLineEdit, "personEmail"), "asa.oberg@lidingo.se")
    click(qtbot, dialog, "personOk")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def import_register(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "konton.csv"
    path.write_text(REGISTER, encoding="utf-8-sig")
    choose_file(monkeypatch, path)
    window.menus.import_action.trigger()


def test_first_start_records_who_uses_the_workstation(qtbot: QtBot, window: MainWindow) -> None:
    first_start(qtbot)

    store = workspace_of(window).store
    me = store.me()
    assert me is not None
    assert store.people()[me].name == "Åsa Öberg"


def test_first_start_refuses_a_missing_email(qtbot: QtBot, window: MainWindow) -> None:
    dialog = shown(qtbot, FirstStartDialog)
    type_into(dialog, "personName", "Åsa Öberg")
    child(dialog, QLineEdit, "personEmail").clear()
    click(qtbot, dialog, "personOk")

    assert dialog.isVisible()
    problem = child(dialog, QLabel, "personProblem")
    assert problem.isVisible()
    assert "e-mail" in problem.text()
    assert workspace_of(window).store.me() is None


def test_officers_working_day(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_start(qtbot)
    import_register(qtbot, window, tmp_path, monkeypatch)

    # My day lists the account Åsa is officer of, unchecked; the one she is only
    # deputy for waits under Covering until she covers it.
    model = window.today_view.model
    assert [model.row_at(r).item.account.name for r in range(model.rowCount())] == ["Lidingö stad"]
    assert model.row_at(0).item.todays_check is None

    # Log a check of Lidingö stad with one removal.
    window.today_view.table.selectRow(0)
    click(qtbot, window.today_view, "logCheckButton")
    check = shown(qtbot, CheckDialog)
    assert check.account.currentText().startswith("Lidingö stad")
    click(qtbot, check, "addRemoval")
    removal = shown(qtbot, RemovalDialog)
    type_into(removal, "removalPost", "Kommentar 12:04 av okänd")

    # No screenshot, no removal.
    click(qtbot, removal, "removalOk")
    assert removal.isVisible()
    problem = child(removal, QLabel, "removalProblem")
    assert problem.isVisible()
    assert "screenshot" in problem.text()

    screenshot = picture(tmp_path / "inlagg.png")
    choose_file(monkeypatch, screenshot)
    click(qtbot, removal, "attachScreenshot")
    click(qtbot, removal, "removalOk")
    qtbot.waitUntil(lambda: not removal.isVisible())
    assert child(check, QListWidget, "checkRemovals").count() == 1

    click(qtbot, check, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, check, "checkSave")
    qtbot.waitUntil(lambda: not check.isVisible())

    # Today shows it done, by Åsa, at ten as a Swedish clock shows it (the
    # clock says Friday 10:00 in Stockholm, whatever zone the machine is in).
    assert model.row_at(0).item.todays_check is not None
    assert model.data(model.index(0, 3)) == "Checked by Åsa Öberg at 10:00"

    # The check is stored with its removal, and the screenshot is kept as evidence.
    workspace = window.workspace
    assert workspace is not None
    (saved,) = workspace.store.checks()
    (removed,) = saved.removals
    assert removed.post == "Kommentar 12:04 av okänd"
    evidence = workspace.store.evidence(removed.screenshot_sha256)
    assert evidence is not None
    stored = workspace.evidence.find(evidence)
    assert stored is not None
    assert stored.read_bytes() == screenshot.read_bytes()

    # The account page starts on the day the register came into Kontokoll: Wednesday, before
    # it, is not shown as missed, though the account was active then.
    click(qtbot, window.today_view, "openAccountButton")
    page = window.account_page
    assert page is not None
    wait_for_page(qtbot, page)
    assert window.stack.currentWidget() is page
    states = {
        page.model.day_at(r).day.isoformat(): page.model.day_at(r).state
        for r in range(page.model.rowCount())
    }
    assert "2026-11-18" not in states
    assert states["2026-11-20"] == DayState.CHECKED


def test_enter_on_a_row_of_today_logs_its_check(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_start(qtbot)
    import_register(qtbot, window, tmp_path, monkeypatch)
    table = window.today_view.table
    table.selectRow(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)

    check = shown(qtbot, CheckDialog)
    assert check.account.currentText().startswith("Lidingö stad")
    check.reject()


def test_first_start_finds_the_officer_an_earlier_import_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The register was imported from the command line on the day the accounts opened,
    # before anyone started the app.
    path = tmp_path / "konton.csv"
    path.write_text(REGISTER, encoding="utf-8")
    workspace = workspace_of(window)
    plan = plan_import(
        path,
        workspace.pack,
        {},
        {},
        recorded_at=datetime(2026, 11, 16, 8, tzinfo=STOCKHOLM),
        recorded_by="",
        today=window.today(),
    )
    workspace.store.add_accounts(plan.accounts, plan.people)

    first_start(qtbot)

    model = window.today_view.model
    assert [model.row_at(r).item.account.name for r in range(model.rowCount())] == ["Lidingö stad"]
    assert sorted(p.name for p in workspace.store.people().values()) == ["Per Ek", "Åsa Öberg"]
