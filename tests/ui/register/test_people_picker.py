"""A long list of people in the account dialog is found by typing.

Åsa registers an account; the register knows eight people. Typing part of a
name or an e-mail address above the list of deputies keeps the people it fits
(and those ticked); Enter goes on to the first of them, so Space ticks it,
without saving the account.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Role
from assistant.settings import Settings
from assistant.store.database import Store
from tests.factories import person
from tests.ui.helpers import add_me, child, click, shown, workspace_of
from ui.register.account_dialog import AccountDialog
from ui.window.main_window import MainWindow

COLLEAGUES = [
    ("Per Ek", "per.ek@lidingo.se"),
    ("Eva Berg", "eva.berg@lidingo.se"),
    ("Rut Lund", "rut.lund@lidingo.se"),
    ("Karin Ekström", "karin.ekstrom@lidingo.se"),
    ("Olof Sand", "olof.sand@lidingo.se"),
    ("Lena Ås", "lena.as@lidingo.se"),
    ("Nils Berggren", "nils.berggren@lidingo.se"),
]


def listed(names: QListWidget) -> list[str]:
    return [names.item(r).text() for r in range(names.count()) if not names.item(r).isHidden()]


@pytest.fixture
def started(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """Kontokoll as Åsa starts it, with seven colleagues in the register."""
    store = Store.open(data_dir)
    add_me(store, clock)
    store.add_people([person(name, email, roles=[Role.DEPUTY]) for name, email in COLLEAGUES])
    store.close()
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.duty_desk is not None)
    yield window
    window.close_workspace()


def test_typing_above_a_long_list_of_people_keeps_those_it_fits(
    qtbot: QtBot, started: MainWindow
) -> None:
    window = started
    store = workspace_of(window).store
    window.commands.register_account()
    dialog = shown(qtbot, AccountDialog)
    deputies = child(dialog, QListWidget, "deputiesList")
    officers = child(dialog, QListWidget, "officersList")
    assert len(listed(deputies)) == 8

    find = child(dialog, QLineEdit, "deputiesFind")
    assert find.isVisible()
    qtbot.keyClicks(find, "ek")
    assert listed(deputies) == ["Karin Ekström", "Per Ek"]
    find.clear()
    find.insert("berg")  # Öberg too: QTest types no å, ä, ö
    assert listed(deputies) == ["Eva Berg", "Nils Berggren", "Åsa Öberg"]
    find.clear()
    qtbot.keyClicks(find, "olof.sand@")  # by e-mail address too
    assert listed(deputies) == ["Olof Sand"]

    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.focusWidget() is deputies
    qtbot.keyClick(deputies, Qt.Key.Key_Space)
    olof = deputies.currentItem()
    assert olof.text() == "Olof Sand"
    assert olof.checkState() == Qt.CheckState.Checked

    # Ticked people stay in view whatever is typed; the other list is not filtered.
    find.clear()
    qtbot.keyClicks(find, "rut")
    assert listed(deputies) == ["Olof Sand", "Rut Lund"]
    assert len(listed(officers)) == 8

    child(dialog, QLineEdit, "accountName").insert("Lidingö stad")
    child(dialog, QLineEdit, "accountUrl").insert("https://www.facebook.com/lidingostad")
    click(qtbot, dialog, "accountSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = next(iter(store.accounts().values()))
    people = store.people()
    assert [people[p].name for p in saved.deputy_ids] == ["Olof Sand"]


def test_a_short_list_of_people_has_no_field_to_find_them(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    add_me(workspace_of(window).store, clock)
    window.commands.register_account()
    dialog = shown(qtbot, AccountDialog)
    assert not child(dialog, QLineEdit, "deputiesFind").isVisible()
    dialog.reject()
