"""The steps of a check are ticked by the person who did them, not in advance.

A check logged for a day gone by says it is logged late; a second check of
the same account and day is logged only once the person has said so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from tests.ui.helpers import child, click, shown, workspace_of
from tests.ui.test_dialogs import register_account
from ui.checks.check_dialog import CheckDialog
from ui.window.main_window import MainWindow


def _steps(dialog: CheckDialog) -> list[QCheckBox]:
    return [
        box for box in dialog.findChildren(QCheckBox) if box.objectName().startswith("reviewed_")
    ]


def _log_all_done(qtbot: QtBot, window: MainWindow) -> CheckDialog:
    window.log_check()
    dialog = shown(qtbot, CheckDialog)
    click(qtbot, dialog, "checkAllSteps")
    click(qtbot, dialog, "checkSave")
    return dialog


def test_no_step_is_ticked_until_the_person_ticks_it(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    window.log_check()
    dialog = shown(qtbot, CheckDialog)
    steps = _steps(dialog)
    assert steps
    assert not any(box.isChecked() for box in steps)

    # Enter, Enter saves no check of steps nobody took.
    click(qtbot, dialog, "checkSave")
    assert dialog.isVisible()
    assert workspace_of(window).store.checks() == []
    assert child(dialog, QLabel, "checkProblem").isVisible()

    steps[0].setFocus()
    qtbot.keyClick(steps[0], Qt.Key.Key_Space)
    assert steps[0].isChecked()
    click(qtbot, dialog, "checkSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (saved,) = workspace_of(window).store.checks()
    assert saved.reviewed == (steps[0].objectName().removeprefix("reviewed_"),)


def test_mark_all_ticks_every_step(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> None:
    register_account(window, clock)
    dialog = _log_all_done(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (saved,) = workspace_of(window).store.checks()
    pack = workspace_of(window).pack
    assert saved.reviewed == tuple(step.id for step in pack.daily_check.steps)


def test_a_check_for_a_day_gone_by_says_it_is_logged_late(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account = register_account(window, clock)
    window.commands.log_check(account.account_id, date(2026, 11, 16))
    dialog = shown(qtbot, CheckDialog)
    note = child(dialog, QLabel, "checkLateNote")
    assert note.isVisible()
    assert "late" in note.text()
    assert "4 days" in note.text()
    assert "late" in child(dialog, QPushButton, "checkSave").text()
    assert not any(box.isChecked() for box in _steps(dialog))


def test_a_second_check_of_the_same_day_asks_first(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    first = _log_all_done(qtbot, window)
    qtbot.waitUntil(lambda: not first.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store = workspace_of(window).store
    assert len(store.checks()) == 1

    window.log_check()
    again = shown(qtbot, CheckDialog)
    assert "already" in child(again, QLabel, "checkAlreadyNote").text()
    click(qtbot, again, "checkAllSteps")
    click(qtbot, again, "checkSave")
    question = shown(qtbot, QMessageBox)
    assert question.objectName() == "checkAgainBox"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert again.isVisible()
    assert len(store.checks()) == 1

    click(qtbot, again, "checkSave")
    question = shown(qtbot, QMessageBox)
    log_again = next(
        b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    qtbot.mouseClick(log_again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert len(store.checks()) == 2
