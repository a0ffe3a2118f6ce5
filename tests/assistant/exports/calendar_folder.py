"""A data folder with Lidingö stad's account, for the tests of the duty calendar.

:func:`add_city` registers the account with its officer, deputy and
information unit; :func:`entries_on` reads the calendar's dates from the
folder as the app does, in Swedish; :func:`events` reads an .ics file back.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar, Component

from assistant.records import Account, Culling, Person, Role, new_id
from assistant.rules.calendar import CalendarEntry
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from tests.factories import FRIDAY, RECORDED_BY, account, at, person

NOW = at(FRIDAY)


def add_city(workspace: Workspace, asa: Person) -> Account:
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


def events(path: Path) -> dict[str, Component]:
    """The events of an .ics file, by UID."""
    parsed = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in parsed.walk("VEVENT")}
