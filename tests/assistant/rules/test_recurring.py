"""The date rules underneath the recurring duties: months on, the rules' revision, urgency.

Worked examples with the dates an officer would name, and hypothesis
properties for the month arithmetic. When culling falls due is
:mod:`tests.assistant.rules.test_culling`; documentation,
:mod:`tests.assistant.rules.test_documentation`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.rules.duties import Urgency, urgency_on
from assistant.rules.recurring import add_months, revision_deadline
from tests.assistant.rules.duty_records import SOON, days, examples, revision

# Named here too, for tests/assistant/store/test_duty_log.py, which imports them from here.

# -- adding months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 11, 20), 3, date(2027, 2, 20)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 10, 31), 12, date(2027, 10, 31)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_adding_months_keeps_the_day_or_takes_the_months_last_day(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


@examples
@given(day=days, months=st.integers(-600, 600))
def test_adding_months_lands_in_the_right_month_and_never_past_its_end(
    day: date, months: int
) -> None:
    moved = add_months(day, months)
    assert moved.year * 12 + moved.month == day.year * 12 + day.month + months
    last = calendar.monthrange(moved.year, moved.month)[1]
    assert moved.day == min(day.day, last)
    if day.day <= 28:
        assert moved.day == day.day


@examples
@given(day=days)
def test_a_year_on_is_the_same_day_except_for_a_leap_day(day: date) -> None:
    if (day.month, day.day) == (2, 29):
        assert add_months(day, 12) == date(day.year + 1, 2, 28)
    else:
        assert add_months(day, 12) == day.replace(year=day.year + 1)


@examples
@given(first=days, gap=st.integers(0, 62), months=st.integers(0, 240))
def test_a_later_day_never_gives_an_earlier_day_months_on(
    first: date, gap: int, months: int
) -> None:
    later = first + timedelta(days=gap)
    assert add_months(first, months) <= add_months(later, months)


@examples
@given(day=days, first=st.integers(0, 36), then=st.integers(0, 36))
def test_adding_months_in_two_steps_lands_in_the_same_month_never_later(
    day: date, first: int, then: int
) -> None:
    stepwise, at_once = add_months(add_months(day, first), then), add_months(day, first + then)
    assert (stepwise.year, stepwise.month) == (at_once.year, at_once.month)
    assert stepwise <= at_once


# -- revision of the rules -------------------------------------------------------------


def test_the_rules_are_revised_a_year_after_the_last_revision() -> None:
    deadline = revision_deadline(
        [revision(date(2026, 3, 1)), revision(date(2025, 2, 20))], date(2024, 6, 1), SOON
    )
    assert deadline is not None
    assert (deadline.since, deadline.due_on) == (date(2026, 3, 1), date(2027, 3, 1))
    assert deadline.soon_from == date(2027, 2, 15)
    assert deadline.done_before


def test_the_first_revision_is_a_year_after_kontokoll_came_into_use() -> None:
    deadline = revision_deadline([], date(2025, 11, 20), SOON)
    assert deadline is not None
    assert (deadline.since, deadline.due_on) == (date(2025, 11, 20), date(2026, 11, 20))
    assert not deadline.done_before


def test_no_revision_is_due_with_neither_a_revision_nor_a_first_record() -> None:
    assert revision_deadline([], None, SOON) is None


def test_a_revision_on_a_leap_day_is_due_on_the_last_of_february() -> None:
    deadline = revision_deadline([revision(date(2028, 2, 29))], None, SOON)
    assert deadline is not None
    assert deadline.due_on == date(2029, 2, 28)


# -- urgency ---------------------------------------------------------------------------


@examples
@given(today=days, soon_from=days, window=st.integers(0, 90))
def test_urgency_is_none_then_due_soon_then_due_then_overdue(
    today: date, soon_from: date, window: int
) -> None:
    due_on = soon_from + timedelta(days=window)
    urgency = urgency_on(today, soon_from, due_on)
    if today < soon_from:
        assert urgency is None
    elif today < due_on:
        assert urgency is Urgency.DUE_SOON
    elif today == due_on:
        assert urgency is Urgency.DUE
    else:
        assert urgency is Urgency.OVERDUE
