"""Saving a check and showing it on every screen reads each thing from the log once.

My day, its checklists and duties, Covering and the register each read the
people, the accounts, their lives, the absences and today's checks; before the
screens shared one reading (:mod:`assistant.workspace.reading`), the refresh
after one saved check ran 42 queries, many of them the same.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click, shown, workspace_of
from tests.ui.test_working_day import first_start, import_register
from ui.checks.check_dialog import CheckDialog
from ui.window.main_window import MainWindow


def test_the_refresh_after_saving_a_check_reads_each_thing_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_start(qtbot)
    import_register(qtbot, window, tmp_path, monkeypatch)
    qtbot.waitUntil(lambda: window.duty_desk is not None and window.role_views.covering is not None)
    window.today_view.table.selectRow(0)
    click(qtbot, window.today_view, "logCheckButton")
    dialog = shown(qtbot, CheckDialog)
    click(qtbot, dialog, "checkAllSteps")  # the person ticks the steps done
    with workspace_of(window).store.statements() as statements:
        click(qtbot, dialog, "checkSave")
        qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.today_view.model.row_at(0).item.todays_check is not None
    reads = Counter(" ".join(s.split()) for s in statements if s.lstrip().startswith("SELECT"))
    assert sum(reads.values()) < 30, reads
    assert [query for query, times in reads.items() if times > 1] == []
