"""The account page with years of days opens without sizing every day's row to its text,
and going back to My day does not read the log again when nothing changed."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from tests.factories import account, at, person
from tests.ui.helpers import click, open_account, workspace_of
from ui.account.days import DaysModel
from ui.window.main_window import MainWindow


def test_years_of_days_are_sized_from_the_first_rows_only(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = person("Åsa Öberg", "asa.oberg@lidingo.se")
    city = account(
        officers=[officer], active_since=date(2022, 1, 3), recorded_at=at(date(2022, 1, 3))
    )
    workspace = workspace_of(window)
    workspace.store.add_accounts([city], [officer])
    asked: Counter[int] = Counter()
    data = DaysModel.data

    def counted(model: DaysModel, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        asked[index.row()] += 1
        return data(model, index, role)

    monkeypatch.setattr(DaysModel, "data", counted)

    page = open_account(qtbot, window, city.account_id)
    QApplication.processEvents()

    assert window.stack.currentWidget() is page
    assert page.model.rowCount() > 1000  # working days since January 2022
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert len(asked) < 200, f"{len(asked)} of {page.model.rowCount()} rows read"


def test_back_to_my_day_reads_nothing_again_when_nothing_changed(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    officer = person("Åsa Öberg", "asa.oberg@lidingo.se")
    city = account(officers=[officer])
    workspace = workspace_of(window)
    workspace.store.add_accounts([city], [officer])
    window.refresh()
    page = open_account(qtbot, window, city.account_id)

    # Every save refreshes every screen: My day, shown as it was, is not worked out again.
    with qtbot.assertNotEmitted(window.today_view.model.modelReset):
        click(qtbot, page, "accountBack")
    assert window.stack.currentWidget() is window.tabs

    clock.set(at(date(2026, 11, 23)))
    open_account(qtbot, window, city.account_id)
    with qtbot.waitSignal(window.today_view.model.modelReset):
        click(qtbot, page, "accountBack")  # after the weekend: the new day is shown
