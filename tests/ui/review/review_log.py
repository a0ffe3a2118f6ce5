"""The small review log the Review screen's tests share, and how to open the screen on it.

The log: two accounts, active from Monday 2 November 2026, reviewed up to
Friday 20 November (today, not yet checked). Lidingö stad was checked every
working day, except that the 10th was logged late and the 12th missed; on
the 13th its deputy Per checked it for the absent Åsa and removed a post.
Lidingö bibliotek was checked only in its first week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from assistant.clock import STOCKHOLM, FixedClock
from assistant.records import (
    Account,
    CheckRole,
    DailyCheck,
    Person,
    Removal,
    RemovalAction,
    Role,
    new_id,
)
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import picture
from ui.review.view import ReviewView

FIRST = date(2026, 11, 2)
TODAY = date(2026, 11, 20)
LATE_DAY = date(2026, 11, 10)
MISSED_DAY = date(2026, 11, 12)
COVERED_DAY = date(2026, 11, 13)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


@dataclass(frozen=True)
class Log:
    asa: Person
    per: Person
    stad: Account
    bibliotek: Account
    screenshot: Path


def person(name: str, email: str) -> Person:
    person_id = new_id()
    return Person(
        id=new_id(),
        person_id=person_id,
        name=name,
        email=email,
        roles=frozenset({Role.OFFICER}),
        recorded_at=at(FIRST, 8),
        recorded_by=person_id,
    )


def account(name: str, platform: str, department: str, officer: Person, deputy: Person) -> Account:
    return Account(
        id=new_id(),
        account_id=new_id(),
        platform=platform,
        name=name,
        url=f"https://example.org/{platform}",
        department=department,
        officer_ids=(officer.person_id,),
        deputy_ids=(deputy.person_id,),
        registrar_access=True,
        active_since=FIRST,
        recorded_at=at(FIRST, 8),
        recorded_by=officer.person_id,
    )


def check(of: Account, day: date, by: Person, logged: datetime, **extra: object) -> DailyCheck:
    values: dict[str, object] = {
        "id": new_id(),
        "account_id": of.account_id,
        "day": day,
        "checked_by": by.person_id,
        "role": CheckRole.OFFICER,
        "reviewed": ("posts", "comments"),
        "questions_answered": 1,
        "cases_forwarded": 0,
        "messages_to_registrar": 1,
        "notes": "",
        "recorded_at": logged,
        "recorded_by": by.person_id,
    }
    values.update(extra)
    return DailyCheck(**values)  # type: ignore[arg-type]


def seed_log(workspace: Workspace, tmp_path: Path) -> Log:
    store = workspace.store
    asa = person("Åsa Öberg", "asa.oberg@lidingo.se")
    per = person("Per Ek", "per.ek@lidingo.se")
    stad = account("Lidingö stad", "facebook", "Kommunledningsförvaltningen", asa, per)
    bibliotek = account(
        "Lidingö bibliotek", "instagram", "Kultur- och fritidsförvaltningen", per, asa
    )
    store.add_accounts([stad, bibliotek], [asa, per])
    store.set_me(asa.person_id)
    for day in workspace.calendar.working_days(FIRST, TODAY - timedelta(days=1)):
        if day == MISSED_DAY:
            continue
        if day == COVERED_DAY:
            continue
        logged = at(day + timedelta(days=1), 9) if day == LATE_DAY else at(day, 9, 30)
        store.add_check(check(stad, day, asa, logged))
        if day < date(2026, 11, 9):
            store.add_check(check(bibliotek, day, per, at(day, 10)))
    shot = picture(tmp_path / "kommentar.png", "#aa3333")
    evidence = workspace.evidence.add_file(
        shot, recorded_at=at(COVERED_DAY, 11), recorded_by=per.person_id
    )
    check_id = new_id()
    removal = Removal(
        id=new_id(),
        check_id=check_id,
        ground="defamation",
        action=RemovalAction.DELETED,
        post="Ett kränkande inlägg om en granne",
        screenshot_sha256=evidence.sha256,
        diary_number="KS 2026/123",
        recorded_at=at(COVERED_DAY, 11),
        recorded_by=per.person_id,
    )
    covered = check(
        stad,
        COVERED_DAY,
        per,
        at(COVERED_DAY, 11),
        id=check_id,
        role=CheckRole.DEPUTY,
        covering_for=asa.person_id,
        cases_forwarded=2,
        removals=(removal,),
    )
    store.add_check(covered, [evidence])
    return Log(asa, per, stad, bibliotek, shot)


def open_review(qtbot: QtBot, workspace: Workspace, clock: FixedClock) -> ReviewView:
    """The Review screen, shown, reviewing 2–20 November."""
    view = ReviewView(workspace, clock, "en")
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.refresh()
    wait_for_review(qtbot, view)
    view.set_dates(FIRST, TODAY)
    wait_for_review(qtbot, view)
    return view


def wait_for_review(qtbot: QtBot, view: ReviewView) -> None:
    qtbot.waitUntil(lambda: view.review is not None and not view.busy)


def row_texts(view: ReviewView) -> dict[str, list[str]]:
    """The table as shown: per account name, its cells' texts."""
    table = view.sorted
    rows = {}
    for row in range(table.rowCount()):
        cells = [str(table.index(row, column).data()) for column in range(table.columnCount())]
        rows[cells[0]] = cells
    return rows
