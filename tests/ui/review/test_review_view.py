"""The manager's Review screen over a small log: figures, filters, heat map, drill-down, CSV.

The log is :mod:`tests.ui.review.review_log`'s.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.exports import review as review_export
from assistant.records import new_id
from assistant.rules.review import AccountReview, Review, ReviewFilter
from assistant.rules.review_days import DayMark
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.ui.helpers import child, click, shown
from tests.ui.review.review_log import (
    COVERED_DAY,
    FIRST,
    MISSED_DAY,
    TODAY,
    Log,
    account,
    at,
    open_review,
    person,
    row_texts,
    seed_log,
    wait_for_review,
)
from ui.review.heat_layout import HeatRows, image_geometry
from ui.review.heat_map import HeatMap
from ui.review.model import share_text
from ui.review.painting import heat_map_image
from ui.review.view import ReviewView


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_workspace(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def log(workspace: Workspace, tmp_path: Path) -> Log:
    return seed_log(workspace, tmp_path)


def test_the_table_shows_each_accounts_figures_for_the_period(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    rows = row_texts(view)
    headings = view.model.headings()
    stad = dict(zip(headings, rows["Lidingö stad"], strict=True))
    # 14 working days up to yesterday; today is not counted until it is checked.
    assert stad["Days due"] == "14"
    assert stad["On time"] == "12"
    assert stad["Late"] == "1"
    assert stad["Missed"] == "1"
    assert stad["On time %"] == "85.7 %"  # 12 of 14
    assert stad["Longest gap"] == "1"
    assert stad["Removals"] == "1"
    assert stad["Cases"] == "2"
    assert stad["To registrar"] == "13"  # one direct message a check
    bibliotek = dict(zip(headings, rows["Lidingö bibliotek"], strict=True))
    assert bibliotek["Missed"] == "9"
    assert bibliotek["Longest gap"] == "9"
    summary = child(view, QLabel, "reviewSummary").text()
    assert "2 account(s) · 28 working days due" in summary
    assert "10 missed" in summary

    # Sorting by missed days puts the worst account first, whatever the name order.
    header = view.table.horizontalHeader()
    missed_column = headings.index("Missed")
    view.table.sortByColumn(missed_column, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == missed_column
    assert view.sorted.index(0, 0).data() == "Lidingö bibliotek"
    removals_tip = view.sorted.index(1, headings.index("Removals")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Defamation, personal attacks or insults: 1" in removals_tip


def test_choosing_a_department_narrows_the_review(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    departments = child(view, QComboBox, "reviewDepartment")
    assert departments.itemText(0) == "All departments"
    departments.setCurrentIndex(departments.findText("Kultur- och fritidsförvaltningen"))
    qtbot.waitUntil(lambda: view.review is not None and len(view.review.accounts) == 1)
    assert list(row_texts(view)) == ["Lidingö bibliotek"]
    accounts = child(view, QComboBox, "reviewAccount")
    assert [accounts.itemText(i) for i in range(accounts.count())] == [
        "All accounts",
        "Lidingö bibliotek (Instagram)",
    ]

    # Per is the officer of the library and the deputy of the city's account: both show.
    departments.setCurrentIndex(0)
    people = child(view, QComboBox, "reviewPerson")
    people.setCurrentIndex(people.findText("Per Ek"))
    qtbot.waitUntil(lambda: view.review is not None and len(view.review.accounts) == 2)
    assert not view.busy


def test_a_former_officer_is_offered_and_picks_what_they_answered_for_then(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    # On Monday 16 November Kim took over all Per did: the library, and deputising for Åsa.
    kim = person("Kim Lund", "kim.lund@lidingo.se")
    handed_over = [
        replace(
            log.bibliotek,
            id=new_id(),
            officer_ids=(kim.person_id,),
            recorded_at=at(date(2026, 11, 16), 13),
            supersedes=log.bibliotek.id,
        ),
        replace(
            log.stad,
            id=new_id(),
            deputy_ids=(kim.person_id,),
            recorded_at=at(date(2026, 11, 16), 13),
            supersedes=log.stad.id,
        ),
    ]
    workspace.store.add_accounts(handed_over, [kim])
    view = open_review(qtbot, workspace, clock)
    people = child(view, QComboBox, "reviewPerson")
    assert people.findText("Per Ek") > 0  # no role today, but one in the period
    people.setCurrentIndex(people.findText("Per Ek"))
    wait_for_review(qtbot, view)
    assert sorted(row_texts(view)) == ["Lidingö bibliotek", "Lidingö stad"]
    assert view.review is not None
    library = next(a for a in view.review.accounts if a.account.name == "Lidingö bibliotek")
    assert library.officer_ids == (log.per.person_id, kim.person_id)
    view.set_dates(FIRST, date(2026, 11, 13))
    wait_for_review(qtbot, view)
    people.setCurrentIndex(people.findText("Kim Lund"))
    wait_for_review(qtbot, view)
    assert row_texts(view) == {}  # Kim had not taken over in the first fortnight


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
    assert "Checked by Per Ek as deputy, logged 2026-11-13 11:00." in details
    assert "Covering for Åsa Öberg, who was away." in details
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


def test_the_review_is_saved_as_csv_for_swedish_excel(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    target = tmp_path / "granskning"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Spreadsheet (*.csv)")
    )
    saved: list[str] = []
    view.exported.connect(saved.append)
    click(qtbot, view, "reviewSaveCsv")
    qtbot.waitUntil(lambda: bool(saved))
    written = tmp_path / "granskning.csv"
    assert str(written) in child(view, QLabel, "reviewStatus").text()
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Swedish Excel needs to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    stad = next(row for row in rows if row[0] == "Lidingö stad")
    assert stad[header.index("Missed")] == "1"
    assert len(rows) == 3


def save_csv_as(
    qtbot: QtBot, view: ReviewView, monkeypatch: pytest.MonkeyPatch, target: Path
) -> QMessageBox:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Spreadsheet (*.csv)")
    )
    click(qtbot, view, "reviewSaveCsv")
    return shown(qtbot, QMessageBox)


def test_a_file_name_too_long_is_refused_and_the_screen_is_ready_again(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    box = save_csv_as(qtbot, view, monkeypatch, tmp_path / ("x" * 300 + ".csv"))
    assert box.objectName() == "reviewExportErrorBox"
    assert "could not be written" in box.text()
    box.close()
    assert child(view, QPushButton, "reviewSaveCsv").isEnabled()
    assert "Saving" not in child(view, QLabel, "reviewStatus").text()


def test_a_fault_while_saving_is_said_rather_than_left_saving(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a fault in the writer")

    monkeypatch.setattr(review_export, "write_review_csv", broken)
    box = save_csv_as(qtbot, view, monkeypatch, tmp_path / "granskning.csv")
    assert "fault of its own" in box.text()
    assert "a fault in the writer" in box.text()
    box.close()
    assert child(view, QPushButton, "reviewSaveCsv").isEnabled()
    assert not (tmp_path / "granskning.csv").exists()


def test_an_empty_register_says_what_to_do(
    qtbot: QtBot, workspace: Workspace, clock: FixedClock
) -> None:
    view = ReviewView(workspace, clock, "en")
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    wait_for_review(qtbot, view)
    empty = child(view, QLabel, "reviewEmpty")
    assert empty.isVisible()
    assert "There are no accounts in the register yet" in empty.text()
    assert not child(view, QPushButton, "reviewSavePdf").isEnabled()


def test_a_weekend_has_no_working_days_to_review(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    view.set_dates(date(2026, 11, 14), date(2026, 11, 15))
    wait_for_review(qtbot, view)
    empty = child(view, QLabel, "reviewEmpty")
    assert empty.isVisible()
    assert "There are no working days from 2026-11-14 to 2026-11-15" in empty.text()


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


def test_only_the_latest_choice_is_shown_however_fast_they_come(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    departments = child(view, QComboBox, "reviewDepartment")
    people = child(view, QComboBox, "reviewPerson")
    departments.setCurrentIndex(departments.findText("Kultur- och fritidsförvaltningen"))
    departments.setCurrentIndex(0)
    people.setCurrentIndex(people.findText("Per Ek"))
    departments.setCurrentIndex(departments.findText("Kommunledningsförvaltningen"))
    wait_for_review(qtbot, view)
    assert view.review is not None
    assert view.review.filter == view.filters.current_filter()
    assert list(row_texts(view)) == ["Lidingö stad"]


def test_a_quick_choice_sets_the_days_and_says_when_nothing_was_active(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    period = child(view, QComboBox, "reviewPeriod")
    assert period.currentText() == "Chosen days"
    period.setCurrentIndex(period.findText("Last month"))
    wait_for_review(qtbot, view)
    assert view.filters.current_filter().first == date(2026, 10, 1)
    assert view.filters.current_filter().last == date(2026, 10, 31)
    empty = child(view, QLabel, "reviewEmpty")
    assert "No account was active from 2026-10-01 to 2026-10-31" in empty.text()

    period.setCurrentIndex(period.findText("This month"))
    wait_for_review(qtbot, view)
    assert view.review is not None
    assert view.review.filter.first == date(2026, 11, 1)
    assert view.review.filter.last == TODAY
    assert not empty.isVisible()


def test_the_share_on_time_is_rounded_down_so_only_every_day_on_time_reads_100() -> None:
    assert share_text(262 / 263) == "99.6 %"
    assert share_text(1.0) == "100 %"
    assert share_text(0.0) == "0.0 %"
    assert share_text(None) == "–"


def test_a_mistyped_year_cannot_make_the_review_span_centuries(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    last_day = child(view, QDateEdit, "reviewLastDay")
    first_day = child(view, QDateEdit, "reviewFirstDay")
    last_day.setFocus()
    last_day.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(last_day, "2926")
    first_day.setDate(QDate(1026, 1, 1))

    chosen = view.filters.current_filter()
    assert chosen.last <= date(2027, 11, 21)  # a year after today at most
    assert chosen.first >= date(2000, 1, 1)
