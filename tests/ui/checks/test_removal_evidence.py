"""A removed post's screenshot is the proof of whoever checked, also when logged for a colleague."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import new_id
from tests.factories import person
from tests.ui.helpers import child, choose_file, click, picture, shown, type_into, workspace_of
from tests.ui.test_dialogs import register_account
from ui.checks.check_dialog import CheckDialog
from ui.checks.removal_dialog import RemovalDialog
from ui.window.main_window import MainWindow


def test_the_screenshot_of_a_removal_is_recorded_as_the_checkers(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_account(window, clock)
    per = person("Per Ek", "per.ek@lidingo.se")
    workspace = workspace_of(window)
    (city,) = workspace.store.accounts().values()
    # Per is the account's deputy: only its officers and deputies can have checked it.
    as_deputy = dataclasses.replace(
        city, id=new_id(), deputy_ids=(per.person_id,), supersedes=city.id
    )
    workspace.store.add_accounts([as_deputy], [per])
    window.log_check()
    check = shown(qtbot, CheckDialog)
    checker = child(check, QComboBox, "checkPerson")
    checker.setCurrentIndex(checker.findData(per.person_id))
    click(qtbot, check, "addRemoval")
    removal = shown(qtbot, RemovalDialog)
    type_into(removal, "removalPost", "Kommentar 12:04 av okänd")
    choose_file(monkeypatch, picture(tmp_path / "inlagg.png"))
    click(qtbot, removal, "attachScreenshot")
    click(qtbot, removal, "removalOk")
    qtbot.waitUntil(lambda: not removal.isVisible())
    click(qtbot, check, "checkAllSteps")  # the person ticks the steps done
    click(qtbot, check, "checkSave")
    qtbot.waitUntil(lambda: not check.isVisible())

    (saved,) = workspace.store.checks()
    assert saved.checked_by == per.person_id
    evidence = workspace.store.evidence(saved.removals[0].screenshot_sha256)
    assert evidence is not None
    assert evidence.recorded_by == per.person_id
    assert saved.recorded_by != per.person_id  # the workstation's user recorded the check
