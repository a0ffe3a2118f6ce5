"""iCalendar text (RFC 5545) for the duty calendar's events, written directly.

The calendar holds thousands of events for a city; building each as a tree
of icalendar objects took a third of a millisecond an event and tens of
thousands of objects for Python's garbage collector to walk. What the file
needs is small and fixed: all-day events with a text summary and
description, a UID, a time stamp, a sequence number and one display alarm.
The tests read every file back with the icalendar package and compare it
with what icalendar itself writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

LINE_OCTETS = 75
"""The longest a content line may be before it is folded (RFC 5545, 3.1)."""


def text(value: str) -> str:
    """A TEXT value escaped: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded into lines of at most 75 octets, ended by CRLF.

    A continuation line begins with a space; a character is never split
    between two lines.
    """
    encoded = line.encode()
    if len(encoded) <= LINE_OCTETS:
        return encoded + b"\r\n"
    parts, start, room = [], 0, LINE_OCTETS
    while start < len(encoded):
        end = min(start + room, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1  # not inside a character's bytes
        parts.append(encoded[start:end])
        start, room = end, LINE_OCTETS - 1  # the leading space takes one
    return b"\r\n ".join(parts) + b"\r\n"


def day(value: date) -> str:
    return f"{value:%Y%m%d}"


def instant(value: datetime) -> str:
    return f"{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def duration(value: timedelta) -> str:
    """A DURATION such as ``-P13DT15H`` (RFC 5545, 3.3.6)."""
    sign = "-" if value < timedelta(0) else ""
    seconds = int(abs(value).total_seconds())
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(
        f"{amount}{unit}"
        for amount, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
        if amount
    )
    if not days and not clock:
        return "PT0S"
    return f"{sign}P{f'{days}D' if days else ''}{f'T{clock}' if clock else ''}"


def lines(pairs: Iterable[tuple[str, str]]) -> bytes:
    """``NAME[;PARAM]:value`` content lines, each folded."""
    return b"".join(fold(f"{name}:{value}") for name, value in pairs)
