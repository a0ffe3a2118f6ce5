"""The team's workstations as this log knows them, and revoking one.

Each workstation signs its journal with its own key, pinned here when first
seen (:mod:`assistant.store.journal_trust`). The information unit sees the
list and revokes a workstation whose key was lost or whose journal cannot be
trusted (:mod:`assistant.rules.revocations`): from then on nothing it
recorded counts, on any workstation that has read the revocation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from assistant.corrections import Revocation
from assistant.rules.revocations import revocation
from assistant.store.team_state import WorkstationSeen, workstations_seen
from assistant.workspace.data_folder import Workspace


@dataclass(frozen=True)
class Workstation:
    """One workstation of the team: what was seen of it, and its revocation if any."""

    seen: WorkstationSeen
    own: bool
    """This workstation itself."""
    revoked: Revocation | None


def workstations(workspace: Workspace) -> list[Workstation]:
    """Every workstation whose key this log has pinned, the first seen first."""
    store = workspace.store
    own = store.workstation_id()
    revoked = store.revocations()
    me = workspace.log.people().get(workspace.log.me() or "")
    listed = []
    for seen in workstations_seen(store):
        if seen.workstation_id == own and me is not None:
            seen = replace(seen, person_name=me.name)  # its journal is not read here
        listed.append(
            Workstation(seen, seen.workstation_id == own, revoked.get(seen.workstation_id))
        )
    return listed


def revoke(workspace: Workspace, workstation_id: str, reason: str, now: datetime) -> Revocation:
    """The information unit revokes a colleague's workstation: its records stop counting."""
    store = workspace.store
    people = workspace.log.people()
    made = revocation(
        workstation_id,
        reason,
        by=people.get(workspace.log.me() or ""),
        holders=people.holders,
        own_workstation_id=store.workstation_id(),
        known=[seen.workstation_id for seen in workstations_seen(store)],
        revoked=store.revocations(),
        now=now,
    )
    store.add_revocation(made)
    return made
