"""When documentation falls due: in each round's month, and within fourteen days of a larger change.

Worked examples with the dates the information unit would name, and a
hypothesis property over the rounds of any municipality's months.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.records import Account, Documentation, LargerChange
from assistant.rules.duties import Urgency, urgency_on
from assistant.rules.recurring import (
    AFTER_CHANGE_DAYS,
    Deadline,
    documentation_deadlines,
    latest_round,
)
from tests.assistant.rules.duty_records import documentation, examples, larger_change
from tests.factories import account

MARCH_AND_OCTOBER = (3, 10)  # Lidingö's documentation rounds


def documentation_due(
    of: Account,
    today: date,
    *docs: Documentation,
    changes: tuple[LargerChange, ...] = (),
) -> list[Deadline]:
    return documentation_deadlines(of, docs, changes, MARCH_AND_OCTOBER, today)


def rounds_of(deadlines: list[Deadline]) -> list[date]:
    return [d.due_on for d in deadlines if not d.after_change]


SINCE_NEW_YEAR = account(active_since=date(2026, 1, 1))


# -- the rounds ------------------------------------------------------------------------


@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2026, 10, 15)])
def test_an_active_account_is_documented_in_march_and_in_october(today: date) -> None:
    [deadline] = documentation_due(SINCE_NEW_YEAR, today)
    month_end = today.replace(day=31)
    assert (deadline.soon_from, deadline.due_on) == (today.replace(day=1), month_end)
    assert not deadline.after_change
    assert urgency_on(today, deadline.soon_from, deadline.due_on) is Urgency.DUE_SOON


def test_nothing_is_asked_before_the_first_round_opens() -> None:
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 2, 28)) == []


def test_an_account_active_on_the_rounds_first_day_needs_it() -> None:
    first_of_march = account(active_since=date(2026, 3, 1))
    assert rounds_of(documentation_due(first_of_march, date(2026, 3, 1))) == [date(2026, 3, 31)]


def test_an_account_activated_mid_month_waits_for_the_next_round() -> None:
    mid_march = account(active_since=date(2026, 3, 15))
    assert documentation_due(mid_march, date(2026, 3, 20)) == []
    assert documentation_due(mid_march, date(2026, 9, 30)) == []
    assert rounds_of(documentation_due(mid_march, date(2026, 10, 1))) == [date(2026, 10, 31)]


def test_documentation_done_on_the_rounds_first_day_counts() -> None:
    done = documentation(SINCE_NEW_YEAR, date(2026, 3, 1))
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 3, 20), done) == []


def test_documentation_done_before_the_round_or_of_another_account_does_not_count() -> None:
    other = account("Lidingö bibliotek", active_since=date(2026, 1, 1))
    done = documentation(SINCE_NEW_YEAR, date(2026, 2, 28)), documentation(other, date(2026, 3, 2))
    due = documentation_due(SINCE_NEW_YEAR, date(2026, 3, 20), *done)
    assert rounds_of(due) == [date(2026, 3, 31)]


def test_documentation_done_late_in_april_counts_for_march() -> None:
    [missed] = documentation_due(SINCE_NEW_YEAR, date(2026, 4, 20))
    assert urgency_on(date(2026, 4, 20), missed.soon_from, missed.due_on) is Urgency.OVERDUE
    late = documentation(SINCE_NEW_YEAR, date(2026, 4, 10))
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 4, 20), late) == []


def test_a_round_missed_long_ago_is_not_asked_for_again() -> None:
    since_2025 = account(active_since=date(2025, 1, 1))
    assert rounds_of(documentation_due(since_2025, date(2026, 2, 10))) == [date(2025, 10, 31)]
    assert rounds_of(documentation_due(since_2025, date(2026, 10, 5))) == [date(2026, 10, 31)]


def test_an_account_closed_before_the_round_opens_is_not_documented() -> None:
    closed = replace(SINCE_NEW_YEAR, closed_on=date(2026, 2, 20))
    assert documentation_due(closed, date(2026, 3, 5)) == []


def test_another_municipalitys_months_are_followed() -> None:
    deadlines = documentation_deadlines(SINCE_NEW_YEAR, [], [], (11, 4), date(2026, 4, 3))
    assert rounds_of(deadlines) == [date(2026, 4, 30)]
    assert latest_round((), date(2026, 4, 3)) is None


# -- after a larger change -------------------------------------------------------------


MARCH_DONE = documentation(SINCE_NEW_YEAR, date(2026, 3, 2))


def test_a_larger_change_calls_for_documentation_within_fourteen_days() -> None:
    change = larger_change(SINCE_NEW_YEAR, date(2026, 5, 10))
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 5, 12), MARCH_DONE) == []
    [deadline] = documentation_due(SINCE_NEW_YEAR, date(2026, 5, 12), MARCH_DONE, changes=(change,))
    assert deadline.after_change
    assert (deadline.soon_from, deadline.due_on) == (date(2026, 5, 10), date(2026, 5, 24))
    assert AFTER_CHANGE_DAYS == 14


def test_documentation_on_the_day_of_the_change_clears_it() -> None:
    change = larger_change(SINCE_NEW_YEAR, date(2026, 5, 10))
    done = documentation(SINCE_NEW_YEAR, date(2026, 5, 10))
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 5, 12), done, changes=(change,)) == []


def test_documentation_before_the_change_does_not_clear_it() -> None:
    change = larger_change(SINCE_NEW_YEAR, date(2026, 5, 10))
    done = documentation(SINCE_NEW_YEAR, date(2026, 5, 9))
    [deadline] = documentation_due(SINCE_NEW_YEAR, date(2026, 5, 30), done, changes=(change,))
    assert deadline.due_on == date(2026, 5, 24)
    assert deadline.after_change
    assert urgency_on(date(2026, 5, 30), deadline.soon_from, deadline.due_on) is Urgency.OVERDUE


def test_a_change_dated_after_today_asks_for_nothing_yet() -> None:
    change = larger_change(SINCE_NEW_YEAR, date(2026, 5, 20))
    due = documentation_due(SINCE_NEW_YEAR, date(2026, 5, 12), MARCH_DONE, changes=(change,))
    assert due == []


def test_a_change_before_the_account_became_active_asks_for_nothing() -> None:
    since_june = account(active_since=date(2026, 6, 1))
    change = larger_change(since_june, date(2026, 5, 20))
    assert documentation_due(since_june, date(2026, 6, 2), changes=(change,)) == []


def test_another_accounts_change_asks_nothing_of_this_one() -> None:
    other = account("Lidingö bibliotek", active_since=date(2026, 1, 1))
    change = larger_change(other, date(2026, 5, 10))
    due = documentation_due(SINCE_NEW_YEAR, date(2026, 5, 12), MARCH_DONE, changes=(change,))
    assert due == []


def test_one_documentation_after_a_change_in_october_clears_both_the_round_and_the_change() -> None:
    change = larger_change(SINCE_NEW_YEAR, date(2026, 10, 5))
    both = documentation_due(SINCE_NEW_YEAR, date(2026, 10, 6), changes=(change,))
    assert sorted(d.due_on for d in both) == [date(2026, 10, 19), date(2026, 10, 31)]
    done = documentation(SINCE_NEW_YEAR, date(2026, 10, 6))
    assert documentation_due(SINCE_NEW_YEAR, date(2026, 10, 7), done, changes=(change,)) == []


# -- any municipality's months ---------------------------------------------------------


def latest_opened(months: frozenset[int], today: date) -> date:
    """The first day of the latest round month on or before ``today``, found by walking back."""
    year, month = today.year, today.month
    while month not in months:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return date(year, month, 1)


@examples
@given(
    today=st.dates(date(2001, 1, 1), date(2089, 12, 31)),
    active_for=st.integers(0, 900),
    done_ago=st.one_of(st.none(), st.integers(0, 500)),
    months=st.frozensets(st.integers(1, 12), min_size=1),
)
def test_the_latest_round_is_asked_for_until_documentation_on_or_after_its_first_day(
    today: date, active_for: int, done_ago: int | None, months: frozenset[int]
) -> None:
    facebook = account(active_since=today - timedelta(days=active_for))
    done = [] if done_ago is None else [documentation(facebook, today - timedelta(days=done_ago))]
    deadlines = documentation_deadlines(facebook, done, [], tuple(months), today)

    opens = latest_opened(months, today)
    needed = facebook.active_since <= opens and all(d.done_on < opens for d in done)
    assert len(deadlines) == int(needed)
    for deadline in deadlines:
        assert (deadline.soon_from, deadline.since) == (opens, opens)
        last = calendar.monthrange(opens.year, opens.month)[1]
        assert deadline.due_on == opens.replace(day=last)
