"""The review read in bulk gives the same figures as the review worked out check by check.

:func:`assistant.store.review_queries.check_tallies` lets SQLite tell most
checks on time or late by their UTC text, and :func:`marks_of` starts each
account from the period's days worked out once. Hypothesis writes logs
around the two changes of summer time and Stockholm's midnight, with
instants in UTC, with a fraction, with other offsets and with none; each is
stored in a real store and reviewed both ways: the bulk read against the
checks read whole (:func:`tally_checks`, the rule of
:attr:`~assistant.records.DailyCheck.is_late`), and the marks and gaps
against a day-by-day reading of the rules.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.clock import STOCKHOLM
from assistant.pack.reader import default_pack
from assistant.records import Account, DailyCheck
from assistant.rules.review import AccountReview, ReviewFilter, review_of, tally_checks
from assistant.rules.review_days import DayMark
from assistant.store.database import Store
from tests.assistant.rules.review_records import CALENDAR, add_checks, counted, review
from tests.factories import account, check, person

# Summer time began on 29 March 2026 and ended on 25 October 2026.
SPRING = ReviewFilter(date(2026, 3, 23), date(2026, 4, 3))
AUTUMN = ReviewFilter(date(2026, 10, 19), date(2026, 10, 30))
_OFFSETS = (UTC, UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5)), None)


@st.composite
def logged(draw: st.DrawFn, day: date) -> datetime:
    """When a check of ``day`` was logged: around the midnight that ends it, as stored."""
    midnight = datetime.combine(day + timedelta(days=1), time(0), STOCKHOLM).astimezone(UTC)
    instant = midnight + timedelta(
        minutes=draw(st.integers(-26 * 60, 26 * 60)),
        microseconds=draw(st.sampled_from([0, 0, 1, 999_999])),
    )
    zone = draw(st.sampled_from(_OFFSETS))
    # None: written without an offset, which the store reads back as UTC.
    return instant.replace(tzinfo=None) if zone is None else instant.astimezone(zone)


@st.composite
def logs(draw: st.DrawFn) -> tuple[ReviewFilter, date, list[tuple[int, date, datetime, int]]]:
    """A period, the day it is reviewed, and (account, day, logged at, messages) of checks."""
    period = draw(st.sampled_from([SPRING, AUTUMN]))
    today = period.first + timedelta(days=draw(st.integers(0, 16)))
    entries = []
    for _ in range(draw(st.integers(0, 30))):
        day = period.first + timedelta(days=draw(st.integers(-2, 13)))
        entries.append((draw(st.integers(0, 2)), day, draw(logged(day)), draw(st.integers(0, 3))))
    return period, today, entries


def by_day(
    account: Account, period: ReviewFilter, checked: dict[date, bool], today: date
) -> list[DayMark]:
    """The marks of the module's rules, read one day at a time."""
    marks = []
    day = period.first
    while day <= period.last:
        last = min(today, account.last_active_day or today)
        if account.planned or day < account.duties_since or day > last:
            marks.append(DayMark.NOT_ACTIVE)
        elif not CALENDAR.is_working_day(day):
            marks.append(DayMark.NOT_WORKING_DAY)
        elif day in checked:
            marks.append(DayMark.ON_TIME if checked[day] else DayMark.LATE)
        else:
            marks.append(DayMark.TODAY if day == today else DayMark.MISSED)
        day += timedelta(days=1)
    return marks


def gap_by_day(marks: Sequence[DayMark]) -> int:
    longest = run = 0
    for mark in marks:
        if mark is DayMark.MISSED:
            run += 1
            longest = max(longest, run)
        elif mark is not DayMark.NOT_WORKING_DAY:
            run = 0
    return longest


def _accounts() -> list[Account]:
    officer = person()
    return [
        account("Lidingö stad", officers=[officer], active_since=date(2026, 1, 1)),
        account("Lidingö bibliotek", officers=[officer], active_since=date(2026, 3, 26)),
        account("Lidingö hamn", officers=[officer], active_since=date(2026, 10, 22)),
    ]


_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(logs())
@example((SPRING, date(2026, 4, 3), [(0, date(2026, 3, 28), datetime(2026, 3, 28, 22, 30), 1)]))
@example((AUTUMN, date(2026, 10, 30), [(0, date(2026, 10, 24), datetime(2026, 10, 24, 22, 30), 0)]))
def test_the_bulk_review_gives_the_figures_of_the_checks_read_whole(
    drawn: tuple[ReviewFilter, date, list[tuple[int, date, datetime, int]]],
) -> None:
    period, today, entries = drawn
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        try:
            accounts = _accounts()
            store.add_accounts(accounts, [])
            checks: list[DailyCheck] = [
                counted(replace(check(accounts[n], day), recorded_at=when), messages=messages)
                for n, day, when, messages in entries
            ]
            add_checks(store, *checks)
            bulk = review(store, period, today)
            whole = review_of(
                accounts,
                tally_checks(store.checks(first=period.first, last=period.last)),
                store.duty_log(),
                default_pack(),
                CALENDAR,
                period,
                today,
            )
        finally:
            store.close()
    assert replace(bulk, log_heads=()) == whole
    for figures in bulk.accounts:
        _agrees_day_by_day(figures, period, today, store_checks=checks)


def _agrees_day_by_day(
    figures: AccountReview, period: ReviewFilter, today: date, store_checks: list[DailyCheck]
) -> None:
    checked: dict[date, bool] = {}
    for one in store_checks:
        if one.account_id == figures.account.account_id:
            stored = (
                one.recorded_at if one.recorded_at.tzinfo else one.recorded_at.replace(tzinfo=UTC)
            )
            on_time = stored.astimezone(STOCKHOLM).date() <= one.day
            checked[one.day] = checked.get(one.day, False) or on_time
    marks = by_day(figures.account, period, checked, today)
    assert list(figures.marks) == marks
    assert figures.longest_gap == gap_by_day(marks)
    assert figures.missed == marks.count(DayMark.MISSED)
