"""When reminders come and what they say: owed moments, days off, snoozes, catching up."""

from __future__ import annotations

from datetime import UTC, date, time, timedelta

import pytest

from assistant.messages import Message
from assistant.records import Role
from assistant.rules.duties import DutyItem, DutyKind, Urgency
from assistant.rules.reminders import (
    Moment,
    ReminderState,
    at_local,
    caught_up,
    moment_due,
    next_moment,
    next_working_morning,
    to_announce,
)
from assistant.settings import Settings
from tests.factories import account

MONDAY = date(2026, 11, 23)
SETTINGS = Settings()


def weekday(day: date) -> bool:
    return day.weekday() < 5


def item(
    kind: DutyKind,
    urgency: Urgency,
    due_on: date,
    soon_from: date | None = None,
    days: tuple[date, ...] = (),
) -> DutyItem:
    return DutyItem(
        kind,
        urgency,
        due_on,
        soon_from or due_on,
        account(),
        (),
        Role.OFFICER,
        Message("Duties", "why"),
        days=days,
    )


CHECK = item(DutyKind.DAILY_CHECK, Urgency.DUE, MONDAY)


# -- which reminder is owed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("clock", "state", "owed"),
    [
        (time(8, 59), ReminderState(), None),
        (time(9, 0), ReminderState(), Moment.MORNING),
        (time(10, 30), ReminderState(morning_of=MONDAY - timedelta(days=3)), Moment.MORNING),
        (time(10, 30), ReminderState(morning_of=MONDAY), None),
        (time(14, 0), ReminderState(morning_of=MONDAY), Moment.AFTERNOON),
        (time(14, 0), ReminderState(morning_of=MONDAY, afternoon_of=MONDAY), None),
        # Started at 15:00: the morning reminder first; it counts for the afternoon too.
        (time(15, 0), ReminderState(), Moment.MORNING),
    ],
)
def test_the_reminder_owed_is_the_one_that_has_come_and_not_been_given(
    clock: time, state: ReminderState, owed: Moment | None
) -> None:
    assert moment_due(at_local(MONDAY, clock), SETTINGS, state, weekday) is owed


def test_a_morning_given_late_also_covers_the_afternoon_already_passed() -> None:
    given = ReminderState().after(Moment.MORNING, at_local(MONDAY, time(15)), SETTINGS)
    assert (given.morning_of, given.afternoon_of) == (MONDAY, MONDAY)
    assert moment_due(at_local(MONDAY, time(15, 5)), SETTINGS, given, weekday) is None


def test_no_reminder_is_owed_on_a_day_off() -> None:
    saturday = date(2026, 11, 21)
    assert moment_due(at_local(saturday, time(10)), SETTINGS, ReminderState(), weekday) is None


def test_a_snooze_holds_every_reminder_until_it_ends() -> None:
    until = at_local(MONDAY, time(10))
    snoozed = ReminderState(morning_of=MONDAY - timedelta(days=1), snoozed_until=until)
    assert moment_due(at_local(MONDAY, time(9, 30)), SETTINGS, snoozed, weekday) is None
    assert moment_due(until, SETTINGS, snoozed, weekday) is Moment.SNOOZE_END
    after = snoozed.after(Moment.SNOOZE_END, until, SETTINGS)
    assert after.snoozed_until is None
    assert after.morning_of == MONDAY  # the snooze's end said the morning's duties


# -- when to look next -----------------------------------------------------------------


def test_the_next_look_is_the_next_reminder_time_or_the_snooze_end() -> None:
    assert next_moment(at_local(MONDAY, time(8)), SETTINGS) == at_local(MONDAY, time(9))
    assert next_moment(at_local(MONDAY, time(9)), SETTINGS) == at_local(MONDAY, time(14))
    assert next_moment(at_local(MONDAY, time(14, 1)), SETTINGS) == at_local(
        MONDAY + timedelta(days=1), time(9)
    )
    until = at_local(MONDAY, time(9, 40))
    assert next_moment(at_local(MONDAY, time(8)), SETTINGS, until) == until


@pytest.mark.parametrize(
    ("evening", "hours"),
    [(date(2026, 10, 24), 11), (date(2027, 3, 27), 9)],  # clocks back, clocks forward
)
def test_the_morning_after_a_change_of_summer_time_is_still_at_nine(
    evening: date, hours: int
) -> None:
    now = at_local(evening, time(23))
    morning = next_moment(now, SETTINGS)
    assert morning == at_local(evening + timedelta(days=1), time(9))
    assert morning.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=hours)


def test_until_tomorrow_on_a_friday_means_monday_morning() -> None:
    friday = date(2026, 11, 20)
    assert next_working_morning(at_local(friday, time(15)), SETTINGS, weekday) == at_local(
        MONDAY, time(9)
    )


# -- what a reminder says --------------------------------------------------------------


def test_the_morning_names_the_checks_and_what_changed_since_the_last_morning() -> None:
    friday = date(2026, 11, 20)
    soon_on_saturday = item(
        DutyKind.CULLING, Urgency.DUE_SOON, date(2026, 12, 5), friday.replace(day=21)
    )
    soon_long_ago = item(DutyKind.CULLING, Urgency.DUE_SOON, date(2026, 12, 1), date(2026, 11, 17))
    overdue_since_sunday = item(DutyKind.DOCUMENTATION, Urgency.OVERDUE, date(2026, 11, 21))
    overdue_since_saturday = item(DutyKind.CULLING, Urgency.OVERDUE, friday)
    overdue_long_ago = item(DutyKind.DOCUMENTATION, Urgency.OVERDUE, date(2026, 10, 31))
    last_day_today = item(DutyKind.REVISION, Urgency.DUE, MONDAY, date(2026, 11, 9))
    items = [
        CHECK,
        soon_on_saturday,
        soon_long_ago,
        overdue_since_sunday,
        overdue_since_saturday,
        overdue_long_ago,
    ]
    said = to_announce(Moment.MORNING, [*items, last_day_today], friday, MONDAY)
    assert said == [
        CHECK,
        soon_on_saturday,
        overdue_since_sunday,
        overdue_since_saturday,
        last_day_today,
    ]
    assert to_announce(Moment.AFTERNOON, items, friday, MONDAY) == [CHECK]


def test_missed_checks_are_caught_up_only_for_days_after_the_last_morning() -> None:
    missed = item(
        DutyKind.MISSED_CHECKS,
        Urgency.OVERDUE,
        date(2026, 11, 12),
        days=(date(2026, 11, 12), date(2026, 11, 13)),
    )
    assert caught_up([missed], date(2026, 11, 12), MONDAY) == [missed]
    assert caught_up([missed], date(2026, 11, 13), MONDAY) == []


def test_the_end_of_a_snooze_says_everything_still_due_but_not_the_missed_days() -> None:
    missed = item(DutyKind.MISSED_CHECKS, Urgency.OVERDUE, MONDAY, days=(MONDAY,))
    old = item(DutyKind.CULLING, Urgency.OVERDUE, date(2026, 9, 1))
    assert to_announce(Moment.SNOOZE_END, [CHECK, missed, old], MONDAY, MONDAY) == [CHECK, old]
