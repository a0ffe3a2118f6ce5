"""The manager's Review screen over a small log: its figures, filters and periods.

The log is :mod:`tests.ui.review.review_log`'s. The heat map and the
drill-down are :mod:`tests.ui.review.test_review_heat_map`; saving as CSV,
:mod:`tests.ui.review.test_review_saving`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import new_id
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import child
from tests.ui.review.review_log import (
    FIRST,
    TODAY,
    Log,
    at,
    open_review,
    person,
    row_texts,
    wait_for_review,
)
from ui.review.model import share_text
from ui.review.view import ReviewView


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
    assert "Accounts: 2 · working days due: 28" in summary
    assert "missed: 10" in summary

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


def test_a_sorted_review_stays_sorted_when_read_again_and_the_chosen_account_stays_chosen(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock
) -> None:
    view = open_review(qtbot, workspace, clock)
    missed = view.model.headings().index("Missed")
    qtbot.mouseClick(  # a click on the heading: fewest missed first, a second click: most
        view.table.horizontalHeader().viewport(),
        Qt.MouseButton.LeftButton,
        pos=_heading_centre(view, missed),
    )
    first = view.sorted.index(0, 0).data()
    view.table.selectRow(0)
    assert view.selected_account_id() == view.sorted.account_at(0)
    chosen = view.selected_account_id()
    qtbot.mouseClick(
        view.table.horizontalHeader().viewport(),
        Qt.MouseButton.LeftButton,
        pos=_heading_centre(view, missed),
    )
    assert view.sorted.index(0, 0).data() != first  # the other way round
    assert view.selected_account_id() == chosen  # the chosen row moved with its account

    view.refresh()  # read again, as after a save: the order chosen stays
    wait_for_review(qtbot, view)
    assert view.sorted.index(0, 0).data() == "Lidingö bibliotek"  # nine missed, the most
    assert view.selected_account_id() == chosen


def _heading_centre(view: ReviewView, column: int) -> QPoint:
    header = view.table.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)


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
