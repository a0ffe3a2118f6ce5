"""Small builders for the records the core tests need: people, accounts, checks.

Every builder fills in plausible values so a test names only what it is about.
Times are given as Stockholm wall-clock times, as an officer would say them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from assistant.clock import STOCKHOLM
from assistant.pack.model import GuidelinePack
from assistant.pack.reader import default_pack
from assistant.paths import EVIDENCE_DIR_NAME
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
from assistant.settings import Settings
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore
from assistant.workdays import WorkingCalendar
from assistant.workspace.data_folder import Workspace

# Friday 20 November 2026: an ordinary working day.
FRIDAY = date(2026, 11, 20)
RECORDED_BY = "person-who-uses-this-workstation"


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A Stockholm wall-clock time on ``day``, in UTC as the clock gives and the store keeps it."""
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM).astimezone(UTC)


def person(
    name: str = "Åsa Öberg",
    email: str = "asa.oberg@lidingo.se",
    roles: Iterable[Role] = (Role.OFFICER,),
    recorded_at: datetime | None = None,
) -> Person:
    return Person(
        id=new_id(),
        person_id=new_id(),
        name=name,
        email=email,
        roles=frozenset(roles),
        recorded_at=recorded_at or at(date(2026, 1, 2)),
        recorded_by=RECORDED_BY,
    )


def account(
    name: str = "Lidingö stad",
    *,
    platform: str = "facebook",
    url: str = "https://www.facebook.com/lidingostad",
    department: str = "Kommunledningsförvaltningen",
    officers: Iterable[Person] = (),
    deputies: Iterable[Person] = (),
    active_since: date = date(2026, 1, 1),
    recorded_at: datetime | None = None,
) -> Account:
    return Account(
        id=new_id(),
        account_id=new_id(),
        platform=platform,
        name=name,
        url=url,
        department=department,
        officer_ids=tuple(p.person_id for p in officers),
        deputy_ids=tuple(p.person_id for p in deputies),
        registrar_access=True,
        active_since=active_since,
        recorded_at=recorded_at or at(date(2025, 12, 1)),
        recorded_by=RECORDED_BY,
    )


def check(
    of: Account,
    day: date,
    *,
    recorded_at: datetime | None = None,
    by: Person | None = None,
    role: CheckRole = CheckRole.OFFICER,
    screenshots: Iterable[str] = (),
    supersedes: DailyCheck | None = None,
) -> DailyCheck:
    """A check of ``of`` for ``day``, logged that day at ten unless told otherwise.

    Each SHA-256 in ``screenshots`` becomes a removal proven by that screenshot.
    """
    check_id = new_id()
    recorded = recorded_at or at(day)
    checker = by.person_id if by else (of.officer_ids[0] if of.officer_ids else "someone")
    removals = tuple(
        Removal(
            id=new_id(),
            check_id=check_id,
            ground="insults",
            action=RemovalAction.DELETED,
            post=f"An insulting comment, number {number}",
            screenshot_sha256=sha256,
            diary_number="",
            recorded_at=recorded,
            recorded_by=RECORDED_BY,
        )
        for number, sha256 in enumerate(screenshots, start=1)
    )
    return DailyCheck(
        id=check_id,
        account_id=of.account_id,
        day=day,
        checked_by=checker,
        role=role,
        reviewed=("posts", "comments", "messages"),
        questions_answered=2,
        cases_forwarded=1,
        messages_to_registrar=0,
        notes="Lugnt i dag.",
        recorded_at=recorded,
        recorded_by=RECORDED_BY,
        removals=removals,
        supersedes=supersedes.id if supersedes else None,
    )


def workspace_on(
    store: Store,
    *,
    pack: GuidelinePack | None = None,
    calendar: WorkingCalendar | None = None,
    settings: Settings | None = None,
) -> Workspace:
    """A workspace over an open store: the shipped pack and plain working days unless given."""
    return Workspace(
        data_dir=store.path.parent,
        store=store,
        evidence=EvidenceStore(store.path.parent / EVIDENCE_DIR_NAME),
        settings=settings or Settings(),
        pack=pack or default_pack(),
        calendar=calendar or WorkingCalendar(),
    )
