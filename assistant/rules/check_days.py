"""The daily check's days: checked, checked late, missed, due or not a working day.

Pure functions from an account, its checks, the working calendar and a date:
each day of an account's life (:func:`account_days`), the working days missed
in the last month (:func:`missed_days_among`), and My day's overview of every
account (:func:`overview_of_days`). What a valid check is lives in
:mod:`assistant.rules.daily_check`; the other duties in
:mod:`assistant.rules.duties`. Nothing here reads the clock or the store
(:mod:`assistant.workspace.reading` reads them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from assistant.records import (
    Account,
    DailyCheck,
)
from assistant.workdays import WorkingCalendar

STATUS_WINDOW_DAYS = 30
"""How far back Today and ``kontokoll status`` look for missed days."""


class DayState(StrEnum):
    """How one day of an account's life stands."""

    CHECKED = "checked"  # checked on the day
    LATE = "late"  # checked, but logged on a later day
    MISSED = "missed"  # a working day gone by without a check
    DUE = "due"  # today, not yet checked
    NOT_WORKING_DAY = "not_working_day"  # weekend or holiday, not checked
    FUTURE = "future"


@dataclass(frozen=True)
class AccountDay:
    day: date
    state: DayState
    checks: tuple[DailyCheck, ...]
    """The day's checks that count (a withdrawn removal among theirs is still there, marked
    by the withdrawals that made it)."""
    withdrawn: tuple[DailyCheck, ...] = ()
    """The day's checks withdrawn: shown, but not counted."""


@dataclass(frozen=True)
class AccountToday:
    """One row of Today: an account, today's check if any, and what was missed."""

    account: Account
    todays_check: DailyCheck | None
    missed_days: tuple[date, ...]


def checks_by_day(checks: Iterable[DailyCheck]) -> dict[date, list[DailyCheck]]:
    result: dict[date, list[DailyCheck]] = {}
    for check in checks:
        result.setdefault(check.day, []).append(check)
    for day_checks in result.values():
        day_checks.sort(key=lambda c: c.recorded_at)
    return result


def day_state(
    day: date, day_checks: list[DailyCheck], calendar: WorkingCalendar, today: date
) -> DayState:
    if day > today:
        return DayState.FUTURE
    if day_checks:
        return DayState.LATE if all(c.is_late for c in day_checks) else DayState.CHECKED
    if not calendar.is_working_day(day):
        return DayState.NOT_WORKING_DAY
    return DayState.DUE if day == today else DayState.MISSED


def account_days(
    account: Account,
    checks: Iterable[DailyCheck],
    calendar: WorkingCalendar,
    today: date,
    first: date | None = None,
    withdrawn: Set[str] = frozenset(),
) -> list[AccountDay]:
    """Every day from the account's start (or ``first``) to today, newest first.

    A closed account's days end the day before it closed; a planned one has none.
    The checks whose ids are ``withdrawn`` are kept apart and do not count.
    """
    if account.planned:
        return []
    own = [c for c in checks if c.account_id == account.account_id]
    by_day = checks_by_day(c for c in own if c.id not in withdrawn)
    withdrawn_by_day = checks_by_day(c for c in own if c.id in withdrawn)
    start = max(account.duties_since, first) if first else account.duties_since
    days: list[AccountDay] = []
    day = min(today, account.last_active_day or today)
    while day >= start:
        day_checks = by_day.get(day, [])
        state = day_state(day, day_checks, calendar, today)
        days.append(AccountDay(day, state, tuple(day_checks), tuple(withdrawn_by_day.get(day, ()))))
        day -= timedelta(days=1)
    return days


def missed_working_days(
    account: Account,
    checks: Iterable[DailyCheck],
    calendar: WorkingCalendar,
    today: date,
    window_days: int = STATUS_WINDOW_DAYS,
) -> tuple[date, ...]:
    """Working days in the ``window_days`` before today with no check, oldest first.

    Days before the account became active do not count; today is not missed
    while it lasts.
    """
    checked = {c.day for c in checks if c.account_id == account.account_id}
    return missed_days_among(account, checked, calendar, today, window_days)


def missed_days_among(
    account: Account,
    checked_days: Set[date],
    calendar: WorkingCalendar,
    today: date,
    window_days: int = STATUS_WINDOW_DAYS,
) -> tuple[date, ...]:
    """As :func:`missed_working_days`, given only the days the account was checked."""
    if account.planned:
        return ()
    first = max(account.duties_since, today - timedelta(days=window_days))
    last = min(today - timedelta(days=1), account.last_active_day or today)
    return tuple(day for day in calendar.working_days(first, last) if day not in checked_days)


def todays_check(account: Account, checks: Iterable[DailyCheck], today: date) -> DailyCheck | None:
    """The first check logged for today, if any."""
    for check in sorted(checks, key=lambda c: c.recorded_at):
        if check.account_id == account.account_id and check.day == today:
            return check
    return None


def overview(
    accounts: Iterable[Account],
    checks: Iterable[DailyCheck],
    calendar: WorkingCalendar,
    today: date,
    window_days: int = STATUS_WINDOW_DAYS,
) -> list[AccountToday]:
    """Today's state of each account active today, in name order."""
    listed = list(checks)
    checked_days: dict[str, set[date]] = {}
    for check in listed:
        checked_days.setdefault(check.account_id, set()).add(check.day)
    todays = [c for c in listed if c.day == today]
    return overview_of_days(accounts, checked_days, todays, calendar, today, window_days)


def overview_of_days(
    accounts: Iterable[Account],
    checked_days: Mapping[str, Set[date]],
    todays_checks: Iterable[DailyCheck],
    calendar: WorkingCalendar,
    today: date,
    window_days: int = STATUS_WINDOW_DAYS,
) -> list[AccountToday]:
    """As :func:`overview`, from the days each account was checked and today's checks.

    Today's screen needs no more than that, and reading only the days from the
    log is much quicker than reading every check in full.
    """
    todays = list(todays_checks)
    rows = []
    for account in accounts:
        if not account.is_active_on(today):
            continue
        checked = checked_days.get(account.account_id, set())
        rows.append(
            AccountToday(
                account=account,
                todays_check=todays_check(account, todays, today),
                missed_days=missed_days_among(account, checked, calendar, today, window_days),
            )
        )
    rows.sort(key=lambda row: (row.account.name.casefold(), row.account.platform))
    return rows


def accounts_of(accounts: Mapping[str, Account], person_id: str) -> list[Account]:
    """The accounts a person is officer or deputy for."""
    return [a for a in accounts.values() if a.has_person(person_id)]
