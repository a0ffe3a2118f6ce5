"""The review's figures as a table: one row per account, and the totals line.

The column headings and the way each figure is written live here, so the
screen, its tooltips and the PDF say the same thing in the same words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget

from assistant.pack.model import GuidelinePack
from assistant.rules.review import AccountReview, Review
from ui.common.labels import ground_title
from ui.common.status_look import Status, status_data
from ui.common.table_model import Index, ListTableModel

"""The value a column sorts by: numbers as numbers, names as folded text."""

ACCOUNT, PLATFORM, DEPARTMENT, DUE, ON_TIME, LATE, MISSED, SHARE, GAP = range(9)
CULLING, DOCUMENTATION, REMOVALS, MESSAGES, CASES = range(9, 14)
NUMBER_COLUMNS = range(DUE, CASES + 1)


def column_headings() -> tuple[str, ...]:
    """Short headings, so the table fits a screen; :func:`column_explanations` says more."""
    return (
        QCoreApplication.translate("ReviewTable", "Account"),
        QCoreApplication.translate("ReviewTable", "Platform"),
        QCoreApplication.translate("ReviewTable", "Department"),
        QCoreApplication.translate("ReviewTable", "Days due"),
        QCoreApplication.translate("ReviewTable", "On time"),
        QCoreApplication.translate("ReviewTable", "Late"),
        QCoreApplication.translate("ReviewTable", "Missed"),
        QCoreApplication.translate("ReviewTable", "On time %"),
        QCoreApplication.translate("ReviewTable", "Longest gap"),
        QCoreApplication.translate("ReviewTable", "Culling"),
        QCoreApplication.translate("ReviewTable", "Documentation"),
        QCoreApplication.translate("ReviewTable", "Removals"),
        QCoreApplication.translate("ReviewTable", "To registrar"),
        QCoreApplication.translate("ReviewTable", "Cases"),
    )


def column_explanations() -> tuple[str, ...]:
    """What each heading means: the headings' tooltips, and the PDF's notes."""
    return (
        QCoreApplication.translate("ReviewTable", "The account's name"),
        QCoreApplication.translate("ReviewTable", "Where the account is"),
        QCoreApplication.translate("ReviewTable", "The department the account belongs to"),
        QCoreApplication.translate(
            "ReviewTable", "Working days in the period while the account was active"
        ),
        QCoreApplication.translate("ReviewTable", "Days checked and logged on the day"),
        QCoreApplication.translate("ReviewTable", "Days checked, but logged on a later day"),
        QCoreApplication.translate("ReviewTable", "Working days with no check logged"),
        QCoreApplication.translate("ReviewTable", "Days checked on time, of the days due"),
        QCoreApplication.translate("ReviewTable", "The most working days in a row without a check"),
        QCoreApplication.translate(
            "ReviewTable", "Cullings done by their deadline, of those due in the period"
        ),
        QCoreApplication.translate(
            "ReviewTable",
            "Documentation done in its month (or after a larger change), of that due",
        ),
        QCoreApplication.translate("ReviewTable", "Posts removed or answered, all grounds"),
        QCoreApplication.translate(
            "ReviewTable", "Direct messages forwarded to the registrar as public records"
        ),
        QCoreApplication.translate("ReviewTable", "Cases forwarded to the right person"),
    )


def share_text(share: float | None) -> str:
    """«99,6 %» (rounded down: only every day on time is «100 %»), or a dash if none was due."""
    if share is None:
        return "–"
    if share >= 1:
        percent = QLocale().toString(100)
    else:
        percent = QLocale().toString(math.floor(share * 1000) / 10, "f", 1)
    return QCoreApplication.translate("ReviewTable", "{percent} %").format(percent=percent)


def of_text(done: int, due: int) -> str:
    """«1 of 2», or a dash when none was due."""
    if not due:
        return "–"
    return QCoreApplication.translate("ReviewTable", "{done} of {due}").format(done=done, due=due)


def grounds_text(removals: Mapping[str, int], pack: GuidelinePack, language: str) -> str:
    """«Defamation: 2, Advertising: 1», each ground in the pack's words."""
    return ", ".join(
        f"{ground_title(ground, pack, language)}: {count}"
        for ground, count in sorted(removals.items())
    )


