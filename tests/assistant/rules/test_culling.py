"""When culling falls due: three months (the pack's interval) after the last one.

Worked examples with the dates an officer would name, and hypothesis
properties over histories of cullings; the month arithmetic underneath is
:mod:`tests.assistant.rules.test_recurring`.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.records import Account, Culling
from assistant.rules.duties import Urgency, urgency_on
from assistant.rules.recurring import Deadline, add_months, culling_deadline, projected_cullings
from tests.assistant.rules.duty_records import SOON, culling, examples
from tests.factories import account

EVERY_QUARTER = 3  # Lidingö's culling interval, in months


def next_culling(of: Account, *cullings: Culling, soon: int = SOON) -> Deadline:
    return culling_deadline(of, cullings, EVERY_QUARTER, soon)


def test_the_first_culling_falls_due_three_months_after_the_account_became_active() -> None:
    deadline = next_culling(account(active_since=date(2026, 8, 20)))
    assert (deadline.since, deadline.due_on) == (date(2026, 8, 20), date(2026, 11, 20))
    assert deadline.soon_from == date(2026, 11, 6)
    assert not deadline.done_before


def test_the_next_culling_falls_due_three_months_after_the_last_one() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    cullings = [culling(facebook, date(2026, 8, 10)), culling(facebook, date(2026, 5, 5))]
    deadline = next_culling(facebook, *cullings)
    assert (deadline.since, deadline.due_on) == (date(2026, 8, 10), date(2026, 11, 10))
    assert deadline.done_before


def test_culling_done_early_moves_the_next_one_three_months_on() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    assert next_culling(facebook).due_on == date(2026, 4, 1)
    assert next_culling(facebook, culling(facebook, date(2026, 3, 2))).due_on == date(2026, 6, 2)


def test_culling_done_late_moves_the_next_one_three_months_on() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    assert next_culling(facebook, culling(facebook, date(2026, 4, 20))).due_on == date(2026, 7, 20)


@pytest.mark.parametrize(
    ("active_since", "due_on"),
    [
        (date(2026, 2, 14), date(2026, 5, 14)),  # mid-quarter: its own day counts
        (date(2026, 11, 30), date(2027, 2, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),
    ],
)
def test_an_account_is_first_culled_three_months_after_its_own_first_day(
    active_since: date, due_on: date
) -> None:
    assert next_culling(account(active_since=active_since)).due_on == due_on


def test_a_culling_recorded_before_the_account_became_active_is_ignored() -> None:
    facebook = account(active_since=date(2026, 6, 1))
    deadline = next_culling(facebook, culling(facebook, date(2026, 5, 20)))
    assert (deadline.since, deadline.due_on) == (date(2026, 6, 1), date(2026, 9, 1))
    assert not deadline.done_before  # so it does not say "last culled on 1 June"


def test_a_culling_on_the_day_the_account_became_active_counts() -> None:
    facebook = account(active_since=date(2026, 6, 1))
    assert next_culling(facebook, culling(facebook, date(2026, 6, 1))).done_before


def test_another_accounts_culling_does_not_reset_the_clock() -> None:
    facebook, instagram = account(), account("Lidingö stad", platform="instagram")
    assert next_culling(facebook, culling(instagram, date(2026, 3, 1))).due_on == date(2026, 4, 1)


def test_another_municipalitys_interval_is_followed() -> None:
    facebook = account(active_since=date(2026, 1, 31))
    assert culling_deadline(facebook, [], 4, SOON).due_on == date(2026, 5, 31)


@pytest.mark.parametrize(
    ("soon_days", "soon_from"),
    [(0, date(2026, 11, 20)), (14, date(2026, 11, 6)), (60, date(2026, 9, 21))],
)
def test_culling_is_due_soon_the_chosen_number_of_days_before_its_day(
    soon_days: int, soon_from: date
) -> None:
    deadline = next_culling(account(active_since=date(2026, 8, 20)), soon=soon_days)
    assert deadline.soon_from == soon_from
    assert urgency_on(soon_from - timedelta(days=1), deadline.soon_from, deadline.due_on) is None
    expected = Urgency.DUE if soon_days == 0 else Urgency.DUE_SOON
    assert urgency_on(soon_from, deadline.soon_from, deadline.due_on) is expected
    assert urgency_on(date(2026, 11, 20), deadline.soon_from, deadline.due_on) is Urgency.DUE
    assert urgency_on(date(2026, 11, 21), deadline.soon_from, deadline.due_on) is Urgency.OVERDUE


def test_a_window_longer_than_the_interval_starts_no_earlier_than_the_last_culling() -> None:
    facebook = account(active_since=date(2026, 1, 1))
    deadline = culling_deadline(facebook, [culling(facebook, date(2026, 3, 10))], 1, 60)
    assert (deadline.soon_from, deadline.due_on) == (date(2026, 3, 10), date(2026, 4, 10))


@st.composite
def culling_histories(draw: st.DrawFn) -> tuple[Account, list[Culling], int, int]:
    facebook = account(active_since=draw(st.dates(date(2000, 1, 1), date(2080, 12, 31))))
    offsets = draw(st.lists(st.integers(-200, 800), max_size=6))
    cullings = [culling(facebook, facebook.active_since + timedelta(days=n)) for n in offsets]
    return facebook, cullings, draw(st.integers(1, 12)), draw(st.integers(0, 60))


@examples
@given(history=culling_histories())
def test_culling_counts_from_the_last_culling_since_activation(
    history: tuple[Account, list[Culling], int, int],
) -> None:
    facebook, cullings, interval, soon = history
    deadline = culling_deadline(facebook, cullings, interval, soon)
    counted = [c.done_on for c in cullings if c.done_on >= facebook.active_since]
    assert deadline.since == max(counted, default=facebook.active_since)
    assert deadline.done_before == bool(counted)
    assert deadline.due_on == add_months(deadline.since, interval)
    assert deadline.since <= deadline.soon_from <= deadline.due_on
    assert (deadline.due_on - deadline.soon_from).days <= soon


@examples
@given(history=culling_histories(), gap=st.integers(-400, 400))
def test_a_new_culling_sets_the_clock_only_if_done_on_or_after_the_last(
    history: tuple[Account, list[Culling], int, int], gap: int
) -> None:
    facebook, cullings, interval, soon = history
    before = culling_deadline(facebook, cullings, interval, soon)
    day = before.since + timedelta(days=gap)
    after = culling_deadline(facebook, [*cullings, culling(facebook, day)], interval, soon)
    if gap >= 0:
        assert after.due_on == add_months(day, interval)
        assert after.done_before
    else:
        assert after.due_on == before.due_on


def test_projected_cullings_follow_each_other_from_the_next_one() -> None:
    deadline = next_culling(account(active_since=date(2026, 8, 31)))
    assert projected_cullings(deadline, EVERY_QUARTER, date(2027, 8, 27)) == [
        date(2026, 11, 30),
        date(2027, 2, 28),
        date(2027, 5, 28),
    ]
    assert projected_cullings(deadline, EVERY_QUARTER, date(2027, 2, 28))[-1] == date(2027, 2, 28)
    assert projected_cullings(deadline, EVERY_QUARTER, date(2026, 11, 29)) == []
