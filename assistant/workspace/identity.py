"""Who uses this workstation: recorded at first start, new roles, the team's record joined.

Like :mod:`assistant.workspace.recording`, every function checks what was
entered by the rules and records it through the store; a front end calls
these and nothing below them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from assistant.records import Person, Role, new_id
from assistant.rules.accounts import workstation_user
from assistant.team.identity import joined_identity
from assistant.workspace.data_folder import Workspace


def _me(workspace: Workspace) -> str:
    return workspace.log.me() or ""


def introduce(
    workspace: Workspace, now: datetime, *, name: str, email: str, roles: frozenset[Role]
) -> Person:
    """First start: record who uses this workstation (the register's record, if it names them)."""
    person = workstation_user(workspace.log.people(), name, email, roles, now)
    workspace.store.add_people([person], me=person.person_id)
    return person


def change_my_roles(workspace: Workspace, roles: frozenset[Role], now: datetime) -> bool:
    """Record the user's new roles as a new version of them; False when nothing changed."""
    user = workspace.log.people().get(_me(workspace))
    if user is None or roles == user.roles:
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
        ]
    )
    return True


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
