"""When to remind, and of what: the reminder moments of a day, snoozing, catching up.

Reminders come at two set times of day (Settings): in the morning, the day's
checks, and every culling, documentation, revision or checklist that became
due soon or overdue that day; in the afternoon, the checks still not done. A
duty is announced when it changes, not every day it stands, so nobody learns
to ignore the tray. Snoozing holds every reminder until a moment, when what
is still due is announced again. On start, :func:`caught_up` lists what fell
due while Kontokoll was not running.

Pure functions of the duties and the time, plus the small state file (last
seen, snoozed until) kept in the data folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from assistant.clock import STOCKHOLM, local_date, parse_instant
from assistant.duties import DutyItem, DutyKind, Urgency
from assistant.jsonfile import write_json_atomically
from assistant.paths import REMINDER_STATE_NAME
from assistant.settings import Settings


class Moment(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    SNOOZE_END = "snooze_end"


@dataclass(frozen=True)
class ReminderState:
    """What the reminders remember between runs of the app."""

    last_seen: datetime | None = None
    """The last time Kontokoll was running: what fell due after it is caught up on start."""
    snoozed_until: datetime | None = None


def at_local(day: date, clock_time: time) -> datetime:
    """A Stockholm wall-clock time on ``day``, as an aware datetime."""
    return datetime.combine(day, clock_time, tzinfo=STOCKHOLM)


def next_moment(
    now: datetime, settings: Settings, snoozed_until: datetime | None = None
) -> tuple[datetime, Moment]:
    """The next moment after ``now`` at which to remind; snoozing holds moments back."""
    day = local_date(now)
    candidates = [
        (at_local(d, settings.morning_reminder), Moment.MORNING) for d in (day, day + timedelta(1))
    ]
    candidates.append((at_local(day, settings.afternoon_reminder), Moment.AFTERNOON))
    upcoming = sorted((m, kind) for m, kind in candidates if m > now)
    if snoozed_until is not None and snoozed_until > now:
        later = [(m, kind) for m, kind in upcoming if m > snoozed_until]
        return min([(snoozed_until, Moment.SNOOZE_END), *later])
    return upcoming[0]


def became_due_on(item: DutyItem, day: date) -> bool:
    """Whether ``day`` is when the duty turned due soon, or turned overdue."""
    if item.kind in (DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS):
        return False
    if item.urgency is Urgency.OVERDUE:
        return item.due_on + timedelta(days=1) == day
    return item.soon_from == day or item.due_on == day


def to_announce(moment: Moment, items: Iterable[DutyItem], day: date) -> list[DutyItem]:
    """What a reminder at ``moment`` on ``day`` should say, most pressing first."""
    listed = list(items)
    checks = [i for i in listed if i.kind is DutyKind.DAILY_CHECK]
    if moment is Moment.AFTERNOON:
        return checks
    changed = [i for i in listed if became_due_on(i, day)]
    if moment is Moment.SNOOZE_END:
        # Everything held back by the snooze: what is still due, whenever it changed.
        return [i for i in listed if i.kind is not DutyKind.MISSED_CHECKS]
    return [*checks, *changed]


def caught_up(items: Iterable[DutyItem], last_seen: date, today: date) -> list[DutyItem]:
    """The duties that fell due, or were missed, after ``last_seen`` up to ``today``."""
    if last_seen >= today:
        return []
    result = []
    for item in items:
        if item.kind is DutyKind.DAILY_CHECK:
            continue
        if item.kind is DutyKind.MISSED_CHECKS:
            if any(day > last_seen for day in item.days):
                result.append(item)
        elif item.urgency is Urgency.OVERDUE:
            if item.due_on >= last_seen:
                result.append(item)
        elif item.soon_from > last_seen:
            result.append(item)
    return result


def missed_a_moment(last_seen: datetime, now: datetime, settings: Settings) -> bool:
    """Whether a reminder time passed while Kontokoll was not running."""
    moment, _ = next_moment(last_seen, settings)
    return moment <= now


# -- the state file --------------------------------------------------------------


def load_reminder_state(data_dir: Path) -> ReminderState:
    """The saved state; anything missing or unreadable starts afresh."""
    try:
        raw = json.loads((data_dir / REMINDER_STATE_NAME).read_text(encoding="utf-8"))
        return ReminderState(
            last_seen=_instant(raw.get("last_seen")),
            snoozed_until=_instant(raw.get("snoozed_until")),
        )
    except (OSError, ValueError, AttributeError):
        return ReminderState()


def save_reminder_state(data_dir: Path, state: ReminderState) -> None:
    write_json_atomically(
        data_dir / REMINDER_STATE_NAME,
        {
            "last_seen": state.last_seen.isoformat() if state.last_seen else None,
            "snoozed_until": state.snoozed_until.isoformat() if state.snoozed_until else None,
        },
    )


def _instant(value: object) -> datetime | None:
    return parse_instant(value) if isinstance(value, str) else None
