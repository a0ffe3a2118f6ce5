"""How each day and each deadline of an account stands in the manager's review.

One mark per day of the period (:func:`marks_of`, a cell of the heat map),
the longest run of missed working days (:func:`missed_of`), and the
culling and documentation deadlines that fell due, met or missed
(:func:`culling_deadlines`, :func:`documentation_deadlines`). The rules are
spelled out in :mod:`assistant.rules.review`; these are pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from assistant.records import Account
from assistant.rules.recurring import AFTER_CHANGE_DAYS, add_months, rounds_between


class DayMark(StrEnum):
    """How one account's day stands in the review (one cell of the heat map)."""

    ON_TIME = "on_time"  # checked, logged on the day
    LATE = "late"  # checked, but only logged on a later day
    MISSED = "missed"  # a working day gone by without a check
    NOT_WORKING_DAY = "not_working_day"  # weekend or holiday (checks then are not counted)
    NOT_ACTIVE = "not_active"  # before the account opened, after it closed, or not yet come
    TODAY = "today"  # today's check not logged yet: not missed while the day lasts


@dataclass(frozen=True)
class ReviewDeadline:
    """A culling or documentation that fell due in the period, and when it was done.

    ``done_on`` is the day of the culling or documentation that met it, or of
    the one done late for it; None when none was done.
    """

    due_on: date
    done_on: date | None
    after_change: bool = False
    """Documentation called for by a larger change, rather than by a round."""

    @property
    def on_time(self) -> bool:
        return self.done_on is not None and self.done_on <= self.due_on


_MISSED = DayMark.MISSED


@dataclass(frozen=True)
class PeriodDays:
    """The days of a review's period, worked out once for all its accounts.

    A year's review of a city marks some 70,000 account-days: each account's
    marks start as a copy of ``unchecked`` (every working day missed), and only
    its checked days and today are then looked at one by one.
    """

    days: tuple[date, ...]
    working: tuple[bool, ...]
    unchecked: tuple[DayMark, ...]
    index: Mapping[date, int]
    working_before: tuple[int, ...]
    """For each day, how many working days of the period come before it."""

    @classmethod
    def of(cls, days: Sequence[date], working: Sequence[bool]) -> PeriodDays:
        before, counted = [], 0
        for is_working in working:
            before.append(counted)
            counted += is_working
        return cls(
            tuple(days),
            tuple(working),
            tuple(_MISSED if w else DayMark.NOT_WORKING_DAY for w in working),
            {day: n for n, day in enumerate(days)},
            tuple(before),
        )


def marks_of(
    account: Account, period: PeriodDays, checked: Mapping[date, bool], today: date
) -> list[DayMark]:
    """One mark per day of the period for ``account`` (see :mod:`assistant.rules.review`)."""
    days = period.days
    if account.planned or not days:
        return [DayMark.NOT_ACTIVE] * len(days)
    last_day = min(today, account.last_active_day or today)
    start = min(len(days), max(0, (account.duties_since - days[0]).days))
    end = max(start, min(len(days), (last_day - days[0]).days + 1))
    marks = [DayMark.NOT_ACTIVE] * start
    marks += period.unchecked[start:end]
    marks += [DayMark.NOT_ACTIVE] * (len(days) - end)
    working, index = period.working, period.index
    for day, on_the_day in checked.items():
        n = index.get(day)
        if n is not None and start <= n < end and working[n]:
            marks[n] = DayMark.ON_TIME if on_the_day else DayMark.LATE
    n = index.get(today)
    if n is not None and marks[n] is _MISSED:
        marks[n] = DayMark.TODAY
    return marks


def missed_of(period: PeriodDays, marks: Sequence[DayMark]) -> tuple[int, list[date]]:
    """The longest run of missed working days in ``marks``, and the missed days.

    Days off between two missed days do not break a run; a working day that
    is anything but missed does (a check, late or not, or today).
    """
    missed = [n for n, mark in enumerate(marks) if mark is _MISSED]
    before = period.working_before
    longest = run = 0
    previous = -2
    for n in missed:
        run = run + 1 if before[n] == previous + 1 else 1
        previous = before[n]
        longest = max(longest, run)
    return longest, [period.days[n] for n in missed]


def culling_deadlines(
    account: Account,
    culled: Iterable[date],
    interval_months: int,
    first: date,
    last: date,
    today: date,
) -> list[ReviewDeadline]:
    """The account's culling deadlines that count in the period (see the module's rules)."""
    if interval_months <= 0 or account.planned:
        return []
    done = sorted(d for d in culled if d >= account.active_since)
    result: list[ReviewDeadline] = []
    # Kept from a day after it opened: a culling logged from before then sets the clock.
    since = max((d for d in done if d <= account.duties_since), default=account.duties_since)
    index = 0  # the first culling after ``since``
    while True:
        due = add_months(since, interval_months)
        if due > last or not account.is_active_on(due):
            return result
        while index < len(done) and done[index] <= since:
            index += 1
        met = None
        while index < len(done) and done[index] <= due:
            met = done[index]
            index += 1
        if met is not None:
            if due >= first:
                result.append(ReviewDeadline(due, met))
            since = met
            continue
        if due >= today:
            return result  # still open
        late = done[index] if index < len(done) else None
        caught_up = late is not None and late <= add_months(due, interval_months)
        if due >= first:
            result.append(ReviewDeadline(due, late if caught_up else None))
        since = late if late is not None and caught_up else due


def documentation_deadlines(
    account: Account,
    documented: Iterable[date],
    changes: Iterable[date],
    months: Sequence[int],
    period: tuple[date, date],
    today: date,
) -> list[ReviewDeadline]:
    """The account's rounds and larger changes that count in the period, in date order."""
    first, last = period
    done = sorted(documented)
    windows = [
        (round_.opens_on, round_.due_on, False)
        for round_ in rounds_between(months, first, last)
        # Due only if the account was open all the round's month: one closed in March owes
        # no March round (the duty list stops asking once it closes).
        if first <= round_.due_on <= last
        and account.owes_duties_on(round_.opens_on)
        and account.is_active_on(round_.due_on)
    ]
    windows += [
        (changed, changed + timedelta(days=AFTER_CHANGE_DAYS), True)
        for changed in sorted(set(changes))
        if first <= changed + timedelta(days=AFTER_CHANGE_DAYS) <= last
        and account.is_active_on(changed)
    ]
    result = []
    for opens_on, due_on, after_change in sorted(windows):
        done_on = next((d for d in done if d >= opens_on), None)
        deadline = ReviewDeadline(due_on, done_on, after_change)
        if due_on < today or deadline.on_time:
            result.append(deadline)
    return result
