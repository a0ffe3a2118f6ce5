"""Time as the rules see it.

Instants are stored in UTC; a duty's day is a local date in Europe/Stockholm.
Only the edges (command line, UI) read the real clock: everything else is
given a :class:`Clock` or a date, so tests can say what day it is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class Clock(Protocol):
    """Something that can say what time it is now (an aware UTC datetime)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The workstation's real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that says what it is told: for tests, benchmarks and demos."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant.astimezone(UTC)

    def now(self) -> datetime:
        return self.instant

    def set(self, instant: datetime) -> None:
        self.instant = instant.astimezone(UTC)


def local_date(instant: datetime) -> date:
    """The Swedish calendar day an instant falls on."""
    return instant.astimezone(STOCKHOLM).date()


def today(clock: Clock) -> date:
    return local_date(clock.now())


def until_next_day(instant: datetime) -> float:
    """Seconds from ``instant`` until the next Swedish midnight."""
    local = instant.astimezone(STOCKHOLM)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), STOCKHOLM)
    # In UTC: subtracting two Stockholm times ignores a change of summer time between them.
    return (midnight.astimezone(UTC) - local.astimezone(UTC)).total_seconds()


def parse_instant(text: str) -> datetime:
    """Read back an instant stored as ISO-8601; naive values are taken as UTC."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