def account_label(item: AccountReview, pack: GuidelinePack, language: str) -> str:
    """«Lidingö stad (Facebook)»: the name alone may be shared by several platforms."""
    return f"{item.account.name} ({pack.platform_name(item.account.platform, language)})"


def figure_texts(item: AccountReview, pack: GuidelinePack, language: str) -> tuple[str, ...]:
    """One account's row as the table and the PDF write it."""
    account = item.account
    return (
        account.name,
        pack.platform_name(account.platform, language),
        account.department or "–",
        str(item.days_due),
        str(item.on_time),
        str(item.late),
        str(item.missed),
        share_text(item.share_on_time),
        str(item.longest_gap),
        of_text(item.cullings_on_time, item.cullings_due),
        of_text(item.documentations_on_time, item.documentations_due),
        str(item.removals),
        str(item.messages_to_registrar),
        str(item.cases_forwarded),
    )


def _sort_key(item: AccountReview, column: int) -> Any:
    if column == ACCOUNT:
        return item.account.name.casefold()
    if column == PLATFORM:
        return item.account.platform
    if column == DEPARTMENT:
        return item.account.department.casefold()
    if column == SHARE:
        return -1.0 if item.share_on_time is None else item.share_on_time
    if column == CULLING:
        return (item.cullings_on_time / item.cullings_due) if item.cullings_due else -1.0
    if column == DOCUMENTATION:
        due = item.documentations_due
        return (item.documentations_on_time / due) if due else -1.0
    return {
        DUE: item.days_due,
        ON_TIME: item.on_time,
        LATE: item.late,
        MISSED: item.missed,
        GAP: item.longest_gap,
        REMOVALS: item.removals,
        MESSAGES: item.messages_to_registrar,
        CASES: item.cases_forwarded,
    }[column]


@dataclass(frozen=True)
class Totals:
    """The review's sums over all its accounts."""

    accounts: int
    days_due: int
    on_time: int
    late: int
    missed: int
    longest_gap: int
    cullings_due: int
    cullings_on_time: int
    documentations_due: int
    documentations_on_time: int
    removals: int
    messages_to_registrar: int
    cases_forwarded: int

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.days_due if self.days_due else None


def totals_of(accounts: Sequence[AccountReview]) -> Totals:
    return Totals(
        accounts=len(accounts),
        days_due=sum(a.days_due for a in accounts),
        on_time=sum(a.on_time for a in accounts),
        late=sum(a.late for a in accounts),
        missed=sum(a.missed for a in accounts),
        longest_gap=max((a.longest_gap for a in accounts), default=0),
        cullings_due=sum(a.cullings_due for a in accounts),
        cullings_on_time=sum(a.cullings_on_time for a in accounts),
        documentations_due=sum(a.documentations_due for a in accounts),
        documentations_on_time=sum(a.documentations_on_time for a in accounts),
        removals=sum(a.removals for a in accounts),
        messages_to_registrar=sum(a.messages_to_registrar for a in accounts),
        cases_forwarded=sum(a.cases_forwarded for a in accounts),
    )


def totals_text(totals: Totals) -> str:
    """The totals line under the table and in the PDF."""
    return QCoreApplication.translate(
        "ReviewTable",
        "Accounts: {accounts} · working days due: {due}, checked on time: {on_time} "
        "({share}), late: {late}, missed: {missed} · longest gap in working days: {gap} · "
        "culling on time: {culling} · documentation on time: {documentation} · posts "
        "removed: {removals} · messages to the registrar: {messages} · cases forwarded: "
        "{cases}",
    ).format(
        accounts=totals.accounts,
        due=totals.days_due,
        on_time=totals.on_time,
        share=share_text(totals.share_on_time),
        late=totals.late,
        missed=totals.missed,
        gap=totals.longest_gap,
        culling=of_text(totals.cullings_on_time, totals.cullings_due),
        documentation=of_text(totals.documentations_on_time, totals.documentations_due),
        removals=totals.removals,
        messages=totals.messages_to_registrar,
        cases=totals.cases_forwarded,
    )


