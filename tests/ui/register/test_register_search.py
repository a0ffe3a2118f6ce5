"""Finding an account in the register: search (Ctrl+F), a stage, sorting by a column.

Four accounts: the city's and the youth council's (planned) with Åsa as officer,
the library's and the swimming baths' (closed) with Per Ek. A search keeps the
accounts whose name, platform, department or people hold what is typed; the
stage list keeps one stage; a click on a heading sorts by that column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Role
from assistant.settings import Settings
from assistant.store.database import Store
from tests.factories import account, person
from tests.ui.helpers import add_me, child
from ui.register.view import RegisterView
from ui.window.main_window import MainWindow
from ui.window.role_views import View


@pytest.fixture
def register(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[RegisterView]:
    """The register in front, as Åsa opens it."""
    store = Store.open(data_dir)
    asa = add_me(store, clock)
    per = person("Per Ek", "per.ek@lidingo.se", roles=[Role.OFFICER])
    city = account("Lidingö stad", department="Kommunledning", officers=[asa])
    library = account("Stadsbiblioteket", platform="instagram", department="Kultur", officers=[per])
    baths = dataclasses.replace(
        account("Simhallen", department="Fritid", officers=[per]), closed_on=date(2026, 10, 1)
    )
    council = dataclasses.replace(
        account("Ungdomsrådet", department="Fritid", officers=[asa]), planned=True
    )
    store.add_accounts([city, library, baths, council], [per])
    store.close()
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.duty_desk is not None)
    window.show_view(View.REGISTER)
    assert window.register_view is not None
    yield window.register_view
    window.close_workspace()


def names(view: RegisterView) -> list[str]:
    table = view.table
    model = table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def heading(view: RegisterView, text: str) -> int:
    model = view.table.model()
    columns = range(model.columnCount())
    return next(c for c in columns if model.headerData(c, Qt.Orientation.Horizontal) == text)


def test_ctrl_f_finds_accounts_by_name_platform_department_or_person(
    qtbot: QtBot, register: RegisterView
) -> None:
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = child(register, QLineEdit, "registerSearch")
    assert QApplication.focusWidget() is search

    qtbot.keyClicks(search, "per ek")
    assert names(register) == ["Simhallen", "Stadsbiblioteket"]
    search.clear()
    qtbot.keyClicks(search, "Instagram")
    assert names(register) == ["Stadsbiblioteket"]
    search.clear()
    qtbot.keyClicks(search, "fritid")
    assert names(register) == ["Simhallen", "Ungdomsrådet"]
    search.clear()
    qtbot.keyClicks(search, "stad")
    assert names(register) == ["Lidingö stad", "Stadsbiblioteket"]

    # Enter goes to the accounts found; Open opens the one chosen, not the register's first.
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is register.table
    register.table.selectRow(1)
    with qtbot.waitSignal(register.openAccountRequested) as opened:
        qtbot.mouseClick(register.open_button, Qt.MouseButton.LeftButton)
    library = next(a for a in register.model.rows() if a.name == "Stadsbiblioteket")
    assert opened.args == [library.account_id]


def test_the_stage_list_keeps_the_accounts_in_that_stage(
    qtbot: QtBot, register: RegisterView
) -> None:
    stage = child(register, QComboBox, "registerStage")
    stage.setCurrentIndex(stage.findText("Closed"))
    assert names(register) == ["Simhallen"]
    stage.setCurrentIndex(stage.findText("Planned"))
    assert names(register) == ["Ungdomsrådet"]
    stage.setCurrentIndex(stage.findText("Active"))
    assert names(register) == ["Lidingö stad", "Stadsbiblioteket"]
    assert not register.none_found.isVisible()

    qtbot.keyClicks(child(register, QLineEdit, "registerSearch"), "simhall")
    assert names(register) == []
    assert register.none_found.isVisible()
    assert "All stages" in register.none_found.text()
    assert not register.open_button.isEnabled()

    stage.setCurrentIndex(stage.findText("All stages"))
    assert names(register) == ["Simhallen"]
    assert register.open_button.isEnabled()


def test_a_click_on_a_heading_sorts_by_that_column(qtbot: QtBot, register: RegisterView) -> None:
    table: QTableView = register.table
    header = table.horizontalHeader()
    department = heading(register, "Department")

    def click_heading() -> None:
        x = header.sectionViewportPosition(department) + header.sectionSize(department) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def departments() -> list[str]:
        model = table.model()
        return [str(model.index(row, department).data()) for row in range(model.rowCount())]

    click_heading()
    assert departments() == ["Fritid", "Fritid", "Kommunledning", "Kultur"]
    click_heading()
    assert departments() == ["Kultur", "Kommunledning", "Fritid", "Fritid"]
    register.refresh()  # the order chosen stays when the register is read again
    assert departments() == ["Kultur", "Kommunledning", "Fritid", "Fritid"]


def test_the_address_is_shown_short_and_whole_in_its_tooltip(register: RegisterView) -> None:
    model = register.table.model()
    address = heading(register, "Web address")
    city = model.index(names(register).index("Lidingö stad"), address)
    assert city.data() == "facebook.com/lidingostad"
    assert city.data(Qt.ItemDataRole.ToolTipRole) == "https://www.facebook.com/lidingostad"


def test_the_account_chosen_stays_chosen_when_the_register_is_read_again(
    register: RegisterView,
) -> None:
    register.table.selectRow(names(register).index("Stadsbiblioteket"))
    register.refresh()
    chosen = register.table.currentIndex()
    assert register.table.model().index(chosen.row(), 0).data() == "Stadsbiblioteket"
