"""Records that correct the log without editing it: withdrawals, grants, revocations.

A :class:`Withdrawal` takes an entry logged by mistake out of the figures (the
entry stays, marked); a :class:`RoleGrant` confirms a person in a role that
only someone holding it may hand on (manager, information unit); a
:class:`Revocation` by the information unit stops a workstation's entries
from counting. All are facts like every record of :mod:`assistant.records`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from assistant.records import Role


class Withdrawable(StrEnum):
    """What may be withdrawn: by the table its facts are kept in."""

    CHECK = "daily_checks"
    REMOVAL = "removals"
    CULLING = "cullings"
    DOCUMENTATION = "documentations"
    REVISION = "revisions"
    LARGER_CHANGE = "larger_changes"
    CHECKLIST_RUN = "checklist_runs"
    """A checklist begun by mistake, called off before it was finished: see
    :mod:`assistant.rules.withdrawals`."""


@dataclass(frozen=True)
class Withdrawal:
    """An entry logged by mistake, withdrawn (makulerad): it stays, shown as withdrawn, and no
    longer counts. Withdrawing a check withdraws its removals with it; withdrawing a checklist
    run (calling it off) withdraws its steps' marks with it."""

    id: str
    kind: Withdrawable
    fact_id: str
    reason: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class RoleGrant:
    """``person_id`` confirmed in ``role`` by ``recorded_by``, who held it (or who took it
    first, in a team where nobody held it yet): see :mod:`assistant.rules.role_grants`."""

    id: str
    person_id: str
    role: Role
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Revocation:
    """The workstation ``workstation_id`` revoked: its entries no longer count anywhere.

    Only a revocation by someone confirmed in the information unit's role counts
    (:mod:`assistant.rules.revocations`).
    """

    id: str
    workstation_id: str
    reason: str
    recorded_at: datetime
    recorded_by: str
