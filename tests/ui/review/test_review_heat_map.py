"""The Review screen's heat map: a click or a key drills down to a day, each mark its own grey.

The log is :mod:`tests.ui.review.review_log`'s; the greys are measured on the
screen and on the PDF's image alike.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QImage
from PySide6.QtWidgets import (
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.rules.review import AccountReview, Review, ReviewFilter
from assistant.rules.review_days import DayMark
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import child
from tests.ui.review.review_log import (
    COVERED_DAY,
    FIRST,
    MISSED_DAY,
    Log,
    account,
    open_review,
    person,
)
from ui.review.heat_layout import HeatRows, image_geometry
from ui.review.heat_map import HeatMap
from ui.review.painting import heat_map_image


def test_a_click_on_the_heat_map_drills_down_to_the_days_check_and_its_evidence(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    heat_map = view.heat_map
    centre = heat_map.cell_centre(log.stad.account_id, COVERED_DAY)
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())

    assert view.selected_account_id() == log.stad.account_id
    browser = child(view, QTextBrowser, "reviewDayDetails")
    qtbot.waitUntil(lambda: "13 November 2026" in browser.toPlainText())  # read on a worker
    details = browser.toPlainText()
    assert "13 November 2026 – Checked on the day" in details
    assert (
        "Checked by Per Ek, covering for Åsa Öberg as deputy, logged 2026-11-13 11:00." in details
    )
    days = view.drill.model
    covered_row = days.row_of(COVERED_DAY)
    assert covered_row is not None
    assert days.index(covered_row, 2).data() == "Per Ek, covering for Åsa Öberg"
    assert "Defamation, personal attacks or insults – Deleted – Ett kränkande inlägg" in details
    assert "Diary number KS 2026/123" in details
    assert "Screenshot" in details

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    link = next(part for part in browser.toHtml().split('"') if part.startswith("evidence:"))
    browser.anchorClicked.emit(QUrl(link))
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_bytes() == log.screenshot.read_bytes()

    # The missed day says so, and the heat map's focus follows.
    qtbot.mouseClick(
        heat_map,
        Qt.MouseButton.LeftButton,
        pos=heat_map.cell_centre(log.stad.account_id, MISSED_DAY).toPoint(),
    )
    details = browser.toPlainText()
    assert "12 November 2026 – Missed" in details
    assert "No check was logged for this working day." in details
    assert "Missed" in heat_map.accessibleDescription()

    # Today, not checked yet, is neither missed nor called inactive.
    today = clock.now().date()
    qtbot.mouseClick(
        heat_map,
        Qt.MouseButton.LeftButton,
        pos=heat_map.cell_centre(log.bibliotek.account_id, today).toPoint(),
    )
    qtbot.waitUntil(lambda: "Today, not checked yet" in browser.toPlainText())
    assert "not logged yet" in browser.toPlainText()
    row = heat_map.rows.account_ids.index(log.bibliotek.account_id)
    assert heat_map.cell_text(row, heat_map.rows.days.index(today)).endswith(
        "Today, not checked yet"
    )


def test_the_heat_map_is_driven_by_keyboard(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    heat_map = view.heat_map
    heat_map.setFocus()
    heat_map.select(log.bibliotek.account_id, FIRST)
    with qtbot.waitSignal(heat_map.dayActivated) as activated:
        qtbot.keyClick(heat_map, Qt.Key.Key_Down)  # the next row: Lidingö stad
        qtbot.keyClick(heat_map, Qt.Key.Key_Right)
        qtbot.keyClick(heat_map, Qt.Key.Key_Return)
    assert activated.args == [log.stad.account_id, date(2026, 11, 3)]
    assert "Lidingö stad (Facebook)" in heat_map.accessibleDescription()
    assert view.selected_account_id() == log.stad.account_id


def hand_made_review() -> Review:
    """One account whose days show every mark, in order."""
    marks = (
        DayMark.ON_TIME,
        DayMark.LATE,
        DayMark.MISSED,
        DayMark.NOT_WORKING_DAY,
        DayMark.NOT_ACTIVE,
    )
    days = tuple(FIRST + timedelta(days=n) for n in range(len(marks)))
    officer = person("Åsa Öberg", "asa.oberg@lidingo.se")
    city = account("Lidingö stad", "facebook", "Kommunledning", officer, officer)
    item = AccountReview(
        account=city,
        officer_ids=city.officer_ids,
        deputy_ids=city.deputy_ids,
        days_due=3,
        on_time=1,
        late=1,
        missed=1,
        longest_gap=1,
        cullings_due=0,
        cullings_on_time=0,
        documentations_due=0,
        documentations_on_time=0,
        removals_by_ground={},
        messages_to_registrar=0,
        cases_forwarded=0,
        marks=marks,
        missed_days=(days[2],),
    )
    return Review(ReviewFilter(days[0], days[-1]), days, (item,))


def mean_grey(image: QImage, x0: int, y0: int, x1: int, y1: int) -> float:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    values = [grey.pixelColor(x, y).value() for x in range(x0, x1) for y in range(y0, y1)]
    return sum(values) / len(values)


def test_each_mark_of_the_heat_map_has_its_own_grey(qtbot: QtBot) -> None:
    review = hand_made_review()
    heat_map = HeatMap()
    qtbot.addWidget(heat_map)
    heat_map.set_review(review)
    image = heat_map.grab().toImage()
    greys = {}
    for column, mark in enumerate(review.accounts[0].marks):
        cell = heat_map.geometry_.cell(0, column)
        greys[mark] = mean_grey(
            image,
            int(cell.left()) + 1,
            int(cell.top()) + 1,
            int(cell.right()) - 1,
            int(cell.bottom()) - 2,
        )
    ordered = sorted(greys.values())
    assert min(b - a for a, b in itertools.pairwise(ordered)) > 20, greys
    # Darkest is missed, lightest is a day the account was not active.
    assert min(greys, key=greys.__getitem__) == DayMark.MISSED
    assert max(greys, key=greys.__getitem__) == DayMark.NOT_ACTIVE

    # The PDF's image is drawn by the same function: the same order of greys.
    font = QFont()
    font.setPixelSize(12)
    rows = HeatRows.of(review)
    printed = heat_map_image(rows, font, width=400)
    geometry = image_geometry(rows, font, 400, 1)
    pdf_greys = {}
    for column, mark in enumerate(review.accounts[0].marks):
        cell = geometry.cell(0, column)
        pdf_greys[mark] = mean_grey(
            printed,
            int(cell.left()) + 2,
            int(cell.top()) + 1,
            int(cell.right()) - 2,
            int(cell.bottom()) - 3,
        )
    assert sorted(pdf_greys, key=pdf_greys.__getitem__) == sorted(greys, key=greys.__getitem__)
