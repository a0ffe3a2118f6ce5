"""The manager's review: how well each account's duties were done over a period.

Pure figures from the log: per account, the working days its daily check was
due, checked on the day, checked late and missed; the longest stretch of
working days with no check; culling and documentation done on time; removals
by ground; direct messages and cases forwarded. And one mark per account and
day for the heat map.

A check logged on a later day than the one it is for counts as *late*
(:attr:`assistant.records.DailyCheck.is_late`); a working day with no check at
all, once it has passed, is *missed*. Days outside the account's active
period are not counted. Reading the store for a review lives in
:func:`read_review`; everything else here is pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from assistant.records import Account


class DayMark(StrEnum):
    """How one account's day stands in the review (one cell of the heat map)."""

    ON_TIME = "on_time"  # checked, logged on the day
    LATE = "late"  # checked, but only logged on a later day
    MISSED = "missed"  # a working day gone by without a check
    NOT_WORKING_DAY = "not_working_day"  # weekend or holiday (checks then are not counted)
    NOT_ACTIVE = "not_active"  # before the account opened, after it closed, or not yet come


@dataclass(frozen=True)
class ReviewFilter:
    """Which part of the log a review covers. Empty sets mean all."""

    first: date
    last: date
    department: str = ""
    account_ids: frozenset[str] = frozenset()
    person_ids: frozenset[str] = frozenset()
    """Accounts where any of these people is officer or deputy."""


@dataclass(frozen=True)
class AccountReview:
    """The figures of one account over the review's period."""

    account: Account
    days_due: int
    on_time: int
    late: int
    missed: int
    longest_gap: int
    """The most working days in a row with no check (late checks count as checks)."""
    cullings_due: int
    cullings_on_time: int
    documentations_due: int
    documentations_on_time: int
    removals_by_ground: Mapping[str, int]
    messages_to_registrar: int
    cases_forwarded: int
    marks: tuple[DayMark, ...]
    """One mark per day of the period, first day first (for the heat map)."""
    missed_days: tuple[date, ...] = ()

    @property
    def share_on_time(self) -> float | None:
        """On-time checks as a share of the days due; None when no day was due."""
        return self.on_time / self.days_due if self.days_due else None


@dataclass(frozen=True)
class Review:
    """A review of a period: every chosen account's figures, in name order."""

    filter: ReviewFilter
    days: tuple[date, ...]
    accounts: tuple[AccountReview, ...] = field(default=())
