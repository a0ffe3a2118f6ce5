"""The review's quick choices of period: this month, last quarter, this year and so on.

A period that is still running ends today: the days to come have nothing
to review yet.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class Period(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CHOSEN = "chosen"
    """Whatever days the person chose by hand."""


PERIOD_CHOICES = tuple(Period)


def period_label(choice: Period) -> str:
    return {
        Period.THIS_MONTH: QCoreApplication.translate("ReviewPeriod", "This month"),
        Period.LAST_MONTH: QCoreApplication.translate("ReviewPeriod", "Last month"),
        Period.THIS_QUARTER: QCoreApplication.translate("ReviewPeriod", "This quarter"),
        Period.LAST_QUARTER: QCoreApplication.translate("ReviewPeriod", "Last quarter"),
        Period.THIS_YEAR: QCoreApplication.translate("ReviewPeriod", "This year"),
        Period.LAST_YEAR: QCoreApplication.translate("ReviewPeriod", "Last year"),
        Period.CHOSEN: QCoreApplication.translate("ReviewPeriod", "Chosen days"),
    }[choice]


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_of(choice: Period, today: date) -> tuple[date, date]:
    """The first and last day of ``choice`` as seen on ``today``."""
    if choice == Period.THIS_MONTH:
        return today.replace(day=1), today
    if choice == Period.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if choice == Period.THIS_QUARTER:
        return _quarter_start(today), today
    if choice == Period.LAST_QUARTER:
        last = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(last), last
    if choice == Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if choice == Period.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(f"{choice} has no fixed days")
