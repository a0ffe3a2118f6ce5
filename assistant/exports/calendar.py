"""The duty calendar as a file: an iCalendar for Outlook, or a CSV for Excel.

Officers and the information unit import the file into Outlook (or any
calendar) to see the recurring duties months ahead, with a reminder the
morning each becomes due soon (an overdue one stands on today, or the
next working day, with its reminder that morning). The dates are the rule's
(:func:`assistant.rules.calendar.calendar_entries`); :func:`write_ics` writes
them as iCalendar, :func:`write_csv` as a spreadsheet for places that block
.ics files. A failed write leaves any earlier file as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from assistant.exports import ics_text as ics
from assistant.exports.files import inert, write_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Translate, untranslated
from assistant.rules.calendar import CalendarEntry

ALARM_AT = time(9, 0)
"""The reminder rings at this time on the day a duty becomes due soon."""
PRODID = "-//Kontokoll//Duty calendar//EN"
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
CALENDAR_NAME = QT_TRANSLATE_NOOP("Calendar", "Kontokoll duties")


def export_sequence(now: datetime) -> int:
    """The SEQUENCE every event of an export made at ``now`` carries.

    A calendar replaces an event it holds by one with the same UID only when
    the new SEQUENCE is not lower. Minutes since a fixed day grow with every
    export without Kontokoll keeping a counter, and stay within the 32 bits
    calendars expect for thousands of years.
    """
    return max(0, int((now - SEQUENCE_EPOCH).total_seconds() // 60))


def alarm_trigger(entry: CalendarEntry) -> timedelta:
    """The reminder, relative to the start of the all-day event: ALARM_AT on soon_from."""
    return datetime.combine(entry.soon_from, ALARM_AT) - datetime.combine(entry.due_on, time(0))


def write_ics(
    entries: Iterable[CalendarEntry],
    path: Path,
    *,
    now: datetime,
    translate: Translate = untranslated,
) -> None:
    """Write ``entries`` as an iCalendar file of all-day events, each with a reminder."""
    sequence = export_sequence(now)
    head = ics.lines(
        (
            ("BEGIN", "VCALENDAR"),
            ("VERSION", "2.0"),
            ("PRODID", ics.text(PRODID)),
            ("METHOD", "PUBLISH"),
            ("X-WR-CALNAME", ics.text(translate("Calendar", CALENDAR_NAME))),
        )
    )
    events = b"".join(event_ical(entry, now, sequence, translate) for entry in entries)
    write_atomically(path, head + events + b"END:VCALENDAR\r\n", example_suffix=".ics")


def event_ical(
    entry: CalendarEntry, now: datetime, sequence: int, translate: Translate = untranslated
) -> bytes:
    """One entry as a VEVENT with its reminder, as iCalendar text."""
    summary = ics.text(entry.summary.render(translate))
    description = [entry.reason.render(translate), entry.who_line.render(translate)]
    if entry.overdue_line is not None:
        description.insert(0, entry.overdue_line.render(translate))
    if entry.account and entry.account.url:
        description.append(entry.account.url)
    return ics.lines(
        (
            ("BEGIN", "VEVENT"),
            ("SUMMARY", summary),
            ("DTSTART;VALUE=DATE", ics.day(entry.due_on)),
            ("DTEND;VALUE=DATE", ics.day(entry.due_on + timedelta(days=1))),
            ("DTSTAMP", ics.instant(now)),
            ("UID", ics.text(entry.uid)),
            ("SEQUENCE", str(sequence)),
            ("DESCRIPTION", ics.text("\n".join(description))),
            # A reminder to do something, not a meeting: the day stays free in Outlook.
            ("TRANSP", "TRANSPARENT"),
            ("BEGIN", "VALARM"),
            ("ACTION", "DISPLAY"),
            ("DESCRIPTION", summary),
            ("TRIGGER", ics.duration(alarm_trigger(entry))),
            ("END", "VALARM"),
            ("END", "VEVENT"),
        )
    )


CSV_HEADER = (
    QT_TRANSLATE_NOOP("Calendar", "Date"),
    QT_TRANSLATE_NOOP("Calendar", "Duty"),
    QT_TRANSLATE_NOOP("Calendar", "Account"),
    QT_TRANSLATE_NOOP("Calendar", "Platform"),
    QT_TRANSLATE_NOOP("Calendar", "Department"),
    QT_TRANSLATE_NOOP("Calendar", "Who"),
    QT_TRANSLATE_NOOP("Calendar", "UID"),
)


def write_csv(
    entries: Iterable[CalendarEntry], path: Path, *, translate: Translate = untranslated
) -> None:
    """Write ``entries`` as CSV the way Swedish Excel opens it: UTF-8 with BOM, ``;``-separated."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(translate("Calendar", title) for title in CSV_HEADER)
    for entry in entries:
        account = entry.account
        row = (
            entry.due_on.isoformat(),
            entry.duty.render(translate),
            account.name if account else "",
            entry.platform,
            account.department if account else "",
            ", ".join(entry.who),
            entry.uid,
        )
        writer.writerow(inert(cell) for cell in row)
    write_atomically(path, text.getvalue().encode("utf-8-sig"), example_suffix=".csv")
