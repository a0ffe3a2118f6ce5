"""The duty calendar's files: an .ics event with a reminder per date, a .csv for Excel.

Also what happens when a file cannot be written. Which dates the calendar
plans is :mod:`tests.assistant.exports.test_calendar_dates`; ``kontokoll ics``,
:mod:`tests.assistant.exports.test_calendar_command`.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Alarm, Calendar, Component, Event, vDuration

from assistant.exports.calendar import (
    CALENDAR_NAME,
    PRODID,
    alarm_trigger,
    export_sequence,
    write_csv,
    write_ics,
)
from assistant.exports.ics_text import duration, fold, text
from assistant.messages import UserError
from assistant.records import Account
from assistant.rules.calendar import CalendarEntry
from assistant.workspace.data_folder import Workspace
from tests.assistant.exports.calendar_folder import NOW, culling, entries_on, events
from tests.factories import FRIDAY, account, at

SWEDISH = {
    "Kontokoll duties": "Kontokoll – återkommande uppgifter",
    "Culling: {account} ({platform})": "Gallring: {account} ({platform})",
    "Documentation: {account} ({platform})": "Dokumentation: {account} ({platform})",
    "Revision of the rules": "Revision av reglerna",
    "Culling": "Gallring",
    "Documentation": "Dokumentation",
    "Who: {names}": "Vem: {names}",
    "Date": "Datum",
    "Duty": "Uppgift",
    "Account": "Konto",
    "Platform": "Plattform",
    "Department": "Förvaltning",
    "Who": "Vem",
    "UID": "UID",
}


def swedish(context: str, text: str, n: int | None = None, /) -> str:
    """A stand-in for Qt's translator with the Swedish texts the calendar needs here."""
    return SWEDISH.get(text, text) if context == "Calendar" else text


def alarm_at(event: Component) -> datetime:
    """The wall-clock time an all-day event's reminder rings."""
    (alarm,) = event.walk("VALARM")
    start = datetime.combine(event.decoded("dtstart"), time(0))
    trigger: timedelta = alarm.decoded("trigger")
    return start + trigger


# -- the .ics file -------------------------------------------------------------------------


