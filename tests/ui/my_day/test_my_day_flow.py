"""My day from the keyboard: the start, the check, the next account, the platform's page.

Åsa is the officer of three accounts; the city's was checked this morning. At
the start the list has the focus with the swimming baths (the first not
checked) selected, so Enter logs its check; once it is saved, the library (the
next not checked) is selected. Ctrl+O opens the selected account on its
platform; when the browser cannot, a message names the address.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from assistant.store.database import Store
from tests.factories import FRIDAY, account, at, check
from tests.ui.helpers import add_me, click, shown
from ui.checks.check_dialog import CheckDialog
from ui.window.main_window import MainWindow

CITY = "https://www.facebook.com/lidingostad"
LIBRARY = "https://www.instagram.com/lidingobibliotek"
BATHS = "https://www.facebook.com/lidingosimhall"


@pytest.fixture
def started(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """Kontokoll as Åsa starts it, in front, her three accounts on My day."""
    store = Store.open(data_dir)
    me = add_me(store, clock)
    city = account("Lidingö stad", url=CITY, officers=[me])
    library = account("Stadsbiblioteket", platform="instagram", url=LIBRARY, officers=[me])
    baths = account("Simhallen", url=BATHS, officers=[me])
    store.add_accounts([city, library, baths])
    store.add_check(check(city, FRIDAY, recorded_at=at(FRIDAY, 8), by=me))
    store.close()
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.duty_desk is not None)
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close_workspace()


def selected_name(window: MainWindow) -> str:
    index = window.today_view.table.currentIndex()
    return window.today_view.model.row_at(index.row()).item.account.name


def selected_rows(table: QTableView) -> list[int]:
    return [index.row() for index in table.selectionModel().selectedRows()]


def row_of(window: MainWindow, name: str) -> int:
    model = window.today_view.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).item.account.name == name)


def test_at_the_start_enter_logs_the_check_of_the_first_account_not_checked(
    qtbot: QtBot, started: MainWindow
) -> None:
    table = started.today_view.table
    assert [started.today_view.model.row_at(r).item.account.name for r in range(3)] == [
        "Lidingö stad",
        "Simhallen",
        "Stadsbiblioteket",
    ]
    assert QApplication.focusWidget() is table
    assert selected_name(started) == "Simhallen"

    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = shown(qtbot, CheckDialog)
    assert dialog.account.currentText().startswith("Simhallen")
    dialog.reject()


def test_after_saving_a_check_the_next_account_not_checked_is_selected(
    qtbot: QtBot, started: MainWindow
) -> None:
    table = started.today_view.table
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = shown(qtbot, CheckDialog)
    click(qtbot, dialog, "checkAllSteps")
    click(qtbot, dialog, "checkSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert selected_name(started) == "Stadsbiblioteket"
    assert selected_rows(table) == [row_of(started, "Stadsbiblioteket")]

    qtbot.keyClick(table, Qt.Key.Key_Return)  # the last one: nothing left, the row stays
    dialog = shown(qtbot, CheckDialog)
    assert dialog.account.currentText().startswith("Stadsbiblioteket")
    click(qtbot, dialog, "checkAllSteps")
    click(qtbot, dialog, "checkSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert selected_name(started) == "Stadsbiblioteket"


def test_only_the_table_in_use_shows_its_selected_row(qtbot: QtBot, started: MainWindow) -> None:
    accounts = started.today_view.table
    assert started.duty_desk is not None
    duties = started.duty_desk.panel.table
    assert duties.isVisible()
    assert duties.model().rowCount() > 0
    assert selected_rows(accounts) == [row_of(started, "Simhallen")]
    assert selected_rows(duties) == []

    second = duties.model().index(1, 0, QModelIndex())
    qtbot.mouseClick(
        duties.viewport(), Qt.MouseButton.LeftButton, pos=duties.visualRect(second).center()
    )
    assert selected_rows(duties) == [1]
    assert selected_rows(accounts) == []
    # The accounts keep their current row: the menus still act on the swimming baths.
    assert selected_name(started) == "Simhallen"

    started.refresh()  # a refresh does not bring the other highlight back
    assert selected_rows(accounts) == []

    accounts.setFocus(Qt.FocusReason.TabFocusReason)
    assert selected_rows(accounts) == [row_of(started, "Simhallen")]
    assert selected_rows(duties) == []


def test_ctrl_o_opens_the_selected_account_on_its_platform(
    qtbot: QtBot, started: MainWindow
) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    started.today_view.open_url = opener

    qtbot.keyClick(started.today_view.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [QUrl(BATHS)]

    started.today_view.table.selectRow(row_of(started, "Lidingö stad"))
    click(qtbot, started.today_view, "openWebPage")
    assert opened == [QUrl(BATHS), QUrl(CITY)]


def test_a_page_the_browser_cannot_open_is_named_in_a_message(
    qtbot: QtBot, started: MainWindow
) -> None:
    started.today_view.open_url = lambda _url: False

    qtbot.keyClick(started.today_view.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    box = shown(qtbot, QMessageBox)
    assert BATHS in box.text()
    assert "Copy the address" in box.text()
    box.close()
