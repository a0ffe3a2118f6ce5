"""The review's drill-down: one account's days in the period, and each day's checks.

Shown under the heat map when an account is chosen in the table, or a cell
of the map is activated. A day lists its checks: who checked (and for whom,
when a deputy covered), when it was logged, what was looked at and
forwarded, and each removed post with its ground and a link to the
screenshot kept as evidence; a withdrawn check or removal is listed, marked
with who withdrew it and why, and does not count. Under the day: the account's culling and
documentation deadlines in the period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.messages import UserError
from assistant.records import DailyCheck, Person
from assistant.rules.review import AccountReview
from assistant.rules.review_days import DayMark, ReviewDeadline
from assistant.rules.withdrawals import counting
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.common.check_text import check_html
from ui.common.evidence_links import open_link
from ui.common.i18n import translate
from ui.common.labels import (
    checked_by_text,
    day_and_time,
    qdate,
)
from ui.common.log_reader import LogReader
from ui.common.status_look import Status, status_data
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, named
from ui.common.withdrawal_marks import WithdrawalMarks
from ui.review.marks import mark_label

DUE_MARKS = (DayMark.ON_TIME, DayMark.LATE, DayMark.MISSED)
MARK_STATUS = {
    DayMark.ON_TIME: Status.CHECKED,
    DayMark.LATE: Status.LATE,
    DayMark.MISSED: Status.MISSED,
}
"""A due day's status in the list of days: the same look as on My day and the account's page."""


@dataclass(frozen=True)
class DrillDay:
    day: date
    mark: DayMark
    checks: tuple[DailyCheck, ...]
    """The day's checks that count, with only their removals that count."""
    logged: tuple[DailyCheck, ...] = ()
    """The day's checks as logged, withdrawn ones and removals too: what the details show."""


def drill_days(
    item: AccountReview, days: tuple[date, ...], found: reading.ChecksOfDays
) -> list[DrillDay]:
    """The days worth listing: those due, and any other day with a check; newest first."""
    by_day: dict[date, list[DailyCheck]] = {}
    for check in counting(found.checks, found.withdrawals):
        by_day.setdefault(check.day, []).append(check)
    logged: dict[date, list[DailyCheck]] = {}
    for check in found.checks:
        logged.setdefault(check.day, []).append(check)
    rows = [
        DrillDay(day, mark, tuple(by_day.get(day, ())), tuple(logged.get(day, ())))
        for day, mark in zip(days, item.marks, strict=True)
        if mark in DUE_MARKS or day in logged
    ]
    rows.reverse()
    return rows


def _when(check: DailyCheck) -> str:
    """When the check was logged, in Swedish time (the duty's day is a Swedish day)."""
    return day_and_time(check.recorded_at)


