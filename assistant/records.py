"""What Kontokoll stores: facts, never edited.

Every record has its own UUID (``id``), who recorded it and when. A change is a
new record that ``supersedes`` the old one; current state is derived from the
records that nothing supersedes. That keeps an audit trail managers can
trust and lets several workstations' journals merge by id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from assistant.clock import local_date


def new_id() -> str:
    return str(uuid.uuid4())


class Role(StrEnum):
    """What a person does in the app; one person may hold several roles."""

    OFFICER = "officer"
    DEPUTY = "deputy"
    MANAGER = "manager"
    INFORMATION_UNIT = "information_unit"
    REGISTRAR = "registrar"


class CheckRole(StrEnum):
    """In which capacity a daily check was done."""

    OFFICER = "officer"
    DEPUTY = "deputy"


class RemovalAction(StrEnum):
    """What was done with a post that broke the rules."""

    DELETED = "deleted"
    HIDDEN = "hidden"
    REPLIED = "replied"  # the platform cannot remove others' posts: reply instead


@dataclass(frozen=True)
class Person:
    id: str
    person_id: str
    name: str
    email: str
    roles: frozenset[Role]
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None


@dataclass(frozen=True)
class Account:
    """One version of an account in the register."""

    id: str
    account_id: str
    platform: str
    name: str
    url: str
    department: str
    officer_ids: tuple[str, ...]
    deputy_ids: tuple[str, ...]
    registrar_access: bool
    active_since: date
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None

    def is_active_on(self, day: date) -> bool:
        return day >= self.active_since

    def has_person(self, person_id: str) -> bool:
        return person_id in self.officer_ids or person_id in self.deputy_ids


@dataclass(frozen=True)
class Evidence:
    """A file kept as proof, stored under its SHA-256 and never overwritten."""

    sha256: str
    original_name: str
    media_type: str
    size: int
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Removal:
    """A post taken down (or answered) during a daily check, with its screenshot."""

    id: str
    check_id: str
    ground: str
    action: RemovalAction
    post: str
    screenshot_sha256: str
    diary_number: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class DailyCheck:
    """The record that an account was checked for a given working day."""

    id: str
    account_id: str
    day: date
    checked_by: str
    role: CheckRole
    reviewed: tuple[str, ...]
    questions_answered: int
    cases_forwarded: int
    messages_to_registrar: int
    notes: str
    recorded_at: datetime
    recorded_by: str
    removals: tuple[Removal, ...] = ()
    supersedes: str | None = None

    @property
    def is_late(self) -> bool:
        """Logged on a later day than the one it is for."""
        return local_date(self.recorded_at) > self.day


class Versioned(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def supersedes(self) -> str | None: ...
    @property
    def recorded_at(self) -> datetime: ...


V = TypeVar("V", bound=Versioned)


def heads(records: Iterable[V], key: Callable[[V], str]) -> dict[str, V]:
    """The current version of each thing: per key, the newest record nothing supersedes.

    Two workstations may supersede the same record independently; the later
    one then wins, and both stay in the journal.
    """
    items = list(records)
    superseded = {record.supersedes for record in items if record.supersedes}
    result: dict[str, V] = {}
    for record in items:
        if record.id in superseded:
            continue
        k = key(record)
        held = result.get(k)
        if held is None or (record.recorded_at, record.id) > (held.recorded_at, held.id):
            result[k] = record
    return result
