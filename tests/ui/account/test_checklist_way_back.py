"""Opening a checklist commits to nothing: it is recorded with its first saved step.

*Close the account…* once set the account to *closing* before the wizard showed,
with no way back, and a checklist started by mistake left a "0 of 8" row on
everyone's My day for good. Clicked as an officer would, from the account page.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.rules.accounts import AccountDraft, new_account
from assistant.rules.lifecycle import Stage
from assistant.rules.opening import CLOSING
from assistant.workspace import reading
from tests.ui.account.test_account_life import fill_in_step
from tests.ui.helpers import add_me, child, click, open_account, picture, shown, workspace_of
from ui.checklists.wizard import ChecklistWizard
from ui.window.main_window import MainWindow


def _active_account(window: MainWindow, clock: FixedClock) -> str:
    workspace = workspace_of(window)
    me = add_me(workspace.store, clock)
    account = new_account(
        AccountDraft(
            platform="facebook",
            name="Lidingö stad",
            url="https://www.facebook.com/lidingostad",
            department="Kommunledning",
            officer_ids=(me.person_id,),
            deputy_ids=(),
            registrar_access=True,
            active_since=date(2026, 11, 2),
        ),
        recorded_at=datetime(2026, 11, 2, 8, tzinfo=STOCKHOLM),
        recorded_by=me.person_id,
    )
    workspace.store.add_accounts([account])
    window.refresh()
    return account.account_id


def _open_closing(qtbot: QtBot, window: MainWindow, account_id: str) -> ChecklistWizard:
    page = open_account(qtbot, window, account_id)
    click(qtbot, page, "accountClosing")
    return shown(qtbot, ChecklistWizard)


def test_closing_opened_and_closed_again_leaves_the_account_as_it_was(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account_id = _active_account(window, clock)
    wizard = _open_closing(qtbot, window, account_id)
    assert "the account stays active" in child(wizard, QLabel, "checklistMissing").text()
    (life,) = reading.lives(workspace_of(window)).values()
    assert life.stage is Stage.ACTIVE

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    (life,) = reading.lives(workspace_of(window)).values()
    assert life.stage is Stage.ACTIVE
    assert life.runs == ()
    window.show_overview()
    panel = window.today_view.checklists
    assert panel is None or panel.model.rowCount() == 0  # no "0 of 8" row on My day


def test_the_closing_begins_with_its_first_saved_step(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id = _active_account(window, clock)
    me = workspace_of(window).log.people()[workspace_of(window).log.me() or ""]
    wizard = _open_closing(qtbot, window, account_id)
    wizard.steps.setCurrentIndex(wizard.model.index(0))
    fill_in_step(qtbot, wizard, me, picture(tmp_path / "konto.png"), monkeypatch)

    (life,) = reading.lives(workspace_of(window)).values()
    assert life.stage is Stage.CLOSING
    (state,) = life.runs
    assert state.run.checklist_id == CLOSING
    assert state.progress[0] == 1
    # Opened again, it continues the run recorded, not a new one.
    wizard.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    again = _open_closing(qtbot, window, account_id)
    assert again.run_id == state.run.id
    assert again.state.progress[0] == 1
