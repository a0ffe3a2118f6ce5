"""File → Team workstations: the team's workstations listed, and one revoked by the
information unit, as a person would do it; a colleague outside it sees no way to revoke."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from tests.assistant.team.office import Office, make_office, only_account, record_check
from tests.assistant.team.test_revocation import _with_information_unit, _workstation_of
from tests.factories import FRIDAY, at
from tests.ui.duties.test_reminders import open_window
from tests.ui.helpers import child, click, shown, workspace_of
from ui.window.main_window import MainWindow
from ui.window.workstations_dialog import WorkstationsDialog

THURSDAY = date(2026, 11, 19)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """The team folder's office (:mod:`tests.assistant.team.office`), the register shared."""
    made = make_office(tmp_path)
    made.officer.sync(made.team_dir, 8)
    made.deputy.sync(made.team_dir, 8, 5)
    return made


def _open(qtbot: QtBot, window: MainWindow) -> WorkstationsDialog:
    window.menus.workstations_action.trigger()
    return shown(qtbot, WorkstationsDialog)


def test_the_information_unit_revokes_a_workstation_from_the_list(
    qtbot: QtBot, office: Office
) -> None:
    _with_information_unit(office)
    record_check(office.deputy, THURSDAY)
    office.deputy.sync(office.team_dir, 9)
    office.officer.sync(office.team_dir, 9, 5)
    office.manager.sync(office.team_dir, 9, 10)
    window = open_window(qtbot, office.manager.data_dir, FixedClock(at(FRIDAY, 11)))
    dialog = _open(qtbot, window)
    table = child(dialog, QTableView, "workstationsTable")
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "Per Ek" in names
    states = [table.model().index(r, 4).data() for r in range(table.model().rowCount())]
    assert "This workstation" in states

    reason = child(dialog, QLineEdit, "workstationsReason")
    problem = child(dialog, QLabel, "workstationsProblem")
    table.selectRow(states.index("This workstation"))
    reason.setText("Prov.")
    click(qtbot, dialog, "workstationsRevoke")
    assert "your own workstation" in problem.text()
    table.selectRow(names.index("Per Ek"))
    reason.clear()
    click(qtbot, dialog, "workstationsRevoke")
    assert "Say in a sentence" in problem.text()
    assert dialog.workspace.store.revocations() == {}
    reason.setText("Datorn stulen.")
    click(qtbot, dialog, "workstationsRevoke")
    row = names.index("Per Ek")
    assert table.model().index(row, 4).data() == "Revoked 2026-11-20 by Maria Lind: Datorn stulen."
    assert "Per Ek's workstation was revoked" in window.statusBar().currentMessage()
    store = workspace_of(window).store
    assert set(store.revocations()) == {_workstation_of(office.deputy)}
    account_id = only_account(office.manager)
    assert store.checked_days([account_id], THURSDAY, THURSDAY) == {}
    dialog.reject()
    window.close_workspace()


def test_a_colleague_outside_the_information_unit_only_sees_the_list(
    qtbot: QtBot, office: Office
) -> None:
    window = open_window(qtbot, office.officer.data_dir, FixedClock(at(FRIDAY, 11)))
    dialog = _open(qtbot, window)
    assert not child(dialog, QPushButton, "workstationsRevoke").isVisible()
    assert child(dialog, QTableView, "workstationsTable").model().rowCount() >= 1
    dialog.reject()
    window.close_workspace()
