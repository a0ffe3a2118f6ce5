"""The duty calendar: planned cullings, documentation and revisions, as .ics and .csv files."""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from assistant.cli import main as cli
from assistant.clock import FixedClock
from assistant.exports.calendar import export_sequence, write_csv, write_ics
from assistant.messages import UserError
from assistant.records import (
    Account,
    Culling,
    Documentation,
    Evidence,
    LargerChange,
    Person,
    Revision,
    Role,
    new_id,
)
from assistant.rules.calendar import CalendarEntry
from assistant.rules.duties import DutyKind
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.factories import FRIDAY, RECORDED_BY, account, at, person

NOW = at(FRIDAY)
SCREENSHOT = Evidence("a" * 64, "skärmbild.png", "image/png", 2048, NOW, RECORDED_BY)

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


def swedish(context: str, text: str) -> str:
    """A stand-in for Qt's translator with the Swedish texts the calendar needs here."""
    return SWEDISH.get(text, text) if context == "Calendar" else text


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = open_workspace(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def asa() -> Person:
    return person("Åsa Öberg")


@pytest.fixture
def city(workspace: Workspace, asa: Person) -> Account:
    """Lidingö stad on Facebook: Åsa is its officer, Per her deputy, Ingrid documents it.

    It became active on 2 November 2026, too late for the October round. The
    register was first written on 1 December 2025, so the rules are due for
    revision on 1 December 2026.
    """
    per = person("Per Ek", "per.ek@lidingo.se")
    ingrid = person("Ingrid Lund", "ingrid.lund@lidingo.se", roles=[Role.INFORMATION_UNIT])
    made = account("Lidingö stad", officers=[asa], deputies=[per], active_since=date(2026, 11, 2))
    workspace.store.add_accounts([made], [asa, per, ingrid])
    return made


def entries_on(workspace: Workspace, today: date = FRIDAY, months: int = 12) -> list[CalendarEntry]:
    return reading.calendar_entries(workspace, today, months, "sv")


def of_kind(entries: list[CalendarEntry], kind: DutyKind) -> list[CalendarEntry]:
    return [e for e in entries if e.kind is kind]


def culling(of: Account, done_on: date) -> Culling:
    return Culling(
        id=new_id(),
        account_id=of.account_id,
        done_on=done_on,
        done_by=of.officer_ids[0] if of.officer_ids else "someone",
        period_from=done_on - timedelta(days=90),
        period_to=done_on,
        removed="Inlägg äldre än tre månader",
        not_removable="",
        evidence_sha256="b" * 64,
        recorded_at=at(done_on),
        recorded_by=RECORDED_BY,
    )


def documentation(of: Account, done_on: date) -> Documentation:
    return Documentation(
        new_id(), of.account_id, done_on, "ingrid", SCREENSHOT.sha256, "", at(done_on), RECORDED_BY
    )


def events(path: Path) -> dict[str, Component]:
    """The events of an .ics file, by UID."""
    parsed = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in parsed.walk("VEVENT")}


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


@pytest.mark.parametrize(
    ("active_since", "due"),
    [(date(2026, 11, 30), date(2027, 2, 28)), (date(2027, 11, 30), date(2028, 2, 29))],
)
def test_an_account_active_from_30_november_is_culled_by_the_end_of_february(
    workspace: Workspace, active_since: date, due: date
) -> None:
    made = account("Lidingö bibliotek", platform="instagram", active_since=active_since)
    workspace.store.add_accounts([made])
    cullings = of_kind(entries_on(workspace, active_since + timedelta(days=1)), DutyKind.CULLING)
    # The next is counted from the day this one is done: 28 (29) May.
    then = date(due.year, 5, due.day)
    assert [(e.soon_from, e.due_on) for e in cullings[:2]] == [
        (due - timedelta(days=14), due),
        (then - timedelta(days=14), then),
    ]
    assert cullings[0].platform == "Instagram"


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


