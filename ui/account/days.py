"""An account's days on its page: the table of every day, and what the chosen day's checks say.

:class:`DaysModel` lists the days since the account became active, newest
first; :func:`day_html` is the side panel's text for the chosen day: its
state, and each check (:mod:`ui.common.check_text`), withdrawn ones marked.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget

from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.check_days import AccountDay, DayState
from ui.common.check_text import check_html
from ui.common.labels import (
    checked_by_text,
    day_and_time,
    day_state_label,
    qdate,
)
from ui.common.status_look import DAY_STATUS, status_data
from ui.common.table_model import ListTableModel
from ui.common.withdrawal_marks import WithdrawalMarks


class DaysModel(ListTableModel[AccountDay]):
    """The account's days, newest first: date, state, who checked and when it was logged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[str, Person] = {}

    def set_days(self, days: list[AccountDay], people: dict[str, Person]) -> None:
        self._people = people
        self.set_rows(days)

    def day_at(self, row: int) -> AccountDay:
        return self.row_at(row)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Day"), self.tr("State"), self.tr("Checked by"), self.tr("Logged"))

    def cell(self, item: AccountDay, column: int, role: int) -> Any:
        if column == 1 and role != Qt.ItemDataRole.DisplayRole:
            return status_data(DAY_STATUS.get(item.state), role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return day_text(item.day)
        if column == 1:
            return day_state_label(item.state)
        if column == 2:
            return "; ".join(checked_by_text(c, self._people) for c in item.checks)
        if item.checks:
            return day_and_time(item.checks[0].recorded_at)
        return ""


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "yyyy-MM-dd  ddd")


def day_html(
    item: AccountDay,
    pack: GuidelinePack,
    people: Mapping[str, Person],
    language: str,
    marks: WithdrawalMarks | None = None,
) -> str:
    """The chosen day's state, and each check logged for it (withdrawn ones marked)."""
    parts = [f"<h3>{day_text(item.day)} – {day_state_label(item.state)}</h3>"]
    if not item.checks:
        if item.state == DayState.MISSED:
            parts.append(
                QCoreApplication.translate(
                    "AccountPage",
                    "<p>No check was logged for this working day. If it was checked, "
                    "log it now: it will be marked as late.</p>",
                )
            )
        elif item.state == DayState.DUE:
            parts.append(
                QCoreApplication.translate("AccountPage", "<p>Today's check is not logged yet.</p>")
            )
    for check in (*item.checks, *item.withdrawn):
        parts.append(check_html(check, pack, people, language, marks))
    return "".join(parts)
