"""Who uses this workstation: recorded at first start, new roles and their grants, the
team's record joined.

Like :mod:`assistant.workspace.recording`, every function checks what was
entered by the rules and records it through the store; a front end calls
these and nothing below them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from assistant.corrections import RoleGrant
from assistant.records import Person, Role, new_id
from assistant.rules.accounts import workstation_user
from assistant.rules.role_grants import grant, self_grants
from assistant.team.identity import joined_identity
from assistant.workspace.data_folder import Workspace


def _me(workspace: Workspace) -> str:
    return workspace.log.me() or ""


def introduce(
    workspace: Workspace, now: datetime, *, name: str, email: str, roles: frozenset[Role]
) -> Person:
    """First start: record who uses this workstation (the register's record, if it names them).

    A manager's or the information unit's role nobody in the team holds yet is
    theirs at once; one that others hold waits for a grant from one of them.
    """
    people = workspace.log.people()
    person = workstation_user(people, name, email, roles, now)
    grants = self_grants(person, roles, people.holders, now)
    workspace.store.add_people([person], me=person.person_id, grants=grants)
    return person


def asked_roles(workspace: Workspace) -> frozenset[Role]:
    """The roles the user ticked: those they hold and those awaiting a grant."""
    people = workspace.log.people()
    user = people.get(_me(workspace))
    if user is None:
        return frozenset()
    return user.roles | people.awaiting.get(user.person_id, frozenset())


def change_my_roles(workspace: Workspace, roles: frozenset[Role], now: datetime) -> bool:
    """Record the user's new roles as a new version of them; False when nothing changed.

    A newly ticked role that needs a grant is the user's at once only if
    nobody in the team holds it yet (:mod:`assistant.rules.role_grants`).
    """
    people = workspace.log.people()
    user = people.get(_me(workspace))
    if user is None or roles == asked_roles(workspace):
        return False
    workspace.store.add_people(
        [
            replace(
                user,
                id=new_id(),
                roles=roles,
                recorded_at=now,
                recorded_by=user.person_id,
                supersedes=user.id,
            )
        ],
        grants=self_grants(user, roles - user.roles, people.holders, now),
    )
    return True


def grant_role(workspace: Workspace, person_id: str, role: Role, now: datetime) -> RoleGrant:
    """The user, who holds ``role``, grants it to the colleague ``person_id``."""
    people = workspace.log.people()
    made = grant(people.get(_me(workspace)), people.get(person_id), role, people.holders, now)
    workspace.store.add_grants([made])
    return made


def join_team_identity(workspace: Workspace, now: datetime) -> Person | None:
    """Take the team's record of the user as theirs, once the team's people are merged.

    See :func:`assistant.team.identity.joined_identity`; None when there is nothing to join.
    """
    joined = joined_identity(
        workspace.log.people(), _me(workspace), workspace.log.accounts().values(), now
    )
    if joined is not None:
        workspace.store.add_people([joined], me=joined.person_id)
    return joined