def test_a_culling_from_before_the_account_became_active_is_not_counted(
    workspace: Workspace, city: Account
) -> None:
    workspace.store.add_duty_record(culling(city, date(2026, 10, 15)))
    first = of_kind(entries_on(workspace), DutyKind.CULLING)[0]
    assert (first.uid, first.due_on) == (f"culling-{city.account_id}-1@kontokoll", date(2027, 2, 2))


def test_an_overdue_culling_is_kept_on_its_day_and_the_next_count_from_today(
    workspace: Workspace, asa: Person
) -> None:
    made = account("Lidingö stad", officers=[asa], active_since=date(2026, 1, 1))
    workspace.store.add_accounts([made], [asa])
    cullings = of_kind(entries_on(workspace), DutyKind.CULLING)
    assert [e.due_on for e in cullings] == [
        date(2026, 4, 1),
        date(2027, 2, 20),
        date(2027, 5, 20),
        date(2027, 8, 20),
        date(2027, 11, 20),
    ]
    assert cullings[1].soon_from == date(2027, 2, 6)
    assert cullings[0].person_ids == (asa.person_id,)
    assert cullings[0].who == ("Åsa Öberg",)


# -- documentation and revision ------------------------------------------------------------


def test_each_active_account_is_documented_in_march_and_october(
    workspace: Workspace, city: Account
) -> None:
    older = account("Lidingö bibliotek", platform="instagram", active_since=date(2026, 1, 1))
    workspace.store.add_accounts([older])

    def rounds() -> dict[str, list[tuple[date, date]]]:
        found: dict[str, list[tuple[date, date]]] = {}
        for e in of_kind(entries_on(workspace), DutyKind.DOCUMENTATION):
            assert e.account is not None
            found.setdefault(e.account.name, []).append((e.soon_from, e.due_on))
        return found

    march, october = (date(2027, 3, 1), date(2027, 3, 31)), (date(2027, 10, 1), date(2027, 10, 31))
    assert rounds() == {
        # The library was active for October's round and has not been documented: overdue.
        "Lidingö bibliotek": [(date(2026, 10, 1), date(2026, 10, 31)), march, october],
        "Lidingö stad": [march, october],
    }
    workspace.store.add_duty_record(documentation(older, date(2026, 11, 3)), [SCREENSHOT])
    assert rounds()["Lidingö bibliotek"] == [march, october]


def test_documentation_done_during_the_round_takes_it_off_the_calendar(
    workspace: Workspace, city: Account
) -> None:
    in_march = date(2027, 3, 10)
    before = of_kind(entries_on(workspace, in_march), DutyKind.DOCUMENTATION)
    assert [e.due_on for e in before] == [date(2027, 3, 31), date(2027, 10, 31)]
    workspace.store.add_duty_record(documentation(city, date(2027, 3, 5)), [SCREENSHOT])
    after = of_kind(entries_on(workspace, in_march), DutyKind.DOCUMENTATION)
    assert [e.due_on for e in after] == [date(2027, 10, 31)]


def test_a_larger_change_calls_for_documentation_within_two_weeks(
    workspace: Workspace, city: Account
) -> None:
    change = LargerChange(
        new_id(), city.account_id, date(2026, 11, 18), "Nytt namn", at(FRIDAY), RECORDED_BY
    )
    workspace.store.add_duty_record(change)
    documentations = of_kind(entries_on(workspace), DutyKind.DOCUMENTATION)
    changed = [e for e in documentations if "change" in e.uid]
    assert [(e.uid, e.soon_from, e.due_on) for e in changed] == [
        (
            f"documentation-{city.account_id}-change-2026-11-18@kontokoll",
            date(2026, 11, 18),
            date(2026, 12, 2),
        )
    ]


def test_closed_planned_and_not_yet_active_accounts_get_no_dates(
    workspace: Workspace, asa: Person
) -> None:
    planned = replace(account("Kulturhuset", platform="tiktok"), planned=True)
    closed = replace(account("Gamla konsthallen"), closed_on=date(2026, 11, 10))
    later = account("Julmarknaden", active_since=date(2026, 12, 1))
    workspace.store.add_accounts([planned, closed, later], [asa])
    found = entries_on(workspace)
    assert [e.kind for e in found] == [DutyKind.REVISION]


