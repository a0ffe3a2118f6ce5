"""The manager's and the information unit's roles count only once granted.

On real data folders, a week after grants began: the first person to take a
role nobody holds has it; the next one waits for a grant from a holder; a
colleague who holds nothing cannot grant; what people held before grants
existed still counts; and across the team folder, a role taken unasked at a
workstation that then joins a team whose manager came first waits for her
grant, which reaches it by the next sync. A grant forged by a non-holder in a
journal is not honoured.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from assistant.corrections import RoleGrant
from assistant.messages import UserError
from assistant.records import Role, new_id
from assistant.rules.role_grants import GRANTS_BEGAN
from assistant.team import sync as team
from assistant.workspace import identity
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.factories import person

MONDAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
MANAGER = frozenset({Role.MANAGER})


def _introduce(workspace: Workspace, name: str, roles: frozenset[Role], at: datetime = NOW) -> str:
    email = name.split()[0].casefold() + "@lidingo.se"
    return identity.introduce(workspace, at, name=name, email=email, roles=roles).person_id


def _roles(workspace: Workspace, person_id: str) -> frozenset[Role]:
    return workspace.log.people()[person_id].roles


def test_the_first_to_take_the_manager_role_has_it_and_the_next_waits_for_a_grant(
    workspace: Workspace,
) -> None:
    maria = _introduce(workspace, "Maria Lind", MANAGER | {Role.OFFICER})
    assert _roles(workspace, maria) == {Role.MANAGER, Role.OFFICER}

    # Per, at the same log later, ticks the manager role for himself in the settings.
    per = _introduce(workspace, "Per Ek", frozenset({Role.DEPUTY}), NOW + timedelta(hours=1))
    assert identity.change_my_roles(
        workspace, frozenset({Role.DEPUTY, Role.MANAGER}), NOW + timedelta(hours=2)
    )
    people = workspace.log.people()
    assert people[per].roles == {Role.DEPUTY}
    assert people.awaiting == {per: MANAGER}
    assert identity.asked_roles(workspace) == {Role.DEPUTY, Role.MANAGER}
    # Saving the same ticks again records nothing new.
    assert not identity.change_my_roles(
        workspace, frozenset({Role.DEPUTY, Role.MANAGER}), NOW + timedelta(hours=3)
    )

    # Per cannot grant himself; Maria can.
    with pytest.raises(UserError, match="Only someone confirmed in a role"):
        identity.grant_role(workspace, per, Role.MANAGER, NOW + timedelta(hours=3))
    workspace.store.set_me(maria)
    identity.grant_role(workspace, per, Role.MANAGER, NOW + timedelta(hours=4))
    people = workspace.log.people()
    assert people[per].roles == {Role.DEPUTY, Role.MANAGER}
    assert people.awaiting == {}


def test_officer_deputy_and_registrar_need_no_grant(workspace: Workspace) -> None:
    _introduce(workspace, "Maria Lind", MANAGER)
    rut = _introduce(
        workspace, "Rut Berg", frozenset({Role.REGISTRAR, Role.OFFICER}), NOW + timedelta(hours=1)
    )
    assert _roles(workspace, rut) == {Role.REGISTRAR, Role.OFFICER}
    with pytest.raises(UserError, match="Only the manager and information unit"):
        identity.grant_role(workspace, rut, Role.OFFICER, NOW + timedelta(hours=2))


def test_roles_held_before_grants_began_still_count(workspace: Workspace) -> None:
    before = GRANTS_BEGAN - timedelta(days=30)
    maria = person("Maria Lind", "maria@lidingo.se", roles=[Role.MANAGER], recorded_at=before)
    eva = person("Eva Berg", "eva@lidingo.se", roles=[Role.INFORMATION_UNIT], recorded_at=before)
    workspace.store.add_people([maria, eva])
    people = workspace.log.people()
    assert people[maria.person_id].roles == MANAGER
    assert people[eva.person_id].roles == {Role.INFORMATION_UNIT}
    # Someone new to the team now waits for one of them.
    per = _introduce(workspace, "Per Ek", MANAGER)
    assert workspace.log.people().awaiting == {per: MANAGER}


def _desk(root: Path, name: str) -> Path:
    data_dir = root / name
    data_dir.mkdir()
    return data_dir


def test_a_role_taken_unasked_before_joining_a_team_with_a_manager_waits_for_her_grant(
    tmp_path: Path,
) -> None:
    team_dir = _desk(tmp_path, "team")
    maria_dir, per_dir = _desk(tmp_path, "maria"), _desk(tmp_path, "per")
    with open_workspace(maria_dir) as maria_ws:
        maria = _introduce(maria_ws, "Maria Lind", MANAGER)
    # Per worked alone for a day and took the manager role, nobody there holding it.
    with open_workspace(per_dir) as per_ws:
        per = _introduce(per_ws, "Per Ek", MANAGER, NOW + timedelta(days=1))
        assert _roles(per_ws, per) == MANAGER
    team.sync(maria_dir, team_dir, NOW + timedelta(days=1, hours=1))
    team.sync(per_dir, team_dir, NOW + timedelta(days=1, hours=2))
    with open_workspace(per_dir) as per_ws:
        assert _roles(per_ws, per) == frozenset()
        assert per_ws.log.people().awaiting == {per: MANAGER}
        # A grant Per forges in his own log, as Maria, is his journal's fact: not hers.
        per_ws.store.add_grants(
            [
                RoleGrant(
                    id=new_id(),
                    person_id=per,
                    role=Role.MANAGER,
                    recorded_at=NOW + timedelta(days=1, hours=3),
                    recorded_by=per,
                )
            ]
        )
        assert _roles(per_ws, per) == frozenset()

    team.sync(maria_dir, team_dir, NOW + timedelta(days=1, hours=4))
    with open_workspace(maria_dir) as maria_ws:
        assert maria_ws.log.people().awaiting == {per: MANAGER}
        identity.grant_role(maria_ws, per, Role.MANAGER, NOW + timedelta(days=1, hours=5))
        assert maria in maria_ws.log.people().holders[Role.MANAGER]
    team.sync(maria_dir, team_dir, NOW + timedelta(days=1, hours=6))
    team.sync(per_dir, team_dir, NOW + timedelta(days=1, hours=7))
    with open_workspace(per_dir) as per_ws:
        assert _roles(per_ws, per) == MANAGER


def test_a_journal_holding_a_grant_in_a_colleagues_name_is_refused(tmp_path: Path) -> None:
    team_dir = _desk(tmp_path, "team")
    maria_dir, per_dir = _desk(tmp_path, "maria"), _desk(tmp_path, "per")
    with open_workspace(maria_dir) as maria_ws:
        maria = _introduce(maria_ws, "Maria Lind", MANAGER)
    team.sync(maria_dir, team_dir, NOW + timedelta(hours=1))
    with open_workspace(per_dir) as per_ws:
        per = _introduce(per_ws, "Per Ek", frozenset({Role.DEPUTY}), NOW + timedelta(hours=2))
    team.sync(per_dir, team_dir, NOW + timedelta(hours=2))
    with open_workspace(per_dir) as per_ws:
        identity.change_my_roles(per_ws, MANAGER, NOW + timedelta(hours=3))
        # Written past Kontokoll: a grant as if Maria had made it.
        per_ws.store.add_grants(
            [
                RoleGrant(
                    id=new_id(),
                    person_id=per,
                    role=Role.MANAGER,
                    recorded_at=NOW + timedelta(hours=3),
                    recorded_by=maria,
                )
            ]
        )
    team.sync(per_dir, team_dir, NOW + timedelta(hours=4))

    result = team.sync(maria_dir, team_dir, NOW + timedelta(hours=5))

    (skipped,) = result.skipped
    assert "made in another's name" in str(skipped.reason)
    with open_workspace(maria_dir) as maria_ws:
        assert per not in maria_ws.log.people().holders[Role.MANAGER]
