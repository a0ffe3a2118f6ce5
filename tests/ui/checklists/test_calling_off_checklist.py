"""Calling off a checklist begun by mistake, from its wizard, clicked as an officer would.

Closing begun and a step saved makes the account *closing*; *Call off the
checklist…* asks why, and then the account is active again, My day has no
row for it, the account's page shows the run marked as called off, and
*Close the account…* begins afresh. A finished run offers no way to call it
off; a deputy who did not begin it is refused, saying who may.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.records import ChecklistRun, Person
from assistant.rules.accounts import AccountDraft, new_account
from assistant.rules.checklists import run_states
from assistant.rules.lifecycle import Stage
from assistant.rules.opening import CLOSING
from assistant.workspace import checklists, reading
from tests.assistant.rules.checklist_office import good_answers
from tests.factories import person
from tests.ui.account.test_account_life import fill_in_step
from tests.ui.helpers import (
    add_me,
    child,
    click,
    open_account,
    picture,
    shown,
    wait_for_page,
    workspace_of,
)
from ui.checklists.wizard import ChecklistWizard
from ui.common.withdraw_dialog import WithdrawDialog
from ui.window.main_window import MainWindow

REASON = "Fel konto: det var Lidingö kultur som skulle stängas."


def _account_with_deputy(window: MainWindow, clock: FixedClock) -> tuple[str, Person, Person]:
    workspace = workspace_of(window)
    me = add_me(workspace.store, clock)
    bo = person("Bo Berg", "bo.berg@lidingo.se")
    workspace.store.add_people([bo])
    account = new_account(
        AccountDraft(
            platform="facebook",
            name="Lidingö stad",
            url="https://www.facebook.com/lidingostad",
            department="Kommunledning",
            officer_ids=(me.person_id,),
            deputy_ids=(bo.person_id,),
            registrar_access=True,
            active_since=date(2026, 11, 2),
        ),
        recorded_at=datetime(2026, 11, 2, 8, tzinfo=STOCKHOLM),
        recorded_by=me.person_id,
    )
    workspace.store.add_accounts([account])
    window.refresh()
    return account.account_id, me, bo


def _open_closing(qtbot: QtBot, window: MainWindow, account_id: str) -> ChecklistWizard:
    page = open_account(qtbot, window, account_id)
    click(qtbot, page, "accountClosing")
    return shown(qtbot, ChecklistWizard)


def _begin_closing(
    qtbot: QtBot,
    window: MainWindow,
    account_id: str,
    me: Person,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> ChecklistWizard:
    wizard = _open_closing(qtbot, window, account_id)
    call_off = child(wizard, QPushButton, "callOffChecklist")
    assert not call_off.isVisible()  # nothing recorded yet: closing the window is the way back
    wizard.steps.setCurrentIndex(wizard.model.index(0))
    fill_in_step(qtbot, wizard, me, picture(tmp_path / "konto.png"), monkeypatch)
    assert reading.lives(workspace_of(window))[account_id].stage is Stage.CLOSING
    return wizard


def _stage(window: MainWindow, account_id: str) -> Stage:
    return reading.lives(workspace_of(window))[account_id].stage


def test_a_closing_called_off_leaves_the_account_active_and_begins_afresh(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id, me, _bo = _account_with_deputy(window, clock)
    wizard = _begin_closing(qtbot, window, account_id, me, tmp_path, monkeypatch)
    first_run = wizard.run_id

    click(qtbot, wizard, "callOffChecklist")
    dialog = shown(qtbot, WithdrawDialog)
    assert "Lidingö stad" in child(dialog, QLabel, "withdrawIntro").text()
    assert "active again" in child(dialog, QLabel, "withdrawIntro").text()
    click(qtbot, dialog, "withdrawConfirm")  # no reason yet: refused, the dialog stays
    assert "Say why" in child(dialog, QLabel, "withdrawProblem").text()
    child(dialog, QPlainTextEdit, "withdrawReason").setPlainText(REASON)
    click(qtbot, dialog, "withdrawConfirm")
    qtbot.waitUntil(lambda: not wizard.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert _stage(window, account_id) is Stage.ACTIVE
    assert window.statusBar().currentMessage() == (
        "The closing of “Lidingö stad” is called off: the account is active again."
    )
    page = window.account_page
    assert page is not None
    wait_for_page(qtbot, page)
    history = child(page, QTextBrowser, "accountChecklists").toPlainText()
    assert "called off after 1 of" in history
    assert "CALLED OFF" in history
    assert REASON in history
    assert "Åsa Öberg" in history
    window.show_overview()
    panel = window.today_view.checklists
    assert panel is None or panel.model.rowCount() == 0  # no "1 of 8" row on My day

    again = _open_closing(qtbot, window, account_id)
    assert again.unsaved_run is not None
    assert again.run_id != first_run
    assert again.state.progress[0] == 0
    assert "Not begun" in child(again, QLabel, "checklistMissing").text()


def test_a_deputy_who_did_not_begin_it_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id, me, bo = _account_with_deputy(window, clock)
    wizard = _begin_closing(qtbot, window, account_id, me, tmp_path, monkeypatch)
    wizard.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    workspace_of(window).store.set_me(bo.person_id)  # Bo at the workstation now

    wizard = _open_closing(qtbot, window, account_id)
    click(qtbot, wizard, "callOffChecklist")
    dialog = shown(qtbot, WithdrawDialog)
    child(dialog, QPlainTextEdit, "withdrawReason").setPlainText(REASON)
    click(qtbot, dialog, "withdrawConfirm")

    problem = child(dialog, QLabel, "withdrawProblem")
    assert problem.isVisible()
    assert "Only whoever" in problem.text()
    assert dialog.isVisible()
    assert wizard.isVisible()
    assert _stage(window, account_id) is Stage.CLOSING


def test_a_finished_checklist_offers_no_calling_off(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account_id, me, _bo = _account_with_deputy(window, clock)
    workspace = workspace_of(window)
    now = clock.now()
    run = checklists.new_run(workspace, account_id, CLOSING, now, "en")
    unsaved: ChecklistRun | None = run
    for step in run_states([run], (), ())[0].checklist.steps:
        checklists.save_step(
            workspace,
            now,
            account_id=account_id,
            run_id=run.id,
            step_id=step.id,
            answers=good_answers(step, me),
            language="en",
            unsaved_run=unsaved,
        )
        unsaved = None
    checklists.finish_checklist(workspace, now, account_id=account_id, run_id=run.id, language="en")
    window.refresh()
    assert _stage(window, account_id) is Stage.CLOSED

    page = open_account(qtbot, window, account_id)
    click(qtbot, page, "accountClosing")  # "Show “Closing the account”"
    wizard = shown(qtbot, ChecklistWizard)
    assert not child(wizard, QPushButton, "callOffChecklist").isVisible()