class ReviewModel(ListTableModel[AccountReview]):
    """One row per account of the review; ``UserRole`` is the account id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: GuidelinePack | None = None
        self._language = "sv"
        self._texts: list[tuple[str, ...]] = []
        self._order: list[AccountReview] = []
        """The review's rows in its own order (by name)."""
        self._text_of: dict[int, tuple[str, ...]] = {}
        self._sort_by = (ACCOUNT, Qt.SortOrder.AscendingOrder)
        # Asked for on every cell the view measures: translated once, not 14 times a call.
        self._headings = column_headings()

    def show_review(
        self,
        review: Review,
        pack: GuidelinePack,
        language: str,
        texts: Sequence[tuple[str, ...]] | None = None,
    ) -> None:
        """Show ``review``; ``texts`` are its rows' cells (:func:`figure_texts`) if written."""
        self._headings = column_headings()
        self._pack = pack
        self._language = language
        self._order = list(review.accounts)
        if texts is None:
            texts = [figure_texts(item, pack, language) for item in review.accounts]
        self._text_of = {id(item): row for item, row in zip(review.accounts, texts, strict=True)}
        self.beginResetModel()
        self._rows = self._sorted()
        self._texts = [self._text_of[id(item)] for item in self._rows]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by what ``column`` means; ties keep the review's name order.

        Sorted here, each row's key worked out once: a sorting proxy asks Python for
        two keys at each of some 10,000 comparisons, which held a city's Review up
        for a fifth of a second each time it was read.
        """
        self._sort_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows = self._sorted()
        self._texts = [self._text_of[id(item)] for item in self._rows]
        moved = {id(item): row for row, item in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old,
            [self.index(moved[id(before[index.row()])], index.column()) for index in old],
        )
        self.layoutChanged.emit()

    def _sorted(self) -> list[AccountReview]:
        column, order = self._sort_by
        return sorted(
            self._order,
            key=lambda item: _sort_key(item, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def account_at(self, row: int) -> str:
        return self._rows[row].account.account_id

    def headings(self) -> tuple[str, ...]:
        return self._headings

    def texts(self) -> list[tuple[str, ...]]:
        """Every row's cells as shown, in the review's order."""
        return self._texts

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return column_explanations()[section]
        return super().headerData(section, orientation, role)

    def row_of(self, account_id: str) -> int | None:
        for number, item in enumerate(self._rows):
            if item.account.account_id == account_id:
                return number
        return None

    def cell(self, row: AccountReview, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.account.account_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column in (MISSED, GAP) and row.missed:
            look = status_data(Status.MISSED, role)
            if look is not None:
                return look
        if column == LATE and row.late:
            look = status_data(Status.LATE, role)
            if look is not None:
                return look
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._texts[index.row()][index.column()]
        return super().data(index, role)

    def _tooltip(self, row: AccountReview, column: int) -> str | None:
        if column == REMOVALS and row.removals and self._pack is not None:
            return self.tr("By ground: {grounds}").format(
                grounds=grounds_text(row.removals_by_ground, self._pack, self._language)
            )
        if column == MISSED and row.missed_days:
            shown = ", ".join(day.isoformat() for day in row.missed_days[:20])
            more = len(row.missed_days) - 20
            if more > 0:
                shown += " " + self.tr("and {count} more").format(count=more)
            return self.tr("Missed working days: {days}").format(days=shown)
        return column_explanations()[column]
