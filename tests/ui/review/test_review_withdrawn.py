"""The review's drill-down shows a withdrawn check marked, and its day as missed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.corrections import Withdrawable
from assistant.rules.review_days import DayMark
from assistant.workspace import recording
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import child
from tests.ui.review.review_log import COVERED_DAY, Log, at, open_review


def test_a_withdrawn_check_is_shown_marked_and_its_day_counts_as_missed(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    (covered,) = workspace.store.checks([log.stad.account_id], COVERED_DAY, COVERED_DAY)
    recording.withdraw(
        workspace, Withdrawable.CHECK, covered.id, "Gällde biblioteket.", at(COVERED_DAY, 15)
    )

    view = open_review(qtbot, workspace, clock)
    heat_map = view.heat_map
    centre = heat_map.cell_centre(log.stad.account_id, COVERED_DAY)
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    browser = child(view, QTextBrowser, "reviewDayDetails")
    qtbot.waitUntil(lambda: "13 November 2026" in browser.toPlainText())

    details = browser.toPlainText()
    assert "13 November 2026 – Missed" in details
    assert "Checked by Per Ek, covering for Åsa Öberg" in details
    assert "WITHDRAWN 2026-11-13 by Åsa Öberg: “Gällde biblioteket.”" in details
    assert "Withdraw…" not in details  # withdrawing is the account page's
    days = view.drill.model
    row = days.row_of(COVERED_DAY)
    assert row is not None
    assert days.row_at(row).mark == DayMark.MISSED
    assert days.index(row, 2).data() == ""  # nobody's check counts that day
