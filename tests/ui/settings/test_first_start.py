"""The first start: a real name proposed where the system knows one, and no silent quit.

On Windows the display name comes from ``GetUserNameExW`` (tested here with a
fake of that call, as it cannot run on this system); elsewhere from the
GECOS field of the password database. A login id is never proposed: the
field is left empty with an example instead. Esc asks before quitting.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import child, shown
from ui.settings.first_start import (
    FirstStartDialog,
    gecos_name,
    proposed_name,
    windows_display_name,
)

NAME_DISPLAY = 3


def fake_get_user_name_ex(name: str, ok: bool = True) -> Any:
    """Behaves as GetUserNameExW: fills the buffer and its length, or asks for more room."""
    calls: list[int] = []

    def call(name_format: int, buffer: Any, size: Any) -> int:
        calls.append(name_format)
        if not ok:
            return 0
        if size.contents.value <= len(name):
            size.contents.value = len(name) + 1
            return 0  # ERROR_MORE_DATA
        buffer.value = name
        size.contents.value = len(name)
        return 1

    call.calls = calls  # type: ignore[attr-defined]
    return call


def test_on_windows_the_display_name_is_asked_for() -> None:
    call = fake_get_user_name_ex("Åsa Öberg")
    assert windows_display_name(call) == "Åsa Öberg"
    assert call.calls == [NAME_DISPLAY]


def test_a_long_windows_display_name_gets_the_room_it_asks_for() -> None:
    long_name = "Anna-Karin " + "Lindqvist-" * 40 + "Öberg"
    assert windows_display_name(fake_get_user_name_ex(long_name)) == long_name


def test_no_display_name_on_windows_gives_nothing() -> None:
    assert windows_display_name(fake_get_user_name_ex("", ok=False)) == ""


def passwd(gecos: str) -> Any:
    return lambda _login: SimpleNamespace(pw_gecos=gecos)


def test_elsewhere_the_full_name_comes_from_the_gecos_field() -> None:
    assert gecos_name("asaobe", passwd("Åsa Öberg,Rum 12,,")) == "Åsa Öberg"
    assert gecos_name("asaobe", passwd("")) == ""


@pytest.mark.parametrize(
    ("platform", "found", "proposed"),
    [
        ("win32", "Åsa Öberg", "Åsa Öberg"),
        ("win32", "asaobe", ""),  # the login id again: not a name
        ("win32", "", ""),
        ("linux", "Åsa Öberg", "Åsa Öberg"),
        ("linux", "ASAOBE", ""),
    ],
)
def test_the_login_id_is_never_proposed_as_the_name(
    platform: str, found: str, proposed: str
) -> None:
    name = proposed_name(
        platform=platform,
        login="asaobe",
        windows=fake_get_user_name_ex(found, ok=bool(found)),
        getpwnam=passwd(found),
    )
    assert name == proposed


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace, clock: FixedClock) -> FirstStartDialog:
    opened = FirstStartDialog(workspace, clock, Settings(language="en"), propose_name=lambda: "")
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_with_no_real_name_known_the_field_is_empty_with_an_example(
    dialog: FirstStartDialog,
) -> None:
    name = child(dialog, QLineEdit, "personName")
    assert name.text() == ""
    assert name.placeholderText() == "Firstname Lastname"


def test_esc_asks_before_quitting_and_going_back_keeps_the_dialog(
    qtbot: QtBot, dialog: FirstStartDialog
) -> None:
    qtbot.keyClicks(child(dialog, QLineEdit, "personName"), "Åsa Öberg")
    with qtbot.assertNotEmitted(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        box = shown(qtbot, QMessageBox)
        assert box.objectName() == "quitFirstStartBox"
        assert box.text() == "Quit Kontokoll without saving?"
        assert "needs your name" in box.informativeText()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert child(dialog, QLineEdit, "personName").text() == "Åsa Öberg"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first question

    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        again = shown(qtbot, QMessageBox)
        qtbot.mouseClick(again.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
