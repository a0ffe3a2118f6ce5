"""When culling, documentation and the rules' revision fall due: the pure date rules.

Worked examples with the dates an officer would name, and hypothesis
properties for the month arithmetic underneath them.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.records import Account, Culling, Documentation, LargerChange, Revision, new_id
from assistant.rules.duties import Urgency, urgency_on
from assistant.rules.recurring import (
    AFTER_CHANGE_DAYS,
    Deadline,
    add_months,
    culling_deadline,
    documentation_deadlines,
    latest_round,
    projected_cullings,
    revision_deadline,
)
from tests.factories import RECORDED_BY, account, at

EVERY_QUARTER = 3  # Lidingö's culling interval, in months
MARCH_AND_OCTOBER = (3, 10)  # Lidingö's documentation rounds
SOON = 14  # the default due-soon window, in days
SCREENSHOT = "d0" * 32

examples = settings(max_examples=80, deadline=None)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


# -- records -------------------------------------------------------------------------


def culling(of: Account, done_on: date, *, supersedes: Culling | None = None) -> Culling:
    return Culling(
        id=new_id(),
        account_id=of.account_id,
        done_on=done_on,
        done_by=of.officer_ids[0] if of.officer_ids else "someone",
        period_from=done_on - timedelta(days=90),
        period_to=done_on,
        removed="Kommentarer äldre än tre månader",
        not_removable="Inlägg i andras flöden",
        evidence_sha256="",
        recorded_at=at(done_on, 15),
        recorded_by=RECORDED_BY,
        supersedes=supersedes.id if supersedes else None,
    )


def documentation(of: Account, done_on: date, screenshot: str = SCREENSHOT) -> Documentation:
    return Documentation(
        id=new_id(),
        account_id=of.account_id,
        done_on=done_on,
        done_by="informationsenheten",
        screenshot_sha256=screenshot,
        note="Hela kontot, startsidan och de senaste inläggen.",
        recorded_at=at(done_on, 14),
        recorded_by=RECORDED_BY,
    )


def revision(done_on: date) -> Revision:
    return Revision(
        id=new_id(),
        done_on=done_on,
        done_by="informationsenheten",
        note="Riktlinjerna gicks igenom; inget ändrat.",
        recorded_at=at(done_on, 13),
        recorded_by=RECORDED_BY,
    )


def larger_change(of: Account, changed_on: date) -> LargerChange:
    return LargerChange(
        id=new_id(),
        account_id=of.account_id,
        changed_on=changed_on,
        description="Nytt namn och ny profilbild",
        recorded_at=at(changed_on, 11),
        recorded_by=RECORDED_BY,
    )


def next_culling(of: Account, *cullings: Culling, soon: int = SOON) -> Deadline:
    return culling_deadline(of, cullings, EVERY_QUARTER, soon)


def documentation_due(
    of: Account,
    today: date,
    *docs: Documentation,
    changes: tuple[LargerChange, ...] = (),
) -> list[Deadline]:
    return documentation_deadlines(of, docs, changes, MARCH_AND_OCTOBER, today)


def rounds_of(deadlines: list[Deadline]) -> list[date]:
    return [d.due_on for d in deadlines if not d.after_change]


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


# -- culling ---------------------------------------------------------------------------


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


# -- documentation ---------------------------------------------------------------------

SINCE_NEW_YEAR = account(active_since=date(2026, 1, 1))


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