def test_the_rules_are_revised_yearly_after_the_last_revision(
    workspace: Workspace, city: Account
) -> None:
    revision = Revision(new_id(), date(2026, 6, 1), "ingrid", "", at(date(2026, 6, 1)), RECORDED_BY)
    workspace.store.add_duty_record(revision)
    revisions = of_kind(entries_on(workspace, months=36), DutyKind.REVISION)
    assert [(e.uid, e.due_on) for e in revisions] == [
        ("revision-2@kontokoll", date(2027, 6, 1)),
        ("revision-3@kontokoll", date(2028, 6, 1)),
        ("revision-4@kontokoll", date(2029, 6, 1)),
    ]
    assert all(e.account is None and e.who == ("Ingrid Lund",) for e in revisions)
    assert "2026-06-01" in revisions[0].reason.render()


def test_nothing_past_the_horizon_is_planned(workspace: Workspace, city: Account) -> None:
    found = entries_on(workspace, months=1)
    assert [(e.kind, e.due_on) for e in found] == [(DutyKind.REVISION, date(2026, 12, 1))]


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


# -- the command line ----------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=FixedClock(NOW), out=out)
    return code, out.getvalue()


@pytest.fixture
def data_with_city(workspace: Workspace, city: Account, data_dir: Path) -> Path:
    workspace.close()
    return data_dir


def test_kontokoll_ics_writes_the_calendar_and_says_how_many_dates(
    data_with_city: Path, tmp_path: Path
) -> None:
    path = tmp_path / "uppgifter.ics"
    code, printed = run("--data-dir", str(data_with_city), "ics", "--out", str(path))
    assert code == 0
    assert printed.strip() == f"Wrote 7 date(s) to {path}."
    assert len(events(path)) == 7
    assert all(e.decoded("dtstamp") == NOW for e in events(path).values())


def test_kontokoll_ics_writes_csv_for_a_csv_file_or_when_asked(
    data_with_city: Path, tmp_path: Path
) -> None:
    by_suffix, asked = tmp_path / "uppgifter.csv", tmp_path / "uppgifter.txt"
    assert run("--data-dir", str(data_with_city), "ics", "--out", str(by_suffix))[0] == 0
    common = ("--data-dir", str(data_with_city), "ics", "--out", str(asked))
    code, printed = run(*common, "--format", "csv", "--months", "1")
    assert code == 0
    assert printed.strip() == f"Wrote 1 date(s) to {asked}."
    assert by_suffix.read_bytes().startswith("\ufeffDate;Duty;".encode())
    assert asked.read_text("utf-8-sig").splitlines()[1].startswith("2026-12-01;Revision")


@pytest.mark.parametrize("months", ["0", "37", "tolv"])
def test_kontokoll_ics_refuses_months_it_cannot_cover(
    data_with_city: Path, tmp_path: Path, months: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uppgifter.ics"
    argv = ("--data-dir", str(data_with_city), "ics", "--out", str(path), "--months", months)
    code, printed = run(*argv)
    assert code == 1
    assert printed == ""
    error = capsys.readouterr().err
    assert f"“{months}” is not a number of months" in error
    assert "from 1 to 36" in error
    assert not path.exists()


def test_kontokoll_ics_into_a_missing_folder_exits_with_the_message(
    data_with_city: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "saknas" / "uppgifter.ics"
    code, _ = run("--data-dir", str(data_with_city), "ics", "--out", str(path))
    assert code == 1
    assert "does not exist" in capsys.readouterr().err


def test_the_sequence_grows_by_the_minute() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    assert export_sequence(start) == 0
    assert export_sequence(start + timedelta(minutes=1)) == 1
    assert export_sequence(NOW) < 2**31
