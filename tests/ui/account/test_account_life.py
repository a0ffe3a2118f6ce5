"""An account's whole life through the window: planned, approved, active, closed.

Clicked as an officer would: plan the account from the menu, fill in both
opening checklists step by step in the wizard, see it on Today, close it
from its page and see it leave Today, its history still readable.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Person
from assistant.rules.lifecycle import Stage
from assistant.workspace import reading
from tests.ui.helpers import (
    add_me,
    child,
    choose_file,
    click,
    open_account,
    picture,
    shown,
    type_into,
    wait_for_page,
    workspace_of,
)
from ui.checklists.wizard import ChecklistWizard
from ui.register.account_dialog import AccountDialog
from ui.window.main_window import MainWindow


def fill_in_step(
    qtbot: QtBot,
    wizard: ChecklistWizard,
    me: Person,
    screenshot: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str = "Fyra timmar i veckan; målet mäts i antal nya lånekort.",
) -> None:
    """Fill every field the chosen step shows, and save it."""
    fields = wizard.editor.fields_widget
    for box in fields.findChildren(QPlainTextEdit, "stepText"):
        box.setPlainText(text)
    for line in fields.findChildren(QLineEdit, "stepUrl"):
        line.clear()
        line.insert("https://www.instagram.com/lidingobibliotek")
    for button in fields.findChildren(QPushButton, "stepDateToday"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for combo in fields.findChildren(QComboBox, "stepPerson"):
        combo.setCurrentIndex(combo.findData(me.person_id))
    if fields.findChildren(QPushButton, "stepAttachFile"):
        choose_file(monkeypatch, screenshot)
        click(qtbot, fields, "stepAttachFile")
    click(qtbot, wizard.editor, "saveStep")


def choose_step(wizard: ChecklistWizard, row: int) -> None:
    wizard.steps.setCurrentIndex(wizard.model.index(row))


def fill_in_every_step(
    qtbot: QtBot,
    wizard: ChecklistWizard,
    me: Person,
    screenshot: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for row in range(wizard.model.rowCount()):
        choose_step(wizard, row)
        fill_in_step(qtbot, wizard, me, screenshot, monkeypatch)
        assert not child(wizard.editor, QLabel, "stepProblem").isVisible(), child(
            wizard.editor, QLabel, "stepProblem"
        ).text()


def stage_of(window: MainWindow, name: str) -> Stage:
    lives = reading.lives(workspace_of(window)).values()
    return next(life.stage for life in lives if life.account.name == name)


def today_names(window: MainWindow) -> list[str]:
    model = window.today_view.model
    return [model.row_at(row).item.account.name for row in range(model.rowCount())]


def test_a_new_account_is_opened_through_both_checklists_and_closed_again(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me = add_me(workspace_of(window).store, clock)
    window.refresh()
    # The checklist list is built just after Today is first shown.
    qtbot.waitUntil(lambda: window.today_view.checklists is not None)
    screenshot = picture(tmp_path / "profil.png")

    # Plan the account: it needs no address yet.
    window.menus.plan_action.trigger()
    dialog = shown(qtbot, AccountDialog)
    platform = child(dialog, QComboBox, "accountPlatform")
    platform.setCurrentIndex(platform.findData("instagram"))
    type_into(dialog, "accountName", "Lidingö bibliotek")
    click(qtbot, dialog, "accountSave")

    # Before you start opens at once; a step left empty is refused with why.
    wizard = shown(qtbot, ChecklistWizard)
    assert wizard.windowTitle() == "Before you start – Lidingö bibliotek"
    assert stage_of(window, "Lidingö bibliotek") is Stage.PLANNED
    finish = child(wizard, QPushButton, "finishChecklist")
    assert not finish.isEnabled()
    click(qtbot, wizard.editor, "saveStep")
    assert "Fill in every field" in child(wizard.editor, QLabel, "stepProblem").text()

    fill_in_every_step(qtbot, wizard, me, screenshot, monkeypatch)
    assert "9 of 9 steps done" in child(wizard, QLabel, "checklistMissing").text()
    click(qtbot, wizard, "finishChecklist")
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert stage_of(window, "Lidingö bibliotek") is Stage.APPROVED
    assert "is approved" in window.statusBar().currentMessage()

    # Today: nothing to check yet, and Getting started waits in the checklist list.
    assert today_names(window) == []
    panel = window.today_view.checklists
    assert panel is not None
    assert panel.isVisible()
    assert panel.model.data(panel.model.index(0, 2)) == "Getting started"
    assert panel.model.data(panel.model.index(0, 3)) == "Not started"
    click(qtbot, panel, "continueChecklist")
    wizard = shown(qtbot, ChecklistWizard)
    assert wizard.windowTitle() == "Getting started – Lidingö bibliotek"

    # Its steps go in order: a later one cannot be saved first.
    choose_step(wizard, 3)
    assert not child(wizard.editor, QPushButton, "saveStep").isEnabled()
    assert "Do these steps first" in child(wizard.editor, QLabel, "stepProblem").text()

    fill_in_every_step(qtbot, wizard, me, screenshot, monkeypatch)
    click(qtbot, wizard, "finishChecklist")
    # The account has no address in the register yet: finishing says what to do.
    missing = child(wizard, QLabel, "checklistMissing").text()
    assert "has no web address in the register yet" in missing
    assert wizard.isVisible()
    wizard.close()

    account_id = next(iter(workspace_of(window).store.accounts()))
    window.commands.edit_account(account_id)
    dialog = shown(qtbot, AccountDialog)
    type_into(dialog, "accountUrl", "https://www.instagram.com/lidingobibliotek")
    click(qtbot, dialog, "accountSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    click(qtbot, panel, "continueChecklist")
    wizard = shown(qtbot, ChecklistWizard)
    click(qtbot, wizard, "finishChecklist")
    qtbot.waitUntil(lambda: not wizard.isVisible())

    assert stage_of(window, "Lidingö bibliotek") is Stage.ACTIVE
    assert today_names(window) == ["Lidingö bibliotek"]
    assert not panel.isVisible()

    # Close it from its page.
    page = open_account(qtbot, window, account_id)
    assert "Active" in child(page, QLabel, "accountStage").text()
    click(qtbot, page, "accountClosing")
    wizard = shown(qtbot, ChecklistWizard)
    assert wizard.windowTitle() == "Closing the account – Lidingö bibliotek"
    # Nothing is filled in for you: an untouched date or link proves nothing.
    choose_step(wizard, 0)
    click(qtbot, wizard.editor, "saveStep")
    assert "Fill in every field" in child(wizard.editor, QLabel, "stepProblem").text()
    assert wizard.state.progress[0] == 0
    fill_in_every_step(qtbot, wizard, me, screenshot, monkeypatch)
    assert stage_of(window, "Lidingö bibliotek") is Stage.CLOSING
    click(qtbot, wizard, "finishChecklist")
    question = shown(qtbot, QMessageBox)
    assert question.objectName() == "confirmCloseBox"
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wait_for_page(qtbot, page)

    assert stage_of(window, "Lidingö bibliotek") is Stage.CLOSED
    assert today_names(window) == []
    assert "Closed" in child(page, QLabel, "accountStage").text()
    history = child(page, QTextBrowser, "accountChecklists").toPlainText()
    for title in ("Before you start: finished", "Getting started: finished", "Closing"):
        assert title in history
    assert "Fyra timmar i veckan" in history
    assert not child(page, QPushButton, "accountBeforeStart").text().startswith("Start")

    # Its history is kept but cannot be changed, not even a checklist left under way.
    click(qtbot, page, "accountBeforeStart")
    shown_plan = shown(qtbot, ChecklistWizard)
    assert not child(shown_plan.editor, QPushButton, "saveStep").isVisible()
    assert not child(shown_plan, QPushButton, "finishChecklist").isVisible()
    shown_plan.close()

    window.commands.edit_account(account_id)
    refused = shown(qtbot, QMessageBox)
    assert "Its history can be read but no longer changed" in refused.text()


def test_what_is_typed_in_a_step_is_kept_while_moving_about_and_asked_about_on_close(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    add_me(workspace_of(window).store, clock)
    window.refresh()
    window.menus.plan_action.trigger()
    dialog = shown(qtbot, AccountDialog)
    type_into(dialog, "accountName", "Lidingö bibliotek")
    click(qtbot, dialog, "accountSave")
    wizard = shown(qtbot, ChecklistWizard)

    choose_step(wizard, 0)
    child(wizard.editor.fields_widget, QPlainTextEdit, "stepText").setPlainText("Två timmar")
    choose_step(wizard, 1)
    choose_step(wizard, 0)
    assert child(wizard.editor.fields_widget, QPlainTextEdit, "stepText").toPlainText() == (
        "Två timmar"
    )

    wizard.reject()
    question = shown(qtbot, QMessageBox)
    assert question.objectName() == "discardDraftsBox"
    assert "Time and cost" in question.text()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()

    click(qtbot, wizard.editor, "saveStep")
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    state = next(iter(reading.lives(workspace_of(window)).values())).in_progress("before_start")
    assert state is not None
    saved = state.mark("time_and_cost")
    assert saved is not None
    assert saved.answers == {"text": "Två timmar"}
