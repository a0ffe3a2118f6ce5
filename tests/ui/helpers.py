"""Helpers for clicking through dialogs as a person would."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Person, Role, new_id
from assistant.store.database import Store
from assistant.workspace.data_folder import Workspace
from ui.account.page import AccountPage
from ui.window.main_window import MainWindow

D = TypeVar("D", bound=QWidget)


def shown(qtbot: QtBot, kind: type[D]) -> D:
    """The visible top-level window of a kind, once it has appeared."""
    found: list[D] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[-1]


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    assert button.isVisible(), f"button {name} is hidden"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(parent: QWidget, name: str, text: str) -> None:
    """Type text into a line edit; QTest types ASCII only, insert() takes å, ä, ö."""
    field = parent.findChild(QLineEdit, name)
    assert field is not None, f"no field {name}"
    field.clear()
    field.insert(text)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next file dialog answers with ``path``, as if the person had picked it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def picture(path: Path, colour: str = "#3366aa") -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def add_me(store: Store, clock: FixedClock, name: str = "Åsa Öberg") -> Person:
    person_id = new_id()
    person = Person(
        id=new_id(),
        person_id=person_id,
        name=name,
        email="asa.oberg@lidingo.se",
        roles=frozenset({Role.OFFICER}),
        recorded_at=clock.now(),
        recorded_by=person_id,
    )
    store.add_people([person])
    store.set_me(person_id)
    return person


def child(parent: QWidget, kind: type[D], name: str) -> D:
    """The named widget inside ``parent``; fails the test when there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name}"
    return found


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None, "the data folder is not open"
    return window.workspace


def open_account(qtbot: QtBot, window: MainWindow, account_id: str) -> AccountPage:
    """The account's page, opened as a double-click does, once its days are read and shown."""
    window.open_account(account_id)
    page = window.account_page
    assert page is not None, "no account page"
    wait_for_page(qtbot, page)
    return page


def wait_for_page(qtbot: QtBot, page: AccountPage) -> None:
    """Wait while the account page reads its story on the worker (after a refresh too)."""
    qtbot.waitUntil(lambda: not page.busy)