class DrillDaysModel(ListTableModel[DrillDay]):
    """The chosen account's days: day, how it stands, who checked, when logged, removals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: Mapping[str, Person] = {}

    def set_days(self, days: list[DrillDay], people: Mapping[str, Person]) -> None:
        self._people = people
        self.set_rows(days)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Day"),
            self.tr("State"),
            self.tr("Checked by"),
            self.tr("Logged"),
            self.tr("Removals"),
        )

    def row_of(self, day: date) -> int | None:
        for number, item in enumerate(self._rows):
            if item.day == day:
                return number
        return None

    def cell(self, item: DrillDay, column: int, role: int) -> Any:
        if column == 1 and role != Qt.ItemDataRole.DisplayRole:
            return status_data(MARK_STATUS.get(item.mark), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return QLocale().toString(qdate(item.day), "yyyy-MM-dd  ddd")
        if column == 1:
            return mark_label(item.mark)
        if column == 2:
            return "; ".join(checked_by_text(c, self._people) for c in item.checks)
        if column == 3:
            return _when(item.checks[0]) if item.checks else ""
        removals = sum(len(c.removals) for c in item.checks)
        return str(removals) if removals else ""


class ReviewDrill(QWidget):
    """The chosen account's days in the period (left) and the chosen day's checks (right)."""

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDrill")
        self.workspace = workspace
        self.language = language
        self.item: AccountReview | None = None
        self.people: Mapping[str, Person] = {}
        self.marks = WithdrawalMarks()
        self.title = named(QLabel(), "reviewDrillTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = DrillDaysModel(self)
        self.table = configure_table(
            QTableView(), "reviewDays", self.tr("The chosen account's days in the period")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # ten years are 2,500 days much alike
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_chosen_day)
        self.details = named(QTextBrowser(), "reviewDayDetails", self.tr("The chosen day's checks"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self.open_link)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("reviewDrillSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([620, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self._days: tuple[date, ...] = ()
        self._chosen_day: date | None = None
        self.reader = LogReader(workspace, self)
        self.reader.ready.connect(self._checks_read)
        self.reader.failed.connect(self._read_failed)
        self.clear()

    def clear(self) -> None:
        self.item = None
        self._chosen_day = None
        self.title.setText(self.tr("Choose an account in the table, or a day in the heat map."))
        self.model.set_days([], {})
        self.details.clear()

    def show_account(
        self,
        item: AccountReview,
        days: tuple[date, ...],
        people: Mapping[str, Person],
        day: date | None = None,
    ) -> None:
        """Show the account's days, read on a worker, then choose ``day`` (or the latest)."""
        self.item = item
        self.people = people
        self._days = days
        self._chosen_day = day
        account = item.account
        platform = self.workspace.pack.platform_name(account.platform, self.language)
        self.title.setText(
            self.tr("{account} ({platform}): {due} working days due, {missed} missed").format(
                account=account.name, platform=platform, due=item.days_due, missed=item.missed
            )
        )
        self.model.set_days([], people)
        self.details.setPlainText(self.tr("Reading the account’s days…"))
        if not days:
            self._checks_read(reading.ChecksOfDays([], {}))
            return
        account_id, first, last = account.account_id, days[0], days[-1]
        self.reader.read(lambda here: reading.checks(here, account_id, first, last))

    @property
    def busy(self) -> bool:
        """Whether the chosen account's checks are being read."""
        return self.reader.busy

    def _checks_read(self, found: object) -> None:
        assert isinstance(found, reading.ChecksOfDays)
        if self.item is None:
            return
        self.marks = WithdrawalMarks(found.withdrawals, self.people)
        rows = drill_days(self.item, self._days, found)
        self.model.set_days(rows, self.people)
        if self._chosen_day is not None:
            self.choose_day(self._chosen_day)
        elif rows:
            self.table.selectRow(0)
        else:
            self.details.setHtml(self._deadlines_html())

    def _read_failed(self, error: object) -> None:
        reason = error.render(translate) if isinstance(error, UserError) else str(error)
        self.details.setPlainText(
            self.tr("The account’s days could not be read. {reason}").format(reason=reason)
        )

    def choose_day(self, day: date) -> None:
        """Select ``day`` in the list; a day not listed (a day off) is described on its own."""
        self._chosen_day = day
        if self.busy:
            return  # chosen once the days are read
        row = self.model.row_of(day)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_day(self.model.row_at(row))
            return
        self.table.clearSelection()
        mark = DayMark.NOT_ACTIVE
        if self.item is not None and day in self._days:
            mark = self.item.marks[self._days.index(day)]
        self._show_day(DrillDay(day, mark, ()))

    def _show_chosen_day(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_day(self.model.row_at(current.row()))

    def _show_day(self, item: DrillDay) -> None:
        long_day = QLocale().toString(qdate(item.day), "dddd d MMMM yyyy")
        parts = [f"<h3>{escape(long_day)} – {escape(mark_label(item.mark))}</h3>"]
        if not item.checks:
            parts.append(f"<p>{escape(self._no_check_text(item.mark))}</p>")
        for check in item.logged:
            parts.append(
                check_html(check, self.workspace.pack, self.people, self.language, self.marks)
            )
        parts.append(self._deadlines_html())
        self.details.setHtml("".join(parts))

    def _no_check_text(self, mark: DayMark) -> str:
        if mark == DayMark.MISSED:
            return self.tr("No check was logged for this working day.")
        if mark == DayMark.NOT_WORKING_DAY:
            return self.tr("Not a working day: no check was due.")
        if mark == DayMark.TODAY:
            return self.tr("Today's check is not logged yet; it counts once it is.")
        return self.tr("The account was not active this day, or the day has not come yet.")

    def _deadlines_html(self) -> str:
        item = self.item
        if item is None or not (item.culling_deadlines or item.documentation_deadlines):
            return ""
        heading = self.tr("Culling and documentation in the period")
        culling = self.tr("Culling")
        html = [f"<h4>{escape(heading)}</h4><ul>"]
        for deadline in item.culling_deadlines:
            html.append(f"<li>{escape(self._deadline_text(culling, deadline))}</li>")
        for deadline in item.documentation_deadlines:
            kind = (
                self.tr("Documentation after a larger change")
                if deadline.after_change
                else self.tr("Documentation")
            )
            html.append(f"<li>{escape(self._deadline_text(kind, deadline))}</li>")
        html.append("</ul>")
        return "".join(html)

    def _deadline_text(self, kind: str, deadline: ReviewDeadline) -> str:
        if deadline.done_on is None:
            template = self.tr("{kind} due {due}: not done")
        elif deadline.on_time:
            template = self.tr("{kind} due {due}: done {done}, on time")
        else:
            template = self.tr("{kind} due {due}: done {done}, late")
        return template.format(kind=kind, due=deadline.due_on, done=deadline.done_on)

    def open_link(self, url: QUrl) -> None:
        """Open a screenshot kept as evidence (or any other link) with the system's viewer."""
        open_link(self, self.workspace, url)
