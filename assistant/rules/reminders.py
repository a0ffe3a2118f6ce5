"""When to remind, and of what: the reminder moments of a day, snoozing, catching up.

Reminders come at two set times of a working day (Settings). In the
morning: the day's checks, and every culling, documentation, revision or
checklist that became due soon or overdue since the last morning reminder.
In the afternoon: the checks still not logged. A duty is announced when it
changes, not every day it stands, so nobody learns to ignore the tray.

What has been announced is remembered (:class:`ReminderState`), not when the
timer last fired. So whatever happened while Kontokoll was closed or the
computer slept, the next look at the clock (:func:`moment_due`) says what is
owed: started at 10:30, or woken then, the morning reminder comes at once
and names everything that changed since the last one. Days off have no
reminders; their changes wait for the next working morning. Snoozing holds
every reminder until a moment, when what is still due is said again.

Pure functions of the duties and the time; the state is kept on disk by
:mod:`assistant.reminder_state`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from assistant.clock import STOCKHOLM, local_date
from assistant.rules.duties import DutyItem, DutyKind, Urgency
from assistant.settings import Settings

WorkingDay = Callable[[date], bool]


class Moment(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    SNOOZE_END = "snooze_end"


@dataclass(frozen=True)
class ReminderState:
    """What the reminders remember between runs of the app."""

    morning_of: date | None = None
    """The last day whose morning reminder was given: changes after it are still owed."""
    afternoon_of: date | None = None
    snoozed_until: datetime | None = None

    def after(self, moment: Moment, now: datetime, settings: Settings) -> ReminderState:
        """The state once ``moment`` has been given at ``now``."""
        day = local_date(now)
        state = replace(self, snoozed_until=None) if moment is Moment.SNOOZE_END else self
        if now >= at_local(day, settings.morning_reminder):
            state = replace(state, morning_of=day)
        if now >= at_local(day, settings.afternoon_reminder):
            state = replace(state, afternoon_of=day)
        return state


def at_local(day: date, clock_time: time) -> datetime:
    """A Stockholm wall-clock time on ``day``, as an aware datetime."""
    return datetime.combine(day, clock_time, tzinfo=STOCKHOLM)


def moment_due(
    now: datetime, settings: Settings, state: ReminderState, working_day: WorkingDay
) -> Moment | None:
    """The reminder owed at ``now``, if any: one that has come and not been given."""
    if state.snoozed_until is not None:
        return Moment.SNOOZE_END if now >= state.snoozed_until else None
    day = local_date(now)
    if not working_day(day):
        return None
    if now >= at_local(day, settings.morning_reminder) and state.morning_of != day:
        return Moment.MORNING
    if now >= at_local(day, settings.afternoon_reminder) and state.afternoon_of != day:
        return Moment.AFTERNOON
    return None


def next_moment(
    now: datetime, settings: Settings, snoozed_until: datetime | None = None
) -> datetime:
    """When to look at the clock next: the next reminder time, or the end of a snooze.

    It need not be a working day: :func:`moment_due` then finds nothing owed.
    """
    if snoozed_until is not None and snoozed_until > now:
        return snoozed_until
    day = local_date(now)
    candidates = [
        at_local(day, settings.morning_reminder),
        at_local(day, settings.afternoon_reminder),
        at_local(day + timedelta(days=1), settings.morning_reminder),
    ]
    return min(m for m in candidates if m > now)


def next_working_morning(now: datetime, settings: Settings, working_day: WorkingDay) -> datetime:
    """The next working day's morning reminder after ``now``: where "until tomorrow" ends."""
    day = local_date(now) + timedelta(days=1)
    while not working_day(day):
        day += timedelta(days=1)
    return at_local(day, settings.morning_reminder)


def to_announce(
    moment: Moment, items: Iterable[DutyItem], since: date | None, today: date
) -> list[DutyItem]:
    """What a reminder at ``moment`` says: checks, and what changed after ``since``."""
    listed = list(items)
    checks = [i for i in listed if i.kind is DutyKind.DAILY_CHECK]
    if moment is Moment.AFTERNOON:
        return checks
    if moment is Moment.SNOOZE_END:
        # Everything held back by the snooze: what is still due, whenever it changed.
        return [i for i in listed if i.kind is not DutyKind.MISSED_CHECKS]
    changed = caught_up(listed, since or today - timedelta(days=1), today)
    return [*checks, *changed]


def caught_up(items: Iterable[DutyItem], since: date, today: date) -> list[DutyItem]:
    """The duties that became due soon, due or overdue, or were missed, after ``since``."""
    if since >= today:
        return []
    result = []
    for item in items:
        if item.kind is DutyKind.DAILY_CHECK:
            continue
        if item.kind is DutyKind.MISSED_CHECKS:
            if any(day > since for day in item.days):
                result.append(item)
        elif item.urgency is Urgency.OVERDUE:
            if item.due_on >= since:  # overdue from the day after its last one
                result.append(item)
        elif item.soon_from > since or since < item.due_on <= today:
            result.append(item)
    return result
