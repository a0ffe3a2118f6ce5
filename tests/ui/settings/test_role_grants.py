"""Settings → Team: a manager's role awaiting a grant is said so, and a manager grants it.

Per ticked the manager role after Maria, the team's manager, had it: he gets
no Review, and the Team tab tells him to ask Maria; Maria's Team tab lists
him with a *Grant* button, and once clicked he is a manager.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Role
from assistant.workspace import identity
from assistant.workspace.data_folder import open_workspace
from tests.ui.duties.test_reminders import open_window
from tests.ui.helpers import child, click, workspace_of
from tests.ui.settings.test_reminder_settings import open_settings

NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)


def _seed(data_dir: Path) -> tuple[str, str]:
    """Maria, manager first; Per, who asked for the manager role after her. Per uses the app."""
    with open_workspace(data_dir) as workspace:
        maria = identity.introduce(
            workspace,
            NOW,
            name="Maria Lind",
            email="maria@lidingo.se",
            roles=frozenset({Role.MANAGER}),
        )
        per = identity.introduce(
            workspace,
            NOW + timedelta(hours=1),
            name="Per Ek",
            email="per@lidingo.se",
            roles=frozenset({Role.DEPUTY, Role.MANAGER}),
        )
    return maria.person_id, per.person_id


def test_a_role_awaiting_a_grant_gives_no_review_and_says_whom_to_ask(
    qtbot: QtBot, data_dir: Path
) -> None:
    _maria, per = _seed(data_dir)
    window = open_window(qtbot, data_dir, FixedClock(NOW + timedelta(hours=2)))
    assert window.role_views.review is None

    dialog = open_settings(qtbot, window)
    assert child(dialog, QCheckBox, "settingsRole_manager").isChecked()
    note = child(dialog, QLabel, "settingsRolesAwaiting").text()
    assert "Manager: not yours until someone who holds it grants it" in note
    assert "Ask Maria Lind." in note
    click(qtbot, dialog, "settingsSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    people = workspace_of(window).log.people()
    assert people.awaiting == {per: {Role.MANAGER}}  # saved as it was: still asked for
    window.close_workspace()


def test_a_manager_grants_the_role_from_the_team_tab(qtbot: QtBot, data_dir: Path) -> None:
    maria, per = _seed(data_dir)
    with open_workspace(data_dir) as workspace:
        workspace.store.set_me(maria)
    window = open_window(qtbot, data_dir, FixedClock(NOW + timedelta(hours=2)))

    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    button = child(dialog, QPushButton, f"settingsGrant_manager_{per}")
    click(qtbot, dialog, f"settingsGrant_manager_{per}")
    assert button.text() == "Granted"
    assert not button.isEnabled()
    people = workspace_of(window).log.people()
    assert people[per].roles == {Role.DEPUTY, Role.MANAGER}
    assert people.awaiting == {}
    dialog.reject()
    window.close_workspace()