def test_the_ics_file_holds_every_planned_date_as_an_all_day_event_with_a_reminder(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    path = tmp_path / "uppgifter.ics"
    write_ics(entries_on(workspace), path, now=NOW, translate=swedish)

    parsed = Calendar.from_ical(path.read_bytes())
    assert str(parsed["version"]) == "2.0"
    assert str(parsed["method"]) == "PUBLISH"
    assert "Kontokoll" in str(parsed["prodid"])
    assert str(parsed["x-wr-calname"]) == "Kontokoll – återkommande uppgifter"
    found = events(path)
    key = city.account_id
    assert {uid: found[uid].decoded("dtstart") for uid in found} == {
        f"culling-{key}-1@kontokoll": date(2027, 2, 2),
        f"culling-{key}-2@kontokoll": date(2027, 5, 2),
        f"culling-{key}-3@kontokoll": date(2027, 8, 2),
        f"culling-{key}-4@kontokoll": date(2027, 11, 2),
        f"documentation-{key}-2027-03@kontokoll": date(2027, 3, 31),
        f"documentation-{key}-2027-10@kontokoll": date(2027, 10, 31),
        "revision-1@kontokoll": date(2026, 12, 1),
    }

    first = found[f"culling-{key}-1@kontokoll"]
    assert str(first["summary"]) == "Gallring: Lidingö stad (Facebook)"
    assert first.decoded("dtend") == date(2027, 2, 3)
    assert first["dtstart"].params["VALUE"] == "DATE"
    assert first.decoded("dtstamp") == NOW
    assert first.decoded("sequence") == export_sequence(NOW) > 0
    assert str(first["transp"]) == "TRANSPARENT"
    description = str(first["description"])
    assert "2026-11-02" in description  # became active then, never culled
    assert "Vem: Åsa Öberg, Per Ek" in description
    assert "https://www.facebook.com/lidingostad" in description
    (alarm,) = first.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert str(alarm["description"]) == "Gallring: Lidingö stad (Facebook)"
    # Due soon 14 days before 2 February: the reminder rings at nine that morning.
    assert alarm_at(first) == datetime(2027, 1, 19, 9, 0)

    march = found[f"documentation-{key}-2027-03@kontokoll"]
    assert str(march["summary"]) == "Dokumentation: Lidingö stad (Facebook)"
    assert "Vem: Ingrid Lund" in str(march["description"])
    assert alarm_at(march) == datetime(2027, 3, 1, 9, 0)

    revision = found["revision-1@kontokoll"]
    assert str(revision["summary"]) == "Revision av reglerna"
    assert alarm_at(revision) == datetime(2026, 11, 17, 9, 0)


def _as_icalendar_writes_it(entries: list[CalendarEntry]) -> bytes:
    """The calendar built with the icalendar package, as Kontokoll once wrote it."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", swedish("Calendar", CALENDAR_NAME))
    for entry in entries:
        summary = entry.summary.render(swedish)
        description = [entry.reason.render(swedish), entry.who_line.render(swedish)]
        if entry.overdue_line is not None:
            description.insert(0, entry.overdue_line.render(swedish))
        if entry.account and entry.account.url:
            description.append(entry.account.url)
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", NOW.astimezone(UTC))
        event.add("sequence", export_sequence(NOW))
        event.add("dtstart", entry.due_on)
        event.add("dtend", entry.due_on + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(description))
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", alarm_trigger(entry))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _read_back(data: bytes) -> list[tuple[str | None, dict[str, object]]]:
    """Every component of the file and its properties, as icalendar decodes them."""
    return [
        (component.name, {key: component.decoded(key) for key in component})
        for component in Calendar.from_ical(data).walk()
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/lidingostad",
        # Long, with commas, semicolons, a backslash and Swedish letters on the fold.
        "https://www.facebook.com/" + "åäö,;\\" * 12,
    ],
)
def test_the_file_reads_back_as_the_calendar_icalendar_writes(
    workspace: Workspace, city: Account, tmp_path: Path, url: str
) -> None:
    path = tmp_path / "uppgifter.ics"
    entries = [
        replace(e, account=replace(e.account, url=url)) if e.account else e
        for e in entries_on(workspace)
    ]
    assert len(entries) > 2
    write_ics(entries, path, now=NOW, translate=swedish)

    written = path.read_bytes()
    assert _read_back(written) == _read_back(_as_icalendar_writes_it(entries))
    assert all(len(line) <= 75 for line in written.split(b"\r\n"))
    assert written.endswith(b"END:VCALENDAR\r\n")
    written.decode()  # no character cut in two by a fold


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (timedelta(days=-13, hours=-15), "-P13DT15H"),
        (timedelta(hours=9), "PT9H"),
        (timedelta(days=-1, minutes=30), "-PT23H30M"),
        (timedelta(0), "PT0S"),
        (timedelta(days=2), "P2D"),
    ],
)
def test_a_reminder_s_offset_is_written_as_icalendar_reads_it(
    value: timedelta, written: str
) -> None:
    assert duration(value) == written
    assert vDuration.from_ical(written) == value


def test_english_is_the_untranslated_text(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    path = tmp_path / "duties.ics"
    write_ics(entries_on(workspace), path, now=NOW)
    summaries = {str(e["summary"]) for e in events(path).values()}
    assert summaries == {
        "Culling: Lidingö stad (Facebook)",
        "Documentation: Lidingö stad (Facebook)",
        "Revision of the rules",
    }


def test_exporting_again_keeps_the_uids_and_a_recorded_culling_moves_the_dates(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    today = date(2026, 12, 10)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    write_ics(entries_on(workspace, today), first, now=at(today, 9))
    write_ics(entries_on(workspace, today), second, now=at(today, 11))
    before, again = events(first), events(second)
    assert before.keys() == again.keys()
    assert {u: e.decoded("dtstart") for u, e in before.items()} == {
        u: e.decoded("dtstart") for u, e in again.items()
    }
    # The later export carries a higher SEQUENCE, so a calendar takes it as the update.
    assert min(e.decoded("sequence") for e in again.values()) > max(
        e.decoded("sequence") for e in before.values()
    )

    # Culled early, on 10 December: the first culling is history, the rest count from it.
    workspace.store.add_duty_record(culling(city, today))
    after = tmp_path / "after.ics"
    write_ics(entries_on(workspace, today), after, now=at(today, 12))
    moved = events(after)
    key = city.account_id

    def cullings_of(found: dict[str, Component]) -> dict[str, date]:
        return {u: e.decoded("dtstart") for u, e in found.items() if u.startswith("culling-")}

    assert cullings_of(before) == {
        f"culling-{key}-1@kontokoll": date(2027, 2, 2),
        f"culling-{key}-2@kontokoll": date(2027, 5, 2),
        f"culling-{key}-3@kontokoll": date(2027, 8, 2),
        f"culling-{key}-4@kontokoll": date(2027, 11, 2),
    }
    assert cullings_of(moved) == {
        f"culling-{key}-2@kontokoll": date(2027, 3, 10),
        f"culling-{key}-3@kontokoll": date(2027, 6, 10),
        f"culling-{key}-4@kontokoll": date(2027, 9, 10),
        f"culling-{key}-5@kontokoll": date(2027, 12, 10),
    }
    # Nothing else moved.
    others = {u for u in before if not u.startswith("culling-")}
    assert others == {u for u in moved if not u.startswith("culling-")}


# -- the .csv file -------------------------------------------------------------------------


def test_the_csv_file_opens_in_swedish_excel(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    path = tmp_path / "uppgifter.csv"
    entries = entries_on(workspace)
    write_csv(entries, path, translate=swedish)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Datum", "Uppgift", "Konto", "Plattform", "Förvaltning", "Vem", "UID"]
    assert len(rows) == len(entries) + 1 == 8
    assert rows[1] == ["2026-12-01", "Revision av reglerna", "", "", "", "Ingrid Lund", rows[1][6]]
    assert rows[2] == [
        "2027-02-02",
        "Gallring",
        "Lidingö stad",
        "Facebook",
        "Kommunledningsförvaltningen",
        "Åsa Öberg, Per Ek",
        f"culling-{city.account_id}-1@kontokoll",
    ]
    assert [row[6] for row in rows[1:]] == [e.uid for e in entries]


def test_a_name_that_looks_like_a_formula_stays_text_in_the_csv(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.store.add_accounts([account("=HYPERLINK(1)", active_since=date(2026, 11, 2))])
    path = tmp_path / "uppgifter.csv"
    write_csv(entries_on(workspace), path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert rows[2][2] == "'=HYPERLINK(1)"


# -- writing fails -------------------------------------------------------------------------


def test_a_missing_folder_is_named_and_nothing_is_written(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    path = tmp_path / "saknas" / "uppgifter.ics"
    with pytest.raises(UserError) as raised:
        write_ics(entries_on(workspace), path, now=NOW)
    message = raised.value.render()
    assert str(tmp_path / "saknas") in message
    assert "does not exist" in message
    assert not path.parent.exists()


def test_a_folder_given_as_the_file_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        write_csv(entries_on(workspace), tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_write_that_fails_midway_leaves_the_earlier_file_whole(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    import resource

    path = tmp_path / "uppgifter.ics"
    write_ics(entries_on(workspace), path, now=NOW)
    good = path.read_bytes()
    workspace.store.add_duty_record(culling(city, FRIDAY))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Files may grow to 100 bytes only: the write fails as on a full disk (Python
    # ignores SIGXFSZ, so the write raises instead of ending the process).
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, hard))
    try:
        with pytest.raises(UserError) as raised:
            write_ics(entries_on(workspace), path, now=NOW + timedelta(hours=1))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert str(path) in raised.value.render()
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root may write to any folder"
)
def test_a_read_only_folder_is_refused_and_the_earlier_file_kept(
    workspace: Workspace, city: Account, tmp_path: Path
) -> None:
    folder = tmp_path / "delad"
    folder.mkdir()
    path = folder / "uppgifter.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="could not be written"):
            write_ics(entries_on(workspace), path, now=NOW)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


# -- the export sequence -------------------------------------------------------------------


def test_the_sequence_grows_by_the_minute() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    assert export_sequence(start) == 0
    assert export_sequence(start + timedelta(minutes=1)) == 1
    assert export_sequence(NOW) < 2**31


def test_text_is_escaped_as_rfc_5545_asks() -> None:
    assert text("Ja, nej; kanske\\ Åsa\nPer\r\nEk") == "Ja\\, nej\\; kanske\\\\ Åsa\\nPer\\nEk"


def test_a_long_line_is_folded_between_characters_never_inside_one() -> None:
    line = "DESCRIPTION:" + "å" * 100
    folded = fold(line)
    parts = folded.split(b"\r\n")
    assert parts[-1] == b""
    assert all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:-1])
    assert b"".join(part.removeprefix(b" ") for part in parts).decode() == line
