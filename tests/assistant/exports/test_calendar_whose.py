"""Whose duties the calendar holds, and where an overdue one stands so that Outlook reminds.

The calendar of the person at this workstation holds the duties they hold
(as their officer or deputy: the account's cullings; as the information
unit: documentation and the revision of the rules); every duty only when
they ask for all. An overdue duty stands on today, or the next working day,
with a reminder that morning and the day it was due in its title.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from icalendar import Component

from assistant.exports.calendar import export_sequence, write_csv, write_ics
from assistant.records import Account, Person, Role
from assistant.rules.duties import DutyKind
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from tests.assistant.exports.calendar_folder import entries_on, events
from tests.factories import FRIDAY, account, at, person

SATURDAY = FRIDAY + timedelta(days=1)
NEXT_MONDAY = FRIDAY + timedelta(days=3)


def person_named(workspace: Workspace, name: str) -> Person:
    return next(p for p in reading.people(workspace).values() if p.name == name)


def whose(workspace: Workspace, everyone: bool = False) -> set[tuple[DutyKind, str]]:
    found = reading.calendar_entries(workspace, FRIDAY, 12, "sv", everyone)
    return {(e.kind, e.account.name if e.account else "") for e in found}


def alarm_at(event: Component) -> datetime:
    (alarm,) = event.walk("VALARM")
    start = datetime.combine(event.decoded("dtstart"), time(0))
    trigger: timedelta = alarm.decoded("trigger")
    return start + trigger


def test_the_calendar_holds_only_the_duties_of_the_person_at_this_workstation(
    workspace: Workspace, city: Account, asa: Person
) -> None:
    bo = person("Bo Berg", "bo.berg@lidingo.se")
    chef = person("Karin Chef", "karin.chef@lidingo.se", roles=[Role.MANAGER])
    library = account("Lidingö bibliotek", platform="instagram", officers=[bo])
    workspace.store.add_accounts([library], [bo, chef])
    every_duty = {
        (DutyKind.CULLING, "Lidingö stad"),
        (DutyKind.CULLING, "Lidingö bibliotek"),
        (DutyKind.DOCUMENTATION, "Lidingö stad"),
        (DutyKind.DOCUMENTATION, "Lidingö bibliotek"),
        (DutyKind.REVISION, ""),
    }
    # Before anyone has said who uses the workstation, as in My day: every duty.
    assert whose(workspace) == every_duty

    workspace.store.set_me(asa.person_id)  # the officer of Lidingö stad
    assert whose(workspace) == {(DutyKind.CULLING, "Lidingö stad")}
    workspace.store.set_me(person_named(workspace, "Per Ek").person_id)  # its deputy
    assert whose(workspace) == {(DutyKind.CULLING, "Lidingö stad")}
    workspace.store.set_me(person_named(workspace, "Ingrid Lund").person_id)  # information unit
    assert whose(workspace) == {
        (DutyKind.DOCUMENTATION, "Lidingö stad"),
        (DutyKind.DOCUMENTATION, "Lidingö bibliotek"),
        (DutyKind.REVISION, ""),
    }
    workspace.store.set_me(chef.person_id)  # a manager holds none of these duties
    assert whose(workspace) == set()
    # Asked for all, anyone gets every duty.
    assert whose(workspace, everyone=True) == every_duty


def test_an_overdue_duty_stands_on_today_with_a_reminder_and_says_since_when(
    workspace: Workspace, asa: Person, tmp_path: Path
) -> None:
    made = account("Lidingö stad", officers=[asa], active_since=date(2026, 1, 1))
    workspace.store.add_accounts([made], [asa])
    path = tmp_path / "uppgifter.ics"
    write_ics(entries_on(workspace, FRIDAY), path, now=at(FRIDAY))
    uid = f"culling-{made.account_id}-1@kontokoll"
    overdue = events(path)[uid]
    # Due by 1 April: put on today, a working day, with its reminder at nine.
    assert overdue.decoded("dtstart") == FRIDAY
    assert overdue.decoded("dtend") == FRIDAY + timedelta(days=1)
    assert alarm_at(overdue) == datetime.combine(FRIDAY, time(9))
    summary = "Overdue since 1 April 2026 – Culling: Lidingö stad (Facebook)"
    assert str(overdue["summary"]) == summary
    assert "it was due by 2026-04-01" in str(overdue["description"])
    (alarm,) = overdue.walk("VALARM")
    assert str(alarm["description"]) == summary
    assert all(e.decoded("dtstart") >= FRIDAY for e in events(path).values())

    # Exported again a week later, still not done: the same event, moved to that day.
    later = FRIDAY + timedelta(days=7)
    again = tmp_path / "igen.ics"
    write_ics(entries_on(workspace, later), again, now=at(later))
    moved = events(again)
    assert moved.keys() == events(path).keys()
    assert moved[uid].decoded("dtstart") == later
    assert (
        moved[uid].decoded("sequence") == export_sequence(at(later)) > export_sequence(at(FRIDAY))
    )


def test_an_overdue_duty_exported_on_a_day_off_stands_on_the_next_working_day(
    workspace: Workspace, asa: Person, tmp_path: Path
) -> None:
    made = account("Lidingö stad", officers=[asa], active_since=date(2026, 1, 1))
    workspace.store.add_accounts([made], [asa])
    cullings = [e for e in entries_on(workspace, SATURDAY) if e.kind is DutyKind.CULLING]
    assert (cullings[0].due_on, cullings[0].soon_from) == (NEXT_MONDAY, NEXT_MONDAY)
    assert cullings[0].overdue_since == date(2026, 4, 1)

    table = tmp_path / "uppgifter.csv"
    write_csv(cullings[:1], table)
    row = table.read_text("utf-8-sig").splitlines()[1].split(";")
    assert row[:2] == ["2026-11-23", "Overdue since 1 April 2026 – Culling"]
