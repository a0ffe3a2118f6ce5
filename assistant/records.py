"""What Kontokoll stores: facts, never edited.

Every record has its own UUID (``id``), who recorded it and when. A change is a
new record that ``supersedes`` the old one; current state is derived from the
records that nothing supersedes. That keeps an audit trail managers can
trust and lets several workstations' journals merge by id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
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
    """One version of an account in the register.

    An account opened through the checklists is first ``planned``: its
    ``active_since`` is then the day it was planned, and finishing *getting
    started* records a version that is active from that day. Finishing the
    *closing* checklist records a version with ``closed_on``
    (see :mod:`assistant.rules.lifecycle`).
    """

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
    planned: bool = False
    closed_on: date | None = None
    kept_since: date | None = field(default=None, compare=False)
    """The day Kontokoll began keeping this account's log: the day its first version was
    recorded, filled in by the store as it reads the register (not a stored column, and
    not part of what the version says)."""

    def is_active_on(self, day: date) -> bool:
        """Whether the account is open on ``day``: opened, and not yet closed."""
        if self.planned or day < self.active_since:
            return False
        return self.closed_on is None or day < self.closed_on

    @property
    def duties_since(self) -> date:
        """The first day the account's duties are owed in Kontokoll: the day it opened, or,
        for an account opened before it came into Kontokoll's register, the day it came.

        An account active since 2019 and registered today has missed nothing before
        today: nobody could log its checks here, and its first culling falls due a
        period from today.
        """
        if self.kept_since is None or self.kept_since <= self.active_since:
            return self.active_since
        return self.kept_since

    def owes_duties_on(self, day: date) -> bool:
        """Whether the account's duties are owed on ``day``: open, and kept in Kontokoll."""
        return self.is_active_on(day) and day >= self.duties_since

    @property
    def last_active_day(self) -> date | None:
        """The last day the duties applied, for a closed account."""
        return None if self.closed_on is None else self.closed_on - timedelta(days=1)

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
    covering_for: str = ""
    """The absent officer's person id, when a deputy checked in their stead."""

    @property
    def is_late(self) -> bool:
        """Logged on a later day than the one it is for."""
        return local_date(self.recorded_at) > self.day


@dataclass(frozen=True)
class ChecklistRun:
    """One going-through of a checklist for an account, started once.

    ``checklist`` is the checklist as the pack had it when the run began
    (JSON, see :mod:`assistant.pack.snapshot`): an old run keeps showing the
    texts it was done with after the pack changes.
    """

    id: str
    account_id: str
    checklist_id: str
    pack_id: str
    pack_version: str
    checklist: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class StepMark:
    """A step of a run done (or undone), with what was entered as its proof.

    ``answers`` maps an evidence kind ("text", "date", "url", "person", "file")
    to what was entered: the text, an ISO date, the address, a person id or
    an evidence file's SHA-256. A correction supersedes the earlier mark.
    """

    id: str
    run_id: str
    step_id: str
    answers: dict[str, str]
    done: bool
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None


@dataclass(frozen=True)
class ChecklistFinish:
    """The record that a run was finished: its account moves on in its life."""

    id: str
    run_id: str
    finished_on: date
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Culling:
    """The account's content culled (gallring): what went, and what the platform kept.

    It resets the account's culling clock: the next culling falls due
    the pack's interval after ``done_on``.
    """

    id: str
    account_id: str
    done_on: date
    done_by: str
    period_from: date
    period_to: date
    removed: str
    not_removable: str
    evidence_sha256: str
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None


@dataclass(frozen=True)
class Documentation:
    """The information unit's screenshot of an account, kept as proof of how it looked."""

    id: str
    account_id: str
    done_on: date
    done_by: str
    screenshot_sha256: str
    note: str
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None


@dataclass(frozen=True)
class Revision:
    """The information unit's revision of the rules (done yearly, or more often)."""

    id: str
    done_on: date
    done_by: str
    note: str
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None


@dataclass(frozen=True)
class LargerChange:
    """A larger change to an account (a new name, look or purpose): it calls for documentation."""

    id: str
    account_id: str
    changed_on: date
    description: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class DutyLog:
    """Every current record of the recurring duties, oldest first in each list."""

    cullings: tuple[Culling, ...] = ()
    documentations: tuple[Documentation, ...] = ()
    revisions: tuple[Revision, ...] = ()
    larger_changes: tuple[LargerChange, ...] = ()


DutyRecord = Culling | Documentation | Revision | LargerChange


@dataclass(frozen=True)
class Absence:
    """An officer away from ``first_day`` to ``last_day``, and who covers which account.

    ``covers`` maps an account id to the deputy (person id) who checks it
    meanwhile; ``handover`` is the note that travels with the cover: what is
    pending, which cases are open. The officer records it, or a deputy records
    that they take over. A change or a cancellation is a new version with the
    same ``absence_id`` that supersedes the earlier one.
    """

    id: str
    absence_id: str
    person_id: str
    first_day: date
    last_day: date
    covers: dict[str, str]
    handover: str
    recorded_at: datetime
    recorded_by: str
    supersedes: str | None = None
    cancelled: bool = False

    def is_on(self, day: date) -> bool:
        return not self.cancelled and self.first_day <= day <= self.last_day


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


class People(dict[str, Person]):
    """The current version of every person, by person id.

    A person whose workstation joined the team's record of them
    (:mod:`assistant.team.identity`) was known by another id before; what
    they recorded under it still names them: :meth:`get` and ``[]`` find
    them by either id. Iterating, ``len`` and ``in`` see each person once,
    by their current id.
    """

    def __init__(
        self,
        current: dict[str, Person],
        former_ids: dict[str, str],
        awaiting: dict[str, frozenset[Role]] | None = None,
        holders: dict[Role, set[str]] | None = None,
    ) -> None:
        super().__init__(current)
        self.former_ids = former_ids
        self.awaiting = awaiting or {}
        """Per person id, the roles they asked for that nobody has granted them yet."""
        self.holders = holders or {}
        """Per role that needs a grant, the person ids confirmed in it."""

    def __missing__(self, person_id: str) -> Person:
        now_known_as = self.former_ids.get(person_id)
        if now_known_as is None or not dict.__contains__(self, now_known_as):
            raise KeyError(person_id)
        return dict.__getitem__(self, now_known_as)

    def get(self, person_id: str, default: Person | None = None) -> Person | None:  # type: ignore[override]
        try:
            return self[person_id]
        except KeyError:
            return default


def people_of(versions: Iterable[Person]) -> People:
    """The current people, and the former ids of those that took another person's id."""
    items = list(versions)
    current = heads(items, key=lambda p: p.person_id)
    successor = {p.supersedes: p for p in items if p.supersedes}
    former_ids: dict[str, str] = {}
    for version in items:
        if version.person_id in current or version.person_id in former_ids:
            continue
        later, seen = version, {version.id}
        while (following := successor.get(later.id)) is not None and following.id not in seen:
            later = following
            seen.add(later.id)
        if later.person_id in current:
            former_ids[version.person_id] = later.person_id
    return People(current, former_ids)
