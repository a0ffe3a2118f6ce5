"""Who really holds the roles that open the whole team's log: manager and information unit.

Anyone can tick a role for themselves in the settings, and for officer,
deputy and registrar that is all it takes. A manager and the information
unit see everyone's review, so those two roles count only when confirmed by
a :class:`~assistant.corrections.RoleGrant`:

- a grant by someone who held the role when it was made, or
- the first person of the team to take a role nobody held yet, who grants it
  to themselves (a team has to begin somewhere).

A role taken unasked at a workstation that later joins a team whose holders
came first is therefore unconfirmed until one of them grants it. Grants are
taken in the order they were recorded. A role held in a person's record made
before grants existed (:data:`GRANTS_BEGAN`) counts as granted: the teams
that used Kontokoll before keep their managers. A record's own date can be
back-dated, so a record its workstation's chain shows was written after a
fact dated from grants on (``written_later``) does not count as made before.

Everything here is pure: the store hands in every version of every person and
every grant (:meth:`assistant.store.database.Store.people`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import replace
from datetime import UTC, datetime

from assistant.corrections import RoleGrant
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import People, Person, Role, new_id, people_of

GRANTED_ROLES = frozenset({Role.MANAGER, Role.INFORMATION_UNIT})
"""The roles only a holder may hand on."""

GRANTS_BEGAN = datetime(2026, 12, 2, tzinfo=UTC)
"""When Kontokoll began to ask for grants; the roles people held before count as granted."""


def holders(
    versions: Iterable[Person],
    grants: Iterable[RoleGrant],
    current_id: Mapping[str, str],
    untrusted: Set[str] = frozenset(),
    written_later: Set[str] = frozenset(),
) -> dict[Role, set[str]]:
    """Per granted role, the person ids confirmed in it.

    ``current_id`` maps every id a person was known by to their current one
    (a person who joined the team's record of them keeps what they did before);
    the versions whose ids are ``untrusted`` (from revoked workstations) confirm
    nothing, and those ``written_later`` than grants began are not taken as
    made before, whatever their date says.
    """
    held: dict[Role, set[str]] = {role: set() for role in GRANTED_ROLES}

    def now_known(person_id: str) -> str:
        return current_id.get(person_id, person_id)

    for version in versions:
        if (
            version.recorded_at < GRANTS_BEGAN
            and version.id not in untrusted
            and version.id not in written_later
        ):
            for role in version.roles & GRANTED_ROLES:
                held[role].add(now_known(version.person_id))
    for grant in sorted(grants, key=lambda g: (g.recorded_at, g.id)):
        role_holders = held.get(grant.role)
        if role_holders is None:
            continue
        grantor, person = now_known(grant.recorded_by), now_known(grant.person_id)
        if grantor in role_holders or (not role_holders and grantor == person):
            role_holders.add(person)
    return held


def confirmed_people(
    versions: Iterable[Person],
    grants: Iterable[RoleGrant],
    untrusted: Set[str] = frozenset(),
    written_later: Set[str] = frozenset(),
) -> People:
    """The current people, each with only the granted roles they are confirmed in.

    What they asked for and are not confirmed in is in the result's ``awaiting``,
    who holds each granted role in its ``holders``.
    """
    items = list(versions)
    asked = people_of(items)
    current_id = {**asked.former_ids, **{person_id: person_id for person_id in asked}}
    held = holders(items, grants, current_id, untrusted, written_later)
    current = {person_id: confirmed(person, held) for person_id, person in asked.items()}
    awaiting = {
        person_id: (person.roles & GRANTED_ROLES) - current[person_id].roles
        for person_id, person in asked.items()
        if (person.roles & GRANTED_ROLES) - current[person_id].roles
    }
    return People(current, asked.former_ids, awaiting, held)


def confirmed(person: Person, held: Mapping[Role, set[str]]) -> Person:
    """The person with only the granted roles they are confirmed in (and every other role)."""
    roles = frozenset(
        role
        for role in person.roles
        if role not in GRANTED_ROLES or person.person_id in held.get(role, ())
    )
    return person if roles == person.roles else replace(person, roles=roles)


def self_grants(
    person: Person, asked: frozenset[Role], held: Mapping[Role, set[str]], now: datetime
) -> list[RoleGrant]:
    """The grants ``person`` makes themselves on taking ``asked``: those nobody holds yet."""
    return [
        grant_of(person.person_id, role, by=person.person_id, now=now)
        for role in sorted(asked & GRANTED_ROLES)
        if not held.get(role)
    ]


def grant_of(person_id: str, role: Role, *, by: str, now: datetime) -> RoleGrant:
    return RoleGrant(id=new_id(), person_id=person_id, role=role, recorded_at=now, recorded_by=by)


def grant(
    grantor: Person | None,
    person: Person | None,
    role: Role,
    held: Mapping[Role, set[str]],
    now: datetime,
) -> RoleGrant:
    """``grantor`` confirms ``person`` in ``role``; refused unless the grantor holds it."""
    if role not in GRANTED_ROLES or person is None:
        raise UserError(
            Message(
                "RoleGrants",
                QT_TRANSLATE_NOOP(
                    "RoleGrants", "Only the manager and information unit roles are granted."
                ),
            )
        )
    if grantor is None or grantor.person_id not in held.get(role, ()):
        raise UserError(
            Message(
                "RoleGrants",
                QT_TRANSLATE_NOOP(
                    "RoleGrants",
                    "Only someone confirmed in a role may grant it to a colleague. Ask one of "
                    "them to grant it.",
                ),
            )
        )
    return grant_of(person.person_id, role, by=grantor.person_id, now=now)
